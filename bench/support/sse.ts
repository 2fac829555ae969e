// Many SSE subscribers in a worker thread (bench/support/sse-werker.ts), plus a bare LISTEN
// connection on the same database that timestamps each NOTIFY: the moment the change committed,
// as near as a client can see it.
import { bericht, tsWerker } from "./werker.ts";

export interface SseOpdracht {
  abonnees: { url: string; cookie: string; groep: string }[];
  databaseUrl: string;
  kanaal: string;
  /** SSE event name whose data is {id, versie}. */
  event: string;
}

export interface Ontvangen {
  /** Arrival at the bare LISTEN connection, per "id:versie" (epoch ms, sub-ms). */
  notify: [string, number][];
  abonnees: { groep: string; tijden: [string, number][]; anders: number }[];
}

export interface Abonnees {
  verbonden: number;
  mislukt: number;
  eersteFouten: string[];
  /** Waits `naWachtenMs` for late events, closes every stream and returns what arrived. */
  stop(naWachtenMs: number): Promise<Ontvangen>;
}

export async function abonneer(o: SseOpdracht): Promise<Abonnees> {
  for (const a of o.abonnees) {
    const host = new URL(a.url).hostname;
    if (host !== "127.0.0.1" && host !== "localhost")
      throw new Error(`SSE alleen via loopback, niet ${host}`);
  }
  if (o.abonnees.length > 2000) throw new Error("hoogstens 2000 abonnees");
  const w = tsWerker(new URL("./sse-werker.ts", import.meta.url), o);
  try {
    const v = await bericht<{ aantal: number; mislukt: number; eersteFouten: string[] }>(
      w,
      "verbonden",
      120_000,
    );
    return {
      verbonden: v.aantal,
      mislukt: v.mislukt,
      eersteFouten: v.eersteFouten,
      stop: async (naWachtenMs) => {
        try {
          const klaar = bericht<Ontvangen>(w, "ontvangen", naWachtenMs + 30_000);
          w.postMessage({ soort: "stop", naWachtenMs });
          return await klaar;
        } finally {
          await w.terminate();
        }
      },
    };
  } catch (e) {
    await w.terminate();
    throw e;
  }
}
