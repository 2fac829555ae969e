import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { CAPACITEIT_TYPEN, capaciteitType } from "./catalogus.ts";
import { DOELSTELLINGEN, prioriteitVoor } from "./doelstellingen.ts";

describe("catalogus", () => {
  test("ids uniek en elk type met naam, eenheid en bron", () => {
    const ids = CAPACITEIT_TYPEN.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const t of CAPACITEIT_TYPEN) {
      assert.ok(t.naam && t.telEenheid && t.bron.length > 10, t.id);
      // A null reaction time must say why.
      if (t.reactietijdMinuten === null) assert.ok(t.reactietijdToelichting, t.id);
    }
  });

  test("de in de opdracht genoemde typen zijn er", () => {
    for (const id of [
      "politie-me-peloton",
      "politie-arrestatieteam",
      "politie-bewakingseenheid",
      "jenv-waterwerper",
      "jenv-bewakingscontainer",
      "jenv-vrt-voertuig",
      "kmar-peloton",
      "defensie-tin-peloton",
      "defensie-opvanglocatie",
      "defensie-vervoerscapaciteit",
      "defensie-energievoorziening",
      "defensie-voedselvoorbereiding",
      "defensie-mobiele-drinkwaterinstallatie",
      "ifv-dekens",
      "ifv-noodopvangsets",
      "ifv-slaapzakken",
      "sis",
      "btc-crisiscommunicatieadviseur",
    ])
      assert.ok(capaciteitType(id), id);
  });

  test("IFV-prijzen staan niet in de bronnen en zijn dus onbekend, niet verzonnen", () => {
    const ifv = CAPACITEIT_TYPEN.filter((t) => t.eigenaar === "ifv" && t.id.startsWith("ifv-"));
    assert.equal(ifv.length, 3);
    for (const t of ifv) assert.equal(t.prijsEuro, null);
  });
});

describe("doelstellingen", () => {
  test("volgorde gelijk aan het crisisplan", () => {
    const bron = readFileSync(
      new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
      "utf8",
    );
    const posities = DOELSTELLINGEN.map((d) => bron.indexOf(`${d.rang}. ${d.naam}`));
    assert.ok(
      posities.every((p) => p >= 0),
      JSON.stringify(posities),
    );
    assert.deepEqual(
      [...posities].sort((a, b) => a - b),
      posities,
    );
  });

  test("prioriteit = rang van de doelstelling", () => {
    assert.deepEqual(
      DOELSTELLINGEN.map((d) => prioriteitVoor(d.id, "regulier").prioriteit),
      [1, 2, 3, 4, 5],
    );
  });

  test("acuut tilt voorkomen-aanslag en opsporen naar 1, niet boven redden en niet onrust/veerkracht", () => {
    assert.equal(prioriteitVoor("opsporen", "acuut").prioriteit, 1);
    assert.equal(prioriteitVoor("voorkomen-aanslag", "acuut").prioriteit, 1);
    assert.equal(prioriteitVoor("redden", "acuut").prioriteit, 1);
    assert.equal(prioriteitVoor("onrust", "acuut").prioriteit, 4);
    assert.equal(prioriteitVoor("veerkracht", "acuut").prioriteit, 5);
    assert.match(prioriteitVoor("opsporen", "acuut").motivering, /acuut/);
  });

  test("handmatige prioriteit van het Crisisberaad wint, met motivering", () => {
    const p = prioriteitVoor("veerkracht", "regulier", { prioriteit: 2, motivering: "besluit ICCb" });
    assert.equal(p.prioriteit, 2);
    assert.match(p.motivering, /besluit ICCb/);
  });
});
