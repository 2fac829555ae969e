// Readable Dutch for texts the domain writes with codes in them (timeline descriptions and
// notification reasons): step ids become the step's action from the catalogue, organisation and
// procedure ids become names, amounts and times are written the Dutch way. Pure: the names come in
// as functions, so the server (names from the database), the PDF and the web page share it.
import type { Aanvraag, AanvraagStatus } from "../domain/aanvragen/typen.ts";

export interface Namen {
  /** Organisation id → name (the id itself when unknown). */
  organisatie: (id: string) => string;
  /** Procedure id → title (the id itself when unknown). */
  procedure?: (id: string) => string;
}

const EURO = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** "€ 18.250,50" for an amount in euro cents. */
export function euroNl(cent: number): string {
  return EURO.format(cent / 100).replace(/\u00a0/g, " ");
}

/** "10 maart 2026 13:05" in Dutch time. */
export function tijdstipNl(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  });
}

export const STATUS_TEKST: Record<AanvraagStatus, string> = {
  concept: "concept",
  "in-behandeling": "in behandeling",
  "aanvulling-gevraagd": "aanvulling gevraagd",
  "in-beroep": "in beroep",
  toegekend: "toegekend",
  "gedeeltelijk-toegekend": "gedeeltelijk toegekend",
  afgewezen: "afgewezen",
  "in-uitvoering": "in uitvoering",
  gedemobiliseerd: "gedemobiliseerd",
  afgesloten: "afgesloten",
  ingetrokken: "ingetrokken",
};

const VELD: Record<string, string> = {
  contact: "contactpersoon",
  incident: "incident",
  reden: "reden",
  beoogdEffect: "beoogd effect",
  gevraagd: "gevraagde capaciteit",
  plaats: "plaats",
  periode: "periode",
  kostenverwachting: "kostenverwachting",
  bijlagen: "bijlagen",
  motiveringGeenMarktpartij: "motivering geen marktpartij",
};

/** The step's action, short enough for one line, without the closing full stop. */
export function stapKort(actie: string, max = 90): string {
  const zin = actie.replace(/\s+/g, " ").trim();
  const eerste = zin.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? zin;
  const kort = eerste.length > max ? `${eerste.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : eerste;
  return kort.replace(/\.$/, "");
}

const ISO_TIJD = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
const BEDRAG = /€\s?(\d+)(?:\.(\d{1,2}))?(?![\d,])/g;
// Organisation and procedure ids: gm0344, vr09, locc, politie-re03-rccb, politie-3-kmar-oo, ...
const CODE = /\b(?:gm\d{4}|vr\d\d|[a-z]+(?:-[a-z0-9]+)+|locc|dgpol|nctv|ifv)\b/g;

/** `tekst` with codes replaced by names, amounts and times in Dutch. */
export function leesbaar(tekst: string, a: Pick<Aanvraag, "taken"> | null, namen: Namen): string {
  let uit = tekst.replace(/"([a-z0-9-]+)"/g, (heel, slug: string) => {
    const t = a?.taken.find((x) => x.stapId.endsWith(`/${slug}`) || x.id === slug);
    return t ? `"${stapKort(t.actie)}"` : heel;
  });
  uit = uit.replace(/^Concept bijgewerkt: ([a-zA-Z, ]+)\./, (_h, velden: string) => {
    const lijst = velden.split(", ").map((v) => VELD[v] ?? v);
    return `Concept bijgewerkt: ${lijst.join(", ")}.`;
  });
  uit = uit.replace(ISO_TIJD, (t) => tijdstipNl(t));
  uit = uit.replace(BEDRAG, (_h, euro: string, cent?: string) =>
    euroNl(Number(euro) * 100 + Number((cent ?? "0").padEnd(2, "0"))),
  );
  uit = uit.replace(CODE, (code) => {
    const org = namen.organisatie(code);
    if (org !== code) return org;
    const p = namen.procedure?.(code);
    return p && p !== code ? p : code;
  });
  return uit;
}
