import { type Kysely, sql, type Transaction } from "kysely";
import {
  type Aanvraag,
  type AanvraagCommando,
  type AanvraagEvent,
  AanvraagFout,
  betrokkenOrganisaties,
  decide,
  evolve,
  GEEN_AANVRAAGROL,
  type Notificatie,
  notificaties,
  referentieSleutel,
} from "../domain/aanvragen/index.ts";
import { procedure as procedureVan } from "../domain/wegwijzer/catalogus.ts";
import type { ProcedureId } from "../domain/wegwijzer/typen.ts";
import { type AanvraagAntwoordVerwijzing, ANTWOORD_VERWIJZING } from "../http/kern/antwoord-verwijzing.ts";
import { liveBericht } from "../http/kern/live.ts";
import { leesbaar, STATUS_TEKST } from "../pdf/leesbaar.ts";
import {
  type CapaciteitInvoer,
  type CapaciteitUitkomst,
  koppelCapaciteit,
  vraagEnLopendVoor,
} from "./aanvraag-capaciteit.ts";
import {
  namenVoor,
  nietGevonden,
  projectie,
  staatVanRij,
  volgendReferentieVolgnummer,
  zonderReferentie,
} from "./aanvragen.ts";
import { type Actor, type AuditGebeurtenis, type AuditSchrijfOpdracht, schrijfAuditReeks } from "./audit.ts";
import type { Database } from "./database.ts";
import { type InboxBericht, zetInInboxen } from "./inbox.ts";
import type { DB } from "./schema.ts";

export type AuditSchrijver = (g: AuditGebeurtenis) => Promise<void>;

export interface Uitvoering {
  voor: Aanvraag | null;
  na: Aanvraag;
  events: AanvraagEvent[];
  /** Volgnummer of the first new event (versie of `voor` + 1). */
  eersteVolgnummer: number;
  /** What the command did to capacity (demand, bookings); null when nothing applied. */
  capaciteit?: CapaciteitUitkomst | null;
}

export interface UitvoerOpties {
  /** Writes the audit records of this command (the caller's actor); see also `actor`. */
  audit?: AuditSchrijver;
  /** Who acts, for the audit trail: lets the bundle write all records in one statement. */
  actor?: Actor;
  requestId?: string | null;
  /** Visibility check on the state before the command (404 when it fails); not for creation. */
  magZien?: (a: Aanvraag) => boolean;
  /** Capacity the supplier names in its decision (see src/db/aanvraag-capaciteit.ts). */
  capaciteit?: CapaciteitInvoer;
  /** The service's public address, for the link in mails (config PUBLIC_URL). */
  publiekeUrl?: string;
}

/** The Idempotency-Key of the HTTP request, marked used in the same transaction as the change. */
export interface IdempotentieMarker {
  gebruikerId: string;
  sleutel: string;
  methode: string;
  pad: string;
  hash: string;
  /**
   * What the route answers when the command succeeds: its HTTP status, and whether the body names
   * the capacity outcome. Given: the bundle stores the answer with the marker, by reference
   * (request id, version, capacity outcome; ADR 0672), in the same transaction, and the route
   * stores nothing afterwards.
   */
  antwoord?: { status: number; metCapaciteit: boolean };
}

export interface Opdracht extends UitvoerOpties {
  aanvraagId: string;
  /** Builds the command from the current state (signing needs it: what is signed follows from it). */
  maak: (voor: Aanvraag | null) => AanvraagCommando;
  idempotentie?: IdempotentieMarker;
}

/**
 * Per command: done, refused (the error to give the caller), or `opnieuw`: not written because a
 * command before it on the same request in this bundle was not written; run it again on its own.
 */
export type BundelUitkomst =
  | { ok: true; uitvoering: Uitvoering }
  | { ok: false; fout: unknown; opnieuw?: boolean };

/** Thrown when a marked Idempotency-Key was already used by a request that is still being finished. */
export class IdempotentieBezig extends Error {
  constructor() {
    super("idempotency-key in behandeling");
  }
}

