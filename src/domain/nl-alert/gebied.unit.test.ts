// The broadcast area against the bevoegde's safety region and its size (review finding 7, ADR 0251).
// The region outlines are read from the shared reference data (CBS/PDOK via cartomap/nl), not copied.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { beoordeel, REDEN_VEREIST } from "./controles.ts";
import {
  DIRECTE_OMGEVING_KM2,
  inRing,
  ligging,
  oppervlakteKm2,
  type RegioGeometrie,
  type RegioVorm,
} from "./gebied.ts";
import { VOORBEELD_POLYGOON, voorbeeldAlert } from "./voorbeelden.ts";

const GEOJSON = new URL("../../../../shared/data/nl/geo/veiligheidsregio_2025.geojson", import.meta.url);
const regios = JSON.parse(readFileSync(GEOJSON, "utf8")) as {
  features: { properties: { statcode: string; statnaam: string }; geometry: RegioGeometrie }[];
};
const vorm = (code: string): RegioVorm => {
  const f = regios.features.find((x) => x.properties.statcode === code);
  assert.ok(f, code);
  return { code, naam: f.properties.statnaam, geometrie: f.geometry };
};
const UTRECHT = vorm("VR09");
const ctx = { regioNaam: "Veiligheidsregio Utrecht", vorm: UTRECHT };
const nu = new Date("2025-03-18T10:45:00+01:00");

/** The Dam in Amsterdam (VR13), Abcoude on the Utrecht/Amsterdam border, Utrecht centre. */
const DAM = { lat: 52.373, lon: 4.893 };
const ABCOUDE = { lat: 52.2717, lon: 4.9697 };
const UTRECHT_CENTRUM = { lat: 52.09, lon: 5.12 };

describe("inRing", () => {
  test("a point inside and outside a square, open or closed ring", () => {
    const vierkant: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ];
    assert.equal(inRing([1, 1], vierkant), true);
    assert.equal(inRing([3, 1], vierkant), false);
    assert.equal(inRing([1, 1], [...vierkant, [0, 0]]), true);
  });
});

describe("ligging tegen de veiligheidsregio", () => {
  test("the Utrecht example polygon lies within VR09", () => {
    assert.deepEqual(ligging({ polygon: VOORBEELD_POLYGOON }, UTRECHT.geometrie), {
      soort: "binnen",
      aandeelBuiten: 0,
    });
  });

  test("a circle around the Dam lies entirely outside VR09, inside VR13", () => {
    assert.equal(ligging({ circle: { ...DAM, radiusKm: 1 } }, UTRECHT.geometrie).soort, "buiten");
    assert.equal(ligging({ circle: { ...DAM, radiusKm: 1 } }, vorm("VR13").geometrie).soort, "binnen");
  });

  test("a 5 km circle at Abcoude crosses into Amsterdam: partly, with the share outside", () => {
    const l = ligging({ circle: { ...ABCOUDE, radiusKm: 5 } }, UTRECHT.geometrie);
    assert.equal(l.soort, "deels");
    assert.ok(l.aandeelBuiten > 0.05 && l.aandeelBuiten < 0.6, String(l.aandeelBuiten));
  });

  test("a circle that contains the whole region is partly outside, not inside", () => {
    assert.equal(
      ligging({ circle: { ...UTRECHT_CENTRUM, radiusKm: 200 } }, UTRECHT.geometrie).soort,
      "deels",
    );
    assert.equal(
      ligging({ circle: { ...UTRECHT_CENTRUM, radiusKm: 5000 } }, UTRECHT.geometrie).soort,
      "deels",
    );
  });

  test("within the border tolerance counts as inside (generalised outlines)", () => {
    // A tiny circle on a vertex of the VR09 outline itself.
    const [lon, lat] = (UTRECHT.geometrie.coordinates as number[][][])[0]![10]!;
    const l = ligging({ circle: { lat: lat!, lon: lon!, radiusKm: 0.2 } }, UTRECHT.geometrie);
    assert.equal(l.soort, "binnen");
    assert.equal(
      ligging({ circle: { lat: lat!, lon: lon!, radiusKm: 0.2 } }, UTRECHT.geometrie, 0).soort,
      "deels",
    );
  });

  test("a polygon near the Dam is outside too", () => {
    const poly: [number, number][] = [
      [52.37, 4.88],
      [52.38, 4.88],
      [52.38, 4.9],
      [52.37, 4.88],
    ];
    assert.equal(ligging({ polygon: poly }, UTRECHT.geometrie).soort, "buiten");
  });
});

