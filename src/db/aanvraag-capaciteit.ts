// The glue between a request (aanvraag, issue 4) and the capacity registry (issue 5): open demand,
// bookings of the supplier's units, deployment, extension, scale-down and release — all inside the
// transaction of the request command (voerUit), so a booking conflict undoes the whole command.
// Decisions and sources: docs/adr/0660-aanvraag-boekt-capaciteit.md.
import { type Selectable, sql, type Transaction } from "kysely";
import type { Aanvraag, AanvraagEvent, Fase } from "../domain/aanvragen/index.ts";
import { capaciteitType } from "../domain/capaciteit/catalogus.ts";
import type { Urgentie } from "../domain/capaciteit/doelstellingen.ts";
import { doelstellingVan, prioriteitVoor } from "../domain/capaciteit/doelstellingen.ts";
import type { AuditSchrijver } from "./aanvragen.ts";
import {
  type Boeking,
  boekCapaciteit,
  CapaciteitFout,
  geefVrij,
  registreerVraag,
  type Venster,
  zetOmNaarInzet,
} from "./capaciteit.ts";
import type { DB } from "./schema.ts";

/** A unit of capacity the supplier names in its decision (optional; else the first free ones). */
export interface GenoemdItem {
  itemId: string;
  aantal: number;
}

export interface CapaciteitInvoer {
  items?: GenoemdItem[];
}

export interface GeboektKort {
  boekingId: string;
  itemId: string;
  itemNaam: string;
  volgnummer: number;
  soort: "reservering" | "inzet";
  van: string;
  tot: string;
}

/** What the command did to capacity; returned to the client and kept in the audit trail. */
export interface CapaciteitUitkomst {
  geboekt: GeboektKort[];
  verlengd: GeboektKort[];
  omgezetNaarInzet: number;
  vrijgegeven: number;
  vraagId: string | null;
  /** Dutch notes for the timeline (e.g. nothing booked because nothing is registered). */
  meldingen: string[];
}

/**
 * An open-ended period (periode.tot null) holds its units until they are released (demobilisation,
 * closure, withdrawal): a booking needs an end, and an end guessed too early would let a second
 * request take a unit that is still deployed.
 */
export const OPEN_EINDE = "9999-12-31T00:00:00.000Z";

/**
 * Without coordinates (the form allows an address only) the demand is placed at the geographic
 * centre of the Netherlands (near Amersfoort); the location name says so.
 */