interface Werk {
  index: number;
  o: Opdracht;
  voor: Aanvraag | null;
  na: Aanvraag;
  events: AanvraagEvent[];
  eersteVolgnummer: number;
  capaciteit?: CapaciteitUitkomst | null;
}

/**
 * Runs one command in `trx`. Throws AanvraagFout on refusal; a concurrent writer that got there
 * first gives `versie-conflict`.
 */
export async function voerUit(
  trx: Transaction<DB>,
  aanvraagId: string,
  maak: (voor: Aanvraag | null) => AanvraagCommando,
  opties: UitvoerOpties,
): Promise<Uitvoering> {
  const [u] = await voerUitBundel(trx, [{ ...opties, aanvraagId, maak }]);
  if (!u) throw new Error("voerUit: geen uitkomst");
  if (!u.ok) throw u.fout;
  return u.uitvoering;
}

/**
 * Runs the commands in order in `trx`; one outcome per command. Throws (and the caller must roll
 * back and may retry the commands one by one) only when a write fails for a reason that is not
 * one command's own: capacity refusing a booking, a constraint, the database.
 */
export async function voerUitBundel(
  trx: Transaction<DB>,
  opdrachten: readonly Opdracht[],
  /**
   * Where reference numbers are drawn: the bundle's own transaction (default: no gaps, but the
   * (year, region) counter stays locked until commit), or the database outside it (its own short
   * statement: a bundle never waits for another's counter; a rolled-back bundle leaves a gap).
   */
  nummerbron: Kysely<DB> | Transaction<DB> = trx,
): Promise<BundelUitkomst[]> {
  const uit: BundelUitkomst[] = opdrachten.map(() => ({ ok: false, fout: new Error("niet uitgevoerd") }));
  const staat = await laadStaten(
    trx,
    opdrachten.map((o) => o.aanvraagId),
  );
  const nummers = await referentieNummers(nummerbron, opdrachten, staat);
  const beslist: Werk[] = [];
  for (const [index, o] of opdrachten.entries()) {
    try {
      const voor = staat.get(o.aanvraagId) ?? null;
      if (voor && o.magZien && !o.magZien(voor)) throw nietGevonden(o.aanvraagId);
      let cmd = o.maak(voor);
      if (cmd.type === "ConceptAanmaken" && !voor) {
        const sleutel = referentieSleutel(cmd.veiligheidsregioId, cmd.nu);
        const volgnummer =
          nummers.get(`${sleutel.jaar}|${sleutel.regioCode}`)?.shift() ??
          (await volgendReferentieVolgnummer(trx, sleutel.jaar, sleutel.regioCode));
        cmd = { ...cmd, volgnummer };
      }
      const events = decide(cmd, voor);
      let na = voor;
      for (const e of events) na = evolve(na, e);
      if (na) staat.set(o.aanvraagId, na);
      beslist.push({ index, o, voor, na: na as Aanvraag, events, eersteVolgnummer: (voor?.versie ?? 0) + 1 });
    } catch (e) {
      uit[index] = { ok: false, fout: e };
    }
  }
  // Commands without events use their key too (a retry replays the answer).
  const gemarkeerd = await markeer(trx, beslist);
  /** Requests of which a command dropped out: what later commands decided on will not exist. */
  const onderbroken = new Set<string>();
  const uitgevallen: Werk[] = [];
  let werk = beslist.filter((w) => {
    if (onderbroken.has(w.o.aanvraagId)) {
      uit[w.index] = { ok: false, fout: new Error("opnieuw"), opnieuw: true };
      uitgevallen.push(w);
      return false;
    }
    if (w.o.idempotentie && !gemarkeerd.has(w.index)) {
      uit[w.index] = { ok: false, fout: new IdempotentieBezig() };
      if (w.events.length > 0) onderbroken.add(w.o.aanvraagId);
      return false;
    }
    return true;
  });
  werk = await schrijfProjecties(trx, werk, (w, fout) => {
    uit[w.index] = { ok: false, fout };
    uitgevallen.push(w);
  });
  // A command that lost its race or runs again on its own wrote nothing here: its key stays free.
  await geefSleutelsVrij(
    trx,
    uitgevallen.filter((w) => gemarkeerd.has(w.index)),
  );
  for (const w of werk)
    uit[w.index] = {
      ok: true,
      uitvoering: { voor: w.voor, na: w.na, events: w.events, eersteVolgnummer: w.eersteVolgnummer },
    };
  const teSchrijven = werk.filter((w) => w.events.length > 0);
  if (teSchrijven.length === 0) {
    await bewaarAntwoorden(trx, werk);
    return uit;
  }

  await trx
    .insertInto("aanvraag_events")
    .values(
      teSchrijven.flatMap((w) =>
        w.events.map((e, i) => ({
          aanvraag_id: w.na.id,
          volgnummer: w.eersteVolgnummer + i,
          type: e.type,
          schema_versie: e.schemaVersie,
          gegevens: JSON.stringify(e),
          op: e.op,
          door_gebruiker_id: e.door.gebruikerId,
          door_naam: e.door.naam,
          door_organisatie_id: e.door.organisatieId,
          namens: namensVan(e),
          request_id: w.o.requestId ?? null,
        })),
      ),
    )
    .execute();
  const gebeurtenis = (w: Werk, e: AanvraagEvent, i: number): AuditGebeurtenis => ({
    actie: `aanvraag.${e.type}`,
    onderwerpSoort: "aanvraag",
    onderwerpId: w.na.id,
    gegevens: { referentienummer: w.na.referentienummer, volgnummer: w.eersteVolgnummer + i, event: e },
  });
  // Audit records are collected and written last, in one statement: the chain head is locked
  // from that statement to the commit only, so bundles of other instances wait as briefly as can be.
  const reeks: AuditSchrijfOpdracht[] = [];
  // What each request's capacity step reads, for the whole bundle in one statement; only for the
  // first command per request (a later one must see what the first wrote).
  const eersten = teSchrijven.filter(
    (w, i) => teSchrijven.findIndex((x) => x.o.aanvraagId === w.o.aanvraagId) === i,
  );
  const vroegste = new Date(Math.min(...teSchrijven.flatMap((w) => w.events.map((e) => Date.parse(e.op)))));
  const vooraf = await vraagEnLopendVoor(
    trx,
    eersten.map((w) => w.na.id),
    vroegste,
  );
  for (const w of teSchrijven) {
    const actor = w.o.actor;
    const verzamel: AuditSchrijver = actor
      ? async (g) => void reeks.push({ actor, g, requestId: w.o.requestId ?? null })
      : (w.o.audit ??
        (async (g) => void reeks.push({ actor: SYSTEEM_ACTOR, g, requestId: w.o.requestId ?? null })));
    for (const [i, e] of w.events.entries()) await verzamel(gebeurtenis(w, e, i));
    // Capacity (ADR 0660): demand, bookings and their release follow the request in this same
    // transaction; a booking conflict throws CapaciteitFout and undoes the whole bundle.
    w.capaciteit = await koppelCapaciteit(
      trx,
      { voor: w.voor, na: w.na, events: w.events, eersteVolgnummer: w.eersteVolgnummer },
      {
        audit: verzamel,
        ...(w.o.capaciteit ? { invoer: w.o.capaciteit } : {}),
        ...(eersten.includes(w) && vooraf.has(w.na.id) ? { vooraf: vooraf.get(w.na.id) } : {}),
      },
    );
  }
  await meld(trx, teSchrijven);
  await bewaarAntwoorden(trx, werk);
  await schrijfAuditReeks(trx, reeks);
  for (const w of teSchrijven)
    uit[w.index] = {
      ok: true,
      uitvoering: {
        voor: w.voor,
        na: w.na,
        events: w.events,
        eersteVolgnummer: w.eersteVolgnummer,
        capaciteit: w.capaciteit ?? null,
      },
    };
  return uit;
}

