// Which municipalities the form may offer as the place of the incident: the decider's own rule
// (domain/aanvragen/gebied.ts, ADR 0604) applied to every known municipality, so the form lists
// what the server accepts — for police the requesting unit, for bevolkingszorg the requesting
// region, for TIN all — and never keeps a copy of the rule (ADR 0614).
import { type Static, Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { gebiedVan, gemeenteRegioInGebied } from "../../domain/aanvragen/gebied.ts";
import { AanvraagFout } from "../../domain/aanvragen/index.ts";
import { eenheidVanRegio } from "../../domain/organisaties/referentie.ts";
import { isProcedureId, procedure } from "../../domain/wegwijzer/catalogus.ts";
import { fouten } from "../kern/schemas.ts";

const Query = Type.Object(
  {
    procedureId: Type.String({ maxLength: 100 }),
    veiligheidsregioId: Type.String({ pattern: "^[vV][rR]\\d\\d$" }),
  },
  { additionalProperties: false },
);

const Antwoord = Type.Object({
  gebied: Type.Union([Type.Literal("eenheid"), Type.Literal("veiligheidsregio"), Type.Literal("landelijk")]),
  /** For the form: whose area it is, and where the rule comes from. */
  omschrijving: Type.String(),
  /** Ids of the municipalities in the area, sorted. */
  gemeenten: Type.Array(Type.String()),
});
export type GebiedAntwoord = Static<typeof Antwoord>;

/** The municipalities of `alle` (id → VR code) the decider accepts for `p` in region `regio`. */
export function gemeentenInGebied(
  p: Parameters<typeof gemeenteRegioInGebied>[0],
  regio: string,
  alle: Readonly<Record<string, string>>,
): string[] {
  return Object.keys(alle)
    .sort()
    .filter((id) => gemeenteRegioInGebied(p, regio, alle[id] as string));
}

function omschrijving(gebied: GebiedAntwoord["gebied"], regio: string, regios: string[]): string {
  if (gebied === "eenheid")
    return `Gemeenten van politie-eenheid ${eenheidVanRegio(regio)} (${regios.join(", ")}): de eenheid die bijstand vraagt (factsheet politie, toelichting 1; art. 56 Politiewet 2012).`;
  if (gebied === "veiligheidsregio")
    return `Gemeenten van veiligheidsregio ${regio}: de getroffen regio vraagt (factsheet bevolkingszorg, toelichting 1; art. 51 Wet veiligheidsregio's).`;
  return "Alle gemeenten: de landelijke staf vraagt voor een of meer plekken en regio's (LCP-EGT § 6.2.2).";
}

export function gebiedRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  app.get(
    "/aanvragen/gebied",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: ["aanvragen"],
        summary: "De gemeenten die een aanvraag van deze procedure en regio als plaats mag noemen",
        description:
          "Dezelfde regel als de server bij het aanmaken en wijzigen toepast (ADR 0604): politie de gemeenten van de eenheid van de regio, bevolkingszorg die van de regio, TIN alle.",
        querystring: Query,
        response: { 200: Antwoord, ...fouten(400, 401, 422) },
      },
    },
    async (req) => {
      const q = req.query as Static<typeof Query>;
      if (!isProcedureId(q.procedureId))
        throw new AanvraagFout("ongeldige-invoer", `Onbekende procedure "${q.procedureId}".`, {
          veld: "procedureId",
        });
      const regio = q.veiligheidsregioId.toUpperCase();
      if (!eenheidVanRegio(regio))
        throw new AanvraagFout("ongeldige-invoer", `Onbekende veiligheidsregio "${q.veiligheidsregioId}".`, {
          veld: "veiligheidsregioId",
        });
      const p = procedure(q.procedureId);
      const rijen = await database.db
        .selectFrom("organisaties")
        .select(["id", "regio_id"])
        .where("soort", "=", "gemeente")
        .where("regio_id", "is not", null)
        .execute();
      const vr: Record<string, string> = {};
      for (const r of rijen) if (r.regio_id) vr[r.id] = r.regio_id.toUpperCase();
      const gemeenten = gemeentenInGebied(p, regio, vr);
      const regios = [...new Set(gemeenten.map((g) => vr[g] as string))].sort();
      const gebied = gebiedVan(p);
      return { gebied, omschrijving: omschrijving(gebied, regio, regios), gemeenten };
    },
  );
}
