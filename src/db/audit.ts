// Writes audit records inside the caller's transaction: the change and its record commit or
// roll back together. Reading and verifying the chain lives here too.
import type { Insertable, Kysely, Transaction } from "kysely";
import {
  AUDIT_SCHEMA_VERSIE,
  type AuditInhoud,
  type AuditRecord,
  berekenHash,
  KetenVerificatie,
  type VerificatieUitkomst,
} from "../domain/audit/keten.ts";
import type { DB } from "./schema.ts";

export interface Actor {
  id: string | null;
  naam: string | null;
  rollen: string[];
  organisatieId: string | null;
}

export const SYSTEEM: Actor = { id: null, naam: "systeem", rollen: [], organisatieId: null };

export interface AuditGebeurtenis {
  actie: string;
  onderwerpSoort?: string;
  onderwerpId?: string;
  gegevens: unknown;
}

/**
 * The chain head as this transaction last wrote it. The first record of a transaction reads the
 * head with FOR UPDATE; the row stays locked until commit, so later records in the same
 * transaction can chain on what they wrote themselves instead of reading it again. (An error
 * aborts the whole transaction — nothing rolls back to a savepoint between audit writes — so the
 * remembered head can never be one the database forgot.)
 */
const kopPerTransactie = new WeakMap<Transaction<DB>, { volgnummer: number; hash: string }>();

export async function schrijfAudit(
  trx: Transaction<DB>,
  actor: Actor,
  g: AuditGebeurtenis,
  requestId: string | null = null,
  nu: Date = new Date(),
): Promise<AuditRecord> {
  const [record] = await schrijfAuditReeks(trx, [{ actor, g, requestId, nu }]);
  return record as AuditRecord;
}

export interface AuditSchrijfOpdracht {
  actor: Actor;
  g: AuditGebeurtenis;
  requestId?: string | null;
  nu?: Date;
}

/**
 * Several records in one statement (after the head is read once): what `schrijfAudit` does for
 * each, in the given order, with the same chain, hash input and head. For writers that change
 * many things in one transaction (a bundle of request commands).
 */
export async function schrijfAuditReeks(
  trx: Transaction<DB>,
  opdrachten: readonly AuditSchrijfOpdracht[],
): Promise<AuditRecord[]> {
  if (opdrachten.length === 0) return [];
  let kop =
    kopPerTransactie.get(trx) ??
    (await trx
      .selectFrom("audit_kop")
      .select(["volgnummer", "hash"])
      .where("id", "=", 1)
      .forUpdate()
      .executeTakeFirstOrThrow());
  const records: AuditRecord[] = [];
  const rijen: Insertable<DB["audit_records"]>[] = [];
  for (const o of opdrachten) {
    // Round-trip through JSON so the hash covers exactly what jsonb will give back; the same text
    // is what is stored (JSON.stringify of a parsed JSON.stringify is the same string).
    const gegevensTekst = JSON.stringify(o.g.gegevens ?? null);
    const inhoud: AuditInhoud = {
      volgnummer: Number(kop.volgnummer) + 1,
      tijdstip: (o.nu ?? new Date()).toISOString(),
      actorId: o.actor.id,
      actorNaam: o.actor.naam,
      actorRollen: [...o.actor.rollen].sort(),
      actorOrganisatie: o.actor.organisatieId,
      actie: o.g.actie,
      onderwerpSoort: o.g.onderwerpSoort ?? null,
      onderwerpId: o.g.onderwerpId ?? null,
      gegevens: JSON.parse(gegevensTekst),
      requestId: o.requestId ?? null,
      schemaVersie: AUDIT_SCHEMA_VERSIE,
    };
    const hash = berekenHash(kop.hash, inhoud);
    rijen.push({
      volgnummer: inhoud.volgnummer,
      tijdstip: inhoud.tijdstip,
      actor_id: inhoud.actorId,
      actor_naam: inhoud.actorNaam,
      actor_rollen: inhoud.actorRollen,
      actor_organisatie: inhoud.actorOrganisatie,
      actie: inhoud.actie,
      onderwerp_soort: inhoud.onderwerpSoort,
      onderwerp_id: inhoud.onderwerpId,
      gegevens: gegevensTekst,
      request_id: inhoud.requestId,
      schema_versie: inhoud.schemaVersie,
      vorige_hash: kop.hash,
      hash,
    });
    records.push({ ...inhoud, vorigeHash: kop.hash, hash });
    kop = { volgnummer: inhoud.volgnummer, hash };
  }
  // Records and head in one statement (one round trip).
  await trx
    .with("records", (db) => db.insertInto("audit_records").values(rijen))
    .updateTable("audit_kop")
    .set({ volgnummer: kop.volgnummer, hash: kop.hash })
    .where("id", "=", 1)
    .execute();
  kopPerTransactie.set(trx, { volgnummer: Number(kop.volgnummer), hash: kop.hash });
  return records;
}

type Rij = DB["audit_records"] extends infer T ? { [K in keyof T]: unknown } : never;

export function naarRecord(r: Rij): AuditRecord {
  return {
    volgnummer: Number(r.volgnummer),
    tijdstip: (r.tijdstip instanceof Date ? r.tijdstip : new Date(String(r.tijdstip))).toISOString(),
    actorId: (r.actor_id as string | null) ?? null,
    actorNaam: (r.actor_naam as string | null) ?? null,
    actorRollen: (r.actor_rollen as string[]) ?? [],
    actorOrganisatie: (r.actor_organisatie as string | null) ?? null,
    actie: String(r.actie),
    onderwerpSoort: (r.onderwerp_soort as string | null) ?? null,
    onderwerpId: (r.onderwerp_id as string | null) ?? null,
    gegevens: r.gegevens,
    requestId: (r.request_id as string | null) ?? null,
    schemaVersie: Number(r.schema_versie),
    vorigeHash: String(r.vorige_hash),
    hash: String(r.hash),
  };
}

/** Reads the chain in pages so a large trail never has to fit in memory. */
export async function verifieerAudit(db: Kysely<DB>, pagina = 5000): Promise<VerificatieUitkomst> {
  const kop = await db.selectFrom("audit_kop").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
  const v = new KetenVerificatie();
  let na = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_records")
      .selectAll()
      .where("volgnummer", ">", na)
      .where("volgnummer", "<=", kop.volgnummer)
      .orderBy("volgnummer")
      .limit(pagina)
      .execute();
    for (const r of rows) if (!v.voegToe(naarRecord(r))) return v.uitkomst();
    if (rows.length < pagina) break;
    na = Number(rows[rows.length - 1]!.volgnummer);
  }
  return v.uitkomst(kop);
}

/** The chain head as stored (the last record's number and hash). */
export async function auditKop(db: Kysely<DB>): Promise<{ volgnummer: number; hash: string }> {
  const kop = await db.selectFrom("audit_kop").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
  return { volgnummer: Number(kop.volgnummer), hash: kop.hash };
}

/** The stored hashes of the given records (absent ones are missing from the map). */
export async function auditHashes(
  db: Kysely<DB>,
  volgnummers: readonly number[],
): Promise<Map<number, string>> {
  const uniek = [...new Set(volgnummers.filter((n) => n > 0))];
  const m = new Map<number, string>();
  for (let i = 0; i < uniek.length; i += 1000) {
    const rows = await db
      .selectFrom("audit_records")
      .select(["volgnummer", "hash"])
      .where("volgnummer", "in", uniek.slice(i, i + 1000))
      .execute();
    for (const r of rows) m.set(Number(r.volgnummer), r.hash);
  }
  return m;
}
