import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { migratiesBijgewerkt } from "../../db/migreren.ts";

export async function gezondheidRoutes(app: FastifyInstance) {
  app.get(
    "/health",
    {
      config: { toegang: { publiek: true } },
      logLevel: "warn",
      schema: {
        tags: ["gezondheid"],
        summary: "Proces draait",
        response: { 200: Type.Object({ status: Type.Literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );
  app.get(
    "/ready",
    {
      config: { toegang: { publiek: true } },
      logLevel: "warn",
      schema: {
        tags: ["gezondheid"],
        summary: "Database bereikbaar en migraties bijgewerkt",
        response: {
          200: Type.Object({ status: Type.String(), database: Type.String() }),
          503: Type.Object({ status: Type.String(), database: Type.String(), reden: Type.String() }),
        },
      },
    },
    async (req, reply) => {
      const { database } = app.deps;
      try {
        await sql`SELECT 1`.execute(database.db);
        if (!(await migratiesBijgewerkt(database)))
          return reply
            .status(503)
            .send({ status: "niet-gereed", database: database.engine, reden: "migraties niet bijgewerkt" });
        return { status: "gereed", database: database.engine };
      } catch (e) {
        // The driver's text names hosts and users: it goes to the log, not to a public answer.
        req.log.error({ err: e }, "gereedheid: database niet bereikbaar");
        return reply
          .status(503)
          .send({ status: "niet-gereed", database: database.engine, reden: "database niet bereikbaar" });
      }
    },
  );
}
