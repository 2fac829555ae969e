// `npm run bench`: runs every bench module and prints ONE JSON document to stdout; progress
// goes to stderr. `npm run bench -- fundament` runs only the named module(s).
//
// Adding a module: write bench/<naam>.ts exporting `async function bench<Naam>(): Promise<object>`
// and add one line to MODULES. A listed file that does not exist yet is reported as skipped,
// so modules written in parallel plug in without touching this file again.
import { existsSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

interface BenchModule {
  naam: string;
  bestand: string;
  functie: string;
  opties?: () => unknown;
}

const MODULES: BenchModule[] = [
  // Issue 2: login and an authenticated read under load, beside a bare Fastify route.
  { naam: "fundament", bestand: "./fundament.ts", functie: "benchFundament" },
  // Issue 5: allocation, exact flow method beside a plain HiGHS LP.
  {
    naam: "verdeling",
    bestand: "./verdeling.ts",
    functie: "benchVerdeling",
    opties: () => ({ grootLp: !process.argv.includes("--zonder-groot-lp") }),
  },
  // Issue 4: a surge of request commands beside a bare single-INSERT route; SSE delay.
  { naam: "aanvragen", bestand: "./aanvragen.ts", functie: "benchAanvragen" },
];

const log = (...m: unknown[]) => console.error("[bench]", ...m);

async function main(): Promise<number> {
  const gevraagd = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const onbekend = gevraagd.filter((n) => !MODULES.some((m) => m.naam === n));
  if (onbekend.length) {
    console.error(
      `Onbekende bench-module(s): ${onbekend.join(", ")}. Bekend: ${MODULES.map((m) => m.naam).join(", ")}`,
    );
    return 2;
  }
  const teDraaien = gevraagd.length ? MODULES.filter((m) => gevraagd.includes(m.naam)) : MODULES;

  // Modules may print; only the final document belongs on stdout.
  const echteLog = console.log;
  console.log = console.error;
  console.info = console.error;

  const gestart = new Date();
  const modules: Record<string, unknown> = {};
  const fouten: Record<string, string> = {};
  for (const m of teDraaien) {
    const pad = fileURLToPath(new URL(m.bestand, import.meta.url));
    if (!existsSync(pad)) {
      log(`${m.naam}: overgeslagen (${m.bestand} bestaat niet)`);
      modules[m.naam] = { overgeslagen: `bench/${m.bestand.slice(2)} bestaat (nog) niet` };
      continue;
    }
    log(`${m.naam}: start`);
    const t0 = performance.now();
    try {
      const mod = (await import(m.bestand)) as Record<string, unknown>;
      const f = mod[m.functie];
      if (typeof f !== "function") throw new Error(`${m.bestand} exporteert geen ${m.functie}()`);
      modules[m.naam] = await (f as (o?: unknown) => Promise<unknown>)(m.opties?.());
      log(`${m.naam}: klaar in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      const err = e as Error;
      fouten[m.naam] = err.stack ?? err.message;
      log(`${m.naam}: MISLUKT — ${err.message}`);
    }
  }

  console.log = echteLog;
  console.log(
    JSON.stringify(
      {
        knooppuntBench: 1,
        gestart: gestart.toISOString(),
        duurSeconden: Math.round((Date.now() - gestart.getTime()) / 100) / 10,
        machine: {
          node: process.version,
          platform: `${process.platform}-${process.arch}`,
          cpus: availableParallelism(),
          cpu: cpus()[0]?.model ?? "onbekend",
          geheugenGB: Math.round(totalmem() / 1024 ** 3),
        },
        modules,
        ...(Object.keys(fouten).length ? { fouten } : {}),
      },
      null,
      2,
    ),
  );
  return Object.keys(fouten).length ? 1 : 0;
}

process.exitCode = await main();
