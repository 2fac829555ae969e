import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "kysely";
import { nieuweDatabase, perEngine } from "../../test/support/database.ts";
import { SYSTEEM, schrijfAudit, verifieerAudit } from "./audit.ts";
import { beschikbareMigraties, migratiesBijgewerkt, migreer } from "./migreren.ts";
import { laadReferentie } from "./referentie.ts";

perEngine("database", (engine) => {
  let d: Awaited<ReturnType<typeof nieuweDatabase>>;
  before(async () => {
    d = await nieuweDatabase(engine);
  });
  after(async () => d.opruimen());

  test("migraties lopen op een lege database en daarna niet opnieuw", async () => {
    assert.equal(await migratiesBijgewerkt(d.database).catch(() => false), false);
    const eerst = await migreer(d.database);
    assert.deepEqual(
      eerst,
      beschikbareMigraties().map((m) => m.naam),
    );
    assert.deepEqual(await migreer(d.database), []);
    assert.equal(await migratiesBijgewerkt(d.database), true);
  });

  test("referentiedata laden is idempotent", async () => {
    const een = await laadReferentie(d.database);
    assert.ok(een.nieuw > 80, `nieuw: ${een.nieuw}`);
    const twee = await laadReferentie(d.database);
    assert.deepEqual(twee, { nieuw: 0, gewijzigd: 0 });
  });

  test("tijdstempels zijn timestamptz", async () => {
    const r = await sql<{
      t: string;
    }>`SELECT data_type AS t FROM information_schema.columns WHERE table_name = 'audit_records' AND column_name = 'tijdstip'`.execute(
      d.database.db,
    );
    assert.equal(r.rows[0]?.t, "timestamp with time zone");
  });

  test("de audittrail is alleen-toevoegen: UPDATE en DELETE worden door de database geweigerd", async () => {
    await d.database.db
      .transaction()
      .execute((trx) => schrijfAudit(trx, SYSTEEM, { actie: "test.een", gegevens: { a: 1 } }));
    await assert.rejects(
      sql`UPDATE audit_records SET actie = 'vervalst'`.execute(d.database.db),
      /append-only/,
    );
    await assert.rejects(sql`DELETE FROM audit_records`.execute(d.database.db), /append-only/);
    const v = await verifieerAudit(d.database.db);
    assert.equal(v.ok, true);
  });

  test("een audit-record wordt teruggedraaid met zijn transactie", async () => {
    const voor = await verifieerAudit(d.database.db);
    await assert.rejects(
      d.database.db.transaction().execute(async (trx) => {
        await schrijfAudit(trx, SYSTEEM, { actie: "test.teruggedraaid", gegevens: {} });
        throw new Error("afgebroken");
      }),
    );
    const na = await verifieerAudit(d.database.db);
    assert.equal(na.aantal, voor.aantal);
  });

  test("gelijktijdige schrijvers houden de keten lineair", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        d.database.db
          .transaction()
          .execute((trx) => schrijfAudit(trx, SYSTEEM, { actie: "test.parallel", gegevens: { i } })),
      ),
    );
    const v = await verifieerAudit(d.database.db);
    assert.equal(v.ok, true, JSON.stringify(v));
  });

  test("geknoei buiten de applicatie om wordt gevonden en bij naam genoemd", async () => {
    // Someone with database superuser rights bypasses the trigger.
    await d.database.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE audit_records SET gegevens = '{"a": 2}'::jsonb WHERE actie = 'test.een'`.execute(trx);
    });
    const v = await verifieerAudit(d.database.db);
    assert.equal(v.ok, false);
    const nr = await d.database.db
      .selectFrom("audit_records")
      .select("volgnummer")
      .where("actie", "=", "test.een")
      .executeTakeFirstOrThrow();
    assert.equal(!v.ok && v.eersteFout.volgnummer, nr.volgnummer);
  });
});
