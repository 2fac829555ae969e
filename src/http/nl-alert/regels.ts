// Who may do what with an NL-Alert, and when it may be released. Pure: no I/O, time comes in.
// Sources: Richtlijn inzet NL-Alert bij extreem geweld (../shared/seeds), §3, §4b, §4d.4, §4e, §4f.
// Readings where the guideline is open: docs/adr/0250-nl-alert-besluitvorming.md.

import type { AlertRij, Fase, InbrengRij } from "../../db/nl-alert.ts";
import { herauthenticatieGeldig } from "../../domain/gebruikers/herauthenticatie.ts";
import { type Beoordeling, type Concept, REDEN_VEREIST, responseTypes } from "../../domain/nl-alert/index.ts";
import { eenheidId, VEILIGHEIDSREGIOS, vrId } from "../../domain/organisaties/referentie.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";

export const R = "Richtlijn inzet NL-Alert bij extreem geweld";

/** The subset of a logged-in user the rules look at. */
export interface Persoon {
  id: string;
  rollen: readonly string[];
  organisatie: { id: string; soort: string; regioId: string | null };
}

const heeft = (p: Persoon, ...rollen: Rol[]) => p.rollen.some((r) => (rollen as string[]).includes(r));

/** Everyone who may see NL-Alerts at all (the list route's roles). */
export const LEZERS: readonly Rol[] = [
  "nl-alert-bevoegde",
  "meldkamer",
  "hovd-p",
  "ovd-oc",
  "hovd-le",
  "burgemeester",
  "voorzitter-veiligheidsregio",
  "hoofd-taakorganisatie-crisiscommunicatie",
  "ncc",
  // §4d.2 "Het OM kan informatie vrijgeven om te komen tot de inzet van NL-Alert"; §4a.3 the
  // interests of criminal enforcement. Read only: the OM advises, it does not decide (ADR 0252).
  "officier-van-justitie",
];

/** The veiligheidsregio a user works for: the region itself, or the region their organisation lies in. */
export function regioVan(p: Persoon): string | null {
  return p.organisatie.soort === "veiligheidsregio" ? p.organisatie.id : p.organisatie.regioId;
}

/** The police unit whose HOvD-P / OvD-OC advise for a region (Politiewet 2012 art. 25; CBS indeling). */
export function eenheidVoorRegio(regioId: string): string | null {
  const r = VEILIGHEIDSREGIOS.find(([code]) => vrId(code) === regioId);
  return r ? eenheidId(r[2]) : null;
}

/** Regions whose alerts a police unit advises on. */
export function regiosVanEenheid(eenheid: string): string[] {
  return VEILIGHEIDSREGIOS.filter(([, , e]) => eenheidId(e) === eenheid).map(([code]) => vrId(code));
}

/** The police unit a user belongs to: the unit itself or one of its parts (`politie-re03-rccb`). */
export function eenheidVan(p: Persoon): string | null {
  const m = /^(politie-re\d\d)(?:-|$)/.exec(p.organisatie.id);
  return m?.[1] ?? null;
}

/**
 * The police unit whose area an arrondissementsparket covers: since the Wet herziening gerechtelijke
 * kaart the ten arrondissementen and the ten regional units coincide (parket `om-parket-re03`).
 */
export function parketEenheid(p: Persoon): string | null {
  const m = /^om-parket-(re\d\d)$/.exec(p.organisatie.id);
  return m ? `politie-${m[1]}` : null;
}

/** Regions whose alerts the user may see; null = all (national roles: HOvD LE §4b.2, NCC). */
export function zichtbareRegios(p: Persoon): string[] | null {
  if (heeft(p, "hovd-le", "ncc")) return null;
  const uit = new Set<string>();
  if (heeft(p, "hovd-p", "ovd-oc")) {
    const e = eenheidVan(p);
    if (e) for (const r of regiosVanEenheid(e)) uit.add(r);
  }
  // The officier van justitie sees the regions of the arrondissement (§4d.2; ADR 0252).
  if (heeft(p, "officier-van-justitie")) {
    const e = parketEenheid(p);
    if (e) for (const r of regiosVanEenheid(e)) uit.add(r);
  }
  const eigen = regioVan(p);
  if (eigen && heeft(p, ...LEZERS)) uit.add(eigen);
  return [...uit];
}

export function magZien(p: Persoon, alert: Pick<AlertRij, "regioId">): boolean {
  const z = zichtbareRegios(p);
  return z === null || z.includes(alert.regioId);
}

/**
 * §3: "Het bevoegd gezag beslist over de inzet van NL-Alert. Deze bevoegdheid kan … worden
 * gemandateerd." The mandated official (nl-alert-bevoegde) and the voorzitter veiligheidsregio, who
 * remains competent next to the mandate holder (Awb art. 10:7: "De mandaatgever blijft bevoegd").
 * The burgemeester is not here: an alert names no municipality (ADR 0250).
 */
