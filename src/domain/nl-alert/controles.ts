// The checks on a draft NL-Alert (issue 6). Every code is in CONTROLES with its severity and source;
// errors block release, warnings must be acknowledged. Readings of the guideline: ADR 0200.
import {
  type Concept,
  type Fout,
  leesConcept,
  valideerGebied,
  valideerTekens,
  valideerTijdEnVerwijzingen,
} from "./concept.ts";
import { DIRECTE_OMGEVING_KM2, ligging, oppervlakteKm2, type RegioVorm } from "./gebied.ts";
import { MAX_PAGINAS, meetOmvang, type Omvang } from "./gsm.ts";
import { hoofdzin, isOntkend, L, woord, zinsdelen } from "./ontkenning.ts";
import { normaliseer, type Samenstelling, stelTekstSamen } from "./tekst.ts";

export type Ernst = "fout" | "waarschuwing";

export interface ControleDefinitie {
  ernst: Ernst;
  bron: string;
  omschrijving: string;
  /** Acknowledging this warning needs a written reason (stored with the acknowledgement). */
  redenVereist?: boolean;
}

const R = "Richtlijn inzet NL-Alert bij extreem geweld";

/** The one catalogue of codes. */
export const CONTROLES = {
  "element-ontbreekt": {
    ernst: "fout",
    bron: `${R} §4f (vaste berichtelementen)`,
    omschrijving: "Risico, locatie of handelingsperspectief ontbreekt.",
  },
  "te-lang": {
    ernst: "fout",
    bron: "3GPP TS 23.041 §9.4.1.2.4 (ten hoogste 15 pagina's); TS 23.038 §6.2.1",
    omschrijving: "Het bericht past niet in 15 cell-broadcastpagina's.",
  },
  verzamelpunt: {
    ernst: "fout",
    bron: `${R} §4e.2 (oppassen met handelingsperspectief)`,
    omschrijving: "Het handelingsperspectief roept op naar een plek te gaan of zich te verzamelen.",
  },
  "einde-zonder-verwijzing": {
    ernst: "fout",
    bron: `${R} §4f.2; CAP 1.2 §3.2.1 (references)`,
    omschrijving: "Een einde-situatiebericht verwijst niet naar het oorspronkelijke bericht.",
  },
  "sjabloon-niet-ingevuld": {
    ernst: "fout",
    bron: `${R} §4f (tabel berichtelementen)`,
    omschrijving: "Een invulplek uit een sjabloon is niet ingevuld.",
  },
  "invoer-ongeldig": {
    ernst: "fout",
    bron: "Concept-contract (issue 6)",
    omschrijving: "Het concept is ongeldig.",
  },
  "json-ongeldig": {
    ernst: "fout",
    bron: "Concept-contract (issue 6)",
    omschrijving: "De invoer is geen JSON.",
  },
  "gebied-ongeldig": {
    ernst: "fout",
    bron: "CAP 1.2 §3.2.4 (area)",
    omschrijving: "Het uitzendgebied ontbreekt of is ongeldig.",
  },
  "cap-instelling-ongeldig": {
    ernst: "fout",
    bron: "CAP 1.2 §3.2.1 (identifier, sender)",
    omschrijving: "Kenmerk of afzender van het CAP-bericht is ongeldig.",
  },
  "tijd-ongeldig": {
    ernst: "fout",
    bron: "CAP 1.2 §3.2.1 (sent)",
    omschrijving: "Het tijdstip is ongeldig.",
  },
  "verwijzing-ongeldig": {
    ernst: "fout",
    bron: "CAP 1.2 §3.2.1 (references)",
    omschrijving: "Een verwijzing naar een eerder bericht is ongeldig.",
  },
  "meer-informatie-ontbreekt": {
    ernst: "waarschuwing",
    bron: `${R} §4f ((bij voorkeur) verwijzing naar meer informatie)`,
    omschrijving: "Er is geen verwijzing naar meer informatie.",
  },
  "motief-vermeld": {
    ernst: "waarschuwing",
    bron: `${R} §4a.5, §4f.1 (en §4d.3: geen duiding)`,
    omschrijving: "De tekst noemt terrorisme of een motief.",
  },
  "schuilende-personen": {
    ernst: "waarschuwing",
    bron: `${R} §4e.1`,
    omschrijving: "Het sirenegeluid kan schuilende mensen verraden.",
  },
  "daders-lezen-mee": {
    ernst: "waarschuwing",
    bron: `${R} §4c (nafase), §4e.2`,
    omschrijving: "Daders ontvangen het bericht ook.",
  },
  "ontsteking-via-telefoon": {
    ernst: "waarschuwing",
    bron: `${R} §4e.3`,
    omschrijving: "Explosieven kunnen met een mobiel toestel tot ontsteking worden gebracht.",
  },
  "specifieke-gegevens": {
    ernst: "waarschuwing",
    bron: `${R} §4d.3 (geen verstrekking van specifieke gegevens)`,
    omschrijving:
      "De tekst noemt specifieke gegevens: slachtoffers, of een beschrijving van personen (kleding, wapen, voertuig).",
  },
  "nafase-levens-redden": {
    ernst: "waarschuwing",
    bron: `${R} §4c (nafase: "Omdat NL-Alert een zwaar middel is, zou de inzet wel gericht moeten zijn op het redden van mensenlevens")`,
    omschrijving:
      "Nafase: bevestig dat het bericht dient om mensenlevens te redden (zwaar middel), bijvoorbeeld bij een lock-down.",
  },
  // Review finding 7, ADR 0251: the area against the bevoegde's own safety region.
  "gebied-buiten-regio": {
    ernst: "fout",
    bron: `${R} §3 (verantwoordelijkheid decentraal belegd), §4c ("kan NL-Alert er lokaal uit"); ADR 0251`,
    omschrijving: "Het uitzendgebied ligt geheel buiten de eigen veiligheidsregio.",
  },
  "gebied-deels-buiten-regio": {
    ernst: "waarschuwing",
    bron: `${R} §3 (decentraal belegd), §4a.1 (directe omgeving van het incident); ADR 0251`,
    omschrijving: "Het uitzendgebied ligt deels buiten de eigen veiligheidsregio; erkennen met reden.",
    redenVereist: true,
  },
  "regiocontrole-niet-mogelijk": {
    ernst: "waarschuwing",
    bron: `${R} §3 (decentraal belegd); ADR 0251`,
    omschrijving: "De regiogrenzen zijn niet geladen; niet gecontroleerd of het gebied binnen de regio ligt.",
  },
  "gebied-groot": {
    ernst: "waarschuwing",
    bron: `${R} §4a.1 (burgers in de directe omgeving van het incident); ADR 0251`,
    omschrijving: `Het uitzendgebied is groter dan ${DIRECTE_OMGEVING_KM2} km².`,
  },
} as const satisfies Record<string, ControleDefinitie>;

