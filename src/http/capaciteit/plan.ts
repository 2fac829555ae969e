// The capaciteiten- en inzetplan: build the allocation instance from the registry and the open
// demand of a period, store the computed proposal, and book an adopted plan. LCP §6.2.2
// ("Prioritering en verdeling defensiecapaciteit"); decisions in docs/adr/0351-capaciteit-inzetplan.md.
import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { laadAanvraag } from "../../db/aanvragen.ts";
import {
  boekCapaciteit,
  CapaciteitFout,
  laadVraag,
  standVanZaken,
  telToewijzing,
  type Vraag,
} from "../../db/capaciteit.ts";
import type { DB, PlanStatus } from "../../db/schema.ts";
import { capaciteitType } from "../../domain/capaciteit/catalogus.ts";
import {
  type DoelstellingId,
  doelstelling,
  prioriteitVoor,
  type Urgentie,
} from "../../domain/capaciteit/doelstellingen.ts";
import {
  BRON_INSTEMMING_OVJ,
  type InstemmingOvj,
  instemmingOvjVan,
  vraagtInstemmingOvj,
} from "../../domain/capaciteit/instemming-ovj.ts";
import {
  BEWAKINGSEENHEDEN,
  type PlanWaarschuwing,
  TIN_TYPE,
  tinWaarschuwing,
} from "../../domain/capaciteit/waarschuwingen.ts";
import type { Beleid, Instantie, Toewijzing, Uitleg } from "../../domain/verdeling/index.ts";
import type { Prioriteit } from "../../domain/verdeling/model.ts";
import type { VerdelingResultaat } from "../../werkers/verdeling-werker.ts";

export interface PlanEenheid {
  /** The id in the instance and in the explanations (readable). */
  label: string;
  eenheidId: string;
  itemId: string;
  itemNaam: string;
  volgnummer: number;
  typeId: string;
  organisatieNaam: string;
  regioId: string;
  regioNaam: string;
  lat: number;
  lon: number;
  reactietijdMinuten: number;
  reactietijdBekend: boolean;
}

export interface PlanVraag {
  label: string;
  vraagId: string;
  typeId: string;
  aantal: number;
  locatieNaam: string;
  regioId: string;
  regioNaam: string;
  lat: number;
  lon: number;
  van: string;
  tot: string;
  doelstelling: string;
  doelstellingNaam: string;
  urgentie: string;
  prioriteit: number;
  motivering: string;
  aanvrager: string;
  aanvraagId: string | null;
  /** For TIN: the OvJ's consent when the plan was computed (ADR 0353); absent in older plans. */
  instemmingOvj?: InstemmingOvj | null;
  /** Set when the Crisisberaad fixed this demand's priority for the plan (ADR 0300, 0351). */
  handmatig?: { prioriteit: number; motivering: string; door: string; op: string };
  /** The priority and motivering the demand had before a manual one. */
  oorspronkelijk?: { prioriteit: number; motivering: string };
}

export interface PlanInvoer {
  instantie: Instantie;
  eenheden: PlanEenheid[];
  vragen: PlanVraag[];
  /** Absent in plans computed before warnings existed. */
  waarschuwingen?: PlanWaarschuwing[];
}

export interface PlanUitkomst {
  status: "optimal" | "infeasible";
  toewijzingen: Toewijzing[];
  doel: { priorityValue: number; arrivalMinutes: number } | null;
  bewezen: boolean;
  uitleg: Uitleg[];
  redenen: { type: string; regel: string; nl: string }[];
}

function uniek(basis: string, gezien: Set<string>): string {
  let l = basis;
  for (let n = 2; gezien.has(l); n++) l = `${basis} (${n})`;
  gezien.add(l);
  return l;
}

/** Types with open demand in the period (the plan covers these unless the user narrows it). */
export function typenMetVraag(vraag: Vraag[]): string[] {
  return [...new Set(vraag.filter((v) => v.aantal > v.toegewezen).map((v) => v.typeId))].sort();
}

/**
 * Units free for the whole period and the open demand overlapping it, as an allocation instance.
 * Ids in the instance are readable labels so the explanations read well; the plan keeps the mapping.
 */
