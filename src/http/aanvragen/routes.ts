// Aanvragen over HTTP: create (from a router advice or a chosen procedure), lists and boards, the
// request page, one endpoint for every command, the timeline and the form as PDF. Every change is
// one transaction (src/db/aanvragen.ts voerUit) with its events, audit records, inbox, mail and
// live event; refusals of the decider become problem+json with the decider's code and reason.
import { createHash, randomUUID } from "node:crypto";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import type { CapaciteitInvoer } from "../../db/aanvraag-capaciteit.ts";
import {
  aanvragenMetOpenTaken,
  isVolgordeConflict,
  laadAanvraag,
  laadEvents,
  laatsteAuditHash,
  lijstAanvragen,
  namenVoor,
  nietGevonden,
  regioburgemeesterOrganisatie,
  type Uitvoering,
  voerUit,
} from "../../db/aanvragen.ts";
import {
  type BundelUitkomst,
  IdempotentieBezig,
  type Opdracht,
  voerBundelUit,
} from "../../db/aanvragen-schrijven.ts";
import { CapaciteitFout } from "../../db/capaciteit.ts";
import type { DB } from "../../db/schema.ts";
import {
  AANVRAAG_FOUTEN,
  type Aanvraag,
  type AanvraagCommando,
  AanvraagFout,
  type Gebruiker,
  geenZienswijzeMogelijk,
  herbouw,
  magFormulierWijzigen,
  mijnTaken,
  type RouterAdvies,
  teOndertekenenInhoud,
  toegestaneHandelingen,
  zichtbaarVoor,
} from "../../domain/aanvragen/index.ts";
import { aanvragendeRollen, maakContext } from "../../domain/aanvragen/taken.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";
import { CATALOGUS, procedure as procedureVan } from "../../domain/wegwijzer/catalogus.ts";
import type { ProcedureId } from "../../domain/wegwijzer/typen.ts";
import { aanvraagformulierPdf } from "../../pdf/aanvraagformulier.ts";
import { leesbaar } from "../../pdf/leesbaar.ts";
import { Fout } from "../fouten.ts";
import { registreerAntwoordHerbouw } from "../kern/antwoord-verwijzing.ts";
import { Bundelaar } from "../kern/bundelaar.ts";
import { nogBezig, wijzigIdempotent } from "../kern/idempotentie.ts";
import { fouten } from "../kern/schemas.ts";
import { actorVan, ingelogd } from "../kern/toegang.ts";
import { startTermijnbewaking } from "./bewaking.ts";
import { bijlagenRoutes } from "./bijlagen.ts";
import { gebiedRoutes } from "./gebied.ts";
import {
  AanvraagDetail,
  COMMANDO_TYPEN,
  CommandoBasis,
  type CommandoBody,
  IdParams,
  LijstItem,
  LijstQuery,
  leesCommando,
  NieuwBody,
  Vrij,
} from "./schemas.ts";

const TAGS = ["aanvragen"];
const INGELOGD = { ingelogd: true } as const;
/** Who may start a request at all: any preparing, filing or authority role of a procedure, and the LOCC. */
const OPSTELLERS: Rol[] = [
  ...new Set<Rol>([...CATALOGUS.flatMap((p) => aanvragendeRollen(p)), "locc-piket"]),
];

export interface AanvragenOpties {
  /** Interval of the deadline watcher (default one minute; 0 = do not start it). */
  termijnbewakingMs?: number;
}