export const BEVOEGD_GEZAG: readonly Rol[] = ["nl-alert-bevoegde", "voorzitter-veiligheidsregio"];

/** §3: who drafts, decides, acknowledges warnings and records phone input for a region's alerts. */
export function isBevoegdeVan(p: Persoon, regioId: string): boolean {
  return heeft(p, ...BEVOEGD_GEZAG) && regioVan(p) === regioId;
}

/**
 * §3: "Het daadwerkelijk verzenden … gebeurt (veelal) vanuit de meldkamer". The role is the sending
 * function, not the place: whoever sends for the region holds it. Stricter than "(veelal)" by
 * product decision (ADR 0250, review finding 12).
 */
export function isMeldkamerVan(p: Persoon, regioId: string): boolean {
  return heeft(p, "meldkamer") && regioVan(p) === regioId;
}

/** §4b.2: HOvD-P or OvD-OC of the unit that covers the region. */
export function isAdviseurVoor(p: Persoon, regioId: string): boolean {
  return (
    heeft(p, "hovd-p", "ovd-oc") && eenheidVan(p) !== null && eenheidVan(p) === eenheidVoorRegio(regioId)
  );
}

export type InbrengSoort = "advies" | "second-opinion";
export type Wijze = "zelf" | "telefonisch";

/**
 * Who may record a police input, and how (§4b.2). Advice: the HOvD-P/OvD-OC themselves, or by phone
 * — recorded by the bevoegde or by the meldkamer of the region. Second opinion: the HOvD LE
 * themselves, or by phone — recorded by the bevoegde, the meldkamer, or the advising officer, who
 * asks for it (§4b.2 "vraagt altijd een second opinion"). The meldkamer because the cover letter
 * says "Indien de tijd dit niet toestaat, wordt de adviesfunctie van politie in het verzendproces
 * NL-Alert op de meldkamer uitgevoerd" (ADR 0252). Returns the refusal in Dutch, or null when allowed.
 */
export function inbrengWeigering(
  p: Persoon,
  regioId: string,
  soort: InbrengSoort,
  wijze: Wijze,
): string | null {
  if (soort === "advies") {
    if (wijze === "zelf")
      return isAdviseurVoor(p, regioId)
        ? null
        : "Alleen een HOvD-P of OvD-OC van de politie-eenheid van deze regio geeft zelf het advies (§4b.2). Legt u een telefonisch advies vast, kies dan 'telefonisch'.";
    return isBevoegdeVan(p, regioId) || isMeldkamerVan(p, regioId)
      ? null
      : "Een telefonisch advies legt het bevoegd gezag voor NL-Alert van deze regio vast (de gemandateerde functionaris of de voorzitter veiligheidsregio), of de meldkamer van de regio (§3, §4b.1; begeleidende brief: adviesfunctie op de meldkamer).";
  }
  if (wijze === "zelf")
    return heeft(p, "hovd-le")
      ? null
      : "Alleen de HOvD LE (operaties, Landelijke Eenheid) geeft zelf de second opinion (§4b.2).";
  return isBevoegdeVan(p, regioId) || isAdviseurVoor(p, regioId) || isMeldkamerVan(p, regioId)
    ? null
    : "Een telefonische second opinion legt de bevoegde functionaris, de adviserende HOvD-P/OvD-OC of de meldkamer van de regio vast (§4b.2).";
}

/** §4b.2: who gives what — the functions a phone input may name (the form offers exactly these). */
export const TELEFONISCHE_FUNCTIES: Record<InbrengSoort, readonly string[]> = {
  advies: ["HOvD-P", "OvD-OC"],
  "second-opinion": ["HOvD LE (operaties, Landelijke Eenheid)"],
};

const kaal = (x: string) => x.toLowerCase().replace(/[^a-z]/g, "");

/**
 * The function recorded with a phone input must be one §4b.2 names: the advice from a "Hoofd Officier
 * van Dienst Politie (HOvD-P) of de Officier van Dienst-Operationeel Centrum (OvD-OC)", the second
 * opinion from "de HOvD-P operations van de Landelijke Eenheid". Spelled loosely (HOvD P, hovd-le).
 */
export function functieWeigering(soort: InbrengSoort, functie: string): string | null {
  const f = kaal(functie);
  if (soort === "advies")
    return /^(hovdp|ovdoc)/.test(f) ||
      f.includes("hoofdofficiervandienstpolitie") ||
      f.includes("operationeelcentrum")
      ? null
      : "Het advies komt van een HOvD-P of een OvD-OC van de politie (§4b.2).";
  return /^hovdle/.test(f) || f.includes("landelijkeeenheid")
    ? null
    : "De second opinion komt van de HOvD-P operaties van de Landelijke Eenheid (HOvD LE) (§4b.2).";
}

