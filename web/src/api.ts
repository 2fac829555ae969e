// Typed client for the Knooppunt API (/api/v1). Errors come back as RFC 9457 problem
// documents; they become an ApiFout so a form can show `detail` and each `velden` entry
// beside its own field.
import type { Rol } from "../../src/domain/organisaties/rollen.ts";

export const API_BASIS = "/api/v1";

export interface Organisatie {
  id: string;
  naam: string;
  soort: string;
  ouderId?: string | null;
  regioId?: string | null;
}

export interface Gebruiker {
  id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
  organisatie: { id: string; naam: string; soort: string };
  rollen: Rol[];
  actief: boolean;
}

export interface Sessie {
  gebruiker: Gebruiker;
  csrfToken: string;
}

export interface VeldFout {
  veld: string;
  melding: string;
}

export interface Probleem {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  velden?: VeldFout[];
}

export class ApiFout extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly velden: VeldFout[];
  /** The whole problem document (409 carries huidigeVersie and the current state). */
  readonly probleem: Probleem & Record<string, unknown>;

  constructor(status: number, probleem: Probleem) {
    const detail = probleem.detail ?? probleem.title ?? standaardMelding(status);
    super(detail);
    this.name = "ApiFout";
    this.status = status;
    this.code = probleem.code ?? `http-${status}`;
    this.detail = detail;
    this.velden = Array.isArray(probleem.velden) ? probleem.velden : [];
    this.probleem = probleem as Probleem & Record<string, unknown>;
  }

  /** The message for one field, if the server named it ("naam", "/naam" or "body.naam"). */
  veld(naam: string): string | undefined {
    return this.velden.find((v) => veldNaam(v.veld) === naam)?.melding;
  }

  /** All field messages keyed by plain field name. */
  veldMeldingen(): Record<string, string> {
    const uit: Record<string, string> = {};
    for (const v of this.velden) uit[veldNaam(v.veld)] ??= v.melding;
    return uit;
  }
}

function veldNaam(veld: string): string {
  return (
    veld
      .replace(/^\/+/, "")
      .replace(/^body[./]/, "")
      .split(/[./]/)[0] ?? veld
  );
}

function standaardMelding(status: number): string {
  if (status === 0) return "De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.";
  if (status === 401) return "U bent niet (meer) ingelogd.";
  if (status === 403) return "U hebt geen toegang tot deze gegevens.";
  if (status === 404) return "Niet gevonden.";
  if (status === 429) return "Te veel pogingen. Wacht even en probeer het opnieuw.";
  if (status >= 500) return "Er ging iets mis op de server. Probeer het later opnieuw.";
  return "Het verzoek is niet gelukt.";
}

const MUTEREND = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// The CSRF token comes with the session; the client keeps it in memory only.
let csrfToken: string | undefined;
export function zetCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const nietIngelogdLuisteraars = new Set<() => void>();
/** Called when a request (other than the session itself) gets 401: the session expired. */
export function bijNietIngelogd(f: () => void): () => void {
  nietIngelogdLuisteraars.add(f);
  return () => nietIngelogdLuisteraars.delete(f);
}

export type Methode = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function verzoek<T>(
  methode: Methode,
  pad: string,
  body?: unknown,
  extraKoppen: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: "application/json, application/problem+json",
    ...extraKoppen,
  };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (MUTEREND.has(methode) && csrfToken) headers["x-csrf-token"] = csrfToken;

  let antwoord: Response;
  try {
    antwoord = await fetch(`${API_BASIS}${pad}`, {
      method: methode,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiFout(0, { code: "netwerkfout" });
  }

  if (antwoord.status === 204) return undefined as T;
  const soort = antwoord.headers.get("content-type") ?? "";
  const json: unknown = soort.includes("json") ? await antwoord.json().catch(() => undefined) : undefined;
  if (!antwoord.ok) {
    const fout = new ApiFout(antwoord.status, (json ?? {}) as Probleem);
    // A wrong password at re-authentication (or a stale one when signing) is 401 too, but the
    // session itself is still fine: only "niet-ingelogd" (or no code) means it ended.
    const sessieWeg = fout.code === "niet-ingelogd" || fout.code === "http-401";
    if (fout.status === 401 && pad !== "/sessie" && sessieWeg) for (const f of nietIngelogdLuisteraars) f();
    throw fout;
  }
  return json as T;
}

export const api = {
  sessie: {
    huidige: () => verzoek<Sessie>("GET", "/sessie"),
    inloggen: (gebruikersnaam: string, wachtwoord: string) =>
      verzoek<Sessie>("POST", "/sessie", { gebruikersnaam, wachtwoord }),
    uitloggen: () => verzoek<void>("DELETE", "/sessie"),
  },
  gebruikers: {
    lijst: () => verzoek<{ gebruikers: Gebruiker[] }>("GET", "/gebruikers"),
    toevoegen: (nieuw: NieuweGebruiker) => verzoek<{ gebruiker: Gebruiker }>("POST", "/gebruikers", nieuw),
    blokkeren: (id: string) =>
      verzoek<{ gebruiker: Gebruiker }>("POST", `/gebruikers/${encodeURIComponent(id)}/blokkeren`),
  },
  organisaties: {
    zoek: (filter: { soort?: string; zoek?: string } = {}) => {
      const q = new URLSearchParams();
      if (filter.soort) q.set("soort", filter.soort);
      if (filter.zoek) q.set("zoek", filter.zoek);
      const s = q.toString();
      return verzoek<{ organisaties: Organisatie[] }>("GET", `/organisaties${s ? `?${s}` : ""}`);
    },
  },
};

export interface NieuweGebruiker {
  gebruikersnaam: string;
  naam: string;
  email?: string;
  organisatieId: string;
  rollen: Rol[];
  wachtwoord: string;
}