const MIDDEN_NEDERLAND = { lat: 52.1552, lon: 5.3872 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EIND_STATUS = new Set(["afgewezen", "ingetrokken", "afgesloten", "gedemobiliseerd"]);
const POSITIEF = new Set(["volledig", "gedeeltelijk"]);
/** Events after which the number of units a request may hold can have changed. */
const BESLIS_EVENTS = new Set<AanvraagEvent["type"]>([
  "LeveranciersbesluitGenomen",
  "BesluitGenomen",
  "KorpschefWeigerde",
  "AanwijzingGegeven",
  "WijzigingAangevraagd",
  "Getoetst",
  "StapAfgerond",
  "StapOvergeslagen",
]);
/** Events that never touch capacity (the deadline watcher, notes). */
const NEUTRAAL = new Set<AanvraagEvent["type"]>([
  "HerinneringVerstuurd",
  "GeescaleerdNaarLocc",
  "EvaluatieVastgelegd",
]);

/**
 * Whose registered capacity a supplier's answer books. KMar capacity counts as Defence's supply side: DJZ gives "het standpunt van het Ministerie van
 * Defensie" on KMar bijstand on behalf of the SG, "korpsbeheerder van de KMar" (factsheet politie §3).
 */
const KOEPEL_OOK: Record<string, string[]> = {
  defensie: ["kmar"],
  // The NCC answers for the BTC ("Neem contact op met NCC", fb toelichting 3) while the IFV keeps
  // its register as beheerder (fb 'Tot slot'; ADR 0355). Only the type asked is booked, and a BTC
  // request asks only BTC types (ADR 0620).
  ncc: ["ifv"],
};

export interface KoppelOpties {
  audit: AuditSchrijver;
  invoer?: CapaciteitInvoer;
  /** Read for this request before the bundle's writes (vraagEnLopendVoor, same transaction). */
  vooraf?: VraagEnLopend;
}

export async function koppelCapaciteit(
  trx: Transaction<DB>,
  u: { voor: Aanvraag | null; na: Aanvraag; events: AanvraagEvent[]; eersteVolgnummer: number },
  opties: KoppelOpties,
): Promise<CapaciteitUitkomst | null> {
  const { voor, na, events } = u;
  if (events.length === 0 || events.every((e) => NEUTRAAL.has(e.type))) return null;
  const typeId = na.gegevens.gevraagd?.capaciteitType ?? "";
  const type = capaciteitType(typeId);
  const laatste = events[events.length - 1] as AanvraagEvent;
  const nu = new Date(laatste.op);
  const door = UUID.test(laatste.door.gebruikerId) ? laatste.door.gebruikerId : null;
  const uit: CapaciteitUitkomst = {
    geboekt: [],
    verlengd: [],
    omgezetNaarInzet: 0,
    vrijgegeven: 0,
    vraagId: null,
    meldingen: [],
  };
  const besluiten = events.filter(
    (e): e is Extract<AanvraagEvent, { type: "LeveranciersbesluitGenomen" | "BesluitGenomen" }> =>
      (e.type === "LeveranciersbesluitGenomen" || e.type === "BesluitGenomen") && POSITIEF.has(e.uitkomst),
  );
  if (!type) {
    if (opties.invoer?.items?.length)
      throw new CapaciteitFout(
        "ongeldige-invoer",
        "Deze aanvraag noemt geen capaciteitstype uit de catalogus; er kunnen geen items worden geboekt.",
        "items",
      );
    if (besluiten.some((e) => leveraarBesluit(na, e)))
      uit.meldingen.push(
        `Niets geboekt: de aanvraag noemt geen capaciteitstype uit de catalogus${typeId ? ` ("${typeId}")` : ""}.`,
      );
    return afsluiten(uit, u, opties);
  }

  const eind = EIND_STATUS.has(na.status);
  const oudTot = voor?.gegevens.periode?.tot ?? null;
  const nieuwTot = na.gegevens.periode?.tot ?? null;
  const verlengd =
    voor !== null && oudTot !== null && nieuwTot !== null && Date.parse(nieuwTot) > Date.parse(oudTot);
  // Most commands only sync the demand and check the bookings against what may be held: then
  // nothing books or frees in between, and both reads go in one round trip.
  const eenvoudig =
    !eind &&
    !verlengd &&
    !events.some((e) => e.type === "InzetGestart") &&
    !besluiten.some((e) => leveraarBesluit(na, e));
  const vooraf = eenvoudig
    ? opties.vooraf
      ? { vraag: opties.vooraf.vraag, lopend: opties.vooraf.lopend.filter((b) => b.tot > nu) }
      : events.some((e) => BESLIS_EVENTS.has(e.type))
        ? await vraagEnLopend(trx, na.id, nu)
        : undefined
    : undefined;
  // Demand first: its state follows from the request alone, and new bookings point at it.
  const vraagId = await synchroniseerVraag(trx, na, { door, nu, eind }, vooraf);
  uit.vraagId = vraagId;
  if (eind) {
    const r = await geefVrij(trx, { aanvraagId: na.id }, { door, reden: `aanvraag ${na.status}` }, nu);
    uit.vrijgegeven += r.vrijgegeven.length;
  } else {
    if (events.some((e) => e.type === "InzetGestart")) {
      const r = await zetOmNaarInzet(trx, { aanvraagId: na.id }, { door, vanaf: nu }, nu);
      uit.omgezetNaarInzet = r.length;
      if (r.length === 0)
        uit.meldingen.push("Inzet gestart; er was geen geboekte capaciteit om in te zetten.");
    }
    if (verlengd && oudTot !== null && nieuwTot !== null)
      uit.verlengd = await verleng(trx, na, oudTot, nieuwTot, { door, nu, vraagId });
    for (const e of besluiten) {
      if (!leveraarBesluit(na, e)) continue;
      await boekVoorBesluit(trx, na, e, typeId, opties.invoer?.items, { door, nu, vraagId }, uit);
    }
    if (events.some((e) => BESLIS_EVENTS.has(e.type)))
      uit.vrijgegeven += await afschalen(trx, na, toegestaan(na), { door, nu }, vooraf?.lopend);
  }
  if (opties.invoer?.items?.length && !besluiten.some((e) => leveraarBesluit(na, e)))
    throw new CapaciteitFout(
      "ongeldige-invoer",
      "Items kunnen alleen worden genoemd bij een besluit van de leverancier dat (gedeeltelijk) levert.",
      "items",
    );
  return afsluiten(uit, u, opties);
}

async function afsluiten(
  uit: CapaciteitUitkomst,
  u: { na: Aanvraag; events: AanvraagEvent[]; eersteVolgnummer: number },
  opties: KoppelOpties,
): Promise<CapaciteitUitkomst> {
  const iets =
    uit.geboekt.length + uit.verlengd.length + uit.omgezetNaarInzet + uit.vrijgegeven + uit.meldingen.length;
  // Its own subject, so the request's trail stays one record per event (ADR 0650).
  if (iets > 0)
    await opties.audit({
      actie: "aanvraag.capaciteit",
      onderwerpSoort: "aanvraag-capaciteit",
      onderwerpId: u.na.id,
      gegevens: {
        referentienummer: u.na.referentienummer,
        volgnummer: u.eersteVolgnummer + u.events.length - 1,
        ...uit,
      },
    });
  return uit;
}

// ---------------------------------------------------------------- who supplies, how many

/**
 * A positive decision books when it is a supplier's decision (Leveranciersbesluit), or the
 * deciding organisation's own decision in a phase without a supplier step (e.g. CDS decides and
 * supplies). The LOCC's final decision after a supplier's only trims (see `toegestaan`).
 */
function leveraarBesluit(a: Aanvraag, e: AanvraagEvent & { taakId: string }): boolean {
  if (e.type === "LeveranciersbesluitGenomen") return true;
  // The LOCC decides but owns no capacity (glossary: "Not the owner of capacity").
  if (e.door.organisatieId === "locc") return false;
  const fase = faseVan(e.taakId);
  return !a.taken.some((t) => t.fase === fase && t.commando === "Leveranciersbesluit");
}

const faseVan = (taakId: string) => Number(taakId.split(":")[0]);

function gevraagdIn(a: Aanvraag, f: Fase | undefined): number {
  return f?.wijziging?.nieuwAantal ?? a.gegevens.gevraagd?.aantal ?? 1;
}

/** Units promised in phase `nr` by decisions that still stand (a reopened task no longer counts). */
function toezeggingen(a: Aanvraag, nr: number): number[] {
  const f = a.fasen[nr];
  const leverancierStap = a.taken.some((t) => t.fase === nr && t.commando === "Leveranciersbesluit");
  return a.besluiten
    .filter(
      (b) =>
        b.fase === nr &&
        (b.soort === "leverancier" || (!leverancierStap && b.soort === "eindbesluit")) &&
        POSITIEF.has(b.uitkomst ?? "") &&
        (b.taakId === null || a.afhandelingen[b.taakId]?.op === b.op),
    )
    .map((b) => b.geleverd?.aantal ?? gevraagdIn(a, f));
}

/**
 * How many units the request may hold now: what was granted once phase 0 is decided (after a
 * scale-down the new number), before that what the suppliers promised (at most what was asked);
 * during a scale-up the promise for the new total.
 */
export function toegestaan(a: Aanvraag): number {
  const f0 = a.fasen[0];
  if (!f0 || EIND_STATUS.has(a.status)) return 0;
  let n: number;
  if (f0.uitkomst === "toegekend" || f0.uitkomst === "gedeeltelijk") n = a.toegekendAantal ?? 0;
  else
    n = Math.min(
      gevraagdIn(a, f0),
      toezeggingen(a, 0).reduce((s, x) => s + x, 0),
    );
  for (const f of a.fasen)
    if (f.aanleiding === "wijziging" && f.uitkomst === null && f.wijziging?.soort === "opschalen")
      n = Math.max(n, Math.min(gevraagdIn(a, f), Math.max(0, ...toezeggingen(a, f.nr))));
  return n;
}

/** The booking window: the request's period, never before now (the past cannot be booked). */
function venster(a: Aanvraag, nu: Date): { van: Date; tot: Date } | null {
  const p = a.gegevens.periode;
  if (!p) return null;
  const van = new Date(Math.max(Date.parse(p.van), nu.getTime()));
  const tot = new Date(p.tot ?? OPEN_EINDE);
  return tot.getTime() > van.getTime() ? { van, tot } : null;
}

const soortNu = (a: Aanvraag): "reservering" | "inzet" =>
  a.inzet.gestartOp && !a.inzet.gedemobiliseerdOp ? "inzet" : "reservering";

interface Lopend {
  id: string;
  eenheidId: string;
  itemId: string;
  soort: string;
  volgnummer: number;
  tot: Date;
  geboektOp: Date;
}

/** Bookings of the request that have not ended by `nu` (current or future). */
async function lopend(trx: Transaction<DB>, aanvraagId: string, nu: Date): Promise<Lopend[]> {
  const rows = await trx
    .selectFrom("capaciteit_boekingen as b")
    .innerJoin("capaciteit_eenheden as e", "e.id", "b.eenheid_id")
    .select([
      "b.id",
      "b.eenheid_id",
      "b.item_id",
      "b.soort",
      "e.volgnummer",
      "b.geboekt_op",
      sql<Date>`upper(b.periode)`.as("tot"),
    ])
    .where("b.aanvraag_id", "=", aanvraagId)
    .where(sql<boolean>`NOT isempty(b.periode) AND upper(b.periode) > ${nu}::timestamptz`)
    .orderBy("b.geboekt_op")
    .orderBy("b.item_id")
    .orderBy("e.volgnummer")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    eenheidId: r.eenheid_id,
    itemId: r.item_id,
    soort: r.soort,
    volgnummer: r.volgnummer,
    tot: new Date(r.tot),
    geboektOp: new Date(r.geboekt_op),
  }));
}

