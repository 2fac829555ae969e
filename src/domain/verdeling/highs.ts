// HiGHS models of the same allocation: the plain two-stage LP (benchmark baseline and cross-check)
// and the two-stage MIP used when policy constraints are switched on. HiGHS blocks its thread.

import {
  type Bewijs,
  type Instantie,
  type OnhaalbaarBeleid,
  PRIORITEITSWAARDE,
  type Prioriteit,
  STANDAARD_SNELHEID_KMH,
  type VerdelingOplossing,
} from "./model.ts";
import { groepeerPerType, kostenMatrix, maakUitvoer, type TypeGroep } from "./verdeel.ts";

type HighsSolver = {
  solve(
    lp: string,
    opties?: Record<string, unknown>,
  ): {
    Status: string;
    ObjectiveValue: number;
    Columns: Record<string, { Primal?: number; Dual?: number }>;
    Rows?: { Name: string; Dual?: number }[];
  };
};

let laden: Promise<HighsSolver> | undefined;
export function laadHighs(): Promise<HighsSolver> {
  laden ??= (async () => {
    const mod = (await import("highs")) as unknown as { default: () => Promise<HighsSolver> };
    return mod.default();
  })();
  return laden;
}

interface Paar {
  unit: number;
  demand: number;
  arrival: number;
  gewicht: number;
}

/** Builds LP text: objective, rows, then bounds/binaries; long expressions wrap across lines. */
function lpTekst(
  zin: "Maximize" | "Minimize",
  doel: string[],
  rijen: { naam: string; termen: string[]; rel: string; rhs: number }[],
  binair: string[],
): string {
  const wrap = (termen: string[]) => {
    const regels: string[] = [];
    for (let i = 0; i < termen.length; i += 12) regels.push(termen.slice(i, i + 12).join(" "));
    return regels.join("\n ");
  };
  const delen: string[] = [zin, ` obj: ${doel.length ? wrap(doel) : "0 x0"}`, "Subject To"];
  for (const r of rijen) delen.push(` ${r.naam}: ${wrap(r.termen)} ${r.rel} ${r.rhs}`);
  if (binair.length) {
    delen.push("Binary");
    for (let i = 0; i < binair.length; i += 20) delen.push(` ${binair.slice(i, i + 20).join(" ")}`);
  }
  delen.push("End");
  return delen.join("\n");
}

const plus = (coef: number, naam: string) => (coef < 0 ? `- ${-coef} ${naam}` : `+ ${coef} ${naam}`);

function paren(inst: Instantie, groepen: TypeGroep[], speed: number): Paar[] {
  const uit: Paar[] = [];
  for (const g of groepen) {
    const kosten = kostenMatrix(inst.units, inst.demands, g, speed);
    const U = g.units.length;
    g.demands.forEach((di, d) => {
      const gewicht = PRIORITEITSWAARDE[inst.demands[di]!.priority as Prioriteit];
      for (let j = 0; j < U; j++)
        uit.push({ unit: g.units[j]!, demand: di, arrival: kosten[d * U + j]!, gewicht });
    });
  }
  return uit;
}

interface ExtraRij {
  naam: string;
  leden: number[];
  rel: ">=" | "<=";
  rhs: number;
}

export type Fase2 = "optimaalvlak" | "prioriteitsrij";

/**
 * Two-stage solve: max priorityValue, then min arrival among the stage-1 optima.
 * - "prioriteitsrij" adds the row priorityValue >= V*: right for a MIP, but for the LP that row breaks
 *   total unimodularity and HiGHS may return a fractional vertex (seen on random instances).
 * - "optimaalvlak" restricts stage 2 to the optimal face of stage 1 (drop columns with a nonzero
 *   reduced cost, make rows with a nonzero dual tight): a face of a TU polytope, so vertices stay integral.
 */
