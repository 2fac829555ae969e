// Idempotency-Key on dummy routes: a retry returns the stored answer without redoing the
// change, another body under the same key is refused, failures are not stored, parallel twins
// change once, and routes without their own transaction are covered on completion.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "kysely";
import { perEngine } from "../../../test/support/database.ts";
import type { App } from "../app.ts";
import { Fout } from "../fouten.ts";
import { proefApp, proefDatabase } from "../meldingen/proefapp.ts";
import { ruimIdempotentieOp, wijzigIdempotent } from "./idempotentie.ts";

let losTeller = 0;

const proefRoutes = async (app: App) => {
  app.post(
    "/proef/teller",
    { config: { toegang: { ingelogd: true }, idempotent: true } },
    async (req, reply) => {
      const b = req.body as { stap: number; faal?: boolean };
      const n = await wijzigIdempotent(req, async (trx, audit) => {
        const r = await sql<{
          n: number;
        }>`UPDATE proef_teller SET n = n + ${b.stap} WHERE id = 1 RETURNING n`.execute(trx);
        await audit({ actie: "proef.teller", gegevens: { stap: b.stap } });
        if (b.faal) throw new Fout("niet-toegestaan", "Deze stap mag nu niet.");
        return r.rows[0]?.n;
      });
      return reply.code(201).send({ n, uniek: crypto.randomUUID() });
    },
  );
  app.post("/proef/los", { config: { toegang: { ingelogd: true }, idempotent: true } }, async () => {
    losTeller++;
    return { los: losTeller };
  });
  app.post("/proef/niet-aangemeld", { config: { toegang: { ingelogd: true } } }, async (req) =>
    wijzigIdempotent(req, async (trx) => {
      const r = await sql<{ n: number }>`UPDATE proef_teller SET n = n + 1 WHERE id = 1 RETURNING n`.execute(
        trx,
      );
      return { n: r.rows[0]?.n };
    }),
  );
};

