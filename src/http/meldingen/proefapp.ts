// Test helper for this folder and src/http/kern: an app with extra (dummy) capabilities on a
// given or fresh database, a logged-in client like test/support/app.ts, and an SSE reader for
// a listening app.
import { request } from "node:http";
import { DEMO_WACHTWOORD } from "../../../test/support/app.ts";
import { gemigreerdeDatabase } from "../../../test/support/database.ts";
import { leesConfig } from "../../config.ts";
import type { Database, Engine } from "../../db/database.ts";
import { laadDemo } from "../../db/demo.ts";
import { type App, buildApp } from "../app.ts";

type Config = ReturnType<typeof leesConfig>;

export async function proefDatabase(engine: Engine) {
  const d = await gemigreerdeDatabase(engine);
  await laadDemo(d.database, { wachtwoord: DEMO_WACHTWOORD });
  return d;
}

export async function proefApp(
  database: Database,
  opties: { capabilities?: ((app: App) => Promise<void>)[]; config?: Partial<Config> } = {},
) {
  const config = { ...leesConfig({}), logLevel: "silent", loginPogingenPerMinuut: 1000, ...opties.config };
  const app = await buildApp({ database, config, capabilities: opties.capabilities ?? [] });
  await app.ready();
  return {
    app,
    async als(gebruikersnaam: string) {
      const r = await app.inject({
        method: "POST",
        url: "/api/v1/sessie",
        payload: { gebruikersnaam, wachtwoord: DEMO_WACHTWOORD },
      });
      if (r.statusCode !== 200) throw new Error(`inloggen ${gebruikersnaam}: ${r.statusCode} ${r.body}`);
      const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const { csrfToken, gebruiker } = r.json() as {
        csrfToken: string;
        gebruiker: { id: string; organisatie: { id: string } };
      };
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

export interface SseGebeurtenis {
  event: string;
  data: unknown;
}

/** Opens GET /api/v1/live on a listening server and collects events and comment lines. */
export async function sseLezer(basisUrl: string, cookie: string) {
  const gebeurtenissen: SseGebeurtenis[] = [];
  let commentaren = 0;
  let klaar = false;
  let wachters: (() => void)[] = [];
  const wek = () => {
    for (const w of wachters.splice(0)) w();
  };
  const { req, res } = await new Promise<{
    req: ReturnType<typeof request>;
    res: import("node:http").IncomingMessage;
  }>((resolve, reject) => {
    const req = request(
      `${basisUrl}/api/v1/live`,
      { headers: { cookie, accept: "text/event-stream" } },
      (res) => resolve({ req, res }),
    );
    req.on("error", reject);
    req.end();
  });
  let buffer = "";
  res.setEncoding("utf8");
  res.on("data", (stuk: string) => {
    buffer += stuk;
    let i = buffer.indexOf("\n\n");
    while (i >= 0) {
      const blok = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      let event = "message";
      const data: string[] = [];
      let isCommentaar = true;
      for (const regel of blok.split("\n")) {
        if (regel.startsWith(":")) continue;
        isCommentaar = false;
        if (regel.startsWith("event: ")) event = regel.slice(7);
        else if (regel.startsWith("data: ")) data.push(regel.slice(6));
      }
      if (isCommentaar) commentaren++;
      else if (data.length) gebeurtenissen.push({ event, data: JSON.parse(data.join("\n")) });
      i = buffer.indexOf("\n\n");
    }
    wek();
  });
  res.on("end", () => {
    klaar = true;
    wek();
  });
  res.on("error", () => {
    klaar = true;
    wek();
  });
  return {
    status: res.statusCode,
    headers: res.headers,
    gebeurtenissen,
    get commentaren() {
      return commentaren;
    },
    get gesloten() {
      return klaar;
    },
    async wachtOp(voorwaarde: () => boolean, ms = 5000, wat = "gebeurtenis"): Promise<void> {
      const einde = Date.now() + ms;
      while (!voorwaarde()) {
        const rest = einde - Date.now();
        if (rest <= 0)
          throw new Error(`${wat} niet ontvangen binnen ${ms} ms: ${JSON.stringify(gebeurtenissen)}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, rest);
          wachters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
    },
    sluit() {
      wachters = [];
      req.destroy();
    },
  };
}

export const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
