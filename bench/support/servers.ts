// The servers a bench runs against, all in this process on loopback: Knooppunt on a fresh
// database of either engine, and a bare Fastify app as the measure of what the machine can do.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Fastify from "fastify";
import { sql } from "kysely";
import pg from "pg";
import { type Config, leesConfig } from "../../src/config.ts";
import { type Database, type Engine, openDatabase } from "../../src/db/database.ts";
import { type DemoGebruiker, laadDemo } from "../../src/db/demo.ts";
import { migreer } from "../../src/db/migreren.ts";
import { laadReferentie } from "../../src/db/referentie.ts";
import { buildApp } from "../../src/http/app.ts";
import { capabilities } from "../../src/http/capabilities.ts";

export const BENCH_WACHTWOORD = "bench-wachtwoord-niet-geheim";
/** PostgreSQL pool size of every bench instance (the service's default). */
export const BENCH_POOL = 10;

export interface Draaiend {
  url: string;
  sluit: () => Promise<void>;
}

/** PostgreSQL server URL for the bench, if one is configured. */
export const benchPgUrl = (): string | undefined =>
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

/** A fresh database: PGlite in a temp dir (on disk, as `npm start` runs) or a new PG database. */
export async function verseDatabase(
  engine: Engine,
): Promise<{ database: Database; databaseUrl?: string; opruimen: () => Promise<void> }> {
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
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: BENCH_POOL });
  return {
    database,
    databaseUrl: url.toString(),
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
): Promise<Draaiend & { demo: DemoGebruiker[]; database: Database; databaseUrl?: string }> {
  const d = await verseDatabase(engine);
  try {
    await migreer(d.database);
    await laadReferentie(d.database);
    const demo = await laadDemo(d.database, { wachtwoord: BENCH_WACHTWOORD });
    const app = await luister(d.database, configExtra);
    return {
      url: app.url,
      demo,
      database: d.database,
      ...(d.databaseUrl ? { databaseUrl: d.databaseUrl } : {}),
      sluit: async () => {
        await app.sluit();
        await d.opruimen();
      },
    };
  } catch (e) {
    await d.opruimen();
    throw e;
  }
}

/** The app as `serve` builds it on an open database, listening on 127.0.0.1:0 (no outbox worker). */
async function luister(database: Database, configExtra: Partial<Config>): Promise<Draaiend> {
  // Env-independent config: the bench must not pick up DATABASE_URL, OIDC_* or a log level.
  const config: Config = { ...leesConfig({}), logLevel: "silent", ...configExtra };
  const app = await buildApp({ database, config, capabilities: capabilities() });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address();
  if (!addr || typeof addr !== "object") throw new Error("geen adres");
  return { url: `http://127.0.0.1:${addr.port}`, sluit: () => app.close() };
}

/**
 * A further service instance on an existing PostgreSQL database (already migrated and loaded),
 * with its own pool and its own LISTEN connection, as a second `serve` process would have.
 */
