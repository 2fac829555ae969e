// Types of a request (aanvraag): its data, the tasks derived from its procedure, the commands that
// change it and the events that record every change. Times in events and state are ISO strings so
// that both survive a JSON round trip through the store unchanged; commands carry `nu: Date`.
import type { Rol } from "../organisaties/rollen.ts";
import type { ProcedureId, StapSoort, UITKOMSTEN } from "../wegwijzer/typen.ts";

export type Uitkomst = (typeof UITKOMSTEN)[number];

/** The user acting, as the edge knows them after authentication. */
export interface Gebruiker {
  gebruikerId: string;
  naam: string;
  rollen: readonly Rol[];
  organisatieId: string;
}

/** Who did something, as recorded in events (roles as held at that moment). */
export interface Door {
  gebruikerId: string;
  naam: string;
  rollen: Rol[];
  organisatieId: string;
}

export interface Contactpersoon {
  naam: string;
  telefoon: string;
  email: string;
}

export interface Incident {
  naam: string;
  plaats: string;
  /** ISO time the incident started. */
  start: string;
  type: string;
}

export interface Gevraagd {
  /** Id from the capacity catalogue (src/domain/capaciteit/catalogus.ts). */
  capaciteitType: string;
  aantal: number;
  specialisme: string | null;
  omschrijving: string;
}

export interface Coordinaten {
  lat: number;
  lon: number;
}

export interface Plaats {
  /** Municipality organisation ids (gm0344, ...); several possible. */
  gemeenten: string[];
  adres: string | null;
  coordinaten: Coordinaten | null;
}

export interface Periode {
  van: string;
  /** null = open-ended (open einde). */
  tot: string | null;
}

export const KOSTEN_VERWACHTINGEN = [
  "fnik",
  "leverancier-brengt-kosten-in-rekening",
  "kosteloos",
  "onderling-af-te-spreken",
  "onbekend",
] as const;
export type KostenRegime = (typeof KOSTEN_VERWACHTINGEN)[number];

export interface Kostenverwachting {
  regime: KostenRegime;
  /** Expected amount in euro cents, if known. */
  bedragCent: number | null;
  toelichting: string;
}

export interface Bijlage {
  id: string;
  naam: string;
  mediatype: string;
  grootteBytes: number;
  /** sha256 (hex) of the file content, computed at the edge. */
  sha256: string;
}

/** The fields of the request form. Everything may be empty in a draft; the form step checks completeness. */
export interface AanvraagGegevens {
  contact: Contactpersoon | null;
  incident: Incident | null;
  reden: string;
  beoogdEffect: string;
  gevraagd: Gevraagd | null;
  plaats: Plaats;
  periode: Periode | null;
  kostenverwachting: Kostenverwachting | null;
  bijlagen: Bijlage[];
  /** Militaire steunverlening only: why no market party can do it (factsheet bevolkingszorg, "Welke steunverlening"). */
  motiveringGeenMarktpartij: string | null;
  /**
   * The requester states acuut gevaar met een nog groter risico op slachtoffers or an acute
   * vervolgdreiging (LCP-EGT §3.2.3). Absent = no (regulier); `spoed` is not this (ADR 0660).
   */
  acuteDreiging?: boolean;
}

export interface Gezag {
  rol: Rol;
  /** The person holding the authority (e.g. the mayor's name). */
  naam: string;
}

/**
 * The organisations the procedure's relative actors resolve to for this request
 * (see ADR 0600): fixed at creation from the region, except the lists set during the procedure.
 */
export interface AanvraagContext {
  veiligheidsregioId: string;
  /** VR code (VR09), used in the reference number. */
  regioCode: string;
  eenheidId: string;
  rccbId: string;
  parketId: string;
  ovrId: string;
  /** The regioburgemeester's organisation: defaults to the police unit, the edge may pass the mayor's gemeente. */
  regioburgemeesterOrganisatieId: string;
  /** NSGBO (politie-nsgbo) or SGBO KMar (kmar-sgbo): the staff that files a TIN request. */
  stafOrganisatieId: string;
  /** Police units' RCCBs that supply (set when LE-POB coordinates). */
  leverendeEenheden: string[];
  /** Safety regions approached by the LOCC for bevolkingszorg capacity. */
  andereRegios: string[];
}

