// The procedure catalogue: every assistance procedure of the three sources as cited, typed data.
import { Value } from "@sinclair/typebox/value";
import { type Bron, bestaatSectie, DOCUMENTEN } from "./bronnen.ts";
import { PROCEDURES_BEVOLKINGSZORG } from "./catalogus-bevolkingszorg.ts";
import { PROCEDURES_LCP_EGT } from "./catalogus-lcp-egt.ts";
import { PROCEDURES_POLITIE } from "./catalogus-politie.ts";
import { CONTACTEN } from "./contacten.ts";
import { CatalogusSchema, PROCEDURE_IDS, type Procedure, type ProcedureId } from "./typen.ts";

/**
 * Version of the catalogue. A request keeps the version it was routed with, so bump this on every
 * change to the data (a step id, an actor, a rule) — not for comment or formatting changes.
 */
export const CATALOGUS_VERSIE = "2025.5-locc-factsheets-lcp-egt";

/** The source editions the catalogue was built from (for the UI's "bron" line). */
export const BRONVERSIES = {
  "factsheet-politie": DOCUMENTEN["factsheet-politie"],
  "factsheet-bevolkingszorg": DOCUMENTEN["factsheet-bevolkingszorg"],
  "lcp-egt": DOCUMENTEN["lcp-egt"],
} as const;

export const CATALOGUS: readonly Procedure[] = [
  ...PROCEDURES_POLITIE,
  ...PROCEDURES_BEVOLKINGSZORG,
  ...PROCEDURES_LCP_EGT,
];

const OP_ID = new Map<string, Procedure>(CATALOGUS.map((p) => [p.id, p]));

export function procedure(id: ProcedureId): Procedure {
  const p = OP_ID.get(id);
  if (!p) throw new Error(`onbekende procedure ${id}`);
  return p;
}

export function isProcedureId(x: string): x is ProcedureId {
  return OP_ID.has(x);
}

export interface CatalogusFout {
  pad: string;
  melding: string;
}

/** Collects every citation in a value, with its path. */
function bronnenIn(x: unknown, pad: string, uit: { pad: string; bron: Bron }[]): void {
  if (Array.isArray(x)) {
    x.forEach((v, i) => {
      bronnenIn(v, `${pad}/${i}`, uit);
    });
  } else if (x !== null && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) {
      if (k === "bron" && Array.isArray(v))
        for (const [i, b] of v.entries()) uit.push({ pad: `${pad}/bron/${i}`, bron: b as Bron });
      else bronnenIn(v, `${pad}/${k}`, uit);
    }
  }
}

/**
 * Checks the catalogue against its schema and the rules a schema cannot express: unique ids,
 * every procedure id present, every citation pointing at an existing section, sane step flags.
 * Returns the problems (empty = valid). The service calls this at start-up and refuses to start
 * on a non-empty result.
 */
export function valideerCatalogus(catalogus: readonly unknown[] = CATALOGUS): CatalogusFout[] {
  const fouten: CatalogusFout[] = [];
  if (!Value.Check(CatalogusSchema, catalogus)) {
    for (const e of Value.Errors(CatalogusSchema, catalogus))
      fouten.push({ pad: e.path, melding: e.message });
    return fouten;
  }
  const lijst = catalogus as Procedure[];
  const ids = new Set<string>();
  const stapIds = new Set<string>();
  lijst.forEach((p, i) => {
    if (ids.has(p.id)) fouten.push({ pad: `/${i}/id`, melding: `dubbele procedure-id ${p.id}` });
    ids.add(p.id);
    if (!bestaatSectie({ document: documentVan(p.factsheet), sectie: p.sectie }))
      fouten.push({ pad: `/${i}/sectie`, melding: `sectie ${p.sectie} bestaat niet in ${p.factsheet}` });
    for (const s of p.stappen) {
      if (!s.id.startsWith(`${p.id}/`))
        fouten.push({ pad: `/${i}/stappen`, melding: `stap-id ${s.id} hoort niet bij ${p.id}` });
      if (stapIds.has(s.id)) fouten.push({ pad: `/${i}/stappen`, melding: `dubbele stap-id ${s.id}` });
      stapIds.add(s.id);
      if (s.overslaanBijSpoed && s.alleenBijSpoed)
        fouten.push({
          pad: `/${i}/stappen`,
          melding: `stap ${s.id} kan niet zowel overgeslagen als alleen bij spoed`,
        });
    }
    if (p.stappen.every((s) => s.optioneel || s.alleenBijSpoed))
      fouten.push({ pad: `/${i}/stappen`, melding: `procedure ${p.id} heeft geen verplichte stap` });
    if (p.eersteContact && !CONTACTEN[p.eersteContact.contact])
      fouten.push({ pad: `/${i}/eersteContact`, melding: `onbekend contact ${p.eersteContact.contact}` });
    const bronnen: { pad: string; bron: Bron }[] = [];
    bronnenIn(p, `/${i}`, bronnen);
    for (const { pad, bron } of bronnen)
      if (!bestaatSectie(bron))
        fouten.push({ pad, melding: `bron ${bron.document} § ${bron.sectie} bestaat niet` });
  });
  for (const id of PROCEDURE_IDS)
    if (!ids.has(id)) fouten.push({ pad: "/", melding: `procedure ${id} ontbreekt` });
  return fouten;
}

export function documentVan(factsheet: Procedure["factsheet"]) {
  return factsheet === "politie"
    ? "factsheet-politie"
    : factsheet === "bevolkingszorg"
      ? "factsheet-bevolkingszorg"
      : "lcp-egt";
}

/** Start-up guard: throws with every problem listed. */
export function eisGeldigeCatalogus(): void {
  const fouten = valideerCatalogus();
  if (fouten.length > 0)
    throw new Error(
      `Catalogus wegwijzer ongeldig:\n${fouten.map((f) => `${f.pad}: ${f.melding}`).join("\n")}`,
    );
}
