import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { CAPACITEIT_TYPEN, capaciteitType } from "./catalogus.ts";
import {
  DOELSTELLINGEN,
  doelstellingVan,
  prioriteitVoor,
  STATUS_LIJST,
  UITGANGSPUNT_EERSTE_UREN,
  UITGANGSPUNT_REDDEN,
  UITGANGSPUNT_VERVOLGDREIGING,
  UITGANGSPUNTEN,
} from "./doelstellingen.ts";
import { tinWaarschuwing } from "./waarschuwingen.ts";

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
  test("standaardvolgorde = de volgorde waarin het crisisplan de doelstellingen opsomt (zonder nummers)", () => {
    // The original lists them without numbers; the 1..5 ranking is Knooppunt's (ADR 0300).
    const bron = readFileSync(
      new URL("../../../../shared/seeds/lcp-egt-duiding-doelstellingen.txt", import.meta.url),
      "utf8",
    );
    const posities = DOELSTELLINGEN.map((d) => bron.indexOf(d.naam));
    assert.ok(
      posities.every((p) => p >= 0),
      JSON.stringify(posities),
    );
    assert.deepEqual(
      [...posities].sort((a, b) => a - b),
      posities,
    );
    // The original interleaves two columns; the readable version has the sentence whole.
    const leesbaar = readFileSync(
      new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
      "utf8",
    ).replace(/\s+/g, " ");
    assert.ok(leesbaar.includes(STATUS_LIJST));
  });

  test("de uitgangspunten en het uitgangspunt van de eerste uren staan er woordelijk zoals in het crisisplan (review dekking D8)", () => {
    const leesbaar = readFileSync(
      new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
      "utf8",
    ).replace(/\s+/g, " ");
    assert.equal(UITGANGSPUNTEN.length, 4, "het crisisplan noemt vier uitgangspunten");
    for (const u of UITGANGSPUNTEN)
      for (const zin of u.tekst.split(/(?<=\.) /))
        assert.ok(leesbaar.includes(zin), `niet in de bron: "${zin}"`);
    assert.ok(leesbaar.includes(UITGANGSPUNT_EERSTE_UREN), "eerste uren");
  });

  test("prioriteit = rang in de standaardvolgorde; de motivering schrijft die aan Knooppunt toe, niet aan de LCP", () => {
    assert.deepEqual(
      DOELSTELLINGEN.map((d) => prioriteitVoor(d.id, "regulier").prioriteit),
      [1, 2, 3, 4, 5],
    );
    const m = prioriteitVoor("opsporen", "regulier").motivering;
    assert.match(m, /standaardvolgorde/);
    assert.match(m, /ADR 0300/);
    assert.match(m, /richtinggevend hulpmiddel/);
    assert.doesNotMatch(m, /van 5/);
  });

  test("acuut tilt voorkomen-aanslag en opsporen naar 1, niet boven redden en niet onrust/veerkracht", () => {
    assert.equal(prioriteitVoor("opsporen", "acuut").prioriteit, 1);
    assert.equal(prioriteitVoor("voorkomen-aanslag", "acuut").prioriteit, 1);
    assert.equal(prioriteitVoor("redden", "acuut").prioriteit, 1);
    assert.equal(prioriteitVoor("onrust", "acuut").prioriteit, 4);
    assert.equal(prioriteitVoor("veerkracht", "acuut").prioriteit, 5);
  });

  test("de motivering citeert de volledige voorwaarde; voorkomen-aanslag rust op de vervolgdreiging-zin", () => {
    // LCP-EGT §3.2.3 (leesbaar 132-137): the condition is part of the exception.
    const opsporen = prioriteitVoor("opsporen", "acuut").motivering;
    assert.ok(opsporen.includes(UITGANGSPUNT_REDDEN), opsporen);
    assert.match(opsporen, /met een nog groter risico op slachtoffers/);
    assert.ok(opsporen.includes(UITGANGSPUNT_VERVOLGDREIGING), opsporen);
    const aanslag = prioriteitVoor("voorkomen-aanslag", "acuut").motivering;
    assert.ok(aanslag.includes(UITGANGSPUNT_VERVOLGDREIGING), aanslag);
    assert.doesNotMatch(aanslag, /[Rr]edden gaat voor opsporen/);
    for (const s of [UITGANGSPUNT_REDDEN, UITGANGSPUNT_VERVOLGDREIGING]) {
      const bron = readFileSync(
        new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
        "utf8",
      ).replace(/\s+/g, " ");
      assert.ok(bron.includes(s), `letterlijk in de bron: ${s}`);
    }
  });

  test("handmatige prioriteit van het Crisisberaad wint, met motivering", () => {
    const p = prioriteitVoor("veerkracht", "regulier", { prioriteit: 2, motivering: "besluit ICCb" });
    assert.equal(p.prioriteit, 2);
    assert.match(p.motivering, /besluit ICCb/);
  });
});