function tweeFasen(
  highs: HighsSolver,
  inst: Instantie,
  ps: Paar[],
  extra: ExtraRij[],
  mip: boolean,
  opties: Record<string, unknown>,
  fase2: Fase2 = mip ? "prioriteitsrij" : "optimaalvlak",
): { status: "Optimal"; gekozen: Paar[]; integraal: boolean } | { status: string } {
  const naam = (i: number) => `x${i}`;
  if (ps.length === 0) return { status: "Optimal", gekozen: [], integraal: true };
  const perUnit = new Map<number, number[]>();
  const perDemand = new Map<number, number[]>();
  ps.forEach((p, i) => {
    (perUnit.get(p.unit) ?? perUnit.set(p.unit, []).get(p.unit)!).push(i);
    (perDemand.get(p.demand) ?? perDemand.set(p.demand, []).get(p.demand)!).push(i);
  });
  const rijen: { naam: string; leden: number[]; rel: string; rhs: number }[] = [];
  for (const [u, ix] of perUnit) rijen.push({ naam: `u${u}`, leden: ix, rel: "<=", rhs: 1 });
  for (const [d, ix] of perDemand)
    rijen.push({ naam: `d${d}`, leden: ix, rel: "<=", rhs: inst.demands[d]!.quantity });
  for (const r of extra)
    if (r.leden.length) rijen.push(r);
    else if ((r.rel === ">=" && r.rhs > 0) || (r.rel === "<=" && r.rhs < 0)) return { status: "Infeasible" };
  const alle = ps.map((_, i) => i);
  const tekstRijen = (rs: typeof rijen, mag: (i: number) => boolean) =>
    rs
      .map((r) => ({
        naam: r.naam,
        termen: r.leden.filter(mag).map((i) => plus(1, naam(i))),
        rel: r.rel,
        rhs: r.rhs,
      }))
      .filter((r) => r.termen.length > 0);
  const basisOpties = { output_flag: false, ...opties };
  const r1 = highs.solve(
    lpTekst(
      "Maximize",
      ps.map((p, i) => plus(p.gewicht, naam(i))),
      tekstRijen(rijen, () => true),
      mip ? alle.map(naam) : [],
    ),
    basisOpties,
  );
  if (r1.Status !== "Optimal") return { status: r1.Status };
  const waarde = Math.round(r1.ObjectiveValue);
  let r2: ReturnType<HighsSolver["solve"]>;
  let kolommen = alle;
  if (fase2 === "optimaalvlak") {
    const rijDuaal = new Map<string, number>();
    for (const r of r1.Rows ?? []) rijDuaal.set(r.Name, r.Dual ?? 0);
    kolommen = alle.filter((i) => Math.abs(r1.Columns[naam(i)]?.Dual ?? 0) <= 1e-6);
    const mag = new Uint8Array(ps.length);
    for (const i of kolommen) mag[i] = 1;
    const vlak = rijen.map((r) => (Math.abs(rijDuaal.get(r.naam) ?? 0) > 1e-6 ? { ...r, rel: "=" } : r));
    r2 = highs.solve(
      lpTekst(
        "Minimize",
        kolommen.map((i) => plus(ps[i]!.arrival, naam(i))),
        tekstRijen(vlak, (i) => mag[i] === 1),
        [],
      ),
      basisOpties,
    );
  } else {
    r2 = highs.solve(
      lpTekst(
        "Minimize",
        ps.map((p, i) => plus(p.arrival, naam(i))),
        [
          ...tekstRijen(rijen, () => true),
          // priorityValue is integral, so ">= V* - 0.5" fixes it without tolerance trouble.
          { naam: "pv", termen: ps.map((p, i) => plus(p.gewicht, naam(i))), rel: ">=", rhs: waarde - 0.5 },
        ],
        mip ? alle.map(naam) : [],
      ),
      basisOpties,
    );
  }
  if (r2.Status !== "Optimal") return { status: r2.Status };
  const gekozen: Paar[] = [];
  let integraal = true;
  for (const i of kolommen) {
    const x = r2.Columns[naam(i)]?.Primal ?? 0;
    if (x > 1e-6 && x < 1 - 1e-6) integraal = false;
    if (x > 0.5) gekozen.push(ps[i]!);
  }
  return { status: "Optimal", gekozen, integraal };
}

/**
 * The plain two-stage HiGHS LP of the whole model (all types in one LP). The assignment polytope is
 * totally unimodular; with stage 2 on the optimal face the simplex vertex HiGHS returns is integral.
 */
