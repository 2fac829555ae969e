// buildApp() wires the service without listening, so tests use app.inject() and the server
// module only adds the socket. Each capability is one plugin under src/http/<capability>/.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from "fastify";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import { auditRoutes } from "./audit/routes.ts";
import { Fout, probleem } from "./fouten.ts";
import { gebruikersRoutes } from "./gebruikers/routes.ts";
import { gezondheidRoutes } from "./gezondheid/routes.ts";
import { onopslaanbareInvoer } from "./kern/invoer-tekens.ts";
import { sessieLader } from "./kern/sessie.ts";
import { databaseTellers } from "./kern/tellers.ts";
import { controleerToegang, type Toegang } from "./kern/toegang.ts";
import { registreerMeldingen } from "./meldingen/index.ts"; // [meldingen]
import { organisatiesRoutes } from "./organisaties/routes.ts";
import { sessieRoutes } from "./sessie/routes.ts";

export interface AppDeps {
  database: Database;
  config: Config;
  /** Extra capability plugins (registered after the core). */
  capabilities?: ((app: App) => Promise<void>)[];
}

export type App = FastifyInstance & { withTypeProvider: () => unknown };

declare module "fastify" {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every API route with its access rule, for the authorisation tests and the docs. */
    apiRoutes: { method: string; url: string; toegang: Toegang }[];
  }
}

const ONVEILIG = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function buildApp(deps: AppDeps) {
  const { config } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: {
        paths: [
          "req.headers.cookie",
          "req.headers.authorization",
          'req.headers["x-csrf-token"]',
          "res.headers['set-cookie']",
        ],
        censor: "[verborgen]",
      },
    },
    // The id ends up in audit records: take it from the header only when a proxy we trust sets it.
    genReqId: (req) => {
      const h = req.headers["x-request-id"];
      return config.trustProxy && typeof h === "string" && /^[\w-]{8,64}$/.test(h) ? h : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    // The router answers these before any hook: give them the same problem documents.
    frameworkErrors: (err, _req, antwoord) => {
      const teLang = err.code === "FST_ERR_MAX_PARAM_LENGTH";
      const reply = antwoord as unknown as FastifyReply;
      return reply
        .status(teLang ? 414 : 400)
        .type("application/problem+json")
        .send(
          teLang
            ? probleem("adres-te-lang", "Een deel van het adres (een id of naam) is te lang.")
            : probleem("ongeldige-invoer", "Het adres kon niet worden gelezen."),
        );
    },
    ajv: {
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: "array", useDefaults: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate("deps", deps);
  app.decorateRequest("gebruiker", null);
  app.decorateRequest("sessieId", null);
  app.decorateRequest("herauthenticatie", null);

  // Fail closed: every API route must say who may call it.
  const apiRoutes: { method: string; url: string; toegang: Toegang }[] = [];
  app.decorate("apiRoutes", apiRoutes);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/v")) return;
    const toegang = route.config?.toegang;
    if (!toegang)
      throw new Error(`Route ${route.method} ${route.url} heeft geen toegangsregel (config.toegang)`);
    for (const method of [route.method].flat())
      if (method !== "HEAD") apiRoutes.push({ method, url: route.url, toegang });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:", "https://service.pdok.nl"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.productie,
  });
  await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieOpts: { path: "/", sameSite: "strict", httpOnly: true, secure: config.cookieSecure },
    getToken: (req) => req.headers["x-csrf-token"] as string | undefined,
  });
  // Counted in the database: every instance behind the load balancer sees the same attempts.
  await app.register(rateLimit, { global: false, store: databaseTellers(deps.database.db) });

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Knooppunt API",
        version: "1",
        description:
          "Bijstand, capaciteit en NL-Alert voor het LOCC en zijn partners. Fouten zijn RFC 9457 problem+json met een stabiele `code` en Nederlandse `detail`.",
      },
      components: {
        securitySchemes: {
          sessie: { type: "apiKey", in: "cookie", name: "knooppunt_sessie" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", logLevel: "warn" });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { toegang: { publiek: true } } }, async () =>
    app.swagger(),
  );

  app.addHook("onRequest", sessieLader);
  app.addHook("onRequest", async (req, reply) => {
    controleerToegang(req, reply);
    // CSRF: any state change made with the session cookie must carry the token. Login itself
    // has no session yet; SameSite=Strict covers login CSRF.
    if (ONVEILIG.has(req.method) && req.url.startsWith("/api/") && req.sessieId) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(req, reply, (err?: Error) =>
          err
            ? reject(
                new Fout(
                  "csrf-ongeldig",
                  "Het beveiligingstoken ontbreekt of is ongeldig. Laad de pagina opnieuw.",
                ),
              )
            : resolve(),
        );
      });
    }
  });

  // After validation (Ajv's coercion can produce Infinity), before any handler reaches the database.
  app.addHook("preHandler", async (req) => {
    const velden = [
      ...onopslaanbareInvoer(req.params, "pad"),
      ...onopslaanbareInvoer(req.query, "query"),
      ...onopslaanbareInvoer(req.body, ""),
    ];
    if (velden.length)
      throw new Fout(
        "ongeldige-invoer",
        `De invoer is ongeldig: ${velden.map((v) => `${v.veld}: ${v.melding}`).join("; ")}`,
        velden,
      );
  });

  app.setErrorHandler((err: FastifyError | Fout, req, reply) => {
    if (err instanceof Fout) {
      if (err.status >= 500) req.log.error({ err }, "fout");
      return reply
        .status(err.status)
        .type("application/problem+json")
        .send(probleem(err.code, err.detail, err.velden, err.extra));
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      const velden = fe.validation.map((v) => ({
        veld: veldNaam(v.instancePath, v.params as Record<string, unknown>, fe.validationContext),
        melding: vertaalValidatie(v.keyword, v.params as Record<string, unknown>, v.message),
      }));
      return reply
        .status(400)
        .type("application/problem+json")
        .send(
          probleem(
            "ongeldige-invoer",
            `De invoer is ongeldig: ${velden.map((v) => `${v.veld}: ${v.melding}`).join("; ")}`,
            velden,
          ),
        );
    }
    if (fe.code === "FST_CSRF_INVALID_TOKEN" || fe.code === "FST_CSRF_MISSING_SECRET")
      return reply
        .status(403)
        .type("application/problem+json")
        .send(
          probleem(
            "csrf-ongeldig",
            "Het beveiligingstoken ontbreekt of is ongeldig. Laad de pagina opnieuw.",
          ),
        );
    if (fe.statusCode === 429)
      return reply
        .status(429)
        .type("application/problem+json")
        .send(probleem("te-veel-verzoeken", "Te veel pogingen. Wacht een minuut en probeer het opnieuw."));
    if (fe.statusCode === 413 || fe.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return reply
        .status(413)
        .type("application/problem+json")
        .send(probleem("te-groot", "Het verzoek is te groot."));
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
      return reply
        .status(400)
        .type("application/problem+json")
        .send(probleem("ongeldige-invoer", `Het verzoek kon niet worden gelezen: ${fe.message}`));
    req.log.error({ err }, "onverwachte fout");
    return reply
      .status(500)
      .type("application/problem+json")
      .send(
        probleem(
          "interne-fout",
          "Er ging iets mis aan onze kant. De fout is vastgelegd; probeer het opnieuw.",
        ),
      );
  });

  // [meldingen] Idempotency-Key hooks, live hub + SSE, inbox and outbox routes; before all routes.
  await registreerMeldingen(app);
  await app.register(gezondheidRoutes);
  await app.register(sessieRoutes, { prefix: "/api/v1" });
  await app.register((await import("./oidc/routes.ts")).oidcRoutes, { prefix: "/api/v1" });
  await app.register(gebruikersRoutes, { prefix: "/api/v1" });
  await app.register(organisatiesRoutes, { prefix: "/api/v1" });
  await app.register(auditRoutes, { prefix: "/api/v1" });
  for (const c of deps.capabilities ?? [])
    await app.register(async (sub) => c(sub as unknown as App), { prefix: "/api/v1" });

  const webDir = config.webDir;
  const heeftWeb = existsSync(`${webDir}/index.html`);
  if (heeftWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === "GET" && !req.url.startsWith("/api/") && heeftWeb) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply
      .status(404)
      .type("application/problem+json")
      .send(probleem("niet-gevonden", `Onbekend adres: ${req.method} ${req.url.split("?")[0]}`));
  });

  return app;
}