type VraagRij = Selectable<DB["capaciteit_vraag"]>;

/** What a command's capacity step reads before it writes: the newest demand and running bookings. */
export interface VraagEnLopend {
  vraag: VraagRij | undefined;
  lopend: Lopend[];
}

async function vraagEnLopend(trx: Transaction<DB>, aanvraagId: string, nu: Date): Promise<VraagEnLopend> {
  return (await vraagEnLopendVoor(trx, [aanvraagId], nu)).get(aanvraagId) ?? { vraag: undefined, lopend: [] };
}

/**
 * Per request its newest demand row (as synchroniseerVraag reads it) and its bookings that have
 * not ended by `nu` (as lopend reads them), for several requests in one statement (a bundle of
 * commands, ADR 0671): one row per booking, the demand's columns repeated, at least one row per
 * request (LEFT JOIN LATERAL).
 */
export async function vraagEnLopendVoor(
  trx: Transaction<DB>,
  aanvraagIds: readonly string[],
  nu: Date,
): Promise<Map<string, VraagEnLopend>> {
  const uit = new Map<string, VraagEnLopend>();
  if (aanvraagIds.length === 0) return uit;
  const r = await sql<
    { k_id: string } & { [K in keyof VraagRij]: VraagRij[K] | null } & {
      l_id: string | null;
      l_eenheid_id: string;
      l_item_id: string;
      l_soort: string;
      l_volgnummer: number;
      l_geboekt_op: Date;
      l_tot: Date;
    }
  >`
    SELECT a.k_id, v.*, l.l_id, l.l_eenheid_id, l.l_item_id, l.l_soort, l.l_volgnummer, l.l_geboekt_op, l.l_tot
      FROM unnest(${[...new Set(aanvraagIds)]}::text[]) AS a (k_id)
      LEFT JOIN LATERAL (
        SELECT * FROM capaciteit_vraag WHERE aanvraag_id = a.k_id
         ORDER BY aangemaakt DESC LIMIT 1) v ON true
      LEFT JOIN LATERAL (
        SELECT b.id AS l_id, b.eenheid_id AS l_eenheid_id, b.item_id AS l_item_id, b.soort AS l_soort,
               e.volgnummer AS l_volgnummer, b.geboekt_op AS l_geboekt_op, upper(b.periode) AS l_tot
          FROM capaciteit_boekingen b JOIN capaciteit_eenheden e ON e.id = b.eenheid_id
         WHERE b.aanvraag_id = a.k_id
           AND NOT isempty(b.periode) AND upper(b.periode) > ${nu}::timestamptz) l ON true
     ORDER BY a.k_id, l.l_geboekt_op, l.l_item_id, l.l_volgnummer`.execute(trx);
  for (const x of r.rows) {
    let e = uit.get(x.k_id);
    if (!e) {
      // The demand's own columns (none of them starts with l_ or k_).
      const vraag =
        x.id !== null
          ? (Object.fromEntries(
              Object.entries(x).filter(([k]) => !k.startsWith("l_") && k !== "k_id"),
            ) as VraagRij)
          : undefined;
      e = { vraag, lopend: [] };
      uit.set(x.k_id, e);
    }
    if (x.l_id !== null)
      e.lopend.push({
        id: x.l_id,
        eenheidId: x.l_eenheid_id,
        itemId: x.l_item_id,
        soort: x.l_soort,
        volgnummer: x.l_volgnummer,
        tot: new Date(x.l_tot),
        geboektOp: new Date(x.l_geboekt_op),
      });
  }
  return uit;
}