export type TaakStatus = "open" | "gereed" | "overgeslagen" | "vervallen";

export type CommandoSoort =
  | "StapAfronden"
  | "Ondertekenen"
  | "ZienswijzeGeven"
  | "Toetsen"
  | "Leveranciersbesluit"
  | "Besluiten"
  | "KorpschefWeigeren"
  | "BeroepInstellen"
  | "AdviesGeven"
  | "AanwijzingGeven";

export interface Eigenaar {
  rol: Rol;
  /** Any user with `rol` in one of these organisations may act. */
  organisaties: string[];
}

export interface Afhandeling {
  status: "gereed" | "overgeslagen" | "vervallen";
  op: string;
  door: Door | null;
  uitkomst: Uitkomst | null;
  reden: string | null;
  /** Done by phone first on the urgent path (written form follows). */
  telefonisch: boolean;
  /** A skip because the step's due time passed without an answer (StapOvergeslagen.termijnVerstreken). */
  termijnVerstreken?: string;
}

export interface Taak {
  /** `<fase>:<stapId>` or `<fase>:<stapId>@<organisatieId>` where every organisation acts separately. */
  id: string;
  fase: number;
  stapId: string;
  soort: StapSoort;
  actie: string;
  eigenaar: Eigenaar;
  commando: CommandoSoort;
  uitkomsten: Uitkomst[];
  status: TaakStatus;
  /** Open and nothing blocks it now. */
  beschikbaar: boolean;
  /** Task ids that must be resolved first. */
  wachtOp: string[];
  beschikbaarSinds: string | null;
  uiterlijk: string | null;
  magOverslaan: boolean;
  /** Part of the written formalisation on the urgent path. */
  formalisering: boolean;
  afhandeling: Afhandeling | null;
}

export type FaseAanleiding = "aanvraag" | "beroep" | "wijziging";

export interface Fase {
  nr: number;
  procedureId: ProcedureId;
  aanleiding: FaseAanleiding;
  gestartOp: string;
  /** The change that opened this phase, if any. */
  wijziging: WijzigingVerzoek | null;
  /** The outcome once decided (derived from the deciding step, or set by a refusal). */
  uitkomst: "toegekend" | "gedeeltelijk" | "afgewezen" | null;
  /** Granted quantity when partly granted. */
  geleverd: Geleverd | null;
  /** §9 phase: the extent of the korpschef's refusal, and the phase it refused. */
  weigering: "gedeeltelijk" | "afwijzen" | null;
  betreftFase: number | null;
}

export type BesluitSoort =
  | "toets"
  | "leverancier"
  | "eindbesluit"
  | "weigering-korpschef"
  | "beroep"
  | "advies"
  | "aanwijzing"
  | "zienswijze";

export interface Geleverd {
  aantal: number;
  toelichting: string;
}

export interface BesluitRegel {
  soort: BesluitSoort;
  taakId: string | null;
  fase: number;
  uitkomst: Uitkomst | null;
  redenen: string[];
  tekst: string | null;
  geleverd: Geleverd | null;
  door: Door;
  namens: string | null;
  op: string;
}

export interface Namens {
  naam: string;
  functie: string;
}

export interface Handtekening {
  taakId: string;
  organisatieId: string;
  door: Door;
  /** "door of namens": the person on whose behalf, if not the signer. */
  namens: Namens | null;
  op: string;
  herauthenticatieOp: string;
  inhoudHash: string;
  /** Set when a request for more information reopened the signing. */
  vervallenOp: string | null;
}

export interface PartijTelefoon {
  naam: string;
  rol: Rol | null;
  organisatieId: string;
  telefoon: string | null;
}

export interface TelefonischContact {
  van: PartijTelefoon;
  aan: PartijTelefoon;
  op: string;
  afspraken: string;
  taakIds: string[];
  vastgelegdDoor: Door;
  /** The phase the call concerns (0: the request itself; a change has its own; ADR 0608). */
  fase: number;
}

export type WijzigingSoort = "verlengen" | "opschalen" | "afschalen";

