// Dreigingsniveau 5 and local measures (LCP-EGT, "Dreigingsniveau 5", leesbaar r.12-29; ADR 0800):
// the NCTV announces and lowers the level, the lokaal bevoegd gezag records and ends its own
// measures; a lowering never ends a measure. Every change: one transaction with its audit record,
// a version check (409 with the current state) and Idempotency-Key.
import { type Static, Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { Kysely, Transaction } from "kysely";
import {
  beeindigMaatregel,
  leesMaatregelen,
  leesOverlegPartijen,
  leesStand,
  leesWijziging,
  leesWijzigingen,
  legInformatieVast,
  voegMaatregelToe,
  voegWijzigingToe,
  zetNiveau,
} from "../../db/dreiging.ts";
import type { Gebruiker } from "../../db/gebruikers.ts";
import type { DB } from "../../db/schema.ts";
import {
  BRON,
  controleerAfkondiging,
  controleerAfschaling,
  controleerBeeindiging,
  controleerInformatie,
  controleerMaatregel,
  DREIGING_LEES_ROLLEN,
  GEZAG_ROLLEN,
  gezagRolVan,
  magMaatregelBeeindigen,
  NIVEAU_ROLLEN,
  nogVanKrachtNaVerlaging,
  OVERZICHT_ROLLEN,
  type VeldFout,
  VOORBEELD_MAATREGELEN,
} from "../../domain/dreiging/regels.ts";
import { Fout } from "../fouten.ts";
import { wijzigIdempotent } from "../kern/idempotentie.ts";
import { fouten } from "../kern/schemas.ts";
import { heeftRol, ingelogd } from "../kern/toegang.ts";
import { verwachteVersie } from "../kern/versie.ts";

const Tijdstip = Type.String({ format: "date-time" });

const StandSchema = Type.Object({
  niveau: Type.Union([Type.Integer(), Type.Null()]),
  gewijzigdOp: Type.Union([Tijdstip, Type.Null()]),
  versie: Type.Integer(),
});
const PartijSchema = Type.Object({ id: Type.String(), naam: Type.String(), soort: Type.String() });
const WijzigingSchema = Type.Object({
  id: Type.String(),
  soort: Type.Union([Type.Literal("afkondiging"), Type.Literal("afschaling")]),
  vanNiveau: Type.Union([Type.Integer(), Type.Null()]),
  naarNiveau: Type.Integer(),
  op: Tijdstip,
  duiding: Type.Union([Type.String(), Type.Null()]),
  oproepBurgers: Type.Union([Type.String(), Type.Null()]),
  overleg: Type.Union([
    Type.Object({ met: Type.Array(PartijSchema), op: Tijdstip, samenvatting: Type.String() }),
    Type.Null(),
  ]),
  informatie: Type.Union([Type.Object({ tekst: Type.String(), op: Tijdstip }), Type.Null()]),
  /** A lowering whose information to the public is not recorded yet: the NCTV's open task. */
  informatieOpen: Type.Boolean(),
  versie: Type.Integer(),
});
const MaatregelSchema = Type.Object({
  id: Type.String(),
  gezagOrganisatie: Type.Object({ id: Type.String(), naam: Type.String() }),
  gezagRol: Type.String(),
  omschrijving: Type.String(),
  voorbeeld: Type.Union([Type.String(), Type.Null()]),
  niveauBijNemen: Type.Union([Type.Integer(), Type.Null()]),
  genomenOp: Tijdstip,
  vanKracht: Type.Boolean(),
  /** In force although the level was lowered after it was taken (BRON.nietVervallen). */
  nogVanKrachtNaVerlaging: Type.Boolean(),
  beeindigdOp: Type.Union([Tijdstip, Type.Null()]),
  communicatie: Type.Union([Type.String(), Type.Null()]),
  magBeeindigen: Type.Boolean(),
  versie: Type.Integer(),
});
const OverzichtSchema = Type.Object({
  stand: StandSchema,
  wijzigingen: Type.Array(WijzigingSchema),
  maatregelen: Type.Array(MaatregelSchema),
  /** All measures (NCTV, LOCC, auditor) or only the user's own gezag's. */
  maatregelenVan: Type.Union([Type.Literal("alle"), Type.Literal("eigen-gezag")]),
  rechten: Type.Object({ niveauWijzigen: Type.Boolean(), maatregelNemen: Type.Boolean() }),
  voorbeelden: Type.Array(Type.Object({ id: Type.String(), naam: Type.String() })),
  bron: Type.Record(Type.String(), Type.String()),
});
type Overzicht = Static<typeof OverzichtSchema>;

const AfkondigenBody = Type.Object(
  {
    verwachteVersie: Type.Integer({ minimum: 0 }),
    niveau: Type.Integer({ minimum: 1, maximum: 5 }),
    duiding: Type.Optional(Type.String({ maxLength: 4000 })),
    oproepBurgers: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
const AfschalenBody = Type.Object(
  {
    verwachteVersie: Type.Integer({ minimum: 0 }),
    niveau: Type.Integer({ minimum: 1, maximum: 5 }),
    overleg: Type.Object(
      {
        met: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 50 }),
        moment: Tijdstip,
        samenvatting: Type.String({ maxLength: 4000 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
const InformatieBody = Type.Object(
  {
    verwachteVersie: Type.Integer({ minimum: 0 }),
    moment: Tijdstip,
    tekst: Type.String({ maxLength: 4000 }),
  },
  { additionalProperties: false },
);
const MaatregelBody = Type.Object(
  {
    omschrijving: Type.String({ maxLength: 1000 }),
    voorbeeld: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  },
  { additionalProperties: false },
);
const BeeindigenBody = Type.Object(
  { verwachteVersie: Type.Integer({ minimum: 0 }), communicatie: Type.String({ maxLength: 4000 }) },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Type.String({ format: "uuid" }) });

const iso = (d: Date) => d.toISOString();

function weiger(f: VeldFout[]): void {
  if (f.length)
    throw new Fout(
      "ongeldige-invoer",
      `De invoer is ongeldig: ${f.map((v) => `${v.veld}: ${v.melding}`).join("; ")}`,
      f,
    );
}

/** The NCTV role, held at the NCTV (role and organisation, both on the server). */
function isNctv(g: Gebruiker): boolean {
  return (
    heeftRol(g, ...NIVEAU_ROLLEN) &&
    (g.organisatie.soort === "nctv" || g.organisatie.soort === "nctv-onderdeel")
  );
}

function eisNctv(g: Gebruiker): void {
  if (!isNctv(g))
    throw new Fout("geen-toegang", "Alleen de NCTV kondigt het dreigingsniveau af en schaalt het af.", [], {
      vereisteRollen: NIVEAU_ROLLEN,
    });
}

export async function overzicht(db: Kysely<DB> | Transaction<DB>, g: Gebruiker): Promise<Overzicht> {
  const [stand, wijzigingen] = await Promise.all([leesStand(db), leesWijzigingen(db)]);
  const alle = heeftRol(g, ...OVERZICHT_ROLLEN);
  const gezag = gezagRolVan(g);
  const maatregelen = alle
    ? await leesMaatregelen(db)
    : gezag
      ? await leesMaatregelen(db, { organisatieId: g.organisatie.id })
      : [];
  const afschalingen = wijzigingen.filter((w) => w.soort === "afschaling");
  return {
    stand: {
      niveau: stand.niveau,
      gewijzigdOp: stand.gewijzigdOp ? iso(stand.gewijzigdOp) : null,
      versie: stand.versie,
    },
    wijzigingen: wijzigingen.map((w) => ({
      id: w.id,
      soort: w.soort,
      vanNiveau: w.vanNiveau,
      naarNiveau: w.naarNiveau,
      op: iso(w.op),
      duiding: w.duiding,
      oproepBurgers: w.oproepBurgers,
      overleg: w.overleg
        ? { met: w.overleg.met, op: iso(w.overleg.op), samenvatting: w.overleg.samenvatting }
        : null,
      informatie: w.informatie ? { tekst: w.informatie.tekst, op: iso(w.informatie.op) } : null,
      informatieOpen: w.soort === "afschaling" && !w.informatie,
      versie: w.versie,
    })),
    maatregelen: maatregelen.map((m) => ({
      id: m.id,
      gezagOrganisatie: m.gezagOrganisatie,
      gezagRol: m.gezagRol,
      omschrijving: m.omschrijving,
      voorbeeld: m.voorbeeld,
      niveauBijNemen: m.niveauBijNemen,
      genomenOp: iso(m.genomenOp),
      vanKracht: m.beeindigdOp === null,
      nogVanKrachtNaVerlaging: nogVanKrachtNaVerlaging(m, afschalingen),
      beeindigdOp: m.beeindigdOp ? iso(m.beeindigdOp) : null,
      communicatie: m.communicatie,
      magBeeindigen: m.beeindigdOp === null && magMaatregelBeeindigen(g, m),
      versie: m.versie,
    })),
    maatregelenVan: alle ? "alle" : "eigen-gezag",
    rechten: { niveauWijzigen: isNctv(g), maatregelNemen: gezag !== null },
    voorbeelden: Object.entries(VOORBEELD_MAATREGELEN).map(([id, naam]) => ({ id, naam })),
    bron: { ...BRON },
  };
}

export async function dreigingRoutes(app: FastifyInstance): Promise<void> {
  const db = app.deps.database.db;
  const antwoord = { 200: OverzichtSchema, ...fouten(400, 401, 403, 404, 409, 422) };

  app.get(
    "/dreiging",
    {
      config: { toegang: { rollen: DREIGING_LEES_ROLLEN } },
      schema: {
        tags: ["dreiging"],
        summary: "Het landelijk dreigingsniveau, zijn wijzigingen en de lokale maatregelen",
        description:
          "De NCTV, het LOCC en de auditor zien alle maatregelen; een burgemeester of voorzitter veiligheidsregio die van zijn eigen gezag.",
        response: { 200: OverzichtSchema, ...fouten(401, 403) },
      },
    },
    async (req) => overzicht(db, ingelogd(req)),
  );

  /** The level's version check; a stale one gets 409 with the current overview. */
  const eisStandVersie = (
    g: Gebruiker,
    trx: Parameters<Parameters<typeof wijzigIdempotent>[1]>[0],
    versie: number,
  ) =>
    verwachteVersie(trx, "dreigingsniveau_stand", 1, versie, {
      naam: "Het dreigingsniveau",
      huidig: (t) => overzicht(t, g),
    });

  app.post(
    "/dreiging/afkondigen",
    {
      config: { toegang: { rollen: NIVEAU_ROLLEN }, idempotent: true },
      schema: {
        tags: ["dreiging"],
        summary: "Dreigingsniveau verhogen (de NCTV); bij niveau 5 met eerste duiding en oproep aan burgers",
        description: `${BRON.afkondigen} Accepteert Idempotency-Key; een verouderde verwachteVersie geeft 409 met de actuele stand.`,
        body: AfkondigenBody,
        response: antwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      eisNctv(g);
      const body = req.body as Static<typeof AfkondigenBody>;
      const nu = new Date();
      await wijzigIdempotent(req, async (trx, audit) => {
        await eisStandVersie(g, trx, body.verwachteVersie);
        const stand = await leesStand(trx, { vergrendel: true });
        const duiding = body.duiding?.trim() || null;
        const oproepBurgers = body.oproepBurgers?.trim() || null;
        weiger(controleerAfkondiging(stand.niveau, { niveau: body.niveau, duiding, oproepBurgers }));
        const id = await voegWijzigingToe(trx, {
          soort: "afkondiging",
          vanNiveau: stand.niveau,
          naarNiveau: body.niveau,
          op: nu,
          door: g.id,
          duiding,
          oproepBurgers,
          overleg: null,
        });
        await zetNiveau(trx, body.niveau, nu);
        await audit({
          actie: "dreigingsniveau.afgekondigd",
          onderwerpSoort: "dreigingsniveau",
          onderwerpId: id,
          gegevens: { vanNiveau: stand.niveau, naarNiveau: body.niveau, duiding, oproepBurgers },
        });
      });
      return overzicht(db, g);
    },
  );

  app.post(
    "/dreiging/afschalen",
    {
      config: { toegang: { rollen: NIVEAU_ROLLEN }, idempotent: true },
      schema: {
        tags: ["dreiging"],
        summary: "Dreigingsniveau verlagen (de NCTV), na overleg met de gemeente of regio",
        description: `${BRON.afschalen} ${BRON.nietVervallen} De maatregelen blijven van kracht. Accepteert Idempotency-Key.`,
        body: AfschalenBody,
        response: antwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      eisNctv(g);
      const body = req.body as Static<typeof AfschalenBody>;
      const nu = new Date();
      await wijzigIdempotent(req, async (trx, audit) => {
        await eisStandVersie(g, trx, body.verwachteVersie);
        const stand = await leesStand(trx, { vergrendel: true });
        const ids = [...new Set(body.overleg.met)];
        const partijen = await leesOverlegPartijen(trx, ids);
        const onbekend = ids
          .map((id, i) => ({ id, i }))
          .filter((x) => !partijen.some((p) => p.id === x.id))
          .map((x) => ({ veld: `overleg.met[${x.i}]`, melding: `${x.id} is geen bekende organisatie` }));
        const samenvatting = body.overleg.samenvatting.trim();
        const moment = new Date(body.overleg.moment);
        weiger([
          ...onbekend,
          ...controleerAfschaling(stand.niveau, body.niveau, { met: partijen, moment, samenvatting }, nu),
        ]);
        // In the order the NCTV named them (all known: unknown ids were refused above).
        const met = ids.flatMap((id) => partijen.filter((p) => p.id === id));
        const id = await voegWijzigingToe(trx, {
          soort: "afschaling",
          vanNiveau: stand.niveau,
          naarNiveau: body.niveau,
          op: nu,
          door: g.id,
          duiding: null,
          oproepBurgers: null,
          overleg: { met, op: moment, samenvatting },
        });
        await zetNiveau(trx, body.niveau, nu);
        // The lowering touches no measure (BRON.nietVervallen); the record says which stay in force.
        const vanKracht = (await leesMaatregelen(trx)).filter((m) => m.beeindigdOp === null).map((m) => m.id);
        await audit({
          actie: "dreigingsniveau.afgeschaald",
          onderwerpSoort: "dreigingsniveau",
          onderwerpId: id,
          gegevens: {
            vanNiveau: stand.niveau,
            naarNiveau: body.niveau,
            overleg: { met: ids, op: iso(moment), samenvatting },
            maatregelenVanKracht: vanKracht,
          },
        });
      });
      return overzicht(db, g);
    },
  );

  app.post(
    "/dreiging/wijzigingen/:id/informatie",
    {
      config: { toegang: { rollen: NIVEAU_ROLLEN }, idempotent: true },
      schema: {
        tags: ["dreiging"],
        summary: "Vastleggen hoe de NCTV de maatschappij over de verlaging heeft geïnformeerd",
        description: `${BRON.afschalen} Tot dit is vastgelegd staat de afschaling open bij de NCTV. Accepteert Idempotency-Key.`,
        params: IdParams,
        body: InformatieBody,
        response: antwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      eisNctv(g);
      const { id } = req.params as { id: string };
      const body = req.body as Static<typeof InformatieBody>;
      const nu = new Date();
      await wijzigIdempotent(req, async (trx, audit) => {
        const w = await leesWijziging(trx, id);
        if (!w) throw new Fout("niet-gevonden", "Deze wijziging van het dreigingsniveau bestaat niet.");
        if (w.soort !== "afschaling")
          throw new Fout("niet-toegestaan", "Het informeren van de maatschappij hoort bij een afschaling.", [
            { veld: "id", melding: "is geen afschaling" },
          ]);
        if (w.informatie)
          throw new Fout(
            "niet-toegestaan",
            "Het informeren van de maatschappij is voor deze afschaling al vastgelegd.",
            [{ veld: "tekst", melding: "is al vastgelegd" }],
          );
        await verwachteVersie(trx, "dreigingsniveau_wijzigingen", id, body.verwachteVersie, {
          naam: "Deze afschaling",
          huidig: (t) => overzicht(t, g),
        });
        const tekst = body.tekst.trim();
        const moment = new Date(body.moment);
        weiger(controleerInformatie(tekst, moment, w.op, nu));
        await legInformatieVast(trx, id, { tekst, op: moment, door: g.id });
        await audit({
          actie: "dreigingsniveau.maatschappij-geinformeerd",
          onderwerpSoort: "dreigingsniveau",
          onderwerpId: id,
          gegevens: { tekst, op: iso(moment) },
        });
      });
      return overzicht(db, g);
    },
  );

  app.post(
    "/dreiging/maatregelen",
    {
      config: { toegang: { rollen: GEZAG_ROLLEN }, idempotent: true },
      schema: {
        tags: ["dreiging"],
        summary: "Een maatregel van het lokaal bevoegd gezag vastleggen (voor de eigen gemeente of regio)",
        description: `${BRON.maatregelen} ${BRON.voorbeelden} Vrije tekst is altijd mogelijk; voorbeeld is optioneel (${Object.keys(VOORBEELD_MAATREGELEN).join(", ")}). Accepteert Idempotency-Key.`,
        body: MaatregelBody,
        response: { ...antwoord, 201: OverzichtSchema },
      },
    },
    async (req, reply) => {
      const g = ingelogd(req);
      const rol = gezagRolVan(g);
      if (!rol)
        throw new Fout(
          "geen-toegang",
          "Alleen het lokaal bevoegd gezag legt maatregelen vast: de burgemeester voor zijn gemeente, de voorzitter veiligheidsregio voor zijn regio.",
        );
      const body = req.body as Static<typeof MaatregelBody>;
      const omschrijving = body.omschrijving.trim();
      const voorbeeld = body.voorbeeld || null;
      weiger(controleerMaatregel({ omschrijving, voorbeeld }));
      const nu = new Date();
      await wijzigIdempotent(req, async (trx, audit) => {
        const stand = await leesStand(trx);
        const id = await voegMaatregelToe(trx, {
          gezagOrganisatieId: g.organisatie.id,
          gezagRol: rol,
          omschrijving,
          voorbeeld,
          niveauBijNemen: stand.niveau,
          genomenOp: nu,
          genomenDoor: g.id,
        });
        await audit({
          actie: "dreiging-maatregel.genomen",
          onderwerpSoort: "dreiging-maatregel",
          onderwerpId: id,
          gegevens: { gezag: g.organisatie.id, rol, omschrijving, voorbeeld, dreigingsniveau: stand.niveau },
        });
      });
      return reply.status(201).send(await overzicht(db, g));
    },
  );

  app.post(
    "/dreiging/maatregelen/:id/beeindigen",
    {
      config: { toegang: { rollen: GEZAG_ROLLEN }, idempotent: true },
      schema: {
        tags: ["dreiging"],
        summary: "Een eigen maatregel beëindigen, met wat het bevoegd gezag daarover communiceerde",
        description: `${BRON.nietVervallen} Alleen het gezag dat de maatregel nam. Accepteert Idempotency-Key.`,
        params: IdParams,
        body: BeeindigenBody,
        response: antwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const body = req.body as Static<typeof BeeindigenBody>;
      const nu = new Date();
      await wijzigIdempotent(req, async (trx, audit) => {
        const [m] = await leesMaatregelen(trx, { id });
        // Another gezag's measure is "not found" to a mayor: he does not see it either.
        if (!m) throw new Fout("niet-gevonden", "Deze maatregel bestaat niet.");
        if (!magMaatregelBeeindigen(g, m))
          throw m.gezagOrganisatie.id === g.organisatie.id
            ? new Fout("geen-toegang", `Alleen de ${m.gezagRol} die deze maatregel nam, beëindigt hem.`)
            : new Fout("niet-gevonden", "Deze maatregel bestaat niet.");
        await verwachteVersie(trx, "dreiging_maatregelen", id, body.verwachteVersie, {
          naam: "Deze maatregel",
          huidig: (t) => overzicht(t, g),
        });
        const communicatie = body.communicatie.trim();
        const f = controleerBeeindiging(m, communicatie);
        if (f.some((x) => x.veld === "maatregel"))
          throw new Fout("niet-toegestaan", "Deze maatregel is al beëindigd.", f);
        weiger(f);
        await beeindigMaatregel(trx, id, { op: nu, door: g.id, communicatie });
        await audit({
          actie: "dreiging-maatregel.beeindigd",
          onderwerpSoort: "dreiging-maatregel",
          onderwerpId: id,
          gegevens: { gezag: m.gezagOrganisatie.id, omschrijving: m.omschrijving, communicatie },
        });
      });
      return overzicht(db, g);
    },
  );
}
