// The user's own inbox, and the outbox overview for the beheerder (mail that failed stays
// visible there and can be put back in the queue).
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { leesMeldingen, markeerGelezen } from "../../db/inbox.ts";
import { outboxLijst, outboxTelling, zetOpnieuwInWachtrij } from "../../db/outbox.ts";
import { Fout } from "../fouten.ts";
import { wijzigIdempotent } from "../kern/idempotentie.ts";
import { publiceer } from "../kern/live.ts";
import { fouten } from "../kern/schemas.ts";
import { ingelogd } from "../kern/toegang.ts";

const MeldingSchema = Type.Object({
  id: Type.String(),
  soort: Type.String(),
  titel: Type.String(),
  tekst: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  onderwerpSoort: Type.Union([Type.String(), Type.Null()]),
  onderwerpId: Type.Union([Type.String(), Type.Null()]),
  aangemaakt: Type.String(),
  gelezen: Type.Union([Type.String(), Type.Null()]),
});

const OutboxSchema = Type.Object({
  id: Type.Integer(),
  soort: Type.String(),
  status: Type.String(),
  aan: Type.Array(Type.String()),
  onderwerp: Type.String(),
  pogingen: Type.Integer(),
  volgendePoging: Type.String(),
  laatsteFout: Type.Union([Type.String(), Type.Null()]),
  aangemaakt: Type.String(),
  verwerkt: Type.Union([Type.String(), Type.Null()]),
});

const STATUS = Type.Union(["wachtend", "bezig", "verzonden", "mislukt"].map((s) => Type.Literal(s)));

export async function meldingenRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;

  app.get(
    "/meldingen",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: ["meldingen"],
        summary: "Mijn meldingen (nieuwste eerst)",
        querystring: Type.Object(
          {
            ongelezen: Type.Optional(Type.Boolean()),
            limiet: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            voor: Type.Optional(Type.String({ format: "date-time" })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ meldingen: Type.Array(MeldingSchema), ongelezen: Type.Integer() }),
          ...fouten(400, 401),
        },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const q = req.query as { ongelezen?: boolean; limiet?: number; voor?: string };
      return leesMeldingen(db, g.id, {
        ...(q.ongelezen ? { alleenOngelezen: true } : {}),
        ...(q.limiet ? { limiet: q.limiet } : {}),
        ...(q.voor ? { voor: q.voor } : {}),
      });
    },
  );

  app.post(
    "/meldingen/:id/gelezen",
    {
      config: { toegang: { ingelogd: true }, idempotent: true },
      schema: {
        tags: ["meldingen"],
        summary: "Melding als gelezen markeren",
        params: Type.Object({ id: Type.String({ format: "uuid" }) }),
        response: { 200: Type.Object({ gelezen: Type.Array(Type.String()) }), ...fouten(400, 401, 404) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      return wijzigIdempotent(req, async (trx, audit) => {
        const bestaat = await trx
          .selectFrom("meldingen")
          .select(["id", "gelezen"])
          .where("id", "=", id)
          .where("gebruiker_id", "=", g.id)
          .executeTakeFirst();
        // Someone else's message is "not found": its existence is not ours to reveal.
        if (!bestaat) throw new Fout("niet-gevonden", "Deze melding bestaat niet.");
        const gelezen = await markeerGelezen(trx, g.id, [id]);
        if (gelezen.length) {
          await audit({ actie: "melding.gelezen", onderwerpSoort: "melding", onderwerpId: id, gegevens: {} });
          await publiceer(trx, "melding.gelezen", { ids: gelezen }, { gebruikerIds: [g.id] });
        }
        return { gelezen };
      });
    },
  );

  app.post(
    "/meldingen/gelezen",
    {
      config: { toegang: { ingelogd: true }, idempotent: true },
      schema: {
        tags: ["meldingen"],
        summary: "Al mijn meldingen als gelezen markeren",
        response: { 200: Type.Object({ gelezen: Type.Array(Type.String()) }), ...fouten(401) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      return wijzigIdempotent(req, async (trx, audit) => {
        const gelezen = await markeerGelezen(trx, g.id, "alle");
        if (gelezen.length) {
          await audit({ actie: "melding.alle-gelezen", gegevens: { aantal: gelezen.length } });
          await publiceer(
            trx,
            "melding.gelezen",
            { ids: gelezen.slice(0, 100), alle: true },
            { gebruikerIds: [g.id] },
          );
        }
        return { gelezen };
      });
    },
  );

  app.get(
    "/outbox",
    {
      config: { toegang: { rollen: ["beheerder"] } },
      schema: {
        tags: ["meldingen"],
        summary: "Uitgaande berichten (mail) met hun status",
        querystring: Type.Object(
          {
            status: Type.Optional(STATUS),
            limiet: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            telling: Type.Record(Type.String(), Type.Integer()),
            berichten: Type.Array(OutboxSchema),
          }),
          ...fouten(400, 401, 403),
        },
      },
    },
    async (req) => {
      const q = req.query as { status?: "wachtend" | "bezig" | "verzonden" | "mislukt"; limiet?: number };
      const rijen = await outboxLijst(db, { ...q });
      return {
        telling: await outboxTelling(db),
        berichten: rijen.map((r) => {
          const g = r.gegevens as { aan?: string[]; onderwerp?: string };
          return {
            id: r.id,
            soort: r.soort,
            status: r.status,
            aan: g.aan ?? [],
            onderwerp: g.onderwerp ?? "",
            pogingen: r.pogingen,
            volgendePoging: r.volgendePoging.toISOString(),
            laatsteFout: r.laatsteFout,
            aangemaakt: r.aangemaakt.toISOString(),
            verwerkt: r.verwerkt?.toISOString() ?? null,
          };
        }),
      };
    },
  );

  app.post(
    "/outbox/:id/opnieuw",
    {
      config: { toegang: { rollen: ["beheerder"] }, idempotent: true },
      schema: {
        tags: ["meldingen"],
        summary: "Mislukt bericht opnieuw in de wachtrij zetten",
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: {
          200: Type.Object({ id: Type.Integer(), status: Type.String() }),
          ...fouten(400, 401, 403, 422),
        },
      },
    },
    async (req) => {
      const { id } = req.params as { id: number };
      return wijzigIdempotent(req, async (trx, audit) => {
        if (!(await zetOpnieuwInWachtrij(trx, id)))
          throw new Fout("niet-toegestaan", "Alleen een mislukt bericht kan opnieuw in de wachtrij.");
        await audit({
          actie: "outbox.opnieuw",
          onderwerpSoort: "outbox",
          onderwerpId: String(id),
          gegevens: {},
        });
        return { id, status: "wachtend" };
      });
    },
  );
}
