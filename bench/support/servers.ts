// The servers a bench runs against, all in this process on loopback: Knooppunt on a fresh
// database of either engine, and a bare Fastify app as the measure of what the machine can do.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import pg from "pg";
import { type Config, leesConfig } from "../../src/config.ts";
import { type Database, type Engine, openDatabase } from "../../src/db/database.ts";
import { type DemoGebruiker, laadDemo } from "../../src/db/demo.ts";
import { migreer } from "../../src/db/migreren.ts";
import { laadReferentie } from "../../src/db/referentie.ts";
import { buildApp } from "../../src/http/app.ts";
import { capabilities } from "../../src/http/capabilities.ts";

export const BENCH_WACHTWOORD = "bench-wachtwoord-niet-geheim";

export interface Draaiend {
  url: string;
  sluit: () => Promise<void>;
}

/** PostgreSQL server URL for the bench, if one is configured. */
export const benchPgUrl = (): string | undefined =>
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

/** A fresh database: PGlite in a temp dir (on disk, as `npm start` runs) or a new PG database. */
async function verseDatabase(engine: Engine): Promise<{ database: Database; opruimen: () => Promise<void> }> {
  if (engine === "pglite") {
    const dir = await mkdtemp(join(tmpdir(), "knooppunt-bench-"));
    const database = await openDatabase({ dataDir: dir });
    return {
      database,
      opruimen: async () => {
        await database.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const basis = benchPgUrl();
  if (!basis) throw new Error("geen BENCH_DATABASE_URL of TEST_DATABASE_URL");
  const naam = `knooppunt_bench_${randomBytes(6).toString("hex")}`;
  const beheer = async (sql: string) => {
    const c = new pg.Client({ connectionString: basis });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await beheer(`CREATE DATABASE ${naam}`);
  const url = new URL(basis);
  url.pathname = `/${naam}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  return {
    database,
    opruimen: async () => {
      await database.close();
      await beheer(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
    },
  };
}

/** Knooppunt as `serve` builds it (migrations, reference data, demo users), on 127.0.0.1:0. */
export async function startKnooppunt(
  engine: Engine,
  configExtra: Partial<Config> = {},
): Promise<Draaiend & { demo: DemoGebruiker[] }> {
  const d = await verseDatabase(engine);
  try {
    await migreer(d.database);
    await laadReferentie(d.database);
    const demo = await laadDemo(d.database, { wachtwoord: BENCH_WACHTWOORD });
    // Env-independent config: the bench must not pick up DATABASE_URL, OIDC_* or a log level.
    const config: Config = { ...leesConfig({}), logLevel: "silent", ...configExtra };
    const app = await buildApp({ database: d.database, config, capabilities: capabilities() });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const addr = app.server.address();
    if (!addr || typeof addr !== "object") throw new Error("geen adres");
    return {
      url: `http://127.0.0.1:${addr.port}`,
      demo,
      sluit: async () => {
        await app.close();
        await d.opruimen();
      },
    };
  } catch (e) {
    await d.opruimen();
    throw e;
  }
}

/** The same Fastify version with one route and nothing else: the ceiling for this machine. */
export async function startKaal(): Promise<Draaiend> {
  const app = Fastify({ logger: false });
  app.get(
    "/kaal",
    {
      schema: {
        response: { 200: { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] } },
      },
    },
    async () => ({ ok: true }),
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address();
  if (!addr || typeof addr !== "object") throw new Error("geen adres");
  return { url: `http://127.0.0.1:${addr.port}/kaal`, sluit: () => app.close() };
}
