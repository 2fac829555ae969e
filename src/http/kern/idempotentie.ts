// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): a retried click does nothing
// twice. A route opts in with `config: { idempotent: true }` and makes its change through
// `wijzigIdempotent` (instead of `wijzig`): a marker row for (user, key, method, url) is written
// in the same transaction as the change, so "the change happened" and "the key is used" commit
// together. When the answer is sent it is stored on that row; a retry gets the stored answer.
//
//   no row              → run the route (first request, or the first one rolled back)
//   row with answer     → same body: replay status + body (header Idempotent-Replayed: true)
//                         other body: 422, a key is for one request only
//   row without answer  → the change committed but its answer was not stored yet (in flight
//                         on another instance, or a crash in between): 409, nothing redone
//
// Only successful answers (2xx/3xx) are stored: anything else rolled back, so running it again
// is harmless and may now succeed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import type { Database } from "../../db/database.ts";
import type { DB } from "../../db/schema.ts";
import { canoniekeJson, sha256 } from "../../domain/audit/keten.ts";
import { Fout } from "../fouten.ts";
import { ANTWOORD_VERWIJZING, herbouwAntwoord } from "./antwoord-verwijzing.ts";
import { Bundelaar } from "./bundelaar.ts";
import { type Audit, wijzig } from "./transactie.ts";

export const IDEMPOTENTIE_KOP = "idempotency-key";
const SLEUTEL_PATROON = /^[\x21-\x7e]{1,255}$/;

interface IdempotentieStaat {
  gebruikerId: string;
  sleutel: string;
  methode: string;
  pad: string;
  hash: string;
  /** Set once the marker row is written inside the route's transaction. */
  gemarkeerd: boolean;
  /** Set when the answer was stored with the marker (by reference, ADR 0672): onSend stores nothing. */
  beantwoord?: boolean;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Opt in to Idempotency-Key handling (use wijzigIdempotent in the handler). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotentie: IdempotentieStaat | null;
  }
}

/** Adds the hooks to the root instance (before routes are registered). */
export function registreerIdempotentie(app: FastifyInstance): void {
  app.decorateRequest("idempotentie", null);
  app.addHook("preHandler", idempotentieVoor);
  app.addHook("onSend", idempotentieNa);
}

/** Like `wijzig`, and marks the Idempotency-Key as used in the same transaction. */
export async function wijzigIdempotent<T>(
  req: FastifyRequest,
  werk: (trx: Transaction<DB>, audit: Audit) => Promise<T>,
): Promise<T> {
  return wijzig(req, async (trx, audit) => {
    await markeerIdempotent(trx, req);
    return werk(trx, audit);
  });
}

/** For routes with their own transaction shape: call inside the transaction of the change. */
export async function markeerIdempotent(trx: Transaction<DB>, req: FastifyRequest): Promise<void> {
  const s = req.idempotentie;
  if (!s || s.gemarkeerd) return;
  const r = await trx
    .insertInto("idempotentie")
    .values({
      gebruiker_id: s.gebruikerId,
      sleutel: s.sleutel,
      methode: s.methode,
      pad: s.pad,
      verzoek_hash: s.hash,
      status: null,
    })
    .onConflict((oc) => oc.columns(["gebruiker_id", "sleutel", "methode", "pad"]).doNothing())
    .executeTakeFirst();
  // On PostgreSQL a concurrent twin blocks on the key until the first commits, then lands here.
  if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw nogBezig();
  s.gemarkeerd = true;
}

export async function idempotentieVoor(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!req.routeOptions.config.idempotent) return;
  const kop = req.headers[IDEMPOTENTIE_KOP];
  if (kop === undefined || !req.gebruiker) return;
  if (typeof kop !== "string" || !SLEUTEL_PATROON.test(kop))
    throw new Fout(
      "ongeldige-invoer",
      "De Idempotency-Key moet 1 tot 255 zichtbare ASCII-tekens zijn (bijvoorbeeld een UUID).",
      [{ veld: "Idempotency-Key", melding: "heeft geen geldig formaat" }],
    );
  const staat: IdempotentieStaat = {
    gebruikerId: req.gebruiker.id,
    sleutel: kop,
    methode: req.method,
    pad: req.url,
    hash: verzoekHash(req.body),
    gemarkeerd: false,
  };
  const eerder = await bundelsVan(req.server.deps.database).opzoeken.voeg(staat);
  if (!eerder) {
    req.idempotentie = staat;
    return;
  }
  if (eerder.verzoek_hash !== staat.hash)
    throw new Fout(
      "niet-toegestaan",
      "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor een nieuwe handeling een nieuwe sleutel.",
      [],
      { reden: "idempotency-key-hergebruikt" },
    );
  if (eerder.status === null) throw nogBezig();
  reply.header("idempotent-replayed", "true");
  if (eerder.antwoord_type === ANTWOORD_VERWIJZING) {
    // Stored by reference: rebuilt and serialised by the route's own response schema.
    const body = await herbouwAntwoord(req.server.deps.database, eerder.antwoord ?? "");
    await reply.code(eerder.status).send(body);
    return reply;
  }
  if (eerder.antwoord_type) reply.type(eerder.antwoord_type);
  // The stored body is already serialised; req.idempotentie is unset, so onSend stores nothing.
  await reply.code(eerder.status).send(eerder.antwoord ?? "");
  return reply;
}

