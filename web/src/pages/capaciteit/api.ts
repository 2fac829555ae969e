// Client for /api/v1/capaciteit. Shapes follow src/http/capaciteit/routes.ts.
import { API_BASIS, verzoek } from "../../api.ts";

export type Toestand = "beschikbaar" | "gereserveerd" | "ingezet" | "niet-inzetbaar";
export type Telling = Record<Toestand, number>;

export interface CapType {
  id: string;
  naam: string;
  eigenaar: string;
  soort: string;
  telEenheid: string;
  reactietijdMinuten: number | null;
  /** Goes into a capaciteiten- en inzetplan (Defence assistance to police/KMar; ADR 0352). */
  inzetplan: boolean;
  beheerders: string[];
  magBeheren: boolean;
}

export interface Catalogus {
  typen: CapType[];
  doelstellingen: { id: string; rang: number; naam: string }[];
  regios: { id: string; naam: string; code: string | null }[];
  rechten: {
    overzicht: boolean;
    alles: boolean;
    eigenaar: boolean;
    vraag: boolean;
    planRekenen: boolean;
    planIndienen: boolean;
    planLezen: boolean;
    crisisberaad: boolean;
    iccb: boolean;
    vrijgeven: boolean;
  };
}

export interface ItemInvoer {
  typeId: string;
  naam: string;
  aantal: number;
  lat: number;
  lon: number;
  regioId: string;
  reactietijdMinuten: number | null;
  toestand: Toestand;
  beschikbaarheid: { van: string; tot: string }[];
  contact: string;
  toelichting?: string | null;
}

export interface Item extends ItemInvoer {
  id: string;
  organisatieId: string;
  organisatieNaam: string;
  regioNaam: string;
  versie: number;
  gewijzigd: string;
}

export interface OverzichtRij {
  typeId: string;
  typeNaam: string;
  telEenheid: string;
  regioId: string;
  regioNaam: string;
  telling: Telling;
  totaal: number;
  vraag: number;
}

export interface ItemStand {
  itemId: string;
  typeId: string;
  naam: string;
  organisatieNaam: string;
  regioNaam: string;
  lat: number;
  lon: number;
  aantal: number;
  telling: Telling;
}

export interface Vraag {
  id: string;
  typeId: string;
  aantal: number;
  lat: number;
  lon: number;
  regioId: string;
  regioNaam: string;
  locatieNaam: string;
  van: string;
  tot: string;
  doelstelling: string;
  urgentie: string;
  prioriteit: number;
  motivering: string;
  aanvrager: string;
  aanvraagId: string | null;
  /** TIN: the OvJ's consent recorded on the demand (ADR 0353). */
  instemmingOvj: { naam: string; op: string } | null;
  status: string;
  toegewezen: number;
  versie: number;
}

export interface Schaarste {
  typeId: string;
  typeNaam: string;
  vraag: number;
  beschikbaar: number;
  tekort: number;
}

export interface Overzicht {
  periode: { van: string; tot: string; moment: boolean };
  rijen: OverzichtRij[];
  schaarste: Schaarste[];
  items: ItemStand[];
  itemsVolledig: boolean;
  vraag: Vraag[];
}

export interface HistorieRij {
  boekingId: string;
  soort: string;
  aanvraagId: string | null;
  planId: string | null;
  itemNaam: string;
  volgnummer: number;
  typeId: string;
  organisatieNaam: string;
  waar: string | null;
  van: string;
  tot: string;
}

export interface Uitleg {
  demandId: string;
  type: string;
  prioriteit: number;
  gevraagd: number;
  toegewezen: { unitId: string; arrivalMinutes: number }[];
  tekort: number;
  waarom: string;
  kosten: string;
  marginaal?: string;
  tekortReden?: string;
}

export interface Toewijzing {
  unitId: string;
  demandId: string;
  arrivalMinutes: number;
}

export interface Plan {
  id: string;
  nummer: string;
  status: string;
  periode: { van: string; tot: string };
  typen: string[];
  beleid: { minReservePerRegion?: Record<string, number>; minUnitsPerDemand?: Record<string, number> };
  invoer: {
    eenheden: {
      label: string;
      organisatieNaam: string;
      regioNaam: string;
      typeId: string;
      reactietijdBekend: boolean;
    }[];
    vragen: {
      label: string;
      typeId: string;
      aantal: number;
      regioNaam: string;
      doelstellingNaam: string;
      urgentie: string;
      prioriteit: number;
      motivering: string;
      aanvrager: string;
      handmatig?: { prioriteit: number; motivering: string; door: string; op: string };
      oorspronkelijk?: { prioriteit: number; motivering: string };
    }[];
    waarschuwingen?: { code: string; tekst: string; bron: string }[];
  };
  uitkomst: {
    status: "optimal" | "infeasible";
    toewijzingen: Toewijzing[];
    bewezen: boolean;
    uitleg: Uitleg[];
    redenen: { type: string; regel: string; nl: string }[];
  };
  rekentijdMs: number;
  opgesteldDoor: string;
  opgesteldNamens: string;
  opgesteldOp: string;
  ingediendOp: string | null;
  vastgesteldeToewijzingen: Toewijzing[] | null;
  besluiten: {
    id: string;
    orgaan: string;
    soort: string;
    uitkomst: string;
    toelichting: string;
    doorNaam: string;
    op: string;
  }[];
  boekingen: { id: string; vrij: boolean }[];
  versie: number;
}

