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