export async function bouwInstantie(
  db: Kysely<DB>,
  periode: { van: Date; tot: Date },
  typen: string[] | undefined,
  beleid: Beleid,
  /** Which types with open demand count when `typen` is not given (a plan: only `isInzetplanType`). */
  standaard: (typeId: string) => boolean = () => true,
): Promise<PlanInvoer & { typen: string[]; waarschuwingen: PlanWaarschuwing[] }> {
  const vraag = await laadVraag(db, { van: periode.van, tot: periode.tot, open: true });
  const gekozenTypen = typen?.length ? typen : typenMetVraag(vraag).filter(standaard);
  const typeSet = new Set(gekozenTypen);
  const alles = await standVanZaken(db, periode);
  const stand = alles.filter((s) => typeSet.has(s.typeId));
  const labels = new Set<string>();
  const eenheden: PlanEenheid[] = [];
  for (const s of stand) {
    const t = capaciteitType(s.typeId);
    const bekend = s.reactietijdMinuten ?? t?.reactietijdMinuten ?? null;
    for (const e of s.eenheden) {
      if (e.toestand !== "beschikbaar") continue;
      eenheden.push({
        label: uniek(s.aantal > 1 ? `${s.naam} #${e.volgnummer}` : s.naam, labels),
        eenheidId: e.eenheidId,
        itemId: s.itemId,
        itemNaam: s.naam,
        volgnummer: e.volgnummer,
        typeId: s.typeId,
        organisatieNaam: s.organisatieNaam,
        regioId: s.regioId,
        regioNaam: s.regioNaam,
        lat: s.lat,
        lon: s.lon,
        reactietijdMinuten: bekend ?? 0,
        reactietijdBekend: bekend !== null,
      });
    }
  }
  const vragen: PlanVraag[] = vraag
    .filter((v) => typeSet.has(v.typeId) && v.aantal > v.toegewezen)
    .map((v) => ({
      label: uniek(v.locatieNaam, labels),
      vraagId: v.id,
      typeId: v.typeId,
      aantal: v.aantal - v.toegewezen,
      locatieNaam: v.locatieNaam,
      regioId: v.regioId,
      regioNaam: v.regioNaam,
      lat: v.lat,
      lon: v.lon,
      van: v.van,
      tot: v.tot,
      doelstelling: v.doelstelling,
      doelstellingNaam: doelstelling(v.doelstelling).naam,
      urgentie: v.urgentie,
      prioriteit: v.prioriteit,
      motivering: v.motivering,
      aanvrager: v.aanvrager,
      aanvraagId: v.aanvraagId ?? null,
    }));
  // LCP §6.2.2 (leesbaar 66, 72-76): TIN rests on the OvJ's consent; the plan says where it is missing.
  const instemming = await instemmingenOvj(db, vragen);
  for (const v of vragen) if (instemming.has(v.vraagId)) v.instemmingOvj = instemming.get(v.vraagId) ?? null;
  const zonder = vragen.filter((v) => instemming.has(v.vraagId) && !instemming.get(v.vraagId));
  // LCP §6.2.2 (leesbaar 49-51): Defence assists once police and KMar capacity is no longer sufficient.
  const vrij: Partial<Record<(typeof BEWAKINGSEENHEDEN)[number], number>> = {};
  for (const s of alles)
    if ((BEWAKINGSEENHEDEN as readonly string[]).includes(s.typeId))
      vrij[s.typeId as (typeof BEWAKINGSEENHEDEN)[number]] =
        (vrij[s.typeId as (typeof BEWAKINGSEENHEDEN)[number]] ?? 0) +
        s.eenheden.filter((e) => e.toestand === "beschikbaar").length;
  const tin = tinWaarschuwing(
    vragen.filter((v) => v.typeId === TIN_TYPE).reduce((a, v) => a + v.aantal, 0),
    vrij,
  );
  const waarschuwingen: PlanWaarschuwing[] = tin ? [tin] : [];
  if (zonder.length) waarschuwingen.push(instemmingWaarschuwing(zonder.map((v) => v.label)));
  const instantie: Instantie = {
    units: eenheden.map((e) => ({
      id: e.label,
      type: e.typeId,
      base: { lat: e.lat, lon: e.lon },
      readyMinutes: e.reactietijdMinuten,
      region: e.regioId,
    })),
    demands: vragen.map((v) => ({
      id: v.label,
      type: v.typeId,
      quantity: v.aantal,
      priority: v.prioriteit,
      location: { lat: v.lat, lon: v.lon },
      region: v.regioId,
    })),
    policy: beleid,
  };
  return { instantie, eenheden, vragen, waarschuwingen, typen: gekozenTypen };
}

