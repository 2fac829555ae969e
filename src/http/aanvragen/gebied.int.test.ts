// The form's list of municipalities comes from the decider's own place rule (ADR 0604, 0614):
// police the requesting unit, bevolkingszorg the requesting region, TIN every municipality; and
// a municipality from the list is one the server accepts when the request is created.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";
import type { GebiedAntwoord } from "./gebied.ts";

const KMAR = "politie-3-kmar-oo";
const BZ = "bevolkingszorg-1-kennis-capaciteit";
const TIN = "lcp-egt-tin-bewaken-beveiligen";

perEngine("aanvragen: gemeenten in het gebied van de aanvraag", (engine) => {
  let t: TestApp;
  let rccb: TestClient;

  before(async () => {
    t = await testApp(engine);
    rccb = await t.als("demo-rccb-medewerker");
  });
  after(() => t.sluit());

  const gebied = async (procedureId: string, regio: string) => {
    const r = await rccb.vraag(
      "GET",
      `/api/v1/aanvragen/gebied?procedureId=${procedureId}&veiligheidsregioId=${regio}`,
    );
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as GebiedAntwoord;
  };
  const regioVan = async () =>
    new Map(
      (
        await t.database.db
          .selectFrom("organisaties")
          .select(["id", "regio_id"])
          .where("soort", "=", "gemeente")
          .execute()
      ).map((r) => [r.id, r.regio_id]),
    );

  test("politie: elke gemeente van de eenheid, ook buiten de gekozen regio", async () => {
    const g = await gebied(KMAR, "vr09");
    assert.equal(g.gebied, "eenheid");
    assert.ok(g.gemeenten.includes("gm0344"), "Utrecht (VR09)");
    assert.ok(g.gemeenten.includes("gm0034"), "Almere (VR25, ook RE03)");
    assert.ok(!g.gemeenten.includes("gm0363"), "niet Amsterdam (VR13, RE05)");
    // ADR 0604: RE03 spans VR09, VR14 and VR25; the demo data knows municipalities of VR09 and VR25.
    const vr = await regioVan();
    const eenheid = [...vr].filter(([, r]) => ["vr09", "vr14", "vr25"].includes(r ?? "")).map(([id]) => id);
    assert.deepEqual(g.gemeenten, eenheid.sort());
    assert.match(g.omschrijving, /^Gemeenten van politie-eenheid RE03 \(VR09, VR25\)/);
    // What the list offers from another region of the unit, the server accepts.
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure(KMAR), ["gm0344", "gm0034"]),
    });
    assert.equal(r.statusCode, 201, r.body);
  });

  test("bevolkingszorg: alleen de regio; TIN: alle gemeenten; onbekend: 4xx", async () => {
    const vr = await regioVan();
    const bz = await gebied(BZ, "vr09");
    assert.equal(bz.gebied, "veiligheidsregio");
    assert.ok(bz.gemeenten.length > 0);
    assert.ok(bz.gemeenten.every((id) => vr.get(id) === "vr09"));
    assert.equal(bz.gemeenten.length, [...vr.values()].filter((r) => r === "vr09").length);
    const tin = await gebied(TIN, "vr09");
    assert.equal(tin.gebied, "landelijk");
    assert.equal(tin.gemeenten.length, [...vr.values()].filter(Boolean).length);
    const onbekend = await rccb.vraag(
      "GET",
      "/api/v1/aanvragen/gebied?procedureId=bestaat-niet&veiligheidsregioId=vr09",
    );
    assert.equal(onbekend.statusCode, 422);
    assert.equal(onbekend.json().veld, "procedureId");
    const regio = await rccb.vraag(
      "GET",
      `/api/v1/aanvragen/gebied?procedureId=${KMAR}&veiligheidsregioId=vr99`,
    );
    assert.equal(regio.statusCode, 422);
    assert.equal(regio.json().veld, "veiligheidsregioId");
    const uit = await t.app.inject({
      method: "GET",
      url: `/api/v1/aanvragen/gebied?procedureId=${KMAR}&veiligheidsregioId=vr09`,
    });
    assert.equal(uit.statusCode, 401);
  });
});
