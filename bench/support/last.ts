// A closed-loop load run in a worker thread (bench/support/last-werker.ts): N clients, each
// doing one request at a time for a bounded duration, over keep-alive connections on loopback.
// Used where autocannon cannot follow a flow (create a request, then act on the id it returned).
import { bericht, tsWerker } from "./werker.ts";

export interface LastKlant {
  /** Base URL (aanvragen) or the full URL of the bare route (kaal). */
  basis: string;
  regio: string;
  cookie?: string;
  csrf?: string;
  /** Form data for a new request (aanvragen). */
  gegevens?: unknown;
}

export interface LastOpdracht {
  scenario: "kaal" | "aanvragen";
  duurMs: number;
  opwarmenMs: number;
  klanten: LastKlant[];
}

export interface StapCijfers {
  aantal: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  gemiddeld: number;
}

export interface LastUitslag {
  soort: "uitslag";
  duurSeconden: number;
  verbindingen: number;
  /** 2xx answers per second over the measured window. */
  perSeconde: number;
  ok2xx: number;
  conflicten409: number;
  /** Connection errors and timeouts (no HTTP answer). */
  fouten: number;
  statuscodes: Record<string, number>;
  /** Over 2xx answers only; other answers are counted in statuscodes. */
  latentieMs: StapCijfers;
  perStap: Record<string, StapCijfers>;
  /** Whole flows (kaal: single inserts) completed. */
  iteratiesVoltooid: number;
  voorbeeldFouten: string[];
  /** CPU ms of the load generator's own thread per 2xx answer (null where /proc is missing). */
  lastgeverCpuMsPerAntwoord: number | null;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * `bijMeten` runs when the measured window starts (after the warm-up), `bijEinde` when it has
 * ended, while the load generator's thread still exists (its CPU time is read there).
 */
export async function belast(
  o: LastOpdracht,
  rand: { bijMeten?: () => void; bijEinde?: () => void } = {},
): Promise<LastUitslag> {
  for (const k of o.klanten) {
    const host = new URL(k.basis).hostname;
    if (!LOOPBACK.has(host)) throw new Error(`bench belast alleen via loopback, niet ${host}`);
  }
  if (o.klanten.length === 0 || o.klanten.length > 1000) throw new Error("1 tot 1000 klanten");
  const w = tsWerker(new URL("./last-werker.ts", import.meta.url), o);
  w.on("message", (m: { soort?: string }) => {
    if (m?.soort === "meten") rand.bijMeten?.();
    if (m?.soort === "uitslag") rand.bijEinde?.();
  });
  try {
    return await bericht<LastUitslag>(w, "uitslag", o.duurMs + o.opwarmenMs + 60_000);
  } finally {
    await w.terminate();
  }
}