/**
 * The OvJ's consent per TIN demand (by vraagId; other demand is absent from the map): recorded on the
 * demand, or the consent step of the linked request (ADR 0353). Read now, not from the plan, since
 * consent may be recorded after the plan was computed.
 */
export async function instemmingenOvj(
  q: Kysely<DB> | Transaction<DB>,
  vragen: readonly { vraagId: string; typeId: string }[],
): Promise<Map<string, InstemmingOvj | null>> {
  const ids = vragen.filter((v) => vraagtInstemmingOvj(v.typeId)).map((v) => v.vraagId);
  const uit = new Map<string, InstemmingOvj | null>();
  if (ids.length === 0) return uit;
  for (const v of await laadVraag(q, { ids })) {
    const aanvraag = v.aanvraagId && !v.instemmingOvj ? await laadAanvraag(q, v.aanvraagId) : null;
    uit.set(v.id, instemmingOvjVan(v, aanvraag));
  }
  return uit;
}

export function instemmingWaarschuwing(labels: string[]): PlanWaarschuwing {
  return {
    code: "instemming-ovj-ontbreekt",
    tekst: `Instemming OvJ ontbreekt bij: ${labels.join(", ")}. Bijstand met TIN-pelotons vindt plaats onder het gezag van de officier van justitie; de NSGBO of SGBO vraagt haar aan met zijn instemming en het OM doet de formele bijstandsaanvraag. Het Crisisberaad stelt een plan waarin zo'n vraag eenheden krijgt niet vast totdat de instemming is vastgelegd (bij de vraag, of via de stap 'instemming OvJ' van de gekoppelde aanvraag).`,
    bron: BRON_INSTEMMING_OVJ,
  };
}

export function heeftBeleid(b: Beleid): boolean {
  return [b.minReservePerRegion, b.minUnitsPerDemand].some((r) => r && Object.values(r).some((n) => n > 0));
}

/** The explanations name types by id; on screen and on paper the catalogue name reads better. */
function leesbaar(u: Uitleg): Uitleg {
  const naam = capaciteitType(u.type)?.naam;
  if (!naam) return u;
  const v = (s: string | undefined) => s?.split(`type ${u.type}`).join(`type ${naam}`);
  return {
    ...u,
    waarom: v(u.waarom)!,
    kosten: v(u.kosten)!,
    ...(u.marginaal ? { marginaal: v(u.marginaal)! } : {}),
    ...(u.tekortReden ? { tekortReden: v(u.tekortReden)! } : {}),
  };
}

export function naarUitkomst(r: VerdelingResultaat): PlanUitkomst {
  if (r.status === "infeasible")
    return {
      status: "infeasible",
      toewijzingen: [],
      doel: null,
      bewezen: false,
      uitleg: [],
      redenen: r.redenen.map((x) => ({ type: x.type, regel: x.regel, nl: x.nl })),
    };
  return {
    status: "optimal",
    toewijzingen: r.oplossing.assignments,
    doel: r.oplossing.objective,
    bewezen: Object.values(r.oplossing.bewijs).every((b) => b.bewezen),
    uitleg: r.uitleg.map(leesbaar),
    redenen: [],
  };
}

/** The uitkomst of the Crisisberaad's besluit that fixes priorities for the plan (ADR 0351). */
export const PRIORITEITEN_HERZIEN = "prioriteiten-vastgesteld";

/**
 * The plan's input with the Crisisberaad's priorities for this situation: "Deze lijst is bedoeld als
 * richtinggevend hulpmiddel om doelstellingen en uitgangspunten per situatie vast te stellen" (LCP
 * §3.2.3, leesbaar 114-116), and prioritisation choices belong to the Crisisberaad and the ICCb (LCP
 * §6.2.2, leesbaar 87-88). The motivering goes with the demand into the plan (ADR 0300).
 */
