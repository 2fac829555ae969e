// NL-Alert bij extreem geweld: the guarded path from draft to broadcast (issue 6).
//   concept → advies (HOvD-P/OvD-OC) → second opinion (HOvD LE) → besluit (bevoegde) →
//   vrijgegeven (meldkamer) → verzonden | mislukt (gateway) → beëindigd (einde situatie, §4f.2)
// Every change is one `wijzig` transaction with its audit record; every change names the version it
// saw (409 on a stale one). Users only ever see the alerts of their own region(s): 404 otherwise.
import { randomUUID } from "node:crypto";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import type { Gebruiker } from "../../db/gebruikers.ts";
import {
  type AlertRij,
  type InbrengRij,
  laadAlert,
  laadInbreng,
  laadInbrengSoorten,
  laadPogingen,
  laadRegiogrenzen,
  laadTaken,
  laadVerzending,
  lijstAlerts,
  regioCode,
  regioContext,
  regioNaam,
  vervolgenVan,
} from "../../db/nl-alert.ts";
import type { DB } from "../../db/schema.ts";
import {
  type Beoordeling,
  beoordeel,
  type Concept,
  capTijd,
  EINDE_HANDELINGSPERSPECTIEF_SJABLONEN,
  leesConcept,
  maakCap,
  REDEN_VEREIST,
  type Verwijzing,
} from "../../domain/nl-alert/index.ts";
import { vrId } from "../../domain/organisaties/referentie.ts";
import { ROLLEN } from "../../domain/organisaties/rollen.ts";
import { Fout } from "../fouten.ts";
import { fouten } from "../kern/schemas.ts";
import { ingelogd } from "../kern/toegang.ts";
import { wijzig } from "../kern/transactie.ts";
import {
  eersteGreepMs,
  type GatewayInstellingen,
  leesGatewayInstellingen,
  startGatewayWerker,
  verwerkVerzendingen,
} from "./gateway.ts";
import {
  BEVOEGD_GEZAG,
  type DriehoekKeuze,
  faseNaam,
  faseUitInbreng,
  functieWeigering,
  geldendeInbreng,
  herauthenticatieWeigering,
  type InbrengAanwezig,
  type InbrengSoort,
  inbrengAanwezig,
  inbrengWeigering,
  isBevoegdeVan,
  isMeldkamerVan,
  isVoorVrijgave,
  LEZERS,
  magZien,
  type Persoon,
  R,
  regioVan,
  vraagtEindeSituatie,
  vrijgaveBlokkades,
  zelfdeFunctionarisWeigering,
  zichtbareRegios,
} from "./regels.ts";
import {
  AlertDetailSchema,
  type AlertSamenvatting,
  AlertSamenvattingSchema,
  BesluitBody,
  ConceptBody,
  type Controle,
  ControleSchema,
  EindeAfsluitenBody,
  ErkenBody,
  IdParams,
  type Inbreng,
  InbrengBody,
  NieuwBody,
  RegiogrenzenSchema,
  TaakBody,
  TaakParams,
  VersieBody,
  VervolgBody,
} from "./schemas.ts";

export const ATTRIBUTIE = "Bron: CBS / PDOK – CBS Gebiedsindelingen 2025 (vereenvoudigd via cartomap/nl)";

/** §3: the bevoegd gezag of a region (mandated official or voorzitter veiligheidsregio; regels.ts). */
const BEVOEGDE = { rollen: BEVOEGD_GEZAG };
const MELDKAMER = { rollen: ["meldkamer"] } as const;
const TAGS = ["nl-alert"];

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────

function controleVan(b: Beoordeling): Controle {
  const kaal = (f: { code: string; message: string; bron: string; veld?: string }) => ({
    code: f.code,
    message: f.message,
    bron: f.bron,
    ...(f.veld === undefined ? {} : { veld: f.veld }),
  });
  return {
    ok: b.ok,
    text: b.samenstelling.tekst,
    encoding: b.omvang.codering,
    characters: b.omvang.tekens,
    pages: b.omvang.paginas,
    charactersPerPage: b.omvang.tekensPerPagina,
    maxPages: b.omvang.maxPaginas,
    remaining: b.omvang.resterend,
    errors: b.fouten.map(kaal),
    warnings: b.waarschuwingen.map(kaal),
    ucs2Tekens: b.omvang.ucs2Tekens,
  };
}

/** Structure check with Dutch field messages (400), as the CLI does. */
function concept(invoer: unknown): Concept {
  const g = leesConcept(invoer);
  if (!g.ok)
    throw new Fout(
      "ongeldige-invoer",
      `Het concept is ongeldig: ${g.fouten.map((f) => f.message).join(" ")}`,
      g.fouten.map((f) => ({ veld: `concept.${f.veld ?? ""}`.replace(/\.$/, ""), melding: f.message })),
    );
  return g.waarde;
}

function versieKlopt(alert: AlertRij, versie: number): void {
  if (alert.versie !== versie)
    throw new Fout(
      "conflict",
      `Dit bericht is intussen gewijzigd (nu versie ${alert.versie}, u zag versie ${versie}). Laad de pagina opnieuw en controleer de wijziging.`,
      [],
      { actueleVersie: alert.versie },
    );
}

async function zichtbaar(trx: Transaction<DB>, p: Persoon, id: string): Promise<AlertRij> {
  const a = await laadAlert(trx, id, true);
  // Another region's alert does not exist for this user (no leak of its existence).
  if (!a || !magZien(p, a))
    throw new Fout("niet-gevonden", "Dit NL-Alert bestaat niet of is niet van uw regio.");
  return a;
}

/**
 * The session's re-authentication, if it is recent enough for a step that warns the public (ADR 0254);
 * otherwise the refusal of signing a request (401 herauthenticatie-vereist), and nothing changes.
 */
function eisHerauthenticatie(req: FastifyRequest, handeling: "besluit-verzenden" | "vrijgeven"): Date {
  const w = herauthenticatieWeigering(
    handeling,
    req.herauthenticatie,
    new Date(),
    req.server.deps.config.herauthenticatieMinuten,
  );
  if (w || !req.herauthenticatie) throw new Fout("herauthenticatie-vereist", w ?? "");
  return req.herauthenticatie;
}

function weiger(melding: string): never {
  throw new Fout("geen-toegang", melding);
}

function nietNu(melding: string, extra: Record<string, unknown> = {}): never {
  throw new Fout("niet-toegestaan", melding, [], extra);
}

