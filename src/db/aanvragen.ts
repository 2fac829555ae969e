// The request store: per request a stream of events (the truth) and one projection row (state
// after the last event, plus the columns lists filter on). `voerUit` runs one command: load, decide,
// append events, update the projection, one audit record per event, inbox + mail for everyone the
// decider names, and a live event — all in the caller's transaction, so either all of it happens or
// none of it. See docs/adr/0650-aanvragen-opslag-en-api.md.
import { createHash } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import {
  type Aanvraag,
  type AanvraagCommando,
  type AanvraagEvent,
  AanvraagFout,
  type AanvraagGegevens,
  betrokkenOrganisaties,
  bouwTaken,
  eigenaarSleutels,
  type Gebruiker,
  herbouw,
  neemtDeelAanAanvragen,
  openFormaliseringen,
  openTaakEigenaars,
  PROJECTIE_VERSIE,
  teOndertekenenInhoud,
  zietAlleAanvragen,
} from "../domain/aanvragen/index.ts";
import { commandoVoorTaak, volgendeTelefonischeTaak } from "../domain/aanvragen/voorbeeldcommando.ts";
import { eenheidVanRegio, VEILIGHEIDSREGIOS, vrId } from "../domain/organisaties/referentie.ts";
import { procedure as procedureVan } from "../domain/wegwijzer/catalogus.ts";
import type { ProcedureId } from "../domain/wegwijzer/typen.ts";
import type { Namen } from "../pdf/leesbaar.ts";
import { voerUit } from "./aanvragen-schrijven.ts";
import { SYSTEEM, schrijfAudit } from "./audit.ts";
import type { Database } from "./database.ts";
import { laadGebruikers } from "./gebruikers.ts";
import type { DB } from "./schema.ts";

// Writing lives in aanvragen-schrijven.ts; re-exported so readers of the store import one module.
export {
  type AuditSchrijver,
  type Uitvoering,
  type UitvoerOpties,
  voerUit,
} from "./aanvragen-schrijven.ts";

type Q = Kysely<DB> | Transaction<DB>;

/** The state after the last event, from the projection (null: no such request). */
export async function laadAanvraag(q: Q, id: string): Promise<Aanvraag | null> {
  if (!UUID.test(id)) return null;
  const r = await q
    .selectFrom("aanvragen")
    .select(["id", "state", "projectie_versie"])
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? staatVanRij(q, r) : null;
}

/**
 * The state of a projection row: as stored, or, when the row was derived with older rules and the
 * start-up pass has not reached it yet, rebuilt from the events (no one decides on or reads an
 * outdated derivation; ADR 0672).
 */
export async function staatVanRij(
  q: Q,
  r: { id: string; state: unknown; projectie_versie: number },
): Promise<Aanvraag | null> {
  if (r.projectie_versie >= PROJECTIE_VERSIE) return staatUitOpslag(r.state);
  return herbouw((await laadEvents(q, r.id)).map((e) => e.event));
}

/**
 * The projection stores the state without its tasks: they follow from the rest of it (evolve
 * rebuilds them with `bouwTaken` after every event) and are two thirds of its size, which every
 * command would otherwise write, read and parse again (ADR 0672).
 */
export function staatVoorOpslag(a: Aanvraag): string {
  const { taken: _afgeleid, ...opslag } = a;
  return JSON.stringify(opslag);
}

/** The state as the domain knows it: the tasks derived again (also over tasks an older row stored). */
export function staatUitOpslag(x: unknown): Aanvraag {
  const a = leesJson(x) as Aanvraag;
  a.taken = bouwTaken(a);
  return a;
}

export interface EventRij {
  volgnummer: number;
  event: AanvraagEvent;
  requestId: string | null;
}

export async function laadEvents(q: Q, id: string): Promise<EventRij[]> {
  if (!UUID.test(id)) return [];
  const rows = await q
    .selectFrom("aanvraag_events")
    .select(["volgnummer", "gegevens", "request_id"])
    .where("aanvraag_id", "=", id)
    .orderBy("volgnummer")
    .execute();
  return rows.map((r) => ({
    volgnummer: Number(r.volgnummer),
    event: leesJson(r.gegevens) as AanvraagEvent,
    requestId: r.request_id,
  }));
}