/** Codes whose acknowledgement needs a written reason. */
export const REDEN_VEREIST: readonly ControleCode[] = (
  Object.entries(CONTROLES) as [ControleCode, ControleDefinitie][]
)
  .filter(([, d]) => d.redenVereist)
  .map(([c]) => c);

export type ControleCode = keyof typeof CONTROLES;

export interface Bevinding extends Fout {
  code: ControleCode;
  ernst: Ernst;
}

function bevinding(code: ControleCode, message: string, veld?: string): Bevinding {
  const d: ControleDefinitie = CONTROLES[code];
  return veld === undefined
    ? { code, ernst: d.ernst, message, bron: d.bron }
    : { code, ernst: d.ernst, message, bron: d.bron, veld };
}

// ── Text patterns ────────────────────────────────────────────────────────────────────────────────
// Unicode-aware word boundaries (`woord`, ontkenning.ts): JS \b only knows ASCII, and Dutch has é, ë, ó.

/** One text field of the draft, with the name the author knows it by. */
interface Veld {
  veld: string;
  tekst: string;
  taal: "nl" | "en";
  /** An action line (handelingsperspectief), the only element that tells people what to do. */
  handelingsperspectief: boolean;
}

function velden(c: Concept): Veld[] {
  const element = (veld: string, tekst: string, taal: "nl" | "en"): Veld => ({
    veld,
    tekst,
    taal,
    handelingsperspectief: false,
  });
  const actie = (veld: string, tekst: string, taal: "nl" | "en"): Veld => ({
    veld,
    tekst,
    taal,
    handelingsperspectief: true,
  });
  const uit: Veld[] = [
    element("risk", c.risk, "nl"),
    element("location", c.location, "nl"),
    ...c.actions.map((a, i) => actie(`actions[${i}]`, a, "nl")),
    element("moreInfo", c.moreInfo ?? "", "nl"),
  ];
  if (c.english) {
    const e = c.english;
    uit.push(
      element("english.risk", e.risk, "en"),
      element("english.location", e.location, "en"),
      ...e.actions.map((a, i) => actie(`english.actions[${i}]`, a, "en")),
      element("english.moreInfo", e.moreInfo ?? "", "en"),
    );
  }
  return uit.map((v) => ({ ...v, tekst: normaliseer(v.tekst) })).filter((v) => v.tekst !== "");
}

