// Login, the current session, logout and re-authentication (for signing).
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { laadGebruikers, nieuwSessieToken, zonderHash } from "../../db/gebruikers.ts";
import { Fout } from "../fouten.ts";
import { fouten, GebruikerSchema } from "../kern/schemas.ts";
import { SESSIE_COOKIE } from "../kern/sessie.ts";
import { foutenTeller } from "../kern/tellers.ts";
import { ingelogd } from "../kern/toegang.ts";
import { wijzig } from "../kern/transactie.ts";
import { controleerWachtwoord } from "../kern/wachtwoord.ts";

/** Failed logins are counted per account and per address over this window (ADR 0673). */
/** The cookie that holds the CSRF secret (@fastify/csrf-protection's default name). */
const CSRF_COOKIE = "_csrf";

const FOUTEN_VENSTER_MS = 15 * 60_000;

const SessieAntwoord = Type.Object({ gebruiker: GebruikerSchema, csrfToken: Type.String() });

export async function sessieRoutes(app: FastifyInstance) {
  const { config } = app.deps;
  const foutenPerAccount = foutenTeller(app.deps.database.db, "login-fouten-account", FOUTEN_VENSTER_MS);
  const foutenPerAdres = foutenTeller(app.deps.database.db, "login-fouten-adres", FOUTEN_VENSTER_MS);

  app.post(
    "/sessie",
    {
      config: {
        toegang: { publiek: true },
        rateLimit: {
          max: config.loginPogingenPerMinuut,
          timeWindow: "1 minute",
          // After the body is parsed: in the default onRequest hook the user name was still
          // missing from the key, so everyone behind one address (an office's NAT) shared the limit.
          hook: "preValidation",
          keyGenerator: (req: FastifyRequest) =>
            `${req.ip}|${String((req.body as { gebruikersnaam?: unknown })?.gebruikersnaam ?? "").toLowerCase()}`,
        },
      },
      schema: {
        tags: ["sessie"],
        summary: "Inloggen met gebruikersnaam en wachtwoord",
        body: Type.Object(
          {
            gebruikersnaam: Type.String({ minLength: 1, maxLength: 64 }),
            wachtwoord: Type.String({ minLength: 1, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: SessieAntwoord, ...fouten(400, 401, 429) },
      },
    },
    async (req, reply) => {
      const { gebruikersnaam, wachtwoord } = req.body as { gebruikersnaam: string; wachtwoord: string };
      const [g] = await laadGebruikers(app.deps.database.db, {
        gebruikersnaam: gebruikersnaam.trim().toLowerCase(),
      });
      // The per-minute limit above is per address and name; guessing one account from many
      // addresses, or many accounts from one address, is stopped by counting failures on each.
      const naam = gebruikersnaam.trim().toLowerCase();
      const [perAccount, perAdres] = await Promise.all([
        foutenPerAccount.lees(naam),
        foutenPerAdres.lees(req.ip),
      ]);
      const vol =
        perAccount.aantal >= config.loginFoutenPerAccount
          ? { wat: "dit account", overMs: perAccount.overMs }
          : perAdres.aantal >= config.loginFoutenPerAdres
            ? { wat: "dit adres", overMs: perAdres.overMs }
            : null;
      if (vol) {
        await wijzig(req, (_trx, audit) =>
          audit({
            actie: "sessie.inloggen-geweigerd",
            onderwerpSoort: "gebruiker",
            onderwerpId: g?.id ?? gebruikersnaam,
            gegevens: {
              gebruikersnaam,
              reden: vol.wat === "dit account" ? "te-veel-fouten-account" : "te-veel-fouten-adres",
            },
          }),
        );
        const minuten = Math.max(1, Math.ceil(vol.overMs / 60_000));
        throw new Fout(
          "te-veel-verzoeken",
          `Te veel mislukte inlogpogingen voor ${vol.wat}. Probeer het over ${minuten} ${minuten === 1 ? "minuut" : "minuten"} opnieuw, of vraag de beheerder om hulp.`,
        );
      }
      const ok = await controleerWachtwoord(g?.wachtwoordHash ?? null, wachtwoord);
      if (!g || !ok || !g.actief) {
        await Promise.all([foutenPerAccount.tel(naam), foutenPerAdres.tel(req.ip)]);
        await wijzig(req, (_trx, audit) =>
          audit({
            actie: "sessie.inloggen-mislukt",
            onderwerpSoort: "gebruiker",
            onderwerpId: g?.id ?? gebruikersnaam,
            gegevens: { gebruikersnaam, reden: !g ? "onbekend" : !g.actief ? "geblokkeerd" : "wachtwoord" },
          }),
        );
        throw new Fout(
          "inloggen-mislukt",
          "Gebruikersnaam of wachtwoord is onjuist, of het account is geblokkeerd.",
        );
      }
      return startSessie(req, reply, zonderHash(g), "wachtwoord");
    },
  );

  app.get(
    "/sessie",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: ["sessie"],
        summary: "De ingelogde gebruiker",
        response: { 200: SessieAntwoord, ...fouten(401) },
      },
    },
    async (req, reply) => ({ gebruiker: ingelogd(req), csrfToken: reply.generateCsrf() }),
  );

  app.delete(
    "/sessie",
    {
      config: { toegang: { ingelogd: true } },
      schema: { tags: ["sessie"], summary: "Uitloggen", response: { 204: Type.Null(), ...fouten(401, 403) } },
    },
    async (req, reply) => {
      const g = ingelogd(req);
      await wijzig(req, async (trx, audit) => {
        await trx
          .updateTable("sessies")
          .set({ beeindigd: new Date() })
          .where("id", "=", req.sessieId!)
          .execute();
        await audit({
          actie: "sessie.beeindigd",
          onderwerpSoort: "gebruiker",
          onderwerpId: g.id,
          gegevens: { reden: "uitgelogd" },
        });
      });
      reply.clearCookie(SESSIE_COOKIE, { path: "/" });
      reply.clearCookie(CSRF_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/sessie/herauthenticatie",
    {
      config: {
        toegang: { ingelogd: true },
        // Per user, after the session is read: one address can serve many users (an office's NAT).
        rateLimit: {
          max: config.loginPogingenPerMinuut,
          timeWindow: "1 minute",
          hook: "preHandler",
          keyGenerator: (req: FastifyRequest) => `herauthenticatie|${req.gebruiker?.id ?? req.ip}`,
        },
      },
      schema: {
        tags: ["sessie"],
        summary: "Opnieuw het wachtwoord invoeren, vlak voor een ondertekening",
        body: Type.Object(
          { wachtwoord: Type.String({ minLength: 1, maxLength: 256 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ geldigTot: Type.String() }), ...fouten(400, 401, 403, 429) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const [rij] = await laadGebruikers(app.deps.database.db, { id: g.id });
      const ok = await controleerWachtwoord(
        rij?.wachtwoordHash ?? null,
        (req.body as { wachtwoord: string }).wachtwoord,
      );
      const nu = new Date();
      await wijzig(req, async (trx, audit) => {
        if (ok)
          await trx
            .updateTable("sessies")
            .set({ herauthenticatie: nu })
            .where("id", "=", req.sessieId!)
            .execute();
        await audit({
          actie: ok ? "sessie.herauthenticatie" : "sessie.herauthenticatie-mislukt",
          onderwerpSoort: "gebruiker",
          onderwerpId: g.id,
          gegevens: {},
        });
      });
      if (!ok) throw new Fout("inloggen-mislukt", "Het wachtwoord is onjuist.");
      return { geldigTot: new Date(nu.getTime() + config.herauthenticatieMinuten * 60_000).toISOString() };
    },
  );
}

export async function startSessie(
  req: FastifyRequest,
  reply: FastifyReply,
  gebruiker: Awaited<ReturnType<typeof laadGebruikers>>[number] | ReturnType<typeof zonderHash>,
  bron: string,
) {
  const { config } = req.server.deps;
  const { token, id } = nieuwSessieToken();
  const nu = new Date();
  const verloopt = new Date(nu.getTime() + config.sessieMaxMinuten * 60_000);
  await wijzig(req, async (trx, audit) => {
    await trx
      .insertInto("sessies")
      .values({ id, gebruiker_id: gebruiker.id, aangemaakt: nu, laatst_actief: nu, verloopt, bron })
      .execute();
    await audit({
      actie: "sessie.gestart",
      onderwerpSoort: "gebruiker",
      onderwerpId: gebruiker.id,
      gegevens: { bron, verloopt: verloopt.toISOString(), sessie: id.slice(0, 12) },
    });
  });
  const secure = config.cookieSecure === "auto" ? req.protocol === "https" : config.cookieSecure;
  reply.setCookie(SESSIE_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure,
    expires: verloopt,
  });
  // A new CSRF secret with every session, so a token seen before the login is worth nothing after it.
  delete req.cookies[CSRF_COOKIE];
  return { gebruiker: zonderHash(gebruiker), csrfToken: reply.generateCsrf() };
}
