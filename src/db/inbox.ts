// In-app inbox: one row per recipient user, resolved when the message is written (in the
// caller's transaction). The row then records who was informed at that moment, read state is
// per person, and a user who joins an organisation later does not inherit old messages.
import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Rol } from "../domain/organisaties/rollen.ts";
import { LIVE_KANAAL, liveBericht } from "../http/kern/live.ts";
import { OUTBOX_KANAAL, type OutboxInvoer, outboxIds, outboxRij } from "./outbox.ts";
import type { DB } from "./schema.ts";

type Q = Kysely<DB> | Transaction<DB>;

/**
 * A recipient: one user, or every active user of an organisation (optionally only those with
 * a given role there — "the mayor of gm0344", "the LOCC piket").
 */
export type Ontvanger = { gebruikerId: string } | { organisatieId: string; rol?: Rol };

export interface InboxBericht {
  aan: readonly Ontvanger[];
  titel: string;
  tekst: string;
  /** Kind of message, free text for the client (e.g. "taak", "besluit"). Default "bericht". */
  soort?: string;
  /** Relative link in the web app, e.g. "/aanvragen/<id>". */
  link?: string;
  onderwerpSoort?: string;
  onderwerpId?: string;
  /**
   * Also e-mail every recipient that has an address, one outbox row each (nobody sees the
   * others' addresses). `sleutel` (if given) is suffixed with the user id for de-duplication.
   */
  mail?: { onderwerp?: string; tekst?: string; html?: string; sleutel?: string };
}

export interface OntvangenGebruiker {
  id: string;
  naam: string;
  email: string | null;
}

export interface InboxResultaat {
  meldingIds: string[];
  gebruikers: OntvangenGebruiker[];
  mailIds: number[];
}

export interface Melding {
  id: string;
  soort: string;
  titel: string;
  tekst: string;
  link: string | null;
  onderwerpSoort: string | null;
  onderwerpId: string | null;
  aangemaakt: string;
  gelezen: string | null;
}

/** The active users behind a list of recipients, each once. */
export async function ontvangers(db: Q, aan: readonly Ontvanger[]): Promise<OntvangenGebruiker[]> {
  if (aan.length === 0) return [];
  const rows = await db
    .selectFrom("gebruikers as g")
    .leftJoin("gebruiker_rollen as r", "r.gebruiker_id", "g.id")
    .select(["g.id", "g.naam", "g.email"])
    .distinct()
    .where("g.actief", "=", true)
    .where((eb) =>
      eb.or(
        aan.map((o) =>
          "gebruikerId" in o
            ? eb("g.id", "=", o.gebruikerId)
            : o.rol
              ? eb.and([eb("g.organisatie_id", "=", o.organisatieId), eb("r.rol", "=", o.rol)])
              : eb("g.organisatie_id", "=", o.organisatieId),
        ),
      ),
    )
    .orderBy("g.id")
    .execute();
  return rows;
}

/**
 * Writes the message to each recipient's inbox (and optionally queues mail), in the caller's
 * transaction, and publishes a live "melding" event to those users on commit. Recipients that
 * resolve to nobody are not an error: the result says who was reached.
 */