/** A what-if advice: computed from the register, not stored, nothing booked (ADR 0352). */
export interface Advies {
  advies: true;
  periode: { van: string; tot: string };
  typen: string[];
  invoer: Pick<Plan["invoer"], "eenheden" | "vragen" | "waarschuwingen">;
  uitkomst: Plan["uitkomst"];
  rekentijdMs: number;
  toelichting: string;
}

export type PlanSamenvatting = Omit<Plan, "invoer" | "uitkomst"> & {
  aantalVragen: number;
  aantalToewijzingen: number;
  uitkomstStatus: string;
};

export interface PeriodeKeuze {
  van?: string;
  tot?: string;
  moment?: string;
  type?: string;
  regio?: string;
}

export function zoekString(p: PeriodeKeuze): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

const C = "/capaciteit";

export const capaciteitApi = {
  catalogus: () => verzoek<Catalogus>("GET", `${C}/catalogus`),
  items: (eigen: boolean) => verzoek<{ items: Item[] }>("GET", `${C}/items${eigen ? "?eigen=true" : ""}`),
  maakItem: (i: ItemInvoer) => verzoek<{ item: Item }>("POST", `${C}/items`, i),
  wijzigItem: (id: string, i: ItemInvoer & { versie: number }) =>
    verzoek<{ item: Item }>("PUT", `${C}/items/${encodeURIComponent(id)}`, i),
  hefOp: (id: string, versie: number) =>
    verzoek<{ opgeheven: boolean }>("POST", `${C}/items/${encodeURIComponent(id)}/opheffen`, { versie }),
  overzicht: (p: PeriodeKeuze) => verzoek<Overzicht>("GET", `${C}/overzicht${zoekString(p)}`),
  csvAdres: (p: PeriodeKeuze) => `${API_BASIS}${C}/overzicht.csv${zoekString(p)}`,
  historie: (moment: string) =>
    verzoek<{ boekingen: HistorieRij[] }>("GET", `${C}/historie?moment=${encodeURIComponent(moment)}`),
  vraag: (open: boolean) => verzoek<{ vraag: Vraag[] }>("GET", `${C}/vraag${open ? "?open=true" : ""}`),
  registreerVraag: (v: Record<string, unknown>) => verzoek<{ vraag: Vraag }>("POST", `${C}/vraag`, v),
  plannen: () => verzoek<{ plannen: PlanSamenvatting[] }>("GET", `${C}/plannen`),
  plan: (id: string) => verzoek<{ plan: Plan }>("GET", `${C}/plannen/${encodeURIComponent(id)}`),
  pdfAdres: (id: string) => `${API_BASIS}${C}/plannen/${encodeURIComponent(id)}/pdf`,
  bereken: (b: { van: string; tot: string; typen?: string[]; beleid?: Plan["beleid"] }) =>
    verzoek<{ plan: Plan }>("POST", `${C}/plannen`, b),
  advies: (b: { van: string; tot: string; typen?: string[]; beleid?: Plan["beleid"] }) =>
    verzoek<Advies>("POST", `${C}/advies`, b),
  indienen: (id: string, versie: number) =>
    verzoek<{ plan: Plan }>("POST", `${C}/plannen/${encodeURIComponent(id)}/indienen`, { versie }),
  beoordeel: (
    id: string,
    b: {
      versie: number;
      uitkomst: string;
      toelichting: string;
      toewijzingen?: { unitId: string; demandId: string }[];
      verantwoordingIccb?: string;
    },
  ) => verzoek<{ plan: Plan }>("POST", `${C}/plannen/${encodeURIComponent(id)}/beoordeling`, b),
  prioriteiten: (
    id: string,
    b: { versie: number; prioriteiten: { vraag: string; prioriteit: number; motivering: string }[] },
  ) => verzoek<{ plan: Plan }>("POST", `${C}/plannen/${encodeURIComponent(id)}/prioriteiten`, b),
  naarIccb: (id: string, b: { versie: number; keuzes: string; advies: string }) =>
    verzoek<{ plan: Plan }>("POST", `${C}/plannen/${encodeURIComponent(id)}/iccb`, b),
  iccbBesluit: (id: string, b: { versie: number; uitkomst: string; besluit: string }) =>
    verzoek<{ plan: Plan }>("POST", `${C}/plannen/${encodeURIComponent(id)}/iccb-besluit`, b),
  vrijgeven: (id: string, reden: string) =>
    verzoek<{ vrijgegeven: number }>("POST", `${C}/plannen/${encodeURIComponent(id)}/vrijgeven`, { reden }),
};

const TIJD = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});
export const tijd = (iso: string) => TIJD.format(new Date(iso));

/** ISO → the value of an <input type="datetime-local"> in the browser's time zone. */
export function naarLokaal(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
export const vanLokaal = (v: string) => new Date(v).toISOString();

export const TOESTAND_LABEL: Record<Toestand, string> = {
  beschikbaar: "Beschikbaar",
  gereserveerd: "Gereserveerd",
  ingezet: "Ingezet",
  "niet-inzetbaar": "Niet inzetbaar",
};

export const STATUS_LABEL: Record<string, string> = {
  concept: "Concept",
  ingediend: "Ingediend bij het Crisisberaad",
  "voorgelegd-iccb": "Voorgelegd aan de ICCb",
  vastgesteld: "Vastgesteld",
  gewijzigd: "Gewijzigd vastgesteld",
  verworpen: "Verworpen",
  ingetrokken: "Ingetrokken",
};
