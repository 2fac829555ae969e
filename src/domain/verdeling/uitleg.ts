// Dutch explanation per demand: why it got these units, what that costs other demands, what stays
// unfilled and why (issue 5: "Every allocation comes with its explanation in Dutch").
import {
  type Instantie,
  PRIORITEITSWAARDE,
  type Prioriteit,
  STANDAARD_SNELHEID_KMH,
  type VerdelingUitvoer,
} from "./model.ts";
import { losTypeOp } from "./stroom.ts";
import { groepeerPerType, kostenMatrix } from "./verdeel.ts";

export interface Uitleg {
  demandId: string;
  type: string;
  prioriteit: number;
  gevraagd: number;
  toegewezen: { unitId: string; arrivalMinutes: number }[];
  tekort: number;
  /** Why this demand got these units. */
  waarom: string;
  /** What it costs other demands. */
  kosten: string;
  /** Exact effect of one unit less for this demand (re-solved), when asked for. */
  marginaal?: string;
  /** Why the rest stays unfilled (only when tekort > 0). */
  tekortReden?: string;
}

const min = (x: number) => `${x.toFixed(1).replace(".", ",")} min`;
const eenheden = (n: number) => (n === 1 ? "1 eenheid" : `${n} eenheden`);

export interface UitlegOpties {
  /** Re-solve each served demand's type with one unit less (exact, costs one solve per demand). */
  marginaal?: boolean;
  /** The allocation came from `verdeelMetBeleid`: unused units are held back by the policy. */
  beleid?: boolean;
}

export function verklaar(inst: Instantie, opl: VerdelingUitvoer, opties: UitlegOpties = {}): Uitleg[] {
  const speed = inst.speedKmh ?? STANDAARD_SNELHEID_KMH;
  const unitIndex = new Map(inst.units.map((u, i) => [u.id, i]));
  const demandIndex = new Map(inst.demands.map((d, i) => [d.id, i]));
  const dienstVan = new Int32Array(inst.units.length).fill(-1);
  const perDemand: { unitId: string; arrivalMinutes: number }[][] = inst.demands.map(() => []);
  for (const a of opl.assignments) {
    const d = demandIndex.get(a.demandId)!;
    dienstVan[unitIndex.get(a.unitId)!] = d;
    perDemand[d]!.push({ unitId: a.unitId, arrivalMinutes: a.arrivalMinutes });
  }
  const uit: Uitleg[] = [];
  for (const g of groepeerPerType(inst)) {
    const kosten = kostenMatrix(inst.units, inst.demands, g, speed);
    const U = g.units.length;
    const tekortVan = (di: number) => inst.demands[di]!.quantity - perDemand[di]!.length;
    g.demands.forEach((di, d) => {
      const dem = inst.demands[di]!;
      const toegewezen = perDemand[di]!;
      const tekort = tekortVan(di);
      const p = dem.priority;
      let waarom: string;
      if (toegewezen.length === 0)
        waarom = `Aanvraag ${dem.id} (prioriteit ${p}) krijgt geen eenheden van type ${g.type}.`;
      else {
        const lijst = toegewezen.map((t) => `${t.unitId} (aankomst ${min(t.arrivalMinutes)})`).join(", ");
        waarom = `Aanvraag ${dem.id} (prioriteit ${p}) krijgt ${toegewezen.length} van ${dem.quantity} gevraagde eenheden van type ${g.type}: ${lijst}. Hogere prioriteit gaat voor; bij gelijke prioriteit beslist de vroegste aankomst (reactietijd + reistijd), zodat de totale aankomsttijd over alle aanvragen zo klein mogelijk is.`;
        // The fastest unit for this demand, if it went elsewhere, says why.
        let snelste = -1;
        for (let j = 0; j < U; j++)
          if (snelste < 0 || kosten[d * U + j]! < kosten[d * U + snelste]!) snelste = j;
        const elders = snelste >= 0 ? dienstVan[g.units[snelste]!]! : -1;
        if (snelste >= 0 && elders !== di && elders >= 0) {
          const e = inst.demands[elders]!;
          const uid = inst.units[g.units[snelste]!]!.id;
          waarom +=
            e.priority < p
              ? ` De snelste eenheid ${uid} (${min(kosten[d * U + snelste]!)}) gaat naar ${e.id}, die een hogere prioriteit (${e.priority}) heeft.`
              : ` De snelste eenheid ${uid} (${min(kosten[d * U + snelste]!)}) gaat naar ${e.id} (prioriteit ${e.priority}); zo is de totale aankomsttijd kleiner dan wanneer ${dem.id} haar zou krijgen.`;
        }
      }
      const lager = g.demands.filter((e) => inst.demands[e]!.priority > p && tekortVan(e) > 0);
      const gelijk = g.demands.filter((e) => e !== di && inst.demands[e]!.priority === p && tekortVan(e) > 0);
      let kostenTekst: string;
      if (toegewezen.length === 0) kostenTekst = "Deze aanvraag legt geen beslag op eenheden.";
      else if (lager.length === 0 && gelijk.length === 0)
        kostenTekst = `Dit gaat niet ten koste van andere aanvragen: geen andere aanvraag van type ${g.type} met gelijke of lagere prioriteit komt tekort.`;
      else {
        const delen: string[] = [];
        if (lager.length)
          delen.push(
            `aanvragen met lagere prioriteit komen tekort: ${lager.map((e) => `${inst.demands[e]!.id} (prioriteit ${inst.demands[e]!.priority}, ${tekortVan(e)} tekort)`).join(", ")}`,
          );
        if (gelijk.length)
          delen.push(
            `aanvragen met dezelfde prioriteit komen tekort omdat deze eenheden hier eerder ter plaatse zijn: ${gelijk.map((e) => `${inst.demands[e]!.id} (${tekortVan(e)} tekort)`).join(", ")}`,
          );
        kostenTekst = `Deze eenheden zijn niet beschikbaar voor anderen; ${delen.join("; ")}.`;
      }
      const item: Uitleg = {
        demandId: dem.id,
        type: g.type,
        prioriteit: p,
        gevraagd: dem.quantity,
        toegewezen,
        tekort,
        waarom,
        kosten: kostenTekst,
      };
      if (opties.marginaal && toegewezen.length > 0 && !opties.beleid)
        item.marginaal = marginaal(inst, g.demands, g.units.length, kosten, d);
      if (tekort > 0) {
        const inzet = g.units.map((u) => dienstVan[u]!).filter((x) => x >= 0);
        const ongebruikt = U - inzet.length;
        if (U === 0) item.tekortReden = `Er zijn geen eenheden van type ${g.type} beschikbaar.`;
        else if (ongebruikt > 0 && opties.beleid)
          item.tekortReden = `${eenheden(ongebruikt)} van type ${g.type} blijven onbenut door het ingeschakelde beleid (regionale reserve); daardoor ${tekort === 1 ? "blijft" : "blijven"} ${eenheden(tekort)} tekort.`;
        else {
          const hoger = inzet.filter((x) => inst.demands[x]!.priority < p).length;
          const zelfde = inzet.filter((x) => x !== di && inst.demands[x]!.priority === p).length;
          const delen = [`${hoger} bij aanvragen met hogere prioriteit`];
          if (zelfde)
            delen.push(`${zelfde} bij aanvragen met dezelfde prioriteit die samen eerder ter plaatse zijn`);
          if (inzet.length - hoger - zelfde - toegewezen.length > 0)
            delen.push(
              `${inzet.length - hoger - zelfde - toegewezen.length} bij aanvragen met lagere prioriteit (vereist door beleid)`,
            );
          item.tekortReden = `Alle ${eenheden(U)} van type ${g.type} zijn ingezet: ${delen.join(", ")}. Er ${tekort === 1 ? "blijft" : "blijven"} ${eenheden(tekort)} tekort.`;
        }
      }
      uit.push(item);
    });
  }
  // Report in input order.
  return uit.sort((a, b) => demandIndex.get(a.demandId)! - demandIndex.get(b.demandId)!);
}

