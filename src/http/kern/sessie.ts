// Loads the user behind the session cookie. Sessions live in the database so that every
// service instance behind the load balancer sees the same ones.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../../db/database.ts";
import { sessieIdVanToken, zoekSessiesMetGebruiker } from "../../db/gebruikers.ts";
import { Bundelaar } from "./bundelaar.ts";

export const SESSIE_COOKIE = "knooppunt_sessie";

type Gevonden = Awaited<ReturnType<typeof zoekSessiesMetGebruiker>> extends Map<string, infer V> ? V : never;

/** Requests arriving together look their sessions up in one query (ADR 0671). */
const bundels = new WeakMap<Database, Bundelaar<string, Gevonden | undefined>>();
function sessieBundel(database: Database): Bundelaar<string, Gevonden | undefined> {
  let b = bundels.get(database);
  if (!b) {
    b = new Bundelaar(
      async (tokens) => {
        const m = await zoekSessiesMetGebruiker(database.db, tokens);
        return tokens.map((t) => m.get(sessieIdVanToken(t)));
      },
      { naam: "sessies", tegelijk: database.engine === "postgres" ? 4 : 1 },
    );
    bundels.set(database, b);
  }
  return b;
}

export async function sessieLader(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!req.url.startsWith("/api/")) return;
  const token = req.cookies[SESSIE_COOKIE];
  if (!token) return;
  const { database, config } = req.server.deps;
  const gevonden = await sessieBundel(database).voeg(token);
  if (!gevonden) return;
  const { sessie: s, gebruiker } = gevonden;
  const nu = Date.now();
  if (s.verloopt.getTime() <= nu || nu - s.laatstActief.getTime() > config.sessieInactiefMinuten * 60_000)
    return;
  if (!gebruiker.actief) return;
  req.gebruiker = gebruiker;
  req.sessieId = s.id;
  req.herauthenticatie = s.herauthenticatie;
  // Touch at most once a minute: keeps the idle timeout honest without a write per request.
  if (nu - s.laatstActief.getTime() > 60_000) {
    await database.db
      .updateTable("sessies")
      .set({ laatst_actief: new Date(nu) })
      .where("id", "=", s.id)
      .execute();
  }
}