export function metHandmatigePrioriteiten(
  invoer: PlanInvoer,
  prioriteiten: { vraag: string; prioriteit: number; motivering: string }[],
  wie: { door: string; op: string },
): PlanInvoer {
  const per = new Map<string, { prioriteit: number; motivering: string }>();
  for (const [i, x] of prioriteiten.entries()) {
    const veld = `prioriteiten[${i}]`;
    if (!invoer.vragen.some((v) => v.label === x.vraag))
      throw new CapaciteitFout("ongeldige-invoer", `Onbekende vraag '${x.vraag}' in dit plan.`, veld);
    if (per.has(x.vraag))
      throw new CapaciteitFout("ongeldige-invoer", `'${x.vraag}' staat er meer dan eens in.`, veld);
    if (!x.motivering.trim())
      throw new CapaciteitFout("ongeldige-invoer", "Een andere prioriteit vraagt een motivering.", veld);
    per.set(x.vraag, { prioriteit: x.prioriteit, motivering: x.motivering.trim() });
  }
  const vragen = invoer.vragen.map((v) => {
    const h = per.get(v.label);
    if (!h) return v;
    const b = prioriteitVoor(v.doelstelling as DoelstellingId, v.urgentie as Urgentie, {
      prioriteit: h.prioriteit as Prioriteit,
      motivering: `${h.motivering} (Crisisberaad Opschaling BB, vastgelegd door ${wie.door})`,
    });
    return {
      ...v,
      prioriteit: b.prioriteit,
      motivering: b.motivering,
      handmatig: { prioriteit: h.prioriteit, motivering: h.motivering, ...wie },
      oorspronkelijk: v.oorspronkelijk ?? { prioriteit: v.prioriteit, motivering: v.motivering },
    };
  });
  const prio = new Map(vragen.map((v) => [v.label, v.prioriteit]));
  return {
    ...invoer,
    vragen,
    instantie: {
      ...invoer.instantie,
      demands: invoer.instantie.demands.map((d) => ({
        ...d,
        priority: (prio.get(d.id) ?? d.priority) as Prioriteit,
      })),
    },
  };
}

const sleutel = (t: { unitId: string; demandId: string }) => `${t.unitId}|${t.demandId}`;

/**
 * The ICCb decision an adoption would silently pass over, or null. After an ICCb decision that
 * departs from the Crisisberaad's advice ("advies-aangepast", "advies-niet-overgenomen"), the
 * proposal as it stood may not be adopted unchanged without saying why: a recomputation with
 * priorities fixed after the decision, or amended assignments that differ, count as a change;
 * rejecting is always possible. ADR 0351.
 */
export function ongewijzigdNaIccb(
  plan: Pick<Plan, "besluiten" | "uitkomst">,
  uitkomst: string,
  toewijzingen?: { unitId: string; demandId: string }[],
): PlanBesluit | null {
  if (uitkomst === "verworpen") return null;
  let i = plan.besluiten.length - 1;
  while (i >= 0 && !(plan.besluiten[i]!.orgaan === "iccb" && plan.besluiten[i]!.soort === "besluit")) i--;
  const besluit = plan.besluiten[i];
  if (!besluit || besluit.uitkomst === "advies-overgenomen") return null;
  if (
    plan.besluiten
      .slice(i + 1)
      .some((b) => b.orgaan === "crisisberaad" && b.uitkomst === PRIORITEITEN_HERZIEN)
  )
    return null;
  if (uitkomst === "gewijzigd" && toewijzingen) {
    const oud = new Set(plan.uitkomst.toewijzingen.map(sleutel));
    const nieuw = new Set(toewijzingen.map(sleutel));
    if (oud.size !== nieuw.size || [...nieuw].some((k) => !oud.has(k))) return null;
  }
  return besluit;
}

export async function volgendNummer(trx: Transaction<DB>, nu: Date): Promise<string> {
  const jaar = nu.getUTCFullYear();
  const r = await trx
    .selectFrom("capaciteit_plannen")
    .select((e) => e.fn.countAll<number>().as("n"))
    .where("nummer", "like", `CIP-${jaar}-%`)
    .executeTakeFirstOrThrow();
  return `CIP-${jaar}-${String(Number(r.n) + 1).padStart(4, "0")}`;
}

export interface PlanBesluit {
  id: string;
  orgaan: "crisisberaad" | "iccb";
  soort: "beoordeling" | "voorlegging" | "besluit";
  uitkomst: string;
  toelichting: string;
  gegevens: unknown;
  door: string;
  doorNaam: string;
  op: string;
}

