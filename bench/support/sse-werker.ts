// Worker thread: holds the SSE subscribers (and one bare LISTEN connection as the reference for
// "the change committed"), so their parsing does not share an event loop with either instance.
// Records, per subscriber, when each `aanvraag` event (id:versie) arrived.
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import type { SseOpdracht } from "./sse.ts";

const opdracht = workerData as SseOpdracht;
const nu = () => performance.timeOrigin + performance.now();
const GELIJKTIJDIG_OPENEN = 50;

interface Stroom {
  groep: string;
  tijden: [string, number][];
  anders: number;
  req: http.ClientRequest;
}

const stromen: Stroom[] = [];
const notify: [string, number][] = [];

const luisteraar = new pg.Client({ connectionString: opdracht.databaseUrl });
await luisteraar.connect();
luisteraar.on("notification", (n) => {
  const t = nu();
  const e = JSON.parse(n.payload ?? "{}") as { k?: string; d?: { id?: string; versie?: number } };
  if (e.k === opdracht.event && e.d?.id) notify.push([`${e.d.id}:${e.d.versie}`, t]);
});
await luisteraar.query(`LISTEN ${opdracht.kanaal}`);

function open(a: SseOpdracht["abonnees"][number]): Promise<void> {
  return new Promise((ok, fout) => {
    const url = new URL(a.url);
    const stroom: Stroom = { groep: a.groep, tijden: [], anders: 0, req: undefined as never };
    let buf = "";
    let verbonden = false;
    const req = http.get(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        agent: false,
        headers: { cookie: a.cookie, accept: "text/event-stream" },
      },
      (res) => {
        if (res.statusCode !== 200) {
          fout(new Error(`SSE ${a.url}: ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          const t = nu();
          buf += d;
          let i = buf.indexOf("\n\n");
          while (i >= 0) {
            const frame = buf.slice(0, i);
            buf = buf.slice(i + 2);
            i = buf.indexOf("\n\n");
            let event = "";
            let data = "";
            for (const regel of frame.split("\n")) {
              if (regel.startsWith("event: ")) event = regel.slice(7);
              else if (regel.startsWith("data: ")) data = regel.slice(6);
            }
            if (event === "verbonden" && !verbonden) {
              verbonden = true;
              ok();
            } else if (event === opdracht.event) {
              const e = JSON.parse(data) as { id: string; versie: number };
              stroom.tijden.push([`${e.id}:${e.versie}`, t]);
            } else if (event) stroom.anders++;
          }
        });
      },
    );
    req.setTimeout(30_000, () => {
      if (!verbonden) req.destroy(new Error("geen 'verbonden' binnen 30 s"));
    });
    req.on("error", (e) => {
      if (!verbonden) fout(e);
    });
    stroom.req = req;
    stromen.push(stroom);
  });
}

let mislukt = 0;
const eersteFouten: string[] = [];
for (let i = 0; i < opdracht.abonnees.length; i += GELIJKTIJDIG_OPENEN) {
  const r = await Promise.allSettled(opdracht.abonnees.slice(i, i + GELIJKTIJDIG_OPENEN).map(open));
  for (const x of r)
    if (x.status === "rejected") {
      mislukt++;
      if (eersteFouten.length < 3) eersteFouten.push(String(x.reason));
    }
}
parentPort?.postMessage({
  soort: "verbonden",
  aantal: opdracht.abonnees.length - mislukt,
  mislukt,
  eersteFouten,
});

parentPort?.on("message", async (m: { soort: string; naWachtenMs: number }) => {
  if (m.soort !== "stop") return;
  await new Promise((r) => setTimeout(r, m.naWachtenMs));
  for (const s of stromen) s.req.destroy();
  await luisteraar.end();
  parentPort?.postMessage({
    soort: "ontvangen",
    notify,
    abonnees: stromen.map((s) => ({ groep: s.groep, tijden: s.tijden, anders: s.anders })),
  });
});