function eersteTreffer(vs: Veld[], patroon: RegExp): { veld: Veld; gevonden: string } | undefined {
  for (const v of vs) {
    const m = patroon.exec(v.tekst);
    if (m) return { veld: v, gevonden: m[0] };
  }
  return undefined;
}

// §4a.5/§4f.1: the deed, not the motive. §4d.3: no duiding. "Aanslag" names the deed and is allowed.
const MOTIEF = woord(
  [
    "terror\\p{L}*",
    "terreur\\p{L}*",
    "\\p{L}+terreur\\p{L}*",
    "jihad\\p{L}*",
    "extremis\\p{L}*",
    "\\p{L}+-?extremis\\p{L}*",
    "radicali\\p{L}*",
    "geradicaliseerd\\p{L}*",
    "motie(?:f|ven)",
    "motives?",
    "motivated",
    "wraak\\p{L}*",
    "uit wraak",
    "revenge",
    "racis\\p{L}*",
    "antisemiti\\p{L}*",
    "haatmisdrij\\p{L}*",
    "hate crimes?",
    "ideolog\\p{L}*",
    "religieu\\p{L}*",
    "religious",
    "islamis\\p{L}*",
    "islamiti\\p{L}*",
    "isis",
    "verward\\p{L}*",
    "psychisch\\p{L}*",
    "mentally ill",
  ].join("|"),
);

// §4e.1: telling people to hide or lock down means people are hiding in the area.
const SCHUILEN = woord(
  [
    "verberg\\p{L}*",
    "verstop\\p{L}*",
    "schuil\\p{L}*",
    "lock-?down\\p{L}*",
    "hide",
    "hiding",
    "shelter\\p{L}*",
    "take cover",
  ].join("|"),
);

// §4e.2 / §4c: text that shows the police's information position or the search.
const DADERINFO = woord(
  [
    "dader\\p{L}*",
    "verdachte(?:n)?(?! (?:tas|pakket|object|voorwerp|koffer|rugzak))",
    "schutter\\p{L}*",
    "aanvaller\\p{L}*",
    "signalement\\p{L}*",
    "kenteken\\p{L}*",
    "voortvluchtig\\p{L}*",
    "gevlucht",
    "vluchtend\\p{L}*",
    "vluchtroute\\p{L}*",
    "vluchtrichting\\p{L}*",
    "op de vlucht",
    "zoekgebied\\p{L}*",
    "zoekactie\\p{L}*",
    "politie zoekt",
    "(?:wordt|worden) gezocht",
    "gewapend\\p{L}*",
    "arrestatieteam\\p{L}*",
    "informatiepositie",
    "perpetrators?",
    "suspects?",
    "gunm[ae]n",
    "attackers?",
    "shooters?",
    "fled",
    "on the run",
    "at large",
    "search area",
    "(?:police )?(?:is|are) searching",
    "armed",
  ].join("|"),
);

// §4e.3: explosives may be triggered through mobile devices.
const EXPLOSIEF = woord(
  [
    "bom",
    "bommen",
    "bom(?:aanslag|dreiging|melding|pakket|auto|brief|vest|explosie)\\p{L}*",
    "\\p{L}+bom(?:men)?",
    "explosie\\p{L}*",
    "explosie\\p{L}*",
    "explosief\\p{L}*",
    "explosiev\\p{L}*",
    "ontplof\\p{L}*",
    "springstof\\p{L}*",
    "handgrana\\p{L}*",
    "grana(?:at|ten)",
    "verdacht(?:e)? (?:pakket|object|voorwerp|tas|koffer|rugzak)",
    "bomb\\p{L}*",
    "explos\\p{L}*",
    "blasts?",
    "grenades?",
    "suspicious (?:package|object|item|bag)s?",
    "ied",
  ].join("|"),
);

