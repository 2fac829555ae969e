// The catalogue of capacity types the LOCC keeps an overview of ("mensen, middelen en kennis").
// Data only. Reaction times and prices are not in the sources: they stay null ("onbekend") until an
// owner fills them in; nothing here is invented. Units of count are Knooppunt's choice (ADR 0302).
import type { DoelstellingId } from "./doelstellingen.ts";

export type EigenaarSoort =
  | "politie"
  | "jenv" // Ministerie van JenV; beheer door IFV / Materieel en Logistiek
  | "kmar"
  | "defensie"
  | "ifv" // also beheerder of SIS and the BTC (factsheet bevolkingszorg r.466-469; ADR 0355)
  | "gemeenten" // bevolkingszorg van andere regio's
  | "ambulancezorg";

export type CapaciteitSoort = "mensen" | "middelen" | "kennis";

export interface CapaciteitType {
  id: string;
  naam: string;
  eigenaar: EigenaarSoort;
  soort: CapaciteitSoort;
  /** What one counted item is (a platoon, a vehicle, a person, a set). */
  telEenheid: string;
  /** Typical reaction time in minutes; null: not in the sources, to be supplied by the owner. */
  reactietijdMinuten: number | null;
  reactietijdToelichting?: string;
  /** Price per unit in euro (IFV reserve means); null: unknown (the IFV price list is not in the sources). */
  prijsEuro?: number | null;
  /**
   * Who asks and who decides on deployment, and through whom: the route the advice names for a type
   * outside the inzetplan (ADR 0354). Per type, not per kind of owner: SIS and the BTC are
   * *ondersteuning*, not art. 51 Wvr bijstand, though the IFV manages them.
   */
  toestemming: string;
  /** The source lines of `toestemming`; quoted words are literal (checked by a unit test). */
  toestemmingBron: string;
  /**
   * The LCP objective this capacity serves whatever procedure asks for it (ADR 0355). Absent: the
   * procedure decides (`doelstellingVan`).
   */
  doelstelling?: { id: DoelstellingId; bron: string };
  /**
   * Defence assistance to the police or KMar (art. 58/62 Politiewet 2012) that, when needed at several
   * places and/or regions, goes into a capaciteiten- en inzetplan for the Crisisberaad Opschaling BB
   * (LCP §6.2.2, leesbaar 82-86). Absent: no such plan; see `inzetplan.ts` and ADR 0352.
   */
  inzetplan?: true;
  bron: string;
}

const FS_POLITIE = "Factsheet Bijstand & ondersteuning aan de politie (seeds/factsheet-bijstand-politie.md)";
const FS_BZ =
  "Factsheet Bijstand, militaire steunverlening en ondersteuning aan bevolkingszorg (seeds/factsheet-bijstand-bevolkingszorg.txt)";
const LCP_622 = "LCP extreem geweld en terrorisme §6.2.2 Capaciteitsdruk (seeds/lcp-egt-leesbaar.md)";
const ISSUE = "issue 5 (voorbeeld in de opdracht; niet in de bronnen)";
const ONBEKEND = "Niet in de bronnen; de eigenaar vult de reactietijd in.";
// Line numbers: fp = seeds/factsheet-bijstand-politie.md, fb = seeds/factsheet-bijstand-bevolkingszorg.txt,
// LCP = seeds/lcp-egt-leesbaar.md.

/** Bijstand by another police unit, for both tasks (art. 56 lid 1/2 Politiewet 2012). */
const POLITIE_ROUTE = {
  toestemming:
    "bijstand door een andere eenheid: de burgemeester (openbare orde, art. 56 lid 1 Politiewet 2012) of de officier van justitie (justitie, art. 56 lid 2) dient het verzoek in bij de korpschef; de afdeling Preparatie en Operationeel Beheer van de Landelijke Eenheid coördineert",
  toestemmingBron:
    'factsheet politie, toelichting 1 en 6 (fp r.121, r.129, r.209, r.217): "De Politiewet 2012 bepaalt dat de burgemeester het verzoek om bijstand indient bij de korpschef"',
};
/**
 * Ondersteuning by municipalities of other regions: not art. 51 Wvr bijstand (fb r.72-78); the
 * request comes from a bevolkingszorg officer with authority to decide (fb r.101-104), the LOCC acts
 * as broker (fb r.208-209, r.214-222), the other region's contact person agrees it with its own
 * gezag (fb r.225-227).
 */
