// A state change = one transaction that also writes its audit record(s). Routes use this and
// never open transactions of their own, so no change can skip the trail.
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { type AuditGebeurtenis, schrijfAudit } from "../../db/audit.ts";
import type { DB } from "../../db/schema.ts";
import { actorVan } from "./toegang.ts";

export type Audit = (g: AuditGebeurtenis) => Promise<void>;

export async function wijzig<T>(
  req: FastifyRequest,
  werk: (trx: Transaction<DB>, audit: Audit) => Promise<T>,
): Promise<T> {
  const actor = actorVan(req);
  return req.server.deps.database.db.transaction().execute(async (trx) => {
    const audit: Audit = async (g) => {
      await schrijfAudit(trx, actor, g, req.id);
    };
    return werk(trx, audit);
  });
}