// §4d.3: "geen verstrekking van specifieke gegevens". Victims (counts, words) and descriptions of
// persons: a man/woman in/with …, clothing, a weapon after "met/with", a vehicle's colour or brand,
// age or height. "Slachtofferhulp" and "aanslag met voertuig" (the deed) are no specific data.
const KLEUR_NL =
  "wit|witte|zwart|zwarte|rood|rode|blauw|blauwe|grijs|grijze|zilver|zilveren|zilverkleurige?|groen|groene|geel|gele|oranje|bruin|bruine|donkere|lichte|donkerkleurige?|lichtkleurige?";
const KLEUR_EN = "white|black|red|blue|grey|gray|silver|green|yellow|orange|brown|dark|light-coloured";
const VOERTUIG =
  "auto|personenauto|bestelbus|bestelauto|bestelwagen|busje|bus|vrachtwagen|vrachtauto|scooter|motor|motorfiets|brommer|bromfiets|voertuig|suv|wagen|taxi|stationwagen|car|van|truck|lorry|vehicle|motorbike|motorcycle|moped";
const MERK =
  "volkswagen|vw|bmw|audi|mercedes(?:-benz)?|opel|renault|peugeot|toyota|volvo|citroën|citroen|škoda|skoda|kia|tesla|fiat|ford|nissan|hyundai|mazda|suzuki|honda";
const WAPEN =
  "vuurwapen\\p{L}*|wapen(?:s)?|pistool|pistolen|revolver|geweer|geweren|machinegeweer\\p{L}*|mes|messen|bijl|machete|kapmes|knuppel|honkbalknuppel|gun|guns|rifle|rifles|pistol|handgun|firearm|weapon|weapons|knife|knives|axe|bat";
const PERSOON_NL = "man|vrouw|jongen|meisje|jongeman|mannen|vrouwen|jongens|meisjes";
const SPECIFIEK = woord(
  [
    // Victims.
    "dode|doden",
    "gewonde|gewonden|gewond",
    "(?:zwaar|licht|ernstig|dodelijk)(?: )?gewond\\p{L}*",
    "slachtoffers?",
    "overleden",
    "omgekomen",
    "gedood",
    "doodgeschoten|neergeschoten|neergestoken",
    "killed",
    "injured|injuries",
    "casualt(?:y|ies)",
    "victims?",
    "fatalit(?:y|ies)",
    "wounded",
    "dead",
    "deaths?",
    // Descriptions of persons.
    `(?:${PERSOON_NL}) (?:in|met|van|op|gekleed)`,
    `(?:lange|korte|blanke|getinte|donkere|kale|gemaskerde|bebaarde|jonge|oudere|tengere|gezette) (?:${PERSOON_NL}|persoon|personen)`,
    "(?:man|woman|men|women|boy|girl|male|female) (?:in|with|wearing|on)",
    "jas|jassen|jasje|jack|jackje|trui|hoodie|capuchon|bivakmuts|muts|petje|pet|broek|spijkerbroek|jeans|sweater|t-shirt|overhemd|kleding|gekleed|baard|tatoeage\\p{L}*",
    "jacket|coat|trousers|balaclava|wearing|dressed|clothing|clothes|hooded|beard|tattoo\\p{L}*",
    `(?:met|with|armed with) (?:een |a |an )?(?:\\p{L}+ )?(?:${WAPEN})`,
    "kalasjnikov|ak-?47|uzi|glock|automatisch(?:e)? wapens?|automatic weapons?|assault rifles?",
    // Vehicles by colour or brand.
    `(?:${KLEUR_NL}|${KLEUR_EN})(?: \\p{L}+)? (?:${VOERTUIG})`,
    MERK,
    // Age and height.
    "(?:ongeveer|circa|rond de|about|around|aged) \\d{1,2}(?: jaar| years)?(?: oud| old)?",
    "\\d{1,2} (?:jaar oud|years? old)",
    "\\d[.,]\\d{2} (?:m|meter) lang|\\d{3} ?cm",
  ].join("|"),
);

// ── §4e.2: gathering points ────────────────────────────────────────────────────────────────────
const VERZAMELEN = woord(
  [
    "verzamel\\p{L}*",
    "samenkom\\p{L}*",
    "kom(?:t|en)? samen",
    "opvang\\p{L}*",
    "meld (?:je|u) (?:bij|in|op|aan)",
    "meldt u zich",
    "trefpunt\\p{L}*",
    "ontmoetingspunt\\p{L}*",
    "gather\\p{L}*",
    "assembl\\p{L}*",
    "meeting point",
    "muster\\p{L}*",
    "rally point",
    "report to",
  ].join("|"),
);

