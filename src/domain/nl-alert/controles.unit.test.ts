import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Concept } from "./concept.ts";
import { beoordeel, beoordeelInvoer, CONTROLES, type ControleCode } from "./controles.ts";
import {
  EINDE_HANDELINGSPERSPECTIEF_SJABLONEN,
  HANDELINGSPERSPECTIEF_SJABLONEN,
  MEER_INFORMATIE_SJABLONEN,
  RISICO_SJABLONEN,
  vulSjabloon,
} from "./sjablonen.ts";
import { voorbeeldAlert, voorbeeldEinde } from "./voorbeelden.ts";

const nu = new Date("2019-03-18T09:45:00Z");
const codes = (c: Concept) => {
  const b = beoordeel(c, nu);
  return { fouten: b.fouten.map((f) => f.code), waarschuwingen: b.waarschuwingen.map((w) => w.code), b };
};
const heeftFout = (c: Concept, code: ControleCode) => codes(c).fouten.includes(code);
const heeftWaarschuwing = (c: Concept, code: ControleCode) => codes(c).waarschuwingen.includes(code);
const acties = (...a: string[]) => voorbeeldAlert({ scenario: "acute-dreiging", actions: a });

describe("catalogue", () => {
  test("every code has a severity, a Dutch description and a source; guideline codes cite the right §", () => {
    for (const [code, d] of Object.entries(CONTROLES)) {
      assert.ok(d.bron.length > 0 && d.omschrijving.length > 0, code);
    }
    assert.match(CONTROLES.verzamelpunt.bron, /§4e\.2/);
    assert.match(CONTROLES["motief-vermeld"].bron, /§4a\.5.*§4f\.1/);
    assert.match(CONTROLES["schuilende-personen"].bron, /§4e\.1/);
    assert.match(CONTROLES["daders-lezen-mee"].bron, /§4c.*§4e\.2/);
    assert.match(CONTROLES["ontsteking-via-telefoon"].bron, /§4e\.3/);
    assert.match(CONTROLES["specifieke-gegevens"].bron, /§4d\.3/);
    assert.match(CONTROLES["einde-zonder-verwijzing"].bron, /§4f\.2/);
    assert.match(CONTROLES["element-ontbreekt"].bron, /§4f/);
    const fouten = ["element-ontbreekt", "te-lang", "verzamelpunt", "einde-zonder-verwijzing"] as const;
    for (const f of fouten) assert.equal(CONTROLES[f].ernst, "fout");
    const w = [
      "meer-informatie-ontbreekt",
      "motief-vermeld",
      "schuilende-personen",
      "daders-lezen-mee",
      "ontsteking-via-telefoon",
      "specifieke-gegevens",
    ] as const;
    for (const c of w) assert.equal(CONTROLES[c].ernst, "waarschuwing");
  });

  test("the example alert (acute-dreiging variant) has no errors and no warnings", () => {
    const r = codes(acties("Verlaat direct het gebied"));
    assert.deepEqual(r.fouten, []);
    assert.deepEqual(r.waarschuwingen, []);
    assert.equal(r.b.ok, true);
  });

  test("every finding carries its source and a Dutch message", () => {
    const b = beoordeel(voorbeeldAlert({ risk: "", moreInfo: "" }), nu);
    for (const f of [...b.fouten, ...b.waarschuwingen]) {
      assert.equal(f.bron, CONTROLES[f.code].bron);
      assert.ok(f.message.length > 20);
    }
  });
});

describe("element-ontbreekt (§4f)", () => {
  test("missing risk, location or handelingsperspectief each give an error naming the field", () => {
    const b = beoordeel(voorbeeldAlert({ risk: " ", location: "", actions: ["", "  "] }), nu);
    const e = b.fouten.filter((f) => f.code === "element-ontbreekt");
    assert.deepEqual(
      e.map((f) => f.veld),
      ["risk", "location", "actions"],
    );
    assert.equal(b.ok, false);
    assert.match(e[0]?.message ?? "", /risico/);
  });

  test("an English part must be complete too", () => {
    const b = beoordeel(
      voorbeeldAlert({ english: { risk: "Major shooting", location: "", actions: [] } }),
      nu,
    );
    assert.deepEqual(
      b.fouten.filter((f) => f.code === "element-ontbreekt").map((f) => f.veld),
      ["english.location", "english.actions"],
    );
  });

  test("complete elements: no error", () => {
    assert.equal(heeftFout(voorbeeldAlert(), "element-ontbreekt"), false);
  });
});

