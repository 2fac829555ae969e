// HiGHS blocks the thread it runs on: the service solves in a worker thread, so the API keeps
// answering during a large solve (issue 5). The engine does not matter here: PGlite only.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, testApp } from "../../../test/support/app.ts";
import { willekeurigeInstantie } from "../../domain/verdeling/testhulp.ts";

let ta: TestApp;
before(async () => {
  ta = await testApp("pglite");
});
after(async () => {
  await ta?.sluit();
});

test(
  "de API blijft antwoorden terwijl een grote verdeling (MIP met beleid) rekent",
  { timeout: 300_000 },
  async () => {
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const inst = willekeurigeInstantie(7, 300, 600, 8, { regios: 5 });
    inst.policy = {
      minReservePerRegion: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`t${i}`, 1])),
    };
    let klaar = false;
    const start = performance.now();
    const berekening = nsgbo.vraag("POST", "/api/v1/capaciteit/verdeling", inst).then((r) => {
      klaar = true;
      return r;
    });
    const latenties: number[] = [];
    // Ask /health (and an authenticated API route) while the solve runs.
    while (!klaar) {
      const t0 = performance.now();
      const h = await ta.app.inject({ method: "GET", url: "/health" });
      const c = await nsgbo.vraag("GET", "/api/v1/capaciteit/catalogus");
      if (!klaar) latenties.push(performance.now() - t0);
      assert.equal(h.statusCode, 200);
      assert.equal(c.statusCode, 200);
      await new Promise((r) => setTimeout(r, 50));
    }
    const r = await berekening;
    const duur = performance.now() - start;
    assert.equal(r.statusCode, 200, r.body);
    const uit = r.json();
    assert.equal(uit.status, "optimal");
    assert.equal(uit.uitleg.length, 300, "een uitleg per vraag");
    assert.ok(
      duur > 1000,
      `de berekening moet lang genoeg duren om iets te bewijzen (${Math.round(duur)} ms)`,
    );
    assert.ok(latenties.length >= 5, `tijdens de berekening zijn ${latenties.length} verzoeken beantwoord`);
    const max = Math.max(...latenties);
    assert.ok(max < 1000, `langste antwoordtijd tijdens de berekening: ${Math.round(max)} ms`);
    console.log(
      `verdeling 300×600×8 met beleid: ${Math.round(duur)} ms; ${latenties.length} verzoeken beantwoord, langste ${Math.round(max)} ms`,
    );
  },
);

test("ongeldige invoer noemt het veld", async () => {
  const nsgbo = await ta.als("demo-nsgbo-sgbo");
  const r = await nsgbo.vraag("POST", "/api/v1/capaciteit/verdeling", { units: [], demands: [{ id: "a" }] });
  assert.equal(r.statusCode, 400);
  assert.match(r.json().detail, /demands\[0\]/);
  const rccb = await ta.als("demo-rccb-medewerker");
  assert.equal(
    (await rccb.vraag("POST", "/api/v1/capaciteit/verdeling", { units: [], demands: [] })).statusCode,
    403,
  );
});
