import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { CAPACITEIT_TYPEN } from "./catalogus.ts";
import {
  BRON_INZETPLAN,
  inzetplanWeigering,
  isInzetplanType,
  meerderePlekkenWeigering,
  plekkenEnRegios,
} from "./inzetplan.ts";

const leesbaar = readFileSync(
  new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
  "utf8",
).replace(/\s+/g, " ");
const citaten = (s: string) => [...s.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

describe("capaciteiten- en inzetplan alleen voor bijstand van Defensie (LCP §6.2.2, leesbaar 82-86)", () => {
  test("de bron staat er letterlijk", () => {
    for (const c of citaten(BRON_INZETPLAN)) assert.ok(leesbaar.includes(c), `letterlijk in de bron: ${c}`);
  });

  test("alleen het TIN-peloton (Defensie, bijstand aan politie/KMar) mag in een plan", () => {
    assert.deepEqual(
      CAPACITEIT_TYPEN.filter((t) => isInzetplanType(t.id)).map((t) => t.id),
      ["defensie-tin-peloton"],
    );
    for (const t of CAPACITEIT_TYPEN) if (isInzetplanType(t.id)) assert.equal(t.eigenaar, "defensie");
    assert.equal(inzetplanWeigering("defensie-tin-peloton"), null);
  });

  test("andere typen: geweigerd met wie er wel over besluit, en de verwijzing naar het advies", () => {
    const amb = inzetplanWeigering("ambulance");
    assert.match(amb ?? "", /geen capaciteit van Defensie/);
    assert.match(amb ?? "", /ambulancebijstandsplan/);
    assert.match(amb ?? "", /advies/);
    const water = inzetplanWeigering("defensie-mobiele-drinkwaterinstallatie");
    assert.match(water ?? "", /bevolkingszorg/);
    assert.match(water ?? "", /Commandant der Strijdkrachten/);
    assert.match(inzetplanWeigering("jenv-waterwerper") ?? "", /geen capaciteit van Defensie/);
    assert.match(inzetplanWeigering("bestaat-niet") ?? "", /Onbekend/);
  });

  test("de route volgt het type, niet de soort eigenaar: SIS, BTC en gemeenten zijn ondersteuning, geen art. 51 Wvr (fb r.72-78, r.97-104, r.243-255; ADR 0354)", () => {
    for (const id of [
      "sis",
      "bz-medewerkers-opvang",
      "bz-expert-zorg",
      "bz-ramptype-expert",
      "btc-omgevingsspecialist",
    ]) {
      const w = inzetplanWeigering(id) ?? "";
      assert.match(w, /ondersteuning, geen bijstand op grond van art\. 51 Wvr/, id);
      assert.doesNotMatch(w, /voorzitter van de veiligheidsregio/, id);
      assert.doesNotMatch(w, /bijstand tussen regio's/, id);
    }
    const sis = inzetplanWeigering("sis") ?? "";
    assert.match(sis, /officier van dienst bevolkingszorg of de algemeen commandant bevolkingszorg/);
    assert.match(sis, /via het LOCC/);
    assert.match(sis, /fb r\.72-78, r\.243-246, r\.252-255/);
    const gem = inzetplanWeigering("bz-medewerkers-opvang") ?? "";
    assert.match(gem, /algemeen commandant bevolkingszorg/);
    assert.match(gem, /makelaar/);
    assert.match(gem, /eigen bevoegde gezag/);
    // The NCC stays the first contact for the BTC, though the IFV keeps it current (ADR 0355).
    assert.match(
      inzetplanWeigering("btc-crisiscommunicatieadviseur") ?? "",
      /via het NCC \(eerste contact\)/,
    );
    // The IFV's own reserve means are bijstand: art. 51 Wvr, through the voorzitter (fb r.81-84).
    assert.match(inzetplanWeigering("ifv-dekens") ?? "", /art\. 51 Wvr.*voorzitter van de veiligheidsregio/);
  });

  test("elk type noemt zijn route met bronregels; wat tussen aanhalingstekens staat, staat zo in de bron", () => {
    const lees = (f: string) =>
      readFileSync(new URL(`../../../../shared/seeds/${f}`, import.meta.url), "utf8").replace(/\s+/g, " ");
    const bronnen: [RegExp, string][] = [
      [/^factsheet politie/, lees("factsheet-bijstand-politie.md")],
      [/^factsheet bevolkingszorg/, lees("factsheet-bijstand-bevolkingszorg.txt")],
      [/^LCP/, leesbaar],
    ];
    for (const t of CAPACITEIT_TYPEN) {
      assert.ok(t.toestemming.length > 20, t.id);
      assert.match(t.toestemmingBron, /r\.\d+/, `${t.id}: bronregels`);
      const bron = bronnen.find(([re]) => re.test(t.toestemmingBron));
      assert.ok(bron, `${t.id}: bekende bron`);
      const c = citaten(t.toestemmingBron);
      assert.ok(c.length > 0, `${t.id}: een citaat`);
      for (const x of c) assert.ok(bron[1].includes(x), `${t.id}: letterlijk in de bron: ${x}`);
    }
  });

  test("meerdere plekken en/of regio's: twee plekken in één regio tellen, één plek niet", () => {
    const binnenhof = { regioId: "vr15", locatieNaam: "Den Haag, Binnenhof" };
    assert.deepEqual(plekkenEnRegios([binnenhof, { ...binnenhof, locatieNaam: " den haag,  Binnenhof " }]), {
      plekken: 1,
      regios: 1,
    });
    const een = meerderePlekkenWeigering([binnenhof, { ...binnenhof }]);
    assert.match(een ?? "", /één plek \('Den Haag, Binnenhof'\)/);
    assert.match(een ?? "", /meerdere plekken en\/of regio's/);
    assert.match(meerderePlekkenWeigering([]) ?? "", /geen enkele plek/);
    assert.equal(
      meerderePlekkenWeigering([binnenhof, { regioId: "vr15", locatieNaam: "Den Haag, ambassades" }]),
      null,
    );
    assert.equal(
      meerderePlekkenWeigering([binnenhof, { regioId: "vr12", locatieNaam: "Den Haag, Binnenhof" }]),
      null,
    );
  });
});