describe("te-lang (15 pages)", () => {
  test("over 15 GSM pages is an error; exactly at the limit is not", () => {
    const kop = beoordeel(voorbeeldAlert({ moreInfo: "" }), nu).omvang.tekens;
    const vrij = 93 * 15 - kop - 1; // one extra line break for the moreInfo line
    assert.equal(heeftFout(voorbeeldAlert({ moreInfo: "x".repeat(vrij) }), "te-lang"), false);
    assert.equal(heeftFout(voorbeeldAlert({ moreInfo: "x".repeat(vrij + 1) }), "te-lang"), true);
  });

  test("the same text fits in GSM but not in UCS-2, and the message suggests replacing", () => {
    const lang = "Verlaat direct het gebied ".repeat(30); // 780 characters
    assert.equal(heeftFout(voorbeeldAlert({ moreInfo: lang }), "te-lang"), false);
    const b = beoordeel(voorbeeldAlert({ moreInfo: `${lang}óf` }), nu);
    const f = b.fouten.find((x) => x.code === "te-lang");
    assert.ok(f);
    assert.match(f.message, /ó door o/);
    assert.equal(b.omvang.codering, "ucs2");
  });
});

describe("verzamelpunt (§4e.2)", () => {
  const fout = [
    "Verzamel op het Jaarbeursplein",
    "Verzamelen bij het stadhuis",
    "Ga naar het verzamelpunt bij de sporthal",
    "Ga naar het station",
    "Ga zo snel mogelijk naar de Domkerk",
    "Kom naar het Malieveld",
    "Begeef u naar het gemeentehuis",
    "Begeef je naar de parkeerplaats",
    "Loop naar de uitgang bij de Mariaplaats",
    "Vlucht naar de kerk",
    "Meld je bij de sporthal",
    "Opvang in sporthal De Kuil",
    "Ga richting het station",
    "Gather at the town hall",
    "Go to the station",
    "Head to the main square",
  ];
  for (const t of fout) {
    test(`error: "${t}"`, () => {
      const b = beoordeel(acties(t), nu);
      const f = b.fouten.find((x) => x.code === "verzamelpunt");
      assert.ok(f, t);
      assert.equal(f.veld, "actions[0]");
      assert.match(f.message, /Verlaat direct het gebied/);
    });
  }

  const goed = [
    "Verlaat direct het gebied",
    "Verlaat direct het gebied óf verberg je",
    "Volg instructies op van hulpdiensten",
    "Volg instructies op van autoriteiten",
    "Geef hulpdiensten de ruimte",
    "Ga naar binnen en sluit ramen en deuren",
    "Ga naar huis",
    "Ga naar een veilige plek",
    "Ga niet naar het centrum",
    "Kom niet naar de binnenstad",
    "Verzamel je niet rond de plek van het incident",
    "Ga naar politie.nl voor meer informatie",
    "Ga richting het noorden",
    "Leave the area immediately or hide",
    "Go inside",
    "Go home",
    "Do not go to the city centre",
  ];
  for (const t of goed) {
    test(`no error: "${t}"`, () => {
      assert.equal(heeftFout(acties(t), "verzamelpunt"), false, t);
    });
  }

  // Finding 5: leaving a building is leaving the area; a negation elsewhere in the clause (here in
  // a condition) does not negate the movement.
  const leaveAdvies = [
    "Ga naar buiten",
    "Ga naar buiten als dat veilig kan",
    "Ga naar de dichtstbijzijnde uitgang",
    "Ga naar de nooduitgang",
    "Loop naar de dichtstbijzijnde nooduitgang van het gebouw",
    "Go to the nearest exit",
    "Head to the nearest emergency exit",
    "Ga niet naar het verzamelpunt",
    "Ga in geen geval naar het station",
    "Niet verzamelen op het plein",
    "Don't gather at the station",
  ];
  for (const t of leaveAdvies) {
    test(`no error (leave-the-area advice or negated movement): "${t}"`, () => {
      assert.equal(heeftFout(acties(t), "verzamelpunt"), false, t);
    });
  }
  const nietOntkend = [
    "Ga naar het Jaarbeursplein als het niet lukt het gebied te verlaten",
    "Als het niet lukt het gebied te verlaten ga naar het Jaarbeursplein",
    "Verzamel op het Jaarbeursplein als u het gebied niet kunt verlaten",
    "Ga naar buiten op het Vredenburgplein",
    "Go to the station if you do not manage to leave the area",
  ];
  for (const t of nietOntkend) {
    test(`error (the negation does not negate the movement): "${t}"`, () => {
      assert.equal(heeftFout(acties(t), "verzamelpunt"), true, t);
    });
  }

  // Finding 4: the caution is about the handelingsperspectief (§4e.2 "Oppassen met
  // handelingsperspectief"); a location name with "opvang" or a pointer to a source for more
  // information is no call to go somewhere. (This test used to assert an error on moreInfo.)
  test("only the handelingsperspectief is checked, not risk, location or moreInfo", () => {
    for (const o of [
      { location: "Ter Apel, opvangcentrum en omgeving" },
      { risk: "Schietpartij bij opvanglocatie" },
      { moreInfo: "Ga voor meer informatie naar Twitter @PolitieUtrecht" },
      { moreInfo: "Ga voor meer informatie naar RTV Utrecht" },
      { moreInfo: "Informatie bij het verzamelpunt op de Neude" },
      {
        english: {
          risk: "Shooting at reception centre",
          location: "Ter Apel, gathering hall",
          actions: ["Leave the area immediately"],
          moreInfo: "Go to the website of the police",
        },
      },
    ] satisfies Partial<Concept>[])
      assert.equal(heeftFout(voorbeeldAlert(o), "verzamelpunt"), false, JSON.stringify(o));
  });

  test("also in the English handelingsperspectief", () => {
    const b = beoordeel(
      voorbeeldAlert({
        english: { risk: "Major shooting", location: "Utrecht", actions: ["Assemble at the Neude square"] },
      }),
      nu,
    );
    assert.equal(b.fouten.find((f) => f.code === "verzamelpunt")?.veld, "english.actions[0]");
  });
});

