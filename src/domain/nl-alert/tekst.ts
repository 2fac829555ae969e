// Composes the cell-broadcast text from the fixed message elements (§4f). Layout (ADR 0200):
//
//   NL-Alert DD-MM-YYYY HH:MM          automatic header, Europe/Amsterdam
//   OEFENING | TESTBERICHT             only for status Exercise / Test
//   [Einde situatie: ]<risico>
//   <locatie>
//   <handelingsperspectief>            one line each, in the given order
//   <meer informatie>                  when given
//   ***                                only with an English part, as the national NL-Alert does
//   EXERCISE | TEST MESSAGE
//   [End of situation: ]<risk>
//   <location> / <actions> / <more information>
//
// Each element is trimmed and its inner whitespace collapsed to one space, so a line is an element.
import type { Concept, ConceptTaal } from "./concept.ts";
import { EINDE_SITUATIE, STATUS_MARKERING } from "./sjablonen.ts";
import { leesTijdstip, nlAlertKop } from "./tijd.ts";

export const SCHEIDING = "***";

export interface Elementen {
  risico: string;
  locatie: string;
  handelingsperspectieven: string[];
  meerInformatie: string;
}

export interface Samenstelling {
  /** The complete text as broadcast (Dutch part, separator, English part). */
  tekst: string;
  /** Dutch part including the header. */
  nl: string;
  /** English part without the separator, when an English text is given. */
  en?: string;
  /** The moment in the header (`sent` of the draft, else the time passed in). */
  moment: Date;
  elementen: { nl: Elementen; en?: Elementen };
}

export function normaliseer(tekst: string | undefined): string {
  return (tekst ?? "").replace(/\s+/gu, " ").trim();
}

export function elementen(taal: ConceptTaal): Elementen {
  return {
    risico: normaliseer(taal.risk),
    locatie: normaliseer(taal.location),
    handelingsperspectieven: taal.actions.map(normaliseer).filter((a) => a !== ""),
    meerInformatie: normaliseer(taal.moreInfo),
  };
}

function risicoRegel(risico: string, einde: boolean, prefix: string): string {
  if (!einde) return risico;
  return risico === "" ? prefix : `${prefix}: ${risico}`;
}

function regels(e: Elementen, einde: boolean, taal: "nl" | "en", status: Concept["status"]): string[] {
  const markering = STATUS_MARKERING[status];
  return [
    markering ? markering[taal] : "",
    risicoRegel(e.risico, einde, EINDE_SITUATIE[taal]),
    e.locatie,
    ...e.handelingsperspectieven,
    e.meerInformatie,
  ].filter((r) => r !== "");
}

/** The moment the message carries: the draft's `sent` when valid, else `nu`. */
export function momentVan(concept: Concept, nu: Date): Date {
  return (concept.sent !== undefined ? leesTijdstip(concept.sent) : undefined) ?? nu;
}

/** Builds the message text; missing elements are left out here and reported by the checks. */
export function stelTekstSamen(concept: Concept, nu: Date): Samenstelling {
  const moment = momentVan(concept, nu);
  const einde = concept.kind === "einde-situatie";
  const nlElementen = elementen(concept);
  const nl = [nlAlertKop(moment), ...regels(nlElementen, einde, "nl", concept.status)].join("\n");
  if (!concept.english) return { tekst: nl, nl, moment, elementen: { nl: nlElementen } };
  const enElementen = elementen(concept.english);
  const en = regels(enElementen, einde, "en", concept.status).join("\n");
  return {
    tekst: en === "" ? nl : `${nl}\n${SCHEIDING}\n${en}`,
    nl,
    en,
    moment,
    elementen: { nl: nlElementen, en: enElementen },
  };
}
