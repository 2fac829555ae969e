// The router's question: one schema for both sectors, and the typed error for questions the
// router refuses (never guesses).
import { type Static, Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { ROL_IDS } from "../organisaties/rollen.ts";
import { Keuze, Nullable } from "./schema-hulp.ts";
import { RolSchema } from "./typen.ts";

export const SECTOREN = ["politie", "bevolkingszorg"] as const;
export const TAKEN = ["openbare-orde", "hulpverlening", "strafrechtelijk", "gezag-minister"] as const;
export const LEVERANCIERS = ["politie", "middelen-jenv", "kmar", "krijgsmacht", "buitenland"] as const;
export const MIDDELEN_JENV = ["waterwerper", "bewakingscontainer", "vrt"] as const;
export const ONTVANGERS = ["politie", "kmar"] as const;
export const BEHOEFTEN = [
  "kennis",
  "capaciteit-bevolkingszorg",
  "sis",
  "btc",
  "ifv-middelen",
  "middelen-hulpdiensten",
  "ambulances",
  "defensie-crisisbeheersing",
  "defensie-openbaar-belang",
] as const;

export const VraagSchema = Type.Object(
  {
    sector: Keuze(SECTOREN),
    // politie
    /** Capacity within the own unit sufficient (verified through the RCCB)? Flowchart question 1. */
    ownCapacitySufficient: Type.Optional(Type.Boolean()),
    /**
     * Police task; `strafrechtelijk` includes tasks serving justice and protecting persons;
     * `gezag-minister`: tasks under the Minister's direct authority (fp voetnoot 2), outside the factsheet.
     */
    task: Type.Optional(Keuze(TAKEN)),
    provider: Type.Optional(Keuze(LEVERANCIERS)),
    /** Only with provider `middelen-jenv`. */
    means: Type.Optional(Keuze(MIDDELEN_JENV)),
    /**
     * Only with means `waterwerper`: an exercise, not an actual deployment (fp toelichting 2: "ook bij
     * oefeningen"; no bevoegd gezag needed). Default false. True implies provider `middelen-jenv` and
     * means `waterwerper`, and needs neither `task` nor `ownCapacitySufficient` (ADR 0106).
     */
    exercise: Type.Optional(Type.Boolean()),
    policeCapacityExhausted: Type.Optional(Type.Boolean()),
    specialismUnavailable: Type.Optional(Type.Boolean()),
    /** `bewaken-beveiligen`: the Defence guarding capacity (TIN-pelotons); null = no such purpose. */
    purpose: Type.Optional(Nullable(Type.Literal("bewaken-beveiligen"))),
    /** Who receives the guarding assistance; default `politie` (KMar only "in bijzondere gevallen"). */
    recipient: Type.Optional(Keuze(ONTVANGERS)),
    /** A search for a missing person; null = not about a missing person. */
    missingPerson: Type.Optional(
      Nullable(Type.Object({ crimeIndication: Type.Boolean() }, { additionalProperties: false })),
    ),
    /** `militaire-steunverlening`: asked under the regeling militaire steunverlening in het openbaar belang. */
    instrument: Type.Optional(Type.Literal("militaire-steunverlening")),
    /** Role id of who wants to file. */
    requester: Type.Optional(RolSchema),
    /** The korpschef refused (wholly or partly) a request for assistance from another unit (§9). */
    refusedByKorpschef: Type.Optional(Type.Boolean()),
    // bevolkingszorg
    need: Type.Optional(Keuze(BEHOEFTEN)),
    // both
    /** Urgent (spoedeisend); default false. */
    urgent: Type.Optional(Type.Boolean()),
    /** The need can be tied to one municipality beforehand; default true. */
    locationBound: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Vraag = Static<typeof VraagSchema>;
export type VraagVeld = keyof Vraag;

export const POLITIE_VELDEN = [
  "ownCapacitySufficient",
  "task",
  "provider",
  "means",
  "exercise",
  "policeCapacityExhausted",
  "specialismUnavailable",
  "purpose",
  "recipient",
  "missingPerson",
  "refusedByKorpschef",
] as const satisfies readonly VraagVeld[];
export const BEVOLKINGSZORG_VELDEN = ["need"] as const satisfies readonly VraagVeld[];

/**
 * Why a question is refused:
 * ontbreekt (a needed answer is missing), ongeldig (wrong type or value), onbekend-veld,
 * tegenstrijdig (answers contradict each other or the sources), niet-van-toepassing (an answer
 * that belongs to another branch of the flowchart).
 */
export type VraagFoutCode =
  | "ontbreekt"
  | "ongeldig"
  | "onbekend-veld"
  | "tegenstrijdig"
  | "niet-van-toepassing"
  | "geen-object";

export class VraagFout extends Error {
  override readonly name = "VraagFout";
  constructor(
    readonly veld: string,
    readonly code: VraagFoutCode,
    message: string,
  ) {
    super(message);
  }
}

const TOEGESTAAN: Partial<Record<string, readonly string[]>> = {
  sector: SECTOREN,
  task: TAKEN,
  provider: LEVERANCIERS,
  means: MIDDELEN_JENV,
  recipient: ONTVANGERS,
  need: BEHOEFTEN,
  purpose: ["bewaken-beveiligen", "null"],
  instrument: ["militaire-steunverlening"],
};
const BOOLEAANS = new Set([
  "ownCapacitySufficient",
  "policeCapacityExhausted",
  "specialismUnavailable",
  "refusedByKorpschef",
  "exercise",
  "urgent",
  "locationBound",
]);

/** Checks the shape of a question; throws VraagFout naming the first bad field. */
export function controleerVraag(invoer: unknown): Vraag {
  if (invoer === null || typeof invoer !== "object" || Array.isArray(invoer))
    throw new VraagFout("(vraag)", "geen-object", "De vraag moet een JSON-object zijn.");
  if (Value.Check(VraagSchema, invoer)) return invoer;
  const fout = Value.Errors(VraagSchema, invoer).First();
  if (!fout) throw new VraagFout("(vraag)", "ongeldig", "De vraag is ongeldig.");
  const delen = fout.path.split("/").filter(Boolean);
  const veld = delen[0] ?? "(vraag)";
  const waarde = (invoer as Record<string, unknown>)[veld];
  if (!Object.hasOwn(VraagSchema.properties, veld))
    throw new VraagFout(veld, "onbekend-veld", `Onbekend veld "${veld}" in de vraag.`);
  if (waarde === undefined) throw new VraagFout(veld, "ontbreekt", `Veld "${veld}" ontbreekt.`);
  if (veld === "requester")
    throw new VraagFout(
      veld,
      "ongeldig",
      `Veld "requester" moet een rol-id uit de rollenlijst zijn (bijv. ${ROL_IDS.slice(0, 4).join(", ")}, ...), niet ${JSON.stringify(waarde)}.`,
    );
  if (veld === "missingPerson")
    throw new VraagFout(
      veld,
      "ongeldig",
      `Veld "missingPerson" moet null zijn of een object { "crimeIndication": true|false } (${delen.slice(1).join("/") || "vorm"} klopt niet).`,
    );
  if (BOOLEAANS.has(veld))
    throw new VraagFout(
      veld,
      "ongeldig",
      `Veld "${veld}" moet true of false zijn, niet ${JSON.stringify(waarde)}.`,
    );
  const opties = TOEGESTAAN[veld];
  throw new VraagFout(
    veld,
    "ongeldig",
    opties
      ? `Veld "${veld}" heeft een ongeldige waarde ${JSON.stringify(waarde)}; toegestaan: ${opties.join(", ")}.`
      : `Veld "${veld}" is ongeldig: ${fout.message}.`,
  );
}
