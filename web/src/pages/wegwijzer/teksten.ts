// Dutch labels for the catalogue's codes. Presentation only; the meaning lives in the domain.
import { ROLLEN } from "../../../../src/domain/organisaties/rollen.ts";
import { type Bron, citeer, SECTIES } from "../../../../src/domain/wegwijzer/bronnen.ts";
import type { Advies, Procedure, Stap } from "./api.ts";

export { citeer };
export type { Bron };

export function rolNaam(rol: string): string {
  if (rol === "locc") return "LOCC (Landelijk Operationeel Coördinatiecentrum)";
  return (ROLLEN as Record<string, string>)[rol] ?? rol;
}

export const UITKOMST: Record<Advies["outcome"], string> = {
  procedure: "Procedure",
  "eigen-capaciteit": "Eigen capaciteit",
  "niet-toegestaan": "Niet toegestaan",
  "andere-procedure": "Andere procedure",
};

export const SOORT: Record<string, string> = {
  bijstand: "Bijstand",
  ondersteuning: "Ondersteuning",
  "militaire-steunverlening": "Militaire steunverlening",
};

export const FACTSHEET: Record<string, string> = {
  politie: "LOCC-factsheet politie",
  bevolkingszorg: "LOCC-factsheet bevolkingszorg",
  "lcp-egt": "Landelijk crisisplan EGT",
};

export const KOSTEN: Record<string, string> = {
  fnik: "Vergoeding uit het FNIK-budget",
  "leverancier-mag-kosten-rekenen": "De leverancier mag kosten in rekening brengen",
  "locc-kosteloos": "De inzet van het LOCC is kosteloos",
  "afspraken-over-kosten": "Partijen maken afspraken over de kosten",
  "ifv-prijslijst": "Volgens de prijslijst van het IFV",
  "onderling-af-te-spreken": "Onderling af te spreken",
  "niet-vermeld": "De bron noemt geen kostenregeling",
};

export const STAP_SOORT: Record<Stap["soort"], string> = {
  contact: "Contact",
  vooroverleg: "Vooroverleg",
  opstellen: "Opstellen",
  zienswijze: "Zienswijze",
  instemmen: "Instemmen",
  ondertekenen: "Ondertekenen",
  indienen: "Indienen",
  registreren: "Registreren",
  toetsen: "Toetsen",
  uitputtingstoets: "Uitputtingstoets",
  verzoeken: "Verzoeken",
  advies: "Advies",
  leveranciersbesluit: "Besluit leverancier",
  besluiten: "Besluiten",
  coordineren: "Coördineren",
  informeren: "Informeren",
  uitvoeren: "Uitvoeren",
  afspraken: "Afspraken",
  weigeren: "Weigeren",
  beroep: "Beroep",
  aanwijzing: "Aanwijzing",
  formaliseren: "Formaliseren",
};

export const MIDDEL: Record<Stap["middel"], string> = {
  telefoon: "telefonisch",
  "e-mail": "per e-mail",
  formulier: "met het formulier",
  schriftelijk: "schriftelijk",
  overleg: "in overleg",
  intern: "intern",
};

export const UITKOMST_STAP: Record<string, string> = {
  goedkeuren: "goedkeuren",
  "meer-informatie": "meer informatie vragen",
  afwijzen: "afwijzen",
  volledig: "volledig leveren",
  gedeeltelijk: "gedeeltelijk leveren",
  toestemming: "toestemming",
  "geen-toestemming": "geen toestemming",
};

type Grondslag = {
  law: string;
  article: number | null;
  paragraph: number | null;
  toelichting?: string | null;
};

/** "artikel 57 lid 1 Politiewet 2012". */
export function grondslagTekst(g: Grondslag): string {
  const delen = [g.article ? `artikel ${g.article}` : "", g.paragraph ? `lid ${g.paragraph}` : "", g.law]
    .filter(Boolean)
    .join(" ");
  const tekst = g.law === "verdrag" && !g.article ? "Verdrag" : delen;
  return g.toelichting ? `${tekst} (${g.toelichting})` : tekst;
}

/** "§ 3" for a Toelichting number; the heading itself for a named section (LCP-EGT). */
export function sectieTekst(factsheet: string, sectie: string): string {
  if (/^[0-9A-Za-z]{1,3}$/.test(sectie)) return `§ ${sectie}`;
  const document = factsheet === "lcp-egt" ? "lcp-egt" : `factsheet-${factsheet}`;
  return (SECTIES as Record<string, Record<string, string>>)[document]?.[sectie] ?? sectie;
}

export function bronnenTekst(bronnen: readonly Bron[]): string {
  return bronnen.map(citeer).join("; ");
}

/** Digits and a leading + only, for a tel: link. */
export function telHref(nummer: string): string {
  return `tel:${nummer.replace(/[^\d+]/g, "")}`;
}

export function lijstTekst(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join("");
  return `${delen.slice(0, -1).join(", ")} en ${delen.at(-1)}`;
}

export type { Procedure };
