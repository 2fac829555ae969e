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
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

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

  describe("F3: de bijlagenlijst op het formulier is die van de server", () => {
    test("vervalste gegevens of een nooit geüploade bijlage worden geweigerd; weglaten op id mag", async () => {
      const a = await nieuw();
      const up = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/bijlagen`, {
        naam: "situatieschets.pdf",
        inhoud: PDF.toString("base64"),
        verwachteVersie: a.versie,
      });
      assert.equal(up.statusCode, 201, up.body);
      const { aanvraag, bijlage } = up.json() as { aanvraag: Aanvraag; bijlage: Record<string, unknown> };
      const bijwerken = (bijlagen: unknown[], versie = aanvraag.versie) =>
        rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
          type: "ConceptBijwerken",
          verwachteVersie: versie,
          wijzigingen: { bijlagen },
        });
      const vervalst = await bijwerken([
        {
          ...bijlage,
          naam: "getekend-besluit-burgemeester.pdf",
          grootteBytes: 999999,
          sha256: "0".repeat(64),
        },
        {
          id: "00000000-0000-4000-8000-000000000000",
          naam: "advies-OM.pdf",
          mediatype: "application/pdf",
          grootteBytes: 10,
          sha256: "f".repeat(64),
        },
      ]);
      assert.equal(vervalst.statusCode, 422, vervalst.body);
      assert.equal(vervalst.json().code, "ongeldige-bijlage");
      assert.equal(vervalst.json().veld, "bijlagen");
      const nooit = await bijwerken([
        bijlage,
        { ...bijlage, id: "00000000-0000-4000-8000-000000000000", naam: "advies-OM.pdf" },
      ]);
      assert.equal(nooit.statusCode, 422, nooit.body);
      const nu = await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}`);
      assert.deepEqual((nu.json() as { aanvraag: Aanvraag }).aanvraag.gegevens.bijlagen, [bijlage]);
      // Removing by id; putting it back is an upload, not a list edit.
      const weg = await bijwerken([]);
      assert.equal(weg.statusCode, 200, weg.body);
      const na = (weg.json() as { aanvraag: Aanvraag }).aanvraag;
      assert.equal((await bijwerken([{ id: bijlage.id }], na.versie)).statusCode, 422);
      // A new request cannot bring a list of its own either.
      const metLijst = await rccb.vraag(
        "POST",
        "/api/v1/aanvragen",
        nieuwBody({ gegevens: { ...volledigeGegevens(procedure(KMAR), ["gm0344"]), bijlagen: [bijlage] } }),
      );
      assert.equal(metLijst.statusCode, 422, metLijst.body);
    });
  });
});
