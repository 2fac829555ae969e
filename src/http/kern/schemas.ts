// Shared TypeBox pieces for route schemas (and so for the OpenAPI document).
import { Kind, type TSchema, Type, TypeRegistry } from "@sinclair/typebox";
import { ROL_IDS } from "../../domain/organisaties/rollen.ts";

export const Probleem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    velden: Type.Optional(Type.Array(Type.Object({ veld: Type.String(), melding: Type.String() }))),
  },
  { additionalProperties: true, $id: undefined },
);

export const RolSchema = Type.Union(ROL_IDS.map((r) => Type.Literal(r)));

export const GebruikerSchema = Type.Object({
  id: Type.String(),
  gebruikersnaam: Type.String(),
  naam: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  organisatie: Type.Object({
    id: Type.String(),
    naam: Type.String(),
    soort: Type.String(),
    regioId: Type.Union([Type.String(), Type.Null()]),
  }),
  rollen: Type.Array(Type.String()),
  actief: Type.Boolean(),
});

/**
 * A whole number or null, for request bodies. The app's ajv coerces types, so in a union the order
 * decides: with the number first a null became 0 (an unknown amount showed as "€ 0,00"), with null
 * first a 0 became null. A type list coerces neither: null stays null and 0 stays 0.
 */
export const GeheelOfNull = (opties: { minimum?: number; maximum?: number } = {}) =>
  Type.Unsafe<number | null>({ [Kind]: "GeheelOfNull", type: ["integer", "null"], ...opties });

// The same rule for TypeBox's own checks (Value.Check in the command reader), which know no type lists.
TypeRegistry.Set<{ minimum?: number; maximum?: number }>(
  "GeheelOfNull",
  (schema, waarde) =>
    waarde === null ||
    (typeof waarde === "number" &&
      Number.isInteger(waarde) &&
      (schema.minimum === undefined || waarde >= schema.minimum) &&
      (schema.maximum === undefined || waarde <= schema.maximum)),
);

/** Standard error responses for the OpenAPI document. */
export function fouten(...statussen: number[]): Record<number, TSchema> {
  return Object.fromEntries(statussen.map((s) => [s, Probleem]));
}
