// Optional login with an organisation account (OpenID Connect, authorization code + PKCE).
// Knooppunt never creates users here: the identity provider says who someone is, a beheerder
// says what they may do (ADR 0500).
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import * as oidc from "openid-client";
import type { Config } from "../../config.ts";
import { laadGebruikers, zonderHash } from "../../db/gebruikers.ts";
import { Fout } from "../fouten.ts";
import { fouten } from "../kern/schemas.ts";
import { wijzig } from "../kern/transactie.ts";
import { startSessie } from "../sessie/routes.ts";

export const OIDC_COOKIE = "knooppunt_oidc";
const COOKIE_PAD = "/api/v1/oidc";
/** Long enough to log in at the identity provider, short enough that a stale attempt expires. */
const COOKIE_SECONDEN = 10 * 60;
const SCOPE = "openid profile email";

type OidcConfig = NonNullable<Config["oidc"]>;

/** What the browser keeps between start and callback: bound to this one attempt. */
interface Poging {
  verifier: string;
  state: string;
  nonce: string;
}

/** Plain http only for an issuer on this machine (tests, local development). */
export function onveiligToegestaan(issuer: string): boolean {
  const url = new URL(issuer);
  if (url.protocol === "https:") return false;
  if (url.protocol !== "http:") throw new Error(`OIDC_ISSUER moet een http(s)-adres zijn (was '${issuer}')`);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname))
    throw new Error(`OIDC_ISSUER moet https gebruiken (alleen localhost mag http): '${issuer}'`);
  return true;
}

