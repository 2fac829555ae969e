// TypeBox schemas of the NL-Alert API (bodies and answers; also the OpenAPI document).
import { type Static, Type } from "@sinclair/typebox";

const Tekst = (max = 4000) => Type.String({ minLength: 1, maxLength: max });
const Tijd = Type.String({ format: "date-time" });
const TijdOfNull = Type.Union([Tijd, Type.Null()]);
/** Reasons for acknowledged warnings that need one, by code (ADR 0251). */
const Redenen = Type.Optional(
  Type.Record(Type.String({ maxLength: 60 }), Type.String({ maxLength: 2000 }), {
    maxProperties: 30,
    description:
      "Per erkende waarschuwing die een reden vraagt (gebied-deels-buiten-regio): waarom (ADR 0251).",
  }),
);
const Versie = Type.Integer({ minimum: 1, description: "De versie die u zag; een oudere geeft 409." });

export const BevindingSchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  bron: Type.String(),
  veld: Type.Optional(Type.String()),
});

export const ControleSchema = Type.Object({
  ok: Type.Boolean(),
  text: Type.String(),
  encoding: Type.Union([Type.Literal("gsm7"), Type.Literal("ucs2")]),
  characters: Type.Integer(),
  pages: Type.Integer(),
  charactersPerPage: Type.Integer(),
  maxPages: Type.Integer(),
  remaining: Type.Integer(),
  errors: Type.Array(BevindingSchema),
  warnings: Type.Array(BevindingSchema),
  ucs2Tekens: Type.Array(
    Type.Object({
      teken: Type.String(),
      posities: Type.Array(Type.Integer()),
      vervanging: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type Controle = Static<typeof ControleSchema>;

const Wie = Type.Object({ id: Type.String(), naam: Type.String() });
const WieOfNull = Type.Union([Wie, Type.Null()]);

export const FaseSchema = Type.Union(
  [
    "concept",
    "advies",
    "second-opinion",
    "besluit",
    "niet-verzenden",
    "vrijgegeven",
    "verzonden",
    "mislukt",
    "beeindigd",
  ].map((f) => Type.Literal(f)),
);

export const AlertSamenvattingSchema = Type.Object({
  id: Type.String(),
  regioId: Type.String(),
  regioNaam: Type.String(),
  incident: Type.String(),
  soort: Type.Union([Type.Literal("alert"), Type.Literal("update"), Type.Literal("einde-situatie")]),
  origineelId: Type.Union([Type.String(), Type.Null()]),
  scenario: Type.String(),
  status: Type.Union([Type.Literal("Actual"), Type.Literal("Exercise"), Type.Literal("Test")]),
  fase: FaseSchema,
  faseNaam: Type.String(),
  versie: Type.Integer(),
  risico: Type.String(),
  locatie: Type.String(),
  aangemaakt: Tijd,
  gewijzigd: Tijd,
  vrijgegevenOp: TijdOfNull,
  /** §4f.2: sent and not ended: prompt for an einde-situatie message. */
  eindeSituatieOpen: Type.Boolean(),
  openTaken: Type.Integer(),
});

const InbrengSchema = Type.Object({
  id: Type.String(),
  soort: Type.Union([Type.Literal("advies"), Type.Literal("second-opinion")]),
  wijze: Type.Union([Type.Literal("zelf"), Type.Literal("telefonisch")]),
  advies: Type.Union([Type.Literal("verzenden"), Type.Literal("niet-verzenden")]),
  naam: Type.String(),
  functie: Type.String(),
  tijdstip: Tijd,
  samenvatting: Type.String(),
  /** §4b.3: risks of §4e and the urgency of the deployment weighed. */
  risicosGewogen: Type.Boolean({
    description: "Risico's van §4e én het spoedeisende karakter van de inzet gewogen (§4b.3).",
  }),
  conceptVersie: Type.Integer(),
  vastgelegdDoor: Wie,
  vastgelegdOp: Tijd,
  geldend: Type.Boolean(),
});

export const AlertDetailSchema = Type.Object({
  alert: Type.Intersect([
    AlertSamenvattingSchema,
    Type.Object({
      concept: Type.Unknown(),
      aangemaaktDoor: Wie,
      besluit: Type.Union([
        Type.Object({
          besluit: Type.Union([Type.Literal("verzenden"), Type.Literal("niet-verzenden")]),
          afweging: Type.String(),
          /** Advice put to the driehoek (optional record; ADR 0252). */
          driehoek: Type.Union([Type.Literal("ja"), Type.Literal("nee-geen-tijd"), Type.Null()]),
          versie: Type.Integer(),
          door: WieOfNull,
          op: TijdOfNull,
          geldig: Type.Boolean(),
        }),
        Type.Null(),
      ]),
      erkendeWaarschuwingen: Type.Array(Type.String()),
      /** Reasons given with warnings that need one (gebied-deels-buiten-regio; ADR 0251). */
      erkendRedenen: Type.Record(Type.String(), Type.String()),
      erkend: Type.Union([
        Type.Object({ door: WieOfNull, op: TijdOfNull, versie: Type.Integer(), geldig: Type.Boolean() }),
        Type.Null(),
      ]),
      cap: Type.Union([
        Type.Object({
          identifier: Type.String(),
          sender: Type.String(),
          sent: Type.String(),
          xml: Type.String(),
        }),
        Type.Null(),
      ]),
      vrijgegeven: Type.Union([Type.Object({ door: WieOfNull, op: Tijd }), Type.Null()]),
      beeindigdOp: TijdOfNull,
      /** The einde-situatie prompt closed without a message (§4f.2; ADR 0253). */
      eindeAfgesloten: Type.Union([
        Type.Object({ door: WieOfNull, op: Tijd, reden: Type.String() }),
        Type.Null(),
      ]),
    }),
  ]),
  beoordeling: ControleSchema,
  inbreng: Type.Array(InbrengSchema),
  blokkades: Type.Array(Type.Object({ code: Type.String(), melding: Type.String(), bron: Type.String() })),
  taken: Type.Array(
    Type.Object({
      id: Type.String(),
      soort: Type.String(),
      omschrijving: Type.String(),
      aangemaakt: Tijd,
      bevestigdDoor: WieOfNull,
      bevestigdOp: TijdOfNull,
      bevestiging: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  verzending: Type.Union([
    Type.Object({
      status: Type.Union([
        Type.Literal("wachtend"),
        Type.Literal("bezig"),
        Type.Literal("ontvangen"),
        Type.Literal("mislukt"),
      ]),
      pogingen: Type.Integer(),
      volgendePoging: Tijd,
      ontvangenOp: TijdOfNull,
      laatsteFout: Type.Union([Type.String(), Type.Null()]),
      historie: Type.Array(
        Type.Object({
          nummer: Type.Integer(),
          begonnen: Tijd,
          duurMs: Type.Integer(),
          httpStatus: Type.Union([Type.Integer(), Type.Null()]),
          antwoord: Type.Union([Type.String(), Type.Null()]),
          fout: Type.Union([Type.String(), Type.Null()]),
          gelukt: Type.Boolean(),
        }),
      ),
    }),
    Type.Null(),
  ]),
  origineel: Type.Union([AlertSamenvattingSchema, Type.Null()]),
  vervolgen: Type.Array(AlertSamenvattingSchema),
  geschiedenis: Type.Array(
    Type.Object({
      volgnummer: Type.Integer(),
      tijdstip: Tijd,
      actie: Type.String(),
      door: Type.Union([Type.String(), Type.Null()]),
      gegevens: Type.Unknown(),
    }),
  ),
  /** What the caller may do now (the server still checks every action). */
  mag: Type.Object({
    bewerken: Type.Boolean(),
    adviesZelf: Type.Boolean(),
    adviesTelefonisch: Type.Boolean(),
    secondOpinionZelf: Type.Boolean(),
    secondOpinionTelefonisch: Type.Boolean(),
    /** Record a decision (not to send needs no police input). */
    besluiten: Type.Boolean(),
    /** Decide to send: only with advice and second opinion (§4b.1–2). */
    besluitVerzenden: Type.Boolean(),
    vrijgeven: Type.Boolean(),
    opnieuwVerzenden: Type.Boolean(),
    takenBevestigen: Type.Boolean(),
    vervolg: Type.Boolean(),
    /** Close the einde-situatie prompt without sending one, with a reason (ADR 0253). */
    eindeAfsluiten: Type.Boolean(),
  }),
});
export type AlertDetail = Static<typeof AlertDetailSchema>;
export type AlertSamenvatting = Static<typeof AlertSamenvattingSchema>;

export const IdParams = Type.Object({ id: Type.String({ format: "uuid" }) });
export const TaakParams = Type.Object({
  id: Type.String({ format: "uuid" }),
  taakId: Type.String({ format: "uuid" }),
});

export const NieuwBody = Type.Object(
  {
    regioId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    incident: Tekst(200),
    concept: Type.Unknown({
      description: "Het concept (issue-6-contract); de structuur wordt gecontroleerd.",
    }),
  },
  { additionalProperties: false },
);

export const ConceptBody = Type.Object(
  { versie: Versie, incident: Type.Optional(Tekst(200)), concept: Type.Unknown() },
  { additionalProperties: false },
);

export const InbrengBody = Type.Object(
  {
    versie: Versie,
    wijze: Type.Union([Type.Literal("zelf"), Type.Literal("telefonisch")]),
    advies: Type.Union([Type.Literal("verzenden"), Type.Literal("niet-verzenden")]),
    samenvatting: Tekst(4000),
    /** §4b.3: must be true. */
    risicosGewogen: Type.Boolean({
      description:
        "Bevestiging dat het advies rekening houdt met de risico's van §4e (sirene verraadt schuilende mensen, daders lezen mee, ontsteking via telefoons) én met het spoedeisende karakter van de inzet (§4b.3). Moet true zijn.",
    }),
    /** By phone: who gave it, in which function, when. */
    naam: Type.Optional(Tekst(200)),
    functie: Type.Optional(Tekst(200)),
    tijdstip: Type.Optional(Tijd),
  },
  { additionalProperties: false },
);
export type Inbreng = Static<typeof InbrengBody>;

export const BesluitBody = Type.Object(
  {
    versie: Versie,
    besluit: Type.Union([Type.Literal("verzenden"), Type.Literal("niet-verzenden")]),
    afweging: Tekst(4000),
    driehoek: Type.Optional(
      Type.Union([Type.Literal("ja"), Type.Literal("nee-geen-tijd")], {
        description:
          "Advies voorgelegd aan de driehoek: ja, of nee omdat de tijd het niet toestond (begeleidende brief; ADR 0252). Optioneel.",
      }),
    ),
    erkendeWaarschuwingen: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 30 })),
    redenen: Redenen,
  },
  { additionalProperties: false },
);

export const ErkenBody = Type.Object(
  { versie: Versie, codes: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 30 }), redenen: Redenen },
  { additionalProperties: false },
);

export const VersieBody = Type.Object({ versie: Versie }, { additionalProperties: false });

export const TaakBody = Type.Object(
  { versie: Versie, bevestiging: Tekst(2000) },
  { additionalProperties: false },
);

export const EindeAfsluitenBody = Type.Object(
  {
    versie: Versie,
    reden: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: "Waarom er geen einde-situatiebericht nodig is (§4f.2; ADR 0253).",
    }),
  },
  { additionalProperties: false },
);

export const VervolgBody = Type.Object(
  { soort: Type.Union([Type.Literal("update"), Type.Literal("einde-situatie")]) },
  { additionalProperties: false },
);

export const RegiogrenzenSchema = Type.Object({
  type: Type.Literal("FeatureCollection"),
  attributie: Type.String(),
  features: Type.Array(
    Type.Object({
      type: Type.Literal("Feature"),
      properties: Type.Object({ code: Type.String(), naam: Type.String(), regioId: Type.String() }),
      geometry: Type.Unknown(),
    }),
  ),
});
