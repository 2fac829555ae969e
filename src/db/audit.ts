// Writes audit records inside the caller's transaction: the change and its record commit or
// roll back together. Reading and verifying the chain lives here too.
import type { Kysely, Transaction } from "kysely";
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
  const kop =
    kopPerTransactie.get(trx) ??
    (await trx
      .selectFrom("audit_kop")
      .select(["volgnummer", "hash"])
      .where("id", "=", 1)
      .forUpdate()
      .executeTakeFirstOrThrow());
  // Round-trip through JSON so the hash covers exactly what jsonb will give back; the same text
  // is what is stored (JSON.stringify of a parsed JSON.stringify is the same string).
  const gegevensTekst = JSON.stringify(g.gegevens ?? null);
  const inhoud: AuditInhoud = {
    volgnummer: kop.volgnummer + 1,
    tijdstip: nu.toISOString(),
    actorId: actor.id,
    actorNaam: actor.naam,
    actorRollen: [...actor.rollen].sort(),
    actorOrganisatie: actor.organisatieId,
    actie: g.actie,
    onderwerpSoort: g.onderwerpSoort ?? null,
    onderwerpId: g.onderwerpId ?? null,
    gegevens: JSON.parse(gegevensTekst),
    requestId,
    schemaVersie: AUDIT_SCHEMA_VERSIE,
  };
  const hash = berekenHash(kop.hash, inhoud);
  // Record and head in one statement (one round trip).
  await trx
    .with("record", (db) =>
      db.insertInto("audit_records").values({
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
        request_id: requestId,
        schema_versie: inhoud.schemaVersie,
        vorige_hash: kop.hash,
        hash,
      }),
    )
    .updateTable("audit_kop")
    .set({ volgnummer: inhoud.volgnummer, hash })
    .where("id", "=", 1)
    .execute();
  kopPerTransactie.set(trx, { volgnummer: inhoud.volgnummer, hash });
  return { ...inhoud, vorigeHash: kop.hash, hash };
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