/** The references of a follow-up: every released message of the chain (original first). */
async function verwijzingenVoor(
  q: Transaction<DB> | FastifyInstance["deps"]["database"]["db"],
  origineel: AlertRij,
) {
  const keten = [origineel, ...(await vervolgenVan(q, origineel.id)).filter((v) => v.soort === "update")];
  return keten
    .filter((a) => a.capIdentifier && a.capSender && a.capSent)
    .map((a): Verwijzing => ({ sender: a.capSender!, identifier: a.capIdentifier!, sent: a.capSent! }));
}

/** The server decides kind, status and references; the client cannot forge them. */
function vastgezet(
  c: Concept,
  alert: Pick<AlertRij, "soort" | "status">,
  refs: Verwijzing[] | undefined,
): Concept {
  const { references: _r, sent: _s, ...rest } = c;
  return {
    ...rest,
    kind: alert.soort === "einde-situatie" ? "einde-situatie" : "alert",
    status: alert.status,
    ...(refs?.length ? { references: refs } : {}),
  };
}

function samenvatting(
  a: AlertRij,
  extra: { eindeOpen: boolean; openTaken: number; inbreng?: InbrengAanwezig },
): AlertSamenvatting {
  const c = a.concept as Partial<Concept>;
  return {
    id: a.id,
    regioId: a.regioId,
    regioNaam: regioNaam(a.regioId),
    incident: a.incident,
    soort: a.soort,
    origineelId: a.origineelId,
    scenario: a.scenario,
    status: a.status,
    fase: a.fase,
    faseNaam: faseNaam(a.fase, extra.inbreng),
    versie: a.versie,
    risico: c.risk ?? "",
    locatie: c.location ?? "",
    aangemaakt: a.aangemaakt.toISOString(),
    gewijzigd: a.gewijzigd.toISOString(),
    vrijgegevenOp: a.vrijgegevenOp?.toISOString() ?? null,
    eindeSituatieOpen: extra.eindeOpen,
    openTaken: extra.openTaken,
  };
}

/**
 * §4f.2: a sent alert (or update) without an einde-situatie follow-up prompts for one — only where it
 * matters ("Denk aan oproep tot gebiedsontwijking"): leave, avoid or shelter; and not once the
 * bevoegd gezag closed the prompt with a reason (ADR 0253).
 */
function eindeOpen(a: AlertRij, alle: readonly AlertRij[]): boolean {
  if (a.soort === "einde-situatie" || a.fase !== "verzonden") return false;
  const g = leesConcept(a.concept);
  if (!g.ok || !vraagtEindeSituatie(g.waarde)) return false;
  const stam = a.origineelId ?? a.id;
  if ((a.id === stam ? a : alle.find((x) => x.id === stam))?.eindeAfgeslotenOp) return false;
  return !alle.some(
    (v) => v.origineelId === stam && v.soort === "einde-situatie" && v.fase !== "niet-verzenden",
  );
}

function persoon(g: Gebruiker): Persoon {
  return { id: g.id, rollen: g.rollen, organisatie: g.organisatie };
}

// ── Plugin ───────────────────────────────────────────────────────────────────────────────────────

