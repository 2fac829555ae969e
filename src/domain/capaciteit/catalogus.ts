// The catalogue of capacity types the LOCC keeps an overview of ("mensen, middelen en kennis").
// Data only. Reaction times and prices are not in the sources: they stay null ("onbekend") until an
// owner fills them in; nothing here is invented. Units of count are Knooppunt's choice (ADR 0302).

export type EigenaarSoort =
  | "politie"
  | "jenv" // Ministerie van JenV; beheer door IFV / Materieel en Logistiek
  | "kmar"
  | "defensie"
  | "ifv"
  | "gemeenten" // bevolkingszorg van andere regio's
  | "ncc"
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
  /** Who decides on deployment, where the sources say so. */
  toestemming?: string;
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
    toestemming: "LOCC toetst en coördineert met de beheersorganisatie",
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
    toestemming: "Piketambtenaar NCTV/DB3",
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
    toestemming: "Piketambtenaar NCTV/DB3",
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
    toestemming: "Verzoek via NSGBO/SGBO met instemming OvJ; NCTV/CBB oordeelt",
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
      toestemming: "CDS namens de minister van Defensie, na beoordeling DOPS NATOPS en advies DJZ",
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
      toestemming: "Aanvraag door of namens de voorzitter van de veiligheidsregio (art. 51 Wvr)",
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
    toestemming: "OvD-Bz of algemeen commandant bevolkingszorg activeert via het LOCC",
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
      eigenaar: "ncc",
      soort: "kennis",
      telEenheid: "persoon",
      reactietijdMinuten: null,
      reactietijdToelichting: ONBEKEND,
      toestemming: "Hoofd taakorganisatie crisiscommunicatie via het NCC; eerst de regionale pool uitputten",
      bron: `${FS_BZ}, toelichting 3 en voetnoot 6`,
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
    toestemming: "Meldkamer stelt het ambulancebijstandsplan in werking",
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
