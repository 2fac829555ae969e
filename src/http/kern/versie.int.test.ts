// Optimistic concurrency: of two changes based on the same version exactly one wins; the
// other gets 409 with the current version (and state). Directly and over HTTP, on both engines.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "kysely";
import { perEngine } from "../../../test/support/database.ts";
import type { App } from "../app.ts";
import { Fout } from "../fouten.ts";
import { proefApp, proefDatabase, wacht } from "../meldingen/proefapp.ts";
import { wijzig } from "./transactie.ts";
import { verwachteVersie } from "./versie.ts";

const huidig = async (trx: Parameters<typeof verwachteVersie>[0], id: string) =>
  (
    await sql<{
      versie: number;
      waarde: string;
    }>`SELECT versie, waarde FROM proef_stuk WHERE id = ${id}`.execute(trx)
  ).rows[0];

const proefRoutes = async (app: App) => {
  app.put("/proef/stuk/:id", { config: { toegang: { ingelogd: true } } }, async (req) => {
    const { id } = req.params as { id: string };
    const b = req.body as { versie: number; waarde: string };
    return wijzig(req, async (trx, audit) => {
      const versie = await verwachteVersie(trx, "proef_stuk", id, b.versie, {
        zet: { waarde: b.waarde },
        naam: "Het stuk",
        huidig: (t) => huidig(t, id),
      });
      await audit({ actie: "proef.stuk", onderwerpId: id, gegevens: b });
      return { versie };
    });
  });
};

perEngine("409 bij gelijktijdige wijziging (verwachteVersie)", (engine) => {
  let d: Awaited<ReturnType<typeof proefDatabase>>;
  let t: Awaited<ReturnType<typeof proefApp>>;

  before(async () => {
    d = await proefDatabase(engine);
    await d.database.execScript(
      "CREATE TABLE proef_stuk (id text PRIMARY KEY, versie integer NOT NULL DEFAULT 1, waarde text NOT NULL);",
    );
    await d.database.execScript("INSERT INTO proef_stuk (id, waarde) VALUES ('a', 'begin'), ('b', 'begin');");
    t = await proefApp(d.database, { capabilities: [proefRoutes] });
  });
  after(async () => {
    await t.app.close();
    await d.opruimen();
  });

  test("de juiste versie: versie + 1 en de velden gezet", async () => {
    const v = await d.database.db
      .transaction()
      .execute((trx) => verwachteVersie(trx, "proef_stuk", "b", 1, { zet: { waarde: "een" } }));
    assert.equal(v, 2);
    const r = await d.database.db.transaction().execute((trx) => huidig(trx, "b"));
    assert.deepEqual(r, { versie: 2, waarde: "een" });
  });

  test("een verouderde versie: conflict met de huidige versie; onbekend: niet-gevonden", async () => {
    const fout = await d.database.db
      .transaction()
      .execute((trx) => verwachteVersie(trx, "proef_stuk", "b", 1, { zet: { waarde: "oud" } }))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    assert.ok(fout instanceof Fout);
    assert.equal(fout.code, "conflict");
    assert.equal(fout.status, 409);
    assert.equal(fout.extra.huidigeVersie, 2);
    await assert.rejects(
      d.database.db.transaction().execute((trx) => verwachteVersie(trx, "proef_stuk", "zz", 1)),
      (e: unknown) => e instanceof Fout && e.code === "niet-gevonden",
    );
  });

  test("twee gelijktijdige transacties op dezelfde versie: precies één wint", async () => {
    for (let ronde = 0; ronde < 5; ronde++) {
      const { versie } = (await d.database.db.transaction().execute((trx) => huidig(trx, "a")))!;
      const poging = (waarde: string, pauze: number) =>
        d.database.db.transaction().execute(async (trx) => {
          const v = await verwachteVersie(trx, "proef_stuk", "a", versie, { zet: { waarde } });
          // Hold the transaction open so the other one really overlaps (on PostgreSQL).
          await wacht(pauze);
          return v;
        });
      const uit = await Promise.allSettled([poging(`x${ronde}`, 30), poging(`y${ronde}`, 0)]);
      const gewonnen = uit.filter((u) => u.status === "fulfilled");
      const verloren = uit.filter((u) => u.status === "rejected");
      assert.equal(gewonnen.length, 1);
      assert.equal(verloren.length, 1);
      const e = (verloren[0] as PromiseRejectedResult).reason as Fout;
      assert.equal(e.code, "conflict");
      assert.equal(e.extra.huidigeVersie, versie + 1);
      const na = (await d.database.db.transaction().execute((trx) => huidig(trx, "a")))!;
      assert.equal(na.versie, versie + 1);
    }
  });

  test("over HTTP: twee gebruikers tegelijk, één 200 en één 409 met de huidige stand", async () => {
    const bm = await t.als("demo-burgemeester");
    const piket = await t.als("demo-locc-piket");
    const { versie } = (await d.database.db.transaction().execute((trx) => huidig(trx, "a")))!;
    const [r1, r2] = await Promise.all([
      bm.vraag("PUT", "/api/v1/proef/stuk/a", { versie, waarde: "burgemeester" }),
      piket.vraag("PUT", "/api/v1/proef/stuk/a", { versie, waarde: "piket" }),
    ]);
    const statussen = [r1.statusCode, r2.statusCode].sort();
    assert.deepEqual(statussen, [200, 409]);
    const winnaar = r1.statusCode === 200 ? r1 : r2;
    const verliezer = r1.statusCode === 200 ? r2 : r1;
    assert.equal(winnaar.json().versie, versie + 1);
    const p = verliezer.json();
    assert.equal(p.code, "conflict");
    assert.equal(p.huidigeVersie, versie + 1);
    assert.deepEqual(p.huidig, {
      versie: versie + 1,
      waarde: r1.statusCode === 200 ? "burgemeester" : "piket",
    });
    assert.match(p.detail, /Het stuk is intussen door iemand anders gewijzigd/);
    const audit = await d.database.db
      .selectFrom("audit_records")
      .select("gegevens")
      .where("actie", "=", "proef.stuk")
      .execute();
    assert.equal(audit.length, 1, "alleen de winnaar in de audittrail");
  });
});