describe("doelstelling van een aanvraag (ADR 0356)", () => {
  test("een ambulance dient het redden van mensenlevens, ook via een bevolkingszorgprocedure (LCP r.53-55, r.119)", () => {
    // fb §4 asks for "Extra middelen van brandweer, ambulancediensten" (fb r.174-175); that procedure
    // gave 'veerkracht' (5), below public order (review capaciteit F4, review dekking).
    const d = doelstellingVan("bevolkingszorg-4-middelen", "ambulance");
    assert.equal(d, "redden");
    assert.equal(prioriteitVoor(d, "regulier").prioriteit, 1);
    assert.equal(doelstellingVan("politie-1-bijstand-andere-eenheid-oo", "ambulance"), "redden");
  });

  test("zonder doelstelling van het type beslist de procedure, zoals voorheen (ADR 0660)", () => {
    assert.equal(doelstellingVan("bevolkingszorg-4-middelen", "ifv-dekens"), "veerkracht");
    assert.equal(doelstellingVan("bevolkingszorg-4-middelen", "ifv-noodopvangsets"), "veerkracht");
    assert.equal(doelstellingVan("bevolkingszorg-2-sis", "sis"), "veerkracht");
    assert.equal(doelstellingVan("politie-1-bijstand-andere-eenheid-oo", "politie-me-peloton"), "onrust");
    assert.equal(doelstellingVan("politie-7-kmar-justitie", "kmar-opsporingsexpertise"), "opsporen");
    assert.equal(
      doelstellingVan("lcp-egt-tin-bewaken-beveiligen", "defensie-tin-peloton"),
      "voorkomen-aanslag",
    );
    assert.equal(
      doelstellingVan("politie-2-bewakingscontainer-vrt", "jenv-vrt-voertuig"),
      "voorkomen-aanslag",
    );
    assert.equal(doelstellingVan("politie-1-bijstand-andere-eenheid-oo"), "onrust");
    assert.equal(doelstellingVan("bevolkingszorg-4-middelen", "bestaat-niet"), "veerkracht");
  });

  test("elk type met een eigen doelstelling onderbouwt die met een letterlijk citaat uit de LCP", () => {
    const leesbaar = readFileSync(
      new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
      "utf8",
    ).replace(/\s+/g, " ");
    const met = CAPACITEIT_TYPEN.filter((t) => t.doelstelling);
    assert.deepEqual(
      met.map((t) => [t.id, t.doelstelling?.id]),
      [["ambulance", "redden"]],
    );
    for (const t of met) {
      const citaten = [...(t.doelstelling?.bron ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(citaten.length > 0, t.id);
      for (const c of citaten) assert.ok(leesbaar.includes(c), `letterlijk in de bron: ${c}`);
    }
  });
});

describe("waarschuwing bij TIN terwijl bewakingseenheden vrij zijn (LCP §6.2.2, leesbaar 49-51)", () => {
  test("vrije bewakingseenheden van politie of KMar geven een waarschuwing die de bron citeert", () => {
    const w = tinWaarschuwing(2, { "politie-bewakingseenheid": 5 });
    assert.ok(w);
    assert.equal(w.code, "bewakingseenheden-vrij");
    assert.match(w.tekst, /5 bewakingseenheden van de politie/);
    assert.match(w.tekst, /geen weigering/);
    assert.match(w.bron, /leesbaar 49-51/);
    assert.ok(w.tekst.includes("niet meer toereikend"));
    const bron = readFileSync(
      new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
      "utf8",
    ).replace(/\s+/g, " ");
    assert.ok(
      bron.includes(
        "Op het moment dat politie- en KMar-capaciteiten niet meer toereikend zijn, kan het bevoegd gezag via het LOCC met een verzoek om bijstand van Defensie vragen",
      ),
    );
    assert.match(
      tinWaarschuwing(1, { "kmar-bewakingseenheid": 1 })?.tekst ?? "",
      /1 bewakingseenheid van de KMar vrij is/,
    );
  });

  test("geen waarschuwing zonder TIN-vraag of zonder vrije bewakingseenheden", () => {
    assert.equal(tinWaarschuwing(0, { "politie-bewakingseenheid": 5 }), null);
    assert.equal(tinWaarschuwing(3, {}), null);
    assert.equal(tinWaarschuwing(3, { "politie-bewakingseenheid": 0, "kmar-bewakingseenheid": 0 }), null);
  });
});
