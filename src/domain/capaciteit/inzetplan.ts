// When a capaciteiten- en inzetplan is the instrument (pure rules, no I/O).
// Decisions: docs/adr/0352-inzetplan-alleen-defensiebijstand.md; the route named per type: 0354.
import { capaciteitType } from "./catalogus.ts";

/** LCP §6.2.2, "Prioritering en verdeling defensiecapaciteit" (leesbaar 82-86). */
export const BRON_INZETPLAN =
  "LCP extreem geweld en terrorisme §6.2.2, 'Prioritering en verdeling defensiecapaciteit' (leesbaar 82-86): \"Indien op meerdere plekken en/of regio's behoefte ontstaat voor bijstand van Defensie, zal de NSGBO van politie en/of SGBO KMar een capaciteiten- en inzetplan opstellen en dit voorleggen aan het Crisisberaad Opschaling BB.\"";

/**
 * Why a plan for this type is refused, or null when it may go into a plan. Only Defence assistance to
 * the police or KMar (TIN on bewaken en beveiligen) is "bijstand van Defensie" in the sense of §6.2.2;
 * other types keep the overview and the what-if calculation as advice.
 */
export function inzetplanWeigering(typeId: string): string | null {
  const t = capaciteitType(typeId);
  if (!t) return `Onbekend capaciteitstype '${typeId}'.`;
  if (t.inzetplan) return null;
  const waarom =
    t.eigenaar === "defensie"
      ? `'${t.naam}' is bijstand van Defensie voor de crisisbeheersing (bevolkingszorg), geen bijstand aan politie of KMar`
      : `'${t.naam}' is geen capaciteit van Defensie`;
  return `${waarom}. Een capaciteiten- en inzetplan voor het Crisisberaad Opschaling BB is er alleen voor bijstand van Defensie op meerdere plekken en/of regio's (LCP §6.2.2). Route voor dit type: ${t.toestemming} (${t.toestemmingBron}). Knooppunt berekent hiervoor alleen een advies (POST /capaciteit/advies), dat niets boekt.`;
}

/** Types that may go into a plan. */
export const isInzetplanType = (typeId: string) => capaciteitType(typeId)?.inzetplan === true;

/** A place: the region and the location name, without case or surplus spaces. */
const plek = (v: { regioId: string; locatieNaam: string }) =>
  `${v.regioId}|${v.locatieNaam.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl")}`;

/** Distinct places and regions of the open demand. */
export function plekkenEnRegios(vragen: readonly { regioId: string; locatieNaam: string }[]): {
  plekken: number;
  regios: number;
} {
  return {
    plekken: new Set(vragen.map(plek)).size,
    regios: new Set(vragen.map((v) => v.regioId)).size,
  };
}

/**
 * Why the open demand does not call for a plan (fewer than two places), or null. Two places in one
 * region count ("meerdere plekken en/of regio's"); so do two regions.
 */
export function meerderePlekkenWeigering(
  vragen: readonly { regioId: string; locatieNaam: string }[],
): string | null {
  const { plekken } = plekkenEnRegios(vragen);
  if (plekken >= 2) return null;
  const waar = vragen[0] ? `'${vragen[0].locatieNaam.trim()}'` : "geen enkele plek";
  return `De open vraag naar bijstand van Defensie in deze periode ligt op ${plekken === 0 ? "geen enkele plek" : `één plek (${waar})`}. Een capaciteiten- en inzetplan is er "indien op meerdere plekken en/of regio's behoefte ontstaat voor bijstand van Defensie" (LCP §6.2.2, leesbaar 82-84). Eén verzoek volgt de gewone aanvraag: de CBB van de NCTV oordeelt erover (leesbaar 76-77).`;
}