const SYSTEEM_ACTOR: Actor = { id: null, naam: "systeem", rollen: [], organisatieId: null };

/**
 * Reference numbers for the new requests of a bundle that the decider accepts (tried with a
 * placeholder first, so a refused one leaves no gap), all counters in one statement and in
 * (year, region) order: two bundles never wait on each other's counters crosswise (no deadlock).
 */
async function referentieNummers(
  trx: Kysely<DB> | Transaction<DB>,
  opdrachten: readonly Opdracht[],
  staat: ReadonlyMap<string, Aanvraag>,
): Promise<Map<string, number[]>> {
  const aantal = new Map<string, { jaar: number; regio: string; n: number }>();
  for (const o of opdrachten) {
    if (staat.has(o.aanvraagId)) continue;
    try {
      const cmd = o.maak(null);
      if (cmd.type !== "ConceptAanmaken") continue;
      decide({ ...cmd, volgnummer: 1 }, null);
      const s = referentieSleutel(cmd.veiligheidsregioId, cmd.nu);
      const k = `${s.jaar}|${s.regioCode}`;
      const x = aantal.get(k) ?? { jaar: s.jaar, regio: s.regioCode, n: 0 };
      x.n++;
      aantal.set(k, x);
    } catch {
      // Refused or not a creation: the main pass gives the reason.
    }
  }
  const uit = new Map<string, number[]>();
  if (aantal.size === 0) return uit;
  const rijen = [...aantal.values()].sort((a, b) => a.jaar - b.jaar || a.regio.localeCompare(b.regio));
  const r = await sql<{ jaar: number; regio: string; laatste: number }>`
    INSERT INTO aanvraag_referenties AS r (jaar, regio, laatste)
    VALUES ${sql.join(rijen.map((x) => sql`(${x.jaar}::integer, ${x.regio}, ${x.n}::integer)`))}
    ON CONFLICT (jaar, regio) DO UPDATE SET laatste = r.laatste + excluded.laatste
    RETURNING jaar, regio, laatste`.execute(trx);
  for (const x of r.rows) {
    const n = aantal.get(`${x.jaar}|${x.regio}`)?.n ?? 0;
    const laatste = Number(x.laatste);
    uit.set(
      `${x.jaar}|${x.regio}`,
      Array.from({ length: n }, (_, i) => laatste - n + 1 + i),
    );
  }
  return uit;
}