/** Exact: re-solve the type with this demand's quantity one lower and describe the difference. */
function marginaal(
  inst: Instantie,
  demands: number[],
  nUnits: number,
  kosten: Float64Array,
  d: number,
): string {
  const q = demands.map((x) => inst.demands[x]!.quantity);
  const pr = demands.map((x) => inst.demands[x]!.priority);
  const voor = losTypeOp({ nUnits, nDemands: demands.length, kosten, hoeveelheid: q, prioriteit: pr });
  q[d]! -= 1;
  const na = losTypeOp({ nUnits, nDemands: demands.length, kosten, hoeveelheid: q, prioriteit: pr });
  const tel = (t: Int32Array) => {
    const c = new Int32Array(demands.length);
    for (const x of t) if (x >= 0) c[x]!++;
    return c;
  };
  const cv = tel(voor.toewijzing);
  const cn = tel(na.toewijzing);
  const winnaars = demands
    .map((x, i) => ({ id: inst.demands[x]!.id, p: inst.demands[x]!.priority, delta: cn[i]! - cv[i]! }))
    .filter((w, i) => i !== d && w.delta > 0);
  const dpv = na.priorityValue - voor.priorityValue;
  const dt = na.arrivalMinutes - voor.arrivalMinutes;
  const eigen = inst.demands[demands[d]!]!;
  const wie = winnaars.length
    ? `krijgt ${winnaars.map((w) => `${w.id} (prioriteit ${w.p})`).join(" en ")} er een eenheid bij`
    : "blijft er een eenheid ongebruikt";
  const verschil = PRIORITEITSWAARDE[eigen.priority as Prioriteit];
  return `Met één eenheid minder voor ${eigen.id} ${wie}: prioriteitswaarde ${dpv >= 0 ? "+" : ""}${dpv} (deze aanvraag levert ${verschil} per eenheid), totale aankomsttijd ${dt >= 0 ? "+" : "−"}${min(Math.abs(dt))}.`;
}
