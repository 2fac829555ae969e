// The capacity registry, bookings, open demand and the overview (issue 5). Every writing function
// takes the caller's transaction, so the requests capability books inside its own transaction and
// its audit record commits with it. Double booking is prevented by the exclusion constraint
// `capaciteit_geen_dubbele_boeking` (migration 0004); the item row lock below only makes the
// common case fail with a clear message instead of a constraint error.
import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { capaciteitType } from "../domain/capaciteit/catalogus.ts";
import { type DoelstellingId, prioriteitVoor, type Urgentie } from "../domain/capaciteit/doelstellingen.ts";
import { vraagtInstemmingOvj } from "../domain/capaciteit/instemming-ovj.ts";
import { SYSTEEM, schrijfAudit } from "./audit.ts";
import type { Database } from "./database.ts";
import type { CapaciteitToestand, DB } from "./schema.ts";

type Q = Kysely<DB> | Transaction<DB>;

/** A refusal from the store; the HTTP layer turns `code` into the matching problem document. */
export class CapaciteitFout extends Error {
  constructor(
    readonly code: "conflict" | "niet-toegestaan" | "niet-gevonden" | "ongeldige-invoer",
    message: string,
    readonly veld?: string,
  ) {
    super(message);
    this.name = "CapaciteitFout";
  }
}

export interface Venster {
  van: string;
  tot: string;
}

export interface ItemInvoer {
  typeId: string;
  naam: string;
  aantal: number;
  lat: number;
  lon: number;
  regioId: string;
  reactietijdMinuten: number | null;
  toestand: CapaciteitToestand;
  beschikbaarheid: Venster[];
  contact: string;
  toelichting?: string | null;
}

