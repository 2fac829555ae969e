// Optimistic concurrency: a record carries `versie`; a change names the version it was based
// on. Two users acting on the same record at once: the first UPDATE wins, the second matches
// no row and gets 409 with the current version (and, if asked, the current state) so the
// client can show what changed. On PostgreSQL the loser's UPDATE waits for the winner's commit
// and then re-checks `versie`, so there is no window between check and write.
import { sql, type Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import { Fout } from "../fouten.ts";

export interface VersieOpties {
  /** Columns to set along with the version bump (values are parameters, names are identifiers). */
  zet?: Record<string, unknown>;
  /** Primary key column (default "id"). */
  idKolom?: string;
  /** What to call the record in the Dutch message (default "Dit gegeven"). */
  naam?: string;
  /** Loads the current state for the 409 answer (as `huidig`). */
  huidig?: (trx: Transaction<DB>) => Promise<unknown>;
}

/**
 * `UPDATE <tabel> SET versie = versie + 1, ...zet WHERE id = ? AND versie = ?`. Returns the new
 * version. Throws Fout("conflict") with `huidigeVersie` when someone else changed it first,
 * Fout("niet-gevonden") when the record does not exist. Call inside `wijzig`: the throw rolls
 * back the whole change.
 */
export async function verwachteVersie(
  trx: Transaction<DB>,
  tabel: string,
  id: string | number,
  versie: number,
  opties: VersieOpties = {},
): Promise<number> {
  const idKolom = opties.idKolom ?? "id";
  const zet = Object.entries(opties.zet ?? {}).map(([k, v]) => sql`${sql.ref(k)} = ${v}`);
  const r = await sql<{ versie: number }>`
    UPDATE ${sql.table(tabel)}
       SET ${sql.join([sql`versie = versie + 1`, ...zet])}
     WHERE ${sql.ref(idKolom)} = ${id} AND versie = ${versie}
     RETURNING versie`.execute(trx);
  const nieuw = r.rows[0];
  if (nieuw) return Number(nieuw.versie);
  const nu = await sql<{ versie: number }>`
    SELECT versie FROM ${sql.table(tabel)} WHERE ${sql.ref(idKolom)} = ${id}`.execute(trx);
  const rij = nu.rows[0];
  const naam = opties.naam ?? "Dit gegeven";
  if (!rij) throw new Fout("niet-gevonden", `${naam} bestaat niet (meer).`);
  const huidigeVersie = Number(rij.versie);
  throw new Fout(
    "conflict",
    `${naam} is intussen door iemand anders gewijzigd (u werkte met versie ${versie}, de huidige is ${huidigeVersie}). Bekijk de nieuwe stand en probeer het opnieuw.`,
    [],
    {
      huidigeVersie,
      ...(opties.huidig ? { huidig: await opties.huidig(trx) } : {}),
    },
  );
}