async function laadStaten(trx: Transaction<DB>, ids: readonly string[]): Promise<Map<string, Aanvraag>> {
  const uniek = [...new Set(ids.filter((id) => UUID.test(id)))];
  const m = new Map<string, Aanvraag>();
  if (uniek.length === 0) return m;
  const rows = await trx
    .selectFrom("aanvragen")
    .select(["id", "state", "projectie_versie"])
    .where("id", "in", uniek)
    .execute();
  for (const r of rows) {
    const a = await staatVanRij(trx, r);
    if (a) m.set(r.id, a);
  }
  return m;
}

const markeerSleutel = (m: IdempotentieMarker) =>
  JSON.stringify([m.gebruikerId, m.sleutel, m.methode, m.pad]);

/**
 * Marks the keys used, in one statement; returns the commands (by index) that hold their key. Of
 * two commands with one key in a bundle the first holds it, as the first of two transactions would.
 */
async function markeer(trx: Transaction<DB>, werk: readonly Werk[]): Promise<Set<number>> {
  const eerste = new Map<string, Werk>();
  for (const w of werk)
    if (w.o.idempotentie && !eerste.has(markeerSleutel(w.o.idempotentie)))
      eerste.set(markeerSleutel(w.o.idempotentie), w);
  const uit = new Set<number>();
  if (eerste.size === 0) return uit;
  const rows = await trx
    .insertInto("idempotentie")
    .values(
      [...eerste.values()].map((w) => {
        const m = w.o.idempotentie as IdempotentieMarker;
        return {
          gebruiker_id: m.gebruikerId,
          sleutel: m.sleutel,
          methode: m.methode,
          pad: m.pad,
          verzoek_hash: m.hash,
          status: null,
        };
      }),
    )
    .onConflict((oc) => oc.columns(["gebruiker_id", "sleutel", "methode", "pad"]).doNothing())
    .returning(["gebruiker_id", "sleutel", "methode", "pad"])
    .execute();
  for (const r of rows) {
    const w = eerste.get(
      markeerSleutel({
        gebruikerId: r.gebruiker_id,
        sleutel: r.sleutel,
        methode: r.methode,
        pad: r.pad,
        hash: "",
      }),
    );
    if (w) uit.add(w.index);
  }
  return uit;
}

