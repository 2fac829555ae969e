// Actors and a step factory shared by the catalogue files, so each step reads like the source.
import type { Rol } from "../organisaties/rollen.ts";
import type { Bron } from "./bronnen.ts";
import type {
  Actor,
  LANDELIJKE_ORGANISATIES,
  MIDDELEN,
  RELATIES,
  Stap,
  StapSoort,
  UITKOMSTEN,
} from "./typen.ts";

function actor(
  rol: Rol,
  relatie: (typeof RELATIES)[number],
  omschrijving: string,
  organisatie: (typeof LANDELIJKE_ORGANISATIES)[number] | null = null,
): Actor {
  return { rol, relatie, organisatie, omschrijving };
}

export const A = {
  rccb: actor("rccb-medewerker", "aanvragende-eenheid", "RCCB van de eenheid die bijstand nodig heeft"),
  rccbLeverend: actor(
    "rccb-medewerker",
    "leverende-eenheden",
    "RCCB's van de eenheden die bijstand gaan leveren",
  ),
  burgemeester: actor("burgemeester", "gemeente-van-inzet", "Burgemeester"),
  regioburgemeester: actor("regioburgemeester", "regio-van-eenheid", "Regioburgemeester"),
  ovj: actor(
    "officier-van-justitie",
    "parket-van-ovj",
    "(Hoofd)officier van justitie onder wiens leiding het opsporingsonderzoek plaatsvindt",
  ),
  lePob: actor(
    "le-pob",
    "landelijk",
    "Landelijke Eenheid, afdeling Preparatie en Operationeel Beheer",
    "politie-le-pob",
  ),
  korpschef: actor("korpschef", "landelijk", "Korpschef van politie", "politie"),
  locc: actor("locc-piket", "landelijk", "LOCC", "locc"),
  beheer: actor(
    "ifv",
    "beheersorganisatie",
    "Beheersorganisatie (Instituut Fysieke Veiligheid / Materieel en Logistiek)",
  ),
  db3: actor("nctv-db3", "landelijk", "Piketambtenaar DB3 van de NCTV", "nctv-db3"),
  kmarCcb: actor("kmar-ccb", "landelijk", "CCB-KMar of andere betrokken KMar-eenheid", "kmar-ccb"),
  kmarDops: actor("kmar-dops", "landelijk", "Directie Operaties KMar (DOPS-KMar)", "kmar-dops"),
  commandantKmar: actor("commandant-kmar", "landelijk", "Commandant KMar", "kmar"),
  djz: actor(
    "defensie-djz",
    "landelijk",
    "Directie Juridische Zaken (DJZ) van het Ministerie van Defensie",
    "defensie-djz",
  ),
  doc: actor("defensie-doc", "landelijk", "Defensie Operatiecentrum (DOC)", "defensie-doc"),
  sg: actor(
    "defensie-sg",
    "landelijk",
    "Secretaris-generaal van Defensie, als korpsbeheerder van de KMar",
    "defensie",
  ),
  ovr: actor("defensie-ovr", "ovr-van-regio", "Officier Veiligheidsregio (OVR)"),
  pg: actor(
    "parket-generaal",
    "landelijk",
    "College van procureurs-generaal (afdeling bestuurlijke en juridische zaken) / Parket-Generaal",
    "om-pg",
  ),
  ozi: actor(
    "ozi",
    "landelijk",
    "Operationele Zaken en Incidentenmanagement (OZI) van het Ministerie van Veiligheid en Justitie",
    "jenv-ozi",
  ),
  dgpol: actor("dgpol", "landelijk", "Directoraat-Generaal Politie (DGPOL)", "jenv-dgpol"),
  minister: actor("minister-jenv", "landelijk", "Minister van Veiligheid en Justitie", "jenv"),
  acb: actor(
    "algemeen-commandant-bevolkingszorg",
    "aanvragende-veiligheidsregio",
    "Algemeen commandant bevolkingszorg / team bevolkingszorg",
  ),
  ovdBz: actor("ovd-bevolkingszorg", "aanvragende-veiligheidsregio", "Officier van dienst bevolkingszorg"),
  hto: actor(
    "hoofd-taakorganisatie-crisiscommunicatie",
    "aanvragende-veiligheidsregio",
    "Hoofd taakorganisatie crisiscommunicatie",
  ),
  voorzitterVr: actor(
    "voorzitter-veiligheidsregio",
    "aanvragende-veiligheidsregio",
    "Voorzitter van de veiligheidsregio",
  ),
  burgemeesterBz: actor("burgemeester", "gemeente-van-inzet", "Burgemeester (bevoegd bestuursorgaan)"),
  contactAndereRegio: actor(
    "contactpersoon-bevolkingszorg",
    "andere-regio",
    "Contactpersonen van andere regio's",
  ),
  teamleiderSis: actor("teamleider-sis", "landelijk", "Teamleider SIS", "ifv"),
  ncc: actor("ncc", "landelijk", "Crisiscommunicatieadviseur van het NCC", "ncc"),
  dopsNatops: actor(
    "defensie-dops",
    "landelijk",
    "Directie Operaties (DOPS NATOPS) van het Ministerie van Defensie",
    "defensie-dops-natops",
  ),
  cds: actor("cds", "landelijk", "Commandant der Strijdkrachten", "defensie-cds"),
  nsgbo: actor("nsgbo-sgbo", "aanvragende-eenheid", "NSGBO van de politie of SGBO van de KMar"),
  cbb: actor("nctv-cbb", "landelijk", "Coördinator Bewaken en Beveiligen (CBB) van de NCTV", "nctv-cbb"),
  // LCP-EGT § 6.2.2 names only "Defensie" for the alerting and the preparation of the TIN deployment;
  // within the ministry that is DOPS NATOPS, which assesses availability and feasibility of civil
  // requests in fb §5 and §6 (ADR 0100, reading 21).
  defensie: actor(
    "defensie-dops",
    "landelijk",
    "Defensie: Directie Operaties (DOPS NATOPS) van het Ministerie van Defensie",
    "defensie-dops-natops",
  ),
  militairAdviseur: actor("militair-adviseur", "landelijk", "Militair adviseur", "defensie"),
  crisisberaad: actor(
    "nctv-cbb",
    "landelijk",
    "Crisisberaad Opschaling BB (NCTV/CBB, politie/NSGBO, Defensie, LOCC, KMar, OM)",
    "crisisberaad-opschaling-bb",
  ),
} as const;

