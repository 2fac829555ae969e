// Which capacity types a procedure can deliver. Each procedure of the catalogue asks a particular
// supplier for a particular kind of capacity; asking it for something another procedure delivers
// sends the request to the wrong decider and puts a wrong demand in the national overview
// (coverage review D2, ADR 0620).
import { CAPACITEIT_TYPEN, type CapaciteitType, capaciteitType } from "../capaciteit/catalogus.ts";
import type { Procedure } from "../wegwijzer/typen.ts";
import { fout } from "./fouten.ts";

const DEFENSIE_CRISISBEHEERSING = new Set([
  "defensie-opvanglocatie",
  "defensie-vervoerscapaciteit",
  "defensie-energievoorziening",
  "defensie-voedselvoorbereiding",
  "defensie-mobiele-drinkwaterinstallatie",
]);
const TIN = "defensie-tin-peloton";

const politie = (t: CapaciteitType) => t.eigenaar === "politie";
const kmar = (t: CapaciteitType) => t.eigenaar === "kmar";
// TIN has a procedure of its own (LCP §6.2.2 'Bijstand van Defensie op bewaken en beveiligen':
// via NSGBO/SGBO with the OvJ's consent, judged by the CBB); other Defence capacity does not.
const defensieBehalveTin = (t: CapaciteitType) => t.eigenaar === "defensie" && t.id !== TIN;

interface Regel {
  past: (t: CapaciteitType) => boolean;
  /** What the procedure delivers, as the source says it. */
  wat: string;
  bron: string;
}

const FP = "factsheet politie";
const FB = "factsheet bevolkingszorg";