/**
 * The answers of the commands whose route asked for it (`antwoord`), stored with their
 * markers in one statement: a reference (id, version, capacity outcome) instead of the 12–25 kB
 * body, which a replay rebuilds from the events (ADR 0672).
 */
async function bewaarAntwoorden(trx: Transaction<DB>, werk: readonly Werk[]): Promise<void> {
  const rijen = werk.flatMap((w) => {
    const m = w.o.idempotentie;
    if (!m?.antwoord) return [];
    const verwijzing: AanvraagAntwoordVerwijzing = {
      soort: "aanvraag",
      id: w.na.id,
      versie: w.na.versie,
      ...(m.antwoord.metCapaciteit && w.capaciteit ? { capaciteit: w.capaciteit } : {}),
    };
    return [
      sql`(${m.gebruikerId}::uuid, ${m.sleutel}, ${m.methode}, ${m.pad}, ${m.antwoord.status}::integer, ${JSON.stringify(verwijzing)}::text)`,
    ];
  });
  if (rijen.length === 0) return;
  await sql`UPDATE idempotentie AS i
    SET status = v.status, antwoord = v.antwoord, antwoord_type = ${ANTWOORD_VERWIJZING}
    FROM (VALUES ${sql.join(rijen)}) AS v (gebruiker_id, sleutel, methode, pad, status, antwoord)
    WHERE i.gebruiker_id = v.gebruiker_id AND i.sleutel = v.sleutel AND i.methode = v.methode
      AND i.pad = v.pad AND i.status IS NULL`.execute(trx);
}

async function geefSleutelsVrij(trx: Transaction<DB>, werk: readonly Werk[]): Promise<void> {
  const sleutels = werk.flatMap((w) => {
    const m = w.o.idempotentie;
    return m ? [sql`(${m.gebruikerId}::uuid, ${m.sleutel}, ${m.methode}, ${m.pad})`] : [];
  });
  if (sleutels.length === 0) return;
  await sql`DELETE FROM idempotentie
    WHERE (gebruiker_id, sleutel, methode, pad) IN (${sql.join(sleutels)}) AND status IS NULL`.execute(trx);
}

/**
 * New requests in one INSERT, changed ones in one UPDATE that checks the version each command
 * started from (the row lock orders writers; a writer elsewhere that got there first leaves the
 * row at another version, and that request's commands get 409). Returns what remains to write.
 */
