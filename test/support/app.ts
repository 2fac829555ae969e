// An app on a fresh database, with the demo users (fixed password) and a tiny client that
// keeps cookies and the CSRF token like a browser would.

import { leesConfig } from "../../src/config.ts";
import type { Engine } from "../../src/db/database.ts";
import { laadDemo } from "../../src/db/demo.ts";
import { buildApp } from "../../src/http/app.ts";
import { capabilities } from "../../src/http/capabilities.ts";
import { gemigreerdeDatabase } from "./database.ts";

export const DEMO_WACHTWOORD = "demo-wachtwoord-voor-tests";

export type TestApp = Awaited<ReturnType<typeof testApp>>;
/** A logged-in client of a test app (cookie + CSRF token). */
export type TestClient = Awaited<ReturnType<TestApp["als"]>>;

export async function testApp(engine: Engine, configExtra: Partial<ReturnType<typeof leesConfig>> = {}) {
  const d = await gemigreerdeDatabase(engine);
  const demo = await laadDemo(d.database, { wachtwoord: DEMO_WACHTWOORD });
  const config = { ...leesConfig({}), logLevel: "silent", loginPogingenPerMinuut: 1000, ...configExtra };
  const app = await buildApp({ database: d.database, config, capabilities: capabilities() });
  await app.ready();
  return {
    app,
    database: d.database,
    demo,
    async sluit() {
      await app.close();
      await d.opruimen();
    },
    /** Logs in and returns a client bound to that session. */
    async als(gebruikersnaam: string, wachtwoord = DEMO_WACHTWOORD) {
      const r = await app.inject({
        method: "POST",
        url: "/api/v1/sessie",
        payload: { gebruikersnaam, wachtwoord },
      });
      if (r.statusCode !== 200)
        throw new Error(`inloggen ${gebruikersnaam} mislukt: ${r.statusCode} ${r.body}`);
      const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const { csrfToken, gebruiker } = r.json() as { csrfToken: string; gebruiker: { id: string } };
      const vraag = (
        method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
        url: string,
        payload?: unknown,
        headers: Record<string, string> = {},
      ) =>
        app.inject({
          method,
          url,
          headers: { cookie, ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }), ...headers },
          ...(payload === undefined ? {} : { payload: payload as object }),
        });
      return { cookie, csrfToken, gebruiker, vraag };
    },
  };
}
