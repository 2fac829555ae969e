// Transactional outbox: a message is written in the transaction of the change it reports, so
// it exists if and only if the change committed. The worker (src/mail/werker.ts) sends it later
// and never deletes it: every row ends as 'verzonden' or 'mislukt' (visible to the beheerder).
import { type Kysely, sql, type Transaction } from "kysely";
import type { DB, OutboxStatus } from "./schema.ts";

type Q = Kysely<DB> | Transaction<DB>;

/** Wakes the workers of every instance when a transaction with outbox rows commits. */
export const OUTBOX_KANAAL = "knooppunt_outbox";

export interface MailBericht {
  soort: "mail";
  /** One address or several; each gets the same message (one SMTP transaction). */
  aan: string | string[];
  onderwerp: string;
  tekst: string;
  html?: string;
  /** Optional dedupe key: a second row with the same key is not added (returns the first id). */
  sleutel?: string;
}

export type OutboxBericht = MailBericht;

export interface MailGegevens {
  aan: string[];
  onderwerp: string;
  tekst: string;
  html?: string;
}

export interface OutboxRij {
  id: number;
  soort: string;
  sleutel: string | null;
  gegevens: unknown;
  status: OutboxStatus;
  pogingen: number;
  volgendePoging: Date;
  laatsteFout: string | null;
  aangemaakt: Date;
  verwerkt: Date | null;
}

/**
 * Queues a message in the caller's transaction. Returns the row id (or the id of the row that
 * already had this `sleutel`). Throws on an empty recipient list: a message to nobody is a bug.
 */
export async function zetInOutbox(trx: Transaction<DB>, bericht: OutboxBericht): Promise<number> {
  const rij = outboxRij(bericht);
  const r = await sql<{ id: number }>`
    WITH o AS (
      INSERT INTO outbox (soort, sleutel, gegevens) VALUES (${rij.soort}, ${rij.sleutel}, ${rij.gegevens})
      ON CONFLICT (sleutel) DO NOTHING RETURNING id)
    SELECT id, pg_notify(${OUTBOX_KANAAL}, '') FROM o`.execute(trx);
  const nieuw = r.rows[0];
  if (nieuw) return Number(nieuw.id);
  return (await bestaandeIds(trx, [rij.sleutel ?? ""])).get(rij.sleutel ?? "") as number;
}

/** An outbox row as it will be inserted: checked (throws on a bad recipient) and serialised. */
export interface OutboxInvoer {
  soort: string;
  sleutel: string | null;
  gegevens: string;
}

export function outboxRij(bericht: OutboxBericht): OutboxInvoer {
  const aan = [bericht.aan].flat().map((a) => a.trim());
  if (aan.length === 0 || aan.some((a) => !a.includes("@")))
    throw new Error(`zetInOutbox: ongeldige ontvanger(s): ${JSON.stringify(bericht.aan)}`);
  const gegevens: MailGegevens = {
    aan,
    onderwerp: bericht.onderwerp,
    tekst: bericht.tekst,
    ...(bericht.html === undefined ? {} : { html: bericht.html }),
  };
  return { soort: bericht.soort, sleutel: bericht.sleutel ?? null, gegevens: JSON.stringify(gegevens) };
}

/**
 * The ids of rows a multi-row `INSERT ... ON CONFLICT (sleutel) DO NOTHING RETURNING id, sleutel`
 * gave back, in the order of `rijen`; rows skipped for an existing `sleutel` get that row's id
 * (one extra query, only then). Ids come from one sequence in VALUES order, so rows without a
 * `sleutel` (never skipped) take the returned ids in ascending order.
 */
export async function outboxIds(
  trx: Transaction<DB>,
  rijen: readonly OutboxInvoer[],
  teruggegeven: readonly { id: number | string; sleutel: string | null }[],
): Promise<number[]> {
  const perSleutel = new Map<string, number>();
  const zonder: number[] = [];
  for (const t of teruggegeven)
    if (t.sleutel === null) zonder.push(Number(t.id));
    else perSleutel.set(t.sleutel, Number(t.id));
  zonder.sort((a, b) => a - b);
  const ontbrekend = rijen.flatMap((r) =>
    r.sleutel !== null && !perSleutel.has(r.sleutel) ? [r.sleutel] : [],
  );
  if (ontbrekend.length > 0) for (const [k, v] of await bestaandeIds(trx, ontbrekend)) perSleutel.set(k, v);
  let i = 0;
  return rijen.map((r) =>
    r.sleutel === null ? (zonder[i++] as number) : (perSleutel.get(r.sleutel) as number),
  );
}