async function schrijfProjecties(
  trx: Transaction<DB>,
  werk: Werk[],
  valtAf: (w: Werk, fout: unknown) => void,
): Promise<Werk[]> {
  // Per request: the version before the first command of the bundle and the state after the last.
  const perAanvraag = new Map<string, { eerste: Werk; laatste: Werk }>();
  for (const w of werk) {
    if (w.events.length === 0) continue;
    const p = perAanvraag.get(w.na.id);
    if (p) p.laatste = w;
    else perAanvraag.set(w.na.id, { eerste: w, laatste: w });
  }
  const nieuw = [...perAanvraag.values()].filter((p) => p.eerste.voor === null);
  const gewijzigd = [...perAanvraag.values()].filter((p) => p.eerste.voor !== null);
  if (nieuw.length > 0)
    await trx
      .insertInto("aanvragen")
      .values(nieuw.map((p) => ({ id: p.laatste.na.id, ...projectie(p.laatste.na) })))
      .execute();
  const gelukt = new Set<string>(nieuw.map((p) => p.laatste.na.id));
  if (gewijzigd.length > 0) {
    const waarden = sql.join(
      gewijzigd.map((p) => {
        const r = projectie(p.laatste.na);
        return sql`(${p.laatste.na.id}::uuid, ${(p.eerste.voor as Aanvraag).versie}::integer, ${r.status}, ${r.spoed}::boolean, ${r.regio}, ${r.aanvrager_organisatie_id}, ${r.betrokken}::text[], ${r.versie}::integer, ${r.state}::jsonb, ${r.open_taken}::integer, ${r.open_taak_eigenaars}::text[], ${r.eerste_termijn}::timestamptz, ${r.gewijzigd}::timestamptz, ${r.referentienummer}, ${r.procedure_id}, ${r.catalogus_versie}, ${r.projectie_versie}::integer)`;
      }),
    );
    const r = await sql<{ id: string }>`
      UPDATE aanvragen AS a SET
        status = v.status, spoed = v.spoed, regio = v.regio,
        aanvrager_organisatie_id = v.aanvrager_organisatie_id, betrokken = v.betrokken,
        versie = v.versie, state = v.state, open_taken = v.open_taken,
        open_taak_eigenaars = v.open_taak_eigenaars,
        eerste_termijn = v.eerste_termijn, gewijzigd = v.gewijzigd,
        referentienummer = v.referentienummer, procedure_id = v.procedure_id,
        catalogus_versie = v.catalogus_versie, projectie_versie = v.projectie_versie
      FROM (VALUES ${waarden}) AS v (id, oude_versie, status, spoed, regio, aanvrager_organisatie_id,
        betrokken, versie, state, open_taken, open_taak_eigenaars, eerste_termijn, gewijzigd, referentienummer,
        procedure_id, catalogus_versie, projectie_versie)
      WHERE a.id = v.id AND a.versie = v.oude_versie
      RETURNING a.id`.execute(trx);
    for (const x of r.rows) gelukt.add(x.id);
    const verloren = gewijzigd.filter((p) => !gelukt.has(p.eerste.na.id)).map((p) => p.eerste.na.id);
    if (verloren.length > 0) {
      const huidig = new Map(
        (
          await trx.selectFrom("aanvragen").select(["id", "versie"]).where("id", "in", verloren).execute()
        ).map((x) => [x.id, Number(x.versie)]),
      );
      // Every command of the bundle on such a request was decided on a state that was already old.
      for (const w of werk)
        if (perAanvraag.has(w.o.aanvraagId) && !gelukt.has(w.o.aanvraagId)) {
          const voor = w.voor as Aanvraag;
          valtAf(
            w,
            new AanvraagFout(
              "versie-conflict",
              `Aanvraag ${voor.referentienummer} is intussen door iemand anders gewijzigd (u werkte met versie ${voor.versie}, de huidige is ${huidig.get(w.o.aanvraagId) ?? "onbekend"}).`,
              { huidigeVersie: huidig.get(w.o.aanvraagId) ?? voor.versie },
            ),
          );
        }
    }
  }
  return werk.filter((w) => !perAanvraag.has(w.o.aanvraagId) || gelukt.has(w.o.aanvraagId));
}

function namensVan(e: AanvraagEvent): string | null {
  if (!("namens" in e) || !e.namens) return null;
  return typeof e.namens === "string" ? e.namens : `${e.namens.naam} (${e.namens.functie})`;
}

const SOORT_TITEL: Record<Notificatie["soort"], string> = {
  taak: "Taak",
  ontvangst: "Ontvangen",
  afschrift: "Afschrift",
  aanvulling: "Aanvulling gevraagd",
  besluit: "Besluit",
  status: "Status",
  contact: "Telefonisch contact",
  herinnering: "Herinnering",
  escalatie: "Escalatie",
};

/**
 * Inbox items and mails: one message per (command, event, kind, reason, task) to all its
 * recipients; and each request's live event. All commands of the bundle in one zetInInboxen.
 */
