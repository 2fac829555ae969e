// Storage of the NL-Alert workflow (migration 0005). Plain reads and the delivery queue; the rules
// live in src/http/nl-alert/regels.ts and every change goes through a route's `wijzig` transaction
// (or, for the gateway worker, a transaction that writes its own audit record).
import { type Kysely, sql, type Transaction } from "kysely";
import type { RegioContext, RegioGeometrie } from "../domain/nl-alert/index.ts";
import { VEILIGHEIDSREGIOS, vrId } from "../domain/organisaties/referentie.ts";
import type { DB } from "./schema.ts";

type Q = Kysely<DB> | Transaction<DB>;

export type Fase =
  | "concept"
  | "advies"
  | "second-opinion"
  | "besluit"
  | "niet-verzenden"
  | "vrijgegeven"
  | "verzonden"
  | "mislukt"
  | "beeindigd";

export interface AlertRij {
  id: string;
  regioId: string;
  incident: string;
  soort: "alert" | "update" | "einde-situatie";
  origineelId: string | null;
  scenario: string;
  status: "Actual" | "Exercise" | "Test";
  concept: unknown;
  fase: Fase;
  versie: number;
  besluit: "verzenden" | "niet-verzenden" | null;
  besluitAfweging: string | null;
  /** Advice put to the driehoek: yes / no, no time; null = not recorded (migration 0012). */
  besluitDriehoek: "ja" | "nee-geen-tijd" | null;
  besluitVersie: number | null;
  besluitDoor: string | null;
  besluitOp: Date | null;
  erkendeWaarschuwingen: string[];
  /** Reasons given with acknowledged warnings that need one (code → reason; migration 0011). */
  erkendRedenen: Record<string, string>;
  erkendVersie: number | null;
  erkendDoor: string | null;
  erkendOp: Date | null;
  capIdentifier: string | null;
  capSender: string | null;
  capSent: string | null;
  capXml: string | null;
  vrijgegevenDoor: string | null;
  vrijgegevenOp: Date | null;
  beeindigdOp: Date | null;
  /** The einde-situatie prompt closed without sending one (migration 0013). */
  eindeAfgeslotenDoor: string | null;
  eindeAfgeslotenOp: Date | null;
  eindeAfgeslotenReden: string | null;
  aangemaaktDoor: string;
  aangemaakt: Date;
  gewijzigd: Date;
}

const json = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
const datum = (v: Date | string | null) => (v === null ? null : new Date(v));

// biome-ignore lint/suspicious/noExplicitAny: a row straight from the driver
function naarAlert(r: any): AlertRij {
  return {
    id: r.id,
    regioId: r.regio_id,
    incident: r.incident,
    soort: r.soort,
    origineelId: r.origineel_id,
    scenario: r.scenario,
    status: r.status,
    concept: json(r.concept),
    fase: r.fase,
    versie: r.versie,
    besluit: r.besluit,
    besluitAfweging: r.besluit_afweging,
    besluitDriehoek: r.besluit_driehoek ?? null,
    besluitVersie: r.besluit_versie,
    besluitDoor: r.besluit_door,
    besluitOp: datum(r.besluit_op),
    erkendeWaarschuwingen: json(r.erkende_waarschuwingen) ?? [],
    erkendRedenen: json(r.erkend_redenen) ?? {},
    erkendVersie: r.erkend_versie,
    erkendDoor: r.erkend_door,
    erkendOp: datum(r.erkend_op),
    capIdentifier: r.cap_identifier,
    capSender: r.cap_sender,
    capSent: r.cap_sent,
    capXml: r.cap_xml,
    vrijgegevenDoor: r.vrijgegeven_door,
    vrijgegevenOp: datum(r.vrijgegeven_op),
    beeindigdOp: datum(r.beeindigd_op),
    eindeAfgeslotenDoor: r.einde_afgesloten_door ?? null,
    eindeAfgeslotenOp: datum(r.einde_afgesloten_op ?? null),
    eindeAfgeslotenReden: r.einde_afgesloten_reden ?? null,
    aangemaaktDoor: r.aangemaakt_door,
    aangemaakt: new Date(r.aangemaakt),
    gewijzigd: new Date(r.gewijzigd),
  };
}

/** One alert; `voorWijziging` locks the row for the rest of the transaction. */
export async function laadAlert(q: Q, id: string, voorWijziging = false): Promise<AlertRij | undefined> {
  let s = q.selectFrom("nl_alerts").selectAll().where("id", "=", id);
  if (voorWijziging) s = s.forUpdate();
  const r = await s.executeTakeFirst();
  return r ? naarAlert(r) : undefined;
}