export interface WijzigingVerzoek {
  soort: WijzigingSoort;
  nieuwTot: string | null;
  nieuwAantal: number | null;
  reden: string;
  /**
   * The change itself is urgent (its own statement; it never inherits the request's): it may go by
   * phone first with its own recorded call and its own formalisation deadline (ADR 0608). Absent
   * (not false) when not urgent, so the content signed for older changes stays the same.
   */
  spoed?: true;
}

export type AanvraagStatus =
  | "concept"
  | "in-behandeling"
  | "aanvulling-gevraagd"
  | "in-beroep"
  | "toegekend"
  | "gedeeltelijk-toegekend"
  | "afgewezen"
  | "in-uitvoering"
  | "gedemobiliseerd"
  | "afgesloten"
  | "ingetrokken";

export interface TijdlijnRegel {
  op: string;
  type: AanvraagEvent["type"];
  door: Door;
  namens: string | null;
  omschrijving: string;
  taakId: string | null;
}

export interface Inzet {
  gestartOp: string | null;
  /** Started on the urgent path before the written formalisation was complete. */
  voorFormalisering: boolean;
  formaliserenUiterlijk: string | null;
  gedemobiliseerdOp: string | null;
}

export interface Aanvraag {
  id: string;
  referentienummer: string;
  procedureId: ProcedureId;
  catalogusVersie: string;
  adviesId: string | null;
  aanvrager: { organisatieId: string };
  /** Null only for an exercise (`oefening`): no bevoegd gezag needed (fp toelichting 2, ADR 0621). */
  gezag: Gezag | null;
  /** A water-cannon exercise (fp toelichting 2): no bevoegd gezag on the form (ADR 0621). */
  oefening: boolean;
  context: AanvraagContext;
  gegevens: AanvraagGegevens;
  spoed: boolean;
  status: AanvraagStatus;
  fasen: Fase[];
  taken: Taak[];
  besluiten: BesluitRegel[];
  handtekeningen: Handtekening[];
  telefonischeContacten: TelefonischContact[];
  inzet: Inzet;
  /** Granted quantity after the decision (may be less than asked). */
  toegekendAantal: number | null;
  wijzigingen: (WijzigingVerzoek & { op: string; fase: number | null })[];
  afsluiting: { op: string; werkelijkeKosten: WerkelijkeKosten } | null;
  evaluaties: { op: string; door: Door; notitie: string }[];
  ingetrokken: { op: string; reden: string } | null;
  /** A check asked for more information and the drafter has not yet answered. */
  aanvullingGevraagd: boolean;
  /** Keys of reminders and escalations already sent (see herinneringen). */
  verstuurd: string[];
  tijdlijn: TijdlijnRegel[];
  aangemaaktOp: string;
  bijgewerktOp: string;
  /** Number of events applied: the expected version of the next command. */
  versie: number;
  /** Internal: completions per task id (the tasks above are derived from these). */
  afhandelingen: Record<string, Afhandeling>;
}

export interface WerkelijkeKosten {
  bedragCent: number;
  toelichting: string;
}

// ---------------------------------------------------------------- commands

interface CommandoBasis {
  aanvraagId: string;
  actor: Gebruiker;
  nu: Date;
  /** The version the user saw; a different current version is a conflict (409). */
  verwachteVersie: number;
}

export interface RouterAdvies {
  procedureId: ProcedureId;
  catalogusVersie: string;
  adviesId?: string | null;
}

export interface ConceptAanmaken extends CommandoBasis {
  type: "ConceptAanmaken";
  /** From the router, or `procedureId` chosen directly. */
  advies?: RouterAdvies;
  procedureId?: ProcedureId;
  /** Per year and region, allocated by the store (see referentieSleutel). */
  volgnummer: number;
  aanvragerOrganisatieId: string;
  veiligheidsregioId: string;
  /** Required for an actual deployment; null (or absent) for an exercise (ADR 0621). */
  gezag: Gezag | null;
  /** A water-cannon exercise (politie-2-waterwerper only; fp toelichting 2, ADR 0621). */
  oefening?: boolean;
  spoed: boolean;
  gegevens?: Partial<AanvraagGegevens>;
  regioburgemeesterOrganisatieId?: string;
  /**
   * The safety region (VR code) of each municipality the command names in plaats.gemeenten, as the
   * edge finds it in the organisation rows (null: not a known municipality). Set by the edge, never
   * by the client; the rule that uses it is in gebied.ts (ADR 0604).
   */
  gemeenteRegios?: Record<string, string | null>;
}

