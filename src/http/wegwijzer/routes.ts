// The wegwijzer over HTTP: the same route() the CLI and the UI use.
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import {
  CATALOGUS,
  CATALOGUS_VERSIE,
  CONTACTEN,
  isProcedureId,
  procedure,
  route,
  SECTIES,
  VraagFout,
  volgendeVraag,
} from "../../domain/wegwijzer/index.ts";
import { Fout } from "../fouten.ts";
import { fouten } from "../kern/schemas.ts";

const Vrij = Type.Object({}, { additionalProperties: true });
const IEDEREEN = { ingelogd: true } as const;

function adviseer(vraag: unknown) {
  try {
    return route(vraag);
  } catch (e) {
    if (e instanceof VraagFout)
      throw new Fout("ongeldige-invoer", e.message, [{ veld: e.veld, melding: e.message }], {
        vraagFout: e.code,
      });
    throw e;
  }
}

export async function wegwijzerRoutes(app: FastifyInstance) {
  app.post(
    "/routing",
    {
      config: { toegang: IEDEREEN },
      schema: {
        tags: ["wegwijzer"],
        summary: "Welke procedure geldt? Eén vraag → één advies met bronnen",
        description:
          "Tegenstrijdige of onvolledige vragen worden geweigerd met het veld erbij; er wordt nooit gegokt.",
        body: Vrij,
        response: { 200: Vrij, ...fouten(400, 401) },
      },
    },
    async (req) => adviseer(req.body),
  );

  app.post(
    "/routing/volgende-vraag",
    {
      config: { toegang: IEDEREEN },
      schema: {
        tags: ["wegwijzer"],
        summary:
          "De volgende vraag die ertoe doet (stroomschema-volgorde), of het advies als alles bekend is",
        body: Type.Object(
          {
            antwoorden: Vrij,
            overslaan: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 40 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            vraag: Type.Union([Vrij, Type.Null()]),
            advies: Type.Union([Vrij, Type.Null()]),
          }),
          ...fouten(400, 401),
        },
      },
    },
    async (req) => {
      const { antwoorden, overslaan } = req.body as {
        antwoorden: Record<string, unknown>;
        overslaan?: string[];
      };
      let vraag: ReturnType<typeof volgendeVraag>;
      try {
        vraag = volgendeVraag(antwoorden as never, (overslaan ?? []) as never);
      } catch (e) {
        if (e instanceof VraagFout)
          throw new Fout("ongeldige-invoer", e.message, [{ veld: e.veld, melding: e.message }]);
        throw e;
      }
      return { vraag, advies: vraag ? null : adviseer(antwoorden) };
    },
  );

  app.get(
    "/procedures",
    {
      config: { toegang: IEDEREEN },
      schema: {
        tags: ["wegwijzer"],
        summary: "De procedurecatalogus (met bronnen en contacten)",
        response: {
          200: Type.Object({
            versie: Type.String(),
            procedures: Type.Array(Vrij),
            secties: Vrij,
            contacten: Vrij,
          }),
          ...fouten(401),
        },
      },
    },
    async () => ({
      versie: CATALOGUS_VERSIE,
      procedures: CATALOGUS as unknown as Record<string, unknown>[],
      secties: SECTIES as unknown as Record<string, unknown>,
      contacten: CONTACTEN as unknown as Record<string, unknown>,
    }),
  );

  app.get(
    "/procedures/:id",
    {
      config: { toegang: IEDEREEN },
      schema: {
        tags: ["wegwijzer"],
        summary: "Eén procedure",
        params: Type.Object({ id: Type.String({ maxLength: 80 }) }),
        response: { 200: Type.Object({ versie: Type.String(), procedure: Vrij }), ...fouten(401, 404) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      if (!isProcedureId(id))
        throw new Fout(
          "niet-gevonden",
          `Procedure '${id}' bestaat niet in catalogusversie ${CATALOGUS_VERSIE}.`,
        );
      return { versie: CATALOGUS_VERSIE, procedure: procedure(id) as unknown as Record<string, unknown> };
    },
  );
}
