// The form lists what the server says is the area, keeps a chosen municipality outside it
// visible, and never filters by a rule of its own (ADR 0604, 0614).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Organisatie } from "../../api.ts";
import { type GebiedStand, gebiedUitleg, gemeentenVoorKeuze } from "./gebied.ts";

const g = (id: string, regioId: string): Organisatie => ({ id, naam: id, soort: "gemeente", regioId });
const ALLE = [g("gm0344", "vr09"), g("gm0034", "vr25"), g("gm0363", "vr13")];
const klaar = (gemeenten: string[]): GebiedStand => ({
  stand: "klaar",
  gebied: { gebied: "eenheid", omschrijving: "Gemeenten van politie-eenheid RE03.", gemeenten },
  procedureId: "politie-3-kmar-oo",
  regio: "vr09",
});

test("de gemeenten van het gebied van de server, ook uit een andere regio dan de gekozen", () => {
  const ids = gemeentenVoorKeuze(ALLE, klaar(["gm0034", "gm0344"]), []).map((x) => x.id);
  assert.deepEqual(ids, ["gm0344", "gm0034"]);
  assert.equal(gebiedUitleg(klaar([])), "Gemeenten van politie-eenheid RE03.");
});

test("een gekozen gemeente buiten het gebied blijft zichtbaar", () => {
  const ids = gemeentenVoorKeuze(ALLE, klaar(["gm0344"]), ["gm0363"]).map((x) => x.id);
  assert.deepEqual(ids, ["gm0344", "gm0363"]);
});

test("zonder gebied alle gemeenten, tijdens het laden alleen de gekozen", () => {
  assert.equal(gemeentenVoorKeuze(ALLE, { stand: "geen" }, []).length, 3);
  assert.equal(gemeentenVoorKeuze(ALLE, { stand: "fout" }, []).length, 3);
  assert.deepEqual(
    gemeentenVoorKeuze(ALLE, { stand: "laden" }, ["gm0034"]).map((x) => x.id),
    ["gm0034"],
  );
});
