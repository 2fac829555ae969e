// The allocation instance as the CLI contract of issue 5 defines it, validated with one TypeBox schema.
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";

// `nl` travels with each schema so a validation error can be explained in Dutch, naming the field.
const Id = Type.String({ minLength: 1, nl: "een niet-lege tekst" });
const Punt = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90, nl: "een breedtegraad tussen -90 en 90" }),
    lon: Type.Number({ minimum: -180, maximum: 180, nl: "een lengtegraad tussen -180 en 180" }),
  },
  { nl: "een object { lat, lon }" },
);

export const UnitSchema = Type.Object(
  {
    id: Id,
    type: Type.String({ minLength: 1, nl: "een capaciteitstype (niet-lege tekst)" }),
    base: Punt,
    readyMinutes: Type.Number({ minimum: 0, nl: "een getal van minuten, 0 of meer" }),
    region: Type.Optional(Type.String({ minLength: 1, nl: "een regionaam (niet-lege tekst)" })),
  },
  { nl: "een eenheid { id, type, base, readyMinutes }" },
);

export const DemandSchema = Type.Object(
  {
    id: Id,
    type: Type.String({ minLength: 1, nl: "een capaciteitstype (niet-lege tekst)" }),
    quantity: Type.Integer({ minimum: 0, nl: "een geheel aantal, 0 of meer" }),
    priority: Type.Integer({ minimum: 1, maximum: 5, nl: "een geheel getal van 1 tot en met 5" }),
    location: Punt,
    region: Type.Optional(Type.String({ minLength: 1, nl: "een regionaam (niet-lege tekst)" })),
  },
  { nl: "een aanvraag { id, type, quantity, priority, location }" },
);

const AantalPerType = Type.Record(
  Type.String(),
  Type.Integer({ minimum: 0, nl: "een geheel aantal, 0 of meer" }),
  { nl: "een object { type: aantal }" },
);

/** Policy constraints the user can switch on (issue 5: "Fairness and policy options"). */
export const BeleidSchema = Type.Object(
  {
    /** Per type: every region keeps at least this many of its own units (unassigned or deployed inside the region). */
    minReservePerRegion: Type.Optional(AantalPerType),
    /** Per type: every demand of that type gets at least min(quantity, N) units. */
    minUnitsPerDemand: Type.Optional(AantalPerType),
  },
  { nl: "een object met beleidsregels" },
);

export const InstantieSchema = Type.Object(
  {
    units: Type.Array(UnitSchema, { nl: "een lijst eenheden" }),
    demands: Type.Array(DemandSchema, { nl: "een lijst aanvragen" }),
    speedKmh: Type.Optional(Type.Number({ exclusiveMinimum: 0, nl: "een snelheid in km/u groter dan 0" })),
    policy: Type.Optional(BeleidSchema),
  },
  { nl: "een object { units, demands, speedKmh? }" },
);

export type Unit = Static<typeof UnitSchema>;
export type Demand = Static<typeof DemandSchema>;
export type Beleid = Static<typeof BeleidSchema>;
export type Instantie = Static<typeof InstantieSchema>;
export type Prioriteit = 1 | 2 | 3 | 4 | 5;

export const STANDAARD_SNELHEID_KMH = 80;

/** priorityValue per assigned unit, by priority 1..5 (issue 5). */
export const PRIORITEITSWAARDE: Readonly<Record<Prioriteit, number>> = {
  1: 10000,
  2: 1000,
  3: 100,
  4: 10,
  5: 1,
};

export interface Toewijzing {
  unitId: string;
  demandId: string;
  arrivalMinutes: number;
}

/** The CLI contract's output. */
export interface VerdelingUitvoer {
  status: "optimal";
  assignments: Toewijzing[];
  objective: { priorityValue: number; arrivalMinutes: number };
}

/** How optimality was established, per type. */
export interface Bewijs {
  methode: "stroom" | "highs-lp" | "highs-mip";
  /** True when the method proved optimality (dual certificate checked, or HiGHS reported Optimal). */
  bewezen: boolean;
  /** Largest negative reduced cost found when checking the dual certificate (0 = exact); flow method only. */
  maxSchending?: number;
}

export interface VerdelingOplossing extends VerdelingUitvoer {
  bewijs: Record<string, Bewijs>;
}

export interface OnhaalbaarBeleid {
  status: "infeasible";
  redenen: {
    type: string;
    regel: "minReservePerRegion" | "minUnitsPerDemand" | "combinatie";
    nl: string;
    en: string;
  }[];
}

/** Input that does not match the contract; `veld` names the field as in `demands[3].quantity`. */
export class VerdelingInvoerFout extends Error {
  readonly code = "ONGELDIGE_INVOER";
  constructor(
    readonly veld: string,
    readonly nl: string,
    en: string,
  ) {
    super(en);
    this.name = "VerdelingInvoerFout";
  }
}

function veldNaam(path: string): string {
  const delen = path.split("/").filter((p) => p !== "");
  let uit = "";
  for (const d of delen) uit += /^\d+$/.test(d) ? `[${d}]` : uit === "" ? d : `.${d}`;
  return uit === "" ? "(invoer)" : uit;
}

/** Validates an unknown value against the contract; throws VerdelingInvoerFout naming the first bad field. */
export function valideerInstantie(invoer: unknown): Instantie {
  const eerste = Value.Errors(InstantieSchema, invoer).First();
  if (eerste) {
    const veld = veldNaam(eerste.path);
    const verwacht = (eerste.schema as TSchema & { nl?: string }).nl ?? "een geldige waarde";
    const ontbreekt = eerste.value === undefined;
    const nl = ontbreekt
      ? `${veld} ontbreekt; verwacht ${verwacht}`
      : `${veld} is ongeldig; verwacht ${verwacht}`;
    const en = ontbreekt ? `${veld} is required` : `${veld} is invalid: ${eerste.message}`;
    throw new VerdelingInvoerFout(veld, nl, en);
  }
  const inst = invoer as Instantie;
  const nietEindig = (v: number) => !Number.isFinite(v);
  const gezien = new Set<string>();
  inst.units.forEach((u, i) => {
    if (gezien.has(u.id))
      throw new VerdelingInvoerFout(
        `units[${i}].id`,
        `units[${i}].id "${u.id}" komt dubbel voor`,
        `units[${i}].id "${u.id}" is a duplicate`,
      );
    gezien.add(u.id);
    if (nietEindig(u.readyMinutes))
      throw new VerdelingInvoerFout(
        `units[${i}].readyMinutes`,
        `units[${i}].readyMinutes moet een eindig getal zijn`,
        `units[${i}].readyMinutes must be finite`,
      );
  });
  gezien.clear();
  inst.demands.forEach((d, i) => {
    if (gezien.has(d.id))
      throw new VerdelingInvoerFout(
        `demands[${i}].id`,
        `demands[${i}].id "${d.id}" komt dubbel voor`,
        `demands[${i}].id "${d.id}" is a duplicate`,
      );
    gezien.add(d.id);
  });
  return inst;
}
