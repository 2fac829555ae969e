// Reading the audit trail (never writing: records are only written with the change itself).
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { naarRecord, verifieerAudit } from "../../db/audit.ts";
import { fouten } from "../kern/schemas.ts";

const LEZERS = { rollen: ["beheerder", "auditor"] } as const;

/**
 * The beheerder manages accounts, mail and reference data; the requests, NL-Alerts and capacity
 * have their own audiences, which the audit trail must not widen. So a beheerder who is not also
 * auditor reads only the records of his own work: these actions.
 */
export const BEHEER_ACTIES = ["gebruiker.", "sessie.", "outbox.", "referentie.", "demo.", "regiogrenzen."];

const RecordSchema = Type.Object({
  volgnummer: Type.Integer(),
  tijdstip: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorNaam: Type.Union([Type.String(), Type.Null()]),
  actorRollen: Type.Array(Type.String()),
  actorOrganisatie: Type.Union([Type.String(), Type.Null()]),
  actie: Type.String(),
  onderwerpSoort: Type.Union([Type.String(), Type.Null()]),
  onderwerpId: Type.Union([Type.String(), Type.Null()]),
  gegevens: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  schemaVersie: Type.Integer(),
  vorigeHash: Type.String(),
  hash: Type.String(),
});

export async function auditRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  app.get(
    "/audit",
    {
      config: { toegang: LEZERS },
      schema: {
        tags: ["audit"],
        summary: "Auditrecords, nieuwste eerst, met filters",
        description:
          "De auditor leest alles. Een beheerder (zonder auditorrol) leest alleen de records van beheer: gebruikers, sessies, mail, referentiegegevens.",
        querystring: Type.Object(
          {
            actie: Type.Optional(Type.String({ maxLength: 100 })),
            onderwerpSoort: Type.Optional(Type.String({ maxLength: 60 })),
            onderwerpId: Type.Optional(Type.String({ maxLength: 100 })),
            actorId: Type.Optional(Type.String({ format: "uuid" })),
            organisatie: Type.Optional(Type.String({ maxLength: 60 })),
            van: Type.Optional(Type.String({ format: "date-time" })),
            tot: Type.Optional(Type.String({ format: "date-time" })),
            voor: Type.Optional(
              Type.Integer({ minimum: 1, description: "Alleen records met een lager volgnummer (bladeren)" }),
            ),
            limiet: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ records: Type.Array(RecordSchema) }), ...fouten(400, 401, 403) },
      },
    },
    async (req) => {
      const q = req.query as Record<string, string | number | undefined>;
      const alles = req.gebruiker?.rollen.includes("auditor") ?? false;
      let s = db
        .selectFrom("audit_records")
        .selectAll()
        .orderBy("volgnummer", "desc")
        .limit(Number(q.limiet ?? 100));
      if (q.actie) s = s.where("actie", "like", `${String(q.actie).replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
      if (q.onderwerpSoort) s = s.where("onderwerp_soort", "=", String(q.onderwerpSoort));
      if (q.onderwerpId) s = s.where("onderwerp_id", "=", String(q.onderwerpId));
      if (q.actorId) s = s.where("actor_id", "=", String(q.actorId));
      if (q.organisatie) s = s.where("actor_organisatie", "=", String(q.organisatie));
      if (q.van) s = s.where("tijdstip", ">=", new Date(String(q.van)));
      if (q.tot) s = s.where("tijdstip", "<", new Date(String(q.tot)));
      if (q.voor) s = s.where("volgnummer", "<", Number(q.voor));
      if (!alles) s = s.where((e) => e.or(BEHEER_ACTIES.map((a) => e("actie", "like", `${a}%`))));
      return { records: (await s.execute()).map(naarRecord) };
    },
  );

  app.get(
    "/audit/verificatie",
    {
      config: { toegang: LEZERS },
      schema: {
        tags: ["audit"],
        summary: "Herberekent de hashketen",
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            aantal: Type.Integer(),
            laatsteHash: Type.Optional(Type.String()),
            eersteFout: Type.Optional(Type.Object({ volgnummer: Type.Integer(), reden: Type.String() })),
          }),
          ...fouten(401, 403),
        },
      },
    },
    async () => verifieerAudit(db),
  );
}
