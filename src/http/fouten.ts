// One catalogue of error codes: HTTP status and a Dutch explanation. Answers are RFC 9457
// problem documents; `type` is stable per code so clients can switch on it.
export const FOUTEN = {
  "ongeldige-invoer": { status: 400, titel: "Ongeldige invoer" },
  "niet-ingelogd": { status: 401, titel: "Niet ingelogd" },
  "inloggen-mislukt": { status: 401, titel: "Inloggen mislukt" },
  "herauthenticatie-nodig": { status: 401, titel: "Opnieuw inloggen nodig" },
  // The code the request signing refusal uses (aanvragen/fouten.ts), so clients handle both alike.
  "herauthenticatie-vereist": { status: 401, titel: "Opnieuw inloggen vereist" },
  "geen-toegang": { status: 403, titel: "Geen toegang" },
  "csrf-ongeldig": { status: 403, titel: "Beveiligingstoken ongeldig" },
  "niet-gevonden": { status: 404, titel: "Niet gevonden" },
  conflict: { status: 409, titel: "Conflict" },
  "bestaat-al": { status: 409, titel: "Bestaat al" },
  "niet-toegestaan": { status: 422, titel: "Niet toegestaan" },
  "te-groot": { status: 413, titel: "Te groot" },
  "adres-te-lang": { status: 414, titel: "Adres te lang" },
  "te-veel-verzoeken": { status: 429, titel: "Te veel verzoeken" },
  "niet-beschikbaar": { status: 503, titel: "Niet beschikbaar" },
  "interne-fout": { status: 500, titel: "Interne fout" },
} as const;
export type FoutCode = keyof typeof FOUTEN;

export interface VeldFout {
  veld: string;
  melding: string;
}

export class Fout extends Error {
  constructor(
    readonly code: FoutCode,
    readonly detail: string,
    readonly velden: VeldFout[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
  get status(): number {
    return FOUTEN[this.code].status;
  }
}

export function probleem(
  code: FoutCode,
  detail: string,
  velden: VeldFout[] = [],
  extra: Record<string, unknown> = {},
) {
  return {
    type: `https://knooppunt.nl/problemen/${code}`,
    title: FOUTEN[code].titel,
    status: FOUTEN[code].status,
    code,
    detail,
    ...(velden.length ? { velden } : {}),
    ...extra,
  };
}
