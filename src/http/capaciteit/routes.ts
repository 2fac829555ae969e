// Capaciteitenoverzicht en verdeling bij schaarste (issue 5): registry, demand, overview (JSON and
// CSV), history, what-if allocation, and the capaciteiten- en inzetplan with its assessment.
import { type Static, Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  aggregeer,
  CapaciteitFout,
  geefVrij,
  hefItemOp,
  type ItemInvoer,
  inzetOpMoment,
  laadItems,
  laadVraag,
  legInstemmingOvjVast,
  maakItem,
  registreerVraag,
  standVanZaken,
  wijzigItem,
  wijzigVraagStatus,
} from "../../db/capaciteit.ts";
import type { Gebruiker } from "../../db/gebruikers.ts";
import { CAPACITEIT_TYPEN, capaciteitType } from "../../domain/capaciteit/catalogus.ts";
import { DOELSTELLINGEN } from "../../domain/capaciteit/doelstellingen.ts";
import {
  BRON_INZETPLAN,
  inzetplanWeigering,
  isInzetplanType,
  meerderePlekkenWeigering,
} from "../../domain/capaciteit/inzetplan.ts";
import {
  aankomstMinuten,
  type Instantie,
  STANDAARD_SNELHEID_KMH,
  VerdelingInvoerFout,
  valideerInstantie,
} from "../../domain/verdeling/index.ts";
import { VerdelingTimeout, VerdelingWerker } from "../../werkers/verdeling-werker.ts";
import { Fout } from "../fouten.ts";
import { fouten, GeheelOfNull } from "../kern/schemas.ts";
import { ingelogd } from "../kern/toegang.ts";
import { wijzig } from "../kern/transactie.ts";
import { csv } from "./csv.ts";
import { planPdf } from "./pdf.ts";
import {
  boekPlan,
  bouwInstantie,
  controleerWijziging,
  heeftBeleid,
  instemmingenOvj,
  laadPlannen,
  metHandmatigePrioriteiten,
  naarUitkomst,
  ongewijzigdNaIccb,
  PRIORITEITEN_HERZIEN,
  slaBesluitOp,
  vergrendelPlan,
  volgendNummer,
  zetPlanStatus,
} from "./plan.ts";
import {
  CRISISBERAAD,
  DETAIL_ROLLEN,
  EIGENAAR_ROLLEN,
  EIGENAARS,
  eisEigenaar,
  heeftEen,
  ICCB_SECRETARIAAT,
  magTypeBeheren,
  OVERZICHT_ROLLEN,
  PLAN_INDIENEN,
  PLAN_LEZEN,
  PLAN_REKENEN,
  VRAAG_ROLLEN,
  VRIJGEVEN,
  zietAlles,
} from "./rechten.ts";

const Tijdstip = Type.String({ format: "date-time" });
const Venster = Type.Object({ van: Tijdstip, tot: Tijdstip }, { additionalProperties: false });
const Toestand = Type.Union([
  Type.Literal("beschikbaar"),
  Type.Literal("gereserveerd"),
  Type.Literal("ingezet"),
  Type.Literal("niet-inzetbaar"),
]);
const ItemBody = Type.Object(
  {
    typeId: Type.String({ minLength: 1 }),
    naam: Type.String({ minLength: 1, maxLength: 200 }),
    aantal: Type.Integer({ minimum: 1, maximum: 5000 }),
    lat: Type.Number({ minimum: 50.5, maximum: 53.7 }),
    lon: Type.Number({ minimum: 3.2, maximum: 7.3 }),
    regioId: Type.String({ minLength: 1 }),
    reactietijdMinuten: GeheelOfNull({ minimum: 0, maximum: 10080 }),
    toestand: Toestand,
    beschikbaarheid: Type.Array(Venster, { maxItems: 50 }),
    contact: Type.String({ minLength: 1, maxLength: 500 }),
    toelichting: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 2000 })])),
  },
  { additionalProperties: false },
);
const Id = Type.Object({ id: Type.String({ format: "uuid" }) });
const Versie = Type.Object({ versie: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const AantalPerType = Type.Record(Type.String(), Type.Integer({ minimum: 0, maximum: 1000 }));
const BeleidBody = Type.Object(
  {
    minReservePerRegion: Type.Optional(AantalPerType),
    minUnitsPerDemand: Type.Optional(AantalPerType),
  },
  { additionalProperties: false },
);
/** Who of the OM consented and when (LCP §6.2.2, leesbaar 72-76; ADR 0353). */
const InstemmingOvjBody = Type.Object(
  { naam: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S" }), op: Tijdstip },
  { additionalProperties: false },
);
const Periode = Type.Object({
  van: Type.Optional(Tijdstip),
  tot: Type.Optional(Tijdstip),
  moment: Type.Optional(Tijdstip),
  type: Type.Optional(Type.String()),
  regio: Type.Optional(Type.String()),
});

/** Turns a store refusal into the matching problem document. */
async function metFouten<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof CapaciteitFout)
      throw new Fout(e.code, e.message, e.veld ? [{ veld: e.veld, melding: e.message }] : []);
    throw e;
  }
}

function periodeUit(q: Static<typeof Periode>, nu: Date): { van: Date; tot: Date; moment: boolean } {
  if (q.moment) {
    const m = new Date(q.moment);
    return { van: m, tot: m, moment: true };
  }
  const van = q.van ? new Date(q.van) : nu;
  const tot = q.tot ? new Date(q.tot) : van;
  if (tot.getTime() < van.getTime())
    throw new Fout("ongeldige-invoer", "Het einde van de periode ligt voor het begin.", [
      { veld: "tot", melding: "ligt voor 'van'" },
    ]);
  if (tot.getTime() - van.getTime() > 366 * 86_400_000)
    throw new Fout("ongeldige-invoer", "Kies een periode van hoogstens een jaar.", [
      { veld: "tot", melding: "periode langer dan een jaar" },
    ]);
  return { van, tot, moment: tot.getTime() === van.getTime() };
}