/**
 * Rebuilds, from their events, the projections derived with an older PROJECTIE_VERSIE (after an
 * upgrade that changed evolve), in batches of `per` with one audit record each: a projection that
 * changes without an event must say why. Several instances starting at once share the work (SKIP
 * LOCKED). Returns how many were rebuilt.
 */
export async function herbouwVerouderdeProjecties(database: Database, per = 100): Promise<number> {
  let totaal = 0;
  for (;;) {
    const n = await database.db.transaction().execute(async (trx) => {
      const rijen = await trx
        .selectFrom("aanvragen")
        .select(["id", "referentienummer", "projectie_versie"])
        .where("projectie_versie", "<", PROJECTIE_VERSIE)
        .orderBy("id")
        .limit(per)
        .forUpdate()
        .skipLocked()
        .execute();
      if (rijen.length === 0) return 0;
      const zonderEvents: string[] = [];
      for (const r of rijen) if (!(await herbouwProjectie(trx, r.id))) zonderEvents.push(r.id);
      // Cannot happen (a request starts with its creation event); marked so the loop ends.
      if (zonderEvents.length > 0)
        await trx
          .updateTable("aanvragen")
          .set({ projectie_versie: PROJECTIE_VERSIE })
          .where("id", "in", zonderEvents)
          .execute();
      await schrijfAudit(trx, SYSTEEM, {
        actie: "aanvragen.projecties-herbouwd",
        onderwerpSoort: "aanvraag-projecties",
        gegevens: {
          reden:
            "De projectie was afgeleid met een oudere versie van de regels; opnieuw afgeleid uit de events (die ongewijzigd blijven).",
          naarVersie: PROJECTIE_VERSIE,
          aanvragen: rijen.map((r) => ({
            id: r.id,
            referentienummer: r.referentienummer,
            vanVersie: r.projectie_versie,
          })),
          ...(zonderEvents.length > 0 ? { zonderEvents } : {}),
        },
      });
      return rijen.length;
    });
    totaal += n;
    if (n < per) return totaal;
  }
}

/** Rebuilds one projection from its events (after a change to evolve); returns the new state. */
export async function herbouwProjectie(trx: Transaction<DB>, id: string): Promise<Aanvraag | null> {
  const ev = await laadEvents(trx, id);
  if (ev.length === 0) return null;
  const a = herbouw(ev.map((e) => e.event));
  if (!a) return null;
  await trx.updateTable("aanvragen").set(projectie(a)).where("id", "=", id).execute();
  return a;
}

/** Next number of the (year, region) counter, locked until the transaction ends. */
export async function volgendReferentieVolgnummer(
  trx: Transaction<DB>,
  jaar: number,
  regio: string,
): Promise<number> {
  const r = await trx
    .insertInto("aanvraag_referenties")
    .values({ jaar, regio, laatste: 1 })
    .onConflict((oc) =>
      oc.columns(["jaar", "regio"]).doUpdateSet({ laatste: sql`aanvraag_referenties.laatste + 1` }),
    )
    .returning("laatste")
    .executeTakeFirstOrThrow();
  return Number(r.laatste);
}

/** The reason without the reference number it repeats (the title starts with it already). */
export function zonderReferentie(reden: string, ref: string): string {
  const uit = reden
    .split(` (${ref})`)
    .join("")
    .replace(new RegExp(`^${ref}:\\s*`), "")
    .split(ref)
    .join("de aanvraag")
    .trim();
  return uit.charAt(0).toUpperCase() + uit.slice(1);
}

/** Names of the organisations and procedures that `teksten` mention by id (one query, only if any). */
export async function namenVoor(q: Q, teksten: string[]): Promise<Namen> {
  const codes = new Set<string>();
  for (const t of teksten)
    for (const m of t.matchAll(/\b(?:gm\d{4}|vr\d\d|[a-z]+(?:-[a-z0-9]+)+|locc)\b/g)) codes.add(m[0]);
  const m = new Map<string, string>();
  if (codes.size > 0)
    for (const r of await q
      .selectFrom("organisaties")
      .select(["id", "naam"])
      .where("id", "in", [...codes])
      .execute())
      m.set(r.id, r.naam);
  return {
    organisatie: (id) => m.get(id) ?? id,
    procedure: (id) => {
      try {
        return procedureVan(id as ProcedureId).titel;
      } catch {
        return id;
      }
    },
  };
}

