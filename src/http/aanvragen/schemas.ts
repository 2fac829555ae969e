// TypeBox schemas of the aanvragen API: the form data, the create body and one body per command
// (checked in the handler, so a wrong command gets Dutch messages per field rather than the noise
// of a large anyOf). The server sets actor, time and version checks; clients never send them.
import { type Static, type TObject, type TSchema, Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { HANDELINGEN, KOSTEN_VERWACHTINGEN } from "../../domain/aanvragen/index.ts";
import { UITKOMSTEN } from "../../domain/wegwijzer/typen.ts";
import { Fout, type VeldFout } from "../fouten.ts";
import { GeheelOfNull, RolSchema } from "../kern/schemas.ts";

// Null first (see GeheelOfNull for numbers): with ajv's coercion, null must not become "" or {}.
const Null = <T extends TSchema>(t: T) => Type.Union([Type.Null(), t]);
// Null first: the app's ajv coerces types, and with the string first a null became "" (an open-ended
// period then arrived as tot: "" and was refused). With null first, null stays null ("" → null is fine).
const NullTekst = (max?: number) => Type.Union([Type.Null(), Tekst(max)]);
const Tekst = (max = 4000) => Type.String({ maxLength: max });
const Id = Type.String({ minLength: 1, maxLength: 120 });
const Lit = <T extends readonly string[]>(xs: T) => Type.Union(xs.map((x) => Type.Literal(x)));
const strikt = { additionalProperties: false } as const;

export const GegevensSchema = Type.Partial(
  Type.Object(
    {
      contact: Null(Type.Object({ naam: Tekst(200), telefoon: Tekst(40), email: Tekst(200) }, strikt)),
      incident: Null(
        Type.Object({ naam: Tekst(200), plaats: Tekst(200), start: Tekst(40), type: Tekst(100) }, strikt),
      ),
      reden: Tekst(),
      beoogdEffect: Tekst(),
      gevraagd: Null(
        Type.Object(
          {
            capaciteitType: Tekst(100),
            aantal: Type.Integer({ minimum: 1, maximum: 100_000 }),
            specialisme: NullTekst(200),
            omschrijving: Tekst(),
          },
          strikt,
        ),
      ),
      plaats: Type.Object(
        {
          gemeenten: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 60 }),
          adres: NullTekst(300),
          coordinaten: Null(Type.Object({ lat: Type.Number(), lon: Type.Number() }, strikt)),
        },
        strikt,
      ),
      periode: Null(Type.Object({ van: Tekst(40), tot: NullTekst(40) }, strikt)),
      kostenverwachting: Null(
        Type.Object(
          {
            regime: Lit(KOSTEN_VERWACHTINGEN),
            bedragCent: GeheelOfNull({ minimum: 0 }),
            toelichting: Tekst(),
          },
          strikt,
        ),
      ),
      // Only to keep or drop uploaded attachments (by id); the server owns their metadata and
      // refuses other values (ADR 0610). Uploads go through POST /aanvragen/:id/bijlagen.
      bijlagen: Type.Array(
        Type.Object(
          {
            id: Id,
            naam: Type.Optional(Tekst(255)),
            mediatype: Type.Optional(Tekst(100)),
            grootteBytes: Type.Optional(Type.Integer({ minimum: 0 })),
            sha256: Type.Optional(Tekst(64)),
          },
          strikt,
        ),
        { maxItems: 50 },
      ),
      motiveringGeenMarktpartij: NullTekst(),
      acuteDreiging: Type.Boolean(),
    },
    strikt,
  ),
);

const GezagSchema = Type.Object(
  { rol: RolSchema, naam: Type.String({ minLength: 1, maxLength: 200 }) },
  strikt,
);

/** A router advice as /routing returns it, or the short form {procedureId, catalogusVersie}. */
const AdviesSchema = Type.Object(
  {
    procedureId: Null(Type.String({ maxLength: 80 })),
    catalogusVersie: Type.Optional(Type.String({ maxLength: 80 })),
    catalogueVersion: Type.Optional(Type.String({ maxLength: 80 })),
    adviesId: Type.Optional(Null(Type.String({ maxLength: 120 }))),
  },
  { additionalProperties: true },
);

export const NieuwBody = Type.Object(
  {
    procedureId: Type.Optional(Type.String({ maxLength: 80 })),
    advies: Type.Optional(AdviesSchema),
    veiligheidsregioId: Type.String({ minLength: 4, maxLength: 4 }),
    aanvragerOrganisatieId: Type.Optional(Id),
    /** Optional and only as a check: the server determines where the regioburgemeester sits (ADR 0609). */
    regioburgemeesterOrganisatieId: Type.Optional(Id),
    /** Required for an actual deployment; absent or null for a water-cannon exercise (ADR 0621). */
    gezag: Type.Optional(Null(GezagSchema)),
    /** A water-cannon exercise (politie-2-waterwerper only; fp toelichting 2, ADR 0621). */
    oefening: Type.Optional(Type.Boolean()),
    spoed: Type.Boolean(),
    gegevens: Type.Optional(GegevensSchema),
  },
  strikt,
);
export type NieuwBody = Static<typeof NieuwBody>;

