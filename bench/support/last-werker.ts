// Worker thread: a closed-loop load generator. Each client runs its scenario one request at a
// time for a bounded duration, so the concurrency is exactly the number of clients. Both the
// bare INSERT route and the request commands go through this same code, so the two figures are
// measured with the same tool, the same connections and the same concurrency.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import type { LastKlant, LastOpdracht, LastUitslag, StapCijfers } from "./last.ts";

const opdracht = workerData as LastOpdracht;
const VERZOEK_TIMEOUT_MS = 10_000;
const KMAR = "politie-3-kmar-oo";
/** The request's first steps after creation and one update of the draft, all by the RCCB. */
const EERSTE_STAPPEN = ["vooroverleg-kmar", "contact-locc", "formulier"] as const;

interface Antwoord {
  status: number;
  body: string;
}

class Meter {
  readonly perStap = new Map<string, number[]>();
  readonly statuscodes: Record<string, number> = {};
  ok = 0;
  fouten = 0;
  iteraties = 0;
  readonly voorbeelden: string[] = [];

  noteer(stap: string, ms: number, a: Antwoord | null, fout?: string): void {
    if (!a) {
      this.fouten++;
      if (fout && this.voorbeelden.length < 5) this.voorbeelden.push(`${stap}: ${fout}`);
      return;
    }
    this.statuscodes[a.status] = (this.statuscodes[a.status] ?? 0) + 1;
    if (a.status >= 200 && a.status < 300) {
      this.ok++;
      const l = this.perStap.get(stap) ?? [];
      if (l.length === 0) this.perStap.set(stap, l);
      l.push(ms);
    } else if (this.voorbeelden.length < 5)
      this.voorbeelden.push(`${stap}: ${a.status} ${a.body.slice(0, 300)}`);
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: opdracht.klanten.length + 1 });

function vraag(url: URL, method: string, headers: Record<string, string>, body?: string): Promise<Antwoord> {
  return new Promise((ok, fout) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers: body
          ? { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) }
          : headers,
      },
      (res) => {
        const delen: Buffer[] = [];
        res.on("data", (d: Buffer) => delen.push(d));
        res.on("end", () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(delen).toString() }));
        res.on("error", fout);
      },
    );
    req.setTimeout(VERZOEK_TIMEOUT_MS, () => req.destroy(new Error("timeout")));
    req.on("error", fout);
    req.end(body);
  });
}

async function gemeten(
  m: Meter,
  stap: string,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Antwoord | null> {
  const t0 = performance.now();
  try {
    const a = await vraag(url, method, headers, body === undefined ? undefined : JSON.stringify(body));
    m.noteer(stap, performance.now() - t0, a);
    return a;
  } catch (e) {
    m.noteer(stap, performance.now() - t0, null, (e as Error).message);
    return null;
  }
}

interface AanvraagStaat {
  id: string;
  versie: number;
  taken: { id: string; stapId: string; status?: string }[];
}

const aanvraagUit = (a: Antwoord) => (JSON.parse(a.body) as { aanvraag: AanvraagStaat }).aanvraag;

let kaleKlanten = 0;
async function kaalLus(k: LastKlant, m: Meter, klaar: () => boolean): Promise<void> {
  const url = new URL(k.basis);
  const klant = kaleKlanten++;
  let n = 0;
  while (!klaar()) {
    await gemeten(m, "insert", url, "POST", {}, { regio: k.regio, tekst: `kaal ${n++}`, klant });
    m.iteraties++;
  }
}

async function aanvraagLus(k: LastKlant, m: Meter, klaar: () => boolean): Promise<void> {
  const koppen = () => ({
    cookie: k.cookie ?? "",
    "x-csrf-token": k.csrf ?? "",
    "idempotency-key": randomUUID(),
  });
  const nieuw = new URL("/api/v1/aanvragen", k.basis);
  while (!klaar()) {
    const r = await gemeten(m, "aanmaken", nieuw, "POST", koppen(), {
      procedureId: KMAR,
      veiligheidsregioId: k.regio,
      gezag: { rol: "burgemeester", naam: "Burgemeester (bench)" },
      spoed: false,
      gegevens: k.gegevens,
    });
    if (r?.status !== 201) continue;
    let a = aanvraagUit(r);
    const commando = new URL(`/api/v1/aanvragen/${a.id}/commando`, k.basis);
    const stappen: [string, () => Record<string, unknown> | null][] = [
      [
        "bijwerken",
        () => ({
          type: "ConceptBijwerken",
          wijzigingen: { reden: `De eigen capaciteit is onvoldoende (bijgewerkt ${a.versie}).` },
        }),
      ],
      ...EERSTE_STAPPEN.map((stap): [string, () => Record<string, unknown> | null] => [
        stap,
        () => {
          const t = a.taken.find((x) => x.id === stap || x.stapId.endsWith(`/${stap}`));
          return t ? { type: "StapAfronden", taakId: t.id, toelichting: "Gedaan (bench)." } : null;
        },
      ]),
    ];
    let gelukt = true;
    for (const [stap, maak] of stappen) {
      if (klaar()) {
        gelukt = false;
        break;
      }
      const body = maak();
      if (!body) {
        m.noteer(stap, 0, null, `taak ${stap} niet gevonden`);
        gelukt = false;
        break;
      }
      const c = await gemeten(m, stap, commando, "POST", koppen(), { ...body, verwachteVersie: a.versie });
      if (c?.status !== 200) {
        gelukt = false;
        break;
      }
      a = aanvraagUit(c);
    }
    if (gelukt) m.iteraties++;
  }
}

function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return 0;
  const i = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(p * gesorteerd.length) - 1));
  return gesorteerd[i] as number;
}

