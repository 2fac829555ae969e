// Exact allocation over all types: types are independent (a unit serves only its own type), so each
// type is solved alone by the flow method and the results are joined.
import { aankomstMinuten } from "./geo.ts";
import {
  type Bewijs,
  type Demand,
  type Instantie,
  STANDAARD_SNELHEID_KMH,
  type Toewijzing,
  type Unit,
  type VerdelingOplossing,
  type VerdelingUitvoer,
} from "./model.ts";
import { losTypeOp } from "./stroom.ts";

export interface TypeGroep {
  type: string;
  units: number[];
  demands: number[];
}

/** Indices of units and demands per type, in input order (types in order of first appearance). */
export function groepeerPerType(inst: Pick<Instantie, "units" | "demands">): TypeGroep[] {
  const groepen = new Map<string, TypeGroep>();
  const groep = (t: string) => {
    let g = groepen.get(t);
    if (!g) {
      g = { type: t, units: [], demands: [] };
      groepen.set(t, g);
    }
    return g;
  };
  inst.units.forEach((u, i) => {
    groep(u.type).units.push(i);
  });
  inst.demands.forEach((d, i) => {
    groep(d.type).demands.push(i);
  });
  return [...groepen.values()];
}

/** Arrival-minute matrix of one type, row-major by demand. */
export function kostenMatrix(units: Unit[], demands: Demand[], g: TypeGroep, speedKmh: number): Float64Array {
  const U = g.units.length;
  const m = new Float64Array(g.demands.length * U);
  g.demands.forEach((di, d) => {
    const dem = demands[di]!;
    for (let j = 0; j < U; j++) {
      const un = units[g.units[j]!]!;
      m[d * U + j] = aankomstMinuten(un.readyMinutes, un.base, dem.location, speedKmh);
    }
  });
  return m;
}

/** Sorts assignments by demand input order, then arrival, then unit order, and sums the objective. */
export function maakUitvoer(
  inst: Pick<Instantie, "units" | "demands">,
  paren: { unit: number; demand: number; arrival: number }[],
): VerdelingUitvoer {
  paren.sort((x, y) => x.demand - y.demand || x.arrival - y.arrival || x.unit - y.unit);
  const gewicht = [0, 10000, 1000, 100, 10, 1];
  let priorityValue = 0;
  let arrivalMinutes = 0;
  const assignments: Toewijzing[] = paren.map((p) => {
    priorityValue += gewicht[inst.demands[p.demand]!.priority]!;
    arrivalMinutes += p.arrival;
    return {
      unitId: inst.units[p.unit]!.id,
      demandId: inst.demands[p.demand]!.id,
      arrivalMinutes: p.arrival,
    };
  });
  return { status: "optimal", assignments, objective: { priorityValue, arrivalMinutes } };
}

/**
 * Proven-optimal allocation for the contract's lexicographic objective (max priorityValue, then min
 * total arrival). Ignores `policy`; use `verdeelMetBeleid` when policy constraints are switched on.
 */
export function verdeel(inst: Instantie): VerdelingOplossing {
  const speed = inst.speedKmh ?? STANDAARD_SNELHEID_KMH;
  const paren: { unit: number; demand: number; arrival: number }[] = [];
  const bewijs: Record<string, Bewijs> = {};
  for (const g of groepeerPerType(inst)) {
    const kosten = kostenMatrix(inst.units, inst.demands, g, speed);
    const U = g.units.length;
    const opl = losTypeOp({
      nUnits: U,
      nDemands: g.demands.length,
      kosten,
      hoeveelheid: g.demands.map((d) => inst.demands[d]!.quantity),
      prioriteit: g.demands.map((d) => inst.demands[d]!.priority),
    });
    bewijs[g.type] = { methode: "stroom", bewezen: opl.bewezen, maxSchending: opl.maxSchending };
    for (let j = 0; j < U; j++) {
      const d = opl.toewijzing[j]!;
      if (d >= 0) paren.push({ unit: g.units[j]!, demand: g.demands[d]!, arrival: kosten[d * U + j]! });
    }
  }
  return { ...maakUitvoer(inst, paren), bewijs };
}