describe("einde-zonder-verwijzing (§4f.2)", () => {
  test("an end message without references is an error", () => {
    assert.ok(heeftFout(voorbeeldEinde({ references: undefined }), "einde-zonder-verwijzing"));
    assert.ok(heeftFout(voorbeeldEinde({ references: [] }), "einde-zonder-verwijzing"));
  });
  test("an end message with a reference, and a first alert without one, are fine", () => {
    assert.equal(heeftFout(voorbeeldEinde(), "einde-zonder-verwijzing"), false);
    assert.equal(heeftFout(voorbeeldAlert(), "einde-zonder-verwijzing"), false);
  });
  test("a malformed reference is its own error", () => {
    const b = beoordeel(
      voorbeeldEinde({ references: [{ sender: "a b", identifier: "x", sent: "2019-03-18T09:45:00Z" }] }),
      nu,
    );
    assert.deepEqual(
      b.fouten.filter((f) => f.code === "verwijzing-ongeldig").map((f) => f.veld),
      ["references[0].sender", "references[0].sent"],
    );
  });
});

describe("sjabloon-niet-ingevuld (§4f table)", () => {
  test("an unfilled {placeholder} or trailing … is an error", () => {
    assert.ok(
      heeftFout(voorbeeldAlert({ moreInfo: "Meer informatie op {website}" }), "sjabloon-niet-ingevuld"),
    );
    assert.ok(heeftFout(voorbeeldAlert({ moreInfo: "Meer informatie op …" }), "sjabloon-niet-ingevuld"));
    assert.equal(
      heeftFout(voorbeeldAlert({ moreInfo: "Meer informatie op politie.nl" }), "sjabloon-niet-ingevuld"),
      false,
    );
  });
});

describe("meer-informatie-ontbreekt (§4f, bij voorkeur)", () => {
  test("warning without moreInfo, none with it", () => {
    assert.ok(heeftWaarschuwing(voorbeeldAlert({ moreInfo: undefined }), "meer-informatie-ontbreekt"));
    assert.ok(heeftWaarschuwing(voorbeeldAlert({ moreInfo: "  " }), "meer-informatie-ontbreekt"));
    assert.equal(heeftWaarschuwing(voorbeeldAlert(), "meer-informatie-ontbreekt"), false);
    assert.equal(beoordeel(voorbeeldAlert({ moreInfo: undefined }), nu).ok, true, "a warning does not block");
  });
});