const NL_BEWEGING =
  "ga|gaat|gaan|kom|komt|komen|begeef|begeeft|begeven|loop|loopt|lopen|ren|rent|rennen|rijd|rijdt|rijden|" +
  "fiets|fietst|fietsen|vlucht|vluchten|evacueer|evacueert|evacueren|trek|trekt|trekken|beweeg|beweegt|wijk|wijkt|" +
  "haast|spoed";
const EN_BEWEGING = "go|head|proceed|move|run|walk|drive|come|flee|evacuate|get|make your way";

/** A movement verb, and from there (sticky) the verb, up to five words, "naar/richting" and the destination. */
const beweging = (werkwoorden: string, voorzetsels: string) => ({
  werkwoord: new RegExp(`(?<!${L})(?:${werkwoorden})(?!${L})`, "giu"),
  naar: new RegExp(`(?:${werkwoorden})(?!${L})(?:\\s+\\S+){0,5}?\\s+(?:${voorzetsels})\\s+(.*)$`, "iuy"),
});
const BEWEGINGEN = [beweging(NL_BEWEGING, "naar|richting"), beweging(EN_BEWEGING, "to|towards")];
const VERZAMELEN_ALLE = new RegExp(VERZAMELEN.source, "giu");

// After a leave-the-building destination only a further description may follow, not a place
// ("naar buiten via de achterdeur" is leaving; "naar buiten op het Vredenburgplein" is a place).
const GEEN_PLEK = `(?:\\s+(?!(?:bij|op|aan|in|naar|richting|voor|achter|tegenover|naast|at|on|in|near|by)(?!${L}))\\S.*)?$`;

/**
 * Destinations that are no gathering point: indoors / home / away (sheltering and leaving are the
 * guideline's own handelingsperspectief), a compass direction, or a website or account.
 */
const TOEGESTAAN_DOEL = new RegExp(
  `^(?:${[
    "binnen",
    // Leaving the building is leaving the area (review finding 5): "Ga naar buiten", "Ga naar de
    // (dichtstbijzijnde) (nood)uitgang" — but not "de uitgang bij de Mariaplaats".
    `buiten${GEEN_PLEK}`,
    "(?:de |een )?(?:dichtstbijzijnde |eerste )?(?:nood)?uitgang(?:en)?(?:\\s+van\\s.*)?$",
    "(?:the |an? )?(?:nearest |closest )?(?:emergency )?exits?(?:\\s+of\\s.*)?$",
    "(?:the )?outside$",
    "huis",
    "(?:je|jouw|uw) (?:eigen )?(?:huis|woning)",
    "een veilige (?:plek|plaats|locatie|omgeving)",
    "veiligheid",
    "buiten het gebied",
    "(?:het )?(?:noorden|zuiden|oosten|westen|noord|zuid|oost|west)",
    "inside",
    "indoors",
    "home",
    "(?:your )?(?:own )?(?:home|house)",
    "a safe (?:place|location|area)",
    "safety",
    "(?:the )?(?:north|south|east|west)",
    "(?:de |the )?(?:website|site|webpagina|pagina|page|app)\\b",
    "@",
    "(?:https?:\\/\\/|www\\.)",
    "[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}(?:\\/|\\s|$)",
  ].join("|")})`,
  "iu",
);

/**
 * The first call to go somewhere or to gather in one action line. A negation switches the check off
 * only where it negates that call itself ("Ga niet naar X", "Verzamel je niet"), not elsewhere in the
 * clause ("Ga naar X als het niet lukt het gebied te verlaten"): review finding 5.
 */
function verzamelTreffer(tekst: string): string | undefined {
  for (const d of zinsdelen(tekst)) {
    // From a negated movement on, the rest of the clause is its (negated) destination.
    let ontkendVanaf = Number.POSITIVE_INFINITY;
    for (const { werkwoord, naar } of BEWEGINGEN) {
      for (const w of d.matchAll(werkwoord)) {
        naar.lastIndex = w.index;
        const m = naar.exec(d);
        if (!m) continue;
        const doel = m[1] ?? "";
        if (isOntkend(d, w.index, w.index + m[0].length - doel.length)) {
          ontkendVanaf = Math.min(ontkendVanaf, w.index);
          continue;
        }
        if (w.index > ontkendVanaf) continue;
        if (!TOEGESTAAN_DOEL.test(hoofdzin(doel).trim())) return m[0];
      }
    }
    for (const v of d.matchAll(VERZAMELEN_ALLE)) {
      if (v.index > ontkendVanaf) continue;
      if (!isOntkend(d, v.index, v.index + v[0].length, 2)) return v[0];
    }
  }
  return undefined;
}

