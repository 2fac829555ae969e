import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { memoryIo } from "./io.ts";
import { allocateCommand, allocateWithHighsLp } from "./verdeling.ts";

const geldig = {
  units: [
    { id: "U1", type: "tin", base: { lat: 52, lon: 5 }, readyMinutes: 10 },
    { id: "U2", type: "tin", base: { lat: 52.5, lon: 4.9 }, readyMinutes: 0 },
  ],
  demands: [
    { id: "D1", type: "tin", quantity: 1, priority: 1, location: { lat: 52, lon: 5 } },
    { id: "D2", type: "tin", quantity: 2, priority: 4, location: { lat: 52.4, lon: 4.9 } },
  ],
};

async function run(stdin: string) {
  const io = memoryIo(stdin);
  const code = await allocateCommand(io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

describe("allocateCommand", () => {
  test("geldige invoer: exact het contract op stdout, exit 0", async () => {
    const r = await run(JSON.stringify(geldig));
    assert.equal(r.code, 0);
    const uit = JSON.parse(r.out);
    assert.deepEqual(Object.keys(uit), ["status", "assignments", "objective"]);
    assert.equal(uit.status, "optimal");
    assert.deepEqual(Object.keys(uit.objective), ["priorityValue", "arrivalMinutes"]);
    assert.deepEqual(
      uit.assignments.map((a: { unitId: string; demandId: string }) => [a.unitId, a.demandId]),
      [
        ["U1", "D1"],
        ["U2", "D2"],
      ],
    );
    for (const a of uit.assignments)
      assert.deepEqual(Object.keys(a), ["unitId", "demandId", "arrivalMinutes"]);
    assert.equal(uit.objective.priorityValue, 10010);
    // U1 is at D1: arrival = readyMinutes; default speed 80 km/h for U2 (about 11.1 km).
    assert.equal(uit.assignments[0].arrivalMinutes, 10);
    assert.ok(Math.abs(uit.assignments[1].arrivalMinutes - (11.12 / 80) * 60) < 0.05);
    assert.equal(r.err, "");
  });

  test("zelfde uitkomst als de HiGHS LP", async () => {
    const r = JSON.parse((await run(JSON.stringify(geldig))).out);
    const lp = await allocateWithHighsLp(geldig);
    assert.equal(r.objective.priorityValue, lp.objective.priorityValue);
    assert.ok(Math.abs(r.objective.arrivalMinutes - lp.objective.arrivalMinutes) < 1e-9);
  });

  test("geen JSON: exit 1 met melding", async () => {
    const r = await run("{niet json");
    assert.equal(r.code, 1);
    assert.match(r.err, /geen geldige JSON/);
    assert.equal(r.out, "");
  });

  // biome-ignore lint/suspicious/noExplicitAny: tests break the input on purpose
  type Kapot = any;
  const fouten: [string, (x: Kapot) => void, string][] = [
    [
      "demands[1].quantity",
      (x) => {
        x.demands[1].quantity = 1.5;
      },
      "geheel aantal",
    ],
    [
      "demands[0].priority",
      (x) => {
        x.demands[0].priority = 6;
      },
      "1 tot en met 5",
    ],
    [
      "units[1].base.lat",
      (x) => {
        x.units[1].base.lat = "52";
      },
      "breedtegraad",
    ],
    [
      "demands[0].location",
      (x) => {
        delete x.demands[0].location;
      },
      "ontbreekt",
    ],
    [
      "units[1].id",
      (x) => {
        x.units[1].id = "U1";
      },
      "dubbel",
    ],
    [
      "speedKmh",
      (x) => {
        x.speedKmh = 0;
      },
      "snelheid",
    ],
    [
      "units",
      (x) => {
        delete x.units;
      },
      "ontbreekt",
    ],
  ];
  for (const [veld, breek, nl] of fouten) {
    test(`ongeldige invoer noemt het veld ${veld}`, async () => {
      const x = structuredClone(geldig);
      breek(x);
      const r = await run(JSON.stringify(x));
      assert.equal(r.code, 1);
      assert.ok(r.err.includes(`veld ${veld}:`), r.err);
      assert.ok(r.err.includes(nl), r.err);
      assert.equal(r.out, "");
    });
  }

  test("onhaalbaar beleid: exit 2, redenen op stdout en stderr", async () => {
    const x = {
      ...structuredClone(geldig),
      units: geldig.units.map((u) => ({ ...u, region: "Midden" })),
      policy: { minReservePerRegion: { tin: 3 } },
    };
    const r = await run(JSON.stringify(x));
    assert.equal(r.code, 2);
    assert.equal(JSON.parse(r.out).status, "infeasible");
    assert.match(r.err, /Regio Midden heeft maar 2/);
  });

  test("haalbaar beleid loopt via de MIP en houdt het contract", async () => {
    const x = {
      ...structuredClone(geldig),
      units: geldig.units.map((u) => ({ ...u, region: "Midden" })),
      policy: { minReservePerRegion: { tin: 1 } },
    };
    const r = await run(JSON.stringify(x));
    assert.equal(r.code, 0);
    const uit = JSON.parse(r.out);
    assert.equal(uit.assignments.length, 1);
    assert.equal(uit.objective.priorityValue, 10000);
  });
});
