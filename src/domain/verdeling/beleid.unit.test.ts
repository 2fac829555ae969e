import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { verdeelMetBeleid } from "./highs.ts";
import type { Instantie } from "./model.ts";
import { bruteKracht, controleerHaalbaar, willekeurigeInstantie } from "./testhulp.ts";
import { verklaar } from "./uitleg.ts";
import { verdeel } from "./verdeel.ts";

const P = (lat: number, lon: number) => ({ lat, lon });
const u = (id: string, lon: number, region: string) => ({
  id,
  type: "tin",
  base: P(52, lon),
  readyMinutes: 0,
  region,
});
const d = (id: string, lon: number, quantity: number, priority: number, region?: string) => ({
  id,
  type: "tin",
  quantity,
  priority,
  location: P(52, lon),
  ...(region ? { region } : {}),
});

/** The reserve rule as the brute force checks it: per region, units sent outside the region <= n - R. */
function reserveOk(inst: Instantie, R: number) {
  return (keuze: Int32Array) => {
    const n = new Map<string, number>();
    const weg = new Map<string, number>();
    inst.units.forEach((un, i) => {
      if (!un.region) return;
      n.set(un.region, (n.get(un.region) ?? 0) + 1);
      const k = keuze[i]!;
      if (k >= 0 && inst.demands[k]!.region !== un.region) weg.set(un.region, (weg.get(un.region) ?? 0) + 1);
    });
    for (const [r, aantal] of n) if (aantal - (weg.get(r) ?? 0) < R) return false;
    return true;
  };
}

describe("beleid", () => {
  test("regionale reserve houdt een eenheid achter, ook bij tekort", async () => {
    const inst: Instantie = {
      units: [u("N1", 5, "Noord"), u("N2", 5.1, "Noord"), u("Z1", 6, "Zuid")],
      demands: [d("A", 5, 3, 1, "Zuid")],
      policy: { minReservePerRegion: { tin: 1 } },
    };
    const zonder = verdeel(inst);
    assert.equal(zonder.assignments.length, 3);
    const met = await verdeelMetBeleid(inst);
    assert.equal(met.status, "optimal");
    if (met.status !== "optimal") return;
    controleerHaalbaar(inst, met);
    // Noord keeps one; Zuid's own unit may serve inside Zuid.
    assert.equal(met.assignments.length, 2);
    assert.ok(met.assignments.some((a) => a.unitId === "Z1"));
    const uitleg = verklaar(inst, met, { beleid: true });
    assert.match(uitleg[0]!.tekortReden!, /regionale reserve/);
  });

  test("reserve groter dan wat een regio heeft: helder onhaalbaar", async () => {
    const inst: Instantie = {
      units: [u("N1", 5, "Noord"), u("Z1", 6, "Zuid"), u("Z2", 6, "Zuid")],
      demands: [d("A", 5, 1, 1)],
      policy: { minReservePerRegion: { tin: 2 } },
    };
    const r = await verdeelMetBeleid(inst);
    assert.equal(r.status, "infeasible");
    if (r.status !== "infeasible") return;
    assert.equal(r.redenen.length, 1);
    assert.equal(r.redenen[0]!.regel, "minReservePerRegion");
    assert.match(r.redenen[0]!.nl, /Regio Noord heeft maar 1/);
  });

  test("minimum per aanvraag boven het aanbod: helder onhaalbaar", async () => {
    const inst: Instantie = {
      units: [u("N1", 5, "Noord")],
      demands: [d("A", 5, 2, 1), d("B", 6, 2, 5)],
      policy: { minUnitsPerDemand: { tin: 1 } },
    };
    const r = await verdeelMetBeleid(inst);
    assert.equal(r.status, "infeasible");
    if (r.status === "infeasible") assert.equal(r.redenen[0]!.regel, "minUnitsPerDemand");
  });

  test("reserve en minimum samen onhaalbaar: de combinatie wordt genoemd", async () => {
    const inst: Instantie = {
      units: [u("N1", 5, "Noord"), u("N2", 5, "Noord")],
      demands: [d("A", 6, 1, 1, "Zuid"), d("B", 6, 1, 2, "Zuid")],
      policy: { minReservePerRegion: { tin: 1 }, minUnitsPerDemand: { tin: 1 } },
    };
    const r = await verdeelMetBeleid(inst);
    assert.equal(r.status, "infeasible");
    if (r.status === "infeasible") assert.equal(r.redenen[0]!.regel, "combinatie");
  });

  test("minimum per aanvraag geeft ook lagere prioriteit een eenheid", async () => {
    const inst: Instantie = {
      units: [u("N1", 5, "Noord"), u("N2", 5, "Noord")],
      demands: [d("A", 5, 2, 1), d("B", 6, 2, 5)],
      policy: { minUnitsPerDemand: { tin: 1 } },
    };
    const r = await verdeelMetBeleid(inst);
    assert.equal(r.status, "optimal");
    if (r.status === "optimal") assert.equal(r.objective.priorityValue, 10001);
  });

  test("beleid-MIP is nooit slechter dan brute kracht onder dezelfde reserve", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const inst = willekeurigeInstantie(seed, 3, 6, 1, { maxQuantity: 3, regios: 2 });
        inst.policy = { minReservePerRegion: { t0: 1 } };
        const best = bruteKracht(inst, reserveOk(inst, 1));
        const r = await verdeelMetBeleid(inst);
        if (!best) {
          assert.equal(r.status, "infeasible");
          return;
        }
        assert.equal(r.status, "optimal");
        if (r.status !== "optimal") return;
        controleerHaalbaar(inst, r);
        assert.ok(reserveOk(inst, 1)(keuzeVan(inst, r.assignments)));
        assert.equal(r.objective.priorityValue, best.priorityValue);
        assert.ok(r.objective.arrivalMinutes <= best.arrivalMinutes + 1e-6);
      }),
      { numRuns: 40 },
    );
  });
});

function keuzeVan(inst: Instantie, as: { unitId: string; demandId: string }[]): Int32Array {
  const k = new Int32Array(inst.units.length).fill(-1);
  for (const a of as)
    k[inst.units.findIndex((x) => x.id === a.unitId)] = inst.demands.findIndex((x) => x.id === a.demandId);
  return k;
}