export interface ConceptBijwerken extends CommandoBasis {
  type: "ConceptBijwerken";
  wijzigingen: Partial<AanvraagGegevens>;
  spoed?: boolean;
  gezag?: Gezag;
  /**
   * Mark or unmark a draft as a water-cannon exercise (ADR 0621). True drops the gezag; false needs
   * `gezag` in the same command.
   */
  oefening?: boolean;
  /**
   * The safety region (VR code) of each municipality the command names in plaats.gemeenten, as the
   * edge finds it in the organisation rows (null: not a known municipality). Set by the edge, never
   * by the client; the rule that uses it is in gebied.ts (ADR 0604).
   */
  gemeenteRegios?: Record<string, string | null>;
  /**
   * An uploaded attachment to add, with the metadata the server computed from the stored bytes. Set
   * only by the upload route; `wijzigingen.bijlagen` can only keep or drop what is on the form
   * (security review F3, ADR 0610).
   */
  bijlageToevoegen?: Bijlage;
}

interface TaakCommando extends CommandoBasis {
  taakId: string;
}

export interface StapAfronden extends TaakCommando {
  type: "StapAfronden";
  toelichting?: string;
  /** Organisations approached or supplying, where the step's recipients are `andere-regio` / `leverende-eenheden`. */
  organisaties?: string[];
}

export interface StapOverslaan extends TaakCommando {
  type: "StapOverslaan";
  reden: string;
}

export interface Ondertekenen extends TaakCommando {
  type: "Ondertekenen";
  /** When the edge last re-authenticated the user; must be within `herauthenticatieMinuten`. */
  herauthenticatieOp: Date;
  /**
   * How old that re-authentication may be, in minutes: the edge passes its configured window
   * (REAUTH_MINUTES), the one /sessie/herauthenticatie reports; default TERMIJNEN (ADR 0612).
   */
  herauthenticatieMinuten?: number;
  /** The canonical JSON the user saw (teOndertekenenInhoud) and its sha256 in hex. */
  inhoud: string;
  inhoudHash: string;
  namens?: Namens | null;
}

export interface ZienswijzeGeven extends TaakCommando {
  type: "ZienswijzeGeven";
  zienswijze: string;
}

export interface Toetsen extends TaakCommando {
  type: "Toetsen";
  uitkomst: Uitkomst;
  redenen: string[];
}

export interface LeveranciersbesluitNemen extends TaakCommando {
  type: "Leveranciersbesluit";
  uitkomst: "volledig" | "gedeeltelijk" | "afwijzen";
  redenen: string[];
  /** Required for `gedeeltelijk`: how much of what was asked. */
  geleverd?: Geleverd;
  organisaties?: string[];
}

export interface Besluiten extends TaakCommando {
  type: "Besluiten";
  uitkomst: Uitkomst;
  redenen: string[];
  geleverd?: Geleverd;
}

export interface KorpschefWeigeren extends CommandoBasis {
  type: "KorpschefWeigeren";
  omvang: "gedeeltelijk" | "afwijzen";
  redenen: string[];
  geleverd?: Geleverd;
}

export interface BeroepInstellen extends TaakCommando {
  type: "BeroepInstellen";
  toelichting: string;
}

export interface AdviesGeven extends TaakCommando {
  type: "AdviesGeven";
  advies: string;
}

export interface AanwijzingGeven extends TaakCommando {
  type: "AanwijzingGeven";
  uitkomst: "goedkeuren" | "afwijzen";
  aanwijzing: string;
  redenen: string[];
}

export interface TelefonischContactVastleggen extends CommandoBasis {
  type: "TelefonischContactVastleggen";
  van: PartijTelefoon;
  aan: PartijTelefoon;
  op: Date;
  afspraken: string;
  /** Steps this call did (contact steps, or steps the procedure lets go by phone first). */
  taakIds: string[];
  /** The phase the call concerns; default: that of `taakIds`, else the latest undecided phase. */
  fase?: number;
}

