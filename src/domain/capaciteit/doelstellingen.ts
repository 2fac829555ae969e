// The five doelstellingen of the Landelijk crisisplan extreem geweld en terrorisme and the priority
// (1..5) allocation uses for a demand. The source lists them (without numbers) as "richtinggevend
// hulpmiddel om doelstellingen en uitgangspunten per situatie vast te stellen"; ranking them 1..5 is
// Knooppunt's default reading (issue 5), which the Crisisberaad can override per situation.
// Decision and reading: docs/adr/0300-prioriteit-doelstellingen-en-capaciteitscatalogus.md.
import type { Prioriteit } from "../verdeling/model.ts";
import { capaciteitType } from "./catalogus.ts";

export const BRON_DOELSTELLINGEN =
  "LCP extreem geweld en terrorisme, §3.2.3 Leiding en coördinatie in de responsfase, 'Doelstellingen' (seeds/lcp-egt-duiding-doelstellingen.txt; leesbaar: seeds/lcp-egt-leesbaar.md)";
/** The exception to "redden gaat voor opsporen", with its condition (LCP-EGT §3.2.3, leesbaar 132-133). */
export const UITGANGSPUNT_REDDEN =
  "Redden gaat voor opsporen, behalve bij acuut gevaar met een nog groter risico op slachtoffers.";
/** The acute follow-up threat (LCP-EGT §3.2.3, leesbaar 136-137). */
export const UITGANGSPUNT_VERVOLGDREIGING =
  "Bij een acute vervolgdreiging kunnen opsporingsactiviteiten prioriteit hebben.";
export const BRON_UITGANGSPUNTEN = `LCP extreem geweld en terrorisme, §3.2.3, 'Uitgangspunten': '${UITGANGSPUNT_REDDEN}' en '${UITGANGSPUNT_VERVOLGDREIGING}'`;
/** The source's own words on the list's status (LCP-EGT §3.2.3, leesbaar 114-116). */
export const STATUS_LIJST =
  "richtinggevend hulpmiddel om doelstellingen en uitgangspunten per situatie vast te stellen";

/**
 * The four uitgangspunten as the LCP words them (§3.2.3, leesbaar 124-148), shown where the
 * Crisisberaad sets priorities per situation: they are what it weighs, not rules Knooppunt applies
 * (coverage review D8). Only the two sentences above change a priority (ADR 0300, 0660).
 */
export const UITGANGSPUNTEN = [
  {
    kop: "Acceptabel risico voor hulpverleners",
    tekst:
      "We gaan uit van een acceptabel risico voor hulpverleners na een gezamenlijk risico-assessment. In de respons op extreem geweld en terrorisme is een gegarandeerde veilige werkomgeving niet mogelijk.",
  },
  {
    kop: "Redden gaat voor opsporen; groepsoverleving gaat voor individuele overleving",
    tekst: `${UITGANGSPUNT_REDDEN} Groepsoverleving gaat voor individuele overleving. ${UITGANGSPUNT_VERVOLGDREIGING}`,
  },
  {
    kop: "Opsporing gaat voor zorg voor overleden slachtoffers en voor een snelle terugkeer",
    tekst:
      "Opsporing gaat voor zorg voor overleden slachtoffers en gaat voor een snelle terugkeer naar de normale situatie.",
  },
  {
    kop: "Risicobeheersing, niet risico-uitsluiting",
    tekst: "De aanpak is gericht op risicobeheersing, niet op risico-uitsluiting.",
  },
] as const;

/** LCP §6.2.2 (leesbaar 40-42): why the first hours run on own capacity. */
export const UITGANGSPUNT_EERSTE_UREN =
  "Op het moment dat er sprake is van extreem geweld en/of een terroristisch incident geldt het uitgangspunt dat de operationele diensten in de eerste uren aangewezen zijn op hun eigen capaciteit.";

export const DOELSTELLINGEN = [
  { id: "redden", rang: 1, naam: "Het redden van mensenlevens" },
  { id: "voorkomen-aanslag", rang: 2, naam: "Het voorkomen van een aanslag of vervolgaanslag" },
  { id: "opsporen", rang: 3, naam: "Het opsporen en vervolgen van daders" },
  { id: "onrust", rang: 4, naam: "Het voorkomen of beperken van maatschappelijke onrust" },
  { id: "veerkracht", rang: 5, naam: "Het bijdragen aan maatschappelijke veerkracht" },
] as const;

export type DoelstellingId = (typeof DOELSTELLINGEN)[number]["id"];