/** Earliest due time of an available task or of an open formalisation (null: nothing due). */
export function eersteTermijn(a: Aanvraag): string | null {
  if (a.status === "afgesloten" || a.status === "ingetrokken") return null;
  const tijden = a.taken
    .filter((t) => t.beschikbaar && !t.formalisering && t.uiterlijk !== null)
    .map((t) => t.uiterlijk as string);
  // Per phase: the request's own and that of an urgent change (ADR 0608).
  for (const f of openFormaliseringen(a)) tijden.push(f.uiterlijk);
  return tijden.length ? (tijden.sort()[0] as string) : null;
}

/** The projection row's columns for a state. */
export function projectie(a: Aanvraag) {
  return {
    referentienummer: a.referentienummer,
    procedure_id: a.procedureId,
    catalogus_versie: a.catalogusVersie,
    status: a.status,
    spoed: a.spoed,
    regio: a.context.veiligheidsregioId,
    aanvrager_organisatie_id: a.aanvrager.organisatieId,
    betrokken: [...betrokkenOrganisaties(a)].sort(),
    versie: a.versie,
    state: staatVoorOpslag(a),
    projectie_versie: PROJECTIE_VERSIE,
    open_taken: a.taken.filter((t) => t.beschikbaar).length,
    open_taak_eigenaars: openTaakEigenaars(a),
    eerste_termijn: eersteTermijn(a),
    aangemaakt: a.aangemaaktOp,
    gewijzigd: a.bijgewerktOp,
  };
}

// ---------------------------------------------------------------- lists

export interface LijstFilter {
  regio?: string;
  procedure?: string;
  status?: string;
  spoed?: boolean;
  teLaat?: boolean;
  /** Only requests this user may see (mirrors zichtbaarVoor). */
  kijker: Pick<Gebruiker, "rollen" | "organisatieId">;
  nu: Date;
  limiet?: number;
}

export interface LijstRij {
  id: string;
  referentienummer: string;
  procedureId: string;
  status: string;
  spoed: boolean;
  /** A water-cannon exercise (ADR 0621). */
  oefening: boolean;
  regio: string;
  aanvragerOrganisatieId: string;
  versie: number;
  openTaken: number;
  eersteTermijn: string | null;
  aangemaakt: string;
  bijgewerkt: string;
}

export async function lijstAanvragen(q: Q, f: LijstFilter): Promise<LijstRij[]> {
  let s = q
    .selectFrom("aanvragen")
    .select([
      "id",
      "referentienummer",
      "procedure_id",
      "status",
      "spoed",
      "regio",
      "aanvrager_organisatie_id",
      "versie",
      "open_taken",
      "eerste_termijn",
      "aangemaakt",
      "gewijzigd",
      sql<boolean | null>`(state ->> 'oefening')::boolean`.as("oefening"),
    ])
    .orderBy("gewijzigd", "desc")
    .orderBy("id")
    .limit(f.limiet ?? 500);
  // The list query mirrors zichtbaarVoor (the domain rule), in SQL.
  if (!zietAlleAanvragen(f.kijker)) {
    if (!neemtDeelAanAanvragen(f.kijker)) return [];
    s = s.where(sql<boolean>`betrokken @> ARRAY[${f.kijker.organisatieId}]::text[]`);
  }
  if (f.regio) s = s.where("regio", "=", f.regio.toLowerCase());
  if (f.procedure) s = s.where("procedure_id", "=", f.procedure);
  if (f.status) s = s.where("status", "=", f.status);
  if (f.spoed !== undefined) s = s.where("spoed", "=", f.spoed);
  if (f.teLaat === true) s = s.where("eerste_termijn", "<", f.nu);
  if (f.teLaat === false)
    s = s.where((eb) => eb.or([eb("eerste_termijn", "is", null), eb("eerste_termijn", ">=", f.nu)]));
  const rows = await s.execute();
  return rows.map((r) => ({
    id: r.id,
    referentienummer: r.referentienummer,
    procedureId: r.procedure_id,
    status: r.status,
    spoed: r.spoed,
    oefening: r.oefening === true,
    regio: r.regio,
    aanvragerOrganisatieId: r.aanvrager_organisatie_id,
    versie: Number(r.versie),
    openTaken: Number(r.open_taken),
    eersteTermijn: r.eerste_termijn ? new Date(r.eerste_termijn).toISOString() : null,
    aangemaakt: new Date(r.aangemaakt).toISOString(),
    bijgewerkt: new Date(r.gewijzigd).toISOString(),
  }));
}