export interface Plan {
  id: string;
  nummer: string;
  status: PlanStatus;
  periode: { van: string; tot: string };
  typen: string[];
  beleid: Beleid;
  invoer: PlanInvoer;
  uitkomst: PlanUitkomst;
  rekentijdMs: number;
  opgesteldDoor: string;
  opgesteldNamens: string;
  opgesteldOp: string;
  ingediendOp: string | null;
  vastgesteldeToewijzingen: Toewijzing[] | null;
  besluiten: PlanBesluit[];
  boekingen: { id: string; eenheidId: string; soort: string; van: string; tot: string; vrij: boolean }[];
  versie: number;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function laadPlannen(db: Kysely<DB> | Transaction<DB>, id?: string): Promise<Plan[]> {
  let q = db
    .selectFrom("capaciteit_plannen as p")
    .innerJoin("gebruikers as g", "g.id", "p.opgesteld_door")
    .innerJoin("organisaties as o", "o.id", "p.opgesteld_namens")
    .selectAll("p")
    .select(["g.naam as door_naam", "o.naam as org_naam"])
    .orderBy("p.opgesteld_op", "desc");
  if (id) q = q.where("p.id", "=", id);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const besluiten = await db
    .selectFrom("capaciteit_plan_besluiten as b")
    .innerJoin("gebruikers as g", "g.id", "b.door")
    .selectAll("b")
    .select("g.naam as door_naam")
    .where("b.plan_id", "in", ids)
    .orderBy("b.op")
    .execute();
  const boekingen = id
    ? await db
        .selectFrom("capaciteit_boekingen")
        .select(["id", "eenheid_id", "soort", "plan_id", "vrijgegeven_op", "gevraagd_van", "gevraagd_tot"])
        .where("plan_id", "=", id)
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    nummer: r.nummer,
    status: r.status,
    periode: { van: iso(r.periode_van)!, tot: iso(r.periode_tot)! },
    typen: r.typen,
    beleid: r.beleid as Beleid,
    invoer: r.invoer as PlanInvoer,
    uitkomst: r.uitkomst as PlanUitkomst,
    rekentijdMs: r.rekentijd_ms,
    opgesteldDoor: r.door_naam,
    opgesteldNamens: r.org_naam,
    opgesteldOp: iso(r.opgesteld_op)!,
    ingediendOp: iso(r.ingediend_op),
    vastgesteldeToewijzingen: (r.vastgestelde_toewijzingen as Toewijzing[] | null) ?? null,
    besluiten: besluiten
      .filter((b) => b.plan_id === r.id)
      .map((b) => ({
        id: b.id,
        orgaan: b.orgaan,
        soort: b.soort,
        uitkomst: b.uitkomst,
        toelichting: b.toelichting,
        gegevens: b.gegevens,
        door: b.door,
        doorNaam: b.door_naam,
        op: iso(b.op)!,
      })),
    boekingen: boekingen.map((b) => ({
      id: b.id,
      eenheidId: b.eenheid_id,
      soort: b.soort,
      van: iso(b.gevraagd_van)!,
      tot: iso(b.gevraagd_tot)!,
      vrij: b.vrijgegeven_op !== null,
    })),
    versie: r.versie,
  }));
}

/** Checks an amended allocation against the plan's instance: right types, each unit once, ≤ quantity. */
export function controleerWijziging(
  invoer: PlanInvoer,
  toewijzingen: { unitId: string; demandId: string }[],
) {
  const units = new Map(invoer.eenheden.map((e) => [e.label, e]));
  const vragen = new Map(invoer.vragen.map((v) => [v.label, v]));
  const gebruikt = new Set<string>();
  const perVraag = new Map<string, number>();
  for (const [i, t] of toewijzingen.entries()) {
    const u = units.get(t.unitId);
    const v = vragen.get(t.demandId);
    const veld = `toewijzingen[${i}]`;
    if (!u)
      throw new CapaciteitFout("ongeldige-invoer", `Onbekende eenheid '${t.unitId}' in dit plan.`, veld);
    if (!v)
      throw new CapaciteitFout("ongeldige-invoer", `Onbekende vraag '${t.demandId}' in dit plan.`, veld);
    if (u.typeId !== v.typeId)
      throw new CapaciteitFout(
        "ongeldige-invoer",
        `${t.unitId} is niet van het type dat ${t.demandId} vraagt.`,
        veld,
      );
    if (gebruikt.has(t.unitId))
      throw new CapaciteitFout("ongeldige-invoer", `${t.unitId} is meer dan eens toegewezen.`, veld);
    gebruikt.add(t.unitId);
    const n = (perVraag.get(t.demandId) ?? 0) + 1;
    if (n > v.aantal)
      throw new CapaciteitFout(
        "ongeldige-invoer",
        `${t.demandId} krijgt meer eenheden dan gevraagd (${v.aantal}).`,
        veld,
      );
    perVraag.set(t.demandId, n);
  }
}

