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
  return (await kandidaten(db, aan))
    .filter((g) => aan.some((o) => bereikt(o, g)))
    .map(({ id, naam, email }) => ({ id, naam, email }));
}

/**
 * Writes the message to each recipient's inbox (and optionally queues mail), in the caller's
 * transaction, and publishes a live "melding" event to those users on commit. Recipients that
 * resolve to nobody are not an error: the result says who was reached.
 */
export async function zetInInbox(trx: Transaction<DB>, b: InboxBericht): Promise<InboxResultaat> {
  const [r] = await zetInInboxen(trx, [b]);
  return r as InboxResultaat;
}

interface Ontvangen extends OntvangenGebruiker {
  organisatieId: string;
  rollen: string[];
}

const bereikt = (o: Ontvanger, g: Ontvangen) =>
  "gebruikerId" in o
    ? o.gebruikerId === g.id
    : o.organisatieId === g.organisatieId && (!o.rol || g.rollen.includes(o.rol));

/**
 * Several messages at once (a bundle of request commands, ADR 0671): the recipients of all of them
 * in one query, every inbox row, mail and NOTIFY in one statement. `live` are further NOTIFY
 * payloads (liveBericht) to send on commit in the same statement. One result per message.
 */
export async function zetInInboxen(
  trx: Transaction<DB>,
  berichten: readonly InboxBericht[],
  live: readonly string[] = [],
): Promise<InboxResultaat[]> {
  const mensen = await kandidaten(
    trx,
    berichten.flatMap((b) => b.aan),
  );
  const meldingen: (readonly unknown[])[] = [];
  const mails: OutboxInvoer[] = [];
  const meldingLive: string[] = [];
  const uit = berichten.map((b) => {
    const wie = mensen.filter((g) => b.aan.some((o) => bereikt(o, g)));
    const meldingIds = wie.map((g) => {
      const id = randomUUID();
      meldingen.push([
        id,
        g.id,
        b.soort ?? "bericht",
        b.titel,
        b.tekst,
        b.link ?? null,
        b.onderwerpSoort ?? null,
        b.onderwerpId ?? null,
      ]);
      return id;
    });
    let aantalMails = 0;
    if (b.mail)
      for (const g of wie) {
        if (!g.email) continue;
        aantalMails++;
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
    if (wie.length > 0)
      meldingLive.push(
        liveBericht(
          "melding",
          {
            soort: b.soort ?? "bericht",
            onderwerpSoort: b.onderwerpSoort ?? null,
            onderwerpId: b.onderwerpId ?? null,
          },
          { gebruikerIds: wie.map((g) => g.id) },
        ),
      );
    return {
      meldingIds,
      gebruikers: wie.map(({ id, naam, email }) => ({ id, naam, email })),
      aantalMails,
    };
  });
  const notificaties = [...meldingLive, ...live];
  if (meldingen.length === 0 && notificaties.length === 0)
    return uit.map((u) => ({ meldingIds: u.meldingIds, gebruikers: u.gebruikers, mailIds: [] }));
  // Inbox rows, outbox rows and all NOTIFYs in one statement: one round trip instead of one per
  // row. Data-modifying CTEs always run; the outbox NOTIFY only when a mail row was added (one
  // skipped for its sleutel was announced when it was written). Live NOTIFYs leave on commit.
  const m =
    meldingen.length > 0
      ? sql`m AS (INSERT INTO meldingen (id, gebruiker_id, soort, titel, tekst, link, onderwerp_soort, onderwerp_id)
               VALUES ${sql.join(meldingen.map((r) => sql`(${sql.join(r)})`))} RETURNING 1)`
      : sql`m AS (SELECT 1 WHERE false)`;
  const o =
    mails.length > 0
      ? sql`o AS (INSERT INTO outbox (soort, sleutel, gegevens)
               VALUES ${sql.join(mails.map((x) => sql`(${x.soort}, ${x.sleutel}, ${x.gegevens})`))}
               ON CONFLICT (sleutel) DO NOTHING RETURNING id, sleutel)`
      : sql`o AS (SELECT 1::bigint AS id, NULL::text AS sleutel WHERE false)`;
  const r = await sql<{ outbox: { id: number; sleutel: string | null }[] | string }>`
    WITH ${m}, ${o},
    n AS (SELECT pg_notify(${OUTBOX_KANAAL}, '') FROM (SELECT 1 FROM o LIMIT 1) x)
    SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'sleutel', sleutel)), '[]'::json) FROM o) AS outbox,
           (SELECT count(*) FROM m) AS meldingen, (SELECT count(*) FROM n) AS genotificeerd,
           (SELECT count(*) FROM (SELECT pg_notify(${LIVE_KANAAL}, p) FROM unnest(${notificaties}::text[]) WITH ORDINALITY AS t (p, i) ORDER BY i) l) AS live`.execute(
    trx,
  );
  const terug = r.rows[0]?.outbox ?? [];
  const mailIds =
    mails.length === 0
      ? []
      : await outboxIds(trx, mails, typeof terug === "string" ? JSON.parse(terug) : terug);
  let i = 0;
  return uit.map((u) => {
    const eigen = mailIds.slice(i, i + u.aantalMails);
    i += u.aantalMails;
    return { meldingIds: u.meldingIds, gebruikers: u.gebruikers, mailIds: eigen };
  });
}

/**
 * Active users named by id or belonging to a named organisation, with their organisation and
 * roles, in one query; who exactly is reached is `bereikt` per recipient.
 */
async function kandidaten(db: Q, aan: readonly Ontvanger[]): Promise<Ontvangen[]> {
  if (aan.length === 0) return [];
  const ids = aan.flatMap((o) => ("gebruikerId" in o ? [o.gebruikerId] : []));
  const orgs = aan.flatMap((o) => ("gebruikerId" in o ? [] : [o.organisatieId]));
  const r = await sql<{
    id: string;
    naam: string;
    email: string | null;
    organisatie_id: string;
    rollen: string[] | string;
  }>`
    SELECT g.id, g.naam, g.email, g.organisatie_id,
           coalesce(array_agg(r.rol) FILTER (WHERE r.rol IS NOT NULL), '{}') AS rollen
      FROM gebruikers g LEFT JOIN gebruiker_rollen r ON r.gebruiker_id = g.id
     WHERE g.actief AND (g.id = ANY(${ids}::uuid[]) OR g.organisatie_id = ANY(${orgs}::text[]))
     GROUP BY g.id ORDER BY g.id`.execute(db);
  return r.rows.map((x) => ({
    id: x.id,
    naam: x.naam,
    email: x.email,
    organisatieId: x.organisatie_id,
    rollen: tekstLijst(x.rollen),
  }));
}

/** A text[] as the driver gives it back: an array, or (some paths) its '{a,b}' literal. */
function tekstLijst(x: string[] | string): string[] {
  return Array.isArray(x)
    ? x
    : String(x)
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean);
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
