// Every route declares who may call it; the server refuses everything else. A route under
// /api without a declaration does not start (fail closed).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../db/audit.ts";
import type { Gebruiker } from "../../db/gebruikers.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";
import { Fout } from "../fouten.ts";

export type Toegang = { publiek: true } | { ingelogd: true } | { rollen: readonly Rol[] };

declare module "fastify" {
  interface FastifyContextConfig {
    toegang?: Toegang;
  }
  interface FastifyRequest {
    gebruiker: Gebruiker | null;
    sessieId: string | null;
    herauthenticatie: Date | null;
  }
}

export function controleerToegang(req: FastifyRequest, _reply: FastifyReply): void {
  const t = req.routeOptions.config.toegang;
  if (!t) {
    // Non-API routes (static files) carry no declaration.
    if (!req.url.startsWith("/api/")) return;
    throw new Fout("geen-toegang", "Deze route heeft geen toegangsregel en is daarom gesloten.");
  }
  if ("publiek" in t) return;
  if (!req.gebruiker)
    throw new Fout("niet-ingelogd", "U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.");
  if ("ingelogd" in t) return;
  const heeft = req.gebruiker.rollen.some((r) => t.rollen.includes(r));
  if (!heeft)
    throw new Fout("geen-toegang", `Deze handeling vraagt een van de rollen: ${t.rollen.join(", ")}.`, [], {
      vereisteRollen: t.rollen,
    });
}

export function actorVan(req: FastifyRequest): Actor {
  const g = req.gebruiker;
  if (!g) return { id: null, naam: null, rollen: [], organisatieId: null };
  return { id: g.id, naam: g.gebruikersnaam, rollen: g.rollen, organisatieId: g.organisatie.id };
}

export function ingelogd(req: FastifyRequest): Gebruiker {
  if (!req.gebruiker) throw new Fout("niet-ingelogd", "U bent niet ingelogd.");
  return req.gebruiker;
}

export function heeftRol(g: Gebruiker, ...rollen: Rol[]): boolean {
  return g.rollen.some((r) => rollen.includes(r));
}