const GEMEENTEN_ROUTE = {
  toestemming:
    "ondersteuning, geen bijstand op grond van art. 51 Wvr: door of namens de algemeen commandant bevolkingszorg (of een andere beslissingsbevoegde functionaris van bevolkingszorg) telefonisch via het LOCC, dat als makelaar de contactpersonen van andere regio's benadert; de contactpersoon stemt met het eigen bevoegde gezag af of de regio kan leveren",
  toestemmingBron:
    'factsheet bevolkingszorg, \'Welke steunverlening\' en toelichting 1 (fb r.72-78, r.101-104, r.208-209, r.214-227): "Het gebruik maken van kennis en/of capaciteit van gemeenten uit andere" … "met het bevoegde gezag af of ze deze ondersteuning"',
};
/** KMar bijstand (art. 57 lid 1 Politiewet 2012): the LOCC decides for public order, OZI for justice tasks. */
const KMAR_ROUTE = {
  toestemming:
    "bijstand door de KMar (art. 57 lid 1 Politiewet 2012): voor de openbare orde bepaalt het LOCC, voor justitietaken OZI, telkens namens de minister van JenV en na overleg met de minister van Defensie (DJZ)",
  toestemmingBron:
    'factsheet politie, toelichting 3 en 7 (fp r.177, r.237): "Namens de Minister van Veiligheid en Justitie en na overleg met de Minister van Defensie (DJZ) bepaalt het LOCC of, en zo ja, op welke wijze, bijstand wordt verleend"',
};

