// Test helpers: random instances in the Netherlands, a feasibility check and a brute-force optimum.
import { aankomstMinuten } from "./geo.ts";
import {
  type Instantie,
  PRIORITEITSWAARDE,
  type Prioriteit,
  STANDAARD_SNELHEID_KMH,
  type VerdelingUitvoer,
} from "./model.ts";

/** Deterministic PRNG (mulberry32), so benchmark and test instances are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random instance with points inside the Netherlands' bounding box (50.75–53.55 N, 3.36–7.23 E). */
export function willekeurigeInstantie(
  seed: number,
  nDemands: number,
  nUnits: number,
  nTypes: number,
  opties: { maxQuantity?: number; regios?: number } = {},
): Instantie {
  const r = prng(seed);
  const punt = () => ({ lat: 50.75 + r() * 2.8, lon: 3.36 + r() * 3.87 });
  const maxQ = opties.maxQuantity ?? 4;
  const regio = () => (opties.regios ? { region: `R${1 + Math.floor(r() * opties.regios)}` } : {});
  return {
    units: Array.from({ length: nUnits }, (_, i) => ({
      id: `u${i}`,
      type: `t${Math.floor(r() * nTypes)}`,
      base: punt(),
      readyMinutes: Math.floor(r() * 120),
      ...regio(),
    })),
    demands: Array.from({ length: nDemands }, (_, i) => ({
      id: `d${i}`,
      type: `t${Math.floor(r() * nTypes)}`,
      quantity: 1 + Math.floor(r() * maxQ),
      priority: 1 + Math.floor(r() * 5),
      location: punt(),
      ...regio(),
    })),
  };
}

/** Throws when an allocation breaks the contract's constraints or misreports its objective. */
export function controleerHaalbaar(inst: Instantie, opl: VerdelingUitvoer): void {
  const speed = inst.speedKmh ?? STANDAARD_SNELHEID_KMH;
  const units = new Map(inst.units.map((u) => [u.id, u]));
  const demands = new Map(inst.demands.map((d) => [d.id, d]));
  const gebruikt = new Set<string>();
  const teller = new Map<string, number>();
  let pv = 0;
  let t = 0;
  for (const a of opl.assignments) {
    const u = units.get(a.unitId);
    const d = demands.get(a.demandId);
    if (!u || !d) throw new Error(`onbekende id in ${JSON.stringify(a)}`);
    if (u.type !== d.type) throw new Error(`type verschilt: ${a.unitId} -> ${a.demandId}`);
    if (gebruikt.has(a.unitId)) throw new Error(`eenheid ${a.unitId} dubbel ingezet`);
    gebruikt.add(a.unitId);
    teller.set(d.id, (teller.get(d.id) ?? 0) + 1);
    if ((teller.get(d.id) ?? 0) > d.quantity) throw new Error(`aanvraag ${d.id} krijgt te veel`);
    const verwacht = aankomstMinuten(u.readyMinutes, u.base, d.location, speed);
    if (Math.abs(verwacht - a.arrivalMinutes) > 1e-9) throw new Error(`aankomst klopt niet voor ${a.unitId}`);
    pv += PRIORITEITSWAARDE[d.priority as Prioriteit];
    t += a.arrivalMinutes;
  }
  if (pv !== opl.objective.priorityValue) throw new Error("priorityValue klopt niet");
  if (Math.abs(t - opl.objective.arrivalMinutes) > 1e-6) throw new Error("arrivalMinutes klopt niet");
}

/**
 * Brute force over every assignment (each unit: nothing or one demand of its type), optionally under
 * an extra feasibility predicate. Returns the lexicographic optimum, or undefined if none is feasible.
 */
export function bruteKracht(
  inst: Instantie,
  extra?: (keuze: Int32Array) => boolean,
): { priorityValue: number; arrivalMinutes: number } | undefined {
  const speed = inst.speedKmh ?? STANDAARD_SNELHEID_KMH;
  const U = inst.units.length;
  const opties = inst.units.map((u) => [
    -1,
    ...inst.demands.flatMap((d, i) => (d.type === u.type ? [i] : [])),
  ]);
  const keuze = new Int32Array(U);
  const teller = new Int32Array(inst.demands.length);
  let beste: { priorityValue: number; arrivalMinutes: number } | undefined;
  const rec = (u: number, pv: number, t: number) => {
    if (u === U) {
      if (extra && !extra(keuze)) return;
      if (
        !beste ||
        pv > beste.priorityValue ||
        (pv === beste.priorityValue && t < beste.arrivalMinutes - 1e-9)
      )
        beste = { priorityValue: pv, arrivalMinutes: t };
      return;
    }
    for (const d of opties[u]!) {
      keuze[u] = d;
      if (d === -1) rec(u + 1, pv, t);
      else if (teller[d]! < inst.demands[d]!.quantity) {
        teller[d]!++;
        const dem = inst.demands[d]!;
        const un = inst.units[u]!;
        rec(
          u + 1,
          pv + PRIORITEITSWAARDE[dem.priority as Prioriteit],
          t + aankomstMinuten(un.readyMinutes, un.base, dem.location, speed),
        );
        teller[d]!--;
      }
    }
  };
  rec(0, 0, 0);
  return beste;
}