export async function idempotentieNa(
  req: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  const s = req.idempotentie;
  if (!s) return payload;
  req.idempotentie = null;
  const status = reply.statusCode;
  const { db } = req.server.deps.database;
  if (status >= 400 || s.beantwoord) return payload;
  const antwoord =
    typeof payload === "string" ? payload : Buffer.isBuffer(payload) ? payload.toString("utf8") : null;
  const typeKop = reply.getHeader("content-type");
  const antwoordType = typeof typeKop === "string" ? typeKop : null;
  if (s.gemarkeerd) {
    await bundelsVan(req.server.deps.database).bewaren.voeg({ ...s, status, antwoord, antwoordType });
  } else {
    // The route made no marker (no transaction, or not wijzigIdempotent): store on completion.
    await db
      .insertInto("idempotentie")
      .values({
        gebruiker_id: s.gebruikerId,
        sleutel: s.sleutel,
        methode: s.methode,
        pad: s.pad,
        verzoek_hash: s.hash,
        status,
        antwoord,
        antwoord_type: antwoordType,
      })
      .onConflict((oc) => oc.columns(["gebruiker_id", "sleutel", "methode", "pad"]).doNothing())
      .execute();
  }
  return payload;
}

type Sleutel = Pick<IdempotentieStaat, "gebruikerId" | "sleutel" | "methode" | "pad">;
type Rij = Selectable<DB["idempotentie"]>;
interface Antwoord extends Sleutel {
  status: number;
  antwoord: string | null;
  antwoordType: string | null;
}

const sleutelVan = (k: Sleutel) => JSON.stringify([k.gebruikerId, k.sleutel, k.methode, k.pad]);
const sleutelSql = (k: Sleutel) => sql`(${k.gebruikerId}::uuid, ${k.sleutel}, ${k.methode}, ${k.pad})`;

/** Requests arriving together look up and store their keys in one statement each (ADR 0671). */
const bundels = new WeakMap<
  Database,
  { opzoeken: Bundelaar<Sleutel, Rij | undefined>; bewaren: Bundelaar<Antwoord, null> }
>();
function bundelsVan(database: Database) {
  let b = bundels.get(database);
  if (b === undefined) {
    const { db } = database;
    const tegelijk = database.engine === "postgres" ? 4 : 1;
    b = {
      opzoeken: new Bundelaar(
        async (sleutels) => {
          const r = await sql<Rij>`SELECT * FROM idempotentie
            WHERE (gebruiker_id, sleutel, methode, pad) IN (${sql.join(sleutels.map(sleutelSql))})`.execute(
            db,
          );
          const m = new Map(
            r.rows.map((x) => [
              sleutelVan({ gebruikerId: x.gebruiker_id, sleutel: x.sleutel, methode: x.methode, pad: x.pad }),
              x,
            ]),
          );
          return sleutels.map((k) => m.get(sleutelVan(k)));
        },
        { naam: "idempotentie-opzoeken", tegelijk },
      ),
      bewaren: new Bundelaar(
        async (antwoorden) => {
          await sql`UPDATE idempotentie AS i
            SET status = v.status, antwoord = v.antwoord, antwoord_type = v.antwoord_type
            FROM (VALUES ${sql.join(
              antwoorden.map(
                (a) =>
                  sql`(${a.gebruikerId}::uuid, ${a.sleutel}, ${a.methode}, ${a.pad}, ${a.status}::integer, ${a.antwoord}::text, ${a.antwoordType}::text)`,
              ),
            )}) AS v (gebruiker_id, sleutel, methode, pad, status, antwoord, antwoord_type)
            WHERE i.gebruiker_id = v.gebruiker_id AND i.sleutel = v.sleutel AND i.methode = v.methode
              AND i.pad = v.pad AND i.status IS NULL`.execute(db);
          return antwoorden.map(() => null);
        },
        { naam: "idempotentie-bewaren", tegelijk },
      ),
    };
    bundels.set(database, b);
  }
  return b;
}

/** Forgets keys older than `uren` (default 24 h): a retry is a matter of seconds to minutes. */
export async function ruimIdempotentieOp(db: Kysely<DB>, uren = 24): Promise<number> {
  const r = await db
    .deleteFrom("idempotentie")
    .where("aangemaakt", "<", sql<Date>`now() - (${uren} * interval '1 hour')`)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

function verzoekHash(body: unknown): string {
  if (body === undefined || body === null) return sha256("");
  if (Buffer.isBuffer(body)) return sha256(body.toString("base64"));
  if (typeof body === "string") return sha256(body);
  return sha256(canoniekeJson(body));
}

export function nogBezig(): Fout {
  return new Fout(
    "conflict",
    "Deze handeling (zelfde Idempotency-Key) is al uitgevoerd en wordt nog afgerond. Vernieuw de gegevens in plaats van het opnieuw te proberen.",
    [],
    { reden: "idempotency-key-in-behandeling" },
  );
}
