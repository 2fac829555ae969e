// Client for /api/v1/aanvragen. Types come from the pure domain (type-only imports: nothing of
// the decider is bundled; the server decides every step).
import type {
  Aanvraag,
  AanvraagGegevens,
  AanvraagStatus,
  GeenZienswijzeMogelijk,
  Gezag,
  Handeling,
  Namens,
  PartijTelefoon,
  Taak,
  TijdlijnRegel,
  WerkelijkeKosten,
  WijzigingVerzoek,
} from "../../../../src/domain/aanvragen/index.ts";
import type { Procedure, ProcedureId } from "../../../../src/domain/wegwijzer/index.ts";
import { ApiFout, verzoek } from "../../api.ts";

export type {
  Aanvraag,
  AanvraagGegevens,
  AanvraagStatus,
  GeenZienswijzeMogelijk,
  Gezag,
  Handeling,
  Namens,
  PartijTelefoon,
  Procedure,
  ProcedureId,
  Taak,
  TijdlijnRegel,
  WerkelijkeKosten,
  WijzigingVerzoek,
};

export interface AanvraagSamenvatting {
  id: string;
  referentienummer: string;
  procedureId: ProcedureId;
  titel: string;
  status: AanvraagStatus;
  spoed: boolean;
  /** A water-cannon exercise (ADR 0621). */
  oefening: boolean;
  regio: string;
  aangemaakt: string;
  bijgewerkt: string;
  openTaken: number;
  teLaat: boolean;
}

export interface AanvraagDetail {
  aanvraag: Aanvraag;
  procedure: Procedure;
  mijnTaken: Taak[];
  teOndertekenen: { taakId?: string; inhoud: string; hash: string } | null;
  /** The decider's rule for this user now: show the form editor and the attachment upload. */
  magFormulierWijzigen: boolean;
  /**
   * Lifecycle commands this user's role and organisation allow (the decider's rules):
   * `WijzigingAanvragen` is extending or scaling up, `Afschalen` scaling down (ADR 0605).
   */
  handelingen: Handeling[];
  /** Someone else's zienswijze whose absence this user may record after `vanaf` (ADR 0607). */
  geenZienswijze: GeenZienswijzeMogelijk[];
}

export interface MijnTaak {
  aanvraagId: string;
  referentienummer: string;
  procedureId: string;
  titel: string;
  status: AanvraagStatus;
  spoed: boolean;
  /** A water-cannon exercise (ADR 0621). */
  oefening: boolean;
  versie: number;
  taak: Taak;
  teLaat: boolean;
}

export interface Filter {
  regio?: string;
  procedure?: string;
  status?: string;
  spoed?: boolean;
  teLaat?: boolean;
}

export interface NieuweAanvraag {
  procedureId?: string;
  advies?: { procedureId: string; catalogusVersie: string; adviesId?: string | null };
  veiligheidsregioId: string;
  aanvragerOrganisatieId?: string;
  /** Left out for a water-cannon exercise (ADR 0621). */
  gezag?: Gezag;
  oefening?: boolean;
  spoed: boolean;
  gegevens?: Partial<AanvraagGegevens>;
}

/** An upload: the file's name, what the browser thinks it is, and its content as base64. */
export interface NieuweBijlage {
  naam: string;
  mediatype?: string;
  inhoud: string;
}

/** Every command the page can send (the server adds actor, time and checks everything). */
export type Commando =
  | { type: "StapAfronden"; taakId: string; toelichting?: string; organisaties?: string[] }
  | { type: "StapOverslaan"; taakId: string; reden: string }
  // The server derives what is signed from the state; the hash of what was shown must still match.
  | { type: "Ondertekenen"; taakId: string; inhoudHash: string; namens?: Namens | null }
  | { type: "ZienswijzeGeven"; taakId: string; zienswijze: string }
  | { type: "Toetsen"; taakId: string; uitkomst: string; redenen: string[] }
  | {
      type: "Leveranciersbesluit";
      taakId: string;
      uitkomst: "volledig" | "gedeeltelijk" | "afwijzen";
      redenen: string[];
      geleverd?: { aantal: number; toelichting: string };
      organisaties?: string[];
    }
  | {
      type: "Besluiten";
      taakId: string;
      uitkomst: string;
      redenen: string[];
      geleverd?: { aantal: number; toelichting: string };
    }
  | {
      type: "KorpschefWeigeren";
      omvang: "gedeeltelijk" | "afwijzen";
      redenen: string[];
      geleverd?: { aantal: number; toelichting: string };
    }
  | { type: "BeroepInstellen"; taakId: string; toelichting: string }
  | { type: "AdviesGeven"; taakId: string; advies: string }
  | {
      type: "AanwijzingGeven";
      taakId: string;
      uitkomst: "goedkeuren" | "afwijzen";
      aanwijzing: string;
      redenen: string[];
    }
  | {
      type: "TelefonischContactVastleggen";
      van: PartijTelefoon;
      aan: PartijTelefoon;
      op: string;
      afspraken: string;
      taakIds: string[];
      /** The phase the call concerns (0: the request itself; a change has its own; ADR 0608). */
      fase?: number;
    }
  | {
      type: "ConceptBijwerken";
      wijzigingen: Partial<AanvraagGegevens>;
      spoed?: boolean;
      gezag?: Gezag;
      oefening?: boolean;
    }
  | { type: "InzetStarten" }
  | { type: "WijzigingAanvragen"; wijziging: WijzigingVerzoek }
  | { type: "Demobiliseren" }
  | { type: "Afsluiten"; werkelijkeKosten: WerkelijkeKosten | null }
  | { type: "EvaluatieVastleggen"; notitie: string }
  | { type: "Intrekken"; reden: string };

