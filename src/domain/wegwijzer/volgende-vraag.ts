// For the UI: given the answers so far, which question comes next (the flowchart's order), with
// its Dutch text and answer options — so the wegwijzer asks only questions that matter.
import { ROLLEN, type Rol } from "../organisaties/rollen.ts";
import { type Bron, fb, fp, lcp } from "./bronnen.ts";
import { procedure } from "./catalogus.ts";
import { route } from "./router.ts";
import { type Vraag, VraagFout, type VraagVeld } from "./vraag.ts";

export interface Optie {
  /** The value to put in the question field (null = "nee"/"geen"). */
  waarde: unknown;
  label: string;
}

export interface VolgendeVraag {
  veld: VraagVeld;
  vraag: string;
  toelichting: string | null;
  opties: Optie[];
  /** May be skipped; pass the field in `overslaan` to move on. */
  optioneel: boolean;
  bron: Bron;
}

const JA_NEE: Optie[] = [
  { waarde: true, label: "Ja" },
  { waarde: false, label: "Nee" },
];

const VRAGEN: Record<
  Exclude<VraagVeld, "requester" | "instrument" | "refusedByKorpschef">,
  Omit<VolgendeVraag, "veld">
> = {
  sector: {
    vraag: "Voor wie is extra capaciteit nodig?",
    toelichting: null,
    opties: [
      { waarde: "politie", label: "Politie (bijstand en ondersteuning aan de politie)" },
      { waarde: "bevolkingszorg", label: "Bevolkingszorg (gemeentelijke crisisprocessen)" },
    ],
    optioneel: false,
    bron: fp("inleiding"),
  },
  ownCapacitySufficient: {
    vraag: "Is de capaciteit binnen de eenheid voldoende (na verificatie via RCCB)?",
    toelichting: "Ja: zelf in voorzien, einde bijstandsproces.",
    opties: JA_NEE,
    optioneel: false,
    bron: fp("stroomschema-1"),
  },
  missingPerson: {
    vraag: "Gaat het om het zoeken naar een vermiste persoon?",
    toelichting:
      "Zonder indicatie van een misdrijf valt de inzet onder het gezag van de burgemeester (hulpverlening); is er (mogelijk) sprake van een misdrijf, dan onder de officier van justitie.",
    opties: [
      { waarde: null, label: "Nee" },
      { waarde: { crimeIndication: false }, label: "Ja, zonder indicatie van een misdrijf" },
      { waarde: { crimeIndication: true }, label: "Ja, er is (mogelijk) sprake van een misdrijf" },
    ],
    optioneel: false,
    bron: fp("12"),
  },
  task: {
    vraag: "Voor welke politietaak is capaciteit benodigd?",
    toelichting: null,
    opties: [
      { waarde: "openbare-orde", label: "Handhaving openbare orde" },
      { waarde: "hulpverlening", label: "Hulpverlening aan hen die deze behoeven" },
      {
        waarde: "strafrechtelijk",
        label:
          "Strafrechtelijke handhaving van de rechtsorde of taken ten dienste van justitie (tevens het waken over de veiligheid van personen)",
      },
      {
        waarde: "gezag-minister",
        label:
          "Taken onder rechtstreeks gezag van de Minister (bewaking en beveiliging in het rijksdomein, handhaving van de Vreemdelingenwetgeving)",
      },
    ],
    optioneel: false,
    bron: fp("stroomschema-2"),
  },
  provider: {
    vraag: "Van wie is capaciteit benodigd?",
    toelichting: null,
    opties: [
      { waarde: "politie", label: "Politie: capaciteiten / bijstand van een andere eenheid" },
      {
        waarde: "middelen-jenv",
        label: "Middelen van het Ministerie (waterwerper, bewakingscontainer, VRT-voertuig)",
      },
      { waarde: "kmar", label: "Koninklijke Marechaussee (uitputting politie niet noodzakelijk)" },
      {
        waarde: "krijgsmacht",
        label: "Ander deel van de krijgsmacht (uitputting of ontbrekend specialisme vereist)",
      },
      { waarde: "buitenland", label: "Buitenlandse politie (verdragen BeNeLux, Enschede, Prüm)" },
    ],
    optioneel: false,
    bron: fp("stroomschema-A"),
  },
  means: {
    vraag: "Welk middel van het Ministerie is nodig?",
    toelichting: null,
    opties: [
      { waarde: "waterwerper", label: "Waterwerper (ook bij oefeningen)" },
      { waarde: "bewakingscontainer", label: "Bewakingscontainer" },
      { waarde: "vrt", label: "Voertuig verscherpt rijdend toezicht (VRT)" },
    ],
    optioneel: false,
    bron: fp("2"),
  },
  exercise: {
    vraag: "Gaat het om een oefening met de waterwerper of om een daadwerkelijke inzet?",
    toelichting:
      "Bij een oefening hoeft uit het aanvraagformulier niet te blijken wie het bevoegd gezag is; bij een daadwerkelijke inzet wel.",
    opties: [
      { waarde: false, label: "Daadwerkelijke inzet" },
      { waarde: true, label: "Oefening" },
    ],
    optioneel: false,
    bron: fp("2"),
  },
  purpose: {
    vraag:
      "Gaat het om statische bewaking en beveiliging van risico-objecten bij een concrete dreiging van extreem geweld of terrorisme (TIN-pelotons)?",
    toelichting: null,
    opties: [
      { waarde: "bewaken-beveiligen", label: "Ja" },
      { waarde: null, label: "Nee" },
    ],
    optioneel: false,
    bron: lcp("bijstand-defensie-bewaken-beveiligen"),
  },
  recipient: {
    vraag: "Aan wie wordt de bijstand van Defensie verleend?",
    toelichting: null,
    opties: [
      { waarde: "politie", label: "Aan de politie (artikel 58 Politiewet)" },
      { waarde: "kmar", label: "In bijzondere gevallen aan de KMar (artikel 62 Politiewet)" },
    ],
    optioneel: false,
    bron: lcp("bijstand-defensie-bewaken-beveiligen"),
  },
  policeCapacityExhausted: {
    vraag: "Zijn de capaciteiten van politie (en KMar) uitgeput?",
    toelichting: null,
    opties: JA_NEE,
    optioneel: false,
    bron: fp("stroomschema-A"),
  },
  specialismUnavailable: {
    vraag:
      "Is het benodigde specialisme binnen politie of KMar niet beschikbaar (alleen binnen de krijgsmacht)?",
    toelichting: null,
    opties: JA_NEE,
    optioneel: false,
    bron: fp("4"),
  },
  need: {
    vraag: "Wat heeft u tijdens de acute fase of opschaling nodig?",
    toelichting: null,
    opties: [
      { waarde: "kennis", label: "Kennis en ervaring van een bevolkingszorgproces of ramptype" },
      { waarde: "capaciteit-bevolkingszorg", label: "Extra bevolkingszorgmedewerkers van een andere regio" },
      { waarde: "sis", label: "Landelijke voorziening slachtofferinformatiesystematiek (SIS)" },
      { waarde: "btc", label: "Bovenregionaal team crisiscommunicatie (BTC)" },
      { waarde: "ifv-middelen", label: "Extra middelen van het IFV (dekens, noodopvangsets, slaapzakken)" },
      {
        waarde: "middelen-hulpdiensten",
        label: "Extra middelen van brandweer, ambulancediensten, provincies of rijksdiensten",
      },
      {
        waarde: "ambulances",
        label: "Meer ambulances dan er op dit moment paraat zijn in de eigen regio",
      },
      {
        waarde: "defensie-crisisbeheersing",
        label: "Capaciteiten van defensie ten behoeve van crisisbeheersing",
      },
      {
        waarde: "defensie-openbaar-belang",
        label: "Capaciteiten van defensie in het openbaar belang, niet zijnde crisisbeheersing",
      },
    ],
    optioneel: false,
    bron: fb("A"),
  },
  locationBound: {
    vraag: "Is de benodigde inzet vooraf aan één specifieke gemeente te koppelen?",
    toelichting: "Nee: dan kan de aanvraag als primus inter pares worden ingediend.",
    opties: JA_NEE,
    optioneel: false,
    bron: fp("3"),
  },
  urgent: {
    vraag: "Is het spoedeisend?",
    toelichting:
      "Bij spoed gaat het contact telefonisch en volgt het formulier achteraf, waar de procedure dat toestaat.",
    opties: JA_NEE,
    optioneel: false,
    bron: fp("1"),
  },
};