export async function oidcRoutes(app: FastifyInstance) {
  const instelling = app.deps.config.oidc;
  // Misconfiguration stops the start-up instead of surfacing at the first login.
  if (instelling) onveiligToegestaan(instelling.issuer);

  // Discovery once per process; a failed attempt is forgotten so the next login retries.
  let discovery: Promise<oidc.Configuration> | undefined;
  const configuratie = (o: OidcConfig) => {
    discovery ??= oidc
      .discovery(
        new URL(o.issuer),
        o.clientId,
        o.clientSecret || undefined,
        undefined,
        onveiligToegestaan(o.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        discovery = undefined;
        throw e;
      });
    return discovery;
  };

  const nietIngeschakeld = () =>
    new Fout("niet-gevonden", "Inloggen met een organisatie-account is niet ingeschakeld.");

  app.get(
    "/oidc/status",
    {
      config: { toegang: { publiek: true } },
      schema: {
        tags: ["sessie"],
        summary: "Of inloggen met een organisatie-account (OpenID Connect) is ingeschakeld",
        response: { 200: Type.Object({ ingeschakeld: Type.Boolean() }) },
      },
    },
    async () => ({ ingeschakeld: app.deps.config.oidc !== undefined }),
  );

  app.get(
    "/oidc/start",
    {
      config: { toegang: { publiek: true } },
      schema: {
        tags: ["sessie"],
        summary: "Inloggen met een organisatie-account: stuurt door naar de identity provider",
        response: { 302: Type.Null({ description: "Doorsturen naar de identity provider" }), ...fouten(404) },
      },
    },
    async (req, reply) => {
      const o = app.deps.config.oidc;
      if (!o) throw nietIngeschakeld();
      let cfg: oidc.Configuration;
      try {
        cfg = await configuratie(o);
      } catch (err) {
        req.log.error({ err, issuer: o.issuer }, "OIDC-discovery mislukt");
        return reply.redirect("/?fout=oidc-niet-bereikbaar", 302);
      }
      const poging: Poging = {
        verifier: oidc.randomPKCECodeVerifier(),
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
      };
      const url = oidc.buildAuthorizationUrl(cfg, {
        redirect_uri: o.redirectUrl,
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(poging.verifier),
        code_challenge_method: "S256",
        state: poging.state,
        nonce: poging.nonce,
      });
      // Lax, not Strict: the identity provider sends the browser back with a cross-site
      // top-level GET, and a Strict cookie would not come along.
      reply.setCookie(OIDC_COOKIE, Buffer.from(JSON.stringify(poging)).toString("base64url"), {
        path: COOKIE_PAD,
        httpOnly: true,
        sameSite: "lax",
        secure: veiligeCookie(req),
        maxAge: COOKIE_SECONDEN,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    "/oidc/callback",
    {
      config: { toegang: { publiek: true } },
      schema: {
        tags: ["sessie"],
        summary:
          "Terugkeer van de identity provider: controleert state, nonce en PKCE, zoekt de gebruiker en start een sessie",
        response: {
          302: Type.Null({
            description:
              "Naar / (ingelogd) of naar /?fout=oidc-onbekend | oidc-mislukt | oidc-niet-bereikbaar",
          }),
          ...fouten(404),
        },
      },
    },
    async (req, reply) => {
      const o = app.deps.config.oidc;
      if (!o) throw nietIngeschakeld();
      const poging = leesPoging(req.cookies[OIDC_COOKIE]);
      // One attempt, one callback: whatever happens next, the cookie is spent.
      reply.clearCookie(OIDC_COOKIE, { path: COOKIE_PAD });

      const mislukt = async (reden: string, fout = "oidc-mislukt", extra: Record<string, unknown> = {}) => {
        await wijzig(req, (_trx, audit) =>
          audit({
            actie: fout === "oidc-onbekend" ? "sessie.oidc-geweigerd" : "sessie.oidc-mislukt",
            onderwerpSoort: "gebruiker",
            onderwerpId: typeof extra.gebruikerId === "string" ? extra.gebruikerId : undefined,
            gegevens: { issuer: o.issuer, reden, ...extra },
          }),
        );
        return reply.redirect(`/?fout=${fout}`, 302);
      };

      if (!poging) return mislukt("geen-of-verlopen-poging");
      let cfg: oidc.Configuration;
      try {
        cfg = await configuratie(o);
      } catch (err) {
        req.log.error({ err, issuer: o.issuer }, "OIDC-discovery mislukt");
        return reply.redirect("/?fout=oidc-niet-bereikbaar", 302);
      }

      // The redirect URL as configured (the public one, behind any proxy) plus the answer.
      const huidig = new URL(o.redirectUrl);
      huidig.search = new URL(req.url, "http://x").search;
      let claims: Record<string, unknown>;
      let accessToken: string;
      try {
        const tokens = await oidc.authorizationCodeGrant(cfg, huidig, {
          pkceCodeVerifier: poging.verifier,
          expectedState: poging.state,
          expectedNonce: poging.nonce,
          idTokenExpected: true,
        });
        claims = { ...(tokens.claims() ?? {}) };
        accessToken = tokens.access_token;
      } catch (err) {
        const e = err as { code?: string; error?: string; message?: string };
        req.log.warn({ code: e.code, error: e.error, melding: e.message }, "OIDC-terugkeer geweigerd");
        return mislukt("validatie", "oidc-mislukt", { code: e.error ?? e.code ?? "onbekend" });
      }

      const subject = String(claims.sub);
      const db = app.deps.database.db;
      let [gebruiker] = await laadGebruikers(db, { oidcSubject: subject });
      if (!gebruiker) {
        // First login: link by username, and only when the provider vouches for the e-mail
        // address the beheerder entered (OIDC Core §5.7: preferred_username is not unique and
        // may be chosen by the user; ADR 0500). Many providers only release profile claims on
        // the UserInfo endpoint, so ask there when the ID token does not carry them.
        let profiel: Record<string, unknown> = claims;
        if (typeof claims.preferred_username !== "string" || typeof claims.email !== "string") {
          try {
            profiel = { ...(await oidc.fetchUserInfo(cfg, accessToken, subject)), ...claims };
          } catch (err) {
            req.log.warn({ err }, "OIDC-userinfo mislukt");
          }
        }
        const naam = profiel.preferred_username;
        const gebruikersnaam = typeof naam === "string" ? naam.trim().toLowerCase() : "";
        [gebruiker] = gebruikersnaam ? await laadGebruikers(db, { gebruikersnaam }) : [];
        if (!gebruiker) return mislukt("onbekend", "oidc-onbekend", { subject, gebruikersnaam });
        if (!gebruiker.actief)
          return mislukt("geblokkeerd", "oidc-onbekend", { subject, gebruikerId: gebruiker.id });
        const email = typeof profiel.email === "string" ? profiel.email.trim().toLowerCase() : "";
        const bevestigd = profiel.email_verified === true;
        if (!gebruiker.email || !bevestigd || email !== gebruiker.email.trim().toLowerCase())
          return mislukt("email-niet-bevestigd", "oidc-onbekend", {
            subject,
            gebruikerId: gebruiker.id,
            reden_detail: !gebruiker.email
              ? "account heeft geen e-mailadres"
              : !bevestigd
                ? "provider bevestigt het e-mailadres niet"
                : "e-mailadres verschilt",
          });
        const id = gebruiker.id;
        const gekoppeld = await wijzig(req, async (trx, audit) => {
          const rij = await trx
            .selectFrom("gebruikers")
            .select("oidc_subject")
            .where("id", "=", id)
            .forUpdate()
            .executeTakeFirst();
          // A user already bound to another subject is not re-bound by a matching name: that
          // would let whoever controls a username at the provider take the account over.
          if (!rij || rij.oidc_subject !== null) return false;
          await trx.updateTable("gebruikers").set({ oidc_subject: subject }).where("id", "=", id).execute();
          await audit({
            actie: "gebruiker.oidc-gekoppeld",
            onderwerpSoort: "gebruiker",
            onderwerpId: id,
            gegevens: {
              issuer: o.issuer,
              via: "preferred_username en bevestigd e-mailadres",
              voor: { oidcSubject: null },
              na: { oidcSubject: subject },
            },
          });
          return true;
        });
        if (!gekoppeld) return mislukt("ander-subject", "oidc-onbekend", { subject, gebruikerId: id });
      } else if (!gebruiker.actief) {
        return mislukt("geblokkeerd", "oidc-onbekend", { subject, gebruikerId: gebruiker.id });
      }

      await startSessie(req, reply, zonderHash(gebruiker), "oidc");
      return reply.redirect("/", 302);
    },
  );
}

function veiligeCookie(req: FastifyRequest): boolean {
  const { cookieSecure } = req.server.deps.config;
  return cookieSecure === "auto" ? req.protocol === "https" : cookieSecure;
}

function leesPoging(waarde: string | undefined): Poging | undefined {
  if (!waarde) return undefined;
  try {
    const p = JSON.parse(Buffer.from(waarde, "base64url").toString("utf8")) as Partial<Poging>;
    if (typeof p.verifier === "string" && typeof p.state === "string" && typeof p.nonce === "string")
      return { verifier: p.verifier, state: p.state, nonce: p.nonce };
  } catch {
    // A mangled cookie is just a failed attempt.
  }
  return undefined;
}