export interface InzetStarten extends CommandoBasis {
  type: "InzetStarten";
}

export interface WijzigingAanvragen extends CommandoBasis {
  type: "WijzigingAanvragen";
  wijziging: Omit<WijzigingVerzoek, "spoed"> & { spoed?: boolean };
}

export interface Demobiliseren extends CommandoBasis {
  type: "Demobiliseren";
}

export interface Afsluiten extends CommandoBasis {
  type: "Afsluiten";
  werkelijkeKosten: WerkelijkeKosten | null;
}

export interface EvaluatieVastleggen extends CommandoBasis {
  type: "EvaluatieVastleggen";
  notitie: string;
}

export interface Intrekken extends CommandoBasis {
  type: "Intrekken";
  reden: string;
}

/** Run by the edge's scheduler (any actor): records due reminders and escalations once. */
export interface TermijnenBewaken extends CommandoBasis {
  type: "TermijnenBewaken";
}

export type AanvraagCommando =
  | ConceptAanmaken
  | ConceptBijwerken
  | StapAfronden
  | StapOverslaan
  | Ondertekenen
  | ZienswijzeGeven
  | Toetsen
  | LeveranciersbesluitNemen
  | Besluiten
  | KorpschefWeigeren
  | BeroepInstellen
  | AdviesGeven
  | AanwijzingGeven
  | TelefonischContactVastleggen
  | InzetStarten
  | WijzigingAanvragen
  | Demobiliseren
  | Afsluiten
  | EvaluatieVastleggen
  | Intrekken
  | TermijnenBewaken;

// ---------------------------------------------------------------- events

/** Bump when an event's shape changes; evolve reads every version it knows. */
export const EVENT_SCHEMA_VERSIE = 1;

interface EventBasis {
  aanvraagId: string;
  schemaVersie: number;
  op: string;
  door: Door;
}

/** How a completed step affects the whole request (computed by decide, applied by evolve). */
export interface Gevolg {
  /** Task ids reopened (request for more information). */
  heropend: string[];
  /** Task ids that lapse (refusal ends the request, condition not met). */
  vervallen: string[];
  /** Phases that end refused by this step (phase 0 = the request itself). */
  afgewezenFasen: number[];
}

export interface AanvraagAangemaakt extends EventBasis {
  type: "AanvraagAangemaakt";
  referentienummer: string;
  procedureId: ProcedureId;
  catalogusVersie: string;
  adviesId: string | null;
  aanvragerOrganisatieId: string;
  /** Null for an exercise (ADR 0621). */
  gezag: Gezag | null;
  /** Absent in events before ADR 0621 and for an actual deployment. */
  oefening?: true;
  spoed: boolean;
  context: AanvraagContext;
  gegevens: AanvraagGegevens;
}

export interface ConceptBijgewerkt extends EventBasis {
  type: "ConceptBijgewerkt";
  wijzigingen: Partial<AanvraagGegevens>;
  spoed: boolean | null;
  gezag: Gezag | null;
  /** Absent: unchanged. True drops the gezag (evolve); false comes with a gezag (ADR 0621). */
  oefening?: boolean;
}

interface StapEventBasis extends EventBasis {
  taakId: string;
  gevolg: Gevolg;
}

export interface StapAfgerond extends StapEventBasis {
  type: "StapAfgerond";
  toelichting: string | null;
  organisaties: string[];
}

export interface StapOvergeslagen extends StapEventBasis {
  type: "StapOvergeslagen";
  reden: string;
  /**
   * Set when the requesting side records that no zienswijze came in: the due time that had passed
   * (art. 56 lid 3 Politiewet 2012 asks only that the regioburgemeester "in de gelegenheid is
   * gesteld"; ADR 0607). Absent on every other skip.
   */
  termijnVerstreken?: string;
}

export interface Ondertekend extends StapEventBasis {
  type: "Ondertekend";
  organisatieId: string;
  namens: Namens | null;
  herauthenticatieOp: string;
  inhoudHash: string;
}