describe("motief-vermeld (§4a.5, §4f.1)", () => {
  const ja = [
    "Terroristische aanslag",
    "Terreurdaad op het station",
    "Jihadistische aanslag",
    "Aanslag uit wraak",
    "Schietpartij met politiek motief",
    "Racistisch geweld",
    "Extremistische dader",
    "Verwarde man met mes",
    "Lock-down terrorismescenario",
  ];
  for (const t of ja)
    test(`warning: "${t}"`, () =>
      assert.ok(heeftWaarschuwing(voorbeeldAlert({ risk: t }), "motief-vermeld"), t));
  const nee = ["Grote schietpartij", "Bomaanslag", "Groot steekincident", "Aanslag met voertuig", "Explosie"];
  for (const t of nee)
    test(`no warning: "${t}"`, () =>
      assert.equal(heeftWaarschuwing(voorbeeldAlert({ risk: t }), "motief-vermeld"), false));
  test("English text counts too", () => {
    assert.ok(
      heeftWaarschuwing(
        voorbeeldAlert({
          english: { risk: "Terrorist attack", location: "Utrecht", actions: ["Leave the area"] },
        }),
        "motief-vermeld",
      ),
    );
  });
});

describe("schuilende-personen (§4e.1)", () => {
  test("acute situation (active perpetrators): always a warning on an alert", () => {
    assert.ok(heeftWaarschuwing(voorbeeldAlert({ scenario: "acute-situatie" }), "schuilende-personen"));
  });
  test("any scenario where the message tells people to hide or lock down", () => {
    assert.ok(heeftWaarschuwing(acties("Verlaat direct het gebied óf verberg je"), "schuilende-personen"));
    assert.ok(
      heeftWaarschuwing(voorbeeldAlert({ scenario: "nafase", risk: "Lock-down" }), "schuilende-personen"),
    );
    assert.ok(heeftWaarschuwing(acties("Schuil in een gebouw"), "schuilende-personen"));
  });
  test("no warning for a threat without hiding, or for the end message", () => {
    assert.equal(heeftWaarschuwing(acties("Verlaat direct het gebied"), "schuilende-personen"), false);
    assert.equal(heeftWaarschuwing(voorbeeldEinde(), "schuilende-personen"), false);
  });
});

describe("nafase-levens-redden (§4c nafase: zwaar middel, review finding 10)", () => {
  test("a nafase alert asks the bevoegde to confirm it serves to save lives", () => {
    const b = beoordeel(
      voorbeeldAlert({
        scenario: "nafase",
        risk: "Lock-down",
        actions: ["Volg instructies op van autoriteiten"],
      }),
      nu,
    );
    const w = b.waarschuwingen.find((x) => x.code === "nafase-levens-redden");
    assert.ok(w);
    assert.match(w.message, /zwaar middel/);
    assert.match(w.message, /redden van mensenlevens/);
    assert.match(w.bron, /§4c/);
  });
  test("not in the acute phases, not for the end message", () => {
    for (const scenario of ["acute-situatie", "acute-dreiging"] as const)
      assert.equal(heeftWaarschuwing(voorbeeldAlert({ scenario }), "nafase-levens-redden"), false);
    assert.equal(heeftWaarschuwing(voorbeeldEinde({ scenario: "nafase" }), "nafase-levens-redden"), false);
  });
});

describe("daders-lezen-mee (§4c, §4e.2)", () => {
  test("nafase: always a warning (the area itself shows the search area)", () => {
    const b = beoordeel(
      voorbeeldAlert({ scenario: "nafase", actions: ["Volg instructies op van autoriteiten"] }),
      nu,
    );
    const w = b.waarschuwingen.find((x) => x.code === "daders-lezen-mee");
    assert.ok(w);
    assert.match(w.message, /zoekgebied/);
  });
  test("any scenario: text about perpetrators, suspects or the search", () => {
    const w = beoordeel(acties("Verlaat direct het gebied", "De dader is gevlucht"), nu).waarschuwingen;
    assert.equal(w.find((x) => x.code === "daders-lezen-mee")?.veld, "actions[1]");
    assert.ok(
      heeftWaarschuwing(
        voorbeeldAlert({ scenario: "acute-dreiging", location: "Zoekgebied rond Lombok" }),
        "daders-lezen-mee",
      ),
    );
    assert.ok(
      heeftWaarschuwing(
        voorbeeldAlert({ scenario: "acute-dreiging", risk: "Gewapende verdachte voortvluchtig" }),
        "daders-lezen-mee",
      ),
    );
    assert.ok(
      heeftWaarschuwing(
        voorbeeldAlert({ scenario: "acute-dreiging", risk: "Politie zoekt schutter" }),
        "daders-lezen-mee",
      ),
    );
  });
  test("no warning for a plain acute-dreiging message", () => {
    assert.equal(heeftWaarschuwing(acties("Verlaat direct het gebied"), "daders-lezen-mee"), false);
  });
});