describe("oppervlakte", () => {
  test("circle π r², polygon by its corners", () => {
    assert.ok(Math.abs(oppervlakteKm2({ circle: { ...UTRECHT_CENTRUM, radiusKm: 2 } }) - Math.PI * 4) < 1e-9);
    // About 1 km × 1 km around the Utrecht centre.
    const km = oppervlakteKm2({
      polygon: [
        [52.09, 5.12],
        [52.09, 5.1346],
        [52.099, 5.1346],
        [52.099, 5.12],
        [52.09, 5.12],
      ],
    });
    assert.ok(km > 0.95 && km < 1.05, String(km));
  });
});

describe("beoordeel met de regio (bevinding 7)", () => {
  const codes = (l: { code: string }[]) => l.map((x) => x.code);

  test("Dam: blocking error gebied-buiten-regio on the area field, naming the region", () => {
    const b = beoordeel(voorbeeldAlert({ area: { circle: { ...DAM, radiusKm: 1 } } }), nu, ctx);
    const f = b.fouten.find((x) => x.code === "gebied-buiten-regio");
    assert.ok(f, codes(b.fouten).join());
    assert.equal(f.veld, "area");
    assert.match(f.message, /geheel buiten Veiligheidsregio Utrecht/);
    assert.match(f.bron, /§3/);
    assert.equal(b.ok, false);
  });

  test("Abcoude 5 km: warning gebied-deels-buiten-regio that needs a reason", () => {
    const b = beoordeel(voorbeeldAlert({ area: { circle: { ...ABCOUDE, radiusKm: 5 } } }), nu, ctx);
    assert.ok(codes(b.waarschuwingen).includes("gebied-deels-buiten-regio"));
    assert.ok(!codes(b.fouten).includes("gebied-buiten-regio"));
    assert.ok(REDEN_VEREIST.includes("gebied-deels-buiten-regio"));
    assert.match(b.waarschuwingen.find((w) => w.code === "gebied-deels-buiten-regio")!.message, /\d+%/);
  });

  test("outlines not loaded: a visible warning, not a silent pass", () => {
    const b = beoordeel(voorbeeldAlert(), nu, { regioNaam: "Veiligheidsregio Utrecht", vorm: null });
    const w = b.waarschuwingen.find((x) => x.code === "regiocontrole-niet-mogelijk");
    assert.ok(w);
    assert.match(w.message, /niet geladen/);
  });

  test("inside the region: none of the region codes; without a region context no region check", () => {
    const binnen = beoordeel(voorbeeldAlert(), nu, ctx);
    const zonder = beoordeel(voorbeeldAlert({ area: { circle: { ...DAM, radiusKm: 1 } } }), nu);
    for (const b of [binnen, zonder])
      for (const c of ["gebied-buiten-regio", "gebied-deels-buiten-regio", "regiocontrole-niet-mogelijk"])
        assert.ok(![...codes(b.fouten), ...codes(b.waarschuwingen)].includes(c), c);
  });

  test(`gebied-groot above ${DIRECTE_OMGEVING_KM2} km² (§4a.1 directe omgeving), not for the example`, () => {
    const groot = beoordeel(voorbeeldAlert({ area: { circle: { ...UTRECHT_CENTRUM, radiusKm: 10 } } }), nu);
    const w = groot.waarschuwingen.find((x) => x.code === "gebied-groot");
    assert.ok(w);
    assert.match(w.message, /314 km²/);
    assert.match(w.bron, /§4a\.1/);
    const klein = beoordeel(voorbeeldAlert({ area: { circle: { ...UTRECHT_CENTRUM, radiusKm: 5 } } }), nu);
    assert.ok(!codes(klein.waarschuwingen).includes("gebied-groot"));
    assert.ok(!codes(beoordeel(voorbeeldAlert(), nu).waarschuwingen).includes("gebied-groot"));
  });
});
