// Wiring for the infrastructure around the capabilities: Idempotency-Key hooks, the live hub
// with its SSE route, the inbox routes and the outbox overview. Called once from buildApp,
// before any route is registered, so the hooks cover every route.
import type { FastifyInstance } from "fastify";
import { registreerIdempotentie, ruimIdempotentieOp } from "../kern/idempotentie.ts";
import { ruimTellersOp } from "../kern/tellers.ts";
import { liveHub } from "./live.ts";
import { meldingenRoutes } from "./routes.ts";

export async function registreerMeldingen(app: FastifyInstance): Promise<void> {
  registreerIdempotentie(app);
  await liveHub(app);
  await app.register(meldingenRoutes, { prefix: "/api/v1" });
  // Forget old Idempotency-Keys once an hour (every instance; the DELETE is harmless twice).
  const opruimer = setInterval(() => {
    ruimIdempotentieOp(app.deps.database.db).catch((err) =>
      app.log.warn({ err }, "opruimen Idempotency-Keys mislukt"),
    );
    // And the rate-limit windows that have ended (ADR 0673).
    ruimTellersOp(app.deps.database.db).catch((err) =>
      app.log.warn({ err }, "opruimen verzoektellers mislukt"),
    );
  }, 3_600_000);
  opruimer.unref();
  app.addHook("onClose", async () => clearInterval(opruimer));
}
