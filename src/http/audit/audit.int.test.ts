import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { laadDemoAanvragen } from "../../db/aanvragen.ts";
import { BEHEER_ACTIES } from "./routes.ts";

perEngine("audittrail lezen", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine);
    await laadDemoAanvragen(t.database);
  });
  after(async () => t.sluit());

  const acties = async (gebruikersnaam: string, query = "") => {
    const c = await t.als(gebruikersnaam);
    const r = await c.vraag("GET", `/api/v1/audit?limiet=500${query}`);
    assert.equal(r.statusCode, 200, r.body);
    return (r.json() as { records: { actie: string }[] }).records.map((x) => x.actie);
  };

  test("de auditor leest alles, ook de aanvragen", async () => {
    const a = await acties("demo-auditor");
    assert.ok(
      a.some((x) => x.startsWith("aanvraag")),
      `auditor ziet aanvraagrecords: ${[...new Set(a)].join(", ")}`,
    );
    assert.ok(
      a.some((x) => x.startsWith("gebruiker.")),
      "en de beheerrecords",
    );
  });

  test("de beheerder leest alleen de records van beheer, ook als hij op iets anders filtert", async () => {
    const a = await acties("demo-beheerder");
    assert.ok(a.length > 0, "er zijn beheerrecords");
    assert.ok(
      a.every((x) => BEHEER_ACTIES.some((p) => x.startsWith(p))),
      `alleen beheer: ${[...new Set(a)].join(", ")}`,
    );
    assert.deepEqual(await acties("demo-beheerder", "&actie=aanvraag"), [], "geen aanvraagrecords");
    const c = await t.als("demo-beheerder");
    const v = await c.vraag("GET", "/api/v1/audit/verificatie");
    assert.equal(v.statusCode, 200);
    assert.equal(v.json().ok, true, "de keten klopt");
  });

  test("anderen lezen de audittrail niet", async () => {
    const c = await t.als("demo-locc-piket");
    assert.equal((await c.vraag("GET", "/api/v1/audit")).statusCode, 403);
  });
});
