// Users, their roles and sessions.
import { randomBytes, randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { sha256 } from "../domain/audit/keten.ts";
import type { Rol } from "../domain/organisaties/rollen.ts";
import type { DB } from "./schema.ts";

export interface Gebruiker {
  id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
  organisatie: { id: string; naam: string; soort: string; regioId: string | null };
  rollen: Rol[];
  actief: boolean;
}

type Q = Kysely<DB> | Transaction<DB>;

export async function laadGebruikers(
  db: Q,
  filter: { id?: string; gebruikersnaam?: string; oidcSubject?: string } = {},
): Promise<(Gebruiker & { wachtwoordHash: string | null })[]> {
  let q = db
    .selectFrom("gebruikers as g")
    .innerJoin("organisaties as o", "o.id", "g.organisatie_id")
    .select([
      "g.id",
      "g.gebruikersnaam",
      "g.naam",
      "g.email",
      "g.actief",
      "g.wachtwoord_hash",
      "o.id as org_id",
      "o.naam as org_naam",
      "o.soort as org_soort",
      "o.regio_id as org_regio",
    ])
    .orderBy("g.gebruikersnaam");
  if (filter.id) q = q.where("g.id", "=", filter.id);
  if (filter.gebruikersnaam) q = q.where("g.gebruikersnaam", "=", filter.gebruikersnaam);
  if (filter.oidcSubject) q = q.where("g.oidc_subject", "=", filter.oidcSubject);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const rollen = await db
    .selectFrom("gebruiker_rollen")
    .select(["gebruiker_id", "rol"])
    .where(
      "gebruiker_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  const per = new Map<string, Rol[]>();
  for (const r of rollen) per.set(r.gebruiker_id, [...(per.get(r.gebruiker_id) ?? []), r.rol as Rol]);
  return rows.map((r) => ({
    id: r.id,
    gebruikersnaam: r.gebruikersnaam,
    naam: r.naam,
    email: r.email,
    actief: r.actief,
    wachtwoordHash: r.wachtwoord_hash,
    organisatie: { id: r.org_id, naam: r.org_naam, soort: r.org_soort, regioId: r.org_regio },
    rollen: (per.get(r.id) ?? []).sort(),
  }));
}

export function zonderHash(g: Gebruiker & { wachtwoordHash?: string | null }): Gebruiker {
  const { wachtwoordHash: _, ...rest } = g;
  return rest;
}

export async function voegGebruikerToe(
  trx: Transaction<DB>,
  g: {
    gebruikersnaam: string;
    naam: string;
    email: string | null;
    organisatieId: string;
    rollen: Rol[];
    wachtwoordHash: string | null;
    oidcSubject?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto("gebruikers")
    .values({
      id,
      gebruikersnaam: g.gebruikersnaam,
      naam: g.naam,
      email: g.email,
      organisatie_id: g.organisatieId,
      wachtwoord_hash: g.wachtwoordHash,
      oidc_subject: g.oidcSubject ?? null,
    })
    .execute();
  if (g.rollen.length)
    await trx
      .insertInto("gebruiker_rollen")
      .values(g.rollen.map((rol) => ({ gebruiker_id: id, rol })))
      .execute();
  return id;
}

// ── Sessions ───────────────────────────────────────────────────────────────
export interface Sessie {
  id: string;
  gebruikerId: string;
  verloopt: Date;
  laatstActief: Date;
  herauthenticatie: Date | null;
}

export function nieuwSessieToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sha256(token) };
}

export const sessieIdVanToken = (token: string) => sha256(token);

/** Session and its user in one round trip (every API request does this). */
export async function zoekSessieMetGebruiker(
  db: Q,
  token: string,
): Promise<{ sessie: Sessie; gebruiker: Gebruiker } | undefined> {
  return (await zoekSessiesMetGebruiker(db, [token])).get(sessieIdVanToken(token));
}

/** Several sessions in one query (requests arriving together); keyed by session id. */
export async function zoekSessiesMetGebruiker(
  db: Q,
  tokens: readonly string[],
): Promise<Map<string, { sessie: Sessie; gebruiker: Gebruiker }>> {
  const uit = new Map<string, { sessie: Sessie; gebruiker: Gebruiker }>();
  if (tokens.length === 0) return uit;
  const rows = await db
    .selectFrom("sessies as s")
    .innerJoin("gebruikers as g", "g.id", "s.gebruiker_id")
    .innerJoin("organisaties as o", "o.id", "g.organisatie_id")
    .select((eb) => [
      "s.id as sessie_id",
      "s.verloopt",
      "s.laatst_actief",
      "s.herauthenticatie",
      "g.id",
      "g.gebruikersnaam",
      "g.naam",
      "g.email",
      "g.actief",
      "o.id as org_id",
      "o.naam as org_naam",
      "o.soort as org_soort",
      "o.regio_id as org_regio",
      eb
        .selectFrom("gebruiker_rollen as r")
        .select(sql<string[]>`coalesce(array_agg(r.rol ORDER BY r.rol), '{}')`.as("rollen"))
        .whereRef("r.gebruiker_id", "=", "g.id")
        .as("rollen"),
    ])
    .where("s.id", "in", [...new Set(tokens.map(sessieIdVanToken))])
    .where("s.beeindigd", "is", null)
    .execute();
  for (const r of rows)
    uit.set(r.sessie_id, {
      sessie: {
        id: r.sessie_id,
        gebruikerId: r.id,
        verloopt: new Date(r.verloopt),
        laatstActief: new Date(r.laatst_actief),
        herauthenticatie: r.herauthenticatie ? new Date(r.herauthenticatie) : null,
      },
      gebruiker: {
        id: r.id,
        gebruikersnaam: r.gebruikersnaam,
        naam: r.naam,
        email: r.email,
        actief: r.actief,
        organisatie: { id: r.org_id, naam: r.org_naam, soort: r.org_soort, regioId: r.org_regio },
        rollen: ((r.rollen as string[] | null) ?? []) as Rol[],
      },
    });
  return uit;
}