async function meld(trx: Transaction<DB>, werk: readonly Werk[]): Promise<void> {
  const perWerk = werk.map((w) => ({ w, lijst: notificaties(w.voor, w.events) }));
  const namen = await namenVoor(
    trx,
    perWerk.flatMap((p) => p.lijst.map((n) => n.reden)),
  );
  const berichten: InboxBericht[] = [];
  const live: string[] = [];
  for (const { w, lijst } of perWerk) {
    const a = w.na;
    const groepen = new Map<string, Notificatie[]>();
    for (const n of lijst) {
      const k = `${n.eventIndex}|${n.soort}|${n.taakId}|${n.reden}`;
      const g = groepen.get(k);
      if (g) g.push(n);
      else groepen.set(k, [n]);
    }
    const titel = procedureVan(a.procedureId as ProcedureId).titel;
    let nr = 0;
    for (const groep of groepen.values()) {
      const n = groep[0] as Notificatie;
      const link = `/aanvragen/${a.id}`;
      const reden = zonderReferentie(leesbaar(n.reden, a, namen), a.referentienummer);
      const kop = `${a.referentienummer}: ${reden}`;
      const kern = [
        reden,
        "",
        `Aanvraag ${a.referentienummer}${a.spoed ? " (SPOED)" : ""}: ${titel}.`,
        `Status: ${STATUS_TEKST[a.status] ?? a.status}.`,
      ];
      // In the app the message links to the request itself; a mail needs the whole address.
      const mailTekst = [
        ...kern,
        w.o.publiekeUrl
          ? `Open de aanvraag in Knooppunt: ${w.o.publiekeUrl}${link}`
          : `Open de aanvraag in Knooppunt onder Aanvragen (${a.referentienummer}).`,
      ].join("\n");
      berichten.push({
        aan: groep.map((x) => ({ organisatieId: x.organisatieId, rol: x.rol })),
        titel: kop,
        tekst: kern.join("\n"),
        soort: n.soort,
        link,
        onderwerpSoort: "aanvraag",
        onderwerpId: a.id,
        mail: {
          onderwerp: `[Knooppunt] ${SOORT_TITEL[n.soort]} ${kop}`,
          tekst: mailTekst,
          sleutel: `aanvraag:${a.id}:${w.eersteVolgnummer + n.eventIndex}:${nr++}`,
        },
      });
    }
    live.push(
      liveBericht(
        "aanvraag",
        { id: a.id, versie: a.versie },
        // The same rule as zichtbaarVoor (ADR 0611).
        {
          organisatieIds: [...betrokkenOrganisaties(a)],
          nietAlleenRollen: GEEN_AANVRAAGROL,
          rolBijOrganisatie: [{ rol: "locc-piket", organisatieId: "locc" }],
          rollen: ["auditor"],
        },
      ),
    );
  }
  await zetInInboxen(trx, berichten, live);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs a bundle in its own transaction. When the bundle as a whole fails (a booking refused, a
 * deadlock, a constraint) or a command must go again, each such command runs alone, so one
 * command's trouble never becomes another's.
 */
export async function voerBundelUit(
  database: Database,
  opdrachten: readonly Opdracht[],
): Promise<BundelUitkomst[]> {
  const { db } = database;
  // On PostgreSQL reference numbers come from their own statement outside the bundle (see
  // voerUitBundel); PGlite has one session, so there they stay inside the transaction.
  const bron = (trx: Transaction<DB>) => (database.engine === "postgres" ? db : trx);
  const alleen = async (o: Opdracht): Promise<BundelUitkomst> => {
    try {
      const [u] = await db.transaction().execute((trx) => voerUitBundel(trx, [o], bron(trx)));
      return u ?? { ok: false, fout: new Error("voerBundelUit: geen uitkomst") };
    } catch (e) {
      return { ok: false, fout: e };
    }
  };
  if (opdrachten.length === 1) return [await alleen(opdrachten[0] as Opdracht)];
  let uit: BundelUitkomst[];
  try {
    uit = await db.transaction().execute((trx) => voerUitBundel(trx, opdrachten, bron(trx)));
  } catch (e) {
    uit = opdrachten.map(() => ({ ok: false, fout: e, opnieuw: true }));
  }
  for (const [i, u] of uit.entries())
    if (!u.ok && u.opnieuw) uit[i] = await alleen(opdrachten[i] as Opdracht);
  return uit;
}