const OPEN_PLEK = /\{[^}]*\}|(?:^|\s)(?:…|\.\.\.)$/u;

// ── The checks ───────────────────────────────────────────────────────────────────────────────

function controleerElementen(c: Concept): Bevinding[] {
  const uit: Bevinding[] = [];
  const taal = (prefix: string, risk: string, location: string, actions: string[], naam: string) => {
    if (normaliseer(risk) === "")
      uit.push(
        bevinding("element-ontbreekt", `Het risico ontbreekt${naam}: wat is het gevaar?`, `${prefix}risk`),
      );
    if (normaliseer(location) === "")
      uit.push(
        bevinding(
          "element-ontbreekt",
          `De locatie ontbreekt${naam}: waar is het gevaar?`,
          `${prefix}location`,
        ),
      );
    if (!actions.some((a) => normaliseer(a) !== ""))
      uit.push(
        bevinding(
          "element-ontbreekt",
          `Het handelingsperspectief ontbreekt${naam}: wat moeten mensen doen?`,
          `${prefix}actions`,
        ),
      );
  };
  taal("", c.risk, c.location, c.actions, "");
  if (c.english)
    taal("english.", c.english.risk, c.english.location, c.english.actions, " in het Engelse deel");
  return uit;
}

function controleerLengte(omvang: Omvang): Bevinding[] {
  if (omvang.paginas <= MAX_PAGINAS) return [];
  const eenheid = omvang.codering === "gsm7" ? "GSM-tekens (septetten)" : "UCS-2-tekens";
  const vervangbaar = omvang.ucs2Tekens.filter((t) => t.vervanging !== null).length;
  const tip =
    omvang.codering === "ucs2" && vervangbaar > 0
      ? " Vervang de tekens buiten het GSM-alfabet (bijvoorbeeld ó door o) om 93 in plaats van 41 tekens per pagina te krijgen."
      : " Kort de tekst in.";
  return [
    bevinding(
      "te-lang",
      `Het bericht is ${omvang.paginas} pagina's (${omvang.tekens} ${eenheid}, ${omvang.tekensPerPagina} per pagina); het maximum is ${MAX_PAGINAS}.${tip}`,
    ),
  ];
}

/** §4e.2 "Oppassen met handelingsperspectief": only the action lines (review finding 4). */
function controleerVerzamelpunt(vs: Veld[]): Bevinding[] {
  const uit: Bevinding[] = [];
  for (const v of vs.filter((x) => x.handelingsperspectief)) {
    const t = verzamelTreffer(v.tekst);
    if (t !== undefined)
      uit.push(
        bevinding(
          "verzamelpunt",
          `${v.veld}: "${t}" roept mensen op naar een plek te gaan of zich te verzamelen. Daders ontvangen het bericht ook; dat kan een (vervolg)aanslag in de hand werken. Gebruik "Verlaat direct het gebied".`,
          v.veld,
        ),
      );
  }
  return uit;
}

function controleerOpenPlekken(vs: Veld[]): Bevinding[] {
  return vs
    .filter((v) => OPEN_PLEK.test(v.tekst))
    .map((v) =>
      bevinding(
        "sjabloon-niet-ingevuld",
        `${v.veld}: vul de open plek uit het sjabloon in ("${v.tekst}").`,
        v.veld,
      ),
    );
}

