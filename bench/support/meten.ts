// One bounded autocannon run against a loopback URL, reduced to the figures we report.
// The load generator runs in a worker thread so it does not share the server's event loop.
import autocannon, { type Options } from "autocannon";

export interface Meting {
  verzoekenPerSeconde: number;
  latentieMs: { p50: number; p99: number; gemiddeld: number };
  verzoeken: number;
  ok2xx: number;
  niet2xx: number;
  fouten: number;
  timeouts: number;
  statuscodes: Record<string, number>;
}

export interface MeetOpties {
  seconden: number;
  verbindingen: number;
}

export async function meet(
  doel: Pick<Options, "url" | "method" | "headers" | "body">,
  o: MeetOpties,
): Promise<Meting> {
  const host = new URL(doel.url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]")
    throw new Error(`bench meet alleen via loopback, niet ${host}`);
  const r = await autocannon({
    ...doel,
    connections: o.verbindingen,
    duration: o.seconden,
    workers: 1,
    timeout: 30,
  });
  const rond = (n: number) => Math.round(n * 100) / 100;
  return {
    verzoekenPerSeconde: rond(r["2xx"] / r.duration),
    latentieMs: { p50: rond(r.latency.p50), p99: rond(r.latency.p99), gemiddeld: rond(r.latency.average) },
    verzoeken: r.requests.total,
    ok2xx: r["2xx"],
    niet2xx: r.non2xx,
    fouten: r.errors,
    timeouts: r.timeouts,
    statuscodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
  };
}

export const log = (...m: unknown[]) => console.error("[bench]", ...m);