export async function verdeelMetHighsLp(
  inst: Instantie,
  opties: Record<string, unknown> = {},
  fase2: Fase2 = "optimaalvlak",
): Promise<VerdelingOplossing> {
  const highs = await laadHighs();
  const speed = inst.speedKmh ?? STANDAARD_SNELHEID_KMH;
  const ps = paren(inst, groepeerPerType(inst), speed);
  const r = tweeFasen(highs, inst, ps, [], false, opties, fase2);
  if (r.status !== "Optimal" || !("gekozen" in r))
    throw new Error(`HiGHS LP eindigde met status ${r.status}`);
  // Without an integral vertex the rounded pairs are not an optimum: then nothing is proven.
  const bewijs: Record<string, Bewijs> = { "*": { methode: "highs-lp", bewezen: r.integraal } };
  return { ...maakUitvoer(inst, r.gekozen), bewijs };
}

/**
 * Allocation with the policy constraints of `inst.policy` (two-stage MIP per type), or the clear
 * reasons why those constraints cannot all hold.
 */
export async function verdeelMetBeleid(
  inst: Instantie,
  opties: Record<string, unknown> = {},
): Promise<VerdelingOplossing | OnhaalbaarBeleid> {
  const highs = await laadHighs();
  const speed = inst.speedKmh ?? STANDAARD_SNELHEID_KMH;
  const reserve = inst.policy?.minReservePerRegion ?? {};
  const minimum = inst.policy?.minUnitsPerDemand ?? {};
  const redenen: OnhaalbaarBeleid["redenen"] = [];
  const gekozen: Paar[] = [];
  const bewijs: Record<string, Bewijs> = {};
  for (const g of groepeerPerType(inst)) {
    const ps = paren(inst, [g], speed);
    const extra: ExtraRij[] = [];
    const R = reserve[g.type] ?? 0;
    if (R > 0) {
      const perRegio = new Map<string, number>();
      for (const u of g.units) {
        const r = inst.units[u]!.region;
        if (r !== undefined) perRegio.set(r, (perRegio.get(r) ?? 0) + 1);
      }
      for (const [regio, n] of perRegio) {
        if (n < R) {
          redenen.push({
            type: g.type,
            regel: "minReservePerRegion",
            nl: `Regio ${regio} heeft maar ${n} eenheid/eenheden van type ${g.type}; een reserve van ${R} is niet haalbaar.`,
            en: `Region ${regio} has only ${n} unit(s) of type ${g.type}; a reserve of ${R} cannot be kept.`,
          });
          continue;
        }
        const leden: number[] = [];
        ps.forEach((p, i) => {
          if (inst.units[p.unit]!.region === regio && inst.demands[p.demand]!.region !== regio) leden.push(i);
        });
        extra.push({ naam: `r${extra.length}`, leden, rel: "<=", rhs: n - R });
      }
    }
    const m = minimum[g.type] ?? 0;
    if (m > 0) {
      let nodig = 0;
      for (const di of g.demands) {
        const eis = Math.min(inst.demands[di]!.quantity, m);
        nodig += eis;
        const leden: number[] = [];
        ps.forEach((p, i) => {
          if (p.demand === di) leden.push(i);
        });
        extra.push({ naam: `m${extra.length}`, leden, rel: ">=", rhs: eis });
      }
      if (nodig > g.units.length)
        redenen.push({
          type: g.type,
          regel: "minUnitsPerDemand",
          nl: `Voor type ${g.type} vraagt het minimum per aanvraag ${nodig} eenheden, maar er zijn er ${g.units.length}.`,
          en: `Type ${g.type}: the per-demand minimum needs ${nodig} units, but only ${g.units.length} exist.`,
        });
    }
    if (redenen.some((r) => r.type === g.type)) continue;
    const r = tweeFasen(highs, inst, ps, extra, true, { mip_rel_gap: 0, mip_abs_gap: 1e-9, ...opties });
    if (r.status === "Infeasible") {
      redenen.push({
        type: g.type,
        regel: "combinatie",
        nl: `Voor type ${g.type} zijn de regionale reserve en het minimum per aanvraag samen niet haalbaar.`,
        en: `Type ${g.type}: the regional reserve and the per-demand minimum cannot hold together.`,
      });
      continue;
    }
    if (r.status !== "Optimal" || !("gekozen" in r))
      throw new Error(`HiGHS MIP eindigde met status ${r.status}`);
    gekozen.push(...r.gekozen);
    bewijs[g.type] = { methode: "highs-mip", bewezen: true };
  }
  if (redenen.length) return { status: "infeasible", redenen };
  return { ...maakUitvoer(inst, gekozen), bewijs };
}