/**
 * §4b.2: the advising officer "vraagt altijd een second opinion bij de HOvD-P operations van de
 * Landelijke Eenheid": a second officer. Refuses an input whose name is that of the other kind's
 * current input.
 */
export function zelfdeFunctionarisWeigering(
  soort: InbrengSoort,
  naam: string,
  inbreng: readonly InbrengRij[],
): string | null {
  const g = geldendeInbreng(inbreng);
  const ander = soort === "advies" ? g.secondOpinion : g.advies;
  if (!ander || kaal(ander.naam) !== kaal(naam) || !kaal(naam)) return null;
  return soort === "advies"
    ? `${ander.naam} gaf al de second opinion; het advies komt van een andere functionaris (§4b.2).`
    : `${ander.naam} gaf al het advies; de second opinion komt van een andere functionaris, de HOvD LE (§4b.2).`;
}

/**
 * The steps that warn the public — the decision to send (§3 "Het bevoegd gezag beslist over de
 * inzet") and the release (§3 "Het daadwerkelijk verzenden") — need a re-authentication in this
 * session within `minuten` (REAUTH_MINUTES), as signing a request does (ADR 0612; security review
 * F13; ADR 0254). Deciding not to send, and closing the einde-situatie prompt, do not (ADR 0254).
 * `op` is the session's last re-authentication. Returns the refusal in Dutch, or null when allowed.
 */
export function herauthenticatieWeigering(
  handeling: "besluit-verzenden" | "vrijgeven",
  op: Date | null,
  nu: Date,
  minuten: number,
): string | null {
  if (herauthenticatieGeldig(op, nu, minuten)) return null;
  const wat = handeling === "vrijgeven" ? "Vrijgeven en verzenden" : "Besluiten tot verzenden";
  return `${wat} vraagt dat u hoogstens ${minuten} ${minuten === 1 ? "minuut" : "minuten"} geleden opnieuw uw wachtwoord invoerde (herauthenticatie, §3: dit bericht waarschuwt het publiek). Voer uw wachtwoord opnieuw in en probeer het nog eens.`;
}

/** Phases before release, in which the draft, the inputs and the decision may still change. */
export const VOOR_VRIJGAVE: readonly Fase[] = [
  "concept",
  "advies",
  "second-opinion",
  "besluit",
  "niet-verzenden",
];

export function isVoorVrijgave(f: Fase): boolean {
  return VOOR_VRIJGAVE.includes(f);
}

/** The newest input of each kind counts. */
export function geldendeInbreng(inbreng: readonly InbrengRij[]): {
  advies?: InbrengRij;
  secondOpinion?: InbrengRij;
} {
  const laatste = (s: InbrengSoort) => [...inbreng].reverse().find((i) => i.soort === s);
  const advies = laatste("advies");
  const secondOpinion = laatste("second-opinion");
  return { ...(advies ? { advies } : {}), ...(secondOpinion ? { secondOpinion } : {}) };
}

/**
 * The phase before a decision, from the inputs present, in any order (§4b.2, §4c; ADR 0250): both →
 * second-opinion, only the advice → advies, otherwise concept (also with only a second opinion; the
 * phase name then says the advice is missing, see `faseNaam`).
 */
export function faseUitInbreng(inbreng: readonly InbrengRij[]): Fase {
  const g = geldendeInbreng(inbreng);
  if (g.advies && g.secondOpinion) return "second-opinion";
  if (g.advies) return "advies";
  return "concept";
}

export interface InbrengAanwezig {
  advies: boolean;
  secondOpinion: boolean;
}

export function inbrengAanwezig(inbreng: readonly Pick<InbrengRij, "soort">[]): InbrengAanwezig {
  return {
    advies: inbreng.some((i) => i.soort === "advies"),
    secondOpinion: inbreng.some((i) => i.soort === "second-opinion"),
  };
}

/** The phase as users read it: in the phases before a decision it says which police input is missing. */
export function faseNaam(fase: Fase, aanwezig?: InbrengAanwezig): string {
  if (fase === "concept" && aanwezig?.secondOpinion && !aanwezig.advies)
    return "Second opinion ontvangen, advies politie ontbreekt";
  return FASE_NAMEN[fase];
}

/**
 * Cover letter (17 april 2019): "Het verdient aanbeveling om dit advies voor te leggen aan de
 * bevoegde driehoek. Indien de tijd dit niet toestaat, wordt de adviesfunctie van politie … op de
 * meldkamer uitgevoerd." Optional on the decision (a recommendation, not a condition; ADR 0252).
 */