function vraagVoor(veld: VraagVeld, v: Partial<Vraag>): VolgendeVraag {
  if (veld === "policeCapacityExhausted" && v.purpose === "bewaken-beveiligen")
    return {
      ...VRAGEN.policeCapacityExhausted,
      veld,
      vraag: "Is de gewenste capaciteit groter dan de beschikbare personeelscapaciteit?",
      bron: lcp("aanvraag-defensiecapaciteit"),
    };
  if (veld === "requester" || veld === "instrument" || veld === "refusedByKorpschef")
    throw new Error(`geen vaste vraag voor ${veld}`);
  return { ...VRAGEN[veld], veld };
}

/**
 * The next question to ask, or null when the advice is complete. Throws VraagFout when the
 * answers so far are invalid or contradictory (the UI shows the message at that field).
 * `overslaan` lists optional questions the user chose to skip (only `requester` is optional).
 */
export function volgendeVraag(
  antwoorden: Partial<Vraag>,
  overslaan: readonly VraagVeld[] = [],
): VolgendeVraag | null {
  const v = antwoorden;
  if (v.sector === undefined) return vraagVoor("sector", v);

  if (v.sector === "politie" && v.instrument === undefined) {
    const eigenOnvoldoende = v.ownCapacitySufficient === false;
    if (eigenOnvoldoende && v.task === undefined && v.missingPerson === undefined && v.purpose === undefined)
      return vraagVoor("missingPerson", v);
    const justitie = v.task === "strafrechtelijk" || v.missingPerson?.crimeIndication === true;
    if (eigenOnvoldoende && v.provider === "krijgsmacht" && justitie && v.purpose === undefined)
      return vraagVoor("purpose", v);
    if (v.purpose === "bewaken-beveiligen" && v.recipient === undefined) return vraagVoor("recipient", v);
  }

  let advies: ReturnType<typeof route>;
  try {
    advies = route(v);
  } catch (e) {
    if (e instanceof VraagFout && e.code === "ontbreekt") return vraagVoor(e.veld as VraagVeld, v);
    throw e;
  }

  if (advies.outcome === "eigen-capaciteit") return null;
  // fp toelichting 2: the water cannon "ook bij oefeningen"; the route defaults to a deployment.
  if (v.exercise === undefined && advies.procedureId === "politie-2-waterwerper")
    return vraagVoor("exercise", v);
  const p = advies.procedureId ? procedure(advies.procedureId) : null;
  const pipRelevant =
    p?.primusInterPares &&
    (advies.authority === "burgemeester" || advies.authority === p.primusInterPares.rol);
  if (v.locationBound === undefined && pipRelevant && advies.outcome === "procedure")
    return {
      ...vraagVoor("locationBound", v),
      bron: p?.primusInterPares?.bron[0] ?? fp("3"),
    };
  const spoedTelt =
    p?.stappen.some((s) => s.overslaanBijSpoed || s.alleenBijSpoed || s.telefonischVooraf) ?? false;
  if (v.urgent === undefined && advies.outcome === "procedure" && spoedTelt) return vraagVoor("urgent", v);
  if (v.requester === undefined && !overslaan.includes("requester") && p && advies.outcome === "procedure") {
    const rollen = new Set<Rol>([...p.magIndienen.rollen, ...p.gezag.rollen]);
    if (p.primusInterPares) rollen.add(p.primusInterPares.rol);
    return {
      veld: "requester",
      vraag: "Wie wil de aanvraag indienen?",
      toelichting: "Optioneel: dan controleert de wegwijzer of u deze aanvraag mag indienen.",
      opties: [...rollen].map((r) => ({ waarde: r, label: ROLLEN[r] })),
      optioneel: true,
      bron: p.magIndienen.bron[0] ?? p.bron[0] ?? fp("inleiding"),
    };
  }
  return null;
}