/** Per procedure id; a catalogue test makes sure every procedure has a rule. */
export const PASSENDE_CAPACITEIT: Readonly<Record<string, Regel>> = {
  "politie-1-bijstand-andere-eenheid-oo": {
    past: politie,
    wat: "politiecapaciteit van een andere eenheid",
    bron: `${FP}, §1 (art. 56 lid 1 Politiewet 2012)`,
  },
  "politie-6-bijstand-andere-eenheid-justitie": {
    past: politie,
    wat: "politiecapaciteit van een andere eenheid",
    bron: `${FP}, §6 (art. 56 lid 2 Politiewet 2012)`,
  },
  "politie-9-afwijzing-en-beroep": {
    past: politie,
    wat: "politiecapaciteit van een andere eenheid",
    bron: `${FP}, §9 (art. 56 lid 4 Politiewet 2012)`,
  },
  "politie-5-buitenland-oo": {
    past: politie,
    wat: "politiecapaciteit (van buitenlandse politie)",
    bron: `${FP}, §5`,
  },
  "politie-b-buitenland-justitie": {
    past: politie,
    wat: "politiecapaciteit (van buitenlandse politie)",
    bron: `${FP}, stroomschema B`,
  },
  "politie-2-waterwerper": {
    past: (t) => t.id === "jenv-waterwerper",
    wat: "een waterwerper",
    bron: `${FP}, §2 ('Voor inzet van een waterwerper … neemt RCCB contact op met het LOCC')`,
  },
  "politie-2-bewakingscontainer-vrt": {
    past: (t) => t.id === "jenv-bewakingscontainer" || t.id === "jenv-vrt-voertuig",
    wat: "bewakingscontainers of VRT-voertuigen",
    bron: `${FP}, §2 (toestemming DB3)`,
  },
  "politie-3-kmar-oo": {
    past: kmar,
    wat: "capaciteit van de Koninklijke Marechaussee",
    bron: `${FP}, §3 (art. 57 Politiewet 2012)`,
  },
  "politie-7-kmar-justitie": {
    past: kmar,
    wat: "capaciteit van de Koninklijke Marechaussee",
    bron: `${FP}, §7 (art. 57 Politiewet 2012)`,
  },
  "politie-4-krijgsmacht-oo": {
    past: defensieBehalveTin,
    wat: "capaciteit van andere onderdelen van de krijgsmacht (TIN-pelotons via de eigen procedure van het LCP)",
    bron: `${FP}, §4 (art. 58 lid 1 Politiewet 2012); LCP §6.2.2`,
  },
  "politie-8-krijgsmacht-justitie": {
    past: defensieBehalveTin,
    wat: "capaciteit van andere onderdelen van de krijgsmacht (TIN-pelotons via de eigen procedure van het LCP)",
    bron: `${FP}, §8 (art. 58 lid 1 Politiewet 2012); LCP §6.2.2`,
  },
  "lcp-egt-tin-bewaken-beveiligen": {
    past: (t) => t.id === TIN,
    wat: "TIN-pelotons voor statische objectbewaking",
    bron: "LCP extreem geweld en terrorisme §6.2.2, 'Bijstand van Defensie op bewaken en beveiligen'",
  },
  "bevolkingszorg-1-kennis-capaciteit": {
    past: (t) => t.eigenaar === "gemeenten",
    wat: "kennis of bevolkingszorgmedewerkers van een andere regio",
    bron: `${FB}, A 'Ondersteuning' en toelichting 1`,
  },
  "bevolkingszorg-2-sis": {
    past: (t) => t.id === "sis",
    wat: "de landelijke voorziening slachtofferinformatiesystematiek (SIS)",
    bron: `${FB}, A 'Ondersteuning' en toelichting 2`,
  },
  "bevolkingszorg-3-btc": {
    past: (t) => t.id.startsWith("btc-"),
    wat: "het bovenregionaal team crisiscommunicatie (BTC)",
    bron: `${FB}, A 'Ondersteuning' en toelichting 3`,
  },
  "bevolkingszorg-4-middelen": {
    // "extra middelen van brandweer, ambulancediensten, provinciale diensten of andere rijksdiensten"
    // and the IFV's database bovenregionale bijstand.
    past: (t) => t.id.startsWith("ifv-") || t.id === "ambulance",
    wat: "middelen van het IFV, of van brandweer, ambulancediensten, provincies of rijksdiensten",
    bron: `${FB}, A 'Bijstand' en toelichting 4 (art. 51 Wvr)`,
  },
  "bevolkingszorg-5-defensie-crisisbeheersing": {
    past: (t) => DEFENSIE_CRISISBEHEERSING.has(t.id),
    wat: "capaciteiten van Defensie ten behoeve van crisisbeheersing (catalogus nationale operaties)",
    bron: `${FB}, A 'Bijstand' en toelichting 5`,
  },
  "bevolkingszorg-6-militaire-steunverlening": {
    past: defensieBehalveTin,
    wat: "capaciteiten van Defensie ten behoeve van het openbaar belang",
    bron: `${FB}, A 'Militaire steunverlening in het openbaar belang' en toelichting 6`,
  },
};

/** The capacity type ids a procedure can deliver, in catalogue order (all when the procedure has no rule). */
export function passendeCapaciteitTypen(p: Pick<Procedure, "id">): string[] {
  const r = PASSENDE_CAPACITEIT[p.id];
  return CAPACITEIT_TYPEN.filter((t) => !r || r.past(t)).map((t) => t.id);
}

export function capaciteitTypePast(p: Pick<Procedure, "id">, typeId: string): boolean {
  const t = capaciteitType(typeId);
  const r = PASSENDE_CAPACITEIT[p.id];
  return t !== undefined && (!r || r.past(t));
}

/** Refuses (ongeldige-invoer, field gevraagd.capaciteitType) a known type this procedure does not deliver. */
export function controleerCapaciteitType(
  p: Pick<Procedure, "id" | "titel">,
  gevraagd: { capaciteitType: string } | null | undefined,
): void {
  if (!gevraagd) return;
  const t = capaciteitType(gevraagd.capaciteitType);
  const r = PASSENDE_CAPACITEIT[p.id];
  // An unknown type is reported by the completeness check; here only the fit.
  if (!t || !r || r.past(t)) return;
  throw fout(
    "ongeldige-invoer",
    `Veld gevraagd.capaciteitType is ongeldig: ${t.naam} hoort niet bij deze procedure; die levert ${r.wat} (${r.bron}). Kies een passend type of laat de wegwijzer de procedure voor ${t.naam} bepalen.`,
    { veld: "gevraagd.capaciteitType", mogelijk: passendeCapaciteitTypen(p) },
  );
}