const eenheden = (l: Lopend[]) => new Set(l.map((b) => b.eenheidId)).size;

// ---------------------------------------------------------------- supplier side

/** The top organisation of `id` (root of the ouder chain), and every organisation under it. */
async function leverendeKant(trx: Transaction<DB>, organisatieId: string): Promise<Set<string>> {
  const orgs = await trx.selectFrom("organisaties").select(["id", "ouder_id"]).execute();
  const ouder = new Map(orgs.map((o) => [o.id, o.ouder_id]));
  const wortel = (id: string) => {
    let x = id;
    for (let i = 0; i < 20; i++) {
      const o = ouder.get(x);
      if (!o) return x;
      x = o;
    }
    return x;
  };
  const top = wortel(organisatieId);
  const koepels = new Set([top, ...(KOEPEL_OOK[top] ?? [])]);
  return new Set(orgs.filter((o) => koepels.has(wortel(o.id))).map((o) => o.id));
}

interface Kandidaat {
  id: string;
  naam: string;
  organisatieId: string;
  aantal: number;
  toestand: string;
  beschikbaarheid: Venster[];
}

async function kandidaten(trx: Transaction<DB>, typeId: string, kant: Set<string>): Promise<Kandidaat[]> {
  if (kant.size === 0) return [];
  const rows = await trx
    .selectFrom("capaciteit_items")
    .select(["id", "naam", "organisatie_id", "aantal", "toestand", "beschikbaarheid"])
    .where("type_id", "=", typeId)
    .where("opgeheven", "is", null)
    .where("organisatie_id", "in", [...kant])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    naam: r.naam,
    organisatieId: r.organisatie_id,
    aantal: r.aantal,
    toestand: r.toestand,
    beschikbaarheid: (r.beschikbaarheid as Venster[]) ?? [],
  }));
}