function controleerWaarschuwingen(c: Concept, vs: Veld[]): Bevinding[] {
  const uit: Bevinding[] = [];
  const alert = c.kind === "alert";

  if (normaliseer(c.moreInfo) === "")
    uit.push(
      bevinding(
        "meer-informatie-ontbreekt",
        "Er is geen verwijzing naar meer informatie (bij voorkeur een website of account), zodat mensen weten waar ze verder kunnen lezen.",
        "moreInfo",
      ),
    );

  const motief = eersteTreffer(vs, MOTIEF);
  if (motief)
    uit.push(
      bevinding(
        "motief-vermeld",
        `${motief.veld.veld}: "${motief.gevonden}" noemt terrorisme, een motief of een duiding. Voor NL-Alert is dat onnodig: het gaat om de daad, niet om het motief; de duiding volgt later via andere kanalen.`,
        motief.veld.veld,
      ),
    );

  const schuil = eersteTreffer(vs, SCHUILEN);
  if (alert && (c.scenario === "acute-situatie" || schuil)) {
    const reden = schuil
      ? `${schuil.veld.veld}: "${schuil.gevonden}" betekent dat er mensen schuilen.`
      : "In een acute situatie met actieve daders schuilen mogelijk mensen in het gebied.";
    uit.push(
      bevinding(
        "schuilende-personen",
        `${reden} Veel telefoons geven een hard sirenegeluid, soms ook op stil; dat kan de plek van schuilende mensen verraden en extra slachtoffers kosten. Weeg dit mee.`,
        schuil?.veld.veld,
      ),
    );
  }

  const daderinfo = eersteTreffer(vs, DADERINFO);
  if (daderinfo || (alert && c.scenario === "nafase")) {
    const reden = daderinfo
      ? `${daderinfo.veld.veld}: "${daderinfo.gevonden}" geeft inzage in de informatiepositie van de politie.`
      : "In de nafase kunnen (vluchtende) daders uit het bericht en het uitzendgebied het zoekgebied afleiden.";
    uit.push(
      bevinding(
        "daders-lezen-mee",
        `${reden} Daders ontvangen het bericht waarschijnlijk ook; geef geen inzage in de informatiepositie of het zoekgebied van de politie.`,
        daderinfo?.veld.veld,
      ),
    );
  }

  // §4c nafase: "zwaar middel … gericht op het redden van mensenlevens"; acknowledging is confirming.
  if (alert && c.scenario === "nafase")
    uit.push(
      bevinding(
        "nafase-levens-redden",
        "Nafase (geen actieve, mogelijk wel vluchtende daders): NL-Alert is een zwaar middel; de inzet moet gericht zijn op het redden van mensenlevens, bijvoorbeeld bij een lock-down. Erken alleen als u bevestigt dat dit bericht daarvoor dient.",
      ),
    );

  const explosief = eersteTreffer(vs, EXPLOSIEF);
  if (explosief)
    uit.push(
      bevinding(
        "ontsteking-via-telefoon",
        `${explosief.veld.veld}: "${explosief.gevonden}". Het bericht gaat naar alle mobiele toestellen in het gebied; explosieven kunnen met een mobiel toestel tot ontsteking worden gebracht. Overleg met de politie of inzet verantwoord is.`,
        explosief.veld.veld,
      ),
    );

  const specifiek = eersteTreffer(vs, SPECIFIEK);
  if (specifiek)
    uit.push(
      bevinding(
        "specifieke-gegevens",
        `${specifiek.veld.veld}: "${specifiek.gevonden}" is een specifiek gegeven (slachtoffers, of een beschrijving van een persoon, kleding, wapen of voertuig). Bij NL-Alert worden geen specifieke gegevens verstrekt, alleen handelingsperspectief; laat het weg, tenzij mensen het nodig hebben om te handelen.`,
        specifiek.veld.veld,
      ),
    );
  return uit;
}

/** The bevoegde's region for the area check: its outline, or null when the outlines are not loaded. */
export interface RegioContext {
  regioNaam: string;
  vorm: RegioVorm | null;
}

const pct = (x: number) => (x < 0.01 ? "minder dan 1%" : `ongeveer ${Math.round(x * 100)}%`);

/**
 * Review finding 7 (ADR 0251). §3: the responsibility for warning the population "is decentraal
 * belegd"; §4c: "Na overleg kan NL-Alert er lokaal uit". An area entirely in another region is that
 * region's decision (error); partly outside can be right near a border (warning with a reason).
 * Not loaded outlines are said, not passed over.
 */
