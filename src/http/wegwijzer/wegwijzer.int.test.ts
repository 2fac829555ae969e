import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { route } from "../../domain/wegwijzer/index.ts";

perEngine("wegwijzer API", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine);
  });
  after(async () => t.sluit());

  const vraag = { sector: "politie", ownCapacitySufficient: false, task: "openbare-orde", provider: "kmar" };

  test("POST /routing geeft hetzelfde advies als de domeinfunctie (en dus als de CLI)", async () => {
    const c = await t.als("demo-rccb-medewerker");
    const r = await c.vraag("POST", "/api/v1/routing", vraag);
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json(), JSON.parse(JSON.stringify(route(vraag))));
    assert.equal(r.json().procedureId, "politie-3-kmar-oo");
  });

  test("een onvolledige vraag wordt geweigerd met het veld, nooit beantwoord", async () => {
    const c = await t.als("demo-burgemeester");
    const r = await c.vraag("POST", "/api/v1/routing", { sector: "politie", ownCapacitySufficient: false });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, "ongeldige-invoer");
    assert.ok(r.json().velden[0].veld.length > 0);
  });

  test("volgende-vraag leidt stap voor stap naar een advies", async () => {
    const c = await t.als("demo-locc-piket");
    const een = (await c.vraag("POST", "/api/v1/routing/volgende-vraag", { antwoorden: {} })).json();
    assert.equal(een.vraag.veld, "sector");
    assert.equal(een.advies, null);
    const klaar = (await c.vraag("POST", "/api/v1/routing/volgende-vraag", { antwoorden: vraag })).json();
    if (klaar.vraag === null) assert.equal(klaar.advies.procedureId, "politie-3-kmar-oo");
    else assert.ok(klaar.vraag.optioneel || klaar.vraag.veld, "er volgt nog een vraag met een veldnaam");
  });

  test("de catalogus is te lezen, een onbekende procedure geeft 404", async () => {
    const c = await t.als("demo-ncc");
    const lijst = (await c.vraag("GET", "/api/v1/procedures")).json();
    assert.ok(lijst.procedures.length >= 18);
    assert.ok(lijst.versie.length > 0);
    assert.equal((await c.vraag("GET", "/api/v1/procedures/politie-9-afwijzing-en-beroep")).statusCode, 200);
    assert.equal((await c.vraag("GET", "/api/v1/procedures/bestaat-niet")).statusCode, 404);
  });
});