/** Same rule as the registry: the period must lie inside the union of the availability windows. */
function binnenVensters(vensters: Venster[], van: Date, tot: Date): boolean {
  if (vensters.length === 0) return true;
  const v = vensters
    .map((x) => ({ van: Date.parse(x.van), tot: Date.parse(x.tot) }))
    .sort((a, b) => a.van - b.van);
  let t = van.getTime();
  for (const w of v) {
    if (w.van > t) break;
    if (w.tot > t) t = w.tot;
  }
  return t >= tot.getTime();
}

async function aantalVrij(trx: Transaction<DB>, itemId: string, van: Date, tot: Date): Promise<number> {
  const r = await trx
    .selectFrom("capaciteit_eenheden as e")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("e.item_id", "=", itemId)
    .where("e.opgeheven", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("capaciteit_boekingen as b")
            .select(sql`1`.as("x"))
            .whereRef("b.eenheid_id", "=", "e.id")
            .where(sql<boolean>`b.periode && tstzrange(${van}::timestamptz, ${tot}::timestamptz)`),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

const datum = (d: Date) =>
  d.toISOString() === OPEN_EINDE
    ? "open einde"
    : d.toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "short", timeStyle: "short" });

/** Turns a store conflict into one that names the request and says nothing was recorded. */
function bezet(a: Aanvraag, e: unknown): never {
  if (e instanceof CapaciteitFout && e.code === "conflict")
    throw new CapaciteitFout(
      "conflict",
      `${e.message} Daardoor is het besluit over aanvraag ${a.referentienummer} niet vastgelegd en is er niets geboekt. Bekijk het capaciteitenoverzicht en besluit opnieuw (bijvoorbeeld gedeeltelijk, of met andere items).`,
    );
  throw e;
}

function kort(b: Boeking, naam: string): GeboektKort {
  return {
    boekingId: b.id,
    itemId: b.itemId,
    itemNaam: naam,
    volgnummer: b.volgnummer,
    soort: b.soort,
    van: b.van,
    tot: b.tot,
  };
}

// ---------------------------------------------------------------- booking

