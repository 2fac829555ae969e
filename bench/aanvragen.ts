// Requests benchmark (issue 4): a surge of 25 regions filing and processing requests at once,
// beside a bare Fastify route doing one INSERT on the same engine in the same run; and the delay
// from a change to its SSE event at 500 open subscribers across two service instances.
// Run alone: `node --import tsx bench/aanvragen.ts`. See docs/adr/0670-bench-aanvragen.md.
import { availableParallelism, cpus, loadavg } from "node:os";
import { performance as nodePerformance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { SYSTEEM } from "../src/db/audit.ts";
import type { Database, Engine } from "../src/db/database.ts";
import { nieuwSessieToken, voegGebruikerToe } from "../src/db/gebruikers.ts";
import { schrijfOrganisaties } from "../src/db/referentie.ts";
import { volledigeGegevens } from "../src/domain/aanvragen/testhulp.ts";
import { gemeenteOrganisatie, rccbId, VEILIGHEIDSREGIOS } from "../src/domain/organisaties/referentie.ts";
import { procedure } from "../src/domain/wegwijzer/catalogus.ts";
import type { ProcedureId } from "../src/domain/wegwijzer/typen.ts";
import { Bundelaar } from "../src/http/kern/bundelaar.ts";
import { LIVE_KANAAL } from "../src/http/kern/live.ts";
import { SESSIE_COOKIE } from "../src/http/kern/sessie.ts";
import { hashWachtwoord } from "../src/http/kern/wachtwoord.ts";
import { cpuPerAntwoord, cpuTijden } from "./support/cpu.ts";
import { belast, type LastKlant, type LastUitslag, type StapCijfers } from "./support/last.ts";
import { log as logKaal } from "./support/meten.ts";
import {
  BENCH_POOL,
  BENCH_WACHTWOORD,
  benchPgUrl,
  startKaalInsert,
  startKindInstantie,
  startKnooppunt,
} from "./support/servers.ts";
import { abonneer } from "./support/sse.ts";

const KMAR = "politie-3-kmar-oo" as ProcedureId;
const DOEL_DOORVOER = 0.5;
const DOEL_P99 = 2;
const DOEL_SSE_P99_MS = 50;
/** Progress on stderr with seconds since the process started (where does the time go). */
const log = (m: string) => logKaal(`${(performance.now() / 1000).toFixed(1)} s  ${m}`);

export interface AanvragenOpties {
  /** Seconds per measured surge run (default 8; env BENCH_SECONDEN). */
  seconden?: number;
  /** Seconds of warm-up before each first run (default 2). */
  opwarmen?: number;
  /** Concurrent clients per region (default 2: 25 × 2 = 50 connections). */
  klantenPerRegio?: number;
  /** Open SSE subscribers that may see the changes (default 500). */
  sseAbonnees?: number;
  /** Changes made while they listen (default 200). */
  sseWijzigingen?: number;
  /** Milliseconds between the starts of two changes (default 20). */
  sseIntervalMs?: number;
}

const rond = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const belasting = () => rond(loadavg()[0] ?? 0);

function cookieUit(r: Response): string {
  return r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Logs in over HTTP as a browser would; returns the cookie header and the CSRF token. */
async function inloggen(basis: string, gebruikersnaam: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${basis}/api/v1/sessie`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: BENCH_WACHTWOORD }),
  });
  if (r.status !== 200) throw new Error(`inloggen ${gebruikersnaam}: ${r.status} ${await r.text()}`);
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie: cookieUit(r), csrf: csrfToken };
}

/**
 * One RCCB user per safety region (in the region's police unit RCCB) and one mayor (also
 * regional mayor) of a bench municipality in each region, so each region files as itself and
 * the step that asks for the mayor's signature writes its inbox item and mail.
 */
export async function zetRegiosKlaar(database: Database, basis: string): Promise<Omit<LastKlant, "basis">[]> {
  const hash = await hashWachtwoord(BENCH_WACHTWOORD);
  const regios = VEILIGHEIDSREGIOS.map(([vr, naam, eenheid], i) => ({
    vr,
    eenheid,
    gemeente: {
      code: `GM99${String(i + 1).padStart(2, "0")}`,
      naam: `Benchgemeente ${naam}`,
      vrCode: vr,
      eenheidCode: eenheid,
      provincie: "bench",
    },
  }));
  await database.db.transaction().execute(async (trx) => {
    await schrijfOrganisaties(
      trx,
      regios.map((r) => gemeenteOrganisatie(r.gemeente)),
      SYSTEEM,
      "bench.gemeenten",
    );
    for (const r of regios) {
      await voegGebruikerToe(trx, {
        gebruikersnaam: `bench-rccb-${r.vr.toLowerCase()}`,
        naam: `RCCB ${r.vr} (bench)`,
        email: `bench-rccb-${r.vr.toLowerCase()}@bench.local`,
        organisatieId: rccbId(r.eenheid),
        rollen: ["rccb-medewerker"],
        wachtwoordHash: hash,
      });
      await voegGebruikerToe(trx, {
        gebruikersnaam: `bench-burgemeester-${r.vr.toLowerCase()}`,
        naam: `Burgemeester ${r.gemeente.naam}`,
        email: `bench-burgemeester-${r.vr.toLowerCase()}@bench.local`,
        organisatieId: r.gemeente.code.toLowerCase(),
        rollen: ["burgemeester", "regioburgemeester"],
        wachtwoordHash: null,
      });
    }
  });
  const uit: Omit<LastKlant, "basis">[] = [];
  for (let i = 0; i < regios.length; i += 5) {
    const groep = regios.slice(i, i + 5);
    const sessies = await Promise.all(groep.map((r) => inloggen(basis, `bench-rccb-${r.vr.toLowerCase()}`)));
    for (const [j, r] of groep.entries())
      uit.push({
        regio: r.vr.toLowerCase(),
        cookie: sessies[j]?.cookie ?? "",
        csrf: sessies[j]?.csrf ?? "",
        gegevens: volledigeGegevens(procedure(KMAR), [r.gemeente.code.toLowerCase()]),
      });
  }
  return uit;
}

async function tellingen(database: Database) {
  const r = await sql<{ soort: string; n: string }>`
    SELECT 'aanvragen' AS soort, count(*)::text AS n FROM aanvragen
    UNION ALL SELECT 'events', count(*)::text FROM aanvraag_events
    UNION ALL SELECT 'audit', count(*)::text FROM audit_records
    UNION ALL SELECT 'outbox', count(*)::text FROM outbox
    UNION ALL SELECT 'idempotentie', count(*)::text FROM idempotentie`.execute(database.db);
  return Object.fromEntries(r.rows.map((x) => [x.soort, Number(x.n)])) as Record<string, number>;
}

interface Instellingen {
  seconden: number;
  opwarmen: number;
  klantenPerRegio: number;
}

/**
 * A load run plus how busy this process's main thread (the service; on PGlite also the database)
 * was meanwhile: busy milliseconds per 2xx answer show what one request costs in CPU here.
 */
async function belastMetBezetting(opdracht: Parameters<typeof belast>[0]) {
  let voor = nodePerformance.eventLoopUtilization();
  let cpuVoor = cpuTijden();
  let cpuNa = cpuTijden();
  const u = await belast(opdracht, {
    bijMeten: () => {
      voor = nodePerformance.eventLoopUtilization();
      cpuVoor = cpuTijden();
    },
    bijEinde: () => {
      cpuNa = cpuTijden();
    },
  });
  const elu = nodePerformance.eventLoopUtilization(voor);
  return {
    ...u,
    hoofdthread: {
      bezet: rond(elu.utilization, 3),
      bezetMsPerAntwoord: u.ok2xx ? rond(elu.active / u.ok2xx, 3) : null,
    },
    cpuMsPerAntwoord: cpuPerAntwoord(cpuVoor, cpuNa, u.ok2xx),
  };
}

export async function stoot(engine: Engine, o: Instellingen) {
  log(`aanvragen/${engine}: database en app starten`);
  const k = await startKnooppunt(engine, { loginPogingenPerMinuut: 10_000_000 });
  const kaal = await startKaalInsert(k.database);
  try {
    const regios = await zetRegiosKlaar(k.database, k.url);
    const klanten: LastKlant[] = regios.flatMap((r) =>
      Array.from({ length: o.klantenPerRegio }, () => ({ ...r, basis: k.url })),
    );
    const kaalKlanten: LastKlant[] = klanten.map((r) => ({ basis: kaal.url, regio: r.regio }));
    const duurMs = o.seconden * 1000;
    const opwarmenMs = o.opwarmen * 1000;
    const belastingVoor = belasting();

    log(`aanvragen/${engine}: kale INSERT-route (${kaalKlanten.length} verbindingen)`);
    const kaalVoor = await belastMetBezetting({ scenario: "kaal", duurMs, opwarmenMs, klanten: kaalKlanten });
    const voor = await tellingen(k.database);
    log(`aanvragen/${engine}: stoot, 25 regio's × ${o.klantenPerRegio} klanten`);
    Bundelaar.metingen(true);
    const commandos = await belastMetBezetting({ scenario: "aanvragen", duurMs, opwarmenMs, klanten });
    const bundels = Object.fromEntries(
      Object.entries(Bundelaar.metingen(true)).map(([naam, m]) => [
        naam,
        {
          bundels: m.bundels,
          gemiddeldeGrootte: m.bundels ? rond(m.items / m.bundels) : 0,
          grootste: m.grootste,
          gemiddeldeMs: m.bundels ? rond(m.somMs / m.bundels) : 0,
        },
      ]),
    );
    const na = await tellingen(k.database);
    // The bare route again: on a shared 2-core machine the ceiling drifts; the ratio uses the mean.
    log(`aanvragen/${engine}: kale INSERT-route (na)`);
    const kaalNa = await belastMetBezetting({
      scenario: "kaal",
      duurMs,
      opwarmenMs: 0,
      klanten: kaalKlanten,
    });
    // One connection each: the cost of one command on its own, without waiting for others
    // (separates what a command costs from what concurrency adds).
    log(`aanvragen/${engine}: één verbinding (commando's, dan kale INSERT)`);
    const serieel = { duurMs: Math.min(duurMs, 3000), opwarmenMs: 0 };
    const commandosEen = await belastMetBezetting({
      scenario: "aanvragen",
      ...serieel,
      klanten: klanten.slice(0, 1),
    });
    const kaalEen = await belastMetBezetting({
      scenario: "kaal",
      ...serieel,
      klanten: kaalKlanten.slice(0, 1),
    });

    log(`aanvragen/${engine}: kale transactie (rij + auditrij + outboxrij)`);
    const kaleTransactie = await belastMetBezetting({
      scenario: "kaal",
      duurMs,
      opwarmenMs: 0,
      klanten: klanten.map((r) => ({ basis: kaal.transactieUrl, regio: r.regio })),
    });

    log(`aanvragen/${engine}: kaal commando (lezen, dan één schrijvende opdracht)`);
    const kaalCommando = await belastMetBezetting({
      scenario: "kaal",
      duurMs,
      opwarmenMs: 0,
      klanten: klanten.map((r) => ({ basis: kaal.commandoUrl, regio: r.regio })),
    });

    const kaalPerSeconde = (kaalVoor.perSeconde + kaalNa.perSeconde) / 2;
    const kaalP99 = (kaalVoor.latentieMs.p99 + kaalNa.latentieMs.p99) / 2;
    const doorvoer = kaalPerSeconde > 0 ? commandos.perSeconde / kaalPerSeconde : 0;
    const p99 = kaalP99 > 0 ? commandos.latentieMs.p99 / kaalP99 : Number.POSITIVE_INFINITY;
    // What the commands wrote (warm-up included, so per command rather than totals).
    const verschil = Object.fromEntries(Object.keys(na).map((s) => [s, (na[s] ?? 0) - (voor[s] ?? 0)]));
    return {
      engine,
      pool: engine === "postgres" ? BENCH_POOL : "PGlite: één sessie, transacties na elkaar",
      belasting1m: { voor: belastingVoor, na: belasting() },
      kaleInsert: {
        route: "POST /kaal/insert → één INSERT (uuid, text, jsonb, timestamptz), geen transactie",
        perSecondeGemiddeld: rond(kaalPerSeconde),
        p99Gemiddeld: rond(kaalP99),
        naDoorVoor: kaalVoor.perSeconde > 0 ? rond(kaalNa.perSeconde / kaalVoor.perSeconde) : null,
        voor: kort(kaalVoor),
        na: kort(kaalNa),
      },
      commandos: {
        wat: "per klant herhaald: POST /api/v1/aanvragen (§3 KMar), ConceptBijwerken, StapAfronden vooroverleg-kmar, contact-locc en formulier (dat de burgemeester een taak, inbox-item en mail geeft); elk met Idempotency-Key, sessie en CSRF zoals de web-UI",
        ...commandos,
        bundels: {
          wat: "verzoeken die tegelijk binnenkomen gaan samen: sessies, Idempotency-Keys en commando's (één transactie per bundel; ADR 0671), inclusief opwarmen",
          ...bundels,
        },
        geschrevenInclusiefOpwarmen: {
          ...verschil,
          auditRecordsPerEvent: verschil.events ? rond((verschil.audit ?? 0) / verschil.events) : null,
          outboxRijenPerAanvraag: verschil.aanvragen
            ? rond((verschil.outbox ?? 0) / verschil.aanvragen)
            : null,
        },
      },
      eenVerbinding: {
        wat: "dezelfde lus met één klant: de kosten van één commando zonder wachten op anderen",
        commandos: { ...kort(commandosEen), perStapP50: p50PerStap(commandosEen) },
        kaleInsert: kort(kaalEen),
        doorvoerTotKaal:
          kaalEen.perSeconde > 0 ? rond(commandosEen.perSeconde / kaalEen.perSeconde, 4) : null,
      },
      kaleTransactie: {
        route:
          "POST /kaal/transactie → één transactie: de rij, een auditrij en een outboxrij (de woorden van het issue voor een commando, zonder Knooppunt eromheen); ter lezing, niet de maatstaf van het doel",
        ...kort(kaleTransactie),
        doorvoerTotKaal: kaalPerSeconde > 0 ? rond(kaleTransactie.perSeconde / kaalPerSeconde, 4) : null,
        commandosTotDeze:
          kaleTransactie.perSeconde > 0 ? rond(commandos.perSeconde / kaleTransactie.perSeconde, 4) : null,
      },
      kaalCommando: {
        route:
          "POST /kaal/commando → de bodem van een commando dat in TypeScript beslist: de stand lezen (één rondgang), dan stand met versiecontrole, auditrij en outboxrij in één opdracht (één rondgang, eigen transactie); geen sessie, domein, hashketen, mail of stand in het antwoord; ter lezing",
        ...kort(kaalCommando),
        doorvoerTotKaal: kaalPerSeconde > 0 ? rond(kaalCommando.perSeconde / kaalPerSeconde, 4) : null,
        p99TotKaal: kaalP99 > 0 ? rond(kaalCommando.latentieMs.p99 / kaalP99, 2) : null,
      },
      verhouding: {
        doorvoerTotKaal: rond(doorvoer, 4),
        p99TotKaal: rond(p99, 2),
      },
      doelGehaald: {
        doorvoerMinstens50Procent: doorvoer >= DOEL_DOORVOER,
        p99OnderTweeKeerKaal: p99 < DOEL_P99,
      },
    };
  } finally {
    await kaal.sluit();
    await k.sluit();
  }
}

const p50PerStap = (u: LastUitslag) =>
  Object.fromEntries(Object.entries(u.perStap).map(([k, v]) => [k, v.p50]));

function kort(u: LastUitslag & { hoofdthread?: unknown; cpuMsPerAntwoord?: unknown }) {
  return {
    perSeconde: u.perSeconde,
    hoofdthread: u.hoofdthread,
    cpuMsPerAntwoord: u.cpuMsPerAntwoord,
    latentieMs: { p50: u.latentieMs.p50, p99: u.latentieMs.p99 },
    ok2xx: u.ok2xx,
    fouten: u.fouten,
    niet2xx: Object.entries(u.statuscodes)
      .filter(([c]) => !c.startsWith("2"))
      .reduce((n, [, v]) => n + v, 0),
  };
}

function cijfers(l: number[]): StapCijfers {
  const s = [...l].sort((x, y) => x - y);
  const p = (q: number) =>
    s.length ? (s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number) : 0;
  return {
    aantal: s.length,
    p50: rond(p(0.5)),
    p90: rond(p(0.9)),
    p99: rond(p(0.99)),
    max: rond(s[s.length - 1] ?? 0),
    gemiddeld: rond(s.length ? s.reduce((a, b) => a + b, 0) / s.length : 0),
  };
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
const klok = () => performance.timeOrigin + performance.now();

/** SSE fan-out: two instances on one PostgreSQL database, subscribers spread over both. */
async function sse(aantal: number, wijzigingen: number, intervalMs: number) {
  log("aanvragen/sse: twee instanties op één PostgreSQL-database starten");
  const a = await startKnooppunt("postgres", { loginPogingenPerMinuut: 10_000_000 });
  let b: Awaited<ReturnType<typeof startKindInstantie>> | undefined;
  try {
    if (!a.databaseUrl) throw new Error("geen databaseUrl voor de tweede instantie");
    b = await startKindInstantie(a.databaseUrl);
    // Subscribers: LOCC duty officers (they see every request's events) with 10 sessions each,
    // and a few RCCB sessions of another unit that must see none of them (a leak check).
    const perGebruiker = 10;
    const buitenstaanders = 20;
    const nu = new Date();
    const verloopt = new Date(nu.getTime() + 3_600_000);
    const sessies: { cookie: string; groep: string }[] = [];
    await a.database.db.transaction().execute(async (trx) => {
      const gebruikers: { id: string; groep: string; n: number }[] = [];
      for (let i = 0; i < Math.ceil(aantal / perGebruiker); i++)
        gebruikers.push({
          id: await voegGebruikerToe(trx, {
            gebruikersnaam: `bench-locc-${i}`,
            naam: `LOCC piket ${i} (bench)`,
            email: null,
            organisatieId: "locc",
            rollen: ["locc-piket"],
            wachtwoordHash: null,
          }),
          groep: "locc",
          n: Math.min(perGebruiker, aantal - i * perGebruiker),
        });
      gebruikers.push({
        id: await voegGebruikerToe(trx, {
          gebruikersnaam: "bench-rccb-re05",
          naam: "RCCB Amsterdam (bench)",
          email: null,
          organisatieId: rccbId("RE05"),
          rollen: ["rccb-medewerker"],
          wachtwoordHash: null,
        }),
        groep: "buiten",
        n: buitenstaanders,
      });
      // Sessions as the login route writes them (without 520 argon2id checks on 2 cores).
      for (const g of gebruikers)
        for (let j = 0; j < g.n; j++) {
          const { token, id } = nieuwSessieToken();
          await trx
            .insertInto("sessies")
            .values({ id, gebruiker_id: g.id, aangemaakt: nu, laatst_actief: nu, verloopt, bron: "bench" })
            .execute();
          sessies.push({ cookie: `${SESSIE_COOKIE}=${token}`, groep: g.groep });
        }
    });

    // The requests to change: filed by the demo RCCB (Eenheid Midden-Nederland) in Utrecht.
    const rccb = await inloggen(a.url, "demo-rccb-medewerker");
    const doe = async (pad: string, body: unknown) => {
      const r = await fetch(`${a.url}${pad}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: rccb.cookie,
          "x-csrf-token": rccb.csrf,
          "idempotency-key": crypto.randomUUID(),
        },
        body: JSON.stringify(body),
      });
      const tekst = await r.text();
      if (r.status >= 300) throw new Error(`${pad}: ${r.status} ${tekst.slice(0, 300)}`);
      return (JSON.parse(tekst) as { aanvraag: { id: string; versie: number } }).aanvraag;
    };
    const aanvragen: { id: string; versie: number }[] = [];
    for (let i = 0; i < 10; i++)
      aanvragen.push(
        await doe("/api/v1/aanvragen", {
          procedureId: KMAR,
          veiligheidsregioId: "vr09",
          gezag: { rol: "burgemeester", naam: "S. Dijksma" },
          spoed: false,
          gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
        }),
      );

    const instanties = [a.url, b.url];
    const abonnees = sessies.map((s, i) => ({
      url: `${instanties[i % 2]}/api/v1/live`,
      cookie: s.cookie,
      groep: `${s.groep}@${i % 2 === 0 ? "A" : "B"}`,
    }));
    log(`aanvragen/sse: ${abonnees.length} abonnees openen (A: in dit proces, B: kindproces)`);
    const abo = await abonneer({
      abonnees,
      databaseUrl: a.databaseUrl,
      kanaal: LIVE_KANAAL,
      event: "aanvraag",
    });
    if (abo.mislukt > 0)
      log(`aanvragen/sse: ${abo.mislukt} abonnees niet verbonden: ${abo.eersteFouten.join("; ")}`);
    await wacht(500);

    log(`aanvragen/sse: ${wijzigingen} wijzigingen op instantie A, één per ${intervalMs} ms`);
    const verzonden = new Map<string, { verzonden: number; antwoord: number }>();
    const commandoMs: number[] = [];
    const t0 = klok();
    for (let i = 0; i < wijzigingen; i++) {
      const tot = t0 + i * intervalMs - klok();
      if (tot > 0) await wacht(tot);
      const idx: number = i % aanvragen.length;
      const voor = aanvragen[idx] as { id: string; versie: number };
      const ts = klok();
      const na = await doe(`/api/v1/aanvragen/${voor.id}/commando`, {
        type: "ConceptBijwerken",
        verwachteVersie: voor.versie,
        wijzigingen: { reden: `Bijgewerkt tijdens de bench (${i}).` },
      });
      const tr = klok();
      commandoMs.push(tr - ts);
      verzonden.set(`${na.id}:${na.versie}`, { verzonden: ts, antwoord: tr });
      aanvragen[idx] = na;
    }
    const ontvangen = await abo.stop(1000);

    const notify = new Map(ontvangen.notify);
    const vanCommit: Record<string, number[]> = { A: [], B: [] };
    const vanVerzenden: number[] = [];
    let gemist = 0;
    let lek = 0;
    let verwacht = 0;
    for (const s of ontvangen.abonnees) {
      const [groep, instantie] = s.groep.split("@") as [string, "A" | "B"];
      const tijden = new Map(s.tijden);
      if (groep === "buiten") {
        lek += s.tijden.length;
        continue;
      }
      for (const [sleutel, v] of verzonden) {
        verwacht++;
        const t = tijden.get(sleutel);
        if (t === undefined) {
          gemist++;
          continue;
        }
        vanVerzenden.push(t - v.verzonden);
        const c = notify.get(sleutel);
        if (c !== undefined) vanCommit[instantie]?.push(t - c);
      }
    }
    const alleCommit = [...(vanCommit.A ?? []), ...(vanCommit.B ?? [])];
    const commit = cijfers(alleCommit);
    return {
      instanties:
        "A = in het bench-proces (daar komen de wijzigingen binnen), B = eigen Node-proces; beide met eigen pool en eigen LISTEN-verbinding op dezelfde PostgreSQL-database",
      abonnees: {
        gevraagd: abonnees.length,
        verbonden: abo.verbonden,
        mislukt: abo.mislukt,
        mogenZien: abonnees.filter((x) => x.groep.startsWith("locc")).length,
        mogenNietZien: abonnees.filter((x) => x.groep.startsWith("buiten")).length,
      },
      wijzigingen: verzonden.size,
      intervalMs,
      commandoLatentieMs: cijfers(commandoMs),
      afleveringen: { verwacht, ontvangen: verwacht - gemist, gemist, lekNaarNietGerechtigden: lek },
      vanCommitMs: {
        wat: "ontvangst bij de abonnee min aankomst van dezelfde NOTIFY op een kale LISTEN-verbinding (het moment van commit, zoals een client dat kan zien)",
        ...commit,
        zelfdeInstantie: cijfers(vanCommit.A ?? []),
        andereInstantie: cijfers(vanCommit.B ?? []),
      },
      vanVerzendenMs: {
        wat: "ontvangst bij de abonnee min het versturen van het commando (bovengrens: inclusief het commando zelf)",
        ...cijfers(vanVerzenden),
      },
      doelGehaald: {
        p99VanCommitOnder50Ms: commit.aantal > 0 && commit.p99 < DOEL_SSE_P99_MS && gemist === 0,
      },
    };
  } finally {
    await b?.sluit();
    await a.sluit();
  }
}

export async function benchAanvragen(opties: AanvragenOpties = {}): Promise<object> {
  const o: Instellingen = {
    seconden: opties.seconden ?? (Number(process.env.BENCH_SECONDEN) || 8),
    opwarmen: opties.opwarmen ?? 2,
    klantenPerRegio: opties.klantenPerRegio ?? 2,
  };
  const alle: Engine[] = benchPgUrl() ? ["pglite", "postgres"] : ["pglite"];
  // BENCH_ENGINES=postgres (or pglite) narrows a run while profiling one engine.
  const gekozen = process.env.BENCH_ENGINES?.split(",").map((x) => x.trim());
  const engines = gekozen ? alle.filter((e) => gekozen.includes(e)) : alle;
  const stoten = [];
  for (const e of engines) stoten.push(await stoot(e, o));
  const sseUitslag = process.env.BENCH_ZONDER_SSE
    ? { overgeslagen: "BENCH_ZONDER_SSE is gezet" }
    : benchPgUrl()
      ? await sse(opties.sseAbonnees ?? 500, opties.sseWijzigingen ?? 200, opties.sseIntervalMs ?? 20)
      : {
          overgeslagen:
            "twee instanties delen hun gebeurtenissen via PostgreSQL LISTEN/NOTIFY; PGlite is één proces. Zet BENCH_DATABASE_URL of TEST_DATABASE_URL.",
        };
  return {
    naam: "aanvragen",
    toelichting:
      "perSeconde = 2xx-antwoorden per seconde over het meetvenster; latentie over 2xx-antwoorden (andere antwoorden staan in statuscodes). Commando's en de kale INSERT-route met dezelfde lastgenerator (gesloten lus, één verzoek tegelijk per klant, keep-alive, worker thread) en hetzelfde aantal verbindingen; de verhouding gebruikt het gemiddelde van de kale route vóór en na. Alles via 127.0.0.1. cpuMsPerAntwoord = CPU-tijd per 2xx-antwoord uit /proc: de hoofdthread (de dienst; bij PGlite ook de database), de overige threads van het proces (vooral V8-GC en de lastgenerator), alle PostgreSQL-processen; lastgeverCpuMsPerAntwoord = de lastgenerator alleen. Zie docs/adr/0670-bench-aanvragen.md en 0672.",
    doelen: {
      doorvoer: `commando ≥ ${DOEL_DOORVOER * 100} % van de kale INSERT-route`,
      p99: `commando-p99 < ${DOEL_P99} × die van de kale INSERT-route`,
      sse: `wijziging → SSE-client p99 < ${DOEL_SSE_P99_MS} ms bij 500 abonnees over twee instanties`,
    },
    instellingen: {
      ...o,
      regios: VEILIGHEIDSREGIOS.length,
      verbindingen: VEILIGHEIDSREGIOS.length * o.klantenPerRegio,
    },
    machine: { node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model ?? "onbekend" },
    postgres: benchPgUrl() ? "ja" : "overgeslagen: BENCH_DATABASE_URL of TEST_DATABASE_URL is niet gezet",
    stoot: stoten,
    sse: sseUitslag,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchAanvragen(), null, 2));
}
