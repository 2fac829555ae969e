import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { verdeelMetHighsLp } from "./highs.ts";
import type { Instantie } from "./model.ts";
import { losTypeOp } from "./stroom.ts";
import { bruteKracht, controleerHaalbaar, willekeurigeInstantie } from "./testhulp.ts";
import { verdeel } from "./verdeel.ts";

const P = (lat: number, lon: number) => ({ lat, lon });
const unit = (id: string, lon: number, readyMinutes = 0, type = "tin") => ({
  id,
  type,
  base: P(52, lon),
  readyMinutes,
});
const vraag = (id: string, lon: number, quantity: number, priority: number, type = "tin") => ({
  id,
  type,
  quantity,
  priority,
  location: P(52, lon),
});
const paren = (i: Instantie) =>
  verdeel(i)
    .assignments.map((a) => `${a.unitId}>${a.demandId}`)
    .sort();

describe("verdeel: gevallen", () => {
  test("hogere prioriteit gaat voor vroegere aankomst", () => {
    const i = { units: [unit("U1", 5)], demands: [vraag("ver", 7, 1, 1), vraag("dichtbij", 5, 1, 2)] };
    assert.deepEqual(paren(i), ["U1>ver"]);
    assert.equal(verdeel(i).objective.priorityValue, 10000);
  });

  test("geen aanbod: niets toegewezen, wel bewezen optimaal", () => {
    const i = { units: [unit("U1", 5, 0, "waterwerper")], demands: [vraag("A", 5, 2, 1)] };
    const r = verdeel(i);
    assert.deepEqual(r.assignments, []);
    assert.deepEqual(r.objective, { priorityValue: 0, arrivalMinutes: 0 });
    assert.equal(r.bewijs.tin?.bewezen, true);
  });

  test("meer aanbod dan vraag: iedereen vol, dichtstbijzijnde eenheden", () => {
    const i = {
      units: [unit("U1", 5), unit("U2", 6), unit("U3", 7), unit("U4", 4)],
      demands: [vraag("A", 5, 1, 3), vraag("B", 7, 1, 5)],
    };
    assert.deepEqual(paren(i), ["U1>A", "U3>B"]);
    assert.equal(verdeel(i).objective.priorityValue, 101);
  });

  test("gelijke stand: deterministisch de eerste eenheid in invoervolgorde", () => {
    const i = { units: [unit("U2", 5), unit("U1", 5)], demands: [vraag("A", 5.5, 1, 1)] };
    assert.deepEqual(paren(i), ["U2>A"]);
    const r = verdeel(i);
    assert.equal(r.objective.arrivalMinutes, r.assignments[0]!.arrivalMinutes);
  });

  test("niet per prioriteitsniveau na elkaar: A wijkt uit zodat B (lager) veel sneller is", () => {
    // Level by level would give A the nearest unit U1 and leave B with U2, far away.
    const i = {
      units: [unit("U1", 5), unit("U2", 6)],
      demands: [vraag("A", 5.49, 1, 1), vraag("B", 5, 1, 2)],
    };
    assert.deepEqual(paren(i), ["U1>B", "U2>A"]);
    const perNiveau =
      verdeel({ units: i.units, demands: [i.demands[0]!] }).objective.arrivalMinutes +
      verdeel({ units: [i.units[1]!], demands: [i.demands[1]!] }).objective.arrivalMinutes;
    assert.ok(verdeel(i).objective.arrivalMinutes < perNiveau - 10);
  });

  test("gewichten zijn geen strikte lexicografie, tellingen per niveau wel", () => {
    // 11 units at priority 2 (11000) would beat 1 at priority 1 (10000) if units were not interchangeable.
    const units = Array.from({ length: 11 }, (_, k) => unit(`U${k}`, 4 + k / 10));
    const i = { units, demands: [vraag("A", 5, 1, 1), vraag("B", 5, 11, 2)] };
    assert.equal(verdeel(i).objective.priorityValue, 10000 + 10 * 1000);
  });

  test("types zijn onafhankelijk", () => {
    const i = {
      units: [unit("W1", 5, 0, "waterwerper"), unit("T1", 5, 0, "tin")],
      demands: [vraag("A", 5, 1, 5, "waterwerper"), vraag("B", 5, 1, 5, "tin")],
    };
    assert.deepEqual(paren(i), ["T1>B", "W1>A"]);
  });

  test("hoeveelheid 0 en snelheid bepalen aankomst", () => {
    const i = {
      units: [unit("U1", 5, 10)],
      demands: [vraag("nul", 5, 0, 1), vraag("A", 6, 1, 1)],
      speedKmh: 40,
    };
    const r = verdeel(i);
    assert.deepEqual(
      r.assignments.map((a) => a.demandId),
      ["A"],
    );
    // 1 degree of longitude at 52N is about 68.6 km: 10 + 68.6/40*60 min.
    assert.ok(Math.abs(r.assignments[0]!.arrivalMinutes - (10 + (68.6 / 40) * 60)) < 1);
  });

  test("losTypeOp zonder eenheden of aanvragen", () => {
    const leeg = losTypeOp({
      nUnits: 0,
      nDemands: 1,
      kosten: new Float64Array(0),
      hoeveelheid: [3],
      prioriteit: [1],
    });
    assert.equal(leeg.bewezen, true);
    assert.equal(leeg.priorityValue, 0);
  });
});

