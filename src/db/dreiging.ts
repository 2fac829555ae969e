// Store of the national threat level, its changes and the local measures (migration 0016, ADR 0800).
// Rules live in src/domain/dreiging/; callers pass a transaction from `wijzig` so the audit
// record commits with the change.
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { GezagRol } from "../domain/dreiging/regels.ts";
import type { DB } from "./schema.ts";

type Q = Kysely<DB> | Transaction<DB>;

export interface Stand {
  niveau: number | null;
  gewijzigdOp: Date | null;
  versie: number;
}

export interface OverlegPartij {
  id: string;
  naam: string;
  soort: string;
}

export interface Wijziging {
  id: string;
  soort: "afkondiging" | "afschaling";
  vanNiveau: number | null;
  naarNiveau: number;
  op: Date;
  door: string | null;
  duiding: string | null;
  oproepBurgers: string | null;
  overleg: { met: OverlegPartij[]; op: Date; samenvatting: string } | null;
  informatie: { tekst: string; op: Date; door: string | null } | null;
  versie: number;
}

export interface MaatregelRij {
  id: string;
  gezagOrganisatieId: string;
  gezagOrganisatie: { id: string; naam: string };
  gezagRol: GezagRol;
  omschrijving: string;
  voorbeeld: string | null;
  niveauBijNemen: number | null;
  genomenOp: Date;
  genomenDoor: string | null;
  beeindigdOp: Date | null;
  communicatie: string | null;
  versie: number;
}

const datum = (v: Date | string | null) => (v === null ? null : new Date(v));

export async function leesStand(db: Q, opties: { vergrendel?: boolean } = {}): Promise<Stand> {
  let q = db
    .selectFrom("dreigingsniveau_stand")
    .select(["niveau", "gewijzigd_op", "versie"])
    .where("id", "=", 1);
  if (opties.vergrendel) q = q.forUpdate();
  const r = await q.executeTakeFirstOrThrow();
  return { niveau: r.niveau, gewijzigdOp: datum(r.gewijzigd_op), versie: Number(r.versie) };
}

function naarWijziging(r: Selectable<DB["dreigingsniveau_wijzigingen"]>): Wijziging {
  const met = (typeof r.overleg_met === "string" ? JSON.parse(r.overleg_met) : r.overleg_met) as
    | OverlegPartij[]
    | null;
  return {
    id: r.id,
    soort: r.soort,
    vanNiveau: r.van_niveau,
    naarNiveau: r.naar_niveau,
    op: new Date(r.op),
    door: r.door,
    duiding: r.duiding,
    oproepBurgers: r.oproep_burgers,
    overleg:
      met && r.overleg_op && r.overleg_samenvatting !== null
        ? { met, op: new Date(r.overleg_op), samenvatting: r.overleg_samenvatting }
        : null,
    informatie:
      r.informatie_tekst !== null && r.informatie_op
        ? { tekst: r.informatie_tekst, op: new Date(r.informatie_op), door: r.informatie_door }
        : null,
    versie: Number(r.versie),
  };
}

/** Newest first. */
export async function leesWijzigingen(db: Q): Promise<Wijziging[]> {
  const rijen = await db
    .selectFrom("dreigingsniveau_wijzigingen")
    .selectAll()
    .orderBy("op", "desc")
    .execute();
  return rijen.map(naarWijziging);
}

export async function leesWijziging(db: Q, id: string): Promise<Wijziging | undefined> {
  const r = await db
    .selectFrom("dreigingsniveau_wijzigingen")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? naarWijziging(r) : undefined;
}

export async function zetNiveau(trx: Transaction<DB>, niveau: number, op: Date): Promise<void> {
  await trx
    .updateTable("dreigingsniveau_stand")
    .set({ niveau, gewijzigd_op: op })
    .where("id", "=", 1)
    .execute();
}

export async function voegWijzigingToe(
  trx: Transaction<DB>,
  w: Omit<Wijziging, "id" | "versie" | "informatie">,
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto("dreigingsniveau_wijzigingen")
    .values({
      id,
      soort: w.soort,
      van_niveau: w.vanNiveau,
      naar_niveau: w.naarNiveau,
      op: w.op,
      door: w.door,
      duiding: w.duiding,
      oproep_burgers: w.oproepBurgers,
      overleg_met: w.overleg ? JSON.stringify(w.overleg.met) : null,
      overleg_op: w.overleg?.op ?? null,
      overleg_samenvatting: w.overleg?.samenvatting ?? null,
    })
    .execute();
  return id;
}

export async function legInformatieVast(
  trx: Transaction<DB>,
  id: string,
  i: { tekst: string; op: Date; door: string | null },
): Promise<void> {
  await trx
    .updateTable("dreigingsniveau_wijzigingen")
    .set({ informatie_tekst: i.tekst, informatie_op: i.op, informatie_door: i.door })
    .where("id", "=", id)
    .execute();
}

/** Municipalities and safety regions by id (for the overleg); unknown ids are left out. */
export async function leesOverlegPartijen(db: Q, ids: readonly string[]): Promise<OverlegPartij[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("organisaties")
    .select(["id", "naam", "soort"])
    .where("id", "in", [...ids])
    .execute();
}

export async function leesMaatregelen(
  db: Q,
  filter: { organisatieId?: string; id?: string } = {},
): Promise<MaatregelRij[]> {
  let q = db
    .selectFrom("dreiging_maatregelen as m")
    .innerJoin("organisaties as o", "o.id", "m.gezag_organisatie_id")
    .selectAll("m")
    .select("o.naam as org_naam")
    .orderBy("m.genomen_op", "desc");
  if (filter.organisatieId) q = q.where("m.gezag_organisatie_id", "=", filter.organisatieId);
  if (filter.id) q = q.where("m.id", "=", filter.id);
  const rijen = await q.execute();
  return rijen.map((r) => ({
    id: r.id,
    gezagOrganisatieId: r.gezag_organisatie_id,
    gezagOrganisatie: { id: r.gezag_organisatie_id, naam: r.org_naam },
    gezagRol: r.gezag_rol as GezagRol,
    omschrijving: r.omschrijving,
    voorbeeld: r.voorbeeld,
    niveauBijNemen: r.niveau_bij_nemen,
    genomenOp: new Date(r.genomen_op),
    genomenDoor: r.genomen_door,
    beeindigdOp: datum(r.beeindigd_op),
    communicatie: r.communicatie,
    versie: Number(r.versie),
  }));
}

export async function voegMaatregelToe(
  trx: Transaction<DB>,
  m: {
    gezagOrganisatieId: string;
    gezagRol: GezagRol;
    omschrijving: string;
    voorbeeld: string | null;
    niveauBijNemen: number | null;
    genomenOp: Date;
    genomenDoor: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto("dreiging_maatregelen")
    .values({
      id,
      gezag_organisatie_id: m.gezagOrganisatieId,
      gezag_rol: m.gezagRol,
      omschrijving: m.omschrijving,
      voorbeeld: m.voorbeeld,
      niveau_bij_nemen: m.niveauBijNemen,
      genomen_op: m.genomenOp,
      genomen_door: m.genomenDoor,
    })
    .execute();
  return id;
}

export async function beeindigMaatregel(
  trx: Transaction<DB>,
  id: string,
  b: { op: Date; door: string | null; communicatie: string },
): Promise<void> {
  await trx
    .updateTable("dreiging_maatregelen")
    .set({ beeindigd_op: b.op, beeindigd_door: b.door, communicatie: b.communicatie })
    .where("id", "=", id)
    .execute();
}
