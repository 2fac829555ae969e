import { type TSchema, Type } from "@sinclair/typebox";

/** A TypeBox union of string literals that keeps the precise TS literal type. */
export function Keuze<const T extends readonly string[]>(waarden: T, omschrijving?: string) {
  return Type.Unsafe<T[number]>(
    Type.Union(
      waarden.map((w) => Type.Literal(w)),
      omschrijving ? { description: omschrijving } : {},
    ),
  );
}

export function Nullable<T extends TSchema>(s: T) {
  return Type.Union([s, Type.Null()]);
}