const Redenen = Type.Array(Tekst(2000), { maxItems: 20 });
const Geleverd = Type.Object({ aantal: Type.Integer({ minimum: 0 }), toelichting: Tekst() }, strikt);
const Organisaties = Type.Array(Id, { maxItems: 40 });
/** Optional: the registered capacity items (and how many units of each) the supplier books (ADR 0660). */
const Items = Type.Array(
  Type.Object(
    { itemId: Type.String({ maxLength: 64 }), aantal: Type.Integer({ minimum: 1, maximum: 5000 }) },
    strikt,
  ),
  { maxItems: 50 },
);
const Partij = Type.Object(
  { naam: Tekst(200), rol: Null(RolSchema), organisatieId: Id, telefoon: NullTekst(40) },
  strikt,
);

const cmd = <T extends string, P extends Record<string, TSchema>>(type: T, velden: P) =>
  Type.Object({ type: Type.Literal(type), verwachteVersie: Type.Integer({ minimum: 0 }), ...velden }, strikt);
const taak = { taakId: Type.String({ minLength: 1, maxLength: 200 }) };

/** One body per command; `type` picks it. */
export const COMMANDO_SCHEMAS = {
  ConceptBijwerken: cmd("ConceptBijwerken", {
    wijzigingen: GegevensSchema,
    spoed: Type.Optional(Type.Boolean()),
    gezag: Type.Optional(GezagSchema),
    /** Mark or unmark a draft as a water-cannon exercise (ADR 0621). */
    oefening: Type.Optional(Type.Boolean()),
  }),
  StapAfronden: cmd("StapAfronden", {
    ...taak,
    toelichting: Type.Optional(Tekst()),
    organisaties: Type.Optional(Organisaties),
  }),
  StapOverslaan: cmd("StapOverslaan", { ...taak, reden: Tekst() }),
  Ondertekenen: cmd("Ondertekenen", {
    ...taak,
    namens: Type.Optional(Null(Type.Object({ naam: Tekst(200), functie: Tekst(200) }, strikt))),
    /** Optional: the hash the signer was shown (GET .../:id teOndertekenen.hash); must still match. */
    inhoudHash: Type.Optional(Type.String({ maxLength: 64 })),
  }),
  ZienswijzeGeven: cmd("ZienswijzeGeven", { ...taak, zienswijze: Tekst() }),
  Toetsen: cmd("Toetsen", { ...taak, uitkomst: Lit(UITKOMSTEN), redenen: Redenen }),
  Leveranciersbesluit: cmd("Leveranciersbesluit", {
    ...taak,
    uitkomst: Lit(["volledig", "gedeeltelijk", "afwijzen"] as const),
    redenen: Redenen,
    geleverd: Type.Optional(Geleverd),
    organisaties: Type.Optional(Organisaties),
    items: Type.Optional(Items),
  }),
  Besluiten: cmd("Besluiten", {
    ...taak,
    uitkomst: Lit(UITKOMSTEN),
    redenen: Redenen,
    geleverd: Type.Optional(Geleverd),
    items: Type.Optional(Items),
  }),
  KorpschefWeigeren: cmd("KorpschefWeigeren", {
    omvang: Lit(["gedeeltelijk", "afwijzen"] as const),
    redenen: Redenen,
    geleverd: Type.Optional(Geleverd),
  }),
  BeroepInstellen: cmd("BeroepInstellen", { ...taak, toelichting: Tekst() }),
  AdviesGeven: cmd("AdviesGeven", { ...taak, advies: Tekst() }),
  AanwijzingGeven: cmd("AanwijzingGeven", {
    ...taak,
    uitkomst: Lit(["goedkeuren", "afwijzen"] as const),
    aanwijzing: Tekst(),
    redenen: Redenen,
  }),
  TelefonischContactVastleggen: cmd("TelefonischContactVastleggen", {
    van: Partij,
    aan: Partij,
    /** When the call took place (ISO 8601). */
    op: Tekst(40),
    afspraken: Tekst(),
    taakIds: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 }),
    /** The phase the call concerns (0: the request; a change has its own). Default: see the decider. */
    fase: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  }),
  InzetStarten: cmd("InzetStarten", {}),
  WijzigingAanvragen: cmd("WijzigingAanvragen", {
    wijziging: Type.Object(
      {
        soort: Lit(["verlengen", "opschalen", "afschalen"] as const),
        nieuwTot: NullTekst(40),
        nieuwAantal: GeheelOfNull({ minimum: 0 }),
        reden: Tekst(),
        /** The change itself is urgent (phone first, its own formalisation; ADR 0608). */
        spoed: Type.Optional(Type.Boolean()),
      },
      strikt,
    ),
  }),
  Demobiliseren: cmd("Demobiliseren", {}),
  Afsluiten: cmd("Afsluiten", {
    werkelijkeKosten: Null(
      Type.Object({ bedragCent: Type.Integer({ minimum: 0 }), toelichting: Tekst() }, strikt),
    ),
  }),
  EvaluatieVastleggen: cmd("EvaluatieVastleggen", { notitie: Tekst() }),
  Intrekken: cmd("Intrekken", { reden: Tekst() }),
} as const satisfies Record<string, TObject>;

