import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  eenheidVanRegio,
  ImportFout,
  parseGemeentenCsv,
  referentieOrganisaties,
  VEILIGHEIDSREGIOS,
} from "./referentie.ts";

const SHARED = new URL("../../../../shared/data/nl/", import.meta.url);

describe("referentieorganisaties", () => {
  const orgs = referentieOrganisaties();
  test("25 veiligheidsregio's, 10 regionale eenheden plus de Landelijke Eenheid", () => {
    assert.equal(orgs.filter((o) => o.soort === "veiligheidsregio").length, 25);
    assert.equal(orgs.filter((o) => o.soort === "politie-eenheid").length, 11);
  });
  test("ids zijn uniek en elke ouder staat vóór het kind", () => {
    const gezien = new Set<string>();
    for (const o of orgs) {
      assert.ok(!gezien.has(o.id), `dubbel id ${o.id}`);
      if (o.ouderId) assert.ok(gezien.has(o.ouderId), `${o.id}: ouder ${o.ouderId} komt later`);
      if (o.regioId) assert.ok(gezien.has(o.regioId), `${o.id}: regio ${o.regioId} onbekend`);
      gezien.add(o.id);
    }
  });
  test("de regio-indeling komt overeen met CBS (shared/data/nl/veiligheidsregios.csv)", () => {
    const csv = readFileSync(new URL("veiligheidsregios.csv", SHARED), "utf8").trim().split("\n").slice(1);
    assert.equal(csv.length, VEILIGHEIDSREGIOS.length);
    for (const regel of csv) {
      const [code, , , , eenheid] = regel.split(",");
      assert.equal(eenheidVanRegio(code!), eenheid, code);
    }
  });
});

describe("gemeenten-CSV", () => {
  test("leest alle 342 gemeenten van 2025", () => {
    const g = parseGemeentenCsv(readFileSync(new URL("gemeenten.csv", SHARED), "utf8"));
    assert.equal(g.length, 342);
    assert.ok(g.some((x) => x.code === "GM0344" && x.naam === "Utrecht" && x.vrCode === "VR09"));
  });
  test("weigert een onbekende regio met regelnummer en veld", () => {
    const csv =
      "gemeentecode,gemeentenaam,veiligheidsregio_code,politie_eenheid_code,provincie\nGM0001,Test,VR99,RE01,X\n";
    assert.throws(
      () => parseGemeentenCsv(csv),
      (e: unknown) => e instanceof ImportFout && e.regel === 2 && e.veld === "veiligheidsregio_code",
    );
  });
  test("weigert een eenheid die niet bij de regio hoort", () => {
    const csv =
      "gemeentecode,gemeentenaam,veiligheidsregio_code,politie_eenheid_code,provincie\nGM0001,Test,VR09,RE01,X\n";
    assert.throws(() => parseGemeentenCsv(csv), /RE01 hoort niet bij VR09/);
  });
  test("weigert een ontbrekende kolom", () => {
    assert.throws(() => parseGemeentenCsv("gemeentecode,gemeentenaam\n"), /kolom ontbreekt/);
  });
  test("leest velden tussen aanhalingstekens", () => {
    const csv =
      'gemeentecode,gemeentenaam,veiligheidsregio_code,politie_eenheid_code,provincie\nGM0518,"\'s-Gravenhage, Den Haag",VR15,RE06,Zuid-Holland\n';
    assert.equal(parseGemeentenCsv(csv)[0]?.naam, "'s-Gravenhage, Den Haag");
  });
});
