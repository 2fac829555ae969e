// Exact allocation for one capacity type: level counts by an exchange argument, then a min-cost flow
// by successive shortest paths with potentials, checked by a dual certificate. See ADR 0301.
import { PRIORITEITSWAARDE, type Prioriteit } from "./model.ts";

export interface TypeProbleem {
  nUnits: number;
  nDemands: number;
  /** Arrival minutes, row-major by demand: kosten[d * nUnits + u]. All values >= 0. */
  kosten: Float64Array;
  hoeveelheid: ArrayLike<number>;
  prioriteit: ArrayLike<number>;
}

export interface TypeOplossing {
  /** Per unit: index of the demand it serves, or -1. */
  toewijzing: Int32Array;
  /** Units that go to each priority level 1..5 (index 0 unused). */
  perNiveau: number[];
  priorityValue: number;
  arrivalMinutes: number;
  /** Largest violation of the dual certificate (0 when every reduced cost is >= 0). */
  maxSchending: number;
  bewezen: boolean;
}

/** Reduced costs below -TOLERANTIE (minutes) void the proof; float noise stays far below it. */
export const TOLERANTIE = 1e-6;

/**
 * Stage 1. Any unit can serve any demand of its type, so units are interchangeable for the priority
 * objective: with strictly decreasing weights, the optimum fills levels 1, 2, ... in order, and this
 * count vector is the only optimal one (moving a unit up a level with room strictly gains).
 */
export function niveauAantallen(
  nUnits: number,
  hoeveelheid: ArrayLike<number>,
  prioriteit: ArrayLike<number>,
) {
  const vraag = [0, 0, 0, 0, 0, 0];
  for (let d = 0; d < hoeveelheid.length; d++) {
    const p = prioriteit[d]!;
    vraag[p] = vraag[p]! + hoeveelheid[d]!;
  }
  const k = [0, 0, 0, 0, 0, 0];
  let rest = nUnits;
  let deelNiveau = 0;
  for (let p = 1; p <= 5; p++) {
    k[p] = Math.min(rest, vraag[p]!);
    rest -= k[p]!;
    if (k[p]! > 0 && k[p]! < vraag[p]!) deelNiveau = p;
  }
  return { vraag, k, deelNiveau };
}

