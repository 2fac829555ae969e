// Where the assistance is needed: the municipalities of the request (plaats.gemeenten) lie in the
// area of the party that asks. Which safety region a municipality belongs to is data (imported from
// the CBS list into the organisation rows), not a rule: the edge looks it up and passes it with the
// command (`gemeenteRegios`); the rule itself is here (ADR 0604, review F12.c).
import { eenheidVanRegio } from "../organisaties/referentie.ts";
import type { Procedure } from "../wegwijzer/typen.ts";
import { fout } from "./fouten.ts";

/** How far the place of the incident may reach for a procedure. */
export type Gebied = "eenheid" | "veiligheidsregio" | "landelijk";

/**
 * - Police (fp §1–§9): "Vanuit de eenheid die bijstand nodig heeft, neemt RCCB contact op" and the
 *   regioburgemeester of that unit is heard (art. 56 lid 3 Politiewet 2012): a municipality of the
 *   requesting unit, which may span several safety regions (RE03: VR09, VR14, VR25).
 * - Bevolkingszorg (fb §1–§6): asked "door of namens de algemeen commandant bevolkingszorg van de
 *   getroffen regio", bijstand "alleen door de voorzitter van de veiligheidsregio" (art. 51 Wvr):
 *   a municipality of the requesting region. "Een gemeente buiten de regio" is the one that
 *   supplies (fb "Wanneer is er sprake van steunverlening"), never the place of the incident.
 * - TIN (LCP-EGT § 6.2.2): the national staff files for a need "op meerdere plekken en/of regio's":
 *   no limit beyond a known municipality.
 */
export function gebiedVan(p: Pick<Procedure, "factsheet">): Gebied {
  if (p.factsheet === "politie") return "eenheid";
  if (p.factsheet === "bevolkingszorg") return "veiligheidsregio";
  return "landelijk";
}

/** Whether a municipality in safety region `vr` lies in the area of a request of `p` in region `regioCode`. */
export function gemeenteRegioInGebied(
  p: Pick<Procedure, "factsheet" | "id">,
  regioCode: string,
  vr: string,
): boolean {
  const gebied = gebiedVan(p);
  if (gebied === "landelijk") return true;
  const eigen = regioCode.toUpperCase();
  const v = vr.toUpperCase();
  return gebied === "eenheid" ? eenheidVanRegio(v) === eenheidVanRegio(eigen) : v === eigen;
}

/**
 * Refuses municipalities outside the request's area, or unknown ones. `regios`: the VR code per
 * municipality id as the organisation rows record it (absent or null: not a known municipality).
 * Without `regios` (the edge did not look them up: a caller inside the domain) nothing is checked.
 */
export function eisGemeentenInGebied(
  p: Pick<Procedure, "factsheet" | "id">,
  regioCode: string,
  gemeenten: readonly string[],
  regios: Readonly<Record<string, string | null>> | undefined,
): void {
  if (!regios) return;
  const onbekend = gemeenten.filter((g) => !regios[g]);
  if (onbekend.length > 0)
    throw fout(
      "ongeldige-invoer",
      `plaats.gemeenten: ${onbekend.join(", ")} is geen bekende gemeente. Kies gemeenten uit de lijst.`,
      { veld: "plaats.gemeenten", gemeenten: onbekend },
    );
  const gebied = gebiedVan(p);
  const eigen = regioCode.toUpperCase();
  const eenheid = eenheidVanRegio(eigen);
  const buiten = gemeenten.filter((g) => !gemeenteRegioInGebied(p, eigen, regios[g] as string));
  if (buiten.length === 0) return;
  const waar =
    gebied === "eenheid"
      ? `de politie-eenheid ${eenheid} van de aanvraag (veiligheidsregio ${eigen}); het RCCB van die eenheid vraagt en haar regioburgemeester geeft zijn zienswijze (factsheet politie, toelichting 1; art. 56 Politiewet 2012)`
      : `veiligheidsregio ${eigen} van de aanvraag; de getroffen regio vraagt, een gemeente buiten de regio kan alleen leveren (factsheet bevolkingszorg, toelichting 1; art. 51 Wet veiligheidsregio's)`;
  throw fout(
    "ongeldige-invoer",
    `plaats.gemeenten: ${buiten.map((g) => `${g} (${regios[g]})`).join(", ")} ligt niet in ${waar}. Bijstand daar vraagt de eenheid of regio van die gemeente zelf aan.`,
    { veld: "plaats.gemeenten", gemeenten: buiten },
  );
}
