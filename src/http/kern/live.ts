// Live updates. A change publishes an event with pg_notify inside its own transaction, so the
// event leaves only when (and if) the change commits, from whichever instance made it. Each
// process LISTENs once (LiveHub) and fans the event out to its open SSE streams, filtered by
// who may see it. On PGlite the same path runs through PGlite's own LISTEN/NOTIFY.
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/database.ts";
import type { DB } from "../../db/schema.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";

export const LIVE_KANAAL = "knooppunt_live";
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; we keep a margin for the envelope. */
export const MAX_LIVE_BYTES = 7500;

/**
 * Who may receive an event: a user matches when their id is in `gebruikerIds`, OR their
 * organisation in `organisatieIds` (unless all their roles are in `nietAlleenRollen`), OR one of
 * their roles in `rollen`, OR they hold a role at an organisation of `rolBijOrganisatie`. Nothing
 * given = nobody (fail closed); `iedereen: true` = every logged-in user.
 */
export interface Zichtbaarheid {
  gebruikerIds?: readonly string[];
  organisatieIds?: readonly string[];
  /** With `organisatieIds`: a user whose roles are all in this list does not match by organisation. */
  nietAlleenRollen?: readonly Rol[];
  rollen?: readonly Rol[];
  /** A role that counts only at that organisation (e.g. locc-piket at locc). */
  rolBijOrganisatie?: readonly { rol: Rol; organisatieId: string }[];
  iedereen?: boolean;
}

export interface Kijker {
  id: string;
  organisatieId: string;
  rollen: readonly string[];
}

interface Envelop {
  /** SSE event name, e.g. "aanvraag" or "melding". */
  k: string;
  d: unknown;
  z: Zichtbaarheid;
}

/**
 * Publishes `data` as SSE event `kanaal` to the users `zichtbaar` allows, on commit of `trx`.
 * Keep `data` small (ids and a version, not whole records): clients refetch what they show.
 */
export async function publiceer(
  trx: Transaction<DB>,
  kanaal: string,
  data: unknown,
  zichtbaar: Zichtbaarheid,
): Promise<void> {
  await sql`SELECT pg_notify(${LIVE_KANAAL}, ${liveBericht(kanaal, data, zichtbaar)})`.execute(trx);
}

/**
 * The NOTIFY payload `publiceer` sends (checked the same way), for writers that fold the
 * `pg_notify(LIVE_KANAAL, ...)` into a statement they send anyway (one round trip less).
 */
export function liveBericht(kanaal: string, data: unknown, zichtbaar: Zichtbaarheid): string {
  if (!/^[a-z][a-z0-9.-]{0,63}$/.test(kanaal))
    throw new Error(`publiceer: ongeldige kanaalnaam '${kanaal}' (kleine letters, cijfers, . en -)`);
  const envelop: Envelop = { k: kanaal, d: data, z: compact(zichtbaar) };
  const tekst = JSON.stringify(envelop);
  if (Buffer.byteLength(tekst) > MAX_LIVE_BYTES)
    throw new Error(`publiceer: gebeurtenis '${kanaal}' is te groot (${Buffer.byteLength(tekst)} bytes)`);
  return tekst;
}

export function magZien(k: Kijker, z: Zichtbaarheid): boolean {
  if (z.iedereen) return true;
  if (z.gebruikerIds?.includes(k.id)) return true;
  if (
    z.organisatieIds?.includes(k.organisatieId) &&
    !(z.nietAlleenRollen && k.rollen.every((r) => z.nietAlleenRollen?.includes(r as Rol)))
  )
    return true;
  if (z.rollen?.some((r) => k.rollen.includes(r))) return true;
  if (z.rolBijOrganisatie?.some((p) => p.organisatieId === k.organisatieId && k.rollen.includes(p.rol)))
    return true;
  return false;
}

export interface Abonnee {
  kijker: Kijker;
  /** Receives one ready-to-write SSE frame. */
  schrijf(frame: string): void;
  /** Called when the hub drops the subscriber (stop, or it fell too far behind). */
  sluit(): void;
}

export class LiveHub {
  readonly #abonnees = new Set<Abonnee>();
  #stopLuisteren: (() => Promise<void>) | undefined;
  #gestopt = false;
  /** Events received from the database since start (for tests and the bench). */
  ontvangen = 0;
  /** Ends streams whose session has ended; set by the SSE route, runs once a minute. */
  sessiecontrole: () => Promise<void> = async () => {};

  static async start(database: Database, bijFout: (e: unknown) => void = () => {}): Promise<LiveHub> {
    const hub = new LiveHub();
    hub.#stopLuisteren = await database.listen(LIVE_KANAAL, (p) => {
      try {
        hub.verdeel(p);
      } catch (e) {
        bijFout(e);
      }
    });
    return hub;
  }

  get aantal(): number {
    return this.#abonnees.size;
  }

  /** Adds a subscriber; returns the function that removes it (idempotent). */
  abonneer(a: Abonnee): () => void {
    if (this.#gestopt) {
      a.sluit();
      return () => {};
    }
    this.#abonnees.add(a);
    return () => {
      this.#abonnees.delete(a);
    };
  }

  /** Fans one NOTIFY payload out to the subscribers allowed to see it. */
  verdeel(payload: string): void {
    this.ontvangen++;
    const e = JSON.parse(payload) as Envelop;
    const frame = `event: ${e.k}\ndata: ${JSON.stringify(e.d ?? null)}\n\n`;
    for (const a of this.#abonnees) if (magZien(a.kijker, e.z)) a.schrijf(frame);
  }

  /** Writes a frame to every subscriber (heartbeats). */
  iedereen(frame: string): void {
    for (const a of this.#abonnees) a.schrijf(frame);
  }

  async stop(): Promise<void> {
    if (this.#gestopt) return;
    this.#gestopt = true;
    await this.#stopLuisteren?.();
    for (const a of [...this.#abonnees]) a.sluit();
    this.#abonnees.clear();
  }
}

function compact(z: Zichtbaarheid): Zichtbaarheid {
  const uit: Zichtbaarheid = {};
  if (z.iedereen) uit.iedereen = true;
  if (z.gebruikerIds?.length) uit.gebruikerIds = [...new Set(z.gebruikerIds)];
  if (z.organisatieIds?.length) uit.organisatieIds = [...new Set(z.organisatieIds)];
  if (z.rollen?.length) uit.rollen = [...new Set(z.rollen)];
  if (z.organisatieIds?.length && z.nietAlleenRollen?.length)
    uit.nietAlleenRollen = [...new Set(z.nietAlleenRollen)];
  if (z.rolBijOrganisatie?.length) uit.rolBijOrganisatie = [...z.rolBijOrganisatie];
  return uit;
}
