// User administration (beheerder).
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { laadGebruikers, voegGebruikerToe, zonderHash } from "../../db/gebruikers.ts";
import { GEBRUIKERSNAAM_PATROON, wachtwoordProbleem } from "../../domain/gebruikers/wachtwoord.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";
import { Fout } from "../fouten.ts";
import { fouten, GebruikerSchema, RolSchema } from "../kern/schemas.ts";
import { wijzig } from "../kern/transactie.ts";
import { hashWachtwoord } from "../kern/wachtwoord.ts";

const BEHEER = { rollen: ["beheerder"] } as const;

export async function gebruikersRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;

  app.get(
    "/gebruikers",
    {
      config: { toegang: BEHEER },
      schema: {
        tags: ["gebruikers"],
        summary: "Alle gebruikers",
        response: { 200: Type.Object({ gebruikers: Type.Array(GebruikerSchema) }), ...fouten(401, 403) },
      },
    },
    async () => ({ gebruikers: (await laadGebruikers(db)).map(zonderHash) }),
  );

  app.post(
    "/gebruikers",
    {
      config: { toegang: BEHEER },
      schema: {
        tags: ["gebruikers"],
        summary: "Gebruiker toevoegen",
        body: Type.Object(
          {
            gebruikersnaam: Type.String({ pattern: GEBRUIKERSNAAM_PATROON }),
            naam: Type.String({ minLength: 1, maxLength: 200 }),
            email: Type.Optional(Type.Union([Type.String({ format: "email", maxLength: 254 }), Type.Null()])),
            organisatieId: Type.String({ minLength: 1 }),
            rollen: Type.Array(RolSchema, { minItems: 1, uniqueItems: true }),
            wachtwoord: Type.String({ minLength: 1, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ gebruiker: GebruikerSchema }), ...fouten(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const b = req.body as {
        gebruikersnaam: string;
        naam: string;
        email?: string | null;
        organisatieId: string;
        rollen: Rol[];
        wachtwoord: string;
      };
      const probleem = wachtwoordProbleem(b.wachtwoord, b.gebruikersnaam);
      if (probleem)
        throw new Fout("ongeldige-invoer", `Wachtwoord ${probleem}.`, [
          { veld: "wachtwoord", melding: probleem },
        ]);
      const org = await db
        .selectFrom("organisaties")
        .select("id")
        .where("id", "=", b.organisatieId)
        .executeTakeFirst();
      if (!org)
        throw new Fout("ongeldige-invoer", `Onbekende organisatie '${b.organisatieId}'.`, [
          { veld: "organisatieId", melding: "bestaat niet" },
        ]);
      const bestaand = await laadGebruikers(db, { gebruikersnaam: b.gebruikersnaam });
      if (bestaand.length)
        throw new Fout("bestaat-al", `Gebruikersnaam '${b.gebruikersnaam}' is al in gebruik.`, [
          { veld: "gebruikersnaam", melding: "is al in gebruik" },
        ]);
      const hash = await hashWachtwoord(b.wachtwoord);
      const id = await wijzig(req, async (trx, audit) => {
        const id = await voegGebruikerToe(trx, {
          gebruikersnaam: b.gebruikersnaam,
          naam: b.naam,
          email: b.email ?? null,
          organisatieId: b.organisatieId,
          rollen: b.rollen,
          wachtwoordHash: hash,
        });
        await audit({
          actie: "gebruiker.toegevoegd",
          onderwerpSoort: "gebruiker",
          onderwerpId: id,
          gegevens: {
            na: {
              gebruikersnaam: b.gebruikersnaam,
              naam: b.naam,
              email: b.email ?? null,
              organisatieId: b.organisatieId,
              rollen: b.rollen,
            },
          },
        });
        return id;
      });
      const [g] = await laadGebruikers(db, { id });
      return reply.status(201).send({ gebruiker: zonderHash(g!) });
    },
  );

  app.post(
    "/gebruikers/:id/blokkeren",
    {
      config: { toegang: BEHEER },
      schema: {
        tags: ["gebruikers"],
        summary: "Gebruiker blokkeren (beëindigt ook alle sessies)",
        params: Type.Object({ id: Type.String({ format: "uuid" }) }),
        response: { 200: Type.Object({ gebruiker: GebruikerSchema }), ...fouten(400, 401, 403, 404, 422) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      if (id === req.gebruiker?.id)
        throw new Fout("niet-toegestaan", "U kunt uw eigen account niet blokkeren.");
      await wijzig(req, async (trx, audit) => {
        const voor = await trx
          .selectFrom("gebruikers")
          .select(["id", "actief"])
          .where("id", "=", id)
          .forUpdate()
          .executeTakeFirst();
        if (!voor) throw new Fout("niet-gevonden", "Deze gebruiker bestaat niet.");
        await trx
          .updateTable("gebruikers")
          .set({ actief: false, gewijzigd: new Date() })
          .where("id", "=", id)
          .execute();
        await trx
          .updateTable("sessies")
          .set({ beeindigd: new Date() })
          .where("gebruiker_id", "=", id)
          .where("beeindigd", "is", null)
          .execute();
        await audit({
          actie: "gebruiker.geblokkeerd",
          onderwerpSoort: "gebruiker",
          onderwerpId: id,
          gegevens: { voor: { actief: voor.actief }, na: { actief: false } },
        });
      });
      const [g] = await laadGebruikers(db, { id });
      return { gebruiker: zonderHash(g!) };
    },
  );
}