function controleerRegio(
  c: Concept,
  ctx: RegioContext,
): { fouten: Bevinding[]; waarschuwingen: Bevinding[] } {
  if (!ctx.vorm)
    return {
      fouten: [],
      waarschuwingen: [
        bevinding(
          "regiocontrole-niet-mogelijk",
          `Niet gecontroleerd of het uitzendgebied binnen ${ctx.regioNaam} ligt: de regiogrenzen zijn niet geladen (de beheerder laadt ze met 'knooppunt regiogrenzen import'). Controleer het gebied op de kaart.`,
          "area",
        ),
      ],
    };
  const l = ligging(c.area, ctx.vorm.geometrie);
  if (l.soort === "buiten")
    return {
      fouten: [
        bevinding(
          "gebied-buiten-regio",
          `area: het uitzendgebied ligt geheel buiten ${ctx.regioNaam}. Inzet in een andere regio besluit het bevoegd gezag van die regio; vraag het daar aan, of teken het gebied rond het incident in uw eigen regio.`,
          "area",
        ),
      ],
      waarschuwingen: [],
    };
  if (l.soort === "deels")
    return {
      fouten: [],
      waarschuwingen: [
        bevinding(
          "gebied-deels-buiten-regio",
          `area: ${pct(l.aandeelBuiten)} van het uitzendgebied ligt buiten ${ctx.regioNaam}. Bij een incident bij de regiogrens kan dat nodig zijn; leg de reden vast (bijvoorbeeld: afgestemd met de buurregio) of verklein het gebied.`,
          "area",
        ),
      ],
    };
  return { fouten: [], waarschuwingen: [] };
}

/** §4a.1: the focus is "burgers in de directe omgeving van het incident" (ADR 0251). */
function controleerOmvangGebied(c: Concept): Bevinding[] {
  if (c.kind !== "alert") return [];
  const km2 = oppervlakteKm2(c.area);
  if (!(km2 > DIRECTE_OMGEVING_KM2)) return [];
  return [
    bevinding(
      "gebied-groot",
      `area: het uitzendgebied is ongeveer ${Math.round(km2)} km², groter dan ${DIRECTE_OMGEVING_KM2} km² (ongeveer een hele stad). NL-Alert bij extreem geweld richt zich op mensen in de directe omgeving van het incident; een groter gebied bereikt ook wie niets hoeft te doen. Weeg of het kleiner kan.`,
      "area",
    ),
  ];
}

export interface Beoordeling {
  /** No errors: the draft may go on to release (warnings still need acknowledgement). */
  ok: boolean;
  samenstelling: Samenstelling;
  omvang: Omvang;
  fouten: Bevinding[];
  waarschuwingen: Bevinding[];
}

/**
 * Composes, measures and checks a structurally valid draft. `nu` is used when the draft has no `sent`.
 * With `regio` the area is also checked against the bevoegde's safety region (ADR 0251).
 */
export function beoordeel(concept: Concept, nu: Date, regio?: RegioContext): Beoordeling {
  const samenstelling = stelTekstSamen(concept, nu);
  const omvang = meetOmvang(samenstelling.tekst);
  const vs = velden(concept);
  const invoer = [
    ...valideerTekens(concept),
    ...valideerGebied(concept.area),
    ...valideerTijdEnVerwijzingen(concept),
  ].map((f) => ({ ...f, code: f.code as ControleCode, ernst: "fout" as const }));
  const fouten: Bevinding[] = [
    ...controleerElementen(concept),
    ...controleerLengte(omvang),
    ...controleerVerzamelpunt(vs),
    ...controleerOpenPlekken(vs),
    ...(concept.kind === "einde-situatie" && (concept.references ?? []).length === 0
      ? [
          bevinding(
            "einde-zonder-verwijzing",
            "Een einde-situatiebericht moet verwijzen naar het NL-Alert dat het beëindigt (references: afzender, kenmerk en verzendtijd).",
            "references",
          ),
        ]
      : []),
    ...invoer,
  ];
  const waarschuwingen = controleerWaarschuwingen(concept, vs);
  // Only a valid area can be measured or placed.
  if (!invoer.some((f) => f.code === "gebied-ongeldig")) {
    waarschuwingen.push(...controleerOmvangGebied(concept));
    if (regio) {
      const r = controleerRegio(concept, regio);
      fouten.push(...r.fouten);
      waarschuwingen.push(...r.waarschuwingen);
    }
  }
  return { ok: fouten.length === 0, samenstelling, omvang, fouten, waarschuwingen };
}

export type InvoerBeoordeling =
  | { ok: false; concept?: undefined; fouten: Fout[] }
  | (Beoordeling & { concept: Concept });

/** For untrusted input (API body, CLI stdin): structure first, then `beoordeel`. */
export function beoordeelInvoer(invoer: unknown, nu: Date, regio?: RegioContext): InvoerBeoordeling {
  const gelezen = leesConcept(invoer);
  if (!gelezen.ok) return { ok: false, fouten: gelezen.fouten };
  return { ...beoordeel(gelezen.waarde, nu, regio), concept: gelezen.waarde };
}