/** States of the requests with a task available now for one of the user's roles in its organisation. */
export async function aanvragenMetOpenTaken(
  q: Q,
  kijker: Pick<Gebruiker, "rollen" | "organisatieId">,
): Promise<Aanvraag[]> {
  const sleutels = eigenaarSleutels(kijker);
  if (sleutels.length === 0) return [];
  const rows = await q
    .selectFrom("aanvragen")
    .select(["id", "state", "projectie_versie"])
    .where(sql<boolean>`open_taak_eigenaars && ${sleutels}::text[]`)
    .orderBy("gewijzigd", "desc")
    .limit(1000)
    .execute();
  const uit: Aanvraag[] = [];
  for (const r of rows) {
    const a = await staatVanRij(q, r);
    if (a) uit.push(a);
  }
  return uit;
}

/** Ids of requests with something due before `tot` (reminders, escalations), oldest first. */
export async function aanvragenMetTermijnVoor(q: Q, tot: Date, limiet = 200): Promise<string[]> {
  const rows = await q
    .selectFrom("aanvragen")
    .select("id")
    .where("eerste_termijn", "is not", null)
    .where("eerste_termijn", "<", tot)
    .orderBy("eerste_termijn")
    .limit(limiet)
    .execute();
  return rows.map((r) => r.id);
}

/** Hash of the newest audit record about this request (printed on the form). */
export async function laatsteAuditHash(
  q: Q,
  id: string,
): Promise<{ volgnummer: number; hash: string; tijdstip: string } | null> {
  const r = await q
    .selectFrom("audit_records")
    .select(["volgnummer", "hash", "tijdstip"])
    .where("onderwerp_soort", "=", "aanvraag")
    .where("onderwerp_id", "=", id)
    .orderBy("volgnummer", "desc")
    .limit(1)
    .executeTakeFirst();
  return r
    ? { volgnummer: Number(r.volgnummer), hash: r.hash, tijdstip: new Date(r.tijdstip).toISOString() }
    : null;
}

/**
 * The regioburgemeester's organisation for a safety region: the municipality of an active user
 * with that role in the region (a regioburgemeester is a mayor, ADR 0600), else null (the decider
 * then uses the police unit).
 */
export async function regioburgemeesterOrganisatie(q: Q, veiligheidsregioId: string): Promise<string | null> {
  const code = veiligheidsregioId.toUpperCase();
  const eenheid = eenheidVanRegio(code);
  if (!eenheid) return null;
  // The regioburgemeester serves the police unit (art. 38c Politiewet 2012), which spans several
  // safety regions (RE03: VR09, VR14, VR25): a mayor of any of them, the request's own region first.
  const regios = VEILIGHEIDSREGIOS.filter(([, , e]) => e === eenheid).map(([c]) => vrId(c));
  const rijen = await q
    .selectFrom("gebruikers as g")
    .innerJoin("gebruiker_rollen as r", "r.gebruiker_id", "g.id")
    .innerJoin("organisaties as o", "o.id", "g.organisatie_id")
    .select(["o.id", "o.regio_id"])
    .where("r.rol", "=", "regioburgemeester")
    .where("g.actief", "=", true)
    .where("o.soort", "=", "gemeente")
    .where("o.regio_id", "in", regios)
    .orderBy("o.id")
    .execute();
  const eigen = rijen.find((r) => r.regio_id === vrId(code));
  return (eigen ?? rijen[0])?.id ?? null;
}

export function nietGevonden(id: string): AanvraagFout {
  return new AanvraagFout(
    "bestaat-niet",
    `Aanvraag ${id} bestaat niet, of u bent er (nog) niet bij betrokken.`,
  );
}