export async function nlAlertRoutes(
  app: FastifyInstance,
  inst: GatewayInstellingen = leesGatewayInstellingen(),
) {
  const { db } = app.deps.database;

  let stop: (() => Promise<void>) | undefined;
  app.addHook("onReady", async () => {
    stop = startGatewayWerker(db, inst, app.log);
  });
  app.addHook("onClose", async () => {
    await stop?.();
  });

  async function namen(ids: (string | null)[]): Promise<Map<string, string>> {
    const uniek = [...new Set(ids.filter((i): i is string => !!i))];
    if (!uniek.length) return new Map();
    const r = await db.selectFrom("gebruikers").select(["id", "naam"]).where("id", "in", uniek).execute();
    return new Map(r.map((x) => [x.id, x.naam]));
  }

  async function detail(id: string, p: Persoon, nu = new Date()) {
    const a = await laadAlert(db, id);
    if (!a || !magZien(p, a))
      throw new Fout("niet-gevonden", "Dit NL-Alert bestaat niet of is niet van uw regio.");
    const [inbreng, taken, verzending, vervolgen, origineel] = await Promise.all([
      laadInbreng(db, id),
      laadTaken(db, [id]),
      laadVerzending(db, id),
      vervolgenVan(db, a.origineelId ?? a.id),
      a.origineelId ? laadAlert(db, a.origineelId) : Promise.resolve(undefined),
    ]);
    const historie = verzending ? await laadPogingen(db, verzending.id) : [];
    const soorten = await laadInbrengSoorten(db, [
      ...(origineel ? [origineel.id] : []),
      ...vervolgen.map((v) => v.id),
    ]);
    const aanwezig = (alertId: string) => inbrengAanwezig(soorten.filter((s) => s.alertId === alertId));
    const geschiedenis = await db
      .selectFrom("audit_records")
      .select(["volgnummer", "tijdstip", "actie", "actor_naam", "gegevens"])
      .where("onderwerp_soort", "=", "nl-alert")
      .where("onderwerp_id", "=", id)
      .orderBy("volgnummer")
      .execute();
    const n = await namen([
      a.aangemaaktDoor,
      a.besluitDoor,
      a.erkendDoor,
      a.vrijgegevenDoor,
      a.eindeAfgeslotenDoor,
      ...inbreng.map((i) => i.vastgelegdDoor),
      ...taken.map((t) => t.bevestigdDoor),
    ]);
    const wie = (i: string | null) => (i ? { id: i, naam: n.get(i) ?? "onbekend" } : null);
    const gelezen = leesConcept(a.concept);
    const ctx = await regioContext(db, a.regioId);
    const b = gelezen.ok ? beoordeel(gelezen.waarde, a.capSent ? new Date(a.capSent) : nu, ctx) : undefined;
    const controle: Controle = b
      ? controleVan(b)
      : {
          ok: false,
          text: "",
          encoding: "gsm7",
          characters: 0,
          pages: 0,
          charactersPerPage: 93,
          maxPages: 15,
          remaining: 0,
          errors: gelezen.ok
            ? []
            : gelezen.fouten.map((f) => ({ code: f.code, message: f.message, bron: f.bron })),
          warnings: [],
          ucs2Tekens: [],
        };
    const g = geldendeInbreng(inbreng);
    const voor = isVoorVrijgave(a.fase);
    const bevoegde = isBevoegdeVan(p, a.regioId);
    const familie = origineel ? [origineel, ...vervolgen] : [a, ...vervolgen];
    const openTaken = taken.filter((t) => !t.bevestigdOp).length;
    return {
      alert: {
        ...samenvatting(a, {
          eindeOpen: eindeOpen(a, familie),
          openTaken,
          inbreng: inbrengAanwezig(inbreng),
        }),
        concept: a.concept,
        aangemaaktDoor: wie(a.aangemaaktDoor) ?? { id: a.aangemaaktDoor, naam: "onbekend" },
        besluit: a.besluit
          ? {
              besluit: a.besluit,
              afweging: a.besluitAfweging ?? "",
              driehoek: a.besluitDriehoek,
              versie: a.besluitVersie ?? 0,
              door: wie(a.besluitDoor),
              op: a.besluitOp?.toISOString() ?? null,
              geldig: a.besluitVersie === a.versie || !voor,
            }
          : null,
        erkendeWaarschuwingen: a.erkendeWaarschuwingen,
        erkendRedenen: a.erkendRedenen,
        erkend:
          a.erkendVersie !== null
            ? {
                door: wie(a.erkendDoor),
                op: a.erkendOp?.toISOString() ?? null,
                versie: a.erkendVersie,
                geldig: a.erkendVersie === a.versie || !voor,
              }
            : null,
        cap:
          a.capIdentifier && a.capSender && a.capSent && a.capXml
            ? { identifier: a.capIdentifier, sender: a.capSender, sent: a.capSent, xml: a.capXml }
            : null,
        vrijgegeven: a.vrijgegevenOp
          ? { door: wie(a.vrijgegevenDoor), op: a.vrijgegevenOp.toISOString() }
          : null,
        beeindigdOp: a.beeindigdOp?.toISOString() ?? null,
        eindeAfgesloten: a.eindeAfgeslotenOp
          ? {
              door: wie(a.eindeAfgeslotenDoor),
              op: a.eindeAfgeslotenOp.toISOString(),
              reden: a.eindeAfgeslotenReden ?? "",
            }
          : null,
      },
      beoordeling: controle,
      inbreng: inbreng.map((i) => ({
        id: i.id,
        soort: i.soort,
        wijze: i.wijze,
        advies: i.advies,
        naam: i.naam,
        functie: i.functie,
        tijdstip: i.tijdstip.toISOString(),
        samenvatting: i.samenvatting,
        risicosGewogen: i.risicosGewogen,
        conceptVersie: i.conceptVersie,
        vastgelegdDoor: wie(i.vastgelegdDoor) ?? { id: i.vastgelegdDoor, naam: "onbekend" },
        vastgelegdOp: i.vastgelegdOp.toISOString(),
        geldend: i.id === g.advies?.id || i.id === g.secondOpinion?.id,
      })),
      blokkades: voor
        ? vrijgaveBlokkades(a, inbreng, b ?? { fouten: controle.errors, waarschuwingen: [] })
        : [],
      taken: taken.map((t) => ({
        id: t.id,
        soort: t.soort,
        omschrijving: t.omschrijving,
        aangemaakt: t.aangemaakt.toISOString(),
        bevestigdDoor: wie(t.bevestigdDoor),
        bevestigdOp: t.bevestigdOp?.toISOString() ?? null,
        bevestiging: t.bevestiging,
      })),
      verzending: verzending
        ? {
            status: verzending.status,
            pogingen: verzending.pogingen,
            volgendePoging: verzending.volgendePoging.toISOString(),
            ontvangenOp: verzending.ontvangenOp?.toISOString() ?? null,
            laatsteFout: verzending.laatsteFout,
            historie: historie.map((h) => ({
              nummer: h.nummer,
              begonnen: h.begonnen.toISOString(),
              duurMs: h.duurMs,
              httpStatus: h.httpStatus,
              antwoord: h.antwoord,
              fout: h.fout,
              gelukt: h.gelukt,
            })),
          }
        : null,
      origineel: origineel
        ? samenvatting(origineel, {
            eindeOpen: eindeOpen(origineel, familie),
            openTaken: 0,
            inbreng: aanwezig(origineel.id),
          })
        : null,
      vervolgen: (a.origineelId ? [] : vervolgen).map((v) =>
        samenvatting(v, { eindeOpen: false, openTaken: 0, inbreng: aanwezig(v.id) }),
      ),
      geschiedenis: geschiedenis.map((h) => ({
        volgnummer: h.volgnummer,
        tijdstip: new Date(h.tijdstip).toISOString(),
        actie: h.actie,
        door: h.actor_naam,
        gegevens: h.gegevens,
      })),
      mag: {
        bewerken: voor && bevoegde,
        adviesZelf: voor && !inbrengWeigering(p, a.regioId, "advies", "zelf"),
        adviesTelefonisch: voor && !inbrengWeigering(p, a.regioId, "advies", "telefonisch"),
        // Advice and second opinion in either order (§4b.2, §4c; ADR 0250).
        secondOpinionZelf: voor && !inbrengWeigering(p, a.regioId, "second-opinion", "zelf"),
        secondOpinionTelefonisch: voor && !inbrengWeigering(p, a.regioId, "second-opinion", "telefonisch"),
        // Deciding not to send needs no police input; sending does (§4b.1 "voordat NL-Alert wordt ingezet").
        besluiten: voor && bevoegde,
        besluitVerzenden: voor && bevoegde && !!g.advies && !!g.secondOpinion,
        vrijgeven: voor && isMeldkamerVan(p, a.regioId),
        opnieuwVerzenden: isMeldkamerVan(p, a.regioId) && !!verzending && verzending.status !== "ontvangen",
        takenBevestigen: openTaken > 0 && (bevoegde || isMeldkamerVan(p, a.regioId)),
        vervolg:
          bevoegde &&
          a.soort !== "einde-situatie" &&
          !!a.capIdentifier &&
          a.fase !== "beeindigd" &&
          !a.origineelId,
        eindeAfsluiten:
          bevoegde &&
          a.soort !== "einde-situatie" &&
          !!a.capIdentifier &&
          a.fase !== "beeindigd" &&
          !a.origineelId &&
          !a.eindeAfgeslotenOp,
      },
    };
  }

  const detailAntwoord = { 200: AlertDetailSchema, ...fouten(400, 401, 403, 404, 409, 422) };

  // ── Composer check: the same domain code as the CLI ──
  app.post(
    "/nl-alert/controle",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: TAGS,
        summary: "Controleer een concept-NL-Alert (tekst, omvang, codering, controles)",
        body: Type.Unknown({ description: "Het concept (issue-6-contract)." }),
        querystring: Type.Object(
          {
            regioId: Type.Optional(
              Type.String({
                maxLength: 40,
                description:
                  "Veiligheidsregio (vr09): controleer ook of het gebied daarbinnen ligt (ADR 0251).",
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: ControleSchema, ...fouten(400, 401) },
      },
    },
    async (req) => {
      const { regioId } = req.query as { regioId?: string };
      if (regioId !== undefined && !regioCode(regioId))
        throw new Fout("ongeldige-invoer", "Onbekende veiligheidsregio.", [
          { veld: "regioId", melding: "onbekend" },
        ]);
      const ctx = regioId ? await regioContext(db, regioId) : undefined;
      return controleVan(beoordeel(concept(req.body), new Date(), ctx));
    },
  );

  app.get(
    "/nl-alert/regiogrenzen",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: TAGS,
        summary: "Grenzen van de veiligheidsregio's (GeoJSON) voor de kaart zonder internet",
        response: { 200: RegiogrenzenSchema, ...fouten(401) },
      },
    },
    async (_req, reply) => {
      const grenzen = await laadRegiogrenzen(db);
      reply.header("cache-control", "private, max-age=3600");
      return {
        type: "FeatureCollection" as const,
        attributie: grenzen[0]?.bron ?? ATTRIBUTIE,
        features: grenzen.map((g) => ({
          type: "Feature" as const,
          properties: { code: g.code, naam: g.naam, regioId: vrId(g.code) },
          geometry: g.geometrie,
        })),
      };
    },
  );

  app.get(
    "/nl-alert",
    {
      config: { toegang: { rollen: LEZERS } },
      schema: {
        tags: TAGS,
        summary: "NL-Alerts van de eigen regio('s), met open einde-situatie-meldingen",
        response: {
          200: Type.Object({
            alerts: Type.Array(AlertSamenvattingSchema),
            eindeSituatieOpen: Type.Array(Type.String()),
          }),
          ...fouten(401, 403),
        },
      },
    },
    async (req) => {
      const p = persoon(ingelogd(req));
      const alle = await lijstAlerts(db, zichtbareRegios(p));
      const ids = alle.map((a) => a.id);
      const [taken, soorten] = await Promise.all([laadTaken(db, ids), laadInbrengSoorten(db, ids)]);
      const alerts = alle.map((a) =>
        samenvatting(a, {
          eindeOpen: eindeOpen(a, alle),
          openTaken: taken.filter((t) => t.alertId === a.id && !t.bevestigdOp).length,
          inbreng: inbrengAanwezig(soorten.filter((s) => s.alertId === a.id)),
        }),
      );
      return { alerts, eindeSituatieOpen: alerts.filter((a) => a.eindeSituatieOpen).map((a) => a.id) };
    },
  );

  app.get(
    "/nl-alert/:id",
    {
      config: { toegang: { rollen: LEZERS } },
      schema: {
        tags: TAGS,
        summary: "Eén NL-Alert met zijn hele geschiedenis",
        params: IdParams,
        response: detailAntwoord,
      },
    },
    async (req) => detail((req.params as { id: string }).id, persoon(ingelogd(req))),
  );

  app.post(
    "/nl-alert",
    {
      config: { toegang: BEVOEGDE },
      schema: {
        tags: TAGS,
        summary: "Nieuw concept (bevoegde functionaris)",
        body: NieuwBody,
        response: { ...detailAntwoord, 201: AlertDetailSchema },
      },
    },
    async (req, reply) => {
      const g = ingelogd(req);
      const p = persoon(g);
      const b = req.body as { regioId?: string; incident: string; concept: unknown };
      const eigen = regioVan(p);
      const regioId = b.regioId ?? eigen;
      if (!regioId || !regioCode(regioId))
        throw new Fout("ongeldige-invoer", "Onbekende veiligheidsregio.", [
          { veld: "regioId", melding: "onbekend" },
        ]);
      if (!isBevoegdeVan(p, regioId))
        weiger("U bent alleen bevoegd tot inzet van NL-Alert in uw eigen veiligheidsregio (§3).");
      const c = concept(b.concept);
      if (c.kind !== "alert")
        nietNu(
          "Een einde-situatiebericht maakt u vanuit het oorspronkelijke NL-Alert (§4f.2), zodat het ernaar verwijst.",
        );
      const id = randomUUID();
      await wijzig(req, async (trx, audit) => {
        const vast = vastgezet(c, { soort: "alert", status: c.status }, undefined);
        await trx
          .insertInto("nl_alerts")
          .values({
            id,
            regio_id: regioId,
            incident: b.incident.trim(),
            soort: "alert",
            origineel_id: null,
            scenario: vast.scenario,
            status: vast.status,
            concept: JSON.stringify(vast),
            aangemaakt_door: g.id,
          })
          .execute();
        await audit({
          actie: "nl-alert.aangemaakt",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: {
            regioId,
            incident: b.incident,
            status: vast.status,
            scenario: vast.scenario,
            concept: vast,
          },
        });
      });
      return reply.status(201).send(await detail(id, p));
    },
  );

  app.put(
    "/nl-alert/:id/concept",
    {
      config: { toegang: BEVOEGDE },
      schema: {
        tags: TAGS,
        summary: "Concept wijzigen (vervalt een genomen besluit)",
        params: IdParams,
        body: ConceptBody,
        response: detailAntwoord,
      },
    },
    async (req) => {
      const p = persoon(ingelogd(req));
      const { id } = req.params as { id: string };
      const b = req.body as { versie: number; incident?: string; concept: unknown };
      const c = concept(b.concept);
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isBevoegdeVan(p, a.regioId))
          weiger(
            "Alleen het bevoegd gezag voor NL-Alert van deze regio (de gemandateerde functionaris of de voorzitter veiligheidsregio) wijzigt het concept (§3).",
          );
        versieKlopt(a, b.versie);
        if (!isVoorVrijgave(a.fase))
          nietNu("Een vrijgegeven bericht wijzigt u niet meer; maak een update of einde situatie.");
        if (c.status !== a.status)
          nietNu(
            `De status (${a.status}) ligt vast bij het aanmaken; een oefening wordt nooit een echt bericht. Maak een nieuw concept.`,
          );
        const origineel = a.origineelId ? await laadAlert(trx, a.origineelId) : undefined;
        const vast = vastgezet(c, a, origineel ? await verwijzingenVoor(trx, origineel) : undefined);
        const inbreng = await laadInbreng(trx, id);
        const besluitVervalt = a.besluit !== null;
        await trx
          .updateTable("nl_alerts")
          .set({
            concept: JSON.stringify(vast),
            scenario: vast.scenario,
            ...(b.incident ? { incident: b.incident.trim() } : {}),
            // A changed text needs a fresh decision and acknowledgement (§4b.4, §4e).
            besluit: null,
            besluit_versie: null,
            besluit_afweging: null,
            besluit_driehoek: null,
            besluit_door: null,
            besluit_op: null,
            erkende_waarschuwingen: "[]",
            erkend_redenen: "{}",
            erkend_versie: null,
            fase: faseUitInbreng(inbreng),
            versie: a.versie + 1,
            gewijzigd: new Date(),
          })
          .where("id", "=", id)
          .execute();
        await audit({
          actie: "nl-alert.concept-gewijzigd",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: { versie: a.versie + 1, voor: a.concept, na: vast, besluitVervallen: besluitVervalt },
        });
      });
      return detail(id, p);
    },
  );

  async function legInbrengVast(req: FastifyRequest, soort: InbrengSoort) {
    const g = ingelogd(req);
    const p = persoon(g);
    const { id } = req.params as { id: string };
    const b = req.body as Inbreng;
    // §4b.3: the advice takes the §4e risks and the urgency of the deployment into account;
    // Knooppunt asks it to be stated.
    if (b.risicosGewogen !== true)
      throw new Fout(
        "ongeldige-invoer",
        "Bevestig dat de risico's van §4e (sirene verraadt schuilende mensen, daders lezen mee, ontsteking via telefoons) én het spoedeisende karakter van de inzet zijn meegewogen (§4b.3).",
        [
          {
            veld: "risicosGewogen",
            melding: "moet bevestigd zijn: risico's §4e en spoedeisend karakter van de inzet gewogen (§4b.3)",
          },
        ],
      );
    if (b.wijze === "telefonisch") {
      const ontbreekt = (["naam", "functie", "tijdstip"] as const).filter((k) => !b[k]);
      if (ontbreekt.length)
        throw new Fout(
          "ongeldige-invoer",
          `Bij een telefonisch ${soort === "advies" ? "advies" : "second opinion"} zijn naam, functie en tijdstip verplicht.`,
          ontbreekt.map((veld) => ({ veld, melding: "is verplicht bij telefonisch vastleggen" })),
        );
      const fw = functieWeigering(soort, b.functie!);
      if (fw) throw new Fout("ongeldige-invoer", fw, [{ veld: "functie", melding: fw }]);
      const t = new Date(b.tijdstip!);
      if (t.getTime() > Date.now() + 5 * 60_000)
        throw new Fout("ongeldige-invoer", "Het tijdstip van het gesprek ligt in de toekomst.", [
          { veld: "tijdstip", melding: "ligt in de toekomst" },
        ]);
    }
    await wijzig(req, async (trx, audit) => {
      const a = await zichtbaar(trx, p, id);
      const w = inbrengWeigering(p, a.regioId, soort, b.wijze);
      if (w) weiger(w);
      versieKlopt(a, b.versie);
      if (!isVoorVrijgave(a.fase))
        nietNu("Het bericht is al vrijgegeven; nieuwe politie-inbreng kan niet meer.");
      // No order between advice and second opinion: the HOvD LE may be consulted while the advice is
      // being formed (§4b.2, §4c "in samenwerking met en door tussenkomst van de politie"; ADR 0250).
      const inbreng = await laadInbreng(trx, id);
      const zelfde = zelfdeFunctionarisWeigering(
        soort,
        b.wijze === "zelf" ? g.naam : b.naam!.trim(),
        inbreng,
      );
      if (zelfde) nietNu(zelfde);
      const nu = new Date();
      const rij: InbrengRij = {
        id: randomUUID(),
        soort,
        wijze: b.wijze,
        advies: b.advies,
        naam: b.wijze === "zelf" ? g.naam : b.naam!.trim(),
        functie:
          b.wijze === "zelf"
            ? g.rollen
                .filter((r) => ["hovd-p", "ovd-oc", "hovd-le"].includes(r))
                .map((r) => ROLLEN[r])
                .join(", ") || g.organisatie.naam
            : b.functie!.trim(),
        tijdstip: b.wijze === "zelf" ? nu : new Date(b.tijdstip!),
        samenvatting: b.samenvatting.trim(),
        risicosGewogen: true,
        conceptVersie: a.versie,
        vastgelegdDoor: g.id,
        vastgelegdOp: nu,
      };
      await trx
        .insertInto("nl_alert_inbreng")
        .values({
          id: rij.id,
          alert_id: id,
          soort,
          wijze: rij.wijze,
          advies: rij.advies,
          naam: rij.naam,
          functie: rij.functie,
          tijdstip: rij.tijdstip,
          samenvatting: rij.samenvatting,
          risicos_gewogen: true,
          concept_versie: a.versie,
          vastgelegd_door: g.id,
          vastgelegd_op: nu,
        })
        .execute();
      // New police input after a decision: the decision must be weighed again (§4b.4).
      const besluitVervalt = a.besluit !== null;
      await trx
        .updateTable("nl_alerts")
        .set({
          fase: faseUitInbreng([...inbreng, rij]),
          besluit: null,
          besluit_versie: null,
          besluit_afweging: null,
          besluit_driehoek: null,
          besluit_door: null,
          besluit_op: null,
          versie: a.versie + 1,
          gewijzigd: nu,
        })
        .where("id", "=", id)
        .execute();
      await audit({
        actie: soort === "advies" ? "nl-alert.advies-vastgelegd" : "nl-alert.second-opinion-vastgelegd",
        onderwerpSoort: "nl-alert",
        onderwerpId: id,
        gegevens: {
          versie: a.versie + 1,
          wijze: rij.wijze,
          advies: rij.advies,
          naam: rij.naam,
          functie: rij.functie,
          tijdstip: rij.tijdstip.toISOString(),
          samenvatting: rij.samenvatting,
          risicosGewogen: true,
          besluitVervallen: besluitVervalt,
        },
      });
    });
    return detail(id, p);
  }

  app.post(
    "/nl-alert/:id/advies",
    {
      config: { toegang: { rollen: ["hovd-p", "ovd-oc", "meldkamer", ...BEVOEGD_GEZAG] } },
      schema: {
        tags: TAGS,
        summary:
          "Advies politie (HOvD-P/OvD-OC zelf, of telefonisch vastgelegd door de bevoegde of de meldkamer) — §4b",
        params: IdParams,
        body: InbrengBody,
        response: detailAntwoord,
      },
    },
    (req) => legInbrengVast(req, "advies"),
  );

  app.post(
    "/nl-alert/:id/second-opinion",
    {
      config: { toegang: { rollen: ["hovd-le", "hovd-p", "ovd-oc", "meldkamer", ...BEVOEGD_GEZAG] } },
      schema: {
        tags: TAGS,
        summary: "Second opinion HOvD LE (zelf, of telefonisch vastgelegd) — §4b.2",
        params: IdParams,
        body: InbrengBody,
        response: detailAntwoord,
      },
    },
    (req) => legInbrengVast(req, "second-opinion"),
  );

  /**
   * Acknowledged warnings to store; only codes the current text and area actually raise count, and
   * a code that needs a reason (gebied-deels-buiten-regio, ADR 0251) is refused without one.
   */
  async function erkenning(
    trx: Transaction<DB>,
    a: AlertRij,
    codes: readonly string[],
    redenen: Record<string, string> = {},
  ): Promise<{ codes: string[]; redenen: Record<string, string> }> {
    const g = leesConcept(a.concept);
    const ctx = await regioContext(trx, a.regioId);
    const actueel = g.ok ? beoordeel(g.waarde, new Date(), ctx).waarschuwingen.map((w) => w.code) : [];
    const onbekend = codes.filter((c) => !actueel.includes(c as never));
    if (onbekend.length)
      throw new Fout(
        "ongeldige-invoer",
        `Deze waarschuwing(en) geldt/gelden niet voor de huidige tekst: ${onbekend.join(", ")}.`,
        [{ veld: "codes", melding: "geen actuele waarschuwing" }],
      );
    const uniek = [...new Set(codes)];
    const zonderReden = uniek.filter((c) => REDEN_VEREIST.includes(c as never) && !(redenen[c] ?? "").trim());
    if (zonderReden.length)
      throw new Fout(
        "ongeldige-invoer",
        "Geef de reden waarom het uitzendgebied buiten de eigen veiligheidsregio mag liggen (bijvoorbeeld: incident bij de regiogrens, afgestemd met de buurregio) (§3; ADR 0251).",
        zonderReden.map((c) => ({ veld: `redenen.${c}`, melding: "reden is verplicht bij erkennen" })),
      );
    const bewaard = Object.fromEntries(
      uniek.filter((c) => REDEN_VEREIST.includes(c as never)).map((c) => [c, redenen[c]!.trim()]),
    );
    return { codes: uniek, redenen: bewaard };
  }

  app.post(
    "/nl-alert/:id/besluit",
    {
      config: { toegang: BEVOEGDE },
      schema: {
        tags: TAGS,
        summary: "Besluit verzenden / niet verzenden met afweging (bevoegde functionaris) — §4b.4",
        description:
          "Besluit 'verzenden' vraagt een herauthenticatie in deze sessie binnen REAUTH_MINUTES (POST /sessie/herauthenticatie); anders 401 herauthenticatie-vereist en verandert er niets (ADR 0254). 'Niet verzenden' vraagt die niet.",
        params: IdParams,
        body: BesluitBody,
        response: detailAntwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const p = persoon(g);
      const { id } = req.params as { id: string };
      const b = req.body as {
        versie: number;
        besluit: "verzenden" | "niet-verzenden";
        afweging: string;
        driehoek?: DriehoekKeuze;
        erkendeWaarschuwingen?: string[];
        redenen?: Record<string, string>;
      };
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isBevoegdeVan(p, a.regioId))
          weiger(
            "Alleen het bevoegd gezag voor NL-Alert van deze regio (de gemandateerde functionaris of de voorzitter veiligheidsregio) besluit (§3).",
          );
        versieKlopt(a, b.versie);
        if (!isVoorVrijgave(a.fase)) nietNu("Over dit bericht is al besloten en het is vrijgegeven.");
        const gi = geldendeInbreng(await laadInbreng(trx, id));
        // §4b.1: advice "voordat NL-Alert wordt ingezet" — required to send, not to decide against it.
        const ontbreekt = [
          gi.advies ? "" : "het advies van de HOvD-P of OvD-OC",
          gi.secondOpinion ? "" : "de second opinion van de HOvD LE",
        ].filter(Boolean);
        if (b.besluit === "verzenden" && ontbreekt.length)
          nietNu(
            `Besluiten tot verzenden kan pas met ${ontbreekt.join(" en ")} (§4b.1–2: altijd politie-advies vóór inzet). Niet verzenden kan wel zonder.`,
          );
        const erkend = b.erkendeWaarschuwingen
          ? await erkenning(trx, a, b.erkendeWaarschuwingen, b.redenen)
          : undefined;
        // Last, so that a refusal only ever asks for the password when the rest would succeed.
        const herauthenticatieOp =
          b.besluit === "verzenden" ? eisHerauthenticatie(req, "besluit-verzenden") : undefined;
        const nu = new Date();
        const versie = a.versie + 1;
        await trx
          .updateTable("nl_alerts")
          .set({
            besluit: b.besluit,
            besluit_afweging: b.afweging.trim(),
            besluit_driehoek: b.driehoek ?? null,
            besluit_versie: versie,
            besluit_door: g.id,
            besluit_op: nu,
            fase: b.besluit === "verzenden" ? "besluit" : "niet-verzenden",
            ...(erkend
              ? {
                  erkende_waarschuwingen: JSON.stringify(erkend.codes),
                  erkend_redenen: JSON.stringify(erkend.redenen),
                  erkend_versie: versie,
                  erkend_door: g.id,
                  erkend_op: nu,
                }
              : a.erkendVersie === a.versie
                ? { erkend_versie: versie }
                : {}),
            versie,
            gewijzigd: nu,
          })
          .where("id", "=", id)
          .execute();
        await audit({
          actie: "nl-alert.besluit",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: {
            versie,
            besluit: b.besluit,
            afweging: b.afweging,
            ...(b.driehoek ? { driehoek: b.driehoek } : {}),
            advies: gi.advies?.id,
            secondOpinion: gi.secondOpinion?.id,
            ...(erkend ? { erkendeWaarschuwingen: erkend.codes, redenen: erkend.redenen } : {}),
            ...(herauthenticatieOp ? { herauthenticatieOp: herauthenticatieOp.toISOString() } : {}),
          },
        });
      });
      return detail(id, p);
    },
  );

  app.post(
    "/nl-alert/:id/waarschuwingen-erkennen",
    {
      config: { toegang: BEVOEGDE },
      schema: {
        tags: TAGS,
        summary: "Waarschuwingen erkennen (gewogen, §4e) — voorwaarde voor vrijgave",
        params: IdParams,
        body: ErkenBody,
        response: detailAntwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const p = persoon(g);
      const { id } = req.params as { id: string };
      const b = req.body as { versie: number; codes: string[]; redenen?: Record<string, string> };
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isBevoegdeVan(p, a.regioId))
          weiger(
            "Alleen het bevoegd gezag voor NL-Alert van deze regio (de gemandateerde functionaris of de voorzitter veiligheidsregio) erkent waarschuwingen (§3, §4e).",
          );
        versieKlopt(a, b.versie);
        if (!isVoorVrijgave(a.fase)) nietNu("Het bericht is al vrijgegeven.");
        const erkend = await erkenning(trx, a, b.codes, b.redenen);
        const nu = new Date();
        const versie = a.versie + 1;
        await trx
          .updateTable("nl_alerts")
          .set({
            erkende_waarschuwingen: JSON.stringify(erkend.codes),
            erkend_redenen: JSON.stringify(erkend.redenen),
            erkend_versie: versie,
            erkend_door: g.id,
            erkend_op: nu,
            // Acknowledging changes nothing in the text: a decision on the previous version stands.
            ...(a.besluitVersie === a.versie ? { besluit_versie: versie } : {}),
            versie,
            gewijzigd: nu,
          })
          .where("id", "=", id)
          .execute();
        await audit({
          actie: "nl-alert.waarschuwingen-erkend",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: { versie, codes: erkend.codes, redenen: erkend.redenen },
        });
      });
      return detail(id, p);
    },
  );

  app.post(
    "/nl-alert/:id/vrijgeven",
    {
      config: { toegang: MELDKAMER },
      schema: {
        tags: TAGS,
        summary: "Vrijgeven en aan de gateway geven (meldkamer) — §3",
        description:
          "Vraagt een herauthenticatie in deze sessie binnen REAUTH_MINUTES (POST /sessie/herauthenticatie); anders 401 herauthenticatie-vereist en verandert er niets (ADR 0254).",
        params: IdParams,
        body: VersieBody,
        response: detailAntwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const p = persoon(g);
      const { id } = req.params as { id: string };
      const { versie } = req.body as { versie: number };
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isMeldkamerVan(p, a.regioId))
          weiger("Alleen de meldkamer van deze regio verzendt het NL-Alert (§3).");
        versieKlopt(a, versie);
        const nu = new Date();
        nu.setMilliseconds(0);
        const gelezen = leesConcept(a.concept);
        if (!gelezen.ok) nietNu("Het opgeslagen concept is ongeldig.");
        // The moment of release is the moment in the header and in CAP `sent` (and in later references).
        const verzonden: Concept = { ...gelezen.waarde, sent: capTijd(nu) };
        const inbreng = await laadInbreng(trx, id);
        // Also the area against the region (ADR 0251): an area entirely outside blocks release.
        const b = beoordeel(verzonden, nu, await regioContext(trx, a.regioId));
        const blokkades = vrijgaveBlokkades(a, inbreng, b);
        if (blokkades.length)
          nietNu(`Vrijgeven kan nog niet: ${blokkades.map((x) => x.melding).join(" ")}`, { blokkades });
        const herauthenticatieOp = eisHerauthenticatie(req, "vrijgeven");
        const identifier = `knooppunt-${(regioCode(a.regioId) ?? a.regioId).toLowerCase()}-${randomUUID()}`;
        const cap = maakCap(verzonden, {
          identifier,
          sender: inst.sender,
          senderName: regioNaam(a.regioId),
          nu,
        });
        if (!cap.ok)
          nietNu(`Het CAP-bericht kan niet worden gemaakt: ${cap.fouten.map((f) => f.message).join(" ")}`);
        const nieuweVersie = a.versie + 1;
        await trx
          .updateTable("nl_alerts")
          .set({
            concept: JSON.stringify(verzonden),
            fase: "vrijgegeven",
            cap_identifier: identifier,
            cap_sender: inst.sender,
            cap_sent: capTijd(nu),
            cap_xml: cap.xml,
            vrijgegeven_door: g.id,
            vrijgegeven_op: nu,
            versie: nieuweVersie,
            gewijzigd: nu,
          })
          .where("id", "=", id)
          .execute();
        await trx
          .insertInto("nl_alert_verzendingen")
          // The first attempt is this request's own (below), so the operator sees the gateway's
          // answer; the background worker takes the row only if that attempt never comes.
          .values({
            id: randomUUID(),
            alert_id: id,
            cap_identifier: identifier,
            volgende_poging: new Date(nu.getTime() + eersteGreepMs(inst)),
          })
          .execute();
        const taakId = randomUUID();
        const omschrijving = `Informeer parallel het lokaal bevoegd gezag (burgemeester van de getroffen gemeente(n) in ${regioNaam(a.regioId)}) over de achtergronden van dit NL-Alert en stem de vervolgcommunicatie af (${R} §4d.4).`;
        await trx
          .insertInto("nl_alert_taken")
          .values({ id: taakId, alert_id: id, soort: "informeer-lokaal-gezag", omschrijving, aangemaakt: nu })
          .execute();
        await audit({
          actie: "nl-alert.vrijgegeven",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: {
            versie: nieuweVersie,
            capIdentifier: identifier,
            sender: inst.sender,
            sent: capTijd(nu),
            status: a.status,
            tekst: b.samenstelling.tekst,
            erkendeWaarschuwingen: a.erkendeWaarschuwingen,
            erkendRedenen: a.erkendRedenen,
            taak: taakId,
            herauthenticatieOp: herauthenticatieOp.toISOString(),
          },
        });
      });
      // First attempt right away, so the operator sees the gateway's answer; retries run in the background.
      await verwerkVerzendingen(db, inst, { alertId: id, direct: true, log: req.log });
      return detail(id, p);
    },
  );

  app.post(
    "/nl-alert/:id/opnieuw-verzenden",
    {
      config: { toegang: MELDKAMER },
      schema: {
        tags: TAGS,
        summary: "Verzending naar de gateway opnieuw proberen (meldkamer)",
        params: IdParams,
        body: VersieBody,
        response: detailAntwoord,
      },
    },
    async (req) => {
      const p = persoon(ingelogd(req));
      const { id } = req.params as { id: string };
      const { versie } = req.body as { versie: number };
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isMeldkamerVan(p, a.regioId))
          weiger("Alleen de meldkamer van deze regio verzendt het NL-Alert (§3).");
        versieKlopt(a, versie);
        const v = await laadVerzending(trx, id);
        if (!v) nietNu("Dit bericht is nog niet vrijgegeven.");
        if (v.status === "ontvangen")
          nietNu("De gateway heeft dit bericht al ontvangen; opnieuw verzenden is niet nodig.");
        if (v.status === "bezig") nietNu("Er loopt nu een poging; wacht op het antwoord van de gateway.");
        const nu = new Date();
        await trx
          .updateTable("nl_alert_verzendingen")
          .set({
            status: "wachtend",
            pogingen: 0,
            volgende_poging: new Date(nu.getTime() + eersteGreepMs(inst)),
            geclaimd_tot: null,
          })
          .where("id", "=", v.id)
          .execute();
        await trx
          .updateTable("nl_alerts")
          .set({ fase: "vrijgegeven", versie: a.versie + 1, gewijzigd: nu })
          .where("id", "=", id)
          .execute();
        await audit({
          actie: "nl-alert.opnieuw-verzenden",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: { versie: a.versie + 1, capIdentifier: v.capIdentifier, eerderePogingen: v.pogingen },
        });
      });
      await verwerkVerzendingen(db, inst, { alertId: id, direct: true, log: req.log });
      return detail(id, p);
    },
  );

  app.post(
    "/nl-alert/:id/taken/:taakId/bevestigen",
    {
      config: { toegang: { rollen: [...BEVOEGD_GEZAG, "meldkamer"] } },
      schema: {
        tags: TAGS,
        summary: "Bevestigen dat het lokaal bevoegd gezag is geïnformeerd (§4d.4)",
        params: TaakParams,
        body: TaakBody,
        response: detailAntwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const p = persoon(g);
      const { id, taakId } = req.params as { id: string; taakId: string };
      const b = req.body as { versie: number; bevestiging: string };
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isBevoegdeVan(p, a.regioId) && !isMeldkamerVan(p, a.regioId))
          weiger(
            "Alleen het bevoegd gezag voor NL-Alert of de meldkamer van deze regio bevestigt deze taak (§4d.4).",
          );
        versieKlopt(a, b.versie);
        const t = await trx
          .selectFrom("nl_alert_taken")
          .selectAll()
          .where("id", "=", taakId)
          .where("alert_id", "=", id)
          .forUpdate()
          .executeTakeFirst();
        if (!t) throw new Fout("niet-gevonden", "Deze taak bestaat niet bij dit NL-Alert.");
        if (t.bevestigd_op) nietNu("Deze taak is al bevestigd.");
        const nu = new Date();
        await trx
          .updateTable("nl_alert_taken")
          .set({ bevestigd_door: g.id, bevestigd_op: nu, bevestiging: b.bevestiging.trim() })
          .where("id", "=", taakId)
          .execute();
        await trx
          .updateTable("nl_alerts")
          .set({ versie: a.versie + 1, gewijzigd: nu })
          .where("id", "=", id)
          .execute();
        await audit({
          actie: "nl-alert.taak-bevestigd",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: { versie: a.versie + 1, taak: taakId, soort: t.soort, bevestiging: b.bevestiging },
        });
      });
      return detail(id, p);
    },
  );

  app.post(
    "/nl-alert/:id/einde-afsluiten",
    {
      config: { toegang: BEVOEGDE },
      schema: {
        tags: TAGS,
        summary: "Melding 'einde situatie' afsluiten zonder einde-situatiebericht, met reden (§4f.2)",
        params: IdParams,
        body: EindeAfsluitenBody,
        response: detailAntwoord,
      },
    },
    async (req) => {
      const g = ingelogd(req);
      const p = persoon(g);
      const { id } = req.params as { id: string };
      const b = req.body as { versie: number; reden: string };
      // §4f.2 asks for an end message "in specifieke situaties"; the bevoegd gezag judges that it
      // is not needed here, and says why (ADR 0253).
      if (!b.reden.trim())
        throw new Fout("ongeldige-invoer", "Geef de reden waarom geen einde-situatiebericht nodig is.", [
          { veld: "reden", melding: "is verplicht" },
        ]);
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isBevoegdeVan(p, a.regioId))
          weiger(
            "Alleen het bevoegd gezag voor NL-Alert van deze regio (de gemandateerde functionaris of de voorzitter veiligheidsregio) sluit deze melding af (§3, §4f.2).",
          );
        versieKlopt(a, b.versie);
        if (a.origineelId) nietNu("Sluit de melding af bij het oorspronkelijke NL-Alert.");
        if (!a.capIdentifier) nietNu("Dit NL-Alert is nog niet vrijgegeven.");
        if (a.fase === "beeindigd") nietNu("Dit NL-Alert is al beëindigd met een einde-situatiebericht.");
        if (a.eindeAfgeslotenOp) nietNu("Deze melding is al afgesloten.");
        const nu = new Date();
        await trx
          .updateTable("nl_alerts")
          .set({
            einde_afgesloten_door: g.id,
            einde_afgesloten_op: nu,
            einde_afgesloten_reden: b.reden.trim(),
            versie: a.versie + 1,
            gewijzigd: nu,
          })
          .where("id", "=", id)
          .execute();
        await audit({
          actie: "nl-alert.einde-afgesloten",
          onderwerpSoort: "nl-alert",
          onderwerpId: id,
          gegevens: { versie: a.versie + 1, reden: b.reden.trim() },
        });
      });
      return detail(id, p);
    },
  );

  app.post(
    "/nl-alert/:id/vervolg",
    {
      config: { toegang: BEVOEGDE },
      schema: {
        tags: TAGS,
        summary: "Update of einde-situatiebericht maken dat naar het origineel verwijst (§4f.2)",
        params: IdParams,
        body: VervolgBody,
        response: { ...detailAntwoord, 201: AlertDetailSchema },
      },
    },
    async (req, reply) => {
      const g = ingelogd(req);
      const p = persoon(g);
      const { id } = req.params as { id: string };
      const { soort } = req.body as { soort: "update" | "einde-situatie" };
      const nieuwId = randomUUID();
      await wijzig(req, async (trx, audit) => {
        const a = await zichtbaar(trx, p, id);
        if (!isBevoegdeVan(p, a.regioId))
          weiger(
            "Alleen het bevoegd gezag voor NL-Alert van deze regio (de gemandateerde functionaris of de voorzitter veiligheidsregio) maakt een vervolgbericht (§4f.2).",
          );
        if (a.origineelId) nietNu("Maak het vervolgbericht vanuit het oorspronkelijke NL-Alert.");
        if (!a.capIdentifier)
          nietNu("Een vervolgbericht kan pas als het oorspronkelijke NL-Alert is vrijgegeven.");
        if (a.fase === "beeindigd") nietNu("Dit NL-Alert is al beëindigd.");
        const refs = await verwijzingenVoor(trx, a);
        const o = a.concept as Concept;
        const eindeActies = [EINDE_HANDELINGSPERSPECTIEF_SJABLONEN[0]!];
        const basis: Concept = {
          ...o,
          ...(soort === "einde-situatie"
            ? {
                actions: eindeActies.map((s) => s.nl),
                ...(o.english ? { english: { ...o.english, actions: eindeActies.map((s) => s.en) } } : {}),
              }
            : {}),
        };
        const vast = vastgezet(basis, { soort, status: a.status }, refs);
        await trx
          .insertInto("nl_alerts")
          .values({
            id: nieuwId,
            regio_id: a.regioId,
            incident: a.incident,
            soort,
            origineel_id: a.id,
            scenario: vast.scenario,
            status: a.status,
            concept: JSON.stringify(vast),
            aangemaakt_door: g.id,
          })
          .execute();
        await audit({
          actie: "nl-alert.vervolg-aangemaakt",
          onderwerpSoort: "nl-alert",
          onderwerpId: nieuwId,
          gegevens: { soort, origineel: a.id, references: refs, concept: vast },
        });
      });
      return reply.status(201).send(await detail(nieuwId, p));
    },
  );
}