export async function startKnooppuntOp(
  databaseUrl: string,
  configExtra: Partial<Config> = {},
): Promise<Draaiend> {
  const database = await openDatabase({ databaseUrl, poolSize: BENCH_POOL });
  try {
    const app = await luister(database, configExtra);
    return {
      url: app.url,
      sluit: async () => {
        await app.sluit();
        await database.close();
      },
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}

/**
 * The same instance in a child process (bench/support/instantie.ts), so two instances do not
 * share one event loop. Resolves once it listens; `sluit` ends it with SIGTERM and waits.
 */
export async function startKindInstantie(databaseUrl: string): Promise<Draaiend> {
  const script = fileURLToPath(new URL("./instantie.ts", import.meta.url));
  const kind = spawn(process.execPath, ["--import", "tsx", script, databaseUrl], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const einde = new Promise<void>((ok) => kind.once("exit", () => ok()));
  const url = await new Promise<string>((ok, fout) => {
    let buf = "";
    const timer = setTimeout(() => fout(new Error("tweede instantie start niet binnen 60 s")), 60_000);
    kind.stdout.on("data", (b: Buffer) => {
      buf += b.toString();
      const regel = buf.split("\n")[0];
      if (buf.includes("\n") && regel) {
        clearTimeout(timer);
        ok((JSON.parse(regel) as { url: string }).url);
      }
    });
    kind.once("exit", (code) => {
      clearTimeout(timer);
      fout(new Error(`tweede instantie stopte (code ${code})`));
    });
  }).catch(async (e) => {
    kind.kill("SIGTERM");
    await einde;
    throw e;
  });
  return {
    url,
    sluit: async () => {
      if (kind.exitCode === null && kind.signalCode === null) {
        kind.kill("SIGTERM");
        await einde;
      }
    },
  };
}

/**
 * A bare Fastify route that does one INSERT into a simple table, on the given database (same
 * engine, same pool): the ceiling a command that writes should be read against.
 */
/** Both bare routes take the load generator's body and answer an id. */
const KAAL_SCHEMA = {
  body: {
    type: "object",
    properties: { regio: { type: "string" }, tekst: { type: "string" }, klant: { type: "integer" } },
    required: ["regio"],
  },
  response: {
    201: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
    409: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
  },
};

export async function startKaalInsert(
  database: Database,
): Promise<Draaiend & { transactieUrl: string; commandoUrl: string }> {
  await sql`CREATE TABLE IF NOT EXISTS bench_kaal (
    id uuid PRIMARY KEY, regio text NOT NULL, gegevens jsonb NOT NULL, op timestamptz NOT NULL)`.execute(
    database.db,
  );
  const app = Fastify({ logger: false });
  app.post(
    "/kaal/insert",
    {
      schema: KAAL_SCHEMA,
    },
    async (req, reply) => {
      const b = req.body as { regio: string; tekst?: string };
      const id = randomUUID();
      await sql`INSERT INTO bench_kaal (id, regio, gegevens, op)
        VALUES (${id}, ${b.regio}, ${JSON.stringify({ tekst: b.tekst ?? null })}, ${new Date()})`.execute(
        database.db,
      );
      reply.status(201);
      return { id };
    },
  );
  // The issue's own words for a command, bare: one transaction with the row, an audit row and an
  // outbox row. Not the target's yardstick (that is the INSERT above); a reading aid beside it.
  await sql`CREATE TABLE IF NOT EXISTS bench_kaal_audit (
    volgnummer bigserial PRIMARY KEY, onderwerp uuid NOT NULL, gegevens jsonb NOT NULL, op timestamptz NOT NULL)`.execute(
    database.db,
  );
  await sql`CREATE TABLE IF NOT EXISTS bench_kaal_outbox (
    id bigserial PRIMARY KEY, onderwerp uuid NOT NULL, bericht jsonb NOT NULL, op timestamptz NOT NULL)`.execute(
    database.db,
  );
  app.post(
    "/kaal/transactie",
    {
      schema: KAAL_SCHEMA,
    },
    async (req, reply) => {
      const b = req.body as { regio: string; tekst?: string };
      const id = randomUUID();
      const nu = new Date();
      await database.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO bench_kaal (id, regio, gegevens, op)
          VALUES (${id}, ${b.regio}, ${JSON.stringify({ tekst: b.tekst ?? null })}, ${nu})`.execute(trx);
        await sql`INSERT INTO bench_kaal_audit (onderwerp, gegevens, op)
          VALUES (${id}, ${JSON.stringify({ actie: "kaal", regio: b.regio })}, ${nu})`.execute(trx);
        await sql`INSERT INTO bench_kaal_outbox (onderwerp, bericht, op)
          VALUES (${id}, ${JSON.stringify({ aan: "iemand@bench.local", tekst: b.tekst ?? null })}, ${nu})`.execute(
          trx,
        );
      });
      reply.status(201);
      return { id };
    },
  );
  // The floor of a command that decides in TypeScript: read the state (one round trip), decide,
  // then write the state with a version check, an audit row and an outbox row in one statement
  // (one round trip, its own transaction). No session, domain, hash chain, mail or answer state.
  await sql`CREATE TABLE IF NOT EXISTS bench_kaal_stand (
    sleutel text PRIMARY KEY, versie integer NOT NULL, gegevens jsonb NOT NULL)`.execute(database.db);
  app.post(
    "/kaal/commando",
    {
      schema: KAAL_SCHEMA,
    },
    async (req, reply) => {
      const b = req.body as { regio: string; tekst?: string; klant?: number };
      const sleutel = `${b.regio}/${b.klant ?? 0}`;
      const stand = await sql<{ versie: number; gegevens: Record<string, unknown> }>`
        SELECT versie, gegevens FROM bench_kaal_stand WHERE sleutel = ${sleutel}`.execute(database.db);
      const versie = stand.rows[0]?.versie ?? 0;
      const gegevens = JSON.stringify({ ...(stand.rows[0]?.gegevens ?? {}), laatst: b.tekst ?? null });
      const onderwerp = randomUUID();
      const nu = new Date();
      const geschreven = await sql<{ n: number }>`
        WITH s AS (
          INSERT INTO bench_kaal_stand AS st (sleutel, versie, gegevens) VALUES (${sleutel}, ${versie + 1}, ${gegevens})
          ON CONFLICT (sleutel) DO UPDATE SET versie = EXCLUDED.versie, gegevens = EXCLUDED.gegevens
          WHERE st.versie = ${versie}
          RETURNING sleutel),
        a AS (INSERT INTO bench_kaal_audit (onderwerp, gegevens, op)
          SELECT ${onderwerp}::uuid, ${JSON.stringify({ actie: "kaal", sleutel })}::jsonb, ${nu}::timestamptz FROM s),
        o AS (INSERT INTO bench_kaal_outbox (onderwerp, bericht, op)
          SELECT ${onderwerp}::uuid, ${JSON.stringify({ aan: "iemand@bench.local", tekst: b.tekst ?? null })}::jsonb, ${nu}::timestamptz FROM s)
        SELECT count(*)::int AS n FROM s`.execute(database.db);
      if ((geschreven.rows[0]?.n ?? 0) === 0) {
        reply.status(409);
        return { id: sleutel };
      }
      reply.status(201);
      return { id: onderwerp };
    },
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address();
  if (!addr || typeof addr !== "object") throw new Error("geen adres");
  return {
    url: `http://127.0.0.1:${addr.port}/kaal/insert`,
    transactieUrl: `http://127.0.0.1:${addr.port}/kaal/transactie`,
    commandoUrl: `http://127.0.0.1:${addr.port}/kaal/commando`,
    sluit: () => app.close(),
  };
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