/** Did a write fail on a unique constraint of the event stream (a concurrent writer)? */
export function isVolgordeConflict(e: unknown): boolean {
  const x = e as { code?: string; constraint?: string; message?: string } | null;
  return (
    x?.code === "23505" &&
    (x.constraint === "aanvraag_events_volgorde" || /aanvraag_events_volgorde/.test(x.message ?? ""))
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function leesJson(x: unknown): unknown {
  return typeof x === "string" ? JSON.parse(x) : x;
}

// ---------------------------------------------------------------- demo

/** Fixed ids: loading twice does nothing. */
export const DEMO_AANVRAAG_IDS = [
  "00000000-0000-4000-8000-00000000a001",
  "00000000-0000-4000-8000-00000000a002",
  "00000000-0000-4000-8000-00000000a003",
] as const;

function demoGegevens(
  nu: Date,
  omschrijving: string,
  aantal: number,
  vanafUur = 2,
): Partial<AanvraagGegevens> {
  const uur = (h: number) => new Date(nu.getTime() + h * 3_600_000).toISOString();
  return {
    contact: {
      naam: "J. de Vries (RCCB)",
      telefoon: "088 123 45 67",
      email: "rccb.midden-nederland@example.nl",
    },
    incident: {
      naam: "Demonstraties Jaarbeursplein",
      plaats: "Utrecht",
      start: uur(-3),
      type: "openbare orde",
    },
    reden:
      "De eigen ME-capaciteit van Eenheid Midden-Nederland is volledig ingezet bij twee gelijktijdige demonstraties.",
    beoogdEffect:
      "Handhaving van de openbare orde en bescherming van de tegendemonstranten rond het Jaarbeursplein.",
    gevraagd: { capaciteitType: "kmar-peloton", aantal, specialisme: null, omschrijving },
    plaats: {
      gemeenten: ["gm0344"],
      adres: "Jaarbeursplein, Utrecht",
      coordinaten: { lat: 52.0894, lon: 5.1098 },
    },
    periode: { van: uur(vanafUur), tot: uur(vanafUur + 24) },
    kostenverwachting: { regime: "fnik", bedragCent: null, toelichting: "Volgens de FNIK-regeling." },
    bijlagen: [],
    motiveringGeenMarktpartij: null,
  };
}

/**
 * Three demo requests in the Utrecht scenario (§3 KMar): a draft of the RCCB, one signed by the
 * mayor and waiting for the LOCC's check, and an urgent one deployed on a phone agreement with
 * the written formalisation still open. Needs the demo users (laadDemo); returns the ids created
 * (empty when they exist already or the demo users are missing).
 */
export async function laadDemoAanvragen(database: Database, nu: Date = new Date()): Promise<string[]> {
  const { db } = database;
  const al = await db
    .selectFrom("aanvragen")
    .select("id")
    .where("id", "in", [...DEMO_AANVRAAG_IDS])
    .execute();
  if (al.length > 0) return [];
  const rijen = await laadGebruikers(db);
  const wie = (gebruikersnaam: string) => {
    const g = rijen.find((x) => x.gebruikersnaam === gebruikersnaam);
    return g
      ? {
          gebruiker: {
            gebruikerId: g.id,
            naam: g.naam,
            rollen: g.rollen,
            organisatieId: g.organisatie.id,
          } satisfies Gebruiker,
          actor: { id: g.id, naam: g.gebruikersnaam, rollen: g.rollen, organisatieId: g.organisatie.id },
        }
      : null;
  };
  const rccb = wie("demo-rccb-medewerker");
  const bm = wie("demo-burgemeester");
  const locc = wie("demo-locc-piket");
  if (!rccb || !bm || !locc || rccb.gebruiker.organisatieId !== "politie-re03-rccb") return [];
  const rb = (await regioburgemeesterOrganisatie(db, "vr09")) ?? undefined;
  let klok = nu.getTime() - 2 * 3_600_000;
  const stap = async (
    id: string,
    door: NonNullable<typeof rccb>,
    maak: (
      a: Aanvraag | null,
      basis: { aanvraagId: string; actor: Gebruiker; nu: Date; verwachteVersie: number },
    ) => AanvraagCommando,
  ) => {
    klok += 4 * 60_000;
    const t = new Date(klok);
    await db
      .transaction()
      .execute((trx) =>
        voerUit(
          trx,
          id,
          (a) => maak(a, { aanvraagId: id, actor: door.gebruiker, nu: t, verwachteVersie: a?.versie ?? 0 }),
          { audit: async (g) => void (await schrijfAudit(trx, door.actor, g)) },
        ),
      );
  };
  const taakId = (a: Aanvraag | null, stapId: string) =>
    a?.taken.find((x) => x.stapId.endsWith(`/${stapId}`))?.id ?? stapId;
  const afronden = (id: string, door: NonNullable<typeof rccb>, s: string) =>
    stap(id, door, (a, b) => ({ ...b, type: "StapAfronden", taakId: taakId(a, s), toelichting: "Gedaan." }));
  const aanmaken = (id: string, spoed: boolean, gegevens: Partial<AanvraagGegevens>) =>
    stap(id, rccb, (_a, b) => ({
      ...b,
      type: "ConceptAanmaken",
      procedureId: "politie-3-kmar-oo",
      volgnummer: 0,
      aanvragerOrganisatieId: "politie-re03-rccb",
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed,
      gegevens,
      ...(rb ? { regioburgemeesterOrganisatieId: rb } : {}),
    }));
  const [concept, ingediend, spoed] = DEMO_AANVRAAG_IDS;

  // 1. A draft: the RCCB is still filling in the form.
  const g1 = demoGegevens(nu, "Twee KMar-pelotons voor de avonddienst.", 2);
  await aanmaken(concept, false, { ...g1, reden: "", beoogdEffect: "" });

  // 2. Signed by the mayor, filed; waiting for the LOCC's check.
  await aanmaken(ingediend, false, demoGegevens(nu, "Vier KMar-pelotons voor twee diensten.", 4));
  await stap(ingediend, rccb, (a, b) => ({
    ...b,
    type: "StapOverslaan",
    taakId: taakId(a, "vooroverleg-kmar"),
    reden: "Vooroverleg met de KMar niet nodig: standaardinzet.",
  }));
  await afronden(ingediend, rccb, "contact-locc");
  await afronden(ingediend, rccb, "formulier");
  await stap(ingediend, bm, (a, b) => {
    const t = a?.taken.find((x) => x.commando === "Ondertekenen");
    const inhoud = a ? teOndertekenenInhoud(a, t?.fase ?? 0) : "";
    return {
      ...b,
      type: "Ondertekenen",
      taakId: t?.id ?? "",
      herauthenticatieOp: b.nu,
      inhoud,
      inhoudHash: createHash("sha256").update(inhoud).digest("hex"),
      namens: null,
    };
  });
  await afronden(ingediend, rccb, "verzenden");
  await afronden(ingediend, locc, "registreren");

  // 3. Urgent: phone call to the LOCC, deployment started, the written form still to follow.
  // Its period began when the phone call was made, so the overview shows the platoon as deployed now.
  await aanmaken(spoed, true, demoGegevens(nu, "Eén KMar-peloton, direct.", 1, -1.5));
  await stap(spoed, rccb, (a, b) => ({
    ...b,
    type: "StapOverslaan",
    taakId: taakId(a, "vooroverleg-kmar"),
    reden: "Spoed: geen tijd voor vooroverleg.",
  }));
  await stap(spoed, rccb, (a, b) => ({
    ...b,
    type: "TelefonischContactVastleggen",
    van: {
      naam: "J. de Vries",
      rol: "rccb-medewerker",
      organisatieId: "politie-re03-rccb",
      telefoon: "0612345678",
    },
    aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: "088 662 80 48" },
    op: new Date(b.nu.getTime() - 60_000),
    afspraken: "Eén KMar-peloton toegezegd onder voorbehoud; het formulier volgt binnen 24 uur.",
    taakIds: [taakId(a, "contact-locc")],
  }));
  // The LOCC and Defence decide by phone, each recording it (art. 57/58 Politiewet 2012; ADR 0602
  // F3); the written steps (form, signature, request to Defence) follow after the start.
  for (let i = 0; i < 20; i++) {
    const a = await laadAanvraag(db, spoed);
    const taak = a ? volgendeTelefonischeTaak(a) : undefined;
    if (!a || !taak) break;
    const eigenaar = rijen.find(
      (g) => g.rollen.includes(taak.eigenaar.rol) && taak.eigenaar.organisaties.includes(g.organisatie.id),
    );
    const door = eigenaar ? wie(eigenaar.gebruikersnaam) : null;
    if (!door) return [concept, ingediend];
    await stap(
      spoed,
      door,
      (_a, b) =>
        ({
          ...commandoVoorTaak({ a, nu: b.nu }, taak, "positief", door.gebruiker),
          ...b,
        }) as AanvraagCommando,
    );
  }
  await stap(spoed, locc, (_a, b) => ({ ...b, type: "InzetStarten" }));
  return [...DEMO_AANVRAAG_IDS];
}