describe("ontsteking-via-telefoon (§4e.3)", () => {
  const ja = [
    "Explosie",
    "Bomdreiging",
    "Bommelding Centraal Station",
    "Autobom",
    "Verdacht pakket",
    "Ontploffing",
    "Explosieven aangetroffen",
  ];
  for (const t of ja)
    test(`warning: "${t}"`, () =>
      assert.ok(heeftWaarschuwing(voorbeeldAlert({ risk: t }), "ontsteking-via-telefoon"), t));
  const nee = ["Grote schietpartij", "Groot steekincident", "Omgevallen bomen", "Dreiging", "Bomvol plein"];
  for (const t of nee)
    test(`no warning: "${t}"`, () =>
      assert.equal(heeftWaarschuwing(voorbeeldAlert({ risk: t }), "ontsteking-via-telefoon"), false, t));
  test("English bomb threat too", () => {
    assert.ok(
      heeftWaarschuwing(
        voorbeeldAlert({
          english: { risk: "Bomb threat", location: "Utrecht", actions: ["Leave the area"] },
        }),
        "ontsteking-via-telefoon",
      ),
    );
  });
});

describe("specifieke-gegevens (§4d.3: geen verstrekking van specifieke gegevens)", () => {
  const ja: [keyof Concept | "english.risk" | "english.actions", string][] = [
    ["risk", "Schietpartij, 3 doden en 5 gewonden"],
    ["risk", "Schietpartij in tram 60, slachtoffer Jan Jansen"],
    ["risk", "Steekpartij, meerdere slachtoffers"],
    ["risk", "Explosie, twee mensen overleden"],
    ["risk", "Schietpartij, één persoon zwaargewond"],
    ["location", "Utrecht, 24 Oktoberplein. Man in zwarte jas met vuurwapen"],
    ["actions", "Let op een vrouw met een rode capuchon"],
    ["actions", "Mijd een lange man met baard"],
    ["risk", "Schietpartij met automatisch wapen"],
    ["risk", "Steekincident, dader met mes"],
    ["location", "Omgeving station, zwarte bestelbus"],
    ["moreInfo", "Daders in een witte Volkswagen Golf"],
    ["location", "Utrecht, grijze BMW"],
    ["risk", "Schietpartij, schutter ongeveer 30 jaar oud"],
    ["english.risk", "Shooting, 3 people killed and several injured"],
    ["english.risk", "Attack with many casualties"],
    ["english.risk", "Stabbing, victims in the station"],
    ["english.actions", "Avoid a man in a black jacket"],
    ["english.actions", "Look out for a white van"],
  ];
  const met = (veld: string, tekst: string): Concept => {
    if (veld === "actions") return voorbeeldAlert({ scenario: "acute-dreiging", actions: [tekst] });
    if (veld.startsWith("english."))
      return voorbeeldAlert({
        scenario: "acute-dreiging",
        english: {
          risk: veld === "english.risk" ? tekst : "Major shooting",
          location: "Utrecht",
          actions: [veld === "english.actions" ? tekst : "Leave the area immediately"],
        },
      });
    return voorbeeldAlert({ scenario: "acute-dreiging", [veld]: tekst });
  };
  for (const [veld, t] of ja)
    test(`warning in ${veld}: "${t}"`, () => {
      const w = beoordeel(met(veld, t), nu).waarschuwingen.find((x) => x.code === "specifieke-gegevens");
      assert.ok(w, t);
      assert.equal(w.ernst, "waarschuwing");
      assert.match(w.bron, /§4d\.3/);
      assert.match(w.message, /specifieke gegevens/);
      assert.equal(w.veld?.startsWith(veld), true, `${w.veld} ≠ ${veld}`);
    });

  test("a warning, not an error: the draft stays releasable once acknowledged", () => {
    const b = beoordeel(met("risk", "Schietpartij, 3 doden"), nu);
    assert.equal(b.ok, true);
    assert.ok(!b.fouten.some((f) => (f.code as string) === "specifieke-gegevens"));
  });

  const nee = [
    "Grote schietpartij",
    "Groot steekincident",
    "Aanslag met voertuig",
    "Utrecht, 24 Oktoberplein en omgeving",
    "Utrecht, Zwarte Woud en omgeving",
    "Verlaat direct het gebied",
    "Ga naar binnen en sluit ramen en deuren",
    "Personen in het gebied: verlaat direct het gebied",
    "Help mee meer slachtofferschap te voorkomen: verlaat het gebied",
    "Slachtofferhulp Nederland: slachtofferhulp.nl",
    "Meer informatie op politie.nl",
    "Volg voor meer informatie @PolitieUtrecht",
    "Major stabbing incident",
    "Leave the area immediately",
    "Follow instructions from emergency services",
  ];
  for (const t of nee)
    test(`no warning: "${t}"`, () => {
      for (const veld of ["risk", "location", "actions", "moreInfo"])
        assert.equal(heeftWaarschuwing(met(veld, t), "specifieke-gegevens"), false, `${veld}: ${t}`);
    });

  test("the guideline's templates and the examples stay free of it", () => {
    const vul = (t: string) => vulSjabloon(t, { website: "politie.nl", account: "@PolitieUtrecht" });
    for (const s of [
      ...RISICO_SJABLONEN,
      ...HANDELINGSPERSPECTIEF_SJABLONEN,
      ...MEER_INFORMATIE_SJABLONEN,
      ...EINDE_HANDELINGSPERSPECTIEF_SJABLONEN,
    ]) {
      for (const veld of ["risk", "location", "actions", "moreInfo"])
        assert.equal(heeftWaarschuwing(met(veld, vul(s.nl)), "specifieke-gegevens"), false, s.nl);
      for (const veld of ["english.risk", "english.actions"])
        assert.equal(heeftWaarschuwing(met(veld, vul(s.en)), "specifieke-gegevens"), false, s.en);
    }
    for (const c of [voorbeeldAlert(), voorbeeldEinde()])
      assert.equal(heeftWaarschuwing(c, "specifieke-gegevens"), false);
  });
});