export async function zetInInbox(trx: Transaction<DB>, b: InboxBericht): Promise<InboxResultaat> {
  const gebruikers = await ontvangers(trx, b.aan);
  if (gebruikers.length === 0) return { meldingIds: [], gebruikers, mailIds: [] };
  const rijen = gebruikers.map((g) => ({
    id: randomUUID(),
    gebruiker_id: g.id,
    soort: b.soort ?? "bericht",
    titel: b.titel,
    tekst: b.tekst,
    link: b.link ?? null,
    onderwerp_soort: b.onderwerpSoort ?? null,
    onderwerp_id: b.onderwerpId ?? null,
  }));
  const mails: OutboxInvoer[] = [];
  if (b.mail)
    for (const g of gebruikers) {
      if (!g.email) continue;
      mails.push(
        outboxRij({
          soort: "mail",
          aan: g.email,
          onderwerp: b.mail.onderwerp ?? b.titel,
          tekst: b.mail.tekst ?? b.tekst,
          ...(b.mail.html === undefined ? {} : { html: b.mail.html }),
          ...(b.mail.sleutel === undefined ? {} : { sleutel: `${b.mail.sleutel}:${g.id}` }),
        }),
      );
    }
  const live = liveBericht(
    "melding",
    {
      soort: b.soort ?? "bericht",
      onderwerpSoort: b.onderwerpSoort ?? null,
      onderwerpId: b.onderwerpId ?? null,
    },
    { gebruikerIds: gebruikers.map((g) => g.id) },
  );
  // Inbox rows, outbox rows and both NOTIFYs in one statement: one round trip instead of one
  // per row. Data-modifying CTEs always run; the NOTIFY for the outbox only when a row was
  // added (a row skipped for its sleutel was announced when it was written).
  const meldingen = sql.join(
    rijen.map(
      (r) =>
        sql`(${r.id}, ${r.gebruiker_id}, ${r.soort}, ${r.titel}, ${r.tekst}, ${r.link}, ${r.onderwerp_soort}, ${r.onderwerp_id})`,
    ),
  );
  const m = sql`m AS (INSERT INTO meldingen (id, gebruiker_id, soort, titel, tekst, link, onderwerp_soort, onderwerp_id) VALUES ${meldingen})`;
  const r =
    mails.length === 0
      ? await sql<{
          outbox: null;
        }>`WITH ${m} SELECT NULL AS outbox, pg_notify(${LIVE_KANAAL}, ${live})`.execute(trx)
      : await sql<{ outbox: { id: number; sleutel: string | null }[] | string }>`
          WITH ${m},
          o AS (INSERT INTO outbox (soort, sleutel, gegevens)
                VALUES ${sql.join(mails.map((x) => sql`(${x.soort}, ${x.sleutel}, ${x.gegevens})`))}
                ON CONFLICT (sleutel) DO NOTHING RETURNING id, sleutel),
          n AS (SELECT pg_notify(${OUTBOX_KANAAL}, '') FROM (SELECT 1 FROM o LIMIT 1) x)
          SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'sleutel', sleutel)), '[]'::json) FROM o) AS outbox,
                 (SELECT count(*) FROM n) AS genotificeerd,
                 pg_notify(${LIVE_KANAAL}, ${live})`.execute(trx);
  const uit = r.rows[0]?.outbox ?? [];
  const mailIds =
    mails.length === 0 ? [] : await outboxIds(trx, mails, typeof uit === "string" ? JSON.parse(uit) : uit);
  return { meldingIds: rijen.map((x) => x.id), gebruikers, mailIds };
}

export async function leesMeldingen(
  db: Q,
  gebruikerId: string,
  opties: { alleenOngelezen?: boolean; limiet?: number; voor?: string } = {},
): Promise<{ meldingen: Melding[]; ongelezen: number }> {
  let q = db
    .selectFrom("meldingen")
    .selectAll()
    .where("gebruiker_id", "=", gebruikerId)
    .orderBy("aangemaakt", "desc")
    .orderBy("id", "desc")
    .limit(opties.limiet ?? 50);
  if (opties.alleenOngelezen) q = q.where("gelezen", "is", null);
  if (opties.voor) q = q.where("aangemaakt", "<", new Date(opties.voor));
  const rows = await q.execute();
  const n = await db
    .selectFrom("meldingen")
    .select((e) => e.fn.countAll<number>().as("n"))
    .where("gebruiker_id", "=", gebruikerId)
    .where("gelezen", "is", null)
    .executeTakeFirstOrThrow();
  return {
    meldingen: rows.map((r) => ({
      id: r.id,
      soort: r.soort,
      titel: r.titel,
      tekst: r.tekst,
      link: r.link,
      onderwerpSoort: r.onderwerp_soort,
      onderwerpId: r.onderwerp_id,
      aangemaakt: new Date(r.aangemaakt).toISOString(),
      gelezen: r.gelezen ? new Date(r.gelezen).toISOString() : null,
    })),
    ongelezen: Number(n.n),
  };
}

/** Marks messages read; only the owner's own rows. Returns the ids actually changed. */
export async function markeerGelezen(
  trx: Transaction<DB>,
  gebruikerId: string,
  ids: readonly string[] | "alle",
): Promise<string[]> {
  let q = trx
    .updateTable("meldingen")
    .set({ gelezen: new Date() })
    .where("gebruiker_id", "=", gebruikerId)
    .where("gelezen", "is", null);
  if (ids !== "alle") {
    if (ids.length === 0) return [];
    q = q.where("id", "in", ids);
  }
  const rows = await q.returning("id").execute();
  return rows.map((r) => r.id);
}
