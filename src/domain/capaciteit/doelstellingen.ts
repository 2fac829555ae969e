// The five doelstellingen of the Landelijk crisisplan extreem geweld en terrorisme, in their order, and
// the priority (1..5) allocation uses for a request. Decision and reading: docs/adr/0300-prioriteit-doelstellingen.md.
import type { Prioriteit } from "../verdeling/model.ts";

export const BRON_DOELSTELLINGEN =
  "LCP extreem geweld en terrorisme, §3.2.3 Leiding en coördinatie in de responsfase, 'Doelstellingen' (seeds/lcp-egt-duiding-doelstellingen.txt; leesbaar: seeds/lcp-egt-leesbaar.md)";
export const BRON_UITGANGSPUNTEN =
  "LCP extreem geweld en terrorisme, §3.2.3, 'Uitgangspunten': 'Redden gaat voor opsporen, behalve bij acuut gevaar met een nog groter risico op slachtoffers' en 'Bij een acute vervolgdreiging kunnen opsporingsactiviteiten prioriteit hebben.'";

export const DOELSTELLINGEN = [
  { id: "redden", rang: 1, naam: "Het redden van mensenlevens" },
  { id: "voorkomen-aanslag", rang: 2, naam: "Het voorkomen van een aanslag of vervolgaanslag" },
  { id: "opsporen", rang: 3, naam: "Het opsporen en vervolgen van daders" },
  { id: "onrust", rang: 4, naam: "Het voorkomen of beperken van maatschappelijke onrust" },
  { id: "veerkracht", rang: 5, naam: "Het bijdragen aan maatschappelijke veerkracht" },
] as const;

export type DoelstellingId = (typeof DOELSTELLINGEN)[number]["id"];

/**
 * "acuut": acuut gevaar met een nog groter risico op slachtoffers, or an acute vervolgdreiging
 * (the two exceptions the uitgangspunten name). "regulier": everything else.
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

/**
 * Priority = rank of the doelstelling. The only lift the source gives: with urgentie "acuut",
 * voorkomen-aanslag and opsporen go to priority 1 (level with redden, never above it: the plan says
 * they "kunnen" have priority; putting them above redden is a choice for the Crisisberaad/ICCb, made
 * with `handmatig`). Urgency does not move onrust or veerkracht: the source names no such exception.
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
  if (urgentie === "acuut" && (id === "voorkomen-aanslag" || id === "opsporen")) {
    return {
      prioriteit: 1,
      doelstelling: id,
      urgentie,
      motivering: `Doelstelling "${d.naam}" bij acuut gevaar of acute vervolgdreiging: prioriteit 1, gelijk aan redden (uitgangspunt "redden gaat voor opsporen, behalve bij acuut gevaar").`,
    };
  }
  return {
    prioriteit: d.rang as Prioriteit,
    doelstelling: id,
    urgentie,
    motivering: `Doelstelling ${d.rang} van 5, "${d.naam}": prioriteit ${d.rang}.`,
  };
}
