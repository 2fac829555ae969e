// Dutch labels for the request's codes. Presentation only; the meaning lives in the domain.
import { AANVRAAG_FOUTEN } from "../../../../src/domain/aanvragen/fouten.ts";
import type {
  AanvraagStatus,
  CommandoSoort,
  Fase,
  KostenRegime,
  TaakStatus,
  TijdlijnRegel,
  WijzigingSoort,
} from "../../../../src/domain/aanvragen/typen.ts";
import { capaciteitType } from "../../../../src/domain/capaciteit/catalogus.ts";
import { ApiFout } from "../../api.ts";

export { rolNaam, STAP_SOORT, UITKOMST_STAP } from "../wegwijzer/teksten.ts";

export const STATUS: Record<AanvraagStatus, string> = {
  concept: "Concept",
  "in-behandeling": "In behandeling",
  "aanvulling-gevraagd": "Aanvulling gevraagd",
  "in-beroep": "In beroep",
  toegekend: "Toegekend",
  "gedeeltelijk-toegekend": "Gedeeltelijk toegekend",
  afgewezen: "Afgewezen",
  "in-uitvoering": "In uitvoering",
  gedemobiliseerd: "Gedemobiliseerd",
  afgesloten: "Afgesloten",
  ingetrokken: "Ingetrokken",
};

export const TAAK_STATUS: Record<TaakStatus, string> = {
  open: "Open",
  gereed: "Gereed",
  overgeslagen: "Overgeslagen",
  vervallen: "Vervallen",
};

export const COMMANDO_KNOP: Record<CommandoSoort, string> = {
  StapAfronden: "Stap afronden",
  Ondertekenen: "Ondertekenen",
  ZienswijzeGeven: "Zienswijze geven",
  Toetsen: "Toetsing vastleggen",
  Leveranciersbesluit: "Besluit vastleggen",
  Besluiten: "Besluit vastleggen",
  KorpschefWeigeren: "Weigering vastleggen",
  BeroepInstellen: "Beroep instellen",
  AdviesGeven: "Advies geven",
  AanwijzingGeven: "Aanwijzing vastleggen",
};

export const KOSTEN_REGIME: Record<KostenRegime, string> = {
  fnik: "FNIK (Defensie: volgens de regeling)",
  "leverancier-brengt-kosten-in-rekening": "De leverancier brengt kosten in rekening",
  kosteloos: "Kosteloos",
  "onderling-af-te-spreken": "Onderling af te spreken",
  onbekend: "Nog onbekend",
};

export const EVENT_NAAM: Partial<Record<TijdlijnRegel["type"], string>> = {
  AanvraagAangemaakt: "Aangemaakt",
  ConceptBijgewerkt: "Concept bijgewerkt",
  StapAfgerond: "Stap afgerond",
  StapOvergeslagen: "Stap overgeslagen",
  Ondertekend: "Ondertekend",
  ZienswijzeGegeven: "Zienswijze gegeven",
  Getoetst: "Getoetst",
  LeveranciersbesluitGenomen: "Besluit leverancier",
  BesluitGenomen: "Besluit",
  KorpschefWeigerde: "Geweigerd door korpschef",
  BeroepIngesteld: "Beroep ingesteld",
  AdviesGegeven: "Advies gegeven",
  AanwijzingGegeven: "Aanwijzing gegeven",
  TelefonischContactVastgelegd: "Telefonisch contact",
  InzetGestart: "Inzet gestart",
  WijzigingAangevraagd: "Wijziging aangevraagd",
  Gedemobiliseerd: "Gedemobiliseerd",
  Afgesloten: "Afgesloten",
  EvaluatieVastgelegd: "Evaluatie",
  Ingetrokken: "Ingetrokken",
  HerinneringVerstuurd: "Herinnering verstuurd",
  GeescaleerdNaarLocc: "Geëscaleerd naar het LOCC",
};

const DATUM = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** "12 mrt 2026 13:05" in Dutch time; empty for null. */
export function tijd(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATUM.format(d);
}

export function euro(cent: number | null | undefined): string {
  if (cent === null || cent === undefined) return "onbekend";
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cent / 100);
}

/** The server's own Dutch message, titled with the catalogue's title for the code when known. */
export function foutTitel(e: unknown): string {
  if (e instanceof ApiFout) {
    const t = (AANVRAAG_FOUTEN as Record<string, { titel: string }>)[e.code]?.titel;
    return t ?? "Het is niet gelukt";
  }
  return "Het is niet gelukt";
}

export function foutTekst(e: unknown): string {
  if (e instanceof ApiFout) return e.detail;
  return e instanceof Error ? e.message : String(e);
}

/** "vr09" → "VR09"; organisation ids are shown as their code where they have one. */
export function regioCode(id: string): string {
  return /^vr\d\d$/.test(id) ? id.toUpperCase() : id;
}

export const CONFLICT_TEKST = "Iemand anders heeft deze aanvraag intussen gewijzigd";

/** "KMar-peloton" for "kmar-peloton"; the id itself when the catalogue does not know it. */
export function capaciteitNaam(id: string): string {
  return capaciteitType(id)?.naam ?? id;
}

const WIJZIGING_SOORT: Record<WijzigingSoort, string> = {
  verlengen: "verlengen",
  opschalen: "opschalen",
  afschalen: "afschalen",
};

/** A phase as people name it: the request itself, an appeal, or a change with what it asks. */
export function faseNaam(f: Pick<Fase, "nr" | "aanleiding" | "wijziging">): string {
  if (f.nr === 0) return "De aanvraag zelf";
  if (f.aanleiding === "beroep") return `Beroep (fase ${f.nr})`;
  const w = f.wijziging;
  if (!w) return `Wijziging (fase ${f.nr})`;
  const wat =
    w.soort === "verlengen"
      ? w.nieuwTot
        ? ` tot ${tijd(w.nieuwTot)}`
        : ""
      : w.nieuwAantal !== null
        ? ` naar ${w.nieuwAantal}`
        : "";
  return `Wijziging (fase ${f.nr}): ${WIJZIGING_SOORT[w.soort]}${wat}${w.spoed ? ", spoed" : ""}`;
}

/**
 * A phase in few words, for a dropdown option: a closed select does not wrap, so on a phone-width
 * screen the long name (faseNaam) is cut off. The long name goes in the field's description.
 */
export function faseKort(f: Pick<Fase, "nr" | "aanleiding" | "wijziging">): string {
  if (f.nr === 0) return "De aanvraag zelf";
  if (f.aanleiding === "beroep" || !f.wijziging) return faseNaam(f);
  return `Fase ${f.nr}: ${WIJZIGING_SOORT[f.wijziging.soort]}${f.wijziging.spoed ? ", spoed" : ""}`;
}