perEngine("Idempotency-Key", (engine) => {
  let d: Awaited<ReturnType<typeof proefDatabase>>;
  let t: Awaited<ReturnType<typeof proefApp>>;
  let bm: Awaited<ReturnType<typeof t.als>>;
  const teller = async () =>
    (await sql<{ n: number }>`SELECT n FROM proef_teller WHERE id = 1`.execute(d.database.db)).rows[0]?.n;
  const audits = async () =>
    Number(
      (
        await d.database.db
          .selectFrom("audit_records")
          .select((e) => e.fn.countAll<number>().as("n"))
          .where("actie", "=", "proef.teller")
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    d = await proefDatabase(engine);
    await d.database.execScript("CREATE TABLE proef_teller (id int PRIMARY KEY, n int NOT NULL);");
    await d.database.execScript("INSERT INTO proef_teller VALUES (1, 0);");
    t = await proefApp(d.database, { capabilities: [proefRoutes] });
    bm = await t.als("demo-burgemeester");
  });
  after(async () => {
    await t.app.close();
    await d.opruimen();
  });

  test("zonder sleutel: elke aanroep telt", async () => {
    const voor = await teller();
    await bm.vraag("POST", "/api/v1/proef/teller", { stap: 1 });
    await bm.vraag("POST", "/api/v1/proef/teller", { stap: 1 });
    assert.equal(await teller(), (voor ?? 0) + 2);
  });

  test("met sleutel: herhaling geeft hetzelfde antwoord en doet niets opnieuw", async () => {
    const voor = await teller();
    const auditsVoor = await audits();
    const kop = { "idempotency-key": "klik-1" };
    const r1 = await bm.vraag("POST", "/api/v1/proef/teller", { stap: 10 }, kop);
    const r2 = await bm.vraag("POST", "/api/v1/proef/teller", { stap: 10 }, kop);
    const r3 = await bm.vraag("POST", "/api/v1/proef/teller", { stap: 10 }, kop);
    assert.equal(r1.statusCode, 201);
    assert.equal(r1.headers["idempotent-replayed"], undefined);
    for (const r of [r2, r3]) {
      assert.equal(r.statusCode, 201);
      assert.equal(r.body, r1.body);
      assert.equal(r.headers["idempotent-replayed"], "true");
      assert.match(String(r.headers["content-type"]), /^application\/json/);
    }
    assert.equal(await teller(), (voor ?? 0) + 10);
    assert.equal(await audits(), auditsVoor + 1);
  });

  test("dezelfde sleutel met een ander verzoek: 422 met Nederlandse uitleg", async () => {
    const kop = { "idempotency-key": "klik-2" };
    assert.equal((await bm.vraag("POST", "/api/v1/proef/teller", { stap: 1 }, kop)).statusCode, 201);
    const voor = await teller();
    const r = await bm.vraag("POST", "/api/v1/proef/teller", { stap: 2 }, kop);
    assert.equal(r.statusCode, 422);
    assert.equal(r.json().code, "niet-toegestaan");
    assert.equal(r.json().reden, "idempotency-key-hergebruikt");
    assert.match(r.json().detail, /al gebruikt voor een ander verzoek/);
    assert.equal(await teller(), voor);
  });

  test("de sleutel geldt per gebruiker en per adres", async () => {
    const piket = await t.als("demo-locc-piket");
    const voor = (await teller()) ?? 0;
    const kop = { "idempotency-key": "gedeeld" };
    assert.equal((await bm.vraag("POST", "/api/v1/proef/teller", { stap: 1 }, kop)).statusCode, 201);
    const r = await piket.vraag("POST", "/api/v1/proef/teller", { stap: 1 }, kop);
    assert.equal(r.statusCode, 201);
    assert.equal(r.headers["idempotent-replayed"], undefined);
    const los = await bm.vraag("POST", "/api/v1/proef/los", { stap: 1 }, kop);
    assert.equal(los.statusCode, 200);
    assert.equal(los.headers["idempotent-replayed"], undefined);
    assert.equal(await teller(), voor + 2);
  });

  test("een mislukte poging wordt niet bewaard: opnieuw proberen voert opnieuw uit", async () => {
    const voor = await teller();
    const kop = { "idempotency-key": "klik-3" };
    const r1 = await bm.vraag("POST", "/api/v1/proef/teller", { stap: 5, faal: true }, kop);
    assert.equal(r1.statusCode, 422);
    assert.equal(await teller(), voor, "teruggedraaid");
    const r2 = await bm.vraag("POST", "/api/v1/proef/teller", { stap: 5, faal: true }, kop);
    assert.equal(r2.statusCode, 422);
    assert.equal(r2.headers["idempotent-replayed"], undefined);
    const rij = await d.database.db
      .selectFrom("idempotentie")
      .selectAll()
      .where("sleutel", "=", "klik-3")
      .executeTakeFirst();
    assert.equal(rij, undefined);
  });

  test("vijf gelijktijdige herhalingen: precies één wijziging", async () => {
    const voor = (await teller()) ?? 0;
    const kop = { "idempotency-key": "snel-geklikt" };
    const rs = await Promise.all(
      Array.from({ length: 5 }, () => bm.vraag("POST", "/api/v1/proef/teller", { stap: 100 }, kop)),
    );
    assert.equal(await teller(), voor + 100);
    const nieuw = rs.filter((r) => r.statusCode === 201 && !r.headers["idempotent-replayed"]);
    assert.equal(nieuw.length, 1, rs.map((r) => `${r.statusCode} ${r.body}`).join("\n"));
    for (const r of rs) {
      if (r.statusCode === 201) assert.equal(r.body, nieuw[0]?.body);
      else {
        assert.equal(r.statusCode, 409);
        assert.equal(r.json().reden, "idempotency-key-in-behandeling");
      }
    }
    const laat = await bm.vraag("POST", "/api/v1/proef/teller", { stap: 100 }, kop);
    assert.equal(laat.body, nieuw[0]?.body);
  });

  test("een route zonder eigen transactie wordt na afloop bewaard", async () => {
    const kop = { "idempotency-key": "los-1" };
    const r1 = await bm.vraag("POST", "/api/v1/proef/los", {}, kop);
    const r2 = await bm.vraag("POST", "/api/v1/proef/los", {}, kop);
    assert.equal(r1.statusCode, 200);
    assert.deepEqual(r2.json(), r1.json());
    assert.equal(r2.headers["idempotent-replayed"], "true");
    const r3 = await bm.vraag("POST", "/api/v1/proef/los", {}, { "idempotency-key": "los-2" });
    assert.equal(r3.json().los, r1.json().los + 1);
  });

  test("een route die niet aanmeldt negeert de kop", async () => {
    const kop = { "idempotency-key": "genegeerd" };
    const a = await bm.vraag("POST", "/api/v1/proef/niet-aangemeld", {}, kop);
    const b = await bm.vraag("POST", "/api/v1/proef/niet-aangemeld", {}, kop);
    assert.equal(b.json().n, a.json().n + 1);
  });

  test("een ongeldige sleutel: 400", async () => {
    const r = await bm.vraag(
      "POST",
      "/api/v1/proef/teller",
      { stap: 1 },
      { "idempotency-key": "met spatie" },
    );
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, "ongeldige-invoer");
  });

  test("oude sleutels worden opgeruimd", async () => {
    await d.database.db
      .updateTable("idempotentie")
      .set({ aangemaakt: new Date(Date.now() - 25 * 3_600_000) })
      .where("sleutel", "=", "klik-1")
      .execute();
    assert.equal(await ruimIdempotentieOp(d.database.db), 1);
    const voor = (await teller()) ?? 0;
    await bm.vraag("POST", "/api/v1/proef/teller", { stap: 10 }, { "idempotency-key": "klik-1" });
    assert.equal(await teller(), voor + 10);
  });
});