export interface ZienswijzeGegeven extends StapEventBasis {
  type: "ZienswijzeGegeven";
  zienswijze: string;
}

export interface Getoetst extends StapEventBasis {
  type: "Getoetst";
  uitkomst: Uitkomst;
  redenen: string[];
}

export interface LeveranciersbesluitGenomen extends StapEventBasis {
  type: "LeveranciersbesluitGenomen";
  uitkomst: "volledig" | "gedeeltelijk" | "afwijzen";
  redenen: string[];
  geleverd: Geleverd | null;
  organisaties: string[];
}

export interface BesluitGenomen extends StapEventBasis {
  type: "BesluitGenomen";
  uitkomst: Uitkomst;
  redenen: string[];
  geleverd: Geleverd | null;
  namens: string | null;
}

export interface KorpschefWeigerde extends EventBasis {
  type: "KorpschefWeigerde";
  omvang: "gedeeltelijk" | "afwijzen";
  redenen: string[];
  geleverd: Geleverd | null;
  /** The taakId of the refusal step (own §9 request), or the new §9 phase appended to a §1/§6 request. */
  taakId: string | null;
  nieuweFase: number | null;
  /** The phase whose request was refused. */
  betreftFase: number;
  gevolg: Gevolg;
}

export interface BeroepIngesteld extends StapEventBasis {
  type: "BeroepIngesteld";
  toelichting: string;
}

export interface AdviesGegeven extends StapEventBasis {
  type: "AdviesGegeven";
  advies: string;
}

export interface AanwijzingGegeven extends StapEventBasis {
  type: "AanwijzingGegeven";
  uitkomst: "goedkeuren" | "afwijzen";
  aanwijzing: string;
  redenen: string[];
}

export interface TelefonischContactVastgelegd extends EventBasis {
  type: "TelefonischContactVastgelegd";
  van: PartijTelefoon;
  aan: PartijTelefoon;
  gebeld: string;
  afspraken: string;
  taakIds: string[];
  /** Absent in events before ADR 0608: phase 0. */
  fase?: number;
}

export interface InzetGestart extends EventBasis {
  type: "InzetGestart";
  voorFormalisering: boolean;
  formaliserenUiterlijk: string | null;
}

export interface WijzigingAangevraagd extends EventBasis {
  type: "WijzigingAangevraagd";
  wijziging: WijzigingVerzoek;
  /** The new phase that goes through the procedure again; null when no new decision is needed. */
  nieuweFase: number | null;
}

export interface Gedemobiliseerd extends EventBasis {
  type: "Gedemobiliseerd";
}

export interface Afgesloten extends EventBasis {
  type: "Afgesloten";
  werkelijkeKosten: WerkelijkeKosten;
  vervallen: string[];
}

export interface EvaluatieVastgelegd extends EventBasis {
  type: "EvaluatieVastgelegd";
  notitie: string;
}

export interface Ingetrokken extends EventBasis {
  type: "Ingetrokken";
  reden: string;
  vervallen: string[];
}

export interface HerinneringVerstuurd extends EventBasis {
  type: "HerinneringVerstuurd";
  sleutel: string;
  taakId: string | null;
  aan: Eigenaar[];
  uiterlijk: string;
  reden: string;
}

export interface GeescaleerdNaarLocc extends EventBasis {
  type: "GeescaleerdNaarLocc";
  sleutel: string;
  taakId: string | null;
  uiterlijk: string;
  reden: string;
}

export type AanvraagEvent =
  | AanvraagAangemaakt
  | ConceptBijgewerkt
  | StapAfgerond
  | StapOvergeslagen
  | Ondertekend
  | ZienswijzeGegeven
  | Getoetst
  | LeveranciersbesluitGenomen
  | BesluitGenomen
  | KorpschefWeigerde
  | BeroepIngesteld
  | AdviesGegeven
  | AanwijzingGegeven
  | TelefonischContactVastgelegd
  | InzetGestart
  | WijzigingAangevraagd
  | Gedemobiliseerd
  | Afgesloten
  | EvaluatieVastgelegd
  | Ingetrokken
  | HerinneringVerstuurd
  | GeescaleerdNaarLocc;