function veldNaam(instancePath: string, params: Record<string, unknown>, ctx?: string): string {
  const pad = instancePath
    .replace(/^\//, "")
    .replace(/\/(\d+)/g, "[$1]")
    .replace(/\//g, ".");
  const extra = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const naam = [pad, extra].filter(Boolean).join(pad && extra ? "." : "");
  return naam || ctx || "body";
}

function vertaalValidatie(keyword: string, params: Record<string, unknown>, message?: string): string {
  switch (keyword) {
    case "required":
      return "is verplicht";
    case "additionalProperties":
      return "is geen bekend veld";
    case "type":
      return `moet van type ${params.type} zijn`;
    case "minLength":
      return params.limit === 1 ? "mag niet leeg zijn" : `moet minstens ${params.limit} tekens lang zijn`;
    case "maxLength":
      return `mag hoogstens ${params.limit} tekens lang zijn`;
    case "minimum":
      return `moet minstens ${params.limit} zijn`;
    case "maximum":
      return `mag hoogstens ${params.limit} zijn`;
    case "enum":
    case "const":
    case "anyOf":
      return "heeft geen toegestane waarde";
    case "format":
      return `heeft geen geldig formaat (${params.format})`;
    case "pattern":
      return "heeft geen geldig formaat";
    case "minItems":
      return `moet minstens ${params.limit} elementen hebben`;
    case "maxItems":
      return `mag hoogstens ${params.limit} elementen hebben`;
    default:
      return message ?? "is ongeldig";
  }
}
