import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { fouten } from "../kern/schemas.ts";

const OrganisatieSchema = Type.Object({
  id: Type.String(),
  naam: Type.String(),
  soort: Type.String(),
  ouderId: Type.Union([Type.String(), Type.Null()]),
  regioId: Type.Union([Type.String(), Type.Null()]),
  code: Type.Union([Type.String(), Type.Null()]),
});

export async function organisatiesRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  // Organisation names and structure are public reference data for every logged-in user.
  app.get(
    "/organisaties",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: ["organisaties"],
        summary: "Organisaties (referentiedata)",
        querystring: Type.Object(
          {
            soort: Type.Optional(Type.String({ maxLength: 40 })),
            zoek: Type.Optional(Type.String({ maxLength: 100 })),
            regio: Type.Optional(Type.String({ maxLength: 40 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ organisaties: Type.Array(OrganisatieSchema) }), ...fouten(400, 401) },
      },
    },
    async (req) => {
      const q = req.query as { soort?: string; zoek?: string; regio?: string };
      let s = db
        .selectFrom("organisaties")
        .select(["id", "naam", "soort", "ouder_id", "regio_id", "code"])
        .orderBy("naam");
      if (q.soort) s = s.where("soort", "=", q.soort);
      if (q.regio) s = s.where("regio_id", "=", q.regio);
      if (q.zoek) s = s.where("naam", "ilike", `%${q.zoek.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
      const rows = await s.execute();
      return {
        organisaties: rows.map((r) => ({
          id: r.id,
          naam: r.naam,
          soort: r.soort,
          ouderId: r.ouder_id,
          regioId: r.regio_id,
          code: r.code,
        })),
      };
    },
  );
}
