// One schema, two engines: embedded PGlite (default, single process) or a PostgreSQL server
// (DATABASE_URL). Everything above this file talks to Kysely and never knows which one it got.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DB } from "./schema.ts";

// int8 (count(*), bigint ids) as number, as PGlite does, so both engines return the same shapes.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export type Engine = "pglite" | "postgres";

export interface Database {
  readonly engine: Engine;
  readonly db: Kysely<DB>;
  /** Runs a multi-statement SQL script (migrations), outside Kysely. */
  execScript(sql: string): Promise<void>;
  /** LISTEN on a channel; returns an unlisten function. Shared by all instances on PostgreSQL. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir ?? "./data");
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on("error", () => {
    /* idle client lost; the pool replaces it */
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(p: string) => void>>();
  let sluiten: Promise<void> | undefined;
  return {
    engine: "postgres",
    db,
    async execScript(sql) {
      await pool.query(sql);
    },
    async listen(channel, onMessage) {
      if (!listener) {
        listener = new pg.Client({ connectionString: url });
        await listener.connect();
        listener.on("notification", (n) => {
          for (const h of handlers.get(n.channel) ?? []) h(n.payload ?? "");
        });
      }
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await listener.query(`LISTEN ${quoteIdent(channel)}`);
      }
      set.add(onMessage);
      return async () => {
        set.delete(onMessage);
      };
    },
    // Idempotent: a shutdown hook and a test may both close it.
    close() {
      sluiten ??= (async () => {
        await db.destroy();
        await listener?.end();
      })();
      return sluiten;
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // relaxedDurability: no fsync per commit. A process crash loses nothing committed; a power
  // loss may. Production runs on PostgreSQL (README, docs/adr/0001).
  const lite = await PGlite.create(dataDir.startsWith("memory://") ? undefined : dataDir, {
    relaxedDurability: true,
    // btree_gist: exclusion constraints on (unit, time range) prevent double booking.
    extensions: { btree_gist },
  });
  const lock = new Mutex();
  let sluiten: Promise<void> | undefined;
  // PGlite is one session: a Kysely "connection" holds the lock from acquire to release, so a
  // transaction's statements never interleave with another request's.
  const pool = {
    async connect() {
      const release = await lock.acquire();
      return {
        async query(text: string, params: unknown[]) {
          if (params.length === 0 && text.includes(";")) {
            const results = await lite.exec(text);
            const last = results[results.length - 1];
            return { command: "", rowCount: last?.affectedRows ?? 0, rows: last?.rows ?? [] };
          }
          const r = await lite.query(text, params);
          return {
            command: (r as { command?: string }).command ?? "",
            rowCount: r.affectedRows ?? 0,
            rows: r.rows,
          };
        },
        release,
      };
    },
    async end() {},
  };
  // biome-ignore lint/suspicious/noExplicitAny: adapter shape matches what PostgresDialect calls.
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as any }) });
  return {
    engine: "pglite",
    db,
    async execScript(sql) {
      const release = await lock.acquire();
      try {
        await lite.exec(sql);
      } finally {
        release();
      }
    },
    async listen(channel, onMessage) {
      // LISTEN is a statement on the one session: never inside another request's transaction.
      const release = await lock.acquire();
      let unlisten: () => Promise<void>;
      try {
        unlisten = await lite.listen(channel, onMessage);
      } finally {
        release();
      }
      return async () => {
        const r = await lock.acquire();
        try {
          await unlisten();
        } finally {
          r();
        }
      };
    },
    close() {
      sluiten ??= (async () => {
        await db.destroy();
        await lite.close();
      })();
      return sluiten;
    },
  };
}

function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

class Mutex {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => {
      release = r;
    });
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}