export type CommandoType = keyof typeof COMMANDO_SCHEMAS;
export const COMMANDO_TYPEN = Object.keys(COMMANDO_SCHEMAS) as CommandoType[];
export type CommandoBody = { [K in CommandoType]: Static<(typeof COMMANDO_SCHEMAS)[K]> }[CommandoType];

/** What Fastify checks before the handler: the command type and the version seen. */
export const CommandoBasis = Type.Object(
  {
    type: Lit(COMMANDO_TYPEN),
    verwachteVersie: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: true },
);

/** Checks a command body against its own schema; throws 400 with Dutch field messages. */
export function leesCommando(body: unknown): CommandoBody {
  const type = (body as { type?: string }).type as CommandoType;
  const schema = COMMANDO_SCHEMAS[type];
  if (Value.Check(schema, body)) return body as CommandoBody;
  const velden: VeldFout[] = [];
  for (const e of Value.Errors(schema, body)) {
    const veld =
      e.path
        .replace(/^\//, "")
        .replace(/\/(\d+)/g, "[$1]")
        .replace(/\//g, ".") || "body";
    if (velden.some((v) => v.veld === veld)) continue;
    velden.push({ veld, melding: melding(e.message) });
    if (velden.length >= 10) break;
  }
  throw new Fout(
    "ongeldige-invoer",
    `Het commando ${type} is ongeldig: ${velden.map((v) => `${v.veld}: ${v.melding}`).join("; ")}`,
    velden,
  );
}

function melding(m: string): string {
  if (/Required property/i.test(m)) return "is verplicht";
  if (/Unexpected property/i.test(m)) return "is geen bekend veld voor dit commando";
  if (/Expected string length less/i.test(m)) return "is te lang";
  if (/Expected string/i.test(m)) return "moet tekst zijn";
  if (/Expected integer/i.test(m)) return "moet een geheel getal zijn";
  if (/Expected number/i.test(m)) return "moet een getal zijn";
  if (/Expected boolean/i.test(m)) return "moet waar of onwaar zijn";
  if (/Expected array/i.test(m)) return "moet een lijst zijn";
  if (/Expected object/i.test(m)) return "moet een object zijn";
  if (/greater or equal/i.test(m)) return "is te klein";
  if (/union|literal/i.test(m)) return "heeft geen toegestane waarde";
  return `is ongeldig (${m})`;
}

export const Vrij = Type.Object({}, { additionalProperties: true });

/** The request page's answer: the request with what this user may do in it, by the decider's rules. */
export const AanvraagDetail = Type.Object({
  aanvraag: Vrij,
  procedure: Vrij,
  mijnTaken: Type.Array(Vrij),
  teOndertekenen: Type.Union([
    Type.Object({ taakId: Type.String(), inhoud: Type.String(), hash: Type.String() }),
    Type.Null(),
  ]),
  /** May this user change the form now (the decider's rule; the page shows the editor). */
  magFormulierWijzigen: Type.Boolean(),
  /**
   * Lifecycle commands this user's role and organisation allow (the decider's rules).
   * `WijzigingAanvragen` is asking to extend or scale up; `Afschalen` is scaling down, only for
   * whoever makes the request (ADR 0605).
   */
  handelingen: Type.Array(Type.Union(HANDELINGEN.map((c) => Type.Literal(c)))),
  /**
   * Someone else's zienswijze whose absence this user may record with StapOverslaan (ADR 0607):
   * after `vanaf` (its due time); `toegestaan` already now by the server's clock.
   */
  geenZienswijze: Type.Array(
    Type.Object({ taakId: Type.String(), vanaf: Type.String(), toegestaan: Type.Boolean() }),
  ),
});

export const LijstItem = Type.Object({
  id: Type.String(),
  referentienummer: Type.String(),
  procedureId: Type.String(),
  titel: Type.String(),
  status: Type.String(),
  spoed: Type.Boolean(),
  /** A water-cannon exercise (ADR 0621). */
  oefening: Type.Boolean(),
  regio: Type.String(),
  aanvragerOrganisatieId: Type.String(),
  versie: Type.Integer(),
  aangemaakt: Type.String(),
  bijgewerkt: Type.String(),
  openTaken: Type.Integer(),
  teLaat: Type.Boolean(),
  eersteTermijn: Null(Type.String()),
});

export const LijstQuery = Type.Object(
  {
    regio: Type.Optional(Type.String({ maxLength: 10 })),
    procedure: Type.Optional(Type.String({ maxLength: 80 })),
    status: Type.Optional(Type.String({ maxLength: 40 })),
    spoed: Type.Optional(Type.Boolean()),
    teLaat: Type.Optional(Type.Boolean()),
    limiet: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  strikt,
);

export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, strikt);