/** Alerts of the given regions, newest first (`null` = every region, for national roles). */
export async function lijstAlerts(q: Q, regioIds: readonly string[] | null): Promise<AlertRij[]> {
  if (regioIds !== null && regioIds.length === 0) return [];
  let s = q.selectFrom("nl_alerts").selectAll().orderBy("aangemaakt", "desc").limit(500);
  if (regioIds !== null) s = s.where("regio_id", "in", regioIds);
  return (await s.execute()).map(naarAlert);
}

export async function vervolgenVan(q: Q, origineelId: string): Promise<AlertRij[]> {
  const r = await q
    .selectFrom("nl_alerts")
    .selectAll()
    .where("origineel_id", "=", origineelId)
    .orderBy("aangemaakt")
    .execute();
  return r.map(naarAlert);
}

export interface InbrengRij {
  id: string;
  soort: "advies" | "second-opinion";
  wijze: "zelf" | "telefonisch";
  advies: "verzenden" | "niet-verzenden";
  naam: string;
  functie: string;
  tijdstip: Date;
  samenvatting: string;
  risicosGewogen: boolean;
  conceptVersie: number;
  vastgelegdDoor: string;
  vastgelegdOp: Date;
}

export async function laadInbreng(q: Q, alertId: string): Promise<InbrengRij[]> {
  const r = await q
    .selectFrom("nl_alert_inbreng")
    .selectAll()
    .where("alert_id", "=", alertId)
    .orderBy("vastgelegd_op")
    .execute();
  return r.map((x) => ({
    id: x.id,
    soort: x.soort,
    wijze: x.wijze,
    advies: x.advies,
    naam: x.naam,
    functie: x.functie,
    tijdstip: new Date(x.tijdstip),
    samenvatting: x.samenvatting,
    risicosGewogen: x.risicos_gewogen,
    conceptVersie: x.concept_versie,
    vastgelegdDoor: x.vastgelegd_door,
    vastgelegdOp: new Date(x.vastgelegd_op),
  }));
}

/** Which kinds of police input each alert has (for the phase names in a list). */
export async function laadInbrengSoorten(
  q: Q,
  alertIds: readonly string[],
): Promise<{ alertId: string; soort: InbrengRij["soort"] }[]> {
  if (alertIds.length === 0) return [];
  const r = await q
    .selectFrom("nl_alert_inbreng")
    .select(["alert_id", "soort"])
    .distinct()
    .where("alert_id", "in", alertIds)
    .execute();
  return r.map((x) => ({ alertId: x.alert_id, soort: x.soort }));
}

export interface TaakRij {
  id: string;
  soort: "informeer-lokaal-gezag";
  omschrijving: string;
  aangemaakt: Date;
  bevestigdDoor: string | null;
  bevestigdOp: Date | null;
  bevestiging: string | null;
}

export async function laadTaken(
  q: Q,
  alertIds: readonly string[],
): Promise<(TaakRij & { alertId: string })[]> {
  if (alertIds.length === 0) return [];
  const r = await q
    .selectFrom("nl_alert_taken")
    .selectAll()
    .where("alert_id", "in", alertIds)
    .orderBy("aangemaakt")
    .execute();
  return r.map((x) => ({
    id: x.id,
    alertId: x.alert_id,
    soort: x.soort,
    omschrijving: x.omschrijving,
    aangemaakt: new Date(x.aangemaakt),
    bevestigdDoor: x.bevestigd_door,
    bevestigdOp: datum(x.bevestigd_op),
    bevestiging: x.bevestiging,
  }));
}

