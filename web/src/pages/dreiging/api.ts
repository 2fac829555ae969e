// Client for /api/v1/dreiging (ADR 0800). Every change carries an Idempotency-Key, so a
// retried click does nothing twice.
import { verzoek } from "../../api.ts";
import { nieuweSleutel } from "../aanvragen/api.ts";

export interface Wijziging {
  id: string;
  soort: "afkondiging" | "afschaling";
  vanNiveau: number | null;
  naarNiveau: number;
  op: string;
  duiding: string | null;
  oproepBurgers: string | null;
  overleg: { met: { id: string; naam: string; soort: string }[]; op: string; samenvatting: string } | null;
  informatie: { tekst: string; op: string } | null;
  informatieOpen: boolean;
  versie: number;
}

export interface Maatregel {
  id: string;
  gezagOrganisatie: { id: string; naam: string };
  gezagRol: string;
  omschrijving: string;
  voorbeeld: string | null;
  niveauBijNemen: number | null;
  genomenOp: string;
  vanKracht: boolean;
  nogVanKrachtNaVerlaging: boolean;
  beeindigdOp: string | null;
  communicatie: string | null;
  magBeeindigen: boolean;
  versie: number;
}

export interface Overzicht {
  stand: { niveau: number | null; gewijzigdOp: string | null; versie: number };
  wijzigingen: Wijziging[];
  maatregelen: Maatregel[];
  maatregelenVan: "alle" | "eigen-gezag";
  rechten: { niveauWijzigen: boolean; maatregelNemen: boolean };
  voorbeelden: { id: string; naam: string }[];
  bron: Record<string, string>;
}

const post = (pad: string, body: unknown) =>
  verzoek<Overzicht>("POST", pad, body, { "idempotency-key": nieuweSleutel() });

export const dreigingApi = {
  overzicht: () => verzoek<Overzicht>("GET", "/dreiging"),
  afkondigen: (b: { verwachteVersie: number; niveau: number; duiding: string; oproepBurgers: string }) =>
    post("/dreiging/afkondigen", b),
  afschalen: (b: {
    verwachteVersie: number;
    niveau: number;
    overleg: { met: string[]; moment: string; samenvatting: string };
  }) => post("/dreiging/afschalen", b),
  informatie: (id: string, b: { verwachteVersie: number; moment: string; tekst: string }) =>
    post(`/dreiging/wijzigingen/${encodeURIComponent(id)}/informatie`, b),
  maatregel: (b: { omschrijving: string; voorbeeld: string | null }) => post("/dreiging/maatregelen", b),
  beeindigen: (id: string, b: { verwachteVersie: number; communicatie: string }) =>
    post(`/dreiging/maatregelen/${encodeURIComponent(id)}/beeindigen`, b),
};

/** `datetime-local` wants local time without zone, to the minute. */
export function naarLokaal(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
export const vanLokaal = (v: string) => (v ? new Date(v).toISOString() : "");
