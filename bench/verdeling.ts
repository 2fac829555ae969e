// Allocation benchmark (issue 5): seeded instances in the Netherlands, the exact flow method beside the
// plain two-stage HiGHS LP of the same model. Run alone: `node --import tsx bench/verdeling.ts`.
import { pathToFileURL } from "node:url";
import type { Instantie, VerdelingOplossing } from "../src/domain/verdeling/index.ts";
import { verdeel, verdeelMetHighsLp } from "../src/domain/verdeling/index.ts";
import { controleerHaalbaar, willekeurigeInstantie } from "../src/domain/verdeling/testhulp.ts";

interface Meting {
  seconden: number;
  bewezenOptimaal: boolean;
  priorityValue: number;
  arrivalMinutes: number;
  /** Process peak RSS so far (MB, resourceUsage().maxRSS): monotone, so the flow runs go first. */
  piekRssMB: number;
}

const piekRss = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;

async function meet(
  f: () => Promise<VerdelingOplossing> | VerdelingOplossing,
): Promise<Meting & { opl: VerdelingOplossing }> {
  const t0 = performance.now();
  const opl = await f();
  const seconden = (performance.now() - t0) / 1000;
  return {
    opl,
    seconden: Math.round(seconden * 1000) / 1000,
    bewezenOptimaal: Object.values(opl.bewijs).every((b) => b.bewezen),
    priorityValue: opl.objective.priorityValue,
    arrivalMinutes: Math.round(opl.objective.arrivalMinutes * 1000) / 1000,
    piekRssMB: piekRss(),
  };
}

const GROOTTES = [
  { naam: "300x600x8", demands: 300, units: 600, types: 8, seed: 20250300, doel: "sneller dan de HiGHS LP" },
  { naam: "2000x5000x10", demands: 2000, units: 5000, types: 10, seed: 20252000, doel: "< 5 s" },
] as const;

export async function benchVerdeling(
  opties: { lpTijdslimietSeconden?: number; grootLp?: boolean } = {},
): Promise<object> {
  const limiet = opties.lpTijdslimietSeconden ?? 300;
  const instanties: Instantie[] = GROOTTES.map((g) =>
    willekeurigeInstantie(g.seed, g.demands, g.units, g.types),
  );
  // Warm-up on a small instance so JIT compilation is not billed to the first size.
  verdeel(willekeurigeInstantie(1, 50, 100, 2));
  const stroom = [];
  for (const [k, g] of GROOTTES.entries()) {
    const m = await meet(() => verdeel(instanties[k]!));
    controleerHaalbaar(instanties[k]!, m.opl);
    const { opl: _o, ...rest } = m;
    stroom.push({
      grootte: g.naam,
      ...rest,
      maxSchending: Math.max(...Object.values(m.opl.bewijs).map((b) => b.maxSchending ?? 0)),
    });
  }
  const resultaten = [];
  for (const [k, g] of GROOTTES.entries()) {
    const s = stroom[k]!;
    let lp: object;
    if (g.demands > 300 && opties.grootLp === false) lp = { overgeslagen: true };
    else {
      try {
        const m = await meet(() => verdeelMetHighsLp(instanties[k]!, { time_limit: limiet }));
        const { opl: _o, ...rest } = m;
        lp = {
          ...rest,
          zelfdeDoelwaarde:
            m.priorityValue === s.priorityValue &&
            Math.abs(m.arrivalMinutes - s.arrivalMinutes) <= 1e-6 * s.arrivalMinutes + 1e-3,
          verhoudingLpDoorStroom: Math.round((m.seconden / Math.max(s.seconden, 1e-6)) * 10) / 10,
        };
      } catch (e) {
        lp = { fout: (e as Error).message, tijdslimietSeconden: limiet };
      }
    }
    resultaten.push({ grootte: g.naam, doel: g.doel, stroom: s, highsLp: lp });
  }
  return {
    naam: "verdeling",
    methode:
      "niveau-aantallen + min-cost flow (kortste paden met potentialen), duaal certificaat gecontroleerd",
    basislijn: "HiGHS LP in twee fasen (fase 2 op het optimale vlak van fase 1), één LP voor alle typen",
    node: process.version,
    resultaten,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const grootLp = !process.argv.includes("--zonder-groot-lp");
  console.log(JSON.stringify(await benchVerdeling({ grootLp }), null, 2));
}