async function boekVoorBesluit(
  trx: Transaction<DB>,
  a: Aanvraag,
  e: Extract<AanvraagEvent, { type: "LeveranciersbesluitGenomen" | "BesluitGenomen" }>,
  typeId: string,
  genoemd: GenoemdItem[] | undefined,
  ctx: { door: string | null; nu: Date; vraagId: string | null },
  uit: CapaciteitUitkomst,
): Promise<void> {
  const nr = faseVan(e.taakId);
  const f = a.fasen[nr];
  if (!f) return;
  // An extension is booked when its decision sets the new end (see verleng), not per supplier.
  if (f.aanleiding === "wijziging" && f.wijziging?.soort !== "opschalen") return;
  if (f.aanleiding === "beroep") return;
  const gevraagd = gevraagdIn(a, f);
  const belofte = e.geleverd?.aantal ?? gevraagd;
  const nu = await lopend(trx, a.id, ctx.nu);
  const geboekt = eenheden(nu);
  // Phase 0: each supplier adds its part, up to what was asked. Scale-up: the promise is the new total.
  const nodig = Math.max(
    0,
    nr === 0 ? Math.min(belofte, gevraagd - geboekt) : Math.min(belofte, gevraagd) - geboekt,
  );
  const wie = e.door.organisatieId;
  if (nodig === 0) {
    if (genoemd?.length)
      throw new CapaciteitFout(
        "ongeldige-invoer",
        `Voor aanvraag ${a.referentienummer} is al alles geboekt wat gevraagd is; er hoeven geen items meer te worden genoemd.`,
        "items",
      );
    return;
  }
  const w = venster(a, ctx.nu);
  if (!w) {
    uit.meldingen.push(
      `Niets geboekt: de periode van de aanvraag ${a.gegevens.periode ? "ligt in het verleden" : "ontbreekt"}.`,
    );
    return;
  }
  const soort = soortNu(a);
  const kant = await leverendeKant(trx, wie);
  const boek = async (itemId: string, naam: string, aantal: number) => {
    try {
      const b = await boekCapaciteit(
        trx,
        {
          itemId,
          aantal,
          aanvraagId: a.id,
          ...(ctx.vraagId ? { vraagId: ctx.vraagId } : {}),
          van: w.van,
          tot: w.tot,
          soort,
          door: ctx.door,
        },
        ctx.nu,
      );
      uit.geboekt.push(...b.map((x) => kort(x, naam)));
      return b.length;
    } catch (err) {
      bezet(a, err);
    }
  };

  if (genoemd?.length) {
    const som = genoemd.reduce((s, x) => s + x.aantal, 0);
    if (som > nodig)
      throw new CapaciteitFout(
        "ongeldige-invoer",
        `De genoemde items tellen op tot ${som} eenheden; dit besluit levert er ${nodig}.`,
        "items",
      );
    const ids = [...new Set(genoemd.map((x) => x.itemId))];
    if (ids.length !== genoemd.length)
      throw new CapaciteitFout("ongeldige-invoer", "Een item staat meer dan eens in de lijst.", "items");
    for (const [i, x] of genoemd.entries())
      if (!UUID.test(x.itemId))
        throw new CapaciteitFout(
          "ongeldige-invoer",
          `Item ${i + 1} heeft geen geldig id.`,
          `items[${i}].itemId`,
        );
    const rijen = await trx
      .selectFrom("capaciteit_items")
      .select(["id", "naam", "type_id", "organisatie_id", "opgeheven"])
      .where("id", "in", ids)
      .execute();
    const perId = new Map(rijen.map((r) => [r.id, r]));
    for (const [i, x] of genoemd.entries()) {
      const r = perId.get(x.itemId);
      if (!r || r.opgeheven)
        throw new CapaciteitFout(
          "niet-gevonden",
          `Item ${x.itemId} bestaat niet (meer).`,
          `items[${i}].itemId`,
        );
      if (r.type_id !== typeId)
        throw new CapaciteitFout(
          "ongeldige-invoer",
          `${r.naam} is van type ${r.type_id}; de aanvraag vraagt ${typeId}.`,
          `items[${i}].itemId`,
        );
      if (!kant.has(r.organisatie_id))
        throw new CapaciteitFout(
          "niet-toegestaan",
          `${r.naam} is van ${r.organisatie_id}; een leverancier boekt alleen capaciteit van de eigen organisatie.`,
          `items[${i}].itemId`,
        );
    }
    // Locks in a fixed order (by id), so two decisions naming the same items cannot deadlock.
    for (const x of [...genoemd].sort((p, q) => p.itemId.localeCompare(q.itemId)))
      await boek(x.itemId, perId.get(x.itemId)?.naam ?? x.itemId, x.aantal);
    if (som < nodig)
      uit.meldingen.push(
        `${nodig - som} van de ${nodig} toegezegde eenheden zijn niet uit het register geboekt (niet als item genoemd).`,
      );
    return;
  }

  const lijst = await kandidaten(trx, typeId, kant);
  const naam = capaciteitType(typeId)?.naam ?? typeId;
  if (lijst.length === 0) {
    uit.meldingen.push(
      `Niets geboekt: ${wie} heeft geen capaciteit van het type ${naam} in het register. Het besluit staat; de ${nodig} toegezegde eenheden worden buiten het register om geleverd en tellen niet mee in het capaciteitenoverzicht.`,
    );
    return;
  }
  // Deterministic: the deciding (or named) organisation's own items first, then by name and id.
  const eigen = new Set([wie, ...(e.type === "LeveranciersbesluitGenomen" ? e.organisaties : [])]);
  lijst.sort(
    (p, q) =>
      Number(!eigen.has(p.organisatieId)) - Number(!eigen.has(q.organisatieId)) ||
      p.naam.localeCompare(q.naam, "nl") ||
      p.id.localeCompare(q.id),
  );
  const geregistreerd = lijst.reduce((s, x) => s + x.aantal, 0);
  const doel = Math.min(nodig, geregistreerd);
  let gedaan = 0;
  for (const k of lijst) {
    if (gedaan >= doel) break;
    if (k.toestand !== "beschikbaar" || !binnenVensters(k.beschikbaarheid, w.van, w.tot)) continue;
    const neem = Math.min(doel - gedaan, await aantalVrij(trx, k.id, w.van, w.tot));
    if (neem > 0) gedaan += (await boek(k.id, k.naam, neem)) ?? 0;
  }
  if (gedaan < doel)
    bezet(
      a,
      new CapaciteitFout(
        "conflict",
        `Van de geregistreerde capaciteit ${naam} van ${wie} zijn van ${datum(w.van)} tot ${datum(w.tot)} maar ${gedaan} van de benodigde ${doel} eenheden vrij (de rest is al geboekt, niet inzetbaar of buiten de beschikbaarheid).`,
      ),
    );
  if (geregistreerd < nodig)
    uit.meldingen.push(
      `${doel} van de ${nodig} toegezegde eenheden ${naam} geboekt; voor de overige ${nodig - doel} heeft ${wie} niets (meer) in het register staan.`,
    );
}

