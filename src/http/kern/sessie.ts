// Loads the user behind the session cookie. Sessions live in the database so that every
// service instance behind the load balancer sees the same ones.
import type { FastifyReply, FastifyRequest } from "fastify";
import { zoekSessieMetGebruiker } from "../../db/gebruikers.ts";

export const SESSIE_COOKIE = "knooppunt_sessie";

export async function sessieLader(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!req.url.startsWith("/api/")) return;
  const token = req.cookies[SESSIE_COOKIE];
  if (!token) return;
  const { database, config } = req.server.deps;
  const gevonden = await zoekSessieMetGebruiker(database.db, token);
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