describe("verdeel: eigenschappen", () => {
  const klein = fc.record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    nU: fc.integer({ min: 0, max: 6 }),
    nD: fc.integer({ min: 0, max: 4 }),
    nT: fc.integer({ min: 1, max: 2 }),
  });

  test("elke verdeling is haalbaar, bewezen en nooit slechter dan brute kracht", () => {
    fc.assert(
      fc.property(klein, ({ seed, nU, nD, nT }) => {
        const i = willekeurigeInstantie(seed, nD, nU, nT, { maxQuantity: 3 });
        const r = verdeel(i);
        controleerHaalbaar(i, r);
        assert.ok(Object.values(r.bewijs).every((b) => b.bewezen));
        const best = bruteKracht(i)!;
        assert.equal(r.objective.priorityValue, best.priorityValue);
        assert.ok(
          r.objective.arrivalMinutes <= best.arrivalMinutes + 1e-6,
          `${r.objective.arrivalMinutes} > ${best.arrivalMinutes}`,
        );
      }),
      { numRuns: 300 },
    );
  });

  test("veel gelijke standen (zelfde locaties en reactietijden) blijven exact", () => {
    fc.assert(
      fc.property(klein, ({ seed, nU, nD }) => {
        const i = willekeurigeInstantie(seed, nD, nU, 1, { maxQuantity: 2 });
        for (const u of i.units) u.base = P(52, 5 + (u.readyMinutes % 2));
        for (const u of i.units) u.readyMinutes = u.readyMinutes % 3;
        const r = verdeel(i);
        controleerHaalbaar(i, r);
        const best = bruteKracht(i)!;
        assert.equal(r.objective.priorityValue, best.priorityValue);
        assert.ok(r.objective.arrivalMinutes <= best.arrivalMinutes + 1e-6);
      }),
      { numRuns: 200 },
    );
  });

  test("kruiscontrole met de HiGHS LP op middelgrote instanties", async () => {
    for (const seed of [1, 2, 3, 4]) {
      const i = willekeurigeInstantie(seed, 40, 70, 3);
      const a = verdeel(i);
      const b = await verdeelMetHighsLp(i);
      controleerHaalbaar(i, a);
      controleerHaalbaar(i, b);
      assert.equal(b.bewijs["*"]?.bewezen, true);
      assert.equal(a.objective.priorityValue, b.objective.priorityValue);
      assert.ok(
        Math.abs(a.objective.arrivalMinutes - b.objective.arrivalMinutes) < 1e-6 * b.objective.arrivalMinutes,
      );
    }
  });

  test("de naïeve LP met een prioriteitsrij geeft soms een gebroken hoekpunt", async () => {
    // Documents why the LP baseline optimises over the optimal face (ADR 0301).
    let gebroken = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const i = willekeurigeInstantie(seed, 30, 60, 3);
      const b = await verdeelMetHighsLp(i, {}, "prioriteitsrij");
      if (!b.bewijs["*"]?.bewezen) gebroken++;
    }
    assert.ok(gebroken > 0);
  });
});
