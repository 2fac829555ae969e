// A store for @fastify/rate-limit in PostgreSQL, so that limits hold across service instances
// behind a load balancer (ADR 0673): one counter row per key, incremented in one statement. The key
// is hashed: client addresses and user names are not stored.
import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.ts";

interface Stand {
  current: number;
  ttl: number;
}
type Terug = (err: Error | null, stand?: Stand) => void;

const hash = (sleutel: string) => createHash("sha256").update(sleutel).digest("hex");
/** The end of a row's window (`rij`: the row as the statement names it). */
const einde = (rij: string, vensterMs: number) =>
  sql`${sql.ref(`${rij}.venster_start`)} + ${vensterMs} * interval '1 millisecond'`;
const overMs = (rij: string, vensterMs: number) =>
  sql<number>`(extract(epoch FROM (${einde(rij, vensterMs)} - clock_timestamp())) * 1000)::float8`;

/** Builds the store class the plugin instantiates (it passes only its own options). */
export function databaseTellers(db: Kysely<DB>) {
  return class DatabaseTellers {
    incr(sleutel: string, terug: Terug, vensterMs: number): void {
      // The window starts at the first attempt (as the plugin's own store does), so a burst is
      // never split over two windows by the clock.
      sql<{ aantal: number; over_ms: number }>`
        INSERT INTO verzoek_tellers AS t (sleutel, venster_start, aantal)
        VALUES (${hash(sleutel)}, clock_timestamp(), 1)
        ON CONFLICT (sleutel) DO UPDATE SET
          aantal = CASE WHEN ${einde("t", vensterMs)} <= clock_timestamp() THEN 1 ELSE t.aantal + 1 END,
          venster_start = CASE WHEN ${einde("t", vensterMs)} <= clock_timestamp()
                          THEN clock_timestamp() ELSE t.venster_start END
        RETURNING aantal, ${overMs("t", vensterMs)} AS over_ms`
        .execute(db)
        .then((r) =>
          terug(null, {
            current: Number(r.rows[0]?.aantal ?? 1),
            ttl: Math.max(0, Math.round(Number(r.rows[0]?.over_ms ?? vensterMs))),
          }),
        )
        .catch((e: Error) => terug(e));
    }

    read(sleutel: string, terug: Terug, vensterMs: number): void {
      sql<{ aantal: number; over_ms: number }>`
        SELECT aantal, ${overMs("t", vensterMs)} AS over_ms
        FROM verzoek_tellers AS t WHERE sleutel = ${hash(sleutel)}`
        .execute(db)
        .then((r) => {
          const rij = r.rows[0];
          const over = Number(rij?.over_ms ?? 0);
          terug(
            null,
            over > 0
              ? { current: Number(rij?.aantal ?? 0), ttl: Math.round(over) }
              : { current: 0, ttl: vensterMs },
          );
        })
        .catch((e: Error) => terug(e));
    }

    /** Every route shares the one table; the plugin's per-route options need no state here. */
    child(): DatabaseTellers {
      return this;
    }
  };
}

/**
 * Failed attempts of one kind (an account, an address) within a window, shared by every instance:
 * `lees` says how many there were and how long the window still runs, `tel` adds one.
 */
export function foutenTeller(db: Kysely<DB>, soort: string, vensterMs: number) {
  const sleutel = (wie: string) => hash(`${soort}|${wie}`);
  return {
    async lees(wie: string): Promise<{ aantal: number; overMs: number }> {
      const r = await sql<{ aantal: number; over_ms: number }>`
        SELECT aantal, ${overMs("t", vensterMs)} AS over_ms FROM verzoek_tellers AS t
        WHERE sleutel = ${sleutel(wie)}`.execute(db);
      const over = Number(r.rows[0]?.over_ms ?? 0);
      return over > 0 ? { aantal: Number(r.rows[0]?.aantal ?? 0), overMs: over } : { aantal: 0, overMs: 0 };
    },
    async tel(wie: string): Promise<void> {
      await sql`
        INSERT INTO verzoek_tellers AS t (sleutel, venster_start, aantal)
        VALUES (${sleutel(wie)}, clock_timestamp(), 1)
        ON CONFLICT (sleutel) DO UPDATE SET
          aantal = CASE WHEN ${einde("t", vensterMs)} <= clock_timestamp() THEN 1 ELSE t.aantal + 1 END,
          venster_start = CASE WHEN ${einde("t", vensterMs)} <= clock_timestamp()
                          THEN clock_timestamp() ELSE t.venster_start END`.execute(db);
    },
  };
}

/** Forgets counters whose window started more than `uren` ago (longer than any window in use). */
export async function ruimTellersOp(db: Kysely<DB>, uren = 1): Promise<number> {
  const r = await db
    .deleteFrom("verzoek_tellers")
    .where("venster_start", "<", sql<Date>`now() - (${uren} * interval '1 hour')`)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