export interface Melding {
  id: string;
  soort: string;
  titel: string;
  tekst: string;
  link: string | null;
  onderwerpSoort: string | null;
  onderwerpId: string | null;
  aangemaakt: string;
  gelezen: string | null;
}

/** A fresh key per click: a retried request (network hiccup) then does nothing twice. */
export function nieuweSleutel(): string {
  const c = globalThis.crypto as Partial<Crypto> | undefined;
  if (c?.randomUUID) return c.randomUUID();
  // Outside a secure context randomUUID is missing; getRandomValues is enough for a per-user key.
  const b = new Uint8Array(16);
  c?.getRandomValues?.(b);
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
}

const pad = (id: string, rest = "") => `/aanvragen/${encodeURIComponent(id)}${rest}`;

function zoekTekst(f: Filter): string {
  const q = new URLSearchParams();
  if (f.regio) q.set("regio", f.regio);
  if (f.procedure) q.set("procedure", f.procedure);
  if (f.status) q.set("status", f.status);
  if (f.spoed !== undefined) q.set("spoed", String(f.spoed));
  if (f.teLaat) q.set("teLaat", "true");
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * The municipalities the server accepts as the place of a request of this procedure and region:
 * its own rule (police: the unit; bevolkingszorg: the region; TIN: all; ADR 0604, 0614).
 */
export interface Gebied {
  gebied: "eenheid" | "veiligheidsregio" | "landelijk";
  omschrijving: string;
  gemeenten: string[];
}

export const aanvragenApi = {
  gebied: (procedureId: string, veiligheidsregioId: string) =>
    verzoek<Gebied>("GET", `/aanvragen/gebied?${new URLSearchParams({ procedureId, veiligheidsregioId })}`),
  lijst: (f: Filter = {}) =>
    verzoek<{ aanvragen: AanvraagSamenvatting[] }>("GET", `/aanvragen${zoekTekst(f)}`),
  detail: (id: string) => verzoek<AanvraagDetail>("GET", pad(id)),
  tijdlijn: (id: string) => verzoek<{ tijdlijn: TijdlijnRegel[] }>("GET", pad(id, "/tijdlijn")),
  nieuw: (a: NieuweAanvraag, sleutel: string) =>
    verzoek<{ aanvraag: Aanvraag }>("POST", "/aanvragen", a, { "idempotency-key": sleutel }),
  commando: (id: string, verwachteVersie: number, c: Commando, sleutel: string) =>
    verzoek<{ aanvraag: Aanvraag }>(
      "POST",
      pad(id, "/commando"),
      { ...c, verwachteVersie },
      { "idempotency-key": sleutel },
    ),
  herauthenticatie: (wachtwoord: string) =>
    verzoek<{ geldigTot: string }>("POST", "/sessie/herauthenticatie", { wachtwoord }),
  mijnTaken: () => verzoek<{ taken: MijnTaak[] }>("GET", "/mijn-taken"),
  pdfHref: (id: string) => `/api/v1${pad(id, "/formulier.pdf")}`,
  bijlageToevoegen: (id: string, verwachteVersie: number, b: NieuweBijlage, sleutel: string) =>
    verzoek<{ aanvraag: Aanvraag; bijlage: { id: string } }>(
      "POST",
      pad(id, "/bijlagen"),
      { ...b, verwachteVersie },
      { "idempotency-key": sleutel },
    ),
  bijlageHref: (id: string, bijlageId: string) =>
    `/api/v1${pad(id, `/bijlagen/${encodeURIComponent(bijlageId)}`)}`,
};

export const meldingenApi = {
  lijst: () => verzoek<{ meldingen: Melding[]; ongelezen: number }>("GET", "/meldingen"),
  gelezen: (id: string) =>
    verzoek<{ gelezen: string[] }>("POST", `/meldingen/${encodeURIComponent(id)}/gelezen`, undefined, {
      "idempotency-key": nieuweSleutel(),
    }),
  allesGelezen: () =>
    verzoek<{ gelezen: string[] }>("POST", "/meldingen/gelezen", undefined, {
      "idempotency-key": nieuweSleutel(),
    }),
};

/** sha256 (hex) of exactly the text shown, computed here so the hash is of what the signer saw. */
export async function sha256Hex(tekst: string): Promise<string | null> {
  if (typeof crypto === "undefined" || !crypto.subtle) return null;
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(tekst));
  return [...new Uint8Array(d)].map((x) => x.toString(16).padStart(2, "0")).join("");
}

export const isConflict = (e: unknown): e is ApiFout =>
  e instanceof ApiFout && e.status === 409 && (e.code === "versie-conflict" || e.code === "conflict");

let namen: Promise<Map<string, string>> | undefined;
/** Organisation id → name, fetched once per page load (reference data). */
export function organisatieNamen(): Promise<Map<string, string>> {
  namen ??= verzoek<{ organisaties: { id: string; naam: string }[] }>("GET", "/organisaties")
    .then((r) => new Map(r.organisaties.map((o) => [o.id, o.naam])))
    .catch((e) => {
      namen = undefined;
      throw e;
    });
  return namen;
}