/** The period got a later end: book the same units for the extra time (history keeps both rows). */
async function verleng(
  trx: Transaction<DB>,
  a: Aanvraag,
  oudTot: string,
  nieuwTot: string,
  ctx: { door: string | null; nu: Date; vraagId: string | null },
): Promise<GeboektKort[]> {
  const oud = Date.parse(oudTot);
  const l = (await lopend(trx, a.id, ctx.nu)).filter((b) => b.tot.getTime() === oud);
  if (l.length === 0) return [];
  const van = new Date(Math.max(oud, ctx.nu.getTime()));
  const tot = new Date(nieuwTot);
  const groepen = new Map<string, Lopend[]>();
  for (const b of l) {
    const k = `${b.itemId}|${b.soort}`;
    groepen.set(k, [...(groepen.get(k) ?? []), b]);
  }
  const uit: GeboektKort[] = [];
  for (const [k, bs] of [...groepen].sort(([p], [q]) => p.localeCompare(q))) {
    const item = await trx
      .selectFrom("capaciteit_items")
      .select("naam")
      .where("id", "=", bs[0]?.itemId ?? "")
      .executeTakeFirst();
    try {
      const r = await boekCapaciteit(
        trx,
        {
          itemId: bs[0]?.itemId ?? "",
          eenheidIds: bs.map((b) => b.eenheidId),
          aanvraagId: a.id,
          ...(ctx.vraagId ? { vraagId: ctx.vraagId } : {}),
          van,
          tot,
          soort: k.endsWith("|inzet") ? "inzet" : "reservering",
          door: ctx.door,
        },
        ctx.nu,
      );
      uit.push(...r.map((x) => kort(x, item?.naam ?? x.itemId)));
    } catch (err) {
      if (err instanceof CapaciteitFout && err.code === "conflict")
        throw new CapaciteitFout(
          "conflict",
          `Verlengen tot ${datum(tot)} kan niet met dezelfde eenheden: ${err.message} Het besluit over de verlenging van ${a.referentienummer} is niet vastgelegd. Geef de eenheid vrij of besluit gedeeltelijk.`,
        );
      throw err;
    }
  }
  return uit;
}

/** Frees the units above what the request may hold, newest booking first. */
async function afschalen(
  trx: Transaction<DB>,
  a: Aanvraag,
  max: number,
  ctx: { door: string | null; nu: Date },
  /** The bookings as read by vraagEnLopend in this command, when nothing booked since. */
  vooraf?: Lopend[],
): Promise<number> {
  const l = vooraf ?? (await lopend(trx, a.id, ctx.nu));
  const perEenheid = new Map<string, Lopend[]>();
  for (const b of l) perEenheid.set(b.eenheidId, [...(perEenheid.get(b.eenheidId) ?? []), b]);
  if (perEenheid.size <= max) return 0;
  const volgorde = [...perEenheid.values()].sort(
    (p, q) =>
      (q[0]?.geboektOp.getTime() ?? 0) - (p[0]?.geboektOp.getTime() ?? 0) ||
      (q[0]?.itemId ?? "").localeCompare(p[0]?.itemId ?? "") ||
      (q[0]?.volgnummer ?? 0) - (p[0]?.volgnummer ?? 0),
  );
  const weg = volgorde.slice(0, perEenheid.size - max).flat();
  const r = await geefVrij(
    trx,
    { boekingIds: weg.map((b) => b.id) },
    { door: ctx.door, reden: `afgeschaald naar ${max}` },
    ctx.nu,
  );
  return r.vrijgegeven.length;
}

// ---------------------------------------------------------------- demand

/**
 * "acuut" only when the requester states the exception of the uitgangspunten (LCP-EGT §3.2.3:
 * "behalve bij acuut gevaar met een nog groter risico op slachtoffers"; "Bij een acute vervolgdreiging
 * kunnen opsporingsactiviteiten prioriteit hebben"). `spoed` is the procedural urgent path (phone
 * first, formalise later) and says nothing about that threat. Requests without the field: regulier.
 * ADR 0660.
 */
export const urgentieVan = (a: Pick<Aanvraag, "gegevens" | "spoed">): Urgentie =>
  a.gegevens.acuteDreiging === true ? "acuut" : "regulier";

/** What the demand asks now: a pending scale-up's total, else the grant once decided, else the form. */
function vraagAantal(a: Aanvraag): number {
  const op = a.fasen.find(
    (f) => f.aanleiding === "wijziging" && f.uitkomst === null && f.wijziging?.soort === "opschalen",
  );
  if (op?.wijziging?.nieuwAantal) return op.wijziging.nieuwAantal;
  const f0 = a.fasen[0];
  if ((f0?.uitkomst === "toegekend" || f0?.uitkomst === "gedeeltelijk") && a.toegekendAantal)
    return a.toegekendAantal;
  return a.gegevens.gevraagd?.aantal ?? 1;
}

