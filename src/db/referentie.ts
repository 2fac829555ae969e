// Loads the built-in organisations and imported municipalities, idempotently.
import type { Transaction } from "kysely";
import { type Organisatie, referentieOrganisaties } from "../domain/organisaties/referentie.ts";
import { type Actor, SYSTEEM, schrijfAudit } from "./audit.ts";
import type { Database } from "./database.ts";
import type { DB } from "./schema.ts";

/** Upserts organisations; returns how many were new or changed. Writes one audit record if any. */
export async function schrijfOrganisaties(
  trx: Transaction<DB>,
  orgs: Organisatie[],
  actor: Actor,
  actie: string,
): Promise<{ nieuw: number; gewijzigd: number }> {
  const bestaand = new Map(
    (await trx.selectFrom("organisaties").selectAll().execute()).map((r) => [r.id, r]),
  );
  let nieuw = 0;
  let gewijzigd = 0;
  const ids: string[] = [];
  for (const o of orgs) {
    const b = bestaand.get(o.id);
    const rij = { naam: o.naam, soort: o.soort, ouder_id: o.ouderId, regio_id: o.regioId, code: o.code };
    if (!b) {
      await trx
        .insertInto("organisaties")
        .values({ id: o.id, ...rij })
        .execute();
      nieuw++;
      ids.push(o.id);
    } else if (
      b.naam !== o.naam ||
      b.soort !== o.soort ||
      b.ouder_id !== o.ouderId ||
      b.regio_id !== o.regioId ||
      b.code !== o.code
    ) {
      await trx.updateTable("organisaties").set(rij).where("id", "=", o.id).execute();
      gewijzigd++;
      ids.push(o.id);
    }
  }
  if (nieuw + gewijzigd > 0) {
    await schrijfAudit(trx, actor, {
      actie,
      onderwerpSoort: "organisaties",
      gegevens: { nieuw, gewijzigd, ids: ids.slice(0, 500) },
    });
  }
  return { nieuw, gewijzigd };
}

export async function laadReferentie(database: Database): Promise<{ nieuw: number; gewijzigd: number }> {
  return database.db
    .transaction()
    .execute((trx) => schrijfOrganisaties(trx, referentieOrganisaties(), SYSTEEM, "referentie.geladen"));
}
