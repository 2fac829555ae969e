import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { memoryIo } from "./io.ts";
import { routeCommand } from "./wegwijzer.ts";

describe("knooppunt route", () => {
  test("one question → one advice", async () => {
    const io = memoryIo(JSON.stringify({ sector: "bevolkingszorg", need: "sis" }));
    assert.equal(await routeCommand(io), 0);
    const a = JSON.parse(io.out.join(""));
    assert.equal(a.procedureId, "bevolkingszorg-2-sis");
    assert.equal(io.err.length, 0);
  });
  test("an array → advices in the same order", async () => {
    const vragen = [
      { sector: "politie", ownCapacitySufficient: true },
      { sector: "politie", ownCapacitySufficient: false, task: "strafrechtelijk", provider: "kmar" },
      { sector: "bevolkingszorg", need: "btc" },
    ];
    const io = memoryIo(JSON.stringify(vragen));
    assert.equal(await routeCommand(io), 0);
    const a = JSON.parse(io.out.join(""));
    assert.ok(Array.isArray(a));
    assert.deepEqual(
      a.map((x: { outcome: string; procedureId: string | null }) => [x.outcome, x.procedureId]),
      [
        ["eigen-capaciteit", null],
        ["procedure", "politie-7-kmar-justitie"],
        ["procedure", "bevolkingszorg-3-btc"],
      ],
    );
  });
  test("bad input names the field on stderr and exits non-zero", async () => {
    const io = memoryIo(JSON.stringify({ sector: "politie", ownCapacitySufficient: false, task: "verkeer" }));
    assert.equal(await routeCommand(io), 1);
    assert.match(io.err.join(""), /task/);
    assert.equal(io.out.length, 0);
  });
  test("a bad element of an array is named by index", async () => {
    const io = memoryIo(
      JSON.stringify([{ sector: "bevolkingszorg", need: "sis" }, { sector: "bevolkingszorg" }]),
    );
    assert.equal(await routeCommand(io), 1);
    assert.match(io.err.join(""), /vraag\[1\]\.need/);
    assert.equal(io.out.length, 0);
  });
  test("not JSON", async () => {
    const io = memoryIo("{sector: politie");
    assert.equal(await routeCommand(io), 2);
    assert.match(io.err.join(""), /JSON/);
  });
});