export interface VerzendingRij {
  id: string;
  alertId: string;
  capIdentifier: string;
  status: "wachtend" | "bezig" | "ontvangen" | "mislukt";
  pogingen: number;
  volgendePoging: Date;
  ontvangenOp: Date | null;
  laatsteFout: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a row straight from the driver
function naarVerzending(x: any): VerzendingRij {
  return {
    id: x.id,
    alertId: x.alert_id,
    capIdentifier: x.cap_identifier,
    status: x.status,
    pogingen: Number(x.pogingen),
    volgendePoging: new Date(x.volgende_poging),
    ontvangenOp: datum(x.ontvangen_op),
    laatsteFout: x.laatste_fout,
  };
}

export async function laadVerzending(q: Q, alertId: string): Promise<VerzendingRij | undefined> {
  const x = await q
    .selectFrom("nl_alert_verzendingen")
    .selectAll()
    .where("alert_id", "=", alertId)
    .executeTakeFirst();
  return x ? naarVerzending(x) : undefined;
}

export interface PogingRij {
  nummer: number;
  begonnen: Date;
  duurMs: number;
  url: string;
  httpStatus: number | null;
  antwoord: string | null;
  fout: string | null;
  gelukt: boolean;
}

export async function laadPogingen(q: Q, verzendingId: string): Promise<PogingRij[]> {
  const r = await q
    .selectFrom("nl_alert_pogingen")
    .selectAll()
    .where("verzending_id", "=", verzendingId)
    .orderBy("nummer")
    .execute();
  return r.map((x) => ({
    nummer: x.nummer,
    begonnen: new Date(x.begonnen),
    duurMs: x.duur_ms,
    url: x.url,
    httpStatus: x.http_status,
    antwoord: x.antwoord,
    fout: x.fout,
    gelukt: x.gelukt,
  }));
}

/**
 * Claims due deliveries (waiting and due, or 'bezig' with an expired lease after a crash), counting
 * the attempt at claim time. SKIP LOCKED: instances never take the same row.
 */
export async function claimVerzendingen(
  db: Kysely<DB>,
  /** `direct`: also a waiting row that is not yet due (the first attempt the release makes itself). */
  opties: { aantal: number; leaseMs: number; alertId?: string; direct?: boolean },
): Promise<VerzendingRij[]> {
  const filter = opties.alertId === undefined ? sql`` : sql`AND alert_id = ${opties.alertId}`;
  const direct = opties.direct === true && opties.alertId !== undefined;
  const r = await sql`
    UPDATE nl_alert_verzendingen SET status = 'bezig', pogingen = pogingen + 1,
           geclaimd_tot = now() + (${opties.leaseMs} * interval '1 millisecond')
     WHERE id IN (
       SELECT id FROM nl_alert_verzendingen
        WHERE ((status = 'wachtend' AND (volgende_poging <= now() OR ${direct}::boolean))
            OR (status = 'bezig' AND geclaimd_tot < now())) ${filter}
        ORDER BY volgende_poging
        LIMIT ${opties.aantal}
        FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  return r.rows.map(naarVerzending);
}

export interface RegiogrensRij {
  code: string;
  naam: string;
  geometrie: unknown;
  bron: string;
  geimporteerd: Date;
}

export async function laadRegiogrenzen(q: Q): Promise<RegiogrensRij[]> {
  const r = await q.selectFrom("regiogrenzen").selectAll().orderBy("code").execute();
  return r.map((x) => ({
    code: x.code,
    naam: x.naam,
    geometrie: json(x.geometrie),
    bron: x.bron,
    geimporteerd: new Date(x.geimporteerd),
  }));
}

/** One region's outline (code as VR09), or undefined when the outlines are not imported. */
export async function laadRegiogrens(q: Q, code: string): Promise<RegiogrensRij | undefined> {
  const x = await q.selectFrom("regiogrenzen").selectAll().where("code", "=", code).executeTakeFirst();
  return x
    ? {
        code: x.code,
        naam: x.naam,
        geometrie: json(x.geometrie),
        bron: x.bron,
        geimporteerd: new Date(x.geimporteerd),
      }
    : undefined;
}

/** "Veiligheidsregio Utrecht" for vr09 (the id as in organisaties); the id itself when unknown. */
export const regioNaam = (regioId: string) => {
  const r = VEILIGHEIDSREGIOS.find(([code]) => vrId(code) === regioId);
  return r ? `Veiligheidsregio ${r[1]}` : regioId;
};
/** VR09 for vr09; undefined for an unknown region. */
export const regioCode = (regioId: string) => VEILIGHEIDSREGIOS.find(([code]) => vrId(code) === regioId)?.[0];

/**
 * The region's outline for the area check (ADR 0251), as the server and `knooppunt alert check
 * --regio` use it; `vorm: null` when the outlines are not imported.
 */
export async function regioContext(q: Q, regioId: string): Promise<RegioContext> {
  const code = regioCode(regioId);
  const r = code ? await laadRegiogrens(q, code) : undefined;
  return {
    regioNaam: regioNaam(regioId),
    vorm: r ? { code: r.code, naam: r.naam, geometrie: r.geometrie as RegioGeometrie } : null,
  };
}
