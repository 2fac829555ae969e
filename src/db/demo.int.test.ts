// The demo a newcomer starts with must tell one story: the urgent request that is being carried out
// holds its KMar platoon in the capacity overview now, not from some moment in the future.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { gemigreerdeDatabase, perEngine } from "../../test/support/database.ts";
import { DEMO_AANVRAAG_IDS, laadAanvraag, laadDemoAanvragen } from "./aanvragen.ts";
import { inzetOpMoment, laadDemoCapaciteit } from "./capaciteit.ts";
import type { Database } from "./database.ts";
import { laadDemo } from "./demo.ts";

perEngine("demo-gegevens", (engine) => {
  let database: Database;
  let opruimen: () => Promise<void>;
  before(async () => {
    ({ database, opruimen } = await gemigreerdeDatabase(engine));
    await laadDemo(database, { wachtwoord: "demo-wachtwoord-test" });
    await laadDemoCapaciteit(database);
    await laadDemoAanvragen(database);
  });
  after(() => opruimen());

  test("de spoedaanvraag in uitvoering heeft haar KMar-peloton nu ingezet", async () => {
    const spoed = DEMO_AANVRAAG_IDS[2];
    const a = await laadAanvraag(database.db, spoed);
    assert.equal(a?.status, "in-uitvoering", "de demo-spoedaanvraag is in uitvoering");
    const nu = await inzetOpMoment(database.db, new Date());
    const van = nu.filter((b) => b.aanvraagId === spoed);
    assert.equal(van.length, 1, `één boeking nu voor de spoedaanvraag, gevonden: ${JSON.stringify(van)}`);
    assert.equal(van[0]?.typeId, "kmar-peloton", "het is een KMar-peloton");
    assert.equal(van[0]?.soort, "inzet", "de inzet is gestart, dus de boeking is een inzet");
  });
});