export interface Item extends ItemInvoer {
  id: string;
  organisatieId: string;
  organisatieNaam: string;
  regioNaam: string;
  versie: number;
  gewijzigd: string;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

function controleerInvoer(i: ItemInvoer): void {
  if (!capaciteitType(i.typeId))
    throw new CapaciteitFout("ongeldige-invoer", `Onbekend capaciteitstype '${i.typeId}'.`, "typeId");
  for (const [n, v] of i.beschikbaarheid.entries()) {
    const van = Date.parse(v.van);
    const tot = Date.parse(v.tot);
    if (!(Number.isFinite(van) && Number.isFinite(tot) && tot > van))
      throw new CapaciteitFout(
        "ongeldige-invoer",
        `Beschikbaarheidsvenster ${n + 1}: 'tot' moet na 'van' liggen.`,
        `beschikbaarheid[${n}]`,
      );
  }
}

async function controleerRegio(q: Q, regioId: string): Promise<void> {
  const r = await q.selectFrom("organisaties").select("soort").where("id", "=", regioId).executeTakeFirst();
  if (r?.soort !== "veiligheidsregio")
    throw new CapaciteitFout("ongeldige-invoer", `'${regioId}' is geen veiligheidsregio.`, "regioId");
}

async function schrijfVersie(trx: Transaction<DB>, id: string, versie: number, nu: Date, opgeheven = false) {
  const r = await trx
    .selectFrom("capaciteit_items")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  await sql`UPDATE capaciteit_item_versies
            SET geldig = tstzrange(lower(geldig), greatest(lower(geldig), ${nu}::timestamptz))
            WHERE item_id = ${id} AND upper_inf(geldig)`.execute(trx);
  await trx
    .insertInto("capaciteit_item_versies")
    .values({
      item_id: id,
      versie,
      geldig: sql<string>`tstzrange(${nu}::timestamptz, NULL)` as unknown as string,
      type_id: r.type_id,
      organisatie_id: r.organisatie_id,
      naam: r.naam,
      aantal: r.aantal,
      lat: r.lat,
      lon: r.lon,
      regio_id: r.regio_id,
      reactietijd_minuten: r.reactietijd_minuten,
      toestand: r.toestand,
      beschikbaarheid: JSON.stringify(r.beschikbaarheid),
      opgeheven,
    })
    .execute();
}

async function zetEenheden(trx: Transaction<DB>, itemId: string, van: number, tot: number) {
  if (tot < van) return;
  const rijen = [];
  for (let n = van; n <= tot; n++) rijen.push({ id: randomUUID(), item_id: itemId, volgnummer: n });
  for (let i = 0; i < rijen.length; i += 500)
    await trx
      .insertInto("capaciteit_eenheden")
      .values(rijen.slice(i, i + 500))
      .execute();
}

export async function maakItem(
  trx: Transaction<DB>,
  organisatieId: string,
  invoer: ItemInvoer,
  nu: Date = new Date(),
): Promise<string> {
  controleerInvoer(invoer);
  await controleerRegio(trx, invoer.regioId);
  const id = randomUUID();
  await trx
    .insertInto("capaciteit_items")
    .values({
      id,
      type_id: invoer.typeId,
      organisatie_id: organisatieId,
      naam: invoer.naam,
      aantal: invoer.aantal,
      lat: invoer.lat,
      lon: invoer.lon,
      regio_id: invoer.regioId,
      reactietijd_minuten: invoer.reactietijdMinuten,
      toestand: invoer.toestand,
      beschikbaarheid: JSON.stringify(invoer.beschikbaarheid),
      contact: invoer.contact,
      toelichting: invoer.toelichting ?? null,
      aangemaakt: nu,
      gewijzigd: nu,
    })
    .execute();
  await zetEenheden(trx, id, 1, invoer.aantal);
  await schrijfVersie(trx, id, 1, nu);
  return id;
}

/** Locks the item; a stale `versie` is a conflict (409), a closed item cannot change (422). */
async function vergrendel(trx: Transaction<DB>, id: string, versie: number | null) {
  const r = await trx
    .selectFrom("capaciteit_items")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new CapaciteitFout("niet-gevonden", "Dit capaciteitsitem bestaat niet.");
  if (versie !== null && r.versie !== versie)
    throw new CapaciteitFout(
      "conflict",
      `Dit item is intussen gewijzigd (u zag versie ${versie}, nu is het versie ${r.versie}). Laad het opnieuw en breng uw wijziging opnieuw aan.`,
    );
  if (r.opgeheven) throw new CapaciteitFout("niet-toegestaan", "Dit item is opgeheven.");
  return r;
}

/** Units with a booking that has not ended by `nu` (current or future). */
async function eenhedenMetToekomstigeBoeking(trx: Q, itemId: string, nu: Date, vanafVolgnummer = 1) {
  return trx
    .selectFrom("capaciteit_boekingen as b")
    .innerJoin("capaciteit_eenheden as e", "e.id", "b.eenheid_id")
    .select(["e.volgnummer"])
    .where("b.item_id", "=", itemId)
    .where("e.volgnummer", ">=", vanafVolgnummer)
    .where(sql<boolean>`upper(b.periode) > ${nu}::timestamptz`)
    .distinct()
    .execute();
}

export async function wijzigItem(
  trx: Transaction<DB>,
  id: string,
  versie: number,
  invoer: ItemInvoer,
  nu: Date = new Date(),
): Promise<{ voor: Record<string, unknown>; versie: number }> {
  controleerInvoer(invoer);
  const voor = await vergrendel(trx, id, versie);
  if (invoer.typeId !== voor.type_id)
    throw new CapaciteitFout(
      "niet-toegestaan",
      "Het type van een item kan niet veranderen; hef het op en voeg een nieuw item toe.",
      "typeId",
    );
  await controleerRegio(trx, invoer.regioId);
  if (invoer.aantal < voor.aantal) {
    const bezet = await eenhedenMetToekomstigeBoeking(trx, id, nu, invoer.aantal + 1);
    if (bezet.length)
      throw new CapaciteitFout(
        "niet-toegestaan",
        `Het aantal kan niet naar ${invoer.aantal}: eenheid ${bezet.map((b) => b.volgnummer).join(", ")} is nog geboekt. Geef die boeking eerst vrij.`,
        "aantal",
      );
    await trx
      .updateTable("capaciteit_eenheden")
      .set({ opgeheven: nu })
      .where("item_id", "=", id)
      .where("volgnummer", ">", invoer.aantal)
      .where("opgeheven", "is", null)
      .execute();
  } else if (invoer.aantal > voor.aantal) {
    // Units once closed come back before new ones are made.
    await trx
      .updateTable("capaciteit_eenheden")
      .set({ opgeheven: null })
      .where("item_id", "=", id)
      .where("volgnummer", "<=", invoer.aantal)
      .execute();
    const hoogste = await trx
      .selectFrom("capaciteit_eenheden")
      .select((e) => e.fn.max("volgnummer").as("n"))
      .where("item_id", "=", id)
      .executeTakeFirst();
    await zetEenheden(trx, id, Number(hoogste?.n ?? 0) + 1, invoer.aantal);
  }
  const nieuweVersie = voor.versie + 1;
  await trx
    .updateTable("capaciteit_items")
    .set({
      naam: invoer.naam,
      aantal: invoer.aantal,
      lat: invoer.lat,
      lon: invoer.lon,
      regio_id: invoer.regioId,
      reactietijd_minuten: invoer.reactietijdMinuten,
      toestand: invoer.toestand,
      beschikbaarheid: JSON.stringify(invoer.beschikbaarheid),
      contact: invoer.contact,
      toelichting: invoer.toelichting ?? null,
      versie: nieuweVersie,
      gewijzigd: nu,
    })
    .where("id", "=", id)
    .execute();
  await schrijfVersie(trx, id, nieuweVersie, nu);
  return { voor: itemGegevens(voor), versie: nieuweVersie };
}

export async function hefItemOp(trx: Transaction<DB>, id: string, versie: number, nu: Date = new Date()) {
  const voor = await vergrendel(trx, id, versie);
  const bezet = await eenhedenMetToekomstigeBoeking(trx, id, nu);
  if (bezet.length)
    throw new CapaciteitFout(
      "niet-toegestaan",
      "Dit item heeft nog lopende of toekomstige boekingen en kan niet worden opgeheven.",
    );
  await trx
    .updateTable("capaciteit_items")
    .set({ opgeheven: nu, versie: voor.versie + 1, gewijzigd: nu })
    .where("id", "=", id)
    .execute();
  await schrijfVersie(trx, id, voor.versie + 1, nu, true);
  return { voor: itemGegevens(voor) };
}

function itemGegevens(r: DB["capaciteit_items"] extends infer T ? { [K in keyof T]: unknown } : never) {
  return {
    typeId: r.type_id,
    naam: r.naam,
    aantal: r.aantal,
    lat: r.lat,
    lon: r.lon,
    regioId: r.regio_id,
    reactietijdMinuten: r.reactietijd_minuten,
    toestand: r.toestand,
    beschikbaarheid: r.beschikbaarheid,
    contact: r.contact,
    versie: r.versie,
  };
}

export async function laadItems(
  q: Q,
  filter: { id?: string; organisatieId?: string; typeId?: string; regioId?: string } = {},
): Promise<Item[]> {
  let s = q
    .selectFrom("capaciteit_items as i")
    .innerJoin("organisaties as o", "o.id", "i.organisatie_id")
    .innerJoin("organisaties as r", "r.id", "i.regio_id")
    .selectAll("i")
    .select(["o.naam as organisatie_naam", "r.naam as regio_naam"])
    .where("i.opgeheven", "is", null)
    .orderBy("i.type_id")
    .orderBy("i.naam");
  if (filter.id) s = s.where("i.id", "=", filter.id);
  if (filter.organisatieId) s = s.where("i.organisatie_id", "=", filter.organisatieId);
  if (filter.typeId) s = s.where("i.type_id", "=", filter.typeId);
  if (filter.regioId) s = s.where("i.regio_id", "=", filter.regioId);
  const rows = await s.execute();
  return rows.map((r) => ({
    id: r.id,
    typeId: r.type_id,
    naam: r.naam,
    aantal: r.aantal,
    lat: r.lat,
    lon: r.lon,
    regioId: r.regio_id,
    regioNaam: r.regio_naam,
    reactietijdMinuten: r.reactietijd_minuten,
    toestand: r.toestand,
    beschikbaarheid: (r.beschikbaarheid as Venster[]) ?? [],
    contact: r.contact,
    toelichting: r.toelichting,
    organisatieId: r.organisatie_id,
    organisatieNaam: r.organisatie_naam,
    versie: r.versie,
    gewijzigd: iso(r.gewijzigd),
  }));
}

// ---------------------------------------------------------------------------------------------
// Bookings (called by the requests capability inside its own transaction, and by adopted plans)

export interface BoekInvoer {
  itemId: string;
  /** How many units; the lowest free unit numbers are taken. Give this or `eenheidIds`. */
  aantal?: number;
  /** Specific units (e.g. the ones an adopted plan names). */
  eenheidIds?: string[];
  aanvraagId?: string;
  planId?: string;
  vraagId?: string;
  van: Date | string;
  tot: Date | string;
  soort: "reservering" | "inzet";
  /** The user who books (gebruikers.id), if any. */
  door?: string | null;
}

export interface Boeking {
  id: string;
  eenheidId: string;
  volgnummer: number;
  itemId: string;
  soort: "reservering" | "inzet";
  aanvraagId: string | null;
  planId: string | null;
  vraagId: string | null;
  van: string;
  tot: string;
}

function binnenVensters(vensters: Venster[], van: Date, tot: Date): boolean {
  if (vensters.length === 0) return true;
  // The period must lie inside the union of windows: walk the windows from `van`.
  const sorted = vensters
    .map((v) => ({ van: Date.parse(v.van), tot: Date.parse(v.tot) }))
    .sort((a, b) => a.van - b.van);
  let t = van.getTime();
  for (const v of sorted) {
    if (v.van > t) break;
    if (v.tot > t) t = v.tot;
    if (t >= tot.getTime()) return true;
  }
  return t >= tot.getTime();
}

async function vrijeEenheden(q: Q, itemId: string, van: Date, tot: Date, aantal: number) {
  return q
    .selectFrom("capaciteit_eenheden as e")
    .select(["e.id", "e.volgnummer"])
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
    .orderBy("e.volgnummer")
    .limit(aantal)
    .execute();
}

function isUitsluiting(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === "23P01" || String((e as Error)?.message ?? "").includes("capaciteit_geen_dubbele_boeking");
}

/**
 * Books units of one item for [van, tot). Throws CapaciteitFout "conflict" when not enough units are
 * free (also when a concurrent transaction took them first: the database refuses the overlap).
 */
export async function boekCapaciteit(
  trx: Transaction<DB>,
  b: BoekInvoer,
  nu: Date = new Date(),
): Promise<Boeking[]> {
  const van = new Date(b.van);
  const tot = new Date(b.tot);
  if (!(tot.getTime() > van.getTime()))
    throw new CapaciteitFout("ongeldige-invoer", "'tot' moet na 'van' liggen.", "tot");
  if (!b.aanvraagId && !b.planId)
    throw new CapaciteitFout(
      "ongeldige-invoer",
      "Een boeking hoort bij een aanvraag of een plan.",
      "aanvraagId",
    );
  const item = await vergrendel(trx, b.itemId, null);
  if (item.toestand !== "beschikbaar")
    throw new CapaciteitFout(
      "conflict",
      `${item.naam} staat op '${item.toestand}' en kan niet worden geboekt.`,
    );
  if (!binnenVensters((item.beschikbaarheid as Venster[]) ?? [], van, tot))
    throw new CapaciteitFout(
      "conflict",
      `${item.naam} is in (een deel van) deze periode niet beschikbaar volgens de opgegeven beschikbaarheid.`,
    );
  let gekozen: { id: string; volgnummer: number }[];
  if (b.eenheidIds?.length) {
    const vrij = await vrijeEenheden(trx, b.itemId, van, tot, item.aantal);
    const perId = new Map(vrij.map((e) => [e.id, e]));
    gekozen = [];
    for (const eid of b.eenheidIds) {
      const e = perId.get(eid);
      if (!e)
        throw new CapaciteitFout(
          "conflict",
          `Eenheid ${eid} van ${item.naam} is in deze periode niet (meer) vrij.`,
        );
      gekozen.push(e);
    }
  } else {
    const aantal = b.aantal ?? 1;
    if (!(Number.isInteger(aantal) && aantal >= 1))
      throw new CapaciteitFout(
        "ongeldige-invoer",
        "Het aantal moet een geheel getal van 1 of meer zijn.",
        "aantal",
      );
    gekozen = await vrijeEenheden(trx, b.itemId, van, tot, aantal);
    if (gekozen.length < aantal)
      throw new CapaciteitFout(
        "conflict",
        `Van ${item.naam} zijn in deze periode ${gekozen.length} van de gevraagde ${aantal} eenheden vrij.`,
      );
  }
  const rijen = gekozen.map((e) => ({
    id: randomUUID(),
    eenheid_id: e.id,
    item_id: b.itemId,
    soort: b.soort,
    aanvraag_id: b.aanvraagId ?? null,
    plan_id: b.planId ?? null,
    vraag_id: b.vraagId ?? null,
    periode: sql<string>`tstzrange(${van}::timestamptz, ${tot}::timestamptz)` as unknown as string,
    gevraagd_van: van,
    gevraagd_tot: tot,
    geboekt_door: b.door ?? null,
    geboekt_op: nu,
  }));
  try {
    if (rijen.length) await trx.insertInto("capaciteit_boekingen").values(rijen).execute();
  } catch (e) {
    if (isUitsluiting(e))
      throw new CapaciteitFout(
        "conflict",
        `Een eenheid van ${item.naam} is zojuist door een ander geboekt. Probeer het opnieuw.`,
      );
    throw e;
  }
  return rijen.map((r, i) => ({
    id: r.id,
    eenheidId: r.eenheid_id,
    volgnummer: gekozen[i]!.volgnummer,
    itemId: r.item_id,
    soort: r.soort,
    aanvraagId: r.aanvraag_id,
    planId: r.plan_id,
    vraagId: r.vraag_id,
    van: van.toISOString(),
    tot: tot.toISOString(),
  }));
}

export interface VrijgaveSelectie {
  boekingIds?: string[];
  aanvraagId?: string;
  planId?: string;
  itemId?: string;
}

async function lopendeBoekingen(trx: Transaction<DB>, sel: VrijgaveSelectie, nu: Date) {
  if (!sel.boekingIds?.length && !sel.aanvraagId && !sel.planId)
    throw new CapaciteitFout("ongeldige-invoer", "Geef aan welke boekingen (ids, aanvraag of plan).");
  let q = trx
    .selectFrom("capaciteit_boekingen")
    .select([
      "id",
      "eenheid_id",
      "item_id",
      "soort",
      "aanvraag_id",
      "plan_id",
      "vraag_id",
      "gevraagd_tot",
      "geboekt_door",
      sql<Date>`lower(periode)`.as("van"),
      sql<Date>`upper(periode)`.as("tot"),
    ])
    .where(sql<boolean>`NOT isempty(periode) AND upper(periode) > ${nu}::timestamptz`)
    .forUpdate();
  if (sel.boekingIds?.length) q = q.where("id", "in", sel.boekingIds);
  if (sel.aanvraagId) q = q.where("aanvraag_id", "=", sel.aanvraagId);
  if (sel.planId) q = q.where("plan_id", "=", sel.planId);
  if (sel.itemId) q = q.where("item_id", "=", sel.itemId);
  return q.execute();
}

/**
 * Frees bookings that have not ended: the end becomes `nu` (or the booking becomes empty when it had
 * not begun). Returns how many were freed. Bookings are never deleted: history keeps them.
 */
export async function geefVrij(
  trx: Transaction<DB>,
  sel: VrijgaveSelectie,
  opties: { door?: string | null; reden: string },
  nu: Date = new Date(),
): Promise<{ vrijgegeven: string[] }> {
  const lopend = await lopendeBoekingen(trx, sel, nu);
  for (const b of lopend) {
    await sql`UPDATE capaciteit_boekingen
              SET periode = CASE WHEN lower(periode) >= ${nu}::timestamptz THEN 'empty'::tstzrange
                                 ELSE tstzrange(lower(periode), ${nu}::timestamptz) END,
                  vrijgegeven_op = ${nu}::timestamptz,
                  vrijgegeven_door = ${opties.door ?? null},
                  vrijgave_reden = ${opties.reden}
              WHERE id = ${b.id}`.execute(trx);
  }
  return { vrijgegeven: lopend.map((b) => b.id) };
}

/**
 * A reservation becomes a deployment from `vanaf`: the reservation ends there and an inzet booking
 * of the same unit continues to the booked end (history shows both).
 */
export async function zetOmNaarInzet(
  trx: Transaction<DB>,
  sel: VrijgaveSelectie,
  opties: { door?: string | null; vanaf?: Date },
  nu: Date = new Date(),
): Promise<Boeking[]> {
  const vanaf = opties.vanaf ?? nu;
  const lopend = (await lopendeBoekingen(trx, sel, vanaf)).filter((b) => b.soort === "reservering");
  const uit: Boeking[] = [];
  for (const b of lopend) {
    const start = new Date(Math.max(new Date(b.van).getTime(), vanaf.getTime()));
    const eind = new Date(b.tot);
    await sql`UPDATE capaciteit_boekingen
              SET periode = CASE WHEN lower(periode) >= ${start}::timestamptz THEN 'empty'::tstzrange
                                 ELSE tstzrange(lower(periode), ${start}::timestamptz) END,
                  vrijgegeven_op = ${nu}::timestamptz, vrijgegeven_door = ${opties.door ?? null},
                  vrijgave_reden = 'omgezet naar inzet'
              WHERE id = ${b.id}`.execute(trx);
    const id = randomUUID();
    await trx
      .insertInto("capaciteit_boekingen")
      .values({
        id,
        eenheid_id: b.eenheid_id,
        item_id: b.item_id,
        soort: "inzet",
        aanvraag_id: b.aanvraag_id,
        plan_id: b.plan_id,
        vraag_id: b.vraag_id,
        periode: sql<string>`tstzrange(${start}::timestamptz, ${eind}::timestamptz)` as unknown as string,
        gevraagd_van: start,
        gevraagd_tot: eind,
        geboekt_door: opties.door ?? null,
        geboekt_op: nu,
      })
      .execute();
    await trx.updateTable("capaciteit_boekingen").set({ opvolger_id: id }).where("id", "=", b.id).execute();
    const e = await trx
      .selectFrom("capaciteit_eenheden")
      .select("volgnummer")
      .where("id", "=", b.eenheid_id)
      .executeTakeFirstOrThrow();
    uit.push({
      id,
      eenheidId: b.eenheid_id,
      volgnummer: e.volgnummer,
      itemId: b.item_id,
      soort: "inzet",
      aanvraagId: b.aanvraag_id,
      planId: b.plan_id,
      vraagId: b.vraag_id,
      van: start.toISOString(),
      tot: eind.toISOString(),
    });
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Demand

export interface VraagInvoer {
  typeId: string;
  aantal: number;
  lat: number;
  lon: number;
  regioId: string;
  locatieNaam: string;
  van: string;
  tot: string;
  doelstelling: DoelstellingId;
  urgentie: Urgentie;
  aanvraagId?: string | null;
  aanvrager: string;
  /** The OvJ's consent for TIN demand not linked to a request (who, when). ADR 0353. */
  instemmingOvj?: { naam: string; op: string } | null;
}

export interface Vraag extends VraagInvoer {
  id: string;
  instemmingOvj: { naam: string; op: string; vastgelegdDoor: string | null } | null;
  regioNaam: string;
  prioriteit: number;
  motivering: string;
  status: "open" | "toegewezen" | "deels-toegewezen" | "vervallen";
  toegewezen: number;
  versie: number;
}

/** Registers open demand (LOCC, or the requests capability in its own transaction). */
export async function registreerVraag(
  trx: Transaction<DB>,
  v: VraagInvoer,
  door: string | null,
  nu: Date = new Date(),
): Promise<string> {
  if (!capaciteitType(v.typeId))
    throw new CapaciteitFout("ongeldige-invoer", `Onbekend capaciteitstype '${v.typeId}'.`, "typeId");
  if (!(Date.parse(v.tot) > Date.parse(v.van)))
    throw new CapaciteitFout("ongeldige-invoer", "'tot' moet na 'van' liggen.", "tot");
  await controleerRegio(trx, v.regioId);
  if (v.instemmingOvj && !vraagtInstemmingOvj(v.typeId))
    throw new CapaciteitFout(
      "ongeldige-invoer",
      "Alleen bijstand van Defensie met TIN-pelotons vraagt de instemming van de officier van justitie.",
      "instemmingOvj",
    );
  if (v.instemmingOvj && Date.parse(v.instemmingOvj.op) > nu.getTime() + 5 * 60_000)
    throw new CapaciteitFout(
      "ongeldige-invoer",
      "De instemming kan niet in de toekomst liggen.",
      "instemmingOvj.op",
    );
  const p = prioriteitVoor(v.doelstelling, v.urgentie);
  const id = randomUUID();
  await trx
    .insertInto("capaciteit_vraag")
    .values({
      id,
      type_id: v.typeId,
      aantal: v.aantal,
      lat: v.lat,
      lon: v.lon,
      regio_id: v.regioId,
      locatie_naam: v.locatieNaam,
      van: v.van,
      tot: v.tot,
      doelstelling: v.doelstelling,
      urgentie: v.urgentie,
      prioriteit: p.prioriteit,
      motivering: p.motivering,
      aanvraag_id: v.aanvraagId ?? null,
      aanvrager: v.aanvrager,
      instemming_ovj_naam: v.instemmingOvj?.naam.trim() ?? null,
      instemming_ovj_op: v.instemmingOvj?.op ?? null,
      instemming_ovj_door: v.instemmingOvj ? door : null,
      status: "open",
      aangemaakt_door: door,
      aangemaakt: nu,
      gewijzigd: nu,
    })
    .execute();
  return id;
}

export async function laadVraag(
  q: Q,
  filter: { id?: string; ids?: string[]; van?: Date; tot?: Date; open?: boolean } = {},
): Promise<Vraag[]> {
  let s = q
    .selectFrom("capaciteit_vraag as v")
    .innerJoin("organisaties as r", "r.id", "v.regio_id")
    .selectAll("v")
    .select("r.naam as regio_naam")
    .orderBy("v.prioriteit")
    .orderBy("v.aangemaakt");
  if (filter.id) s = s.where("v.id", "=", filter.id);
  if (filter.ids) s = filter.ids.length ? s.where("v.id", "in", filter.ids) : s.where(sql<boolean>`false`);
  if (filter.van && filter.tot) s = s.where("v.van", "<", filter.tot).where("v.tot", ">", filter.van);
  if (filter.open) s = s.where("v.status", "in", ["open", "deels-toegewezen"]);
  return (await s.execute()).map((r) => ({
    id: r.id,
    typeId: r.type_id,
    aantal: r.aantal,
    lat: r.lat,
    lon: r.lon,
    regioId: r.regio_id,
    regioNaam: r.regio_naam,
    locatieNaam: r.locatie_naam,
    van: iso(r.van),
    tot: iso(r.tot),
    doelstelling: r.doelstelling as DoelstellingId,
    urgentie: r.urgentie,
    aanvraagId: r.aanvraag_id,
    aanvrager: r.aanvrager,
    instemmingOvj:
      r.instemming_ovj_naam && r.instemming_ovj_op
        ? { naam: r.instemming_ovj_naam, op: iso(r.instemming_ovj_op), vastgelegdDoor: r.instemming_ovj_door }
        : null,
    prioriteit: r.prioriteit,
    motivering: r.motivering,
    status: r.status,
    toegewezen: r.toegewezen,
    versie: r.versie,
  }));
}

/** The demand row, locked until commit; `versie` (unless null) must be the one the caller read. */
async function vergrendelVraag(trx: Transaction<DB>, id: string, versie: number | null) {
  const r = await trx
    .selectFrom("capaciteit_vraag")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new CapaciteitFout("niet-gevonden", "Deze vraag bestaat niet.");
  if (versie !== null && r.versie !== versie)
    throw new CapaciteitFout("conflict", "Deze vraag is intussen gewijzigd. Laad haar opnieuw.");
  return r;
}

export async function wijzigVraagStatus(
  trx: Transaction<DB>,
  id: string,
  versie: number | null,
  status: "vervallen" | "open",
  nu: Date = new Date(),
) {
  const r = await vergrendelVraag(trx, id, versie);
  await trx
    .updateTable("capaciteit_vraag")
    .set({ status, versie: r.versie + 1, gewijzigd: nu })
    .where("id", "=", id)
    .execute();
  return { voor: { status: r.status }, versie: r.versie + 1 };
}

/**
 * Records the OvJ's consent on a demand (LCP §6.2.2, leesbaar 72-76: the NSGBO/SGBO requests "met
 * instemming van de officier van justitie"). Only for TIN; once recorded it is not overwritten. ADR 0353.
 */
export async function legInstemmingOvjVast(
  trx: Transaction<DB>,
  id: string,
  versie: number,
  instemming: { naam: string; op: string },
  door: string,
  nu: Date = new Date(),
) {
  const r = await vergrendelVraag(trx, id, versie);
  if (!vraagtInstemmingOvj(r.type_id))
    throw new CapaciteitFout(
      "niet-toegestaan",
      "Alleen bijstand van Defensie met TIN-pelotons vraagt de instemming van de officier van justitie.",
      "instemmingOvj",
    );
  if (r.instemming_ovj_naam)
    throw new CapaciteitFout(
      "niet-toegestaan",
      `De instemming van de officier van justitie is al vastgelegd (${r.instemming_ovj_naam}).`,
      "instemmingOvj",
    );
  if (Date.parse(instemming.op) > nu.getTime() + 5 * 60_000)
    throw new CapaciteitFout(
      "ongeldige-invoer",
      "De instemming kan niet in de toekomst liggen.",
      "instemmingOvj.op",
    );
  await trx
    .updateTable("capaciteit_vraag")
    .set({
      instemming_ovj_naam: instemming.naam.trim(),
      instemming_ovj_op: instemming.op,
      instemming_ovj_door: door,
      versie: r.versie + 1,
      gewijzigd: nu,
    })
    .where("id", "=", id)
    .execute();
  return { versie: r.versie + 1 };
}

/** Adds `n` allocated units to a demand and sets its status. */
export async function telToewijzing(trx: Transaction<DB>, vraagId: string, n: number, nu: Date = new Date()) {
  const r = await trx
    .selectFrom("capaciteit_vraag")
    .select(["aantal", "toegewezen", "versie"])
    .where("id", "=", vraagId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const toegewezen = Math.min(r.aantal, r.toegewezen + n);
  await trx
    .updateTable("capaciteit_vraag")
    .set({
      toegewezen,
      status: toegewezen >= r.aantal ? "toegewezen" : toegewezen > 0 ? "deels-toegewezen" : "open",
      versie: r.versie + 1,
      gewijzigd: nu,
    })
    .where("id", "=", vraagId)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// The overview: per unit its state in a period (or at a moment), from the item version valid at the
// start of the period and the bookings that overlap it.

export type EenheidToestand = CapaciteitToestand;

export interface EenheidStand {
  eenheidId: string;
  volgnummer: number;
  itemId: string;
  toestand: EenheidToestand;
  boekingen: { soort: string; aanvraagId: string | null; planId: string | null; vraagId: string | null }[];
}

export interface ItemStand {
  itemId: string;
  typeId: string;
  naam: string;
  organisatieId: string;
  organisatieNaam: string;
  regioId: string;
  regioNaam: string;
  lat: number;
  lon: number;
  reactietijdMinuten: number | null;
  contact: string | null;
  aantal: number;
  telling: Record<EenheidToestand, number>;
  eenheden: EenheidStand[];
}

const TOESTANDEN: EenheidToestand[] = ["beschikbaar", "gereserveerd", "ingezet", "niet-inzetbaar"];
export const leegTelling = (): Record<EenheidToestand, number> => ({
  beschikbaar: 0,
  gereserveerd: 0,
  ingezet: 0,
  "niet-inzetbaar": 0,
});

/**
 * The state of every unit in [van, tot) (a moment when van = tot). A unit is "beschikbaar" only when
 * it is free for the whole period; any overlapping deployment makes it "ingezet", else any
 * reservation "gereserveerd". The owner's declaration (not 'beschikbaar') and the availability
 * windows count for the whole item.
 */
export async function standVanZaken(
  q: Q,
  periode: { van: Date; tot: Date },
  filter: { typeId?: string; regioId?: string; organisatieId?: string } = {},
): Promise<ItemStand[]> {
  const { van, tot } = periode;
  const moment = tot.getTime() <= van.getTime();
  const bereik = moment
    ? sql`tstzrange(${van}::timestamptz, ${van}::timestamptz, '[]')`
    : sql`tstzrange(${van}::timestamptz, ${tot}::timestamptz)`;
  let s = q
    .selectFrom("capaciteit_item_versies as v")
    .innerJoin("capaciteit_items as i", "i.id", "v.item_id")
    .innerJoin("organisaties as o", "o.id", "v.organisatie_id")
    .innerJoin("organisaties as r", "r.id", "v.regio_id")
    .select([
      "v.item_id",
      "v.type_id",
      "v.naam",
      "v.organisatie_id",
      "o.naam as organisatie_naam",
      "v.regio_id",
      "r.naam as regio_naam",
      "v.lat",
      "v.lon",
      "v.aantal",
      "v.reactietijd_minuten",
      "v.toestand",
      "v.beschikbaarheid",
      "i.contact",
    ])
    .where(sql<boolean>`v.geldig @> ${van}::timestamptz`)
    .where("v.opgeheven", "=", false)
    .orderBy("v.type_id")
    .orderBy("v.regio_id")
    .orderBy("v.naam");
  if (filter.typeId) s = s.where("v.type_id", "=", filter.typeId);
  if (filter.regioId) s = s.where("v.regio_id", "=", filter.regioId);
  if (filter.organisatieId) s = s.where("v.organisatie_id", "=", filter.organisatieId);
  const versies = await s.execute();
  if (versies.length === 0) return [];
  const itemIds = versies.map((v) => v.item_id);
  const eenheden = await q
    .selectFrom("capaciteit_eenheden")
    .select(["id", "item_id", "volgnummer"])
    .where("item_id", "in", itemIds)
    .orderBy("item_id")
    .orderBy("volgnummer")
    .execute();
  const boekingen = await q
    .selectFrom("capaciteit_boekingen")
    .select(["eenheid_id", "soort", "aanvraag_id", "plan_id", "vraag_id"])
    .where("item_id", "in", itemIds)
    .where(sql<boolean>`periode && ${bereik}`)
    .execute();
  const perEenheid = new Map<string, typeof boekingen>();
  for (const b of boekingen)
    (perEenheid.get(b.eenheid_id) ?? perEenheid.set(b.eenheid_id, []).get(b.eenheid_id)!).push(b);
  const perItem = new Map<string, typeof eenheden>();
  for (const e of eenheden) (perItem.get(e.item_id) ?? perItem.set(e.item_id, []).get(e.item_id)!).push(e);
  return versies.map((v) => {
    const telling = leegTelling();
    const vensters = (v.beschikbaarheid as Venster[]) ?? [];
    const binnen = binnenVensters(vensters, van, moment ? new Date(van.getTime() + 1) : tot);
    const lijst: EenheidStand[] = (perItem.get(v.item_id) ?? [])
      .filter((e) => e.volgnummer <= v.aantal)
      .map((e) => {
        const bs = perEenheid.get(e.id) ?? [];
        let toestand: EenheidToestand;
        if (v.toestand !== "beschikbaar") toestand = v.toestand;
        else if (bs.some((b) => b.soort === "inzet")) toestand = "ingezet";
        else if (bs.length) toestand = "gereserveerd";
        else if (!binnen) toestand = "niet-inzetbaar";
        else toestand = "beschikbaar";
        telling[toestand]++;
        return {
          eenheidId: e.id,
          volgnummer: e.volgnummer,
          itemId: v.item_id,
          toestand,
          boekingen: bs.map((b) => ({
            soort: b.soort,
            aanvraagId: b.aanvraag_id,
            planId: b.plan_id,
            vraagId: b.vraag_id,
          })),
        };
      });
    return {
      itemId: v.item_id,
      typeId: v.type_id,
      naam: v.naam,
      organisatieId: v.organisatie_id,
      organisatieNaam: v.organisatie_naam,
      regioId: v.regio_id,
      regioNaam: v.regio_naam,
      lat: v.lat,
      lon: v.lon,
      reactietijdMinuten: v.reactietijd_minuten,
      contact: v.contact,
      aantal: v.aantal,
      telling,
      eenheden: lijst,
    };
  });
}

export interface OverzichtRij {
  typeId: string;
  typeNaam: string;
  telEenheid: string;
  regioId: string;
  regioNaam: string;
  telling: Record<EenheidToestand, number>;
  totaal: number;
  vraag: number;
}

export interface Schaarste {
  typeId: string;
  typeNaam: string;
  vraag: number;
  beschikbaar: number;
  tekort: number;
  vraagIds: string[];
}

/** Aggregates per type and region, with open demand and scarcity per type (nationally). */
export function aggregeer(
  items: ItemStand[],
  vraag: Vraag[],
): { rijen: OverzichtRij[]; schaarste: Schaarste[] } {
  const rijen = new Map<string, OverzichtRij>();
  const rij = (typeId: string, regioId: string, regioNaam: string) => {
    const k = `${typeId}|${regioId}`;
    let r = rijen.get(k);
    if (!r) {
      const t = capaciteitType(typeId);
      r = {
        typeId,
        typeNaam: t?.naam ?? typeId,
        telEenheid: t?.telEenheid ?? "eenheid",
        regioId,
        regioNaam,
        telling: leegTelling(),
        totaal: 0,
        vraag: 0,
      };
      rijen.set(k, r);
    }
    return r;
  };
  for (const it of items) {
    const r = rij(it.typeId, it.regioId, it.regioNaam);
    for (const t of TOESTANDEN) r.telling[t] += it.telling[t];
    r.totaal += it.eenheden.length;
  }
  const perType = new Map<string, { vraag: number; ids: string[] }>();
  for (const v of vraag) {
    const open = v.aantal - v.toegewezen;
    if (open <= 0) continue;
    rij(v.typeId, v.regioId, v.regioNaam).vraag += open;
    const p = perType.get(v.typeId) ?? { vraag: 0, ids: [] };
    p.vraag += open;
    p.ids.push(v.id);
    perType.set(v.typeId, p);
  }
  const beschikbaar = new Map<string, number>();
  for (const it of items)
    beschikbaar.set(it.typeId, (beschikbaar.get(it.typeId) ?? 0) + it.telling.beschikbaar);
  const schaarste: Schaarste[] = [];
  for (const [typeId, p] of perType) {
    const b = beschikbaar.get(typeId) ?? 0;
    if (p.vraag > b)
      schaarste.push({
        typeId,
        typeNaam: capaciteitType(typeId)?.naam ?? typeId,
        vraag: p.vraag,
        beschikbaar: b,
        tekort: p.vraag - b,
        vraagIds: p.ids,
      });
  }
  const gesorteerd = [...rijen.values()].sort(
    (a, b) => a.typeNaam.localeCompare(b.typeNaam, "nl") || a.regioNaam.localeCompare(b.regioNaam, "nl"),
  );
  return { rijen: gesorteerd, schaarste };
}

/** "What was deployed (or reserved) where at moment X": bookings active then, with their item as it was. */
export async function inzetOpMoment(q: Q, moment: Date) {
  const rows = await q
    .selectFrom("capaciteit_boekingen as b")
    .innerJoin("capaciteit_eenheden as e", "e.id", "b.eenheid_id")
    .innerJoin("capaciteit_item_versies as v", (j) =>
      j.onRef("v.item_id", "=", "b.item_id").on(sql<boolean>`v.geldig @> ${moment}::timestamptz`),
    )
    .innerJoin("organisaties as o", "o.id", "v.organisatie_id")
    .leftJoin("capaciteit_vraag as q", "q.id", "b.vraag_id")
    .select([
      "b.id",
      "b.soort",
      "b.aanvraag_id",
      "b.plan_id",
      "b.vraag_id",
      "e.volgnummer",
      "v.item_id",
      "v.naam",
      "v.type_id",
      "v.organisatie_id",
      "o.naam as organisatie_naam",
      "v.regio_id",
      "v.lat",
      "v.lon",
      "q.locatie_naam",
      "q.lat as vraag_lat",
      "q.lon as vraag_lon",
      sql<Date>`lower(b.periode)`.as("van"),
      sql<Date>`upper(b.periode)`.as("tot"),
    ])
    .where(sql<boolean>`b.periode @> ${moment}::timestamptz`)
    .orderBy("v.type_id")
    .orderBy("v.naam")
    .orderBy("e.volgnummer")
    .execute();
  return rows.map((r) => ({
    boekingId: r.id,
    soort: r.soort,
    aanvraagId: r.aanvraag_id,
    planId: r.plan_id,
    vraagId: r.vraag_id,
    itemId: r.item_id,
    itemNaam: r.naam,
    volgnummer: r.volgnummer,
    typeId: r.type_id,
    organisatieId: r.organisatie_id,
    organisatieNaam: r.organisatie_naam,
    regioId: r.regio_id,
    basis: { lat: r.lat, lon: r.lon },
    waar: r.locatie_naam ?? null,
    waarPunt: r.vraag_lat === null || r.vraag_lon === null ? null : { lat: r.vraag_lat, lon: r.vraag_lon },
    van: iso(r.van),
    tot: iso(r.tot),
  }));
}

// ---------------------------------------------------------------------------------------------
// Demo data

/**
 * Demo capacity for a newcomer's first start: items of police, KMar, Defence, JenV/IFV in several
 * regions, two competing TIN-platoon demands. Idempotent: does nothing when items exist.
 */
export async function laadDemoCapaciteit(database: Database, nu: Date = new Date()): Promise<number> {
  const { db } = database;
  const al = await db
    .selectFrom("capaciteit_items")
    .select((e) => e.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(al.n) > 0) return 0;
  const uur = 3_600_000;
  const items: (ItemInvoer & { organisatieId: string })[] = [
    demo(
      "defensie-dops-natops",
      "defensie-tin-peloton",
      "TIN-peloton 11 Luchtmobiele Brigade",
      2,
      [52.03, 5.66],
      "vr07",
      60,
    ),
    demo(
      "defensie-dops-natops",
      "defensie-tin-peloton",
      "TIN-peloton 13 Lichte Brigade",
      1,
      [51.65, 5.62],
      "vr21",
      90,
    ),
    demo(
      "defensie-dops-natops",
      "defensie-tin-peloton",
      "TIN-peloton 43 Gemechaniseerde Brigade",
      1,
      [53.16, 6.4],
      "vr01",
      120,
    ),
    demo(
      "defensie-dops-natops",
      "defensie-vervoerscapaciteit",
      "Vervoerscapaciteit DVOW",
      6,
      [52.0, 5.13],
      "vr09",
      180,
    ),
    demo(
      "defensie-dops-natops",
      "defensie-mobiele-drinkwaterinstallatie",
      "Mobiele drinkwaterinstallatie",
      2,
      [51.44, 5.47],
      "vr22",
      240,
    ),
    // Five: the demo's urgent request holds one once decided; a full walk of §3 asks for four more.
    demo("kmar-ccb", "kmar-peloton", "KMar-peloton Brigade Schiphol", 5, [52.31, 4.76], "vr12", 45),
    demo("kmar-ccb", "kmar-bewakingseenheid", "Bewakingseenheid KMar Den Haag", 3, [52.08, 4.31], "vr15", 30),
    demo(
      "politie-le-pob",
      "politie-me-peloton",
      "ME-peloton Landelijke Eenheid",
      2,
      [52.09, 5.1],
      "vr09",
      60,
    ),
    demo("politie-le-pob", "politie-arrestatieteam", "Arrestatieteam", 1, [52.09, 5.1], "vr09", 30),
    demo("ifv", "jenv-waterwerper", "Waterwerper", 2, [52.37, 4.9], "vr13", 90),
    demo("ifv", "ifv-dekens", "Reservevoorraad dekens", 200, [52.16, 5.39], "vr09", 240),
  ];
  await db.transaction().execute(async (trx) => {
    for (const i of items) {
      const id = await maakItem(trx, i.organisatieId, i, nu);
      await schrijfAudit(trx, SYSTEEM, {
        actie: "capaciteit.item-toegevoegd",
        onderwerpSoort: "capaciteit-item",
        onderwerpId: id,
        gegevens: { na: i, demo: true },
      });
    }
    const van = new Date(Math.floor(nu.getTime() / uur) * uur + uur).toISOString();
    const tot = new Date(Date.parse(van) + 48 * uur).toISOString();
    const vragen: VraagInvoer[] = [
      {
        typeId: "defensie-tin-peloton",
        aantal: 3,
        lat: 52.09,
        lon: 5.12,
        regioId: "vr09",
        locatieNaam: "Utrecht Centraal (objectbewaking)",
        van,
        tot,
        doelstelling: "voorkomen-aanslag",
        urgentie: "acuut",
        aanvrager: "NSGBO politie, Eenheid Midden-Nederland",
        // TIN rests on the OvJ's consent (LCP §6.2.2; ADR 0353): recorded, so the demo plan can be adopted.
        instemmingOvj: {
          naam: "mr. J. Visser, officier van justitie Midden-Nederland (demo)",
          op: nu.toISOString(),
        },
      },
      {
        typeId: "defensie-tin-peloton",
        aantal: 2,
        lat: 51.92,
        lon: 4.48,
        regioId: "vr17",
        locatieNaam: "Rotterdam, haven (risico-objecten)",
        van,
        tot,
        doelstelling: "onrust",
        urgentie: "regulier",
        aanvrager: "NSGBO politie, Eenheid Rotterdam",
        instemmingOvj: {
          naam: "mr. S. Bakker, officier van justitie Rotterdam (demo)",
          op: nu.toISOString(),
        },
      },
    ];
    for (const v of vragen) {
      const id = await registreerVraag(trx, v, null, nu);
      await schrijfAudit(trx, SYSTEEM, {
        actie: "capaciteit.vraag-geregistreerd",
        onderwerpSoort: "capaciteit-vraag",
        onderwerpId: id,
        gegevens: { na: v, demo: true },
      });
    }
  });
  return items.length;
}

function demo(
  organisatieId: string,
  typeId: string,
  naam: string,
  aantal: number,
  [lat, lon]: [number, number],
  regioId: string,
  reactietijdMinuten: number,
): ItemInvoer & { organisatieId: string } {
  return {
    organisatieId,
    typeId,
    naam,
    aantal,
    lat,
    lon,
    regioId,
    reactietijdMinuten,
    toestand: "beschikbaar",
    beschikbaarheid: [],
    contact: "Piket 24/7 via het LOCC (demo)",
    toelichting: "Demogegevens: reactietijd en aantallen zijn verzonnen voor de demo.",
  };
}