/**
 * Books an adopted plan: a reservation per assigned unit for the overlap of the plan period and the
 * demand's period. A unit taken in the meantime makes the whole adoption fail (409): the plan must be
 * recomputed, never silently partly booked.
 */
export async function boekPlan(
  trx: Transaction<DB>,
  plan: Plan,
  toewijzingen: { unitId: string; demandId: string }[],
  door: string,
  nu: Date,
) {
  const units = new Map(plan.invoer.eenheden.map((e) => [e.label, e]));
  const vragen = new Map(plan.invoer.vragen.map((v) => [v.label, v]));
  const perVraag = new Map<string, number>();
  const geboekt: string[] = [];
  for (const t of toewijzingen) {
    const u = units.get(t.unitId)!;
    const v = vragen.get(t.demandId)!;
    const van = new Date(Math.max(Date.parse(plan.periode.van), Date.parse(v.van)));
    const tot = new Date(Math.min(Date.parse(plan.periode.tot), Date.parse(v.tot)));
    try {
      const b = await boekCapaciteit(
        trx,
        {
          itemId: u.itemId,
          eenheidIds: [u.eenheidId],
          planId: plan.id,
          vraagId: v.vraagId,
          ...(v.aanvraagId ? { aanvraagId: v.aanvraagId } : {}),
          van,
          tot,
          soort: "reservering",
          door,
        },
        nu,
      );
      geboekt.push(...b.map((x) => x.id));
    } catch (e) {
      if (e instanceof CapaciteitFout && e.code === "conflict")
        throw new CapaciteitFout(
          "conflict",
          `${t.unitId} is sinds de berekening van dit plan niet meer vrij (${e.message}). Bereken het plan opnieuw.`,
        );
      throw e;
    }
    perVraag.set(v.vraagId, (perVraag.get(v.vraagId) ?? 0) + 1);
  }
  for (const [vraagId, n] of perVraag) await telToewijzing(trx, vraagId, n, nu);
  return geboekt;
}

export async function slaBesluitOp(
  trx: Transaction<DB>,
  b: Omit<PlanBesluit, "id" | "doorNaam" | "op">,
  planId: string,
  nu: Date,
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto("capaciteit_plan_besluiten")
    .values({
      id,
      plan_id: planId,
      orgaan: b.orgaan,
      soort: b.soort,
      uitkomst: b.uitkomst,
      toelichting: b.toelichting,
      gegevens: JSON.stringify(b.gegevens ?? {}),
      door: b.door,
      op: nu,
    })
    .execute();
  return id;
}

/** Locks the plan row and checks its version and status. */
export async function vergrendelPlan(
  trx: Transaction<DB>,
  id: string,
  versie: number,
  toegestaan: PlanStatus[],
  handeling: string,
) {
  const r = await trx
    .selectFrom("capaciteit_plannen")
    .select(["id", "status", "versie"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new CapaciteitFout("niet-gevonden", "Dit plan bestaat niet.");
  if (r.versie !== versie)
    throw new CapaciteitFout(
      "conflict",
      `Het plan is intussen gewijzigd (u zag versie ${versie}, nu is het versie ${r.versie}). Laad het opnieuw.`,
    );
  if (!toegestaan.includes(r.status))
    throw new CapaciteitFout(
      "niet-toegestaan",
      `${handeling} kan niet: het plan heeft de status '${r.status}'.`,
    );
  return r;
}

export async function zetPlanStatus(
  trx: Transaction<DB>,
  id: string,
  versie: number,
  status: PlanStatus,
  extra: Partial<{ ingediend_door: string; ingediend_op: Date; vastgestelde_toewijzingen: string }> = {},
  nu: Date = new Date(),
) {
  await trx
    .updateTable("capaciteit_plannen")
    .set({ status, versie: versie + 1, gewijzigd: nu, ...extra })
    .where("id", "=", id)
    .execute();
  return versie + 1;
}