interface StapOpties {
  product?: string | null;
  aan?: Actor[];
  afschriftAan?: Actor[];
  middel?: (typeof MIDDELEN)[number];
  uitkomsten?: (typeof UITKOMSTEN)[number][];
  telefonischVooraf?: boolean;
  overslaanBijSpoed?: boolean;
  alleenBijSpoed?: boolean;
  optioneel?: boolean;
  voorwaarde?: string | null;
}

/** Builds the steps of one procedure, in source order, with stable ids `<procedureId>/<slug>`. */
export function stappen(
  procedureId: string,
  bron: Bron,
  lijst: [slug: string, soort: StapSoort, actor: Actor, actie: string, opties?: StapOpties][],
): Stap[] {
  return lijst.map(([slug, soort, actor, actie, o = {}]) => ({
    id: `${procedureId}/${slug}`,
    soort,
    actor,
    actie,
    product: o.product ?? null,
    aan: o.aan ?? [],
    afschriftAan: o.afschriftAan ?? [],
    middel: o.middel ?? "intern",
    uitkomsten: o.uitkomsten ?? [],
    telefonischVooraf: o.telefonischVooraf ?? false,
    overslaanBijSpoed: o.overslaanBijSpoed ?? false,
    alleenBijSpoed: o.alleenBijSpoed ?? false,
    optioneel: o.optioneel ?? false,
    voorwaarde: o.voorwaarde ?? null,
    bron: [bron],
  }));
}

export const TOETS = ["goedkeuren", "meer-informatie", "afwijzen"] as (
  | "goedkeuren"
  | "meer-informatie"
  | "afwijzen"
)[];
export const LEVERANCIER = ["volledig", "gedeeltelijk", "afwijzen"] as (
  | "volledig"
  | "gedeeltelijk"
  | "afwijzen"
)[];