export function aanvraagProbleem(e: AanvraagFout) {
  return {
    type: `https://knooppunt.nl/problemen/${e.code}`,
    title: AANVRAAG_FOUTEN[e.code].titel,
    status: e.status,
    code: e.code,
    detail: e.message,
    ...e.details,
  };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

function gebruikerVan(req: FastifyRequest): Gebruiker {
  const g = ingelogd(req);
  return { gebruikerId: g.id, naam: g.naam, rollen: g.rollen, organisatieId: g.organisatie.id };
}

const titelVan = (id: string) => {
  try {
    return procedureVan(id as ProcedureId).titel;
  } catch {
    return id;
  }
};

type Bundel = Bundelaar<Opdracht, BundelUitkomst>;

// A replayed command (same Idempotency-Key) gets the state the command left, rebuilt from the
// events up to that version: the key's row keeps a reference, not the body (ADR 0672).
registreerAntwoordHerbouw("aanvraag", async (database, v) => {
  const events = await laadEvents(database.db, v.id);
  const a = herbouw(events.filter((e) => e.volgnummer <= v.versie).map((e) => e.event));
  if (!a || a.versie !== v.versie) throw new Error(`aanvraag ${v.id} versie ${v.versie} niet te herbouwen`);
  return { aanvraag: a, ...(v.capaciteit ? { capaciteit: v.capaciteit } : {}) };
});

/**
 * Runs a command with its Idempotency-Key; a lost race gives 409 with the current state. Plain
 * commands go in a bundle with those of other users arriving at the same moment (one transaction,
 * ADR 0671); a command with capacity items or more work of its own (`vooraf`, `daarna`) has its own.
 */
async function uitvoeren(
  req: FastifyRequest,
  bundel: Bundel,
  id: string,
  maak: (voor: Aanvraag | null) => AanvraagCommando,
  {
    magZien,
    capaciteit,
    vooraf,
    daarna,
    antwoord,
  }: {
    magZien?: (a: Aanvraag) => boolean;
    capaciteit?: CapaciteitInvoer | undefined;
    /** Work in the same transaction before the command is decided (e.g. locking the request). */
    vooraf?: ((trx: Transaction<DB>) => Promise<void>) | undefined;
    /** More work in the same transaction, after the command (e.g. an attachment's bytes). */
    daarna?: (trx: Transaction<DB>, u: Uitvoering) => Promise<void>;
    /** The answer on success, stored by reference with the key inside the bundle (ADR 0672). */
    antwoord?: { status: number; metCapaciteit: boolean };
  } = {},
): Promise<Uitvoering> {
  try {
    if (capaciteit || vooraf || daarna)
      return await wijzigIdempotent(req, async (trx, audit) => {
        if (vooraf) await vooraf(trx);
        const u = await voerUit(trx, id, maak, {
          audit,
          requestId: req.id,
          publiekeUrl: req.server.deps.config.publicUrl,
          ...(magZien ? { magZien } : {}),
          ...(capaciteit ? { capaciteit } : {}),
        });
        if (daarna) await daarna(trx, u);
        return u;
      });
    const s = req.idempotentie;
    const u = await bundel.voeg({
      aanvraagId: id,
      maak,
      actor: actorVan(req),
      requestId: req.id,
      publiekeUrl: req.server.deps.config.publicUrl,
      ...(magZien ? { magZien } : {}),
      ...(s && !s.gemarkeerd
        ? {
            idempotentie: {
              gebruikerId: s.gebruikerId,
              sleutel: s.sleutel,
              methode: s.methode,
              pad: s.pad,
              hash: s.hash,
              ...(antwoord ? { antwoord } : {}),
            },
          }
        : {}),
    });
    if (!u.ok) throw u.fout instanceof IdempotentieBezig ? nogBezig() : u.fout;
    if (s) {
      s.gemarkeerd = true;
      if (antwoord) s.beantwoord = true;
    }
    return u.uitvoering;
  } catch (e) {
    let fout = e;
    // A booking refused by the capacity registry (e.g. the unit was just taken): 409, nothing stored.
    if (e instanceof CapaciteitFout)
      throw new Fout(e.code, e.message, e.veld ? [{ veld: e.veld, melding: e.message }] : []);
    if (isVolgordeConflict(e))
      fout = new AanvraagFout(
        "versie-conflict",
        "Iemand anders heeft deze aanvraag op hetzelfde moment gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.",
      );
    if (fout instanceof AanvraagFout && fout.code === "versie-conflict") {
      const huidig = await laadAanvraag(req.server.deps.database.db, id);
      throw new AanvraagFout("versie-conflict", fout.message, {
        ...fout.details,
        huidigeVersie: huidig?.versie ?? fout.details.huidigeVersie ?? 0,
        aanvraag: huidig,
      });
    }
    throw fout;
  }
}

/**
 * The safety region of each named municipality, from the organisation rows (imported CBS list):
 * the fact the decider's place rule needs (domain/aanvragen/gebied.ts, ADR 0604). Always an object,
 * so the rule always runs for what arrives over HTTP.
 */
async function gemeenteRegios(
  db: FastifyInstance["deps"]["database"]["db"],
  ids: readonly string[],
): Promise<Record<string, string | null>> {
  const uit: Record<string, string | null> = {};
  const uniek = [...new Set(ids)];
  if (uniek.length === 0) return uit;
  const rijen = await db
    .selectFrom("organisaties")
    .select(["id", "regio_id"])
    .where("soort", "=", "gemeente")
    .where("id", "in", uniek)
    .execute();
  for (const r of rijen) uit[r.id] = r.regio_id ? r.regio_id.toUpperCase() : null;
  return uit;
}

/**
 * The regioburgemeester's organisation, determined by the server (ADR 0609): the municipality of the
 * unit's regioburgemeester, else the police unit (the decider's default). A client may name it only
 * to confirm it; another organisation is refused, since it becomes the authority's organisation and
 * the one that is heard (security review F1).
 */
async function regioburgemeesterVoor(
  db: FastifyInstance["deps"]["database"]["db"],
  regio: string,
  b: NieuwBody,
): Promise<string | undefined> {
  const gevonden = (await regioburgemeesterOrganisatie(db, regio)) ?? undefined;
  const gevraagd = b.regioburgemeesterOrganisatieId;
  if (gevraagd === undefined) return gevonden;
  const verwacht = maakContext(
    regio,
    b.aanvragerOrganisatieId ?? "",
    gevonden,
  )?.regioburgemeesterOrganisatieId;
  // An unknown region: the decider refuses it with its own reason.
  if (verwacht === undefined) return gevonden;
  if (gevraagd !== verwacht) {
    const melding = `De regioburgemeester van veiligheidsregio ${regio.toUpperCase()} zit bij ${verwacht}, niet bij ${gevraagd}; Knooppunt bepaalt dat zelf (laat het veld weg).`;
    throw new AanvraagFout("ongeldige-invoer", `regioburgemeesterOrganisatieId: ${melding}`, {
      veld: "regioburgemeesterOrganisatieId",
      velden: [{ veld: "regioburgemeesterOrganisatieId", melding }],
    });
  }
  return gevonden;
}

function adviesVan(b: NieuwBody["advies"]): RouterAdvies | undefined {
  if (!b) return undefined;
  if (!b.procedureId)
    throw new AanvraagFout(
      "onbekende-procedure",
      "Het advies noemt geen procedure (de wegwijzer gaf geen procedure als uitkomst); een aanvraag kan daaruit niet worden gemaakt.",
    );
  return {
    procedureId: b.procedureId as ProcedureId,
    catalogusVersie: b.catalogusVersie ?? b.catalogueVersion ?? "",
    adviesId: b.adviesId ?? null,
  };
}

/**
 * Whether the new request is an exercise: the body's `oefening`, or the advice's question when the
 * body carries the advice as /routing returns it. The two must agree (ADR 0621).
 */
function oefeningVan(b: NieuwBody): boolean {
  const vraag = (b.advies as { question?: { exercise?: unknown } } | undefined)?.question;
  const uitAdvies = typeof vraag?.exercise === "boolean" ? vraag.exercise : undefined;
  if (uitAdvies !== undefined && b.oefening !== undefined && b.oefening !== uitAdvies) {
    const melding = uitAdvies
      ? "het advies is gegeven voor een oefening (exercise: true); een aanvraag daaruit is een oefening. Vraag een nieuw advies voor een daadwerkelijke inzet."
      : "het advies is gegeven voor een daadwerkelijke inzet; een oefening vraagt een advies met exercise: true (factsheet politie, toelichting 2).";
    throw new AanvraagFout("ongeldige-invoer", `oefening: ${melding}`, {
      veld: "oefening",
      velden: [{ veld: "oefening", melding }],
    });
  }
  return b.oefening ?? uitAdvies ?? false;
}

/** The domain command for a command body, with actor and time set by the server. */
function commando(
  req: FastifyRequest,
  id: string,
  body: CommandoBody,
  voor: Aanvraag | null,
  actor: Gebruiker,
  nu: Date,
): AanvraagCommando {
  const basis = { aanvraagId: id, actor, nu, verwachteVersie: body.verwachteVersie };
  switch (body.type) {
    case "Ondertekenen": {
      // The server computes what is signed from the state; the client only confirms it.
      const t = voor?.taken.find((x) => x.id === body.taakId);
      const inhoud = voor ? teOndertekenenInhoud(voor, t?.fase ?? 0) : "";
      const hash = sha256(inhoud);
      if (voor && voor.versie === body.verwachteVersie && body.inhoudHash && body.inhoudHash !== hash)
        throw new AanvraagFout(
          "inhoud-gewijzigd",
          "De inhoud die u te zien kreeg is niet meer wat nu ondertekend zou worden. Bekijk de aanvraag opnieuw.",
          { inhoudHash: hash },
        );
      return {
        ...basis,
        type: "Ondertekenen",
        taakId: body.taakId,
        // No re-authentication in this session: the decider refuses (after role and order checks).
        herauthenticatieOp: req.herauthenticatie ?? new Date(0),
        // The window /sessie/herauthenticatie reports (REAUTH_MINUTES): one setting for both.
        herauthenticatieMinuten: req.server.deps.config.herauthenticatieMinuten,
        inhoud,
        inhoudHash: hash,
        namens: body.namens ?? null,
      };
    }
    case "TelefonischContactVastleggen": {
      const op = new Date(body.op);
      if (Number.isNaN(op.getTime()))
        throw new AanvraagFout(
          "ongeldige-invoer",
          "Het tijdstip van het gesprek (op) is geen geldige tijd.",
          {
            veld: "op",
          },
        );
      return { ...basis, ...body, op };
    }
    default:
      return { ...basis, ...body } as AanvraagCommando;
  }
}

export async function aanvragenRoutes(app: FastifyInstance, opties: AanvragenOpties = {}) {
  const { database } = app.deps;
  const bundel: Bundel = new Bundelaar((opdrachten) => voerBundelUit(database, opdrachten), {
    naam: "aanvraagcommando's",
    tegelijk: database.engine === "postgres" ? 4 : 1,
  });

  // The decider's refusals carry their own code and status; anything else goes to the app's handler.
  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof AanvraagFout)
      return reply.status(err.status).type("application/problem+json").send(aanvraagProbleem(err));
    throw err;
  });

  app.post(
    "/aanvragen",
    {
      config: { toegang: { rollen: OPSTELLERS }, idempotent: true },
      schema: {
        tags: TAGS,
        summary: "Nieuwe aanvraag (concept) uit een wegwijzer-advies of een gekozen procedure",
        description:
          "Het advies legt procedure en catalogusversie vast; een advies van een oudere catalogus wordt geweigerd (409 catalogus-verouderd). Het referentienummer (B-jaar-VRxx-nnnn) wordt in dezelfde transactie toegekend. Accepteert Idempotency-Key.",
        body: NieuwBody,
        response: { 201: Type.Object({ aanvraag: Vrij }), ...fouten(400, 401, 403, 409, 422) },
      },
    },
    async (req, reply) => {
      const g = gebruikerVan(req);
      const b = req.body as NieuwBody;
      const advies = adviesVan(b.advies);
      const oefening = oefeningVan(b);
      const regio = b.veiligheidsregioId.toLowerCase();
      const rb = await regioburgemeesterVoor(database.db, regio, b);
      const regios = await gemeenteRegios(database.db, b.gegevens?.plaats?.gemeenten ?? []);
      const id = randomUUID();
      const nu = new Date();
      const u = await uitvoeren(
        req,
        bundel,
        id,
        () => ({
          type: "ConceptAanmaken",
          gemeenteRegios: regios,
          aanvraagId: id,
          actor: g,
          nu,
          verwachteVersie: 0,
          ...(advies ? { advies } : {}),
          ...(b.procedureId ? { procedureId: b.procedureId as ProcedureId } : {}),
          volgnummer: 0,
          aanvragerOrganisatieId: b.aanvragerOrganisatieId ?? g.organisatieId,
          veiligheidsregioId: regio,
          gezag: b.gezag ? { rol: b.gezag.rol as Rol, naam: b.gezag.naam } : null,
          ...(oefening ? { oefening } : {}),
          spoed: b.spoed,
          ...(b.gegevens ? { gegevens: b.gegevens as never } : {}),
          ...(rb ? { regioburgemeesterOrganisatieId: rb } : {}),
        }),
        { antwoord: { status: 201, metCapaciteit: false } },
      );
      reply.status(201);
      return { aanvraag: u.na };
    },
  );

  app.get(
    "/aanvragen",
    {
      config: { toegang: INGELOGD },
      schema: {
        tags: TAGS,
        summary: "Aanvragen die u mag zien (het LOCC: alle), met filters",
        querystring: LijstQuery,
        response: { 200: Type.Object({ aanvragen: Type.Array(LijstItem) }), ...fouten(400, 401) },
      },
    },
    async (req) => {
      const g = gebruikerVan(req);
      const q = req.query as {
        regio?: string;
        procedure?: string;
        status?: string;
        spoed?: boolean;
        teLaat?: boolean;
        limiet?: number;
      };
      const nu = new Date();
      const rijen = await lijstAanvragen(database.db, { ...q, kijker: g, nu });
      return {
        aanvragen: rijen.map((r) => ({
          ...r,
          titel: titelVan(r.procedureId),
          teLaat: r.eersteTermijn !== null && r.eersteTermijn < nu.toISOString(),
        })),
      };
    },
  );

  const zichtbaar = async (req: FastifyRequest, id: string): Promise<{ a: Aanvraag; g: Gebruiker }> => {
    const g = gebruikerVan(req);
    const a = await laadAanvraag(database.db, id);
    if (!a || !zichtbaarVoor(a, g)) throw nietGevonden(id);
    return { a, g };
  };

  app.get(
    "/aanvragen/:id",
    {
      config: { toegang: INGELOGD },
      schema: {
        tags: TAGS,
        summary: "Eén aanvraag met procedure, uw taken en (als u moet ondertekenen) wat u ondertekent",
        params: IdParams,
        response: {
          200: AanvraagDetail,
          ...fouten(401, 404),
        },
      },
    },
    async (req) => {
      const { a, g } = await zichtbaar(req, (req.params as { id: string }).id);
      const taken = mijnTaken(a, g);
      const teken = taken.find((t) => t.commando === "Ondertekenen");
      const inhoud = teken ? teOndertekenenInhoud(a, teken.fase) : null;
      const nu = new Date();
      return {
        aanvraag: a,
        procedure: procedureVan(a.procedureId as ProcedureId),
        mijnTaken: taken,
        teOndertekenen: teken && inhoud !== null ? { taakId: teken.id, inhoud, hash: sha256(inhoud) } : null,
        magFormulierWijzigen: magFormulierWijzigen(a, g),
        handelingen: toegestaneHandelingen(a, g, nu),
        geenZienswijze: geenZienswijzeMogelijk(a, g, nu),
      };
    },
  );

  app.post(
    "/aanvragen/:id/commando",
    {
      config: { toegang: INGELOGD, idempotent: true },
      schema: {
        tags: TAGS,
        summary: "Een stap of handeling op de aanvraag",
        description: `Body: { type, verwachteVersie, ...velden van het commando }. Typen: ${COMMANDO_TYPEN.join(", ")}. De server zet wie en wanneer; bij Ondertekenen de herauthenticatie uit de sessie en de hash van wat ondertekend wordt. Een verouderde verwachteVersie geeft 409 met huidigeVersie en de actuele aanvraag. Accepteert Idempotency-Key.`,
        params: IdParams,
        body: CommandoBasis,
        response: {
          200: Type.Object({ aanvraag: Vrij, capaciteit: Type.Optional(Vrij) }),
          ...fouten(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (req) => {
      const id = (req.params as { id: string }).id;
      const g = gebruikerVan(req);
      const gelezen = leesCommando(req.body);
      // The named capacity items go to the capacity glue, not into the domain command.
      const { items, ...body } = gelezen as CommandoBody & { items?: CapaciteitInvoer["items"] };
      const plaats = body.type === "ConceptBijwerken" ? body.wijzigingen.plaats : undefined;
      const regios = plaats ? await gemeenteRegios(database.db, plaats.gemeenten) : undefined;
      const nu = new Date();
      const u = await uitvoeren(
        req,
        bundel,
        id,
        (voor) => {
          if (!voor) throw nietGevonden(id);
          const c = commando(req, id, body as CommandoBody, voor, g, nu);
          return c.type === "ConceptBijwerken" && regios ? { ...c, gemeenteRegios: regios } : c;
        },
        {
          magZien: (a) => zichtbaarVoor(a, g),
          capaciteit: items ? { items } : undefined,
          antwoord: { status: 200, metCapaciteit: true },
        },
      );
      return { aanvraag: u.na, ...(u.capaciteit ? { capaciteit: u.capaciteit } : {}) };
    },
  );

  bijlagenRoutes(app, {
    gebruikerVan,
    zichtbaar,
    nietGevonden,
    uitvoeren: (req, id, maak, opties) => uitvoeren(req, bundel, id, maak, opties),
  });
  gebiedRoutes(app);

  app.get(
    "/aanvragen/:id/tijdlijn",
    {
      config: { toegang: INGELOGD },
      schema: {
        tags: TAGS,
        summary: "Elke stap: wat, wie, wanneer en namens wie",
        params: IdParams,
        response: { 200: Type.Object({ tijdlijn: Type.Array(Vrij) }), ...fouten(401, 404) },
      },
    },
    async (req) => {
      const { a } = await zichtbaar(req, (req.params as { id: string }).id);
      const events = await laadEvents(database.db, a.id);
      const namen = await namenVoor(
        database.db,
        a.tijdlijn.map((r) => r.omschrijving),
      );
      // What each command did to capacity (ADR 0660), beside the event it belongs to.
      const capaciteit = new Map(
        (
          await database.db
            .selectFrom("audit_records")
            .select("gegevens")
            .where("onderwerp_soort", "=", "aanvraag-capaciteit")
            .where("onderwerp_id", "=", a.id)
            .execute()
        ).map((r) => {
          const g = (typeof r.gegevens === "string" ? JSON.parse(r.gegevens) : r.gegevens) as {
            volgnummer: number;
          };
          return [g.volgnummer, g] as const;
        }),
      );
      return {
        tijdlijn: events.map((e, i) => {
          const r = a.tijdlijn[i];
          const c = capaciteit.get(e.volgnummer);
          return {
            ...(c ? { capaciteit: c } : {}),
            volgnummer: e.volgnummer,
            op: e.event.op,
            type: e.event.type,
            door: e.event.door,
            namens: r?.namens ?? null,
            omschrijving: r ? leesbaar(r.omschrijving, a, namen) : e.event.type,
            taakId: r?.taakId ?? null,
            event: e.event,
          };
        }),
      };
    },
  );

  app.get(
    "/mijn-taken",
    {
      config: { toegang: INGELOGD },
      schema: {
        tags: TAGS,
        summary: "Uw open taken over alle aanvragen die u mag zien (vroegste termijn eerst)",
        response: { 200: Type.Object({ taken: Type.Array(Vrij) }), ...fouten(401) },
      },
    },
    async (req) => {
      const g = gebruikerVan(req);
      const nu = new Date().toISOString();
      const taken = (await aanvragenMetOpenTaken(database.db, g))
        .filter((a) => zichtbaarVoor(a, g))
        .flatMap((a) =>
          mijnTaken(a, g).map((taak) => ({
            aanvraagId: a.id,
            referentienummer: a.referentienummer,
            procedureId: a.procedureId,
            titel: titelVan(a.procedureId),
            status: a.status,
            spoed: a.spoed,
            oefening: a.oefening === true,
            versie: a.versie,
            taak,
            teLaat: taak.uiterlijk !== null && taak.uiterlijk < nu,
          })),
        )
        .sort((x, y) => (x.taak.uiterlijk ?? "9").localeCompare(y.taak.uiterlijk ?? "9"));
      return { taken };
    },
  );

  app.get(
    "/aanvragen/:id/formulier.pdf",
    {
      config: { toegang: INGELOGD },
      schema: {
        tags: TAGS,
        summary: "Het aanvraagformulier als PDF (op elk moment, met de audit-hash)",
        params: IdParams,
        produces: ["application/pdf"],
        response: { ...fouten(401, 404) },
      },
    },
    async (req, reply: FastifyReply) => {
      const { a } = await zichtbaar(req, (req.params as { id: string }).id);
      const audit = await laatsteAuditHash(database.db, a.id);
      const ids = new Set<string>([
        a.aanvrager.organisatieId,
        a.context.veiligheidsregioId,
        ...a.gegevens.plaats.gemeenten,
        ...a.taken.flatMap((t) => t.eigenaar.organisaties),
        ...a.handtekeningen.map((h) => h.organisatieId),
        ...a.besluiten.map((b) => b.door.organisatieId),
        ...a.telefonischeContacten.flatMap((c) => [c.van.organisatieId, c.aan.organisatieId]),
      ]);
      const namen = new Map(
        (
          await database.db
            .selectFrom("organisaties")
            .select(["id", "naam"])
            .where("id", "in", [...ids])
            .execute()
        ).map((r) => [r.id, r.naam]),
      );
      const pdf = await aanvraagformulierPdf(a, { audit, organisatieNaam: (id) => namen.get(id) ?? id });
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="aanvraagformulier-${a.referentienummer}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );

  const interval = opties.termijnbewakingMs ?? 60_000;
  if (interval > 0) {
    const bewaking = startTermijnbewaking(database, interval, {
      publiekeUrl: app.deps.config.publicUrl,
      bijFout: (err) => app.log.error({ err }, "termijnbewaking mislukt"),
    });
    app.addHook("onClose", () => bewaking.stop());
  }
}
