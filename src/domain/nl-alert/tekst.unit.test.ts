import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  EINDE_HANDELINGSPERSPECTIEF_SJABLONEN,
  HANDELINGSPERSPECTIEF_SJABLONEN,
  MEER_INFORMATIE_SJABLONEN,
  RISICO_SJABLONEN,
  sjablonenVoor,
  vulSjabloon,
} from "./sjablonen.ts";
import { SCHEIDING, stelTekstSamen } from "./tekst.ts";
import { amsterdamOffsetMinuten, capTijd, leesTijdstip, nlAlertKop } from "./tijd.ts";
import { voorbeeldAlert, voorbeeldEinde } from "./voorbeelden.ts";

describe("header and times (Europe/Amsterdam)", () => {
  test("NL-Alert DD-MM-YYYY HH:MM in winter (+01:00) and summer (+02:00)", () => {
    assert.equal(nlAlertKop(new Date("2019-03-18T09:45:00Z")), "NL-Alert 18-03-2019 10:45");
    assert.equal(nlAlertKop(new Date("2024-07-01T22:05:00Z")), "NL-Alert 02-07-2024 00:05");
  });

  test("DST changes come from the tz database, not hand-made rules", () => {
    assert.equal(amsterdamOffsetMinuten(new Date("2019-03-31T00:59:59Z")), 60);
    assert.equal(amsterdamOffsetMinuten(new Date("2019-03-31T01:00:00Z")), 120);
    assert.equal(capTijd(new Date("2019-10-27T00:30:00Z")), "2019-10-27T02:30:00+02:00");
    assert.equal(capTijd(new Date("2019-10-27T01:30:00Z")), "2019-10-27T02:30:00+01:00");
  });

  test("CAP time has an offset, never Z, and no fractions", () => {
    assert.equal(capTijd(new Date("2019-03-18T09:45:07.900Z")), "2019-03-18T10:45:07+01:00");
  });

  test("leesTijdstip wants a zone and a real calendar date", () => {
    assert.equal(leesTijdstip("2019-03-18T10:45:00+01:00")?.toISOString(), "2019-03-18T09:45:00.000Z");
    assert.equal(leesTijdstip("2019-03-18T09:45:00Z")?.toISOString(), "2019-03-18T09:45:00.000Z");
    assert.equal(leesTijdstip("2019-03-18T10:45:00"), undefined);
    assert.equal(leesTijdstip("2019-02-30T10:45:00+01:00"), undefined);
    assert.equal(leesTijdstip("gisteren"), undefined);
  });
});

describe("templates from the §4f table", () => {
  test("every risk and handelingsperspectief of the table is offered, verbatim", () => {
    assert.deepEqual(
      RISICO_SJABLONEN.map((s) => s.nl),
      [
        "Grote schietpartij",
        "Groot steekincident",
        "Explosie",
        "Dreiging",
        "Bomdreiging",
        "Lock-down terrorismescenario",
      ],
    );
    assert.deepEqual(
      HANDELINGSPERSPECTIEF_SJABLONEN.map((s) => s.nl),
      [
        "Verlaat direct het gebied",
        "Verlaat direct het gebied óf verberg je",
        "Volg instructies op van hulpdiensten",
        "Geef hulpdiensten de ruimte",
        "Volg instructies op van autoriteiten",
      ],
    );
    assert.equal(MEER_INFORMATIE_SJABLONEN.length, 2);
  });

  test("per scenario (§4c): active perpetrators get shooting/stabbing/explosion, nafase the lock-down", () => {
    assert.deepEqual(
      sjablonenVoor("acute-situatie").risico.map((s) => s.id),
      ["grote-schietpartij", "groot-steekincident", "explosie"],
    );
    assert.deepEqual(
      sjablonenVoor("acute-dreiging").risico.map((s) => s.id),
      ["dreiging", "bomdreiging"],
    );
    assert.ok(sjablonenVoor("nafase").risico.some((s) => s.id === "lock-down"));
    assert.ok(
      sjablonenVoor("acute-situatie").handelingsperspectief.some((s) => s.id === "verlaat-of-verberg"),
    );
    assert.ok(!sjablonenVoor("nafase").handelingsperspectief.some((s) => s.id === "verlaat-gebied"));
    assert.deepEqual(
      sjablonenVoor("nafase", "einde-situatie").handelingsperspectief,
      EINDE_HANDELINGSPERSPECTIEF_SJABLONEN,
    );
  });

  test("vulSjabloon fills placeholders and leaves unknown ones", () => {
    assert.equal(
      vulSjabloon("Meer informatie op {website}", { website: "politie.nl" }),
      "Meer informatie op politie.nl",
    );
    assert.equal(
      vulSjabloon("Volg voor meer informatie {account}", {}),
      "Volg voor meer informatie {account}",
    );
  });
});

