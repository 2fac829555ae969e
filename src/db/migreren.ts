// Forward-only migrations from src/db/migraties/*.sql, applied in name order, each in its own
// transaction. On PostgreSQL an advisory lock keeps two instances that start together from
// applying the same migration twice.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Database } from "./database.ts";

const MAP = fileURLToPath(new URL("./migraties/", import.meta.url));
const LOCK_KEY = 4_242_001;

export function beschikbareMigraties(): { naam: string; sql: string }[] {
  return readdirSync(MAP)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((naam) => ({ naam, sql: readFileSync(MAP + naam, "utf8") }));
}

export async function migreer(database: Database): Promise<string[]> {
  const { db } = database;
  await database.execScript(
    "CREATE TABLE IF NOT EXISTS schema_migraties (naam text PRIMARY KEY, toegepast timestamptz NOT NULL DEFAULT now());",
  );
  const toegepast: string[] = [];
  for (const m of beschikbareMigraties()) {
    await db.transaction().execute(async (trx) => {
      if (database.engine === "postgres") await sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
      const al = await trx
        .selectFrom("schema_migraties")
        .select("naam")
        .where("naam", "=", m.naam)
        .executeTakeFirst();
      if (al) return;
      await sql.raw(m.sql).execute(trx);
      await trx.insertInto("schema_migraties").values({ naam: m.naam }).execute();
      toegepast.push(m.naam);
    });
  }
  return toegepast;
}

/** True when every migration in the code is applied (for /ready). */
export async function migratiesBijgewerkt(database: Database): Promise<boolean> {
  const rows = await database.db.selectFrom("schema_migraties").select("naam").execute();
  const klaar = new Set(rows.map((r) => r.naam));
  return beschikbareMigraties().every((m) => klaar.has(m.naam));
}
