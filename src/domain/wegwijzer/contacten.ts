import { type Bron, fb, fp, lcp } from "./bronnen.ts";

/**
 * How reachable a number is, as the source says it:
 * - `24/7-bij-spoed`: the source says "bij spoed 24/7";
 * - `piket`: an on-call number; the source does not say 24/7;
 * - `kantoor`: a general or department number.
 */
export type Bereikbaarheid = "24/7-bij-spoed" | "piket" | "kantoor";

export interface Telefoonnummer {
  /** The label as printed in the source (e.g. "Piket (bij spoed 24/7)"). */
  label: string;
  /** The number as printed in the source; see `zoalsGedrukt` when the print had an OCR slip. */
  nummer: string;
  bereikbaarheid: Bereikbaarheid;
  /** Literal print of the number when it differs from `nummer` (letter o for zero). */
  zoalsGedrukt?: string;
  bron: Bron[];
}

export interface Contact {
  id: ContactId;
  naam: string;
  telefoon: Telefoonnummer[];
  email: string | null;
  internet: string | null;
  /** Set when the sources name the contact but give no number. */
  opmerking: string | null;
  bron: Bron[];
}

export const CONTACT_IDS = [
  "locc",
  "le-pob",
  "ozi",
  "ncc",
  "nctv-db3",
  "nctv-cbb",
  "officier-van-justitie",
  "parket-generaal",
  "minister-jenv",
  "defensie-ovr",
  "kmar-ccb",
] as const;
export type ContactId = (typeof CONTACT_IDS)[number];

const GEEN_NUMMER = "De bronnen noemen voor deze contactpartij geen telefoonnummer.";

// Numbers exactly as printed. The police factsheet prints "o88" (letter o, a text-extraction slip)
// where the bevolkingszorg factsheet prints "088" for the same LOCC number; see ADR 0100.
export const CONTACTEN: Record<ContactId, Contact> = {
  locc: {
    id: "locc",
    naam: "Landelijk Operationeel Coördinatiecentrum (LOCC)",
    telefoon: [
      {
        label: "Piket (bij spoed 24/7)",
        nummer: "088 - 662 80 48",
        bereikbaarheid: "24/7-bij-spoed",
        zoalsGedrukt: "o88 - 662 80 48",
        bron: [fb("contactgegevens"), fp("contactgegevens")],
      },
    ],
    email: "locc@nctv.minvenj.nl",
    internet: "www.nctv.nl/locc",
    opmerking: null,
    bron: [fp("contactgegevens"), fb("contactgegevens")],
  },
  "le-pob": {
    id: "le-pob",
    naam: "Landelijke Eenheid van Politie (LE), afdeling Preparatie en Operationeel Beheer",
    telefoon: [
      {
        label: "Operations (spoed)",
        nummer: "088 - 661 55 40",
        bereikbaarheid: "24/7-bij-spoed",
        zoalsGedrukt: "o88 - 661 55 40",
        bron: [fp("contactgegevens"), fp("stroomschema-A")],
      },
      {
        label: "Afdeling Preparatie en Operationeel Beheer",
        nummer: "088 - 661 55 94",
        bereikbaarheid: "kantoor",
        zoalsGedrukt: "o88 - 661 55 94",
        bron: [fp("contactgegevens")],
      },
      {
        label: "Algemeen nummer",
        nummer: "0343 - 53 55 55",
        bereikbaarheid: "kantoor",
        bron: [fp("contactgegevens")],
      },
    ],
    email: "mailboxklpdpreparatie@klpd.politie.nl",
    internet: null,
    opmerking: null,
    bron: [fp("contactgegevens")],
  },
  ozi: {
    id: "ozi",
    naam: "Operationele Zaken en Incidentmanagement (OZI), Ministerie van Veiligheid en Justitie",
    telefoon: [
      { label: "Piket", nummer: "070 - 370 78 98", bereikbaarheid: "piket", bron: [fp("contactgegevens")] },
    ],
    email: "DCC-IM@minvenj.nl",
    internet: null,
    opmerking: null,
    bron: [fp("contactgegevens")],
  },
  ncc: {
    id: "ncc",
    naam: "Nationaal Crisiscentrum (NCC)",
    telefoon: [
      {
        label: "Front office",
        nummer: "070 - 751 50 00",
        bereikbaarheid: "kantoor",
        bron: [fb("contactgegevens")],
      },
    ],
    email: "ncc@nctv.minvenj.nl",
    internet: "www.nctv.nl/ncc",
    opmerking: null,
    bron: [fb("contactgegevens")],
  },
  "nctv-db3": {
    id: "nctv-db3",
    naam: "Piketambtenaar directie Bewaken, Beveiligen en Burgerluchtvaart (DB3) van de NCTV",
    telefoon: [],
    email: null,
    internet: null,
    opmerking: GEEN_NUMMER,
    bron: [fp("2")],
  },
  "nctv-cbb": {
    id: "nctv-cbb",
    naam: "Coördinator Bewaken en Beveiligen (CBB) van de NCTV",
    telefoon: [],
    email: null,
    internet: null,
    opmerking: GEEN_NUMMER,
    bron: [lcp("aanvraag-defensiecapaciteit")],
  },
  "officier-van-justitie": {
    id: "officier-van-justitie",
    naam: "Officier van justitie (arrondissementsparket)",
    telefoon: [],
    email: null,
    internet: null,
    opmerking: GEEN_NUMMER,
    bron: [fp("stroomschema-B")],
  },
  "parket-generaal": {
    id: "parket-generaal",
    naam: "College van procureurs-generaal (afdeling bestuurlijke en juridische zaken) / Parket-Generaal",
    telefoon: [],
    email: null,
    internet: null,
    opmerking: GEEN_NUMMER,
    bron: [fp("7"), fp("8")],
  },
  "minister-jenv": {
    id: "minister-jenv",
    naam: "Minister van Veiligheid en Justitie (advies door DGPOL)",
    telefoon: [],
    email: null,
    internet: null,
    opmerking: GEEN_NUMMER,
    bron: [fp("9")],
  },
  "defensie-ovr": {
    id: "defensie-ovr",
    naam: "Officier Veiligheidsregio (OVR) van Defensie",
    telefoon: [],
    email: null,
    internet: null,
    opmerking: GEEN_NUMMER,
    bron: [fb("5"), fp("4")],
  },
  "kmar-ccb": {
    id: "kmar-ccb",
    naam: "CCB-KMar (of andere betrokken KMar-eenheid)",
    telefoon: [],
    email: null,
    internet: null,
    opmerking: GEEN_NUMMER,
    bron: [fp("3"), fp("7")],
  },
};