describe("stelTekstSamen", () => {
  const nu = new Date("2019-03-18T09:45:00Z");

  test("one element per line: header, risk, location, actions, more information", () => {
    const s = stelTekstSamen(
      voorbeeldAlert({ actions: ["Verlaat direct het gebied", "Geef hulpdiensten de ruimte"] }),
      nu,
    );
    assert.equal(
      s.tekst,
      [
        "NL-Alert 18-03-2019 10:45",
        "Grote schietpartij",
        "Utrecht, 24 Oktoberplein en omgeving",
        "Verlaat direct het gebied",
        "Geef hulpdiensten de ruimte",
        "Meer informatie op politie.nl",
      ].join("\n"),
    );
    assert.equal(s.en, undefined);
  });

  test("the draft's sent sets the header; whitespace inside elements collapses; empty actions vanish", () => {
    const s = stelTekstSamen(
      voorbeeldAlert({
        sent: "2019-07-01T14:03:00+02:00",
        risk: "  Groot\n steekincident ",
        actions: ["", "Verlaat   direct het gebied"],
        moreInfo: undefined,
      }),
      nu,
    );
    assert.equal(
      s.tekst,
      "NL-Alert 01-07-2019 14:03\nGroot steekincident\nUtrecht, 24 Oktoberplein en omgeving\nVerlaat direct het gebied",
    );
  });

  test("English part after a *** separator line, without a second header", () => {
    const s = stelTekstSamen(
      voorbeeldAlert({
        english: {
          risk: "Major shooting",
          location: "Utrecht, 24 Oktoberplein area",
          actions: ["Leave the area immediately"],
          moreInfo: "More information at politie.nl",
        },
      }),
      nu,
    );
    assert.equal(
      s.tekst.split(`\n${SCHEIDING}\n`)[1],
      "Major shooting\nUtrecht, 24 Oktoberplein area\nLeave the area immediately\nMore information at politie.nl",
    );
    assert.ok(s.tekst.startsWith(`${s.nl}\n***\n`));
  });

  test("einde situatie prefixes the risk line in both languages", () => {
    const s = stelTekstSamen(
      voorbeeldEinde({
        english: {
          risk: "Major shooting",
          location: "Utrecht",
          actions: ["You no longer need to avoid the area"],
        },
      }),
      nu,
    );
    assert.equal(s.tekst.split("\n")[1], "Einde situatie: Grote schietpartij");
    assert.ok(s.en?.startsWith("End of situation: Major shooting\n"));
  });

  test("exercise and test messages are marked in the text itself", () => {
    const o = stelTekstSamen(voorbeeldAlert({ status: "Exercise" }), nu);
    assert.equal(o.tekst.split("\n")[1], "OEFENING");
    const t = stelTekstSamen(
      voorbeeldAlert({
        status: "Test",
        english: { risk: "Major shooting", location: "X", actions: ["Leave"] },
      }),
      nu,
    );
    assert.equal(t.tekst.split("\n")[1], "TESTBERICHT");
    assert.ok(t.en?.startsWith("TEST MESSAGE\n"));
    assert.ok(!stelTekstSamen(voorbeeldAlert(), nu).tekst.includes("OEFENING"));
  });
});