/**
 * One demand row per request: registered once the request leaves the draft (filed, or agreed by
 * phone on the urgent path — the LOCC "verwerkt de aanvraag in haar capaciteitenoverzichten"), kept
 * in step with it, and 'vervallen' once it is refused, withdrawn, demobilised or closed.
 * `toegewezen` counts what suppliers promised (booked or not), so promised capacity outside the
 * register does not show as scarcity.
 */
async function synchroniseerVraag(
  trx: Transaction<DB>,
  a: Aanvraag,
  ctx: { door: string | null; nu: Date; eind: boolean },
  vooraf?: { vraag: VraagRij | undefined },
): Promise<string | null> {
  const g = a.gegevens;
  const type = g.gevraagd ? capaciteitType(g.gevraagd.capaciteitType) : undefined;
  const ingediend = a.status !== "concept" || a.telefonischeContacten.length > 0;
  const bestaand = vooraf
    ? vooraf.vraag
    : await trx
        .selectFrom("capaciteit_vraag")
        .selectAll()
        .where("aanvraag_id", "=", a.id)
        .orderBy("aangemaakt", "desc")
        .limit(1)
        .executeTakeFirst();
  if (!type || !g.periode || (!ingediend && !bestaand)) return bestaand?.id ?? null;
  const aantal = Math.max(1, Math.min(5000, vraagAantal(a)));
  // Once ended, the demand keeps what it had been given (history), it just no longer counts as open.
  const toegewezen = ctx.eind ? (bestaand?.toegewezen ?? 0) : Math.min(aantal, toegestaan(a));
  const status: "open" | "toegewezen" | "deels-toegewezen" | "vervallen" = ctx.eind
    ? "vervallen"
    : toegewezen >= aantal
      ? "toegewezen"
      : toegewezen > 0
        ? "deels-toegewezen"
        : "open";
  const c = g.plaats.coordinaten;
  const plaats = [g.plaats.adres, g.incident?.plaats].find((x) => x && x.trim() !== "") ?? a.referentienummer;
  const locatieNaam = `${a.referentienummer}: ${plaats}${c ? "" : " (geen coördinaten; midden van Nederland aangenomen)"}`;
  const punt = c ?? MIDDEN_NEDERLAND;
  const van = g.periode.van;
  const tot = g.periode.tot ?? OPEN_EINDE;
  if (!bestaand) {
    if (ctx.eind) return null;
    const org = await trx
      .selectFrom("organisaties")
      .select("naam")
      .where("id", "=", a.aanvrager.organisatieId)
      .executeTakeFirst();
    const id = await registreerVraag(
      trx,
      {
        typeId: type.id,
        aantal,
        lat: punt.lat,
        lon: punt.lon,
        regioId: a.context.veiligheidsregioId,
        locatieNaam,
        van,
        tot,
        doelstelling: doelstellingVan(a.procedureId, type.id),
        urgentie: urgentieVan(a),
        aanvraagId: a.id,
        aanvrager: `${org?.naam ?? a.aanvrager.organisatieId} (aanvraag ${a.referentienummer})`,
      },
      ctx.door,
      ctx.nu,
    );
    if (toegewezen > 0)
      await trx.updateTable("capaciteit_vraag").set({ toegewezen, status }).where("id", "=", id).execute();
    return id;
  }
  if (bestaand.status === "vervallen" && ctx.eind) return bestaand.id;
  const p = prioriteitVoor(doelstellingVan(a.procedureId, type.id), urgentieVan(a));
  const nieuw = {
    type_id: type.id,
    aantal,
    lat: punt.lat,
    lon: punt.lon,
    locatie_naam: locatieNaam,
    van: new Date(van),
    tot: new Date(tot),
    doelstelling: p.doelstelling,
    urgentie: p.urgentie,
    prioriteit: p.prioriteit,
    motivering: p.motivering,
    status,
    toegewezen,
  };
  const oud = {
    type_id: bestaand.type_id,
    aantal: bestaand.aantal,
    lat: bestaand.lat,
    lon: bestaand.lon,
    locatie_naam: bestaand.locatie_naam,
    van: new Date(bestaand.van),
    tot: new Date(bestaand.tot),
    doelstelling: bestaand.doelstelling,
    urgentie: bestaand.urgentie,
    prioriteit: bestaand.prioriteit,
    motivering: bestaand.motivering,
    status: bestaand.status,
    toegewezen: bestaand.toegewezen,
  };
  const gelijk = (Object.keys(nieuw) as (keyof typeof nieuw)[]).every((k) =>
    nieuw[k] instanceof Date
      ? (nieuw[k] as Date).getTime() === (oud[k] as Date).getTime()
      : nieuw[k] === oud[k],
  );
  if (!gelijk)
    await trx
      .updateTable("capaciteit_vraag")
      .set({ ...nieuw, versie: bestaand.versie + 1, gewijzigd: ctx.nu })
      .where("id", "=", bestaand.id)
      .execute();
  return bestaand.id;
}