export const DRIEHOEK_KEUZES = {
  ja: "Ja, het advies is voorgelegd aan de driehoek",
  "nee-geen-tijd": "Nee, geen tijd (adviesfunctie politie op de meldkamer)",
} as const;
export type DriehoekKeuze = keyof typeof DRIEHOEK_KEUZES;

export interface Blokkade {
  code: string;
  melding: string;
  bron: string;
}

/**
 * Why the alert may not be released now; empty when it may. Only the phase 'besluit' with a send
 * decision on the current version can be released (§4b.4), with both police inputs (§4b.1–2), no
 * errors in the message (§4f, §4e.2) and every warning acknowledged on this version (§4e).
 */
export function vrijgaveBlokkades(
  alert: Pick<
    AlertRij,
    "fase" | "versie" | "besluit" | "besluitVersie" | "erkendeWaarschuwingen" | "erkendVersie"
  > &
    Partial<Pick<AlertRij, "erkendRedenen">>,
  inbreng: readonly InbrengRij[],
  beoordeling:
    | Pick<Beoordeling, "fouten" | "waarschuwingen">
    | { fouten: { code: string; message: string }[]; waarschuwingen: { code: string }[] },
): Blokkade[] {
  const uit: Blokkade[] = [];
  if (!isVoorVrijgave(alert.fase))
    uit.push({
      code: "al-vrijgegeven",
      melding: "Dit bericht is al vrijgegeven of afgesloten.",
      bron: `${R} §3`,
    });
  const g = geldendeInbreng(inbreng);
  if (!g.advies)
    uit.push({
      code: "advies-ontbreekt",
      melding: "Het advies van de HOvD-P of OvD-OC ontbreekt.",
      bron: `${R} §4b.1–2`,
    });
  if (!g.secondOpinion)
    uit.push({
      code: "second-opinion-ontbreekt",
      melding: "De second opinion van de HOvD LE ontbreekt.",
      bron: `${R} §4b.2`,
    });
  if (alert.besluit !== "verzenden" || alert.besluitVersie !== alert.versie)
    uit.push({
      code: "besluit-ontbreekt",
      melding:
        alert.besluit === "niet-verzenden"
          ? "De bevoegde functionaris heeft besloten het bericht niet te verzenden."
          : "Er is voor deze versie van het bericht geen besluit tot verzenden van de bevoegde functionaris.",
      bron: `${R} §3, §4b.4`,
    });
  for (const f of beoordeling.fouten)
    uit.push({ code: `fout:${f.code}`, melding: f.message, bron: "bron" in f ? String(f.bron) : `${R} §4f` });
  // A warning that needs a reason (ADR 0251) counts as acknowledged only with one.
  const erkend = (alert.erkendVersie === alert.versie ? alert.erkendeWaarschuwingen : []).filter(
    (c) => !REDEN_VEREIST.includes(c as never) || !!alert.erkendRedenen?.[c]?.trim(),
  );
  const open = [...new Set(beoordeling.waarschuwingen.map((w) => w.code))].filter((c) => !erkend.includes(c));
  if (open.length)
    uit.push({
      code: "waarschuwingen-niet-erkend",
      melding: `Nog niet erkende waarschuwing(en): ${open.join(", ")}.`,
      bron: `${R} §4e`,
    });
  return uit;
}

/**
 * §4f.2: "Een 'einde situatie' bericht … is van belang in specifieke situaties. Denk aan oproep tot
 * gebiedsontwijking etc." Only a message that tells people to leave, avoid or stay in a place (CAP
 * responseType Evacuate, Avoid or Shelter) keeps them from normal life until it is called off
 * (review finding 13, ADR 0253).
 */
export function vraagtEindeSituatie(concept: Concept): boolean {
  return responseTypes(concept).some((t) => t === "Evacuate" || t === "Avoid" || t === "Shelter");
}

/** Retry delay after `pogingen` failed attempts: exponential, capped. */
export function wachttijd(pogingen: number, basisMs: number, maxMs: number): number {
  return Math.min(maxMs, basisMs * 2 ** Math.max(0, pogingen - 1));
}

export const FASE_NAMEN: Record<Fase, string> = {
  concept: "Concept",
  advies: "Advies politie ontvangen, second opinion ontbreekt",
  "second-opinion": "Advies en second opinion ontvangen",
  besluit: "Besloten: verzenden",
  "niet-verzenden": "Besloten: niet verzenden",
  vrijgegeven: "Vrijgegeven, wacht op gateway",
  verzonden: "Verzonden",
  mislukt: "Verzending mislukt",
  beeindigd: "Beëindigd",
};