const rond = (n: number) => Math.round(n * 1000) / 1000;

/** This thread's CPU time (Linux /proc), so the load generator's own cost can be told apart. */
function eigenCpuMs(): number {
  try {
    const s = readFileSync("/proc/thread-self/stat", "utf8");
    const v = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return (Number(v[11]) + Number(v[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function cijfers(l: number[]): StapCijfers {
  const s = [...l].sort((x, y) => x - y);
  const som = s.reduce((x, y) => x + y, 0);
  return {
    aantal: s.length,
    p50: rond(percentiel(s, 0.5)),
    p90: rond(percentiel(s, 0.9)),
    p99: rond(percentiel(s, 0.99)),
    max: rond(s[s.length - 1] ?? 0),
    gemiddeld: rond(s.length ? som / s.length : 0),
  };
}

async function ronde(duurMs: number): Promise<{ m: Meter; duurS: number }> {
  const m = new Meter();
  const t0 = performance.now();
  const klaar = () => performance.now() - t0 >= duurMs;
  const lus = opdracht.scenario === "kaal" ? kaalLus : aanvraagLus;
  await Promise.all(opdracht.klanten.map((k) => lus(k, m, klaar)));
  return { m, duurS: (performance.now() - t0) / 1000 };
}

if (opdracht.opwarmenMs > 0) await ronde(opdracht.opwarmenMs);
parentPort?.postMessage({ soort: "meten" });
const cpuVoor = eigenCpuMs();
const { m, duurS } = await ronde(opdracht.duurMs);
const cpuMs = eigenCpuMs() - cpuVoor;
agent.destroy();
const alles = [...m.perStap.values()].flat();
const uitslag: LastUitslag = {
  soort: "uitslag",
  duurSeconden: rond(duurS),
  verbindingen: opdracht.klanten.length,
  perSeconde: rond(m.ok / duurS),
  ok2xx: m.ok,
  conflicten409: m.statuscodes["409"] ?? 0,
  fouten: m.fouten,
  statuscodes: m.statuscodes,
  latentieMs: cijfers(alles),
  perStap: Object.fromEntries([...m.perStap].map(([k, v]) => [k, cijfers(v)])),
  iteratiesVoltooid: m.iteraties,
  voorbeeldFouten: m.voorbeelden,
  lastgeverCpuMsPerAntwoord: m.ok ? rond(cpuMs / m.ok) : null,
};
parentPort?.postMessage(uitslag);