/** The period and capacity types of a plan or advice, checked: the end after the start, known types. */
function periodeEnTypen(b: { van: string; tot: string; typen?: string[] }): { van: Date; tot: Date } {
  const van = new Date(b.van);
  const tot = new Date(b.tot);
  if (!(tot > van))
    throw new Fout("ongeldige-invoer", "Het einde van de periode moet na het begin liggen.", [
      { veld: "tot", melding: "ligt niet na 'van'" },
    ]);
  for (const t of b.typen ?? [])
    if (!capaciteitType(t))
      throw new Fout("ongeldige-invoer", `Onbekend capaciteitstype '${t}'.`, [{ veld: "typen", melding: t }]);
  return { van, tot };
}

export async function capaciteitRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  /**
   * The item an owner changes. Someone who may not see other organisations' items gets 404 for
   * them, as for an id that does not exist, so the answer does not say that it exists.
   */
  async function eigenItem(g: Gebruiker, id: string) {
    const [item] = await laadItems(db, { id });
    if (!item || (item.organisatieId !== g.organisatie.id && !zietAlles(g)))
      throw new Fout("niet-gevonden", "Dit capaciteitsitem bestaat niet.");
    eisEigenaar(g, item);
    return item;
  }
  const werker = new VerdelingWerker();
  app.addHook("onClose", async () => {
    await werker.stop();
  });

  async function overzicht(req: FastifyRequest) {
    const g = ingelogd(req);
    const p = periodeUit(req.query as Static<typeof Periode>, new Date());
    const q = req.query as Static<typeof Periode>;
    const filter = { ...(q.type ? { typeId: q.type } : {}), ...(q.regio ? { regioId: q.regio } : {}) };
    const stand = await standVanZaken(db, p, filter);
    const vraag = (
      await laadVraag(db, { van: p.van, tot: p.moment ? new Date(p.van.getTime() + 1) : p.tot, open: true })
    ).filter((v) => (!q.type || v.typeId === q.type) && (!q.regio || v.regioId === q.regio));
    const { rijen, schaarste } = aggregeer(stand, vraag);
    const alles = zietAlles(g);
    const items = stand
      .filter((s) => alles || s.organisatieId === g.organisatie.id)
      .map(({ eenheden: _e, ...s }) => s);
    return {
      periode: { van: p.van.toISOString(), tot: p.tot.toISOString(), moment: p.moment },
      rijen,
      schaarste,
      items,
      itemsVolledig: alles,
      vraag: alles ? vraag : [],
    };
  }

  app.get(
    "/capaciteit/catalogus",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: ["capaciteit"],
        summary: "Capaciteitstypen, doelstellingen, regio's en wat u mag beheren",
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const regios = await db
        .selectFrom("organisaties")
        .select(["id", "naam", "code"])
        .where("soort", "=", "veiligheidsregio")
        .orderBy("code")
        .execute();
      return {
        typen: CAPACITEIT_TYPEN.map((t) => ({
          id: t.id,
          naam: t.naam,
          eigenaar: t.eigenaar,
          soort: t.soort,
          telEenheid: t.telEenheid,
          reactietijdMinuten: t.reactietijdMinuten,
          inzetplan: isInzetplanType(t.id),
          beheerders: EIGENAAR_ROLLEN[t.eigenaar],
          magBeheren: magTypeBeheren(g, t.id),
        })),
        doelstellingen: DOELSTELLINGEN,
        regios,
        rechten: {
          overzicht: heeftEen(g, OVERZICHT_ROLLEN),
          alles: zietAlles(g),
          eigenaar: heeftEen(g, EIGENAARS),
          vraag: heeftEen(g, VRAAG_ROLLEN),
          planRekenen: heeftEen(g, PLAN_REKENEN),
          planIndienen: heeftEen(g, PLAN_INDIENEN),
          planLezen: heeftEen(g, PLAN_LEZEN),
          crisisberaad: heeftEen(g, CRISISBERAAD),
          iccb: heeftEen(g, ICCB_SECRETARIAAT),
          vrijgeven: heeftEen(g, VRIJGEVEN),
        },
      };
    },
  );

  // --- Registry -------------------------------------------------------------------------------

  app.get(
    "/capaciteit/items",
    {
      config: { toegang: { rollen: OVERZICHT_ROLLEN } },
      schema: {
        tags: ["capaciteit"],
        summary: "Capaciteitsitems (LOCC en Crisisberaad: alle; anderen: van de eigen organisatie)",
        querystring: Type.Object({
          eigen: Type.Optional(Type.Boolean()),
          type: Type.Optional(Type.String()),
        }),
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const q = req.query as { eigen?: boolean; type?: string };
      const eigen = q.eigen || !zietAlles(g);
      return {
        items: await laadItems(db, {
          ...(eigen ? { organisatieId: g.organisatie.id } : {}),
          ...(q.type ? { typeId: q.type } : {}),
        }),
      };
    },
  );

  app.post(
    "/capaciteit/items",
    {
      config: { toegang: { rollen: EIGENAARS } },
      schema: {
        tags: ["capaciteit"],
        summary: "Capaciteitsitem toevoegen (voor de eigen organisatie)",
        body: ItemBody,
        response: { ...fouten(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const g = ingelogd(req);
      const b = req.body as ItemInvoer;
      if (!capaciteitType(b.typeId))
        throw new Fout("ongeldige-invoer", `Onbekend capaciteitstype '${b.typeId}'.`, [
          { veld: "typeId", melding: "onbekend type" },
        ]);
      eisEigenaar(g, { typeId: b.typeId, organisatieId: g.organisatie.id });
      const id = await metFouten(
        wijzig(req, async (trx, audit) => {
          const id = await maakItem(trx, g.organisatie.id, b);
          await audit({
            actie: "capaciteit.item-toegevoegd",
            onderwerpSoort: "capaciteit-item",
            onderwerpId: id,
            gegevens: { na: { ...b, organisatieId: g.organisatie.id } },
          });
          return id;
        }),
      );
      const [item] = await laadItems(db, { id });
      return reply.status(201).send({ item });
    },
  );

  app.put(
    "/capaciteit/items/:id",
    {
      config: { toegang: { rollen: EIGENAARS } },
      schema: {
        tags: ["capaciteit"],
        summary: "Capaciteitsitem bijwerken (eigenaar; versie verplicht, 409 bij een verouderde versie)",
        params: Id,
        body: Type.Object(
          { ...ItemBody.properties, versie: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false },
        ),
        response: { ...fouten(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const { versie, ...b } = req.body as ItemInvoer & { versie: number };
      await eigenItem(g, id);
      await metFouten(
        wijzig(req, async (trx, audit) => {
          const r = await wijzigItem(trx, id, versie, b);
          await audit({
            actie: "capaciteit.item-gewijzigd",
            onderwerpSoort: "capaciteit-item",
            onderwerpId: id,
            gegevens: { voor: r.voor, na: { ...b, versie: r.versie } },
          });
        }),
      );
      const [item] = await laadItems(db, { id });
      return { item };
    },
  );

  app.post(
    "/capaciteit/items/:id/opheffen",
    {
      config: { toegang: { rollen: EIGENAARS } },
      schema: {
        tags: ["capaciteit"],
        summary: "Capaciteitsitem opheffen (blijft in de historie)",
        params: Id,
        body: Versie,
        response: { ...fouten(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const { versie } = req.body as { versie: number };
      await eigenItem(g, id);
      await metFouten(
        wijzig(req, async (trx, audit) => {
          const r = await hefItemOp(trx, id, versie);
          await audit({
            actie: "capaciteit.item-opgeheven",
            onderwerpSoort: "capaciteit-item",
            onderwerpId: id,
            gegevens: { voor: r.voor },
          });
        }),
      );
      return { opgeheven: true };
    },
  );

  // --- Overview, CSV, history -------------------------------------------------------------------

  app.get(
    "/capaciteit/overzicht",
    {
      config: { toegang: { rollen: OVERZICHT_ROLLEN } },
      schema: {
        tags: ["capaciteit"],
        summary:
          "Landelijk overzicht per type en regio, nu, op een moment of over een periode, met vraag en schaarste",
        querystring: Periode,
      },
    },
    overzicht,
  );

  app.get(
    "/capaciteit/overzicht.csv",
    {
      config: { toegang: { rollen: OVERZICHT_ROLLEN } },
      schema: {
        tags: ["capaciteit"],
        summary: "Het overzicht als CSV (Excel, puntkomma, UTF-8)",
        querystring: Periode,
      },
    },
    async (req, reply) => {
      const o = await overzicht(req);
      const tekst = csv(
        [
          "Capaciteitstype",
          "Teleenheid",
          "Veiligheidsregio",
          "Totaal",
          "Beschikbaar",
          "Gereserveerd",
          "Ingezet",
          "Niet inzetbaar",
          "Open vraag",
          "Periode van",
          "Periode tot",
        ],
        o.rijen.map((r) => [
          r.typeNaam,
          r.telEenheid,
          r.regioNaam,
          r.totaal,
          r.telling.beschikbaar,
          r.telling.gereserveerd,
          r.telling.ingezet,
          r.telling["niet-inzetbaar"],
          r.vraag,
          o.periode.van,
          o.periode.tot,
        ]),
      );
      const stempel = o.periode.van.slice(0, 16).replace(/[:T]/g, "-");
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="capaciteitenoverzicht-${stempel}.csv"`)
        .send(tekst);
    },
  );

  app.get(
    "/capaciteit/historie",
    {
      config: { toegang: { rollen: OVERZICHT_ROLLEN } },
      schema: {
        tags: ["capaciteit"],
        summary: "Wat was waar geboekt of ingezet op moment X",
        querystring: Type.Object({ moment: Tijdstip }),
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { moment } = req.query as { moment: string };
      const rijen = await inzetOpMoment(db, new Date(moment));
      return {
        moment: new Date(moment).toISOString(),
        boekingen: zietAlles(g) ? rijen : rijen.filter((r) => r.organisatieId === g.organisatie.id),
      };
    },
  );

  // --- Demand -----------------------------------------------------------------------------------

  app.get(
    "/capaciteit/vraag",
    {
      config: { toegang: { rollen: [...new Set([...DETAIL_ROLLEN, ...VRAAG_ROLLEN])] } },
      schema: {
        tags: ["capaciteit"],
        summary: "Vraag naar capaciteit (open of alle)",
        querystring: Type.Object({ open: Type.Optional(Type.Boolean()) }),
      },
    },
    async (req) => ({
      vraag: await laadVraag(db, { open: (req.query as { open?: boolean }).open ?? false }),
    }),
  );

  app.post(
    "/capaciteit/vraag",
    {
      config: { toegang: { rollen: VRAAG_ROLLEN } },
      schema: {
        tags: ["capaciteit"],
        summary: "Vraag registreren (type, aantal, locatie, periode, doelstelling, urgentie)",
        body: Type.Object(
          {
            typeId: Type.String({ minLength: 1 }),
            aantal: Type.Integer({ minimum: 1, maximum: 5000 }),
            lat: Type.Number({ minimum: 50.5, maximum: 53.7 }),
            lon: Type.Number({ minimum: 3.2, maximum: 7.3 }),
            regioId: Type.String({ minLength: 1 }),
            locatieNaam: Type.String({ minLength: 1, maxLength: 200 }),
            van: Tijdstip,
            tot: Tijdstip,
            doelstelling: Type.Union(DOELSTELLINGEN.map((d) => Type.Literal(d.id))),
            urgentie: Type.Union([Type.Literal("acuut"), Type.Literal("regulier")]),
            aanvraagId: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
            aanvrager: Type.String({ minLength: 1, maxLength: 200 }),
            // TIN: the OvJ's consent when the demand is not linked to a request (ADR 0353).
            instemmingOvj: Type.Optional(Type.Union([Type.Null(), InstemmingOvjBody])),
          },
          { additionalProperties: false },
        ),
        response: { ...fouten(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const b = req.body as Parameters<typeof registreerVraag>[1];
      const g = ingelogd(req);
      const id = await metFouten(
        wijzig(req, async (trx, audit) => {
          const id = await registreerVraag(trx, b, g.id);
          await audit({
            actie: "capaciteit.vraag-geregistreerd",
            onderwerpSoort: "capaciteit-vraag",
            onderwerpId: id,
            gegevens: { na: b },
          });
          return id;
        }),
      );
      const [vraag] = await laadVraag(db, { id });
      return reply.status(201).send({ vraag });
    },
  );

  app.post(
    "/capaciteit/vraag/:id/instemming-ovj",
    {
      config: { toegang: { rollen: [...new Set([...VRAAG_ROLLEN, "officier-van-justitie" as const])] } },
      schema: {
        tags: ["capaciteit"],
        summary:
          "De instemming van de officier van justitie bij TIN-vraag vastleggen (wie, wanneer); LCP §6.2.2, ADR 0353",
        params: Id,
        body: Type.Object(
          { versie: Type.Integer({ minimum: 1 }), naam: InstemmingOvjBody.properties.naam, op: Tijdstip },
          { additionalProperties: false },
        ),
        response: { ...fouten(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const b = req.body as { versie: number; naam: string; op: string };
      await metFouten(
        wijzig(req, async (trx, audit) => {
          await legInstemmingOvjVast(trx, id, b.versie, { naam: b.naam, op: b.op }, g.id);
          await audit({
            actie: "capaciteit.vraag-instemming-ovj",
            onderwerpSoort: "capaciteit-vraag",
            onderwerpId: id,
            gegevens: { na: { instemmingOvj: { naam: b.naam.trim(), op: b.op } } },
          });
        }),
      );
      const [vraag] = await laadVraag(db, { id });
      return { vraag };
    },
  );

  app.post(
    "/capaciteit/vraag/:id/vervallen",
    {
      config: { toegang: { rollen: VRAAG_ROLLEN } },
      schema: { tags: ["capaciteit"], summary: "Vraag laten vervallen", params: Id, body: Versie },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const { versie } = req.body as { versie: number };
      await metFouten(
        wijzig(req, async (trx, audit) => {
          const r = await wijzigVraagStatus(trx, id, versie, "vervallen");
          await audit({
            actie: "capaciteit.vraag-vervallen",
            onderwerpSoort: "capaciteit-vraag",
            onderwerpId: id,
            gegevens: { voor: r.voor, na: { status: "vervallen" } },
          });
        }),
      );
      const [vraag] = await laadVraag(db, { id });
      return { vraag };
    },
  );

  // --- Allocation -------------------------------------------------------------------------------

  async function reken(inst: Instantie, beleid: boolean, marginaal: boolean) {
    try {
      return await werker.bereken({ inst, beleid, marginaal });
    } catch (e) {
      if (e instanceof VerdelingTimeout) throw new Fout("niet-beschikbaar", e.message);
      throw e;
    }
  }

  app.post(
    "/capaciteit/verdeling",
    {
      config: { toegang: { rollen: PLAN_REKENEN } },
      bodyLimit: 8 * 1_048_576,
      schema: {
        tags: ["capaciteit"],
        summary:
          "Verdeling berekenen voor een eigen instantie (zelfde contract als `knooppunt allocate`), met uitleg; rekent in een werkthread",
      },
    },
    async (req) => {
      let inst: Instantie;
      try {
        inst = valideerInstantie(req.body);
      } catch (e) {
        if (e instanceof VerdelingInvoerFout)
          throw new Fout("ongeldige-invoer", e.nl, [{ veld: e.veld, melding: e.nl }]);
        throw e;
      }
      const beleid = inst.policy ? heeftBeleid(inst.policy) : false;
      return reken(inst, beleid, false);
    },
  );

  // --- Advice (what-if; nothing is stored or booked) --------------------------------------------

  app.post(
    "/capaciteit/advies",
    {
      config: { toegang: { rollen: PLAN_REKENEN } },
      schema: {
        tags: ["capaciteit"],
        summary:
          "Advies: de verdeling van de open vraag over wat vrij is, voor elk type, uit het register (exact, in een werkthread). Wordt niet bewaard en boekt niets; over de inzet besluit wie daarover gaat (ADR 0352).",
        body: Type.Object(
          {
            van: Tijdstip,
            tot: Tijdstip,
            typen: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 50 })),
            beleid: Type.Optional(BeleidBody),
          },
          { additionalProperties: false },
        ),
        response: { ...fouten(400, 401, 403, 422, 503) },
      },
    },
    async (req) => {
      const b = req.body as {
        van: string;
        tot: string;
        typen?: string[];
        beleid?: Static<typeof BeleidBody>;
      };
      const { van, tot } = periodeEnTypen(b);
      const beleid = b.beleid ?? {};
      const invoer = await bouwInstantie(db, { van, tot }, b.typen, beleid);
      if (invoer.vragen.length === 0)
        throw new Fout("niet-toegestaan", "Er is in deze periode geen open vraag voor de gekozen typen.", [
          { veld: "typen", melding: "geen open vraag" },
        ]);
      const r = await reken(invoer.instantie, heeftBeleid(beleid), true);
      return {
        advies: true,
        periode: { van: van.toISOString(), tot: tot.toISOString() },
        typen: invoer.typen,
        invoer: { eenheden: invoer.eenheden, vragen: invoer.vragen, waarschuwingen: invoer.waarschuwingen },
        uitkomst: naarUitkomst(r),
        rekentijdMs: r.rekentijdMs,
        toelichting: `Advies van Knooppunt, geen besluit: er wordt niets geboekt. Een capaciteiten- en inzetplan voor het Crisisberaad Opschaling BB is er alleen voor bijstand van Defensie op meerdere plekken en/of regio's (${BRON_INZETPLAN}). Over de inzet van andere capaciteit besluit wie daarover gaat.`,
      };
    },
  );

  // --- Plans ------------------------------------------------------------------------------------

  app.get(
    "/capaciteit/plannen",
    {
      config: { toegang: { rollen: PLAN_LEZEN } },
      schema: { tags: ["capaciteit"], summary: "Capaciteiten- en inzetplannen" },
    },
    async () => ({
      plannen: (await laadPlannen(db)).map(({ invoer, uitkomst, ...p }) => ({
        ...p,
        aantalVragen: invoer.vragen.length,
        aantalToewijzingen: uitkomst.toewijzingen.length,
        uitkomstStatus: uitkomst.status,
      })),
    }),
  );

  /** Plans computed before ADR 0352 may hold other capacity or a single place: not submitted or booked. */
  function eisInzetplan(p: {
    typen: string[];
    invoer: { vragen: { regioId: string; locatieNaam: string }[] };
  }) {
    const reden =
      p.typen.map(inzetplanWeigering).find((r) => r !== null) ?? meerderePlekkenWeigering(p.invoer.vragen);
    if (reden)
      throw new Fout("niet-toegestaan", `${reden} Verwerp dit plan.`, [
        { veld: "typen", melding: "geen capaciteiten- en inzetplan volgens LCP §6.2.2" },
      ]);
  }

  async function eenPlan(id: string) {
    const [p] = await laadPlannen(db, id);
    if (!p) throw new Fout("niet-gevonden", "Dit plan bestaat niet.");
    return p;
  }

  app.get(
    "/capaciteit/plannen/:id",
    {
      config: { toegang: { rollen: PLAN_LEZEN } },
      schema: { tags: ["capaciteit"], summary: "Eén plan met toewijzingen, uitleg en besluiten", params: Id },
    },
    async (req) => ({ plan: await eenPlan((req.params as { id: string }).id) }),
  );

  app.get(
    "/capaciteit/plannen/:id/pdf",
    {
      config: { toegang: { rollen: PLAN_LEZEN } },
      schema: { tags: ["capaciteit"], summary: "Het plan als PDF (A4)", params: Id },
    },
    async (req, reply) => {
      const p = await eenPlan((req.params as { id: string }).id);
      const pdf = await planPdf(p, new Date());
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${p.nummer}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );

  app.post(
    "/capaciteit/plannen",
    {
      config: { toegang: { rollen: PLAN_REKENEN } },
      schema: {
        tags: ["capaciteit"],
        summary: "Voorstel berekenen voor een periode (exact, in een werkthread) en als concept bewaren",
        body: Type.Object(
          {
            van: Tijdstip,
            tot: Tijdstip,
            typen: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 50 })),
            beleid: Type.Optional(BeleidBody),
            marginaal: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { ...fouten(400, 401, 403, 503) },
      },
    },
    async (req, reply) => {
      const g = ingelogd(req);
      const b = req.body as {
        van: string;
        tot: string;
        typen?: string[];
        beleid?: Static<typeof BeleidBody>;
        marginaal?: boolean;
      };
      const { van, tot } = periodeEnTypen(b);
      // LCP §6.2.2 (leesbaar 82-86): the plan is for Defence assistance needed at several places
      // and/or regions; other capacity gets the advice (POST /capaciteit/advies). ADR 0352.
      for (const t of b.typen ?? []) {
        const weigering = inzetplanWeigering(t);
        if (weigering)
          throw new Fout("niet-toegestaan", weigering, [
            { veld: "typen", melding: `${t}: geen bijstand van Defensie aan politie of KMar` },
          ]);
      }
      const beleid = b.beleid ?? {};
      const invoer = await bouwInstantie(db, { van, tot }, b.typen, beleid, isInzetplanType);
      if (invoer.vragen.length === 0)
        throw new Fout(
          "niet-toegestaan",
          "Er is in deze periode geen open vraag naar bijstand van Defensie (TIN-pelotons) waarvoor een capaciteiten- en inzetplan kan worden opgesteld. Voor andere capaciteit: bereken een advies.",
          [{ veld: "typen", melding: "geen open vraag naar bijstand van Defensie in deze periode" }],
        );
      const plekken = meerderePlekkenWeigering(invoer.vragen);
      if (plekken)
        throw new Fout("niet-toegestaan", plekken, [
          { veld: "typen", melding: "de open vraag ligt niet op meerdere plekken en/of regio's" },
        ]);
      const r = await reken(invoer.instantie, heeftBeleid(beleid), b.marginaal ?? true);
      const uitkomst = naarUitkomst(r);
      const nu = new Date();
      const id = crypto.randomUUID();
      await wijzig(req, async (trx, audit) => {
        const nummer = await volgendNummer(trx, nu);
        await trx
          .insertInto("capaciteit_plannen")
          .values({
            id,
            nummer,
            status: "concept",
            periode_van: van,
            periode_tot: tot,
            typen: invoer.typen,
            beleid: JSON.stringify(beleid),
            invoer: JSON.stringify({
              instantie: invoer.instantie,
              eenheden: invoer.eenheden,
              vragen: invoer.vragen,
              waarschuwingen: invoer.waarschuwingen,
            }),
            uitkomst: JSON.stringify(uitkomst),
            rekentijd_ms: r.rekentijdMs,
            opgesteld_door: g.id,
            opgesteld_namens: g.organisatie.id,
            opgesteld_op: nu,
            gewijzigd: nu,
          })
          .execute();
        await audit({
          actie: "capaciteit.plan-berekend",
          onderwerpSoort: "capaciteit-plan",
          onderwerpId: id,
          gegevens: {
            nummer,
            periode: { van: b.van, tot: b.tot },
            typen: invoer.typen,
            beleid,
            status: uitkomst.status,
            toewijzingen: uitkomst.toewijzingen.length,
            doel: uitkomst.doel,
            waarschuwingen: invoer.waarschuwingen.map((w) => w.code),
          },
        });
      });
      return reply.status(201).send({ plan: await eenPlan(id) });
    },
  );

  app.post(
    "/capaciteit/plannen/:id/indienen",
    {
      config: { toegang: { rollen: PLAN_INDIENEN } },
      schema: {
        tags: ["capaciteit"],
        summary: "Plan indienen bij het Crisisberaad Opschaling BB (NSGBO/SGBO)",
        params: Id,
        body: Versie,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const { versie } = req.body as { versie: number };
      const p = await eenPlan(id);
      eisInzetplan(p);
      if (p.uitkomst.status !== "optimal")
        throw new Fout(
          "niet-toegestaan",
          "Dit voorstel heeft geen verdeling (de beleidsopties zijn niet haalbaar). Bereken het opnieuw.",
        );
      await metFouten(
        wijzig(req, async (trx, audit) => {
          await vergrendelPlan(trx, id, versie, ["concept"], "Indienen");
          const nu = new Date();
          await zetPlanStatus(trx, id, versie, "ingediend", { ingediend_door: g.id, ingediend_op: nu }, nu);
          await audit({
            actie: "capaciteit.plan-ingediend",
            onderwerpSoort: "capaciteit-plan",
            onderwerpId: id,
            gegevens: { nummer: p.nummer, bij: "crisisberaad-opschaling-bb" },
          });
        }),
      );
      return { plan: await eenPlan(id) };
    },
  );

  app.post(
    "/capaciteit/plannen/:id/beoordeling",
    {
      config: { toegang: { rollen: CRISISBERAAD } },
      schema: {
        tags: ["capaciteit"],
        summary:
          "Beoordeling van het Crisisberaad Opschaling BB: vastgesteld, gewijzigd (met de gewijzigde toewijzingen) of verworpen. Vastgesteld en gewijzigd boeken de capaciteit.",
        params: Id,
        body: Type.Object(
          {
            versie: Type.Integer({ minimum: 1 }),
            uitkomst: Type.Union([
              Type.Literal("vastgesteld"),
              Type.Literal("gewijzigd"),
              Type.Literal("verworpen"),
            ]),
            toelichting: Type.String({ minLength: 1, maxLength: 4000 }),
            toewijzingen: Type.Optional(
              Type.Array(
                Type.Object(
                  { unitId: Type.String({ minLength: 1 }), demandId: Type.String({ minLength: 1 }) },
                  { additionalProperties: false },
                ),
                { maxItems: 10000 },
              ),
            ),
            verantwoordingIccb: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
        response: { ...fouten(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const b = req.body as {
        versie: number;
        uitkomst: "vastgesteld" | "gewijzigd" | "verworpen";
        toelichting: string;
        toewijzingen?: { unitId: string; demandId: string }[];
        verantwoordingIccb?: string;
      };
      const p = await eenPlan(id);
      // A plan computed before ADR 0352 may hold other capacity: the Crisisberaad does not book it.
      if (b.uitkomst !== "verworpen") eisInzetplan(p);
      // ADR 0351: after an ICCb decision that departs from the advice, the unchanged proposal is not
      // adopted silently (LCP §6.2.2: the choices go to the ICCb, leesbaar 87-88).
      const iccb = ongewijzigdNaIccb(p, b.uitkomst, b.toewijzingen);
      if (iccb && !b.verantwoordingIccb?.trim())
        throw new Fout(
          "niet-toegestaan",
          `De ICCb heeft het advies ${iccb.uitkomst === "advies-niet-overgenomen" ? "niet overgenomen" : "aangepast"} ("${iccb.toelichting}"). Het Crisisberaad stelt het voorstel dan niet ongewijzigd vast: stel de prioriteiten opnieuw vast (het plan wordt herberekend), wijzig de toewijzingen, verwerp het plan, of verantwoord in 'verantwoordingIccb' waarom het ongewijzigde voorstel het besluit van de ICCb volgt.`,
          [
            {
              veld: "verantwoordingIccb",
              melding: "verplicht bij een ongewijzigd voorstel na dit ICCb-besluit",
            },
          ],
        );
      if (b.uitkomst === "gewijzigd" && !b.toewijzingen)
        throw new Fout("ongeldige-invoer", "Geef bij 'gewijzigd' de gewijzigde toewijzingen mee.", [
          { veld: "toewijzingen", melding: "is verplicht bij gewijzigd" },
        ]);
      if (b.uitkomst !== "gewijzigd" && b.toewijzingen)
        throw new Fout("ongeldige-invoer", "Toewijzingen horen alleen bij de uitkomst 'gewijzigd'.", [
          { veld: "toewijzingen", melding: "alleen bij gewijzigd" },
        ]);
      if (b.toewijzingen)
        await metFouten(Promise.resolve().then(() => controleerWijziging(p.invoer, b.toewijzingen!)));
      const aankomst = new Map(
        p.uitkomst.toewijzingen.map((t) => [`${t.unitId}|${t.demandId}`, t.arrivalMinutes]),
      );
      const eenheid = new Map(p.invoer.eenheden.map((e) => [e.label, e]));
      const vraag = new Map(p.invoer.vragen.map((v) => [v.label, v]));
      const vast =
        b.uitkomst === "verworpen"
          ? null
          : (b.toewijzingen ?? p.uitkomst.toewijzingen).map((t) => {
              const bekend = aankomst.get(`${t.unitId}|${t.demandId}`);
              const e = eenheid.get(t.unitId)!;
              const v = vraag.get(t.demandId)!;
              const km =
                bekend ??
                aankomstMinuten(
                  e.reactietijdMinuten,
                  { lat: e.lat, lon: e.lon },
                  { lat: v.lat, lon: v.lon },
                  p.invoer.instantie.speedKmh ?? STANDAARD_SNELHEID_KMH,
                );
              return { unitId: t.unitId, demandId: t.demandId, arrivalMinutes: km };
            });
      // LCP §6.2.2 (leesbaar 66, 72-76): TIN deployed under the OvJ's gezag rests on his consent and the
      // OM's formal request. A demand that gets units needs it recorded, on the demand or through the
      // consent step of its request (ADR 0353).
      const toegewezen = new Set((vast ?? []).map((t) => t.demandId));
      const betrokken = p.invoer.vragen.filter((v) => toegewezen.has(v.label));
      const instemming = await instemmingenOvj(db, betrokken);
      const zonder = betrokken.filter((v) => instemming.has(v.vraagId) && !instemming.get(v.vraagId));
      if (zonder.length)
        throw new Fout(
          "niet-toegestaan",
          `Vaststellen kan niet: instemming OvJ ontbreekt bij ${zonder.map((v) => v.label).join(", ")}. TIN-bijstand vindt plaats onder het gezag van de officier van justitie en wordt "met instemming van de officier van justitie" aangevraagd; het OM draagt de formele bijstandsaanvraag (LCP §6.2.2). Leg de instemming vast bij de vraag, laat de stap 'instemming OvJ' van de aanvraag afronden, of wijzig het plan zonder eenheden voor deze vraag.`,
          zonder.map((v) => ({ veld: "instemmingOvj", melding: `instemming OvJ ontbreekt: ${v.label}` })),
        );
      await metFouten(
        wijzig(req, async (trx, audit) => {
          await vergrendelPlan(trx, id, b.versie, ["ingediend"], "Beoordelen");
          const nu = new Date();
          const besluitId = await slaBesluitOp(
            trx,
            {
              orgaan: "crisisberaad",
              soort: "beoordeling",
              uitkomst: b.uitkomst,
              toelichting: iccb
                ? `${b.toelichting} Verantwoording bij het ICCb-besluit: ${b.verantwoordingIccb?.trim()}`
                : b.toelichting,
              gegevens: {
                ...(b.toewijzingen ? { toewijzingen: b.toewijzingen } : {}),
                ...(iccb ? { iccbBesluitId: iccb.id, verantwoordingIccb: b.verantwoordingIccb?.trim() } : {}),
              },
              door: g.id,
            },
            id,
            nu,
          );
          let geboekt: string[] = [];
          if (vast) geboekt = await boekPlan(trx, p, vast, g.id, nu);
          await zetPlanStatus(
            trx,
            id,
            b.versie,
            b.uitkomst,
            vast ? { vastgestelde_toewijzingen: JSON.stringify(vast) } : {},
            nu,
          );
          await audit({
            actie: "capaciteit.plan-beoordeeld",
            onderwerpSoort: "capaciteit-plan",
            onderwerpId: id,
            gegevens: {
              nummer: p.nummer,
              besluitId,
              uitkomst: b.uitkomst,
              toelichting: b.toelichting,
              toewijzingen: vast,
              boekingen: geboekt,
              ...(instemming.size
                ? {
                    instemmingOvj: betrokken
                      .filter((v) => instemming.has(v.vraagId))
                      .map((v) => ({ vraag: v.label, ...instemming.get(v.vraagId) })),
                  }
                : {}),
              ...(iccb ? { iccbBesluitId: iccb.id, verantwoordingIccb: b.verantwoordingIccb?.trim() } : {}),
            },
          });
        }),
      );
      return { plan: await eenPlan(id) };
    },
  );

  app.post(
    "/capaciteit/plannen/:id/iccb",
    {
      config: { toegang: { rollen: CRISISBERAAD } },
      schema: {
        tags: ["capaciteit"],
        summary: "Prioriteringskeuzes met advies voorleggen aan de ICCb",
        params: Id,
        body: Type.Object(
          {
            versie: Type.Integer({ minimum: 1 }),
            keuzes: Type.String({ minLength: 1, maxLength: 4000 }),
            advies: Type.String({ minLength: 1, maxLength: 4000 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const b = req.body as { versie: number; keuzes: string; advies: string };
      const p = await eenPlan(id);
      await metFouten(
        wijzig(req, async (trx, audit) => {
          await vergrendelPlan(trx, id, b.versie, ["ingediend"], "Voorleggen aan de ICCb");
          const nu = new Date();
          const besluitId = await slaBesluitOp(
            trx,
            {
              orgaan: "crisisberaad",
              soort: "voorlegging",
              uitkomst: "voorgelegd aan de ICCb",
              toelichting: `Keuzes: ${b.keuzes} Advies: ${b.advies}`,
              gegevens: { keuzes: b.keuzes, advies: b.advies },
              door: g.id,
            },
            id,
            nu,
          );
          await zetPlanStatus(trx, id, b.versie, "voorgelegd-iccb", {}, nu);
          await audit({
            actie: "capaciteit.plan-voorgelegd-iccb",
            onderwerpSoort: "capaciteit-plan",
            onderwerpId: id,
            gegevens: { nummer: p.nummer, besluitId, keuzes: b.keuzes, advies: b.advies },
          });
        }),
      );
      return { plan: await eenPlan(id) };
    },
  );

  app.post(
    "/capaciteit/plannen/:id/iccb-besluit",
    {
      config: { toegang: { rollen: ICCB_SECRETARIAAT } },
      schema: {
        tags: ["capaciteit"],
        summary: "Besluit van de ICCb vastleggen; het plan gaat terug naar het Crisisberaad",
        params: Id,
        body: Type.Object(
          {
            versie: Type.Integer({ minimum: 1 }),
            uitkomst: Type.Union([
              Type.Literal("advies-overgenomen"),
              Type.Literal("advies-aangepast"),
              Type.Literal("advies-niet-overgenomen"),
            ]),
            besluit: Type.String({ minLength: 1, maxLength: 4000 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const b = req.body as { versie: number; uitkomst: string; besluit: string };
      const p = await eenPlan(id);
      await metFouten(
        wijzig(req, async (trx, audit) => {
          await vergrendelPlan(trx, id, b.versie, ["voorgelegd-iccb"], "Het ICCb-besluit vastleggen");
          const nu = new Date();
          const besluitId = await slaBesluitOp(
            trx,
            {
              orgaan: "iccb",
              soort: "besluit",
              uitkomst: b.uitkomst,
              toelichting: b.besluit,
              gegevens: {},
              door: g.id,
            },
            id,
            nu,
          );
          await zetPlanStatus(trx, id, b.versie, "ingediend", {}, nu);
          await audit({
            actie: "capaciteit.plan-iccb-besluit",
            onderwerpSoort: "capaciteit-plan",
            onderwerpId: id,
            gegevens: { nummer: p.nummer, besluitId, uitkomst: b.uitkomst, besluit: b.besluit },
          });
        }),
      );
      return { plan: await eenPlan(id) };
    },
  );

  app.post(
    "/capaciteit/plannen/:id/prioriteiten",
    {
      config: { toegang: { rollen: CRISISBERAAD } },
      schema: {
        tags: ["capaciteit"],
        summary:
          "Het Crisisberaad stelt voor deze situatie de prioriteit van vragen in het plan vast, met motivering; het voorstel wordt herberekend (ADR 0300, 0351)",
        params: Id,
        body: Type.Object(
          {
            versie: Type.Integer({ minimum: 1 }),
            prioriteiten: Type.Array(
              Type.Object(
                {
                  vraag: Type.String({ minLength: 1, maxLength: 300 }),
                  prioriteit: Type.Integer({ minimum: 1, maximum: 5 }),
                  motivering: Type.String({ minLength: 1, maxLength: 2000 }),
                },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 1000 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { ...fouten(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const b = req.body as {
        versie: number;
        prioriteiten: { vraag: string; prioriteit: number; motivering: string }[];
      };
      const p = await eenPlan(id);
      if (p.status !== "ingediend")
        throw new Fout(
          "niet-toegestaan",
          `Prioriteiten vaststellen kan alleen bij een ingediend plan; dit plan heeft de status '${p.status}'.`,
        );
      const nu = new Date();
      const invoer = await metFouten(
        Promise.resolve().then(() =>
          metHandmatigePrioriteiten(p.invoer, b.prioriteiten, { door: g.naam, op: nu.toISOString() }),
        ),
      );
      const r = await reken(invoer.instantie, heeftBeleid(p.beleid), true);
      const uitkomst = naarUitkomst(r);
      if (uitkomst.status !== "optimal")
        throw new Fout(
          "niet-toegestaan",
          "Met deze prioriteiten en de beleidsopties van het plan is geen verdeling mogelijk.",
        );
      await metFouten(
        wijzig(req, async (trx, audit) => {
          await vergrendelPlan(trx, id, b.versie, ["ingediend"], "Prioriteiten vaststellen");
          await trx
            .updateTable("capaciteit_plannen")
            .set({
              invoer: JSON.stringify(invoer),
              uitkomst: JSON.stringify(uitkomst),
              rekentijd_ms: r.rekentijdMs,
              versie: b.versie + 1,
              gewijzigd: nu,
            })
            .where("id", "=", id)
            .execute();
          const voor = new Map(p.invoer.vragen.map((v) => [v.label, v]));
          const wijzigingen = b.prioriteiten.map((x) => ({
            vraag: x.vraag,
            van: voor.get(x.vraag)?.prioriteit ?? null,
            naar: x.prioriteit,
            motivering: x.motivering,
          }));
          const besluitId = await slaBesluitOp(
            trx,
            {
              orgaan: "crisisberaad",
              soort: "beoordeling",
              uitkomst: PRIORITEITEN_HERZIEN,
              toelichting: wijzigingen
                .map((w) => `${w.vraag}: prioriteit ${w.van ?? "?"} → ${w.naar} (${w.motivering})`)
                .join("; "),
              gegevens: {
                prioriteiten: wijzigingen,
                toewijzingenVoor: p.uitkomst.toewijzingen,
                toewijzingenNa: uitkomst.toewijzingen,
              },
              door: g.id,
            },
            id,
            nu,
          );
          await audit({
            actie: "capaciteit.plan-prioriteiten-vastgesteld",
            onderwerpSoort: "capaciteit-plan",
            onderwerpId: id,
            gegevens: {
              nummer: p.nummer,
              besluitId,
              prioriteiten: wijzigingen,
              voor: { toewijzingen: p.uitkomst.toewijzingen.length, doel: p.uitkomst.doel },
              na: { toewijzingen: uitkomst.toewijzingen.length, doel: uitkomst.doel },
            },
          });
        }),
      );
      return { plan: await eenPlan(id) };
    },
  );

  app.post(
    "/capaciteit/plannen/:id/vrijgeven",
    {
      config: { toegang: { rollen: VRIJGEVEN } },
      schema: {
        tags: ["capaciteit"],
        summary: "Demobilisatie: de boekingen van een vastgesteld plan vrijgeven",
        params: Id,
        body: Type.Object(
          { reden: Type.String({ minLength: 1, maxLength: 1000 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const { id } = req.params as { id: string };
      const { reden } = req.body as { reden: string };
      const p = await eenPlan(id);
      const r = await metFouten(
        wijzig(req, async (trx, audit) => {
          const r = await geefVrij(trx, { planId: id }, { door: g.id, reden });
          await audit({
            actie: "capaciteit.boekingen-vrijgegeven",
            onderwerpSoort: "capaciteit-plan",
            onderwerpId: id,
            gegevens: { nummer: p.nummer, reden, boekingen: r.vrijgegeven },
          });
          return r;
        }),
      );
      return { vrijgegeven: r.vrijgegeven.length };
    },
  );
}
