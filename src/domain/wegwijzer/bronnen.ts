// The source documents and the sections of them that the wegwijzer may cite. Every citation in
// the catalogue and in an advice must name a section listed here (checked at start-up and in
// tests), so the UI can always show "waarom" with a section that really exists.

export const DOCUMENTEN = {
  "factsheet-politie": "LOCC-factsheet Bijstand & ondersteuning aan de politie",
  "factsheet-bevolkingszorg":
    "LOCC-factsheet Bijstand, militaire steunverlening en ondersteuning aan bevolkingszorg",
  "lcp-egt": "Landelijk crisisplan extreem geweld en terrorisme (LCP-EGT), § 6.2.2 Capaciteitsdruk",
  "politiewet-2012": "Politiewet 2012",
  "wet-veiligheidsregios": "Wet veiligheidsregio's",
} as const;
export type DocumentId = keyof typeof DOCUMENTEN;
export const DOCUMENT_IDS = Object.keys(DOCUMENTEN) as DocumentId[];

/** A citation: document + section id (section ids are listed in SECTIES). */
export interface Bron {
  document: DocumentId;
  sectie: string;
}

/** Every citable section, per document: section id → heading as the source words it. */
export const SECTIES: Record<DocumentId, Record<string, string>> = {
  "factsheet-politie": {
    inleiding: "Inleiding (bijstand op grond van de Politiewet 2012 of internationale verdragen)",
    "wanneer-bijstand": "Wanneer is sprake van bijstand",
    "politie-en-bevoegd-gezag": "Politie en bevoegd gezag",
    "voetnoot-2": "Voetnoot 2 (taken onder rechtstreeks gezag van de Minister)",
    "locc-rccb-pob": "LOCC, RCCB en Preparatie en Operationeel Beheer",
    "voetnoot-3": "Voetnoot 3 (militaire bijstand voor justitiële taken door de officier van justitie zelf)",
    "procedures-en-bereikbaarheid": "Procedures en bereikbaarheid",
    "stroomschema-1":
      "Stroomschema, vraag 1: Capaciteit binnen de eenheid voldoende (na verificatie via RCCB)?",
    "stroomschema-2": "Stroomschema, vraag 2: Voor welke politietaak is capaciteit benodigd?",
    "stroomschema-A": "Stroomschema A: OO-taken — van wie is capaciteit benodigd?",
    "stroomschema-B": "Stroomschema B: Justitiële taken — van wie is capaciteit benodigd?",
    "1": "Toelichting 1: Bijstand aan een eenheid door een andere eenheid, voor handhaving van de openbare orde (art. 56 lid 1 Politiewet 2012)",
    "2": "Toelichting 2: Middelen Ministerie van Veiligheid en Justitie",
    "3": "Toelichting 3: Bijstand aan de politie door de Koninklijke Marechaussee, voor handhaving van de openbare orde (art. 57 lid 1 Politiewet 2012)",
    "4": "Toelichting 4: Bijstand aan de politie door andere delen van de krijgsmacht, voor handhaving van de openbare orde (art. 58 lid 1 Politiewet 2012)",
    "5": "Toelichting 5: Bijstand door een buitenlandse politiedienst voor de handhaving van de openbare orde, op verdragsbasis",
    "6": "Toelichting 6: Bijstand aan een eenheid door een andere eenheid, voor strafrechtelijke handhaving van de rechtsorde, dan wel voor het verrichten van taken ten dienste van justitie (art. 56 lid 2 Politiewet 2012)",
    "7": "Toelichting 7: Bijstand aan de politie door de Koninklijke Marechaussee, voor strafrechtelijke handhaving van de rechtsorde, dan wel voor het verrichten van taken ten dienste van justitie (art. 57 lid 1 Politiewet 2012)",
    "8": "Toelichting 8: Bijstand aan de politie door andere delen van de krijgsmacht, voor strafrechtelijke handhaving van de rechtsorde, dan wel voor het verrichten van taken ten dienste van justitie (art. 58 lid 1 Politiewet 2012)",
    "voetnoot-4": "Voetnoot 4 (convenanten justitiële defensiebijstand; korpsleiding altijd informeren)",
    "9": "Toelichting 9: Geheel of gedeeltelijke afwijzing van een verzoek tot bijstand uit een andere eenheid door de korpschef (art. 56 lid 4 Politiewet 2012)",
    "10": "Toelichting 10: Nader toegelicht: Financiering nationale inzet krijgsmacht",
    "11": "Toelichting 11: Nader toegelicht: Andere vormen van civiele inzet van militaire middelen",
    "12": "Toelichting 12: Nader toegelicht: Vermiste personen en militaire bijstand",
    contactgegevens: "Contactgegevens",
  },
  "factsheet-bevolkingszorg": {
    "wanneer-steunverlening": "Wanneer is er sprake van steunverlening?",
    "welke-steunverlening": "Welke steunverlening kan worden verzocht?",
    "wie-kan-verzoeken": "Wie kan steunverlening verzoeken?",
    "voetnoot-4": "Voetnoot 4 (andere bevoegde bestuursorganen)",
    "rol-locc": "Rol van het LOCC",
    "procedures-en-bereikbaarheid": "Procedures en bereikbaarheid",
    A: "A. Wat heeft u tijdens de acute fase of opschaling nodig?",
    "1": "Toelichting 1: Kennis of capaciteiten van bevolkingszorg",
    "2": "Toelichting 2: Slachtofferinformatiesystematiek",
    "3": "Toelichting 3: Bovenregionaal team crisiscommunicatie",
    "4": "Toelichting 4: Extra middelen van andere kolommen, provincies of rijksdiensten",
    "5": "Toelichting 5: Bijstand van extra capaciteiten defensie",
    "6": "Toelichting 6: Militaire steunverlening in het openbaar belang",
    "voetnoot-8": "Voetnoot 8 (doeleinden binnen het taakveld van de politie)",
    "tot-slot": "Tot slot",
    contactgegevens: "Contactgegevens",
  },
  "lcp-egt": {
    "6.2.2": "6.2.2 Capaciteitsdruk",
    "bijstand-defensie-bewaken-beveiligen": "Bijstand van Defensie op bewaken en beveiligen",
    "aanvraag-defensiecapaciteit": "Aanvraag van defensiecapaciteit",
    "prioritering-defensiecapaciteit": "Prioritering en verdeling defensiecapaciteit",
  },
  // The laws are cited only where a factsheet departs from them (DEVELOPERS: follow the law).
  "politiewet-2012": {
    "art-56-lid-1": "Artikel 56 lid 1",
    "art-56-lid-2": "Artikel 56 lid 2",
    "art-56-lid-3": "Artikel 56 lid 3",
    "art-56-lid-4": "Artikel 56 lid 4",
    "art-56-lid-5": "Artikel 56 lid 5",
    "art-57": "Artikel 57",
    "art-57-lid-2": "Artikel 57 lid 2",
    "art-57-lid-3": "Artikel 57 lid 3",
    "art-58": "Artikel 58",
    "art-58-lid-2": "Artikel 58 lid 2",
    "art-62": "Artikel 62",
  },
  "wet-veiligheidsregios": {
    "art-51": "Artikel 51",
  },
};

export function bestaatSectie(b: Bron): boolean {
  const d = SECTIES[b.document];
  return d !== undefined && Object.hasOwn(d, b.sectie);
}

/** "factsheet politie, toelichting 4" — how a citation reads in Dutch. */
export function citeer(b: Bron): string {
  const titel = SECTIES[b.document]?.[b.sectie] ?? b.sectie;
  return `${DOCUMENTEN[b.document]} — ${titel}`;
}

// Shorthands used by the catalogue and the router.
export const fp = (sectie: string): Bron => ({ document: "factsheet-politie", sectie });
export const fb = (sectie: string): Bron => ({ document: "factsheet-bevolkingszorg", sectie });
export const lcp = (sectie: string): Bron => ({ document: "lcp-egt", sectie });
export const pw = (sectie: string): Bron => ({ document: "politiewet-2012", sectie });
export const wvr = (sectie: string): Bron => ({ document: "wet-veiligheidsregios", sectie });