/**
 * "acuut": the requester states acuut gevaar met een nog groter risico op slachtoffers, or an acute
 * vervolgdreiging (the two exceptions the uitgangspunten name). "regulier": everything else. This is
 * about the threat, not about the procedure: a request on the urgent path (spoed: phone first,
 * formalise later) is not "acuut" by that alone (ADR 0660).
 */
export type Urgentie = "acuut" | "regulier";

export interface PrioriteitBepaling {
  prioriteit: Prioriteit;
  doelstelling: DoelstellingId;
  urgentie: Urgentie;
  /** Dutch explanation of how the priority follows from the source. */
  motivering: string;
}

export function doelstelling(id: DoelstellingId) {
  return DOELSTELLINGEN.find((d) => d.id === id)!;
}

/** Lifts of the uitgangspunten under "acuut", each with the sentence it rests on. */
const ACUUT: Partial<Record<DoelstellingId, string>> = {
  // LCP-EGT §3.2.3: both sentences concern opsporen.
  opsporen: `bij acuut gevaar met een nog groter risico op slachtoffers of een acute vervolgdreiging, zoals de aanvrager verklaart: prioriteit 1, gelijk aan redden. Uitgangspunten (LCP §3.2.3): "${UITGANGSPUNT_REDDEN}" en "${UITGANGSPUNT_VERVOLGDREIGING}"`,
  // Only the follow-up threat sentence applies; reading it for preventing a follow-up attack is ADR 0300's.
  "voorkomen-aanslag": `bij een acute vervolgdreiging, zoals de aanvrager verklaart: prioriteit 1, gelijk aan redden. Uitgangspunt (LCP §3.2.3): "${UITGANGSPUNT_VERVOLGDREIGING}"; Knooppunt leest dat ook voor het voorkomen van een vervolgaanslag (ADR 0300)`,
};

/**
 * Priority = rank of the doelstelling in Knooppunt's default order. The only lift: with urgentie
 * "acuut", voorkomen-aanslag and opsporen go to priority 1 (level with redden, never above it: the plan
 * says they "kunnen" have priority; putting them above redden is a choice for the Crisisberaad/ICCb,
 * made with `handmatig`). Urgency does not move onrust or veerkracht: the source names no such exception.
 */
export function prioriteitVoor(
  id: DoelstellingId,
  urgentie: Urgentie,
  handmatig?: { prioriteit: Prioriteit; motivering: string },
): PrioriteitBepaling {
  const d = doelstelling(id);
  if (handmatig) {
    return {
      prioriteit: handmatig.prioriteit,
      doelstelling: id,
      urgentie,
      motivering: `Prioriteit ${handmatig.prioriteit} handmatig vastgesteld: ${handmatig.motivering}`,
    };
  }
  const lift = urgentie === "acuut" ? ACUUT[id] : undefined;
  if (lift) {
    return {
      prioriteit: 1,
      doelstelling: id,
      urgentie,
      motivering: `Doelstelling "${d.naam}" ${lift}.`,
    };
  }
  return {
    prioriteit: d.rang as Prioriteit,
    doelstelling: id,
    urgentie,
    motivering: `Doelstelling "${d.naam}": prioriteit ${d.rang} in Knooppunts standaardvolgorde (ADR 0300; de LCP noemt de doelstellingen een ${STATUS_LIJST}).`,
  };
}

/**
 * The objective a request serves. A request carries no objective of its own, so Knooppunt derives it
 * (ADR 0356, reading of ADR 0660): first from the capacity asked for, when that capacity serves an
 * objective whatever procedure asks for it (catalogue `doelstelling`: ambulances, geneeskundige
 * hulpverlening, serve "Het redden van mensenlevens", LCP §3.2.3, leesbaar 119, 132-136); otherwise from
 * the procedure: guarding and securing / TIN and bewakingscontainer/VRT → voorkomen-aanslag, justice
 * tasks → opsporen, bevolkingszorg → veerkracht, public order → onrust.
 */
export function doelstellingVan(procedureId: string, capaciteitTypeId?: string): DoelstellingId {
  const vanType = capaciteitTypeId ? capaciteitType(capaciteitTypeId)?.doelstelling : undefined;
  if (vanType) return vanType.id;
  if (procedureId.startsWith("lcp-egt") || procedureId === "politie-2-bewakingscontainer-vrt")
    return "voorkomen-aanslag";
  if (procedureId.startsWith("bevolkingszorg")) return "veerkracht";
  if (/justitie/.test(procedureId)) return "opsporen";
  return "onrust";
}
