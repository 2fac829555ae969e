// GET /api/v1/live: Server-Sent Events for the logged-in user. The stream carries only events
// the user may see (filtered per event by the hub), a heartbeat comment so proxies keep it
// open, and ends when the session does (checked once a minute) or the client goes away.
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { type Abonnee, LiveHub } from "../kern/live.ts";
import { ingelogd } from "../kern/toegang.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** This process's live hub (one LISTEN, fan-out to SSE streams). */
    live: LiveHub;
  }
}

/** A stream that lags this far behind (slow client) is dropped; the client reconnects. */
const MAX_ACHTERSTAND = 1 << 20;
const SESSIECONTROLE_MS = 60_000;

interface Stroom {
  sessieId: string;
  abonnee: Abonnee;
}

export async function liveHub(app: FastifyInstance): Promise<void> {
  const hub = await LiveHub.start(app.deps.database, (err) =>
    app.log.error({ err }, "live-gebeurtenis onleesbaar"),
  );
  app.decorate("live", hub);
  const stromen = new Set<Stroom>();
  const hartslag = app.deps.config.liveHartslagSeconden;
  const timers: NodeJS.Timeout[] = [];
  if (hartslag > 0) timers.push(setInterval(() => hub.iedereen(": \n\n"), hartslag * 1000));
  hub.sessiecontrole = controleerSessies;
  timers.push(setInterval(() => void controleerSessies(), SESSIECONTROLE_MS));
  for (const t of timers) t.unref();

  // Ends streams whose session was logged out, expired or went idle since they connected.
  async function controleerSessies(): Promise<void> {
    if (stromen.size === 0) return;
    const ids = [...new Set([...stromen].map((s) => s.sessieId))];
    try {
      const inactief = app.deps.config.sessieInactiefMinuten;
      const r = await sql<{ id: string }>`
        SELECT id FROM sessies WHERE id = ANY(${ids}::text[]) AND beeindigd IS NULL AND verloopt > now()
           AND laatst_actief > now() - (${inactief} * interval '1 minute')`.execute(app.deps.database.db);
      const geldig = new Set(r.rows.map((x) => x.id));
      for (const s of stromen)
        if (!geldig.has(s.sessieId)) {
          s.abonnee.schrijf("event: sessie-verlopen\ndata: {}\n\n");
          s.abonnee.sluit();
        }
    } catch (err) {
      app.log.warn({ err }, "sessiecontrole live-stromen mislukt");
    }
  }

  // Streams never end on their own; close them before the server waits for open requests.
  app.addHook("preClose", async () => {
    for (const t of timers) clearInterval(t);
    await hub.stop();
  });

  app.get(
    "/api/v1/live",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: ["meldingen"],
        summary: "Live gebeurtenissen (text/event-stream)",
        description:
          "Server-Sent Events. Bij verbinden komt `verbonden` (haal dan de getoonde gegevens opnieuw op); daarna gebeurtenissen per kanaal (bijv. `melding`) met kleine JSON-gegevens, en elke paar seconden een commentaarregel als hartslag. `sessie-verlopen` sluit de stroom.",
      },
    },
    async (req, reply) => {
      const g = ingelogd(req);
      const raw = reply.raw;
      reply.hijack();
      const koppen: Record<string, string | number | string[]> = {};
      for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) koppen[k] = v;
      raw.writeHead(200, {
        ...koppen,
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        // nginx and friends: do not buffer the stream.
        "x-accel-buffering": "no",
      });
      raw.write("retry: 3000\n\nevent: verbonden\ndata: {}\n\n");
      let open = true;
      const stroom: Stroom = {
        sessieId: req.sessieId ?? "",
        abonnee: {
          kijker: { id: g.id, organisatieId: g.organisatie.id, rollen: g.rollen },
          schrijf(frame) {
            if (!open) return;
            if (raw.writableLength > MAX_ACHTERSTAND) {
              req.log.warn({ gebruiker: g.id }, "live-stroom loopt te ver achter; verbroken");
              return this.sluit();
            }
            raw.write(frame);
          },
          sluit() {
            if (!open) return;
            opruimen();
            raw.end();
          },
        },
      };
      const afmelden = hub.abonneer(stroom.abonnee);
      stromen.add(stroom);
      function opruimen() {
        open = false;
        afmelden();
        stromen.delete(stroom);
      }
      raw.on("close", opruimen);
      raw.on("error", opruimen);
    },
  );
}
