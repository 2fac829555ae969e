// Types of the procedure catalogue, defined once as TypeBox schemas (checked at start-up by
// valideerCatalogus) with the TypeScript types derived from them.
import { type Static, Type } from "@sinclair/typebox";
import { ROL_IDS, type Rol } from "../organisaties/rollen.ts";
import { DOCUMENT_IDS } from "./bronnen.ts";
import { CONTACT_IDS } from "./contacten.ts";
import { Keuze, Nullable } from "./schema-hulp.ts";

export const RolSchema = Type.Unsafe<Rol>(Type.Union(ROL_IDS.map((r) => Type.Literal(r))));

export const BronSchema = Type.Object(
  { document: Keuze(DOCUMENT_IDS), sectie: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);
/** Every cited field carries at least one citation. */
const Bronnen = Type.Array(BronSchema, { minItems: 1 });

export const PROCEDURE_IDS = [
  "politie-1-bijstand-andere-eenheid-oo",
  "politie-2-waterwerper",
  "politie-2-bewakingscontainer-vrt",
  "politie-3-kmar-oo",
  "politie-4-krijgsmacht-oo",
  "politie-5-buitenland-oo",
  "politie-6-bijstand-andere-eenheid-justitie",
  "politie-7-kmar-justitie",
  "politie-8-krijgsmacht-justitie",
  "politie-9-afwijzing-en-beroep",
  "politie-b-buitenland-justitie",
  "bevolkingszorg-1-kennis-capaciteit",
  "bevolkingszorg-2-sis",
  "bevolkingszorg-3-btc",
  "bevolkingszorg-4-middelen",
  "bevolkingszorg-5-defensie-crisisbeheersing",
  "bevolkingszorg-6-militaire-steunverlening",
  "lcp-egt-tin-bewaken-beveiligen",
] as const;
export type ProcedureId = (typeof PROCEDURE_IDS)[number];

export const SOORTEN = ["bijstand", "ondersteuning", "militaire-steunverlening"] as const;
export type Soort = (typeof SOORTEN)[number];

export const WETTEN = [
  "Politiewet 2012",
  "Wet veiligheidsregio's",
  "Regeling militaire steunverlening in het openbaar belang",
  "verdrag",
] as const;

export const GrondslagSchema = Type.Object(
  {
    law: Keuze(WETTEN),
    /** Article number; null where the source names no article (treaties, the regeling). */
    article: Nullable(Type.Integer({ minimum: 1 })),
    /** Paragraph (lid); null where the source names none. */
    paragraph: Nullable(Type.Integer({ minimum: 1 })),
    /** E.g. the treaties by name, or "Stcrt 2008, 3". */
    toelichting: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type Grondslag = Static<typeof GrondslagSchema>;

/**
 * Where the actor's organisation sits relative to the request, so a workflow engine can resolve
 * it: `aanvragende-eenheid` (the police unit that needs help: its RCCB, or NSGBO/SGBO),
 * `gemeente-van-inzet` (the municipality where the deployment is: its mayor),
 * `regio-van-eenheid` (the regioburgemeester of the unit's area), `parket-van-ovj` (the
 * prosecutor's arrondissementsparket), `aanvragende-veiligheidsregio` (chair, ACB, OvD-Bz, HTO),
 * `ovr-van-regio` (Defence liaison of the region), `leverende-eenheden` (RCCBs of the supplying
 * units), `andere-regio` (contacts in other regions), `beheersorganisatie` (owner of the means),
 * or `landelijk` with the national body in `id` (ids as in organisaties/referentie.ts).
 */
export const RELATIES = [
  "aanvragende-eenheid",
  "gemeente-van-inzet",
  "regio-van-eenheid",
  "parket-van-ovj",
  "aanvragende-veiligheidsregio",
  "ovr-van-regio",
  "leverende-eenheden",
  "andere-regio",
  "beheersorganisatie",
  "landelijk",
] as const;
export const LANDELIJKE_ORGANISATIES = [
  "locc",
  "politie-le-pob",
  "politie",
  "kmar-ccb",
  "kmar-dops",
  "kmar",
  "defensie",
  "defensie-djz",
  "defensie-doc",
  "defensie-dops-natops",
  "defensie-cds",
  "nctv-cbb",
  "nctv-db3",
  "ncc",
  "om-pg",
  "jenv",
  "jenv-ozi",
  "jenv-dgpol",
  "ifv",
  "crisisberaad-opschaling-bb",
] as const;

export const ActorSchema = Type.Object(
  {
    rol: RolSchema,
    relatie: Keuze(RELATIES),
    /** The national body, when relatie is `landelijk`; otherwise null. */
    organisatie: Nullable(Keuze(LANDELIJKE_ORGANISATIES)),
    /** Who, in the source's words. */
    omschrijving: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
export type Actor = Static<typeof ActorSchema>;

/**
 * Machine-readable kind of a step; a workflow engine maps each to a task type:
 * contact (first or informal contact), vooroverleg (informal pre-consultation, no commitments),
 * opstellen (draft the form), zienswijze (regioburgemeester's view), instemmen (consent of the
 * authority), ondertekenen, indienen (send/submit), registreren (LOCC capacity overview),
 * toetsen (check: goedkeuren / meer-informatie / afwijzen), uitputtingstoets (is the police
 * really exhausted), verzoeken (forward a request to the supplier), advies, leveranciersbesluit
 * (supplier decides: volledig / gedeeltelijk / afwijzen), besluiten (whether and how),
 * coordineren, informeren, uitvoeren, afspraken (parties agree on duration and costs),
 * weigeren, beroep, aanwijzing, formaliseren (after an urgent phone request).
 */
export const STAP_SOORTEN = [
  "contact",
  "vooroverleg",
  "opstellen",
  "zienswijze",
  "instemmen",
  "ondertekenen",
  "indienen",
  "registreren",
  "toetsen",
  "uitputtingstoets",
  "verzoeken",
  "advies",
  "leveranciersbesluit",
  "besluiten",
  "coordineren",
  "informeren",
  "uitvoeren",
  "afspraken",
  "weigeren",
  "beroep",
  "aanwijzing",
  "formaliseren",
] as const;
export type StapSoort = (typeof STAP_SOORTEN)[number];

export const MIDDELEN = ["telefoon", "e-mail", "formulier", "schriftelijk", "overleg", "intern"] as const;

export const UITKOMSTEN = [
  "goedkeuren",
  "meer-informatie",
  "afwijzen",
  "volledig",
  "gedeeltelijk",
  "toestemming",
  "geen-toestemming",
] as const;

export const StapSchema = Type.Object(
  {
    /** Stable id, unique in the catalogue: `<procedure-id>/<n>`. */
    id: Type.String({ pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }),
    soort: Keuze(STAP_SOORTEN),
    actor: ActorSchema,
    /** What happens, in the source's words. */
    actie: Type.String({ minLength: 1 }),
    /** What the step produces (a form, a decision, ...); null when nothing tangible. */
    product: Nullable(Type.String()),
    /** Who receives the product or the contact. */
    aan: Type.Array(ActorSchema),
    /** Who gets a copy (afschrift). */
    afschriftAan: Type.Array(ActorSchema),
    middel: Keuze(MIDDELEN),
    /** Decision outcomes a workflow must offer (toetsen, leveranciersbesluit, besluiten, ...). */
    uitkomsten: Type.Array(Keuze(UITKOMSTEN)),
    /** When urgent: may be done by phone first, the written product follows afterwards. */
    telefonischVooraf: Type.Boolean(),
    /** Skipped when urgent (e.g. the regioburgemeester's zienswijze, art. 56 lid 3). */
    overslaanBijSpoed: Type.Boolean(),
    /** Only when urgent (e.g. direct phone contact OvJ–OZI, formalising afterwards). */
    alleenBijSpoed: Type.Boolean(),
    /** May be left out (informal pre-consultation with CCB-KMar or the OVR). */
    optioneel: Type.Boolean(),
    /** Only when this condition holds (in words); null = always. */
    voorwaarde: Nullable(Type.String()),
    bron: Bronnen,
  },
  { additionalProperties: false },
);
export type Stap = Static<typeof StapSchema>;

/** The decider ids of the advice: role ids, plus `locc` for the LOCC as an organisation. */
export const BeslisserSchema = Type.Union([RolSchema, Type.Literal("locc")]);
export type Beslisser = Rol | "locc";

export const KOSTEN_REGIMES = [
  "fnik",
  "leverancier-mag-kosten-rekenen",
  "locc-kosteloos",
  "afspraken-over-kosten",
  "ifv-prijslijst",
  "onderling-af-te-spreken",
  "niet-vermeld",
] as const;

export const AfwijkingSchema = Type.Object(
  {
    /** What the source says. */
    bronZegt: Type.String({ minLength: 1 }),
    /** What the law (or the source's own other passage) says, and what the catalogue follows. */
    gevolgd: Type.String({ minLength: 1 }),
    bron: Bronnen,
  },
  { additionalProperties: false },
);

export const ProcedureSchema = Type.Object(
  {
    id: Keuze(PROCEDURE_IDS),
    titel: Type.String({ minLength: 1 }),
    factsheet: Keuze(["politie", "bevolkingszorg", "lcp-egt"] as const),
    /** The section (Toelichting number, flowchart part or heading id) that describes it. */
    sectie: Type.String({ minLength: 1 }),
    bron: Bronnen,
    soort: Type.Object({ waarde: Keuze(SOORTEN), bron: Bronnen }, { additionalProperties: false }),
    grondslag: Type.Object(
      { waarde: Nullable(Type.Array(GrondslagSchema, { minItems: 1 })), bron: Bronnen },
      { additionalProperties: false },
    ),
    /** Who requests and signs (the gezag or bevoegd bestuursorgaan); several = depends on the task. */
    gezag: Type.Object(
      { rollen: Type.Array(RolSchema, { minItems: 1 }), toelichting: Type.String(), bron: Bronnen },
      { additionalProperties: false },
    ),
    /** Who may file instead, when the need is not tied to one municipality (primus inter pares). */
    primusInterPares: Nullable(
      Type.Object(
        { rol: RolSchema, toelichting: Type.String(), bron: Bronnen },
        { additionalProperties: false },
      ),
    ),
    /** Who may prepare the request (draft the form, make the first call). */
    voorbereiding: Type.Object(
      { rollen: Type.Array(RolSchema, { minItems: 1 }), bron: Bronnen },
      { additionalProperties: false },
    ),
    /** Who may file/send it: a question's `requester` outside this list is refused. */
    magIndienen: Type.Object(
      { rollen: Type.Array(RolSchema, { minItems: 1 }), toelichting: Type.String(), bron: Bronnen },
      { additionalProperties: false },
    ),
    eersteContact: Type.Object(
      {
        contact: Keuze(CONTACT_IDS),
        /** The flowchart's "bij spoed 24/7". */
        spoed247: Type.Boolean(),
        toelichting: Type.String(),
        bron: Bronnen,
      },
      { additionalProperties: false },
    ),
    /** Other contacts a user may need. */
    contacten: Type.Array(Keuze(CONTACT_IDS)),
    voorwaarden: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: "^[a-z0-9-]+$" }),
          tekst: Type.String({ minLength: 1 }),
          bron: Bronnen,
        },
        { additionalProperties: false },
      ),
    ),
    besluit: Type.Object(
      {
        door: Type.Array(BeslisserSchema, { minItems: 1 }),
        /** On whose behalf (e.g. "namens de Minister van Veiligheid en Justitie"). */
        namens: Nullable(Type.String()),
        toelichting: Type.String(),
        bron: Bronnen,
      },
      { additionalProperties: false },
    ),
    /** Where the supplier (Defence) decides its own part. */
    leveranciersbesluit: Nullable(
      Type.Object(
        { door: BeslisserSchema, namens: Nullable(Type.String()), toelichting: Type.String(), bron: Bronnen },
        { additionalProperties: false },
      ),
    ),
    informeren: Type.Array(
      Type.Object({ wie: Type.String({ minLength: 1 }), bron: Bronnen }, { additionalProperties: false }),
    ),
    kosten: Type.Object(
      {
        regimes: Type.Array(Keuze(KOSTEN_REGIMES), { minItems: 1 }),
        toelichting: Type.String(),
        bron: Bronnen,
      },
      { additionalProperties: false },
    ),
    stappen: Type.Array(StapSchema, { minItems: 1 }),
    /** Where the source contradicts the law it cites (or itself), and what is followed. */
    afwijkingen: Type.Array(AfwijkingSchema),
    /** True for an entry that only points elsewhere (foreign police for justice tasks). */
    verwijzing: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type Procedure = Static<typeof ProcedureSchema>;

export const CatalogusSchema = Type.Array(ProcedureSchema, { minItems: 1 });