export const CAPACITEIT_TYPEN: readonly CapaciteitType[] = [
  // Politie
  {
    id: "politie-me-peloton",
    naam: "ME-peloton",
    eigenaar: "politie",
    soort: "mensen",
    telEenheid: "peloton",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    bron: `${ISSUE}; bijstand door andere eenheid: ${FS_POLITIE}, toelichting 1`,
    ...POLITIE_ROUTE,
  },
  {
    id: "politie-arrestatieteam",
    naam: "Arrestatieteam",
    eigenaar: "politie",
    soort: "mensen",
    telEenheid: "team",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    bron: `${ISSUE}; specialisme: ${FS_POLITIE}, 'Wanneer is sprake van bijstand'`,
    ...POLITIE_ROUTE,
  },
  {
    id: "politie-bewakingseenheid",
    naam: "Bewakingseenheid politie",
    eigenaar: "politie",
    soort: "mensen",
    telEenheid: "eenheid",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    bron: `${LCP_622}, 'Bijstand van Defensie op bewaken en beveiligen' ("bewakingseenheden van de politie en de KMar")`,
    ...POLITIE_ROUTE,
  },
  // Middelen JenV
  {
    id: "jenv-waterwerper",
    naam: "Waterwerper",
    eigenaar: "jenv",
    soort: "middelen",
    telEenheid: "voertuig",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    toestemming:
      "RCCB neemt contact op met het LOCC; het LOCC toetst de aanvraag, legt contact met de beheersorganisatie en coördineert de verdere inzet",
    toestemmingBron:
      'factsheet politie, toelichting 2 (fp r.144-145): "Het LOCC toetst de aanvraag, legt contact met de beheersorganisatie en coördineert de verdere inzet met RCCB"',
    bron: `${FS_POLITIE}, toelichting 2 'Middelen Ministerie van Veiligheid en Justitie'`,
  },
  {
    id: "jenv-bewakingscontainer",
    naam: "Bewakingscontainer",
    eigenaar: "jenv",
    soort: "middelen",
    telEenheid: "container",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    toestemming:
      "de piketambtenaar van DB3 (NCTV) toetst de inzet en geeft al dan niet toestemming, in afschrift aan de beheersorganisatie",
    toestemmingBron:
      'factsheet politie, toelichting 2 (fp r.150-151): "DB3 toetst de inzet en verstrekt (al dan niet) toestemming tot inzet aan RCCB, in afschrift aan de beheersorganisatie"',
    bron: `${FS_POLITIE}, toelichting 2`,
  },
  {
    id: "jenv-vrt-voertuig",
    naam: "Voertuig verscherpt rijdend toezicht (VRT)",
    eigenaar: "jenv",
    soort: "middelen",
    telEenheid: "voertuig",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    toestemming:
      "de piketambtenaar van DB3 (NCTV) toetst de inzet en geeft al dan niet toestemming, in afschrift aan de beheersorganisatie",
    toestemmingBron:
      'factsheet politie, toelichting 2 (fp r.150-151): "DB3 toetst de inzet en verstrekt (al dan niet) toestemming tot inzet aan RCCB, in afschrift aan de beheersorganisatie"',
    bron: `${FS_POLITIE}, toelichting 2`,
  },
  // KMar
  {
    id: "kmar-peloton",
    naam: "KMar-peloton",
    eigenaar: "kmar",
    soort: "mensen",
    telEenheid: "peloton",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    bron: `${ISSUE}; KMar-bijstand art. 57 Politiewet 2012: ${FS_POLITIE}, toelichting 3 en 7`,
    ...KMAR_ROUTE,
  },
  {
    id: "kmar-bewakingseenheid",
    naam: "Bewakingseenheid KMar",
    eigenaar: "kmar",
    soort: "mensen",
    telEenheid: "eenheid",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    bron: `${LCP_622}, 'Bijstand van Defensie op bewaken en beveiligen'`,
    ...KMAR_ROUTE,
  },
  {
    id: "kmar-opsporingsexpertise",
    naam: "KMar opsporingsexpertise",
    eigenaar: "kmar",
    soort: "kennis",
    telEenheid: "team",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    bron: `${FS_POLITIE}, toelichting 7 ("beschikbare opsporingsexpertise")`,
    ...KMAR_ROUTE,
  },
  {
    id: "kmar-stadionexpertise",
    naam: "KMar met lokale bekendheid/geoefendheid (zoals bij stadions)",
    eigenaar: "kmar",
    soort: "mensen",
    telEenheid: "peloton",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    bron: `${FS_POLITIE}, toelichting 3`,
    ...KMAR_ROUTE,
  },
  // Defensie
  {
    id: "defensie-tin-peloton",
    naam: "TIN-peloton (Terrorisme In Nederland)",
    eigenaar: "defensie",
    soort: "mensen",
    telEenheid: "peloton",
    reactietijdMinuten: null,
    reactietijdToelichting:
      "Verkorte reactietijd, voor een beperkte tijdsduur (LCP §6.2.2); het aantal minuten staat niet in de bronnen.",
    toestemming:
      "de NSGBO van de politie of SGBO van de KMar dient het verzoek in bij de minister van JenV, met instemming van de officier van justitie; de CBB van de NCTV oordeelt",
    toestemmingBron:
      'LCP §6.2.2, \'Aanvraag van defensiecapaciteit\' (LCP r.72-77): "met instemming van de officier van justitie" … "De Coördinator Bewaken Beveiligen (CBB) van de NCTV oordeelt over deze aanvraag"',
    inzetplan: true,
    bron: `${LCP_622}, 'Bijstand van Defensie op bewaken en beveiligen' en 'Aanvraag van defensiecapaciteit'`,
  },
  ...(
    [
      ["opvanglocatie", "Opvanglocatie", "locatie"],
      ["vervoerscapaciteit", "Vervoerscapaciteit", "voertuig"],
      ["energievoorziening", "Energievoorziening", "installatie"],
      ["voedselvoorbereiding", "Voedselvoorbereiding", "keukeneenheid"],
      ["mobiele-drinkwaterinstallatie", "Mobiele drinkwaterinstallatie", "installatie"],
    ] as const
  ).map(
    ([id, naam, tel]): CapaciteitType => ({
      id: `defensie-${id}`,
      naam,
      eigenaar: "defensie",
      soort: "middelen",
      telEenheid: tel,
      reactietijdMinuten: null,
      reactietijdToelichting: ONBEKEND,
      toestemming:
        "bijstand op grond van art. 51 Wvr, aangevraagd door of namens de voorzitter van de veiligheidsregio via het LOCC; de Commandant der Strijdkrachten besluit namens de minister van Defensie, na beoordeling door DOPS NATOPS en advies van DJZ",
      toestemmingBron:
        'factsheet bevolkingszorg, toelichting 5 (fb r.335-336, r.364-365, r.386-388): "Namens de Minister van Defensie neemt de Commandant der Strijdkrachten na beoordeling van DOPS NATOPS en advies van DJZ het besluit tot bijstand of de afwijzing daarvan"',
      bron: `${FS_BZ}, A 'Bijstand' (catalogus nationale operaties) en toelichting 5`,
    }),
  ),
  // IFV reserve means (database bovenregionale bijstand)
  ...(
    [
      ["dekens", "Dekens", "deken"],
      ["noodopvangsets", "Noodopvangset slachtoffers", "set"],
      ["slaapzakken", "Slaapzakken", "slaapzak"],
    ] as const
  ).map(
    ([id, naam, tel]): CapaciteitType => ({
      id: `ifv-${id}`,
      naam,
      eigenaar: "ifv",
      soort: "middelen",
      telEenheid: tel,
      reactietijdMinuten: null,
      reactietijdToelichting: ONBEKEND,
      prijsEuro: null,
      toestemming:
        "bijstand op grond van art. 51 Wvr: de aanvraag wordt ondertekend door of namens de voorzitter van de veiligheidsregio en via het LOCC ingediend; het LOCC toetst de noodzaak",
      toestemmingBron:
        "factsheet bevolkingszorg, 'Wie kan steunverlening verzoeken?' en toelichting 4 (fb r.81-84, r.321-322, r.328-329): \"Het aanvragen van bijstand op basis van artikel 51 Wet veiligheids-\"",
      bron: `${FS_BZ}, A 'Bijstand' en toelichting 4 ("Voor de middelen van het IFV is een catalogus en prijslijst voor handen"; prijzen staan niet in de bronnen)`,
    }),
  ),
  // Bevolkingszorg: kennis per proces and staff of other regions (processes: glossary)
  ...(
    [
      ["opvang", "opvang"],
      ["informatie", "informatie"],
      ["zorg", "zorg"],
    ] as const
  ).flatMap(([id, proces]): CapaciteitType[] => [
    {
      id: `bz-expert-${id}`,
      naam: `Expert bevolkingszorgproces ${proces}`,
      eigenaar: "gemeenten",
      soort: "kennis",
      telEenheid: "persoon",
      reactietijdMinuten: null,
      reactietijdToelichting: ONBEKEND,
      ...GEMEENTEN_ROUTE,
      bron: `${FS_BZ}, A 'Ondersteuning' en toelichting 1; processen volgens de woordenlijst (shared/docs/glossary.md, Bevolkingszorg)`,
    },
    {
      id: `bz-medewerkers-${id}`,
      naam: `Bevolkingszorgmedewerkers andere regio, proces ${proces}`,
      eigenaar: "gemeenten",
      soort: "mensen",
      telEenheid: "persoon",
      reactietijdMinuten: null,
      reactietijdToelichting: ONBEKEND,
      ...GEMEENTEN_ROUTE,
      bron: `${FS_BZ}, A 'Ondersteuning' en toelichting 1`,
    },
  ]),
  {
    id: "bz-ramptype-expert",
    naam: "Expert effecten ramptype op bevolkingszorg",
    eigenaar: "gemeenten",
    soort: "kennis",
    telEenheid: "persoon",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    ...GEMEENTEN_ROUTE,
    bron: `${FS_BZ}, A 'Ondersteuning'`,
  },
  {
    id: "sis",
    naam: "Landelijke voorziening slachtofferinformatiesystematiek (SIS front en back office)",
    eigenaar: "ifv",
    soort: "mensen",
    telEenheid: "activering",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    toestemming:
      "ondersteuning, geen bijstand op grond van art. 51 Wvr: de officier van dienst bevolkingszorg of de algemeen commandant bevolkingszorg (of iemand namens hen) activeert de landelijke voorziening telefonisch via het LOCC; het IFV is beheerder en krijgt een terugkoppeling",
    toestemmingBron:
      "factsheet bevolkingszorg, 'Welke steunverlening', toelichting 2 en 'Tot slot' (fb r.72-78, r.243-246, r.252-255, r.466-469): \"de inzet van landelijke bevolkingzorgfaciliteiten zoals\" … \"neemt telefonisch contact op met het LOCC om de landelijke voorziening SIS te activeren\"",
    bron: `${FS_BZ}, toelichting 2 en 'Tot slot' (IFV beheerder)`,
  },
  ...(
    [
      ["crisiscommunicatieadviseur", "BTC crisiscommunicatieadviseur"],
      ["hoofd-taakorganisatie", "BTC hoofd taakorganisatie crisiscommunicatie"],
      ["omgevingsspecialist", "BTC omgevingsspecialist"],
    ] as const
  ).map(
    ([id, naam]): CapaciteitType => ({
      id: `btc-${id}`,
      naam,
      // The IFV keeps them current: "het IFV als de beheerder van deze capaciteiten" (fb r.466-469);
      // the NCC is where one asks (fb r.278-280), which `toestemming` says. ADR 0355.
      eigenaar: "ifv",
      soort: "kennis",
      telEenheid: "persoon",
      reactietijdMinuten: null,
      reactietijdToelichting: ONBEKEND,
      toestemming:
        "ondersteuning, geen bijstand op grond van art. 51 Wvr: door of namens de hoofd taakorganisatie crisiscommunicatie telefonisch via het NCC (eerste contact); een crisiscommunicatieadviseur van het NCC laat weten of advies of capaciteit geleverd kan worden; bij capaciteit eerst de regionale pool uitputten; het IFV is beheerder",
      toestemmingBron:
        'factsheet bevolkingszorg, \'Welke steunverlening\', toelichting 3 en \'Tot slot\' (fb r.72-78, r.278-282, r.296-297, r.466-469): "Bovenregionaal Team Crisiscommunicatie (BTC)" … "eerst de regionale pool wordt uitgeput" … "het IFV als de beheerder van deze capaciteiten"',
      bron: `${FS_BZ}, toelichting 3, voetnoot 6 en 'Tot slot' (IFV beheerder)`,
    }),
  ),
  {
    id: "ambulance",
    naam: "Ambulance (ambulancebijstandsplan)",
    eigenaar: "ambulancezorg",
    soort: "middelen",
    telEenheid: "ambulance",
    reactietijdMinuten: null,
    reactietijdToelichting: ONBEKEND,
    toestemming: "de meldkamer stelt het ambulancebijstandsplan in werking",
    toestemmingBron:
      'LCP §6.2.2 (LCP r.53-55): "kan de meldkamer het ambulancebijstandsplan in werking stellen op het moment dat er meer ambulances nodig zijn dan er op dat moment paraat zijn in de eigen regio"',
    // Geneeskundige hulpverlening serves the first objective whatever procedure asks for it. ADR 0356.
    doelstelling: {
      id: "redden",
      bron: 'LCP §3.2.3 (LCP r.119, r.132-136): "Het redden van mensenlevens"; "Hulpverleners streven naar het behalen van een zo hoog mogelijk overlevingspercentage voor de getroffen slachtoffers"; ambulances als geneeskundige hulpverlening: LCP §6.2.2 (r.53-55)',
    },
    bron: `${LCP_622}`,
  },
];

const PER_ID = new Map(CAPACITEIT_TYPEN.map((t) => [t.id, t]));

export function capaciteitType(id: string): CapaciteitType | undefined {
  return PER_ID.get(id);
}

export function isCapaciteitType(id: string): boolean {
  return PER_ID.has(id);
}
