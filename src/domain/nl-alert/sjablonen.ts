// Building blocks from the message-element table of the Richtlijn inzet NL-Alert bij extreem geweld,
// §4f (restored in ../shared/seeds/lcp-egt-leesbaar.md). The columns are blocks to combine, not rows:
// one risk, one location, one or more handelingsperspectieven, preferably more information.
// The Dutch wording is the guideline's, verbatim (including "óf", which forces UCS-2 — see gsm.ts).
// The English wording and the einde-situatie blocks are Knooppunt's own (ADR 0200).

export const SCENARIOS = ["acute-dreiging", "acute-situatie", "nafase"] as const;
/** §4c: (acute) dreiging; acute situatie (actieve daders); nafase (geen actieve, mogelijk vluchtende daders). */
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_NAMEN: Record<Scenario, string> = {
  "acute-dreiging": "(Acute) dreiging",
  "acute-situatie": "Acute situatie extreem geweld (actieve daders)",
  nafase: "Nafase (geen actieve, mogelijk wel vluchtende daders)",
};

export interface Sjabloon {
  id: string;
  nl: string;
  en: string;
  /** Scenarios (§4c) where the block is offered first; every block stays allowed everywhere. */
  scenarios: readonly Scenario[];
  bron: string;
}

const TABEL = "Richtlijn NL-Alert extreem geweld §4f, tabel berichtelementen";
const EIGEN = "Knooppunt (ADR 0200), niet uit de richtlijn";

export const RISICO_SJABLONEN: readonly Sjabloon[] = [
  {
    id: "grote-schietpartij",
    nl: "Grote schietpartij",
    en: "Major shooting",
    scenarios: ["acute-situatie"],
    bron: TABEL,
  },
  {
    id: "groot-steekincident",
    nl: "Groot steekincident",
    en: "Major stabbing incident",
    scenarios: ["acute-situatie"],
    bron: TABEL,
  },
  { id: "explosie", nl: "Explosie", en: "Explosion", scenarios: ["acute-situatie"], bron: TABEL },
  { id: "dreiging", nl: "Dreiging", en: "Threat", scenarios: ["acute-dreiging", "nafase"], bron: TABEL },
  { id: "bomdreiging", nl: "Bomdreiging", en: "Bomb threat", scenarios: ["acute-dreiging"], bron: TABEL },
  {
    // §4c names the lock-down as a use in the nafase. The word "terrorisme" in this block makes
    // the motief-vermeld warning fire (§4f.1); ADR 0200 explains why that is kept.
    id: "lock-down",
    nl: "Lock-down terrorismescenario",
    en: "Lockdown terrorism scenario",
    scenarios: ["nafase"],
    bron: TABEL,
  },
];

export const HANDELINGSPERSPECTIEF_SJABLONEN: readonly Sjabloon[] = [
  {
    id: "verlaat-gebied",
    nl: "Verlaat direct het gebied",
    en: "Leave the area immediately",
    scenarios: ["acute-dreiging", "acute-situatie"],
    bron: TABEL,
  },
  {
    id: "verlaat-of-verberg",
    nl: "Verlaat direct het gebied óf verberg je",
    en: "Leave the area immediately or hide",
    scenarios: ["acute-situatie"],
    bron: TABEL,
  },
  {
    id: "instructies-hulpdiensten",
    nl: "Volg instructies op van hulpdiensten",
    en: "Follow instructions from emergency services",
    scenarios: ["acute-dreiging", "acute-situatie", "nafase"],
    bron: TABEL,
  },
  {
    id: "ruimte-hulpdiensten",
    nl: "Geef hulpdiensten de ruimte",
    en: "Give emergency services room",
    scenarios: ["acute-dreiging", "acute-situatie", "nafase"],
    bron: TABEL,
  },
  {
    // Appears twice in the table (Bomdreiging and Lock-down rows); one block.
    id: "instructies-autoriteiten",
    nl: "Volg instructies op van autoriteiten",
    en: "Follow instructions from the authorities",
    scenarios: ["acute-dreiging", "nafase"],
    bron: TABEL,
  },
];

/** `{…}` marks the part the author fills in; an unfilled placeholder is an error (sjabloon-niet-ingevuld). */
export const MEER_INFORMATIE_SJABLONEN: readonly Sjabloon[] = [
  {
    id: "meer-informatie-op",
    nl: "Meer informatie op {website}",
    en: "More information at {website}",
    scenarios: ["acute-dreiging", "acute-situatie", "nafase"],
    bron: TABEL,
  },
  {
    id: "volg-voor-meer-informatie",
    nl: "Volg voor meer informatie {account}",
    en: "For more information follow {account}",
    scenarios: ["acute-dreiging", "acute-situatie", "nafase"],
    bron: TABEL,
  },
];

/** Prefix of the risk line of an einde-situatie message (§4f.2). */
export const EINDE_SITUATIE = { nl: "Einde situatie", en: "End of situation" } as const;

/** Handelingsperspectief blocks for an einde-situatie message (§4f.2: e.g. lifting an oproep tot gebiedsontwijking). */
export const EINDE_HANDELINGSPERSPECTIEF_SJABLONEN: readonly Sjabloon[] = [
  {
    id: "gebied-weer-toegankelijk",
    nl: "U hoeft het gebied niet meer te vermijden",
    en: "You no longer need to avoid the area",
    scenarios: ["acute-dreiging", "acute-situatie", "nafase"],
    bron: EIGEN,
  },
  {
    id: "einde-instructies-hulpdiensten",
    nl: "Volg instructies op van hulpdiensten",
    en: "Follow instructions from emergency services",
    scenarios: ["acute-dreiging", "acute-situatie", "nafase"],
    bron: TABEL,
  },
];

/** Status words that mark a non-real message in the text itself, as the national test message does. */
export const STATUS_MARKERING = {
  Actual: null,
  Exercise: { nl: "OEFENING", en: "EXERCISE" },
  Test: { nl: "TESTBERICHT", en: "TEST MESSAGE" },
} as const;

export type Soort = "alert" | "einde-situatie";

export interface SjablonenVoorScenario {
  risico: readonly Sjabloon[];
  handelingsperspectief: readonly Sjabloon[];
  meerInformatie: readonly Sjabloon[];
}

/** Blocks offered first for a scenario and kind; other blocks and free text remain allowed. */
export function sjablonenVoor(scenario: Scenario, soort: Soort = "alert"): SjablonenVoorScenario {
  const past = (s: Sjabloon) => s.scenarios.includes(scenario);
  if (soort === "einde-situatie") {
    return {
      // The risk of an end message names what has ended: any risk block.
      risico: RISICO_SJABLONEN,
      handelingsperspectief: EINDE_HANDELINGSPERSPECTIEF_SJABLONEN,
      meerInformatie: MEER_INFORMATIE_SJABLONEN,
    };
  }
  return {
    risico: RISICO_SJABLONEN.filter(past),
    handelingsperspectief: HANDELINGSPERSPECTIEF_SJABLONEN.filter(past),
    meerInformatie: MEER_INFORMATIE_SJABLONEN,
  };
}

/** Fills `{naam}` placeholders; unknown names are left in place (and flagged by the checks). */
export function vulSjabloon(tekst: string, waarden: Record<string, string>): string {
  return tekst.replace(/\{([a-z]+)\}/g, (heel, naam: string) => waarden[naam] ?? heel);
}

export const PLACEHOLDER = /\{[a-z]+\}|…/;