export function losTypeOp(p: TypeProbleem): TypeOplossing {
  const U = p.nUnits;
  const D = p.nDemands;
  const kosten = p.kosten;
  const toewijzing = new Int32Array(U).fill(-1);
  const { k, deelNiveau } = niveauAantallen(U, p.hoeveelheid, p.prioriteit);
  const kDeel = deelNiveau > 0 ? k[deelNiveau]! : 0;

  // Active demands: full levels (must get exactly quantity) and the one partial level (share kDeel).
  const actList: number[] = [];
  for (let d = 0; d < D; d++) {
    const pr = p.prioriteit[d]!;
    const q = p.hoeveelheid[d]!;
    if (q > 0 && k[pr]! > 0) actList.push(d);
  }
  const A = actList.length;
  const K = k.reduce((s, x) => s + x, 0);
  const perNiveau = k.slice();
  let priorityValue = 0;
  for (let lvl = 1; lvl <= 5; lvl++) priorityValue += k[lvl]! * PRIORITEITSWAARDE[lvl as Prioriteit];
  if (A === 0 || K === 0) {
    return { toewijzing, perNiveau, priorityValue, arrivalMinutes: 0, maxSchending: 0, bewezen: true };
  }

  const act = Int32Array.from(actList);
  const q = new Int32Array(A);
  const deel = new Uint8Array(A);
  for (let a = 0; a < A; a++) {
    q[a] = p.hoeveelheid[act[a]!]!;
    deel[a] = p.prioriteit[act[a]!] === deelNiveau ? 1 : 0;
  }
  // Unit-major copy of the active columns: the relax loop walks one unit across all demands.
  const cUA = new Float64Array(U * A);
  for (let a = 0; a < A; a++) {
    const rij = act[a]! * U;
    for (let u = 0; u < U; u++) cUA[u * A + a] = kosten[rij + u]!;
  }
  const c = (a: number, u: number) => cUA[u * A + a]!;

  const piU = new Float64Array(U);
  const piD = new Float64Array(A);
  let piP = 0;
  let piT = 0;
  const f = new Int32Array(A);
  let fDeel = 0;
  const assign = new Int32Array(U).fill(-1);
  const unitsVan: number[][] = Array.from({ length: A }, () => []);

  // Free units keep potential 0 (every search reaches them at distance 0), so the cheapest free unit
  // of a demand does not depend on potentials and can be cached, refreshed only when it gets used.
  const vrij = new Int32Array(U);
  const vrijPos = new Int32Array(U);
  let nVrij = U;
  for (let u = 0; u < U; u++) {
    vrij[u] = u;
    vrijPos[u] = u;
  }
  const besteVrij = new Int32Array(A);
  const besteVrijKost = new Float64Array(A);
  const herbereken = (a: number) => {
    let best = -1;
    let bk = Number.POSITIVE_INFINITY;
    for (let i = 0; i < nVrij; i++) {
      const u = vrij[i]!;
      const kk = cUA[u * A + a]!;
      if (kk < bk || (kk === bk && u < best)) {
        bk = kk;
        best = u;
      }
    }
    besteVrij[a] = best;
    besteVrijKost[a] = bk;
  };
  for (let a = 0; a < A; a++) herbereken(a);

  const P = A;
  const T = A + 1;
  const dist = new Float64Array(A + 2);
  const klaar = new Uint8Array(A + 2);
  const pred = new Int32Array(A);
  let predP = -1;
  let predT = -1;
  const distU = new Float64Array(U);
  const stempel = new Int32Array(U).fill(-1);
  const INF = Number.POSITIVE_INFINITY;

  for (let it = 0; it < K; it++) {
    dist.fill(INF);
    klaar.fill(0);
    for (let a = 0; a < A; a++) {
      const u = besteVrij[a]!;
      if (u >= 0) {
        dist[a] = besteVrijKost[a]! + piU[u]! - piD[a]!;
        pred[a] = u;
      }
    }
    for (;;) {
      let v = -1;
      let dv = INF;
      for (let i = 0; i < A + 2; i++) {
        if (klaar[i] === 0 && dist[i]! < dv) {
          dv = dist[i]!;
          v = i;
        }
      }
      if (v < 0) throw new Error("verdeling: geen verbeterend pad (interne fout)");
      if (v === T) break;
      klaar[v] = 1;
      if (v < A) {
        if (f[v]! < q[v]!) {
          if (deel[v] === 1) {
            const nd = dv + piD[v]! - piP;
            if (nd < dist[P]!) {
              dist[P] = nd;
              predP = v;
            }
          } else {
            const nd = dv + piD[v]! - piT;
            if (nd < dist[T]!) {
              dist[T] = nd;
              predT = v;
            }
          }
        }
        const lijst = unitsVan[v]!;
        for (let j = 0; j < lijst.length; j++) {
          const u = lijst[j]!;
          const du = dv - c(v, u) + piD[v]! - piU[u]!;
          distU[u] = du;
          stempel[u] = it;
          const basis = du + piU[u]!;
          const off = u * A;
          for (let a2 = 0; a2 < A; a2++) {
            if (klaar[a2] === 1) continue;
            const nd = basis + cUA[off + a2]! - piD[a2]!;
            if (nd < dist[a2]!) {
              dist[a2] = nd;
              pred[a2] = u;
            }
          }
        }
      } else {
        // Node P: the partial level's shared capacity kDeel.
        if (fDeel < kDeel) {
          const nd = dv + piP - piT;
          if (nd < dist[T]!) {
            dist[T] = nd;
            predT = P;
          }
        }
        for (let a2 = 0; a2 < A; a2++) {
          if (deel[a2] === 0 || f[a2] === 0 || klaar[a2] === 1) continue;
          const nd = dv + piP - piD[a2]!;
          if (nd < dist[a2]!) {
            dist[a2] = nd;
            pred[a2] = -1;
          }
        }
      }
    }
    const delta = dist[T]!;
    for (let a = 0; a < A; a++) piD[a]! += klaar[a] === 1 ? dist[a]! : delta;
    piP += klaar[P] === 1 ? dist[P]! : delta;
    piT += delta;
    for (let u = 0; u < U; u++) {
      if (assign[u] === -1) continue;
      piU[u]! += stempel[u] === it && distU[u]! < delta ? distU[u]! : delta;
    }

    // Augment along the predecessor chain, moving units between demands.
    let cur = predT === P ? predP : predT;
    let nieuw = -1;
    for (;;) {
      const x = pred[cur]!;
      if (x === -1) {
        cur = predP;
        continue;
      }
      const u = x;
      const oud = assign[u]!;
      assign[u] = cur;
      f[cur]!++;
      if (deel[cur] === 1) fDeel++;
      unitsVan[cur]!.push(u);
      if (oud === -1) {
        nieuw = u;
        break;
      }
      f[oud]!--;
      if (deel[oud] === 1) fDeel--;
      const l = unitsVan[oud]!;
      l.splice(l.indexOf(u), 1);
      cur = oud;
    }
    const pos = vrijPos[nieuw]!;
    const laatste = vrij[nVrij - 1]!;
    vrij[pos] = laatste;
    vrijPos[laatste] = pos;
    nVrij--;
    for (let a = 0; a < A; a++) if (besteVrij[a] === nieuw) herbereken(a);
  }

  // Dual certificate: every residual arc has reduced cost >= 0 => min-cost flow of value K.
  let minRc = 0;
  const zie = (rc: number) => {
    if (rc < minRc) minRc = rc;
  };
  for (let u = 0; u < U; u++) {
    const a0 = assign[u]!;
    const off = u * A;
    if (a0 === -1) zie(-piU[u]!);
    else {
      zie(piU[u]!);
      zie(-cUA[off + a0]! + piD[a0]! - piU[u]!);
    }
    for (let a = 0; a < A; a++) if (a !== a0) zie(cUA[off + a]! + piU[u]! - piD[a]!);
  }
  let haalbaar = true;
  for (let a = 0; a < A; a++) {
    const doel = deel[a] === 1 ? piP : piT;
    if (f[a]! < q[a]!) zie(piD[a]! - doel);
    if (f[a]! > 0) zie(doel - piD[a]!);
    if (deel[a] === 0 && f[a] !== q[a]) haalbaar = false;
  }
  if (kDeel > 0) {
    if (fDeel < kDeel) zie(piP - piT);
    if (fDeel > 0) zie(piT - piP);
    if (fDeel !== kDeel) haalbaar = false;
  }
  let arrivalMinutes = 0;
  for (let u = 0; u < U; u++) {
    const a = assign[u]!;
    if (a >= 0) {
      toewijzing[u] = act[a]!;
      arrivalMinutes += cUA[u * A + a]!;
    }
  }
  const maxSchending = -minRc;
  return {
    toewijzing,
    perNiveau,
    priorityValue,
    arrivalMinutes,
    maxSchending,
    bewezen: haalbaar && maxSchending <= TOLERANTIE,
  };
}
