// Who may do what with capacity. The routes declare the roles; the organisation checks (an owner
// edits only its own organisation's items) are here. Decisions and sources:
// docs/adr/0350-capaciteit-register-en-boekingen.md and 0351-capaciteit-inzetplan.md.
import type { Gebruiker } from "../../db/gebruikers.ts";
import { capaciteitType, type EigenaarSoort } from "../../domain/capaciteit/catalogus.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";
import { Fout } from "../fouten.ts";

/** Per kind of owner, the roles that keep that capacity current (for their own organisation). */
export const EIGENAAR_ROLLEN: Record<EigenaarSoort, readonly Rol[]> = {
  // Factsheet politie: LE-POB ("Preparatie en Operationeel Beheer") and the RCCB of a unit handle bijstand.
  politie: ["le-pob", "rccb-medewerker"],
  // JenV means "worden beheerd door het Instituut Fysieke Veiligheid / Materieel en Logistiek"
  // (factsheet politie, toelichting 2, line 134). OZI handles justice-task military assistance
  // requests (glossary), not these means (ADR 0350).
  jenv: ["ifv"],
  kmar: ["kmar-ccb", "kmar-dops"],
  defensie: ["defensie-dops", "defensie-doc"],
  // IFV reserve means, and SIS and the BTC: "het IFV als de beheerder van deze capaciteiten"
  // (factsheet bevolkingszorg r.466-469). The NCC is where one asks for the BTC, not its keeper (ADR 0355).
  ifv: ["ifv"],
  gemeenten: ["ovd-bevolkingszorg", "contactpersoon-bevolkingszorg", "algemeen-commandant-bevolkingszorg"],
  ambulancezorg: ["meldkamer"],
};

export const EIGENAARS: readonly Rol[] = [...new Set(Object.values(EIGENAAR_ROLLEN).flat())];

/** The OM in the Crisisberaad: the officier van justitie and the Parket-Generaal. */
export const OM_ROLLEN: readonly Rol[] = ["officier-van-justitie", "parket-generaal"];

/**
 * Item-level detail of every organisation (locations, contacts, who holds what): the LOCC, which
 * "has an overview of the capacities available in the Netherlands", and the Crisisberaad Opschaling
 * BB participants who weigh the plan: "Deelnemers van het Crisisberaad zijn de NCTV/CBB,
 * politie/NSGBO, Defensie, LOCC, KMar en OM" (LCP §6.2.2, leesbaar 85-86).
 */
export const DETAIL_ROLLEN: readonly Rol[] = [
  "locc-piket",
  "nsgbo-sgbo",
  "nctv-cbb",
  "defensie-dops",
  "kmar-ccb",
  "kmar-dops",
  ...OM_ROLLEN,
];

/** The national figures per type and region (no contacts, no other organisation's items). */
export const OVERZICHT_ROLLEN: readonly Rol[] = [
  ...new Set<Rol>([
    ...DETAIL_ROLLEN,
    ...EIGENAARS,
    "ncc",
    "cds",
    "dgpol",
    "minister-jenv",
    "defensie-doc",
    "le-pob",
    "rccb-medewerker",
    // Decides "namens de Minister van Veiligheid en Justitie" on assistance for justice tasks (factsheet
    // politie, lines 237, 253-256): the figures, though it manages none of the means (ADR 0350).
    "ozi",
    // Advises the Crisisberaad on Defence deployment (LCP §6.2.2, leesbaar 79-80): the figures, not contacts.
    "militair-adviseur",
  ]),
];

/** Who registers open demand: the LOCC ("verwerkt de aanvraag in haar capaciteitenoverzichten") and NSGBO/SGBO. */
export const VRAAG_ROLLEN: readonly Rol[] = ["locc-piket", "nsgbo-sgbo"];

/** Compute a proposal: NSGBO/SGBO draws up the plan (LCP §6.2.2); the LOCC for its advice to the minister. */
export const PLAN_REKENEN: readonly Rol[] = ["nsgbo-sgbo", "locc-piket"];
/** Submit to the Crisisberaad Opschaling BB: NSGBO of the police or SGBO of the KMar (LCP §6.2.2). */
export const PLAN_INDIENEN: readonly Rol[] = ["nsgbo-sgbo"];
/** Record the Crisisberaad's assessment and put prioritisation choices to the ICCb: NCTV/CBB (ADR 0351). */
export const CRISISBERAAD: readonly Rol[] = ["nctv-cbb"];
/** Record the ICCb decision: the NCC, which supports the ICCb (ADR 0351). */
export const ICCB_SECRETARIAAT: readonly Rol[] = ["ncc"];
/**
 * Reading plans: the Crisisberaad participants (DETAIL_ROLLEN, with the OM), the militair adviseur
 * ("Voor advies omtrent de inzet van Defensie en bijstandsverzoeken is de militair adviseur aanwezig",
 * LCP §6.2.2, leesbaar 79-80), the ICCb secretariat and the minister's staff.
 */
export const PLAN_LEZEN: readonly Rol[] = [
  ...new Set<Rol>([...DETAIL_ROLLEN, "militair-adviseur", "ncc", "minister-jenv", "dgpol"]),
];
/** Demobilisation of a plan's bookings: the LOCC coordinates the bijstand. */
export const VRIJGEVEN: readonly Rol[] = ["locc-piket"];

export function heeftEen(g: Gebruiker, rollen: readonly Rol[]): boolean {
  return g.rollen.some((r) => rollen.includes(r));
}

export function zietAlles(g: Gebruiker): boolean {
  return heeftEen(g, DETAIL_ROLLEN);
}

/** May this user keep items of this type current for their organisation? */
export function magTypeBeheren(g: Gebruiker, typeId: string): boolean {
  const t = capaciteitType(typeId);
  if (!t) return false;
  return heeftEen(g, EIGENAAR_ROLLEN[t.eigenaar]);
}

/** Throws 403 unless the user is an owner role of this type and the item is of their organisation. */
export function eisEigenaar(g: Gebruiker, item: { typeId: string; organisatieId: string }): void {
  if (item.organisatieId !== g.organisatie.id)
    throw new Fout(
      "geen-toegang",
      "Dit item is van een andere organisatie. Alleen de eigenaar houdt het bij.",
    );
  if (!magTypeBeheren(g, item.typeId)) {
    const t = capaciteitType(item.typeId);
    throw new Fout(
      "geen-toegang",
      `Capaciteit van het type '${t?.naam ?? item.typeId}' wordt bijgehouden door een van de rollen: ${t ? EIGENAAR_ROLLEN[t.eigenaar].join(", ") : "(onbekend)"}.`,
    );
  }
}

/** Types the user may register, for the owner's page. */
export function beheerbareTypen(g: Gebruiker): string[] {
  return Object.entries(EIGENAAR_ROLLEN)
    .filter(([, rollen]) => heeftEen(g, rollen))
    .map(([soort]) => soort);
}

/** Everyone with some part in capacity (the web menu shows the page to them). */
export const CAPACITEIT_ROLLEN: readonly Rol[] = [
  ...new Set<Rol>([
    ...OVERZICHT_ROLLEN,
    ...EIGENAARS,
    ...PLAN_LEZEN,
    ...VRAAG_ROLLEN,
    ...CRISISBERAAD,
    ...ICCB_SECRETARIAAT,
  ]),
];
