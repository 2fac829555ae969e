// The security review's findings on requests, over HTTP on both engines (ADR 0609): each test
// shows the hole the review demonstrated is closed.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import type { Aanvraag } from "../../domain/aanvragen/index.ts";
import { volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";

const KMAR = "politie-3-kmar-oo";

perEngine("aanvragen: bevindingen beveiligingsreview", (engine) => {
  let t: TestApp;
  let rccb: TestClient;

  before(async () => {
    t = await testApp(engine);
    rccb = await t.als("demo-rccb-medewerker");
  });
  after(() => t.sluit());

  const nieuwBody = (extra: Record<string, unknown> = {}) => ({
    procedureId: KMAR,
    veiligheidsregioId: "vr09",
    gezag: { rol: "burgemeester", naam: "S. Dijksma" },
    spoed: false,
    gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    ...extra,
  });

  async function nieuw(c: TestClient = rccb, extra: Record<string, unknown> = {}): Promise<Aanvraag> {
    const r = await c.vraag("POST", "/api/v1/aanvragen", nieuwBody(extra));
    assert.equal(r.statusCode, 201, r.body);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  const aantalAanvragen = async () =>
    Number(
      (
        await t.database.db
          .selectFrom("aanvragen")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("F1: regioburgemeesterOrganisatieId bepaalt de server", () => {
    test("een andere organisatie in het veld wordt geweigerd; er wordt niets opgeslagen", async () => {
      const voor = await aantalAanvragen();
      // RE03's RCCB tries to file in VR13's name by calling itself the regioburgemeester.
      const r = await rccb.vraag(
        "POST",
        "/api/v1/aanvragen",
        nieuwBody({
          veiligheidsregioId: "vr13",
          regioburgemeesterOrganisatieId: "politie-re03-rccb",
          gegevens: volledigeGegevens(procedure(KMAR), ["gm0363"]),
        }),
      );
      assert.equal(r.statusCode, 422, r.body);
      assert.equal(r.json().veld, "regioburgemeesterOrganisatieId");
      assert.match(r.json().detail, /regioburgemeesterOrganisatieId/);
      // The Utrecht mayor naming another region's municipality, or one that does not exist.
      const bm = await t.als("demo-burgemeester");
      for (const rb of ["gm0363", "bestaat-niet"]) {
        const x = await bm.vraag(
          "POST",
          "/api/v1/aanvragen",
          nieuwBody({ regioburgemeesterOrganisatieId: rb }),
        );
        assert.equal(x.statusCode, 422, x.body);
        assert.equal(x.json().veld, "regioburgemeesterOrganisatieId");
      }
      assert.equal(await aantalAanvragen(), voor);
    });

    test("zonder het veld, of met de juiste waarde, bepaalt de server de regioburgemeester van de eenheid", async () => {
      const a = await nieuw();
      assert.equal(a.context.regioburgemeesterOrganisatieId, "gm0344");
      const b = await nieuw(rccb, { regioburgemeesterOrganisatieId: "gm0344" });
      assert.equal(b.context.regioburgemeesterOrganisatieId, "gm0344");
      // Flevoland lies in RE03 too: its regioburgemeester is the one of the unit (Utrecht).
      const c = await nieuw(rccb, {
        veiligheidsregioId: "vr25",
        gegevens: volledigeGegevens(procedure(KMAR), ["gm0034"]),
      });
      assert.equal(c.context.regioburgemeesterOrganisatieId, "gm0344");
    });
  });

  describe("F2: een telefonisch contact maakt de aanvraag niet zichtbaar voor wie de procedure niet noemt", () => {
    test("gesprek met een regio buiten de procedure: 422, geen inzage, geen bericht", async () => {
      const a = await nieuw();
      const vr25 = await t.als("demo-contactpersoon-bevolkingszorg");
      assert.equal((await vr25.vraag("GET", `/api/v1/aanvragen/${a.id}`)).statusCode, 404);
      const r = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
        type: "TelefonischContactVastleggen",
        verwachteVersie: a.versie,
        van: { naam: "Korpschef", rol: "korpschef", organisatieId: "politie", telefoon: null },
        aan: {
          naam: "J. de Vries",
          rol: "contactpersoon-bevolkingszorg",
          organisatieId: "vr25",
          telefoon: null,
        },
        op: new Date().toISOString(),
        afspraken: "Klik op https://evil.example/login om te bevestigen",
        taakIds: [],
      });
      assert.equal(r.statusCode, 422, r.body);
      assert.equal(r.json().veld, "aan.organisatieId");
      assert.equal((await vr25.vraag("GET", `/api/v1/aanvragen/${a.id}`)).statusCode, 404);
      assert.equal((await vr25.vraag("GET", `/api/v1/aanvragen/${a.id}/formulier.pdf`)).statusCode, 404);
      const inbox = await t.database.db
        .selectFrom("meldingen")
        .select("id")
        .where("gebruiker_id", "=", vr25.gebruiker.id)
        .execute();
      assert.equal(inbox.length, 0);
    });
  });
});
