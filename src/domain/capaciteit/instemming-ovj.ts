// What a TIN demand must rest on before a plan with it is adopted: the consent of the officier van
// justitie (review F2). Pure rules. Decision: docs/adr/0353-instemming-ovj-bij-tin.md.
import { TIN_TYPE } from "./waarschuwingen.ts";

/** LCP §6.2.2, "Bijstand van Defensie op bewaken en beveiligen" and "Aanvraag van defensiecapaciteit". */
export const BRON_INSTEMMING_OVJ =
  'LCP extreem geweld en terrorisme §6.2.2 (leesbaar 66 en 72-76): "Deze specifieke bijstand vindt plaats onder het gezag van de officier van justitie"; de NSGBO of SGBO dient "met instemming van de officier van justitie" het verzoek in, en "Het OM blijft verantwoordelijkheid dragen voor de formele bijstandsaanvraag."';

/** Demand that needs the OvJ's consent: TIN, "onder het gezag van de officier van justitie" (leesbaar 66). */
export const vraagtInstemmingOvj = (typeId: string) => typeId === TIN_TYPE;

/** The step of the TIN request procedure in which the OvJ consents (catalogus-lcp-egt.ts). */
export const STAP_INSTEMMING_OVJ = "instemming-ovj";

export interface InstemmingOvj {
  naam: string;
  op: string;
  /** "aanvraag": the consent step of the linked request; "vastgelegd": recorded on the demand. */
  bron: "aanvraag" | "vastgelegd";
}

/** The part of a request the check reads. */
export interface AanvraagVoorInstemming {
  referentienummer: string;
  taken: readonly {
    stapId: string;
    afhandeling: { status: string; op: string; door: { naam: string } | null } | null;
  }[];
}

/**
 * The consent a demand rests on, or null. Either the demand carries a recorded consent (who, when),
 * or it is linked to a request whose OvJ-consent step is done (the request holds the OM's formal
 * request). Skipped or lapsed steps are no consent.
 */
export function instemmingOvjVan(
  vraag: { instemmingOvj?: { naam: string; op: string } | null },
  aanvraag: AanvraagVoorInstemming | null,
): InstemmingOvj | null {
  if (vraag.instemmingOvj) return { ...vraag.instemmingOvj, bron: "vastgelegd" };
  const stap = aanvraag?.taken.find(
    (t) => t.stapId === STAP_INSTEMMING_OVJ && t.afhandeling?.status === "gereed",
  );
  if (!aanvraag || !stap?.afhandeling) return null;
  return {
    naam: stap.afhandeling.door?.naam ?? `officier van justitie (aanvraag ${aanvraag.referentienummer})`,
    op: stap.afhandeling.op,
    bron: "aanvraag",
  };
}
