// The draft contract of issue 6, shared by UI, API and CLI. Structure is checked by TypeBox;
// meaning (area geometry, times, references) by `valideerGegevens` below.
import { type Static, Type } from "@sinclair/typebox";
import { type ValueError, ValueErrorType } from "@sinclair/typebox/errors";
import { Value } from "@sinclair/typebox/value";
import { SCENARIOS } from "./sjablonen.ts";
import { CAP_TIJD_PATROON, leesTijdstip } from "./tijd.ts";

const Tekst = Type.String({ maxLength: 2000 });

export const ConceptTaalSchema = Type.Object(
  {
    risk: Tekst,
    location: Tekst,
    actions: Type.Array(Tekst, { maxItems: 20 }),
    moreInfo: Type.Optional(Tekst),
  },
  { additionalProperties: false },
);

export const VerwijzingSchema = Type.Object(
  { sender: Type.String(), identifier: Type.String(), sent: Type.String() },
  { additionalProperties: false },
);

export const GebiedSchema = Type.Object(
  {
    polygon: Type.Optional(Type.Array(Type.Tuple([Type.Number(), Type.Number()]), { maxItems: 5000 })),
    circle: Type.Optional(
      Type.Object(
        { lat: Type.Number(), lon: Type.Number(), radiusKm: Type.Number() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ConceptSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal("alert"), Type.Literal("einde-situatie")]),
    scenario: Type.Union(SCENARIOS.map((s) => Type.Literal(s))),
    status: Type.Union([Type.Literal("Actual"), Type.Literal("Exercise"), Type.Literal("Test")]),
    sent: Type.Optional(Type.String()),
    risk: Tekst,
    location: Tekst,
    actions: Type.Array(Tekst, { maxItems: 20 }),
    moreInfo: Type.Optional(Tekst),
    english: Type.Optional(ConceptTaalSchema),
    area: GebiedSchema,
    references: Type.Optional(Type.Array(VerwijzingSchema, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

/** A draft NL-Alert message (issue 6 contract). */
export type Concept = Static<typeof ConceptSchema>;
export type ConceptTaal = Static<typeof ConceptTaalSchema>;
export type Verwijzing = Static<typeof VerwijzingSchema>;
export type Gebied = Static<typeof GebiedSchema>;

export interface Fout {
  code: string;
  message: string;
  /** Where it comes from: a section of the guideline, a standard, or the draft contract. */
  bron: string;
  /** The draft field concerned, as `english.actions[1]`, when there is one. */
  veld?: string;
}

const CONTRACT = "Concept-contract (issue 6)";

/** `/english/actions/1` → `english.actions[1]` */
export function veldNaam(pad: string): string {
  const delen = pad.split("/").filter((d) => d !== "");
  let uit = "";
  for (const d of delen) uit += /^\d+$/.test(d) ? `[${d}]` : uit === "" ? d : `.${d}`;
  return uit === "" ? "(concept)" : uit;
}

function typeNaam(schema: { type?: unknown }): string {
  switch (schema.type) {
    case "string":
      return "tekst";
    case "number":
      return "een getal";
    case "array":
      return "een lijst";
    case "object":
      return "een object";
    default:
      return "van het juiste type";
  }
}

function literalen(fout: ValueError): string {
  const anyOf = (fout.schema as { anyOf?: { const?: unknown }[] }).anyOf ?? [];
  return anyOf.map((s) => JSON.stringify(s.const)).join(", ");
}

function meldingVoor(fout: ValueError): Fout | undefined {
  const veld = veldNaam(fout.path);
  const f = (message: string): Fout => ({ code: "invoer-ongeldig", message, bron: CONTRACT, veld });
  switch (fout.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return f(`Veld ${veld} ontbreekt.`);
    case ValueErrorType.ObjectAdditionalProperties:
      return f(`Veld ${veld} is onbekend; het concept kent dit veld niet.`);
    case ValueErrorType.Union:
      return f(`Veld ${veld} moet een van deze waarden hebben: ${literalen(fout)}.`);
    case ValueErrorType.String:
    case ValueErrorType.Number:
    case ValueErrorType.Array:
    case ValueErrorType.Object:
      return f(`Veld ${veld} moet ${typeNaam(fout.schema as { type?: unknown })} zijn.`);
    case ValueErrorType.Tuple:
    case ValueErrorType.TupleLength:
      return f(`Veld ${veld} moet een paar [breedtegraad, lengtegraad] zijn.`);
    case ValueErrorType.StringMaxLength:
      return f(
        `Veld ${veld} is te lang (meer dan ${(fout.schema as { maxLength?: number }).maxLength} tekens).`,
      );
    case ValueErrorType.ArrayMaxItems:
      return f(
        `Veld ${veld} heeft te veel onderdelen (meer dan ${(fout.schema as { maxItems?: number }).maxItems}).`,
      );
    case ValueErrorType.Literal:
      return undefined; // reported once by the enclosing Union
    default:
      return f(`Veld ${veld} is ongeldig (${fout.message}).`);
  }
}

export type Gelezen<T> = { ok: true; waarde: T } | { ok: false; fouten: Fout[] };

/** Checks the structure of an unknown value against the draft contract; Dutch errors naming the field. */
export function leesConcept(invoer: unknown): Gelezen<Concept> {
  if (Value.Check(ConceptSchema, invoer)) return { ok: true, waarde: invoer };
  const fouten: Fout[] = [];
  const gezien = new Set<string>();
  for (const e of Value.Errors(ConceptSchema, invoer)) {
    const m = meldingVoor(e);
    // One message per field: a missing field also fails its type check.
    const sleutel = m?.veld ?? m?.message ?? "";
    if (!m || gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    fouten.push(m);
    if (fouten.length >= 20) break;
  }
  if (fouten.length === 0)
    fouten.push({ code: "invoer-ongeldig", message: "Het concept is ongeldig.", bron: CONTRACT });
  return { ok: false, fouten };
}

/** Parses JSON text and checks it; invalid JSON gets code `json-ongeldig`. */
export function leesConceptJson(tekst: string): Gelezen<Concept> {
  let invoer: unknown;
  try {
    invoer = JSON.parse(tekst);
  } catch (e) {
    return {
      ok: false,
      fouten: [
        {
          code: "json-ongeldig",
          message: `De invoer is geen geldige JSON: ${e instanceof Error ? e.message : String(e)}`,
          bron: CONTRACT,
        },
      ],
    };
  }
  return leesConcept(invoer);
}

// ── Meaning: geometry, times, references ─────────────────────────────────────────────────────────

const CAP_ART_3 = "CAP 1.2 §3.2.4 (area: polygon, circle)";

function breedte(waarde: number, veld: string, fouten: Fout[]) {
  if (!Number.isFinite(waarde) || waarde < -90 || waarde > 90)
    fouten.push({
      code: "gebied-ongeldig",
      message: `${veld}: breedtegraad ${waarde} ligt niet tussen -90 en 90.`,
      bron: CAP_ART_3,
      veld,
    });
}

function lengte(waarde: number, veld: string, fouten: Fout[]) {
  if (!Number.isFinite(waarde) || waarde < -180 || waarde > 180)
    fouten.push({
      code: "gebied-ongeldig",
      message: `${veld}: lengtegraad ${waarde} ligt niet tussen -180 en 180.`,
      bron: CAP_ART_3,
      veld,
    });
}

/** Largest meaningful radius: half the earth's circumference. */
export const MAX_STRAAL_KM = 20000;

/** Area: polygon (closed ring, ≥ 4 points) and/or circle (radius > 0), WGS 84 ranges. */
export function valideerGebied(gebied: Gebied): Fout[] {
  const fouten: Fout[] = [];
  if (gebied.polygon === undefined && gebied.circle === undefined) {
    fouten.push({
      code: "gebied-ongeldig",
      message:
        "area: geef een polygoon (area.polygon) of een cirkel (area.circle) op; het uitzendgebied ontbreekt.",
      bron: CAP_ART_3,
      veld: "area",
    });
  }
  const p = gebied.polygon;
  if (p !== undefined) {
    p.forEach(([lat, lon], i) => {
      breedte(lat, `area.polygon[${i}][0]`, fouten);
      lengte(lon, `area.polygon[${i}][1]`, fouten);
    });
    if (p.length < 4) {
      fouten.push({
        code: "gebied-ongeldig",
        message: `area.polygon: een polygoon heeft minstens 4 punten (3 hoeken en het eerste punt herhaald als laatste); er zijn er ${p.length}.`,
        bron: CAP_ART_3,
        veld: "area.polygon",
      });
    } else {
      const eerste = p[0];
      const laatste = p[p.length - 1];
      if (eerste && laatste && (eerste[0] !== laatste[0] || eerste[1] !== laatste[1])) {
        fouten.push({
          code: "gebied-ongeldig",
          message: `area.polygon: de polygoon is niet gesloten; het laatste punt [${laatste.join(", ")}] moet gelijk zijn aan het eerste [${eerste.join(", ")}].`,
          bron: CAP_ART_3,
          veld: "area.polygon",
        });
      }
      const verschillend = new Set(p.map(([a, b]) => `${a},${b}`));
      if (verschillend.size < 3) {
        fouten.push({
          code: "gebied-ongeldig",
          message: "area.polygon: een polygoon heeft minstens 3 verschillende hoekpunten.",
          bron: CAP_ART_3,
          veld: "area.polygon",
        });
      }
    }
  }
  const c = gebied.circle;
  if (c !== undefined) {
    breedte(c.lat, "area.circle.lat", fouten);
    lengte(c.lon, "area.circle.lon", fouten);
    if (!Number.isFinite(c.radiusKm) || c.radiusKm <= 0 || c.radiusKm > MAX_STRAAL_KM) {
      fouten.push({
        code: "gebied-ongeldig",
        message: `area.circle.radiusKm: de straal moet groter dan 0 en ten hoogste ${MAX_STRAAL_KM} km zijn (nu ${c.radiusKm}).`,
        bron: CAP_ART_3,
        veld: "area.circle.radiusKm",
      });
    }
  }
  return fouten;
}

/** CAP 1.2 §3.2.1: identifier and sender must not contain spaces, commas, `<` or `&`. */
export const CAP_ID_PATROON = /^[^\s,<&]+$/;

/** `sent` and `references`: times with a zone; references in CAP form so they match the original exactly. */
export function valideerTijdEnVerwijzingen(concept: Concept): Fout[] {
  const fouten: Fout[] = [];
  if (concept.sent !== undefined && leesTijdstip(concept.sent) === undefined) {
    fouten.push({
      code: "tijd-ongeldig",
      message: `sent: "${concept.sent}" is geen tijdstip met tijdzone (bijvoorbeeld 2019-03-18T10:45:00+01:00).`,
      bron: CONTRACT,
      veld: "sent",
    });
  }
  (concept.references ?? []).forEach((r, i) => {
    const veld = `references[${i}]`;
    if (!CAP_ID_PATROON.test(r.sender))
      fouten.push({
        code: "verwijzing-ongeldig",
        message: `${veld}.sender: afzender ontbreekt of bevat een spatie, komma, < of &.`,
        bron: "CAP 1.2 §3.2.1 (references)",
        veld: `${veld}.sender`,
      });
    if (!CAP_ID_PATROON.test(r.identifier))
      fouten.push({
        code: "verwijzing-ongeldig",
        message: `${veld}.identifier: kenmerk ontbreekt of bevat een spatie, komma, < of &.`,
        bron: "CAP 1.2 §3.2.1 (references)",
        veld: `${veld}.identifier`,
      });
    if (!CAP_TIJD_PATROON.test(r.sent) || leesTijdstip(r.sent) === undefined)
      fouten.push({
        code: "verwijzing-ongeldig",
        message: `${veld}.sent: "${r.sent}" moet de exacte CAP-tijd van het oorspronkelijke bericht zijn, met tijdzone als +hh:mm (geen Z).`,
        bron: "CAP 1.2 §3.2.1 (references)",
        veld: `${veld}.sent`,
      });
  });
  return fouten;
}

/** XML 1.0 §2.2 characters, minus C0 controls other than tab/newline; lone surrogates are not text. */
export function ongeldigTeken(tekst: string): string | undefined {
  for (const c of tekst) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") return c;
    if ((cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) return c;
  }
  return undefined;
}

/** Every text field must be representable in XML and on a phone. */
export function valideerTekens(concept: Concept): Fout[] {
  const fouten: Fout[] = [];
  const bekijk = (waarde: string | undefined, veld: string) => {
    if (waarde === undefined) return;
    const c = ongeldigTeken(waarde);
    if (c !== undefined)
      fouten.push({
        code: "invoer-ongeldig",
        message: `Veld ${veld} bevat een ongeldig teken (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}).`,
        bron: "XML 1.0 §2.2",
        veld,
      });
  };
  bekijk(concept.sent, "sent");
  bekijk(concept.risk, "risk");
  bekijk(concept.location, "location");
  for (const [i, a] of concept.actions.entries()) bekijk(a, `actions[${i}]`);
  bekijk(concept.moreInfo, "moreInfo");
  if (concept.english) {
    bekijk(concept.english.risk, "english.risk");
    bekijk(concept.english.location, "english.location");
    for (const [i, a] of concept.english.actions.entries()) bekijk(a, `english.actions[${i}]`);
    bekijk(concept.english.moreInfo, "english.moreInfo");
  }
  (concept.references ?? []).forEach((r, i) => {
    bekijk(r.sender, `references[${i}].sender`);
    bekijk(r.identifier, `references[${i}].identifier`);
    bekijk(r.sent, `references[${i}].sent`);
  });
  return fouten;
}
