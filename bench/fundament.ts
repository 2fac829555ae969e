// Foundation benchmark (issue 2): login (argon2id + session + audit record) and an authenticated
// read under load, on PGlite and (when configured) PostgreSQL, each beside a bare Fastify route
// measured in the same run, so the figures read as a fraction of what this machine can do.
// Run alone: `node --import tsx bench/fundament.ts`.
import { availableParallelism, cpus, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import type { Engine } from "../src/db/database.ts";
import { log, type MeetOpties, type Meting, meet } from "./support/meten.ts";
import { BENCH_WACHTWOORD, benchPgUrl, startKaal, startKnooppunt } from "./support/servers.ts";

const GEBRUIKER = "demo-locc-piket";

export interface FundamentOpties {
  /** Seconds per measured run (default 5; env BENCH_SECONDEN). */
  seconden?: number;
  /** Concurrent connections (default 20). */
  verbindingen?: number;
  /** Seconds of warm-up before each measured run (default 1). */
  opwarmen?: number;
}

async function opgewarmd(doel: Parameters<typeof meet>[0], o: MeetOpties, opwarmen: number): Promise<Meting> {
  if (opwarmen > 0) await meet(doel, { ...o, seconden: opwarmen });
  return meet(doel, o);
}

const verhouding = (a: Meting, kaal: Meting) =>
  kaal.verzoekenPerSeconde > 0
    ? Math.round((a.verzoekenPerSeconde / kaal.verzoekenPerSeconde) * 10_000) / 10_000
    : null;

async function perEngine(engine: Engine, o: MeetOpties, opwarmen: number) {
  log(`${engine}: database en app starten`);
  const k = await startKnooppunt(engine, { loginPogingenPerMinuut: 10_000_000 });
  const kaal = await startKaal();
  try {
    const inlog = {
      url: `${k.url}/api/v1/sessie`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ gebruikersnaam: GEBRUIKER, wachtwoord: BENCH_WACHTWOORD }),
    };
    // One real login first: a bench of 401s would look fast and mean nothing.
    const r = await fetch(inlog.url, { method: "POST", headers: inlog.headers, body: inlog.body });
    if (r.status !== 200) throw new Error(`inloggen voor de bench mislukt: ${r.status} ${await r.text()}`);
    const cookie = r.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const lees = { url: `${k.url}/api/v1/sessie`, method: "GET", headers: { cookie } };
    const controle = await fetch(lees.url, { headers: lees.headers });
    if (controle.status !== 200) throw new Error(`lezen voor de bench mislukt: ${controle.status}`);

    const belasting = () => loadavg().map((l) => Math.round(l * 100) / 100);
    const belastingVoor = belasting();
    log(`${engine}: kale Fastify-route`);
    const kaalVoor = await opgewarmd({ url: kaal.url }, o, opwarmen);
    log(`${engine}: inloggen (POST /api/v1/sessie)`);
    const inlogMeting = await opgewarmd(inlog, o, opwarmen);
    log(`${engine}: lezen met sessie (GET /api/v1/sessie)`);
    const leesMeting = await opgewarmd(lees, o, opwarmen);
    // The bare route again afterwards: on a shared machine the ceiling drifts, and the two
    // readings show by how much. The ratio uses their mean.
    log(`${engine}: kale Fastify-route (na)`);
    const kaalNa = await meet({ url: kaal.url }, o);
    const kaalGemiddeld = {
      ...kaalVoor,
      verzoekenPerSeconde:
        Math.round(((kaalVoor.verzoekenPerSeconde + kaalNa.verzoekenPerSeconde) / 2) * 100) / 100,
    };
    return {
      engine,
      belasting1m: { voor: belastingVoor[0], na: belasting()[0] },
      kaleRoute: {
        route: "GET /kaal → {ok:true}",
        verzoekenPerSecondeGemiddeld: kaalGemiddeld.verzoekenPerSeconde,
        naDoorVoor:
          kaalVoor.verzoekenPerSeconde > 0
            ? Math.round((kaalNa.verzoekenPerSeconde / kaalVoor.verzoekenPerSeconde) * 100) / 100
            : null,
        voor: kaalVoor,
        na: kaalNa,
      },
      inloggen: {
        route: "POST /api/v1/sessie",
        wat: "argon2id-controle, sessie + auditrecord in één transactie",
        ...inlogMeting,
        verhoudingTotKaal: verhouding(inlogMeting, kaalGemiddeld),
      },
      lezen: {
        route: "GET /api/v1/sessie",
        wat: "sessie + gebruiker uit de database, CSRF-token",
        ...leesMeting,
        verhoudingTotKaal: verhouding(leesMeting, kaalGemiddeld),
      },
    };
  } finally {
    await kaal.sluit();
    await k.sluit();
  }
}

export async function benchFundament(opties: FundamentOpties = {}): Promise<object> {
  const o: MeetOpties = {
    seconden: opties.seconden ?? (Number(process.env.BENCH_SECONDEN) || 5),
    verbindingen: opties.verbindingen ?? 20,
  };
  const opwarmen = opties.opwarmen ?? 1;
  const engines: Engine[] = benchPgUrl() ? ["pglite", "postgres"] : ["pglite"];
  const resultaten = [];
  for (const e of engines) resultaten.push(await perEngine(e, o, opwarmen));
  return {
    naam: "fundament",
    toelichting:
      "verzoekenPerSeconde = 2xx-antwoorden per seconde; verhoudingTotKaal = die waarde gedeeld door het gemiddelde van de kale Fastify-route vóór en na, in dezelfde run (naDoorVoor toont hoeveel het plafond verschoof; belasting1m is de load average van de machine). Lastgenerator (autocannon) in een worker thread, alles via 127.0.0.1.",
    instellingen: { ...o, opwarmenSeconden: opwarmen, gebruiker: GEBRUIKER },
    machine: { node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model ?? "onbekend" },
    postgres: benchPgUrl() ? "ja" : "overgeslagen: BENCH_DATABASE_URL of TEST_DATABASE_URL is niet gezet",
    resultaten,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchFundament(), null, 2));
}