async function bestaandeIds(trx: Transaction<DB>, sleutels: string[]): Promise<Map<string, number>> {
  const rows = await trx
    .selectFrom("outbox")
    .select(["id", "sleutel"])
    .where("sleutel", "in", sleutels)
    .execute();
  const uit = new Map(rows.map((r) => [r.sleutel ?? "", Number(r.id)]));
  for (const s of sleutels) if (!uit.has(s)) throw new Error(`outbox: geen rij met sleutel ${s}`);
  return uit;
}

/**
 * Claims up to `aantal` due rows of the given kinds: waiting rows whose time has come, and rows
 * whose claim (lease) has expired because a worker died mid-send. SKIP LOCKED lets several
 * instances claim side by side without taking the same row. The attempt is counted at claim
 * time, so a row that crashes its worker every time still reaches 'mislukt'.
 */
export async function claimOutbox(
  db: Kysely<DB>,
  soorten: string[],
  aantal: number,
  leaseMs: number,
): Promise<OutboxRij[]> {
  if (soorten.length === 0) return [];
  const r = await sql<RuweRij>`
    UPDATE outbox SET status = 'bezig', pogingen = pogingen + 1,
           geclaimd_tot = now() + (${leaseMs} * interval '1 millisecond')
     WHERE id IN (
       SELECT id FROM outbox
        WHERE soort = ANY(${soorten}::text[])
          AND ((status = 'wachtend' AND volgende_poging <= now())
            OR (status = 'bezig' AND geclaimd_tot < now()))
        ORDER BY volgende_poging, id
        LIMIT ${aantal}
        FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  return r.rows.map(naarRij).sort((a, b) => a.id - b.id);
}

export async function markeerVerzonden(db: Q, id: number): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "verzonden", verwerkt: sql`now()`, geclaimd_tot: null, laatste_fout: null })
    .where("id", "=", id)
    .where("status", "=", "bezig")
    .execute();
}

/** A failed attempt: back to 'wachtend' after `wachtMs`, or 'mislukt' when `definitief`. */
export async function markeerPoging(
  db: Q,
  id: number,
  fout: string,
  opties: { definitief: boolean; wachtMs: number },
): Promise<void> {
  await db
    .updateTable("outbox")
    .set({
      status: opties.definitief ? "mislukt" : "wachtend",
      laatste_fout: fout.slice(0, 2000),
      geclaimd_tot: null,
      volgende_poging: sql`now() + (${opties.wachtMs} * interval '1 millisecond')`,
      ...(opties.definitief ? { verwerkt: sql`now()` } : {}),
    })
    .where("id", "=", id)
    .where("status", "=", "bezig")
    .execute();
}

/** Puts a failed row back in the queue with a fresh attempt budget (beheerder action). */
export async function zetOpnieuwInWachtrij(trx: Transaction<DB>, id: number): Promise<boolean> {
  const r = await trx
    .updateTable("outbox")
    .set({ status: "wachtend", pogingen: 0, volgende_poging: sql`now()`, verwerkt: null })
    .where("id", "=", id)
    .where("status", "=", "mislukt")
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await sql`SELECT pg_notify(${OUTBOX_KANAAL}, '')`.execute(trx);
  return true;
}

export async function outboxLijst(
  db: Q,
  filter: { status?: OutboxStatus; limiet?: number } = {},
): Promise<OutboxRij[]> {
  let q = db
    .selectFrom("outbox")
    .selectAll()
    .orderBy("id", "desc")
    .limit(filter.limiet ?? 100);
  if (filter.status) q = q.where("status", "=", filter.status);
  return (await q.execute()).map((r) => naarRij(r as unknown as RuweRij));
}

export async function outboxTelling(db: Q): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .selectFrom("outbox")
    .select(["status", (e) => e.fn.countAll<number>().as("n")])
    .groupBy("status")
    .execute();
  const t: Record<OutboxStatus, number> = { wachtend: 0, bezig: 0, verzonden: 0, mislukt: 0 };
  for (const r of rows) t[r.status] = Number(r.n);
  return t;
}

interface RuweRij {
  id: number | string;
  soort: string;
  sleutel: string | null;
  gegevens: unknown;
  status: OutboxStatus;
  pogingen: number;
  volgende_poging: Date | string;
  laatste_fout: string | null;
  aangemaakt: Date | string;
  verwerkt: Date | string | null;
}

function naarRij(r: RuweRij): OutboxRij {
  return {
    id: Number(r.id),
    soort: r.soort,
    sleutel: r.sleutel,
    gegevens: typeof r.gegevens === "string" ? JSON.parse(r.gegevens) : r.gegevens,
    status: r.status,
    pogingen: r.pogingen,
    volgendePoging: new Date(r.volgende_poging),
    laatsteFout: r.laatste_fout,
    aangemaakt: new Date(r.aangemaakt),
    verwerkt: r.verwerkt === null ? null : new Date(r.verwerkt),
  };
}
