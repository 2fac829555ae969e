// Security review F13, ADR 0254: the decision to send and the release of an NL-Alert need a
// re-authentication in the same session within REAUTH_MINUTES, as signing a request does (ADR 0612).
// Refused without one, allowed within the window, refused after it; a refusal changes nothing and
// writes no audit record; deciding not to send and closing the einde-situatie prompt need none.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_WACHTWOORD, type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { voorbeeldAlert } from "../../domain/nl-alert/index.ts";
import type { AlertDetail } from "./schemas.ts";

const VENSTER = 5;

perEngine("NL-Alert: herauthenticatie voor besluit tot verzenden en vrijgave (F13, ADR 0254)", (engine) => {
  let t: TestApp;
  let bevoegde: TestClient;
  let meldkamer: TestClient;

  before(async () => {
    t = await testApp(engine, { herauthenticatieMinuten: VENSTER });
    bevoegde = await t.als("demo-nl-alert-bevoegde");
    meldkamer = await t.als("demo-meldkamer");
  });
  after(async () => t.sluit());

  const herauthenticeer = async (c: TestClient) => {
    const r = await c.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: DEMO_WACHTWOORD });
    assert.equal(r.statusCode, 200, r.body);
  };
  /** Moves this user's re-authentication(s) into the past, as if time went by. */
  const minutenGeleden = async (c: TestClient, minuten: number | null) =>
    t.database.db
      .updateTable("sessies")
      .set({ herauthenticatie: minuten === null ? null : new Date(Date.now() - minuten * 60_000) })
      .where("gebruiker_id", "=", c.gebruiker.id)
      .execute();
  const auditAantal = async () =>
    Number(
      (
        await t.database.db
          .selectFrom("audit_records")
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const detail = async (id: string) =>
    (await bevoegde.vraag("GET", `/api/v1/nl-alert/${id}`)).json() as AlertDetail;

  const telefonisch = (versie: number, extra: Record<string, unknown> = {}) => ({
    versie,
    wijze: "telefonisch",
    advies: "verzenden",
    naam: "J. de Vries",
    functie: "HOvD-P",
    tijdstip: new Date(Date.now() - 60_000).toISOString(),
    samenvatting: "Verzenden: daders actief, gebied verlaten.",
    risicosGewogen: true,
    ...extra,
  });

  /** A draft with advice and second opinion (by phone), ready for the decision. */
  async function klaarVoorBesluit(): Promise<AlertDetail> {
    let r = await bevoegde.vraag("POST", "/api/v1/nl-alert", {
      incident: "Schietincident 24 Oktoberplein",
      concept: voorbeeldAlert(),
    });
    assert.equal(r.statusCode, 201, r.body);
    const id = (r.json() as AlertDetail).alert.id;
    r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${id}/advies`, telefonisch(1));
    assert.equal(r.statusCode, 200, r.body);
    r = await bevoegde.vraag(
      "POST",
      `/api/v1/nl-alert/${id}/second-opinion`,
      telefonisch(2, { naam: "A. Jansen", functie: "HOvD LE operaties" }),
    );
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as AlertDetail;
  }
  const verzenden = (d: AlertDetail) => ({
    versie: d.alert.versie,
    besluit: "verzenden",
    afweging: "Levens redden; advies gevolgd.",
    erkendeWaarschuwingen: d.beoordeling.warnings.map((w) => w.code),
  });

  test("besluit tot verzenden: geweigerd zonder, gelukt binnen en geweigerd na het venster", async () => {
    const d = await klaarVoorBesluit();
    const id = d.alert.id;
    await minutenGeleden(bevoegde, null);
    const voor = await auditAantal();
    let r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${id}/besluit`, verzenden(d));
    assert.equal(r.statusCode, 401, r.body);
    // The same problem document as the request signing refusal, naming what is needed, in Dutch.
    assert.match(r.headers["content-type"] as string, /application\/problem\+json/);
    const p = r.json();
    assert.equal(p.code, "herauthenticatie-vereist");
    assert.equal(p.type, "https://knooppunt.nl/problemen/herauthenticatie-vereist");
    assert.equal(p.status, 401);
    assert.match(p.detail, /^Besluiten tot verzenden vraagt .*hoogstens 5 minuten geleden.*wachtwoord/);
    // Nothing changed, nothing audited (as for signing: only the re-authentication itself is).
    let na = await detail(id);
    assert.equal(na.alert.versie, d.alert.versie);
    assert.equal(na.alert.fase, "second-opinion");
    assert.equal(na.alert.besluit, null);
    assert.equal(await auditAantal(), voor);

    // After the window: refused the same way.
    await minutenGeleden(bevoegde, VENSTER + 1);
    r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${id}/besluit`, verzenden(d));
    assert.equal(r.statusCode, 401, r.body);
    assert.equal(r.json().code, "herauthenticatie-vereist");
    assert.equal((await detail(id)).alert.versie, d.alert.versie);

    // Within the window (near its end): decided, and the audit record says when re-authenticated.
    await minutenGeleden(bevoegde, VENSTER - 1);
    r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${id}/besluit`, verzenden(d));
    assert.equal(r.statusCode, 200, r.body);
    na = r.json() as AlertDetail;
    assert.equal(na.alert.fase, "besluit");
    const record = na.geschiedenis.find((g) => g.actie === "nl-alert.besluit");
    const op = (record?.gegevens as { herauthenticatieOp?: string }).herauthenticatieOp;
    assert.ok(op, "herauthenticatieOp in het auditrecord");
    assert.ok(Math.abs(Date.now() - Date.parse(op) - (VENSTER - 1) * 60_000) < 60_000);
  });

  test("het venster hoort bij de sessie: een herauthenticatie in een andere sessie telt niet", async () => {
    const d = await klaarVoorBesluit();
    const tweede = await t.als("demo-nl-alert-bevoegde");
    await minutenGeleden(bevoegde, null); // both sessions of this user
    await herauthenticeer(tweede); // only the second
    let r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${d.alert.id}/besluit`, verzenden(d));
    assert.equal(r.statusCode, 401, r.body);
    r = await tweede.vraag("POST", `/api/v1/nl-alert/${d.alert.id}/besluit`, verzenden(d));
    assert.equal(r.statusCode, 200, r.body);
  });

  test("niet verzenden vraagt geen herauthenticatie (ADR 0254)", async () => {
    const d = await klaarVoorBesluit();
    await minutenGeleden(bevoegde, null);
    const r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${d.alert.id}/besluit`, {
      versie: d.alert.versie,
      besluit: "niet-verzenden",
      afweging: "Dader aangehouden; geen inzet nodig.",
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal((r.json() as AlertDetail).alert.fase, "niet-verzenden");
  });

  test("vrijgeven: geweigerd zonder en na het venster, een oude versie eerst, gelukt binnen; afsluiten zonder bericht vraagt er geen", async () => {
    await herauthenticeer(bevoegde);
    const k = await klaarVoorBesluit();
    let r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${k.alert.id}/besluit`, verzenden(k));
    assert.equal(r.statusCode, 200, r.body);
    const d = r.json() as AlertDetail;
    assert.deepEqual(d.blokkades, []);
    const id = d.alert.id;
    await minutenGeleden(meldkamer, null);
    const voor = await auditAantal();
    r = await meldkamer.vraag("POST", `/api/v1/nl-alert/${id}/vrijgeven`, { versie: d.alert.versie });
    assert.equal(r.statusCode, 401, r.body);
    const p = r.json();
    assert.equal(p.code, "herauthenticatie-vereist");
    assert.match(p.detail, /^Vrijgeven en verzenden vraagt .*hoogstens 5 minuten geleden.*wachtwoord/);
    let na = await detail(id);
    assert.equal(na.alert.fase, "besluit");
    assert.equal(na.alert.versie, d.alert.versie);
    assert.equal(na.alert.cap, null);
    assert.equal(na.verzending, null);
    assert.deepEqual(na.taken, []);
    assert.equal(await auditAantal(), voor);

    await minutenGeleden(meldkamer, VENSTER + 1);
    r = await meldkamer.vraag("POST", `/api/v1/nl-alert/${id}/vrijgeven`, { versie: d.alert.versie });
    assert.equal(r.statusCode, 401, r.body);
    assert.equal((await detail(id)).alert.cap, null);

    // A stale version is answered before the password is asked.
    r = await meldkamer.vraag("POST", `/api/v1/nl-alert/${id}/vrijgeven`, { versie: d.alert.versie - 1 });
    assert.equal(r.statusCode, 409, r.body);

    await herauthenticeer(meldkamer);
    r = await meldkamer.vraag("POST", `/api/v1/nl-alert/${id}/vrijgeven`, { versie: d.alert.versie });
    assert.equal(r.statusCode, 200, r.body);
    na = r.json() as AlertDetail;
    assert.ok(na.alert.cap, "vrijgegeven met CAP");
    const record = na.geschiedenis.find((g) => g.actie === "nl-alert.vrijgegeven");
    assert.ok((record?.gegevens as { herauthenticatieOp?: string }).herauthenticatieOp);

    // Closing the einde-situatie prompt sends nothing to the public: no re-authentication (ADR 0254).
    await minutenGeleden(bevoegde, null);
    r = await bevoegde.vraag("POST", `/api/v1/nl-alert/${id}/einde-afsluiten`, {
      versie: na.alert.versie,
      reden: "Oproep 'binnen blijven' loopt vanzelf af; burgemeester meldt het via de media.",
    });
    assert.equal(r.statusCode, 200, r.body);
  });

  // Blockers come first: nobody is asked for a password for a release that cannot happen.
  test("een vrijgave met blokkades zegt dat eerst, niet 'opnieuw inloggen'", async () => {
    const d = await klaarVoorBesluit();
    await minutenGeleden(meldkamer, null);
    const r = await meldkamer.vraag("POST", `/api/v1/nl-alert/${d.alert.id}/vrijgeven`, {
      versie: d.alert.versie,
    });
    assert.equal(r.statusCode, 422, r.body);
    assert.ok(r.json().blokkades.length > 0);
  });
});