describe("input validity inside beoordeel", () => {
  test("area errors name the field", () => {
    const b = beoordeel(
      voorbeeldAlert({
        area: {
          polygon: [
            [52, 5],
            [52.1, 5],
            [52, 5.1],
          ],
        },
      }),
      nu,
    );
    const f = b.fouten.find((x) => x.code === "gebied-ongeldig");
    assert.equal(f?.veld, "area.polygon");
    assert.match(f?.message ?? "", /minstens 4 punten/);
    assert.ok(beoordeel(voorbeeldAlert({ area: {} }), nu).fouten.some((x) => x.veld === "area"));
    const c = beoordeel(voorbeeldAlert({ area: { circle: { lat: 91, lon: 5, radiusKm: 0 } } }), nu);
    assert.deepEqual(
      c.fouten.filter((x) => x.code === "gebied-ongeldig").map((x) => x.veld),
      ["area.circle.lat", "area.circle.radiusKm"],
    );
    const open = beoordeel(
      voorbeeldAlert({
        area: {
          polygon: [
            [52, 5],
            [52.1, 5],
            [52, 5.1],
            [52.05, 5.05],
          ],
        },
      }),
      nu,
    );
    assert.match(open.fouten.find((x) => x.code === "gebied-ongeldig")?.message ?? "", /niet gesloten/);
    const lon = beoordeel(
      voorbeeldAlert({
        area: {
          polygon: [
            [52, 5],
            [52.1, 181],
            [52, 5.1],
            [52, 5],
          ],
        },
      }),
      nu,
    );
    assert.equal(lon.fouten.find((x) => x.code === "gebied-ongeldig")?.veld, "area.polygon[1][1]");
  });

  test("an invalid sent is an error", () => {
    const b = beoordeel(voorbeeldAlert({ sent: "18-03-2019 10:45" }), nu);
    assert.equal(b.fouten.find((x) => x.code === "tijd-ongeldig")?.veld, "sent");
  });

  test("control characters are rejected with the field", () => {
    const b = beoordeel(voorbeeldAlert({ risk: "Grote\u0007schietpartij" }), nu);
    assert.equal(b.fouten.find((x) => x.code === "invoer-ongeldig")?.veld, "risk");
  });

  test("beoordeelInvoer turns schema errors into Dutch errors naming the field", () => {
    const r = beoordeelInvoer({ ...voorbeeldAlert(), scenario: "paniek" }, nu);
    assert.equal(r.ok, false);
    assert.match(r.fouten[0]?.message ?? "", /scenario/);
  });
});
