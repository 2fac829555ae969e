// Integration tests run on every engine available: embedded PGlite always, PostgreSQL when
// TEST_DATABASE_URL is set (REQUIRE_PG=1 turns its absence into a failure, as in CI).
import { randomBytes } from "node:crypto";
import { describe, test } from "node:test";
import pg from "pg";
import { type Database, type Engine, openDatabase } from "../../src/db/database.ts";
import { migreer } from "../../src/db/migreren.ts";
import { laadReferentie } from "../../src/db/referentie.ts";

export const PG_URL = process.env.TEST_DATABASE_URL;

/** A fresh, empty database of the given engine; `opruimen` drops it. */
export async function nieuweDatabase(
  engine: Engine,
): Promise<{ database: Database; url?: string; opruimen: () => Promise<void> }> {
  if (engine === "pglite") {
    const database = await openDatabase({ dataDir: "memory://" });
    return { database, opruimen: () => database.close() };
  }
  if (!PG_URL) throw new Error("TEST_DATABASE_URL ontbreekt");
  const naam = `knooppunt_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${naam}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${naam}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  return {
    database,
    url: url.toString(),
    opruimen: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      await a.end();
    },
  };
}

export async function gemigreerdeDatabase(engine: Engine) {
  const d = await nieuweDatabase(engine);
  await migreer(d.database);
  await laadReferentie(d.database);
  return d;
}

/** Runs `body` once per engine, each in its own describe block. */
export function perEngine(naam: string, body: (engine: Engine) => void): void {
  describe(`${naam} [pglite]`, () => body("pglite"));
  if (PG_URL) describe(`${naam} [postgres]`, () => body("postgres"));
  else if (process.env.REQUIRE_PG === "1")
    test(`${naam} [postgres]`, () => {
      throw new Error("REQUIRE_PG=1 maar TEST_DATABASE_URL is niet gezet");
    });
  else
    test(
      `${naam} [postgres]`,
      { skip: "PostgreSQL-tests overgeslagen: TEST_DATABASE_URL is niet gezet" },
      () => {},
    );
}
