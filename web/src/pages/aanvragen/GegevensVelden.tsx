// The request form's fields (contact to costs), shared by the new-request page and the draft
// editor on the request page: the same fields, the same server messages beside the same field.

import { passendeCapaciteitTypen } from "../../../../src/domain/aanvragen/capaciteit-passend.ts";
import {
  ACUTE_DREIGING_LABEL,
  ACUTE_DREIGING_TOELICHTING,
} from "../../../../src/domain/aanvragen/gegevens.ts";
import { passendeKostenverwachtingen } from "../../../../src/domain/aanvragen/kosten.ts";
import { KOSTEN_VERWACHTINGEN, type KostenRegime } from "../../../../src/domain/aanvragen/typen.ts";
import { CAPACITEIT_TYPEN } from "../../../../src/domain/capaciteit/catalogus.ts";
import type { Procedure } from "../../../../src/domain/wegwijzer/index.ts";
import { ApiFout, type Organisatie } from "../../api.ts";
import { CheckboxGroep, SelectField, TextField } from "../../components/FormField.tsx";
import type { AanvraagGegevens } from "./api.ts";
import { Tekstvak, Vinkje } from "./onderdelen.tsx";
import { KOSTEN_REGIME, regioCode } from "./teksten.ts";

export interface GegevensInvoer {
  contactNaam: string;
  contactTelefoon: string;
  contactEmail: string;
  incidentNaam: string;
  incidentPlaats: string;
  incidentStart: string;
  incidentType: string;
  reden: string;
  beoogdEffect: string;
  capaciteitType: string;
  aantal: string;
  specialisme: string;
  omschrijving: string;
  gemeenten: string[];
  adres: string;
  lat: string;
  lon: string;
  van: string;
  tot: string;
  openEinde: boolean;
  kostenRegime: KostenRegime | "";
  kostenBedrag: string;
  kostenToelichting: string;
  motivering: string;
  /** Optional so existing callers need not set it; absent = no acute threat stated. */
  acuteDreiging?: boolean;
}

/** "2026-03-10T13:00" in the browser's time zone, for a datetime-local field. */
export function lokaal(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
export const iso = (lokaalTijd: string) => (lokaalTijd ? new Date(lokaalTijd).toISOString() : "");
const lokaalVan = (isoTijd: string | null | undefined) => (isoTijd ? lokaal(new Date(isoTijd)) : "");

/** The fields of a stored request as form input (the draft editor starts from what is there). */
export function invoerVan(g: AanvraagGegevens): GegevensInvoer {
  return {
    contactNaam: g.contact?.naam ?? "",
    contactTelefoon: g.contact?.telefoon ?? "",
    contactEmail: g.contact?.email ?? "",
    incidentNaam: g.incident?.naam ?? "",
    incidentPlaats: g.incident?.plaats ?? "",
    // A draft without an incident yet: its start defaults to now, as on the new-request form.
    incidentStart: lokaalVan(g.incident?.start) || lokaal(new Date()),
    incidentType: g.incident?.type ?? "",
    reden: g.reden,
    beoogdEffect: g.beoogdEffect,
    capaciteitType: g.gevraagd?.capaciteitType ?? "",
    aantal: g.gevraagd ? String(g.gevraagd.aantal) : "1",
    specialisme: g.gevraagd?.specialisme ?? "",
    omschrijving: g.gevraagd?.omschrijving ?? "",
    gemeenten: [...g.plaats.gemeenten],
    adres: g.plaats.adres ?? "",
    lat: g.plaats.coordinaten ? String(g.plaats.coordinaten.lat) : "",
    lon: g.plaats.coordinaten ? String(g.plaats.coordinaten.lon) : "",
    van: lokaalVan(g.periode?.van),
    tot: lokaalVan(g.periode?.tot),
    openEinde: g.periode !== null && g.periode.tot === null,
    kostenRegime: g.kostenverwachting?.regime ?? "",
    kostenBedrag:
      g.kostenverwachting?.bedragCent != null
        ? (g.kostenverwachting.bedragCent / 100).toFixed(2).replace(".", ",")
        : "",
    kostenToelichting: g.kostenverwachting?.toelichting ?? "",
    motivering: g.motiveringGeenMarktpartij ?? "",
    acuteDreiging: g.acuteDreiging === true,
  };
}

/** Form input as the request's fields (attachments are managed separately). */
export function gegevensVan(v: GegevensInvoer): Partial<AanvraagGegevens> {
  return {
    contact: { naam: v.contactNaam, telefoon: v.contactTelefoon, email: v.contactEmail },
    incident: v.incidentNaam
      ? { naam: v.incidentNaam, plaats: v.incidentPlaats, start: iso(v.incidentStart), type: v.incidentType }
      : null,
    reden: v.reden,
    beoogdEffect: v.beoogdEffect,
    gevraagd: v.capaciteitType
      ? {
          capaciteitType: v.capaciteitType,
          aantal: Number(v.aantal),
          specialisme: v.specialisme || null,
          omschrijving: v.omschrijving,
        }
      : null,
    plaats: {
      gemeenten: v.gemeenten,
      adres: v.adres || null,
      coordinaten:
        v.lat && v.lon
          ? { lat: Number(v.lat.replace(",", ".")), lon: Number(v.lon.replace(",", ".")) }
          : null,
    },
    periode: v.van ? { van: iso(v.van), tot: v.openEinde || !v.tot ? null : iso(v.tot) } : null,
    kostenverwachting: v.kostenRegime
      ? {
          regime: v.kostenRegime,
          bedragCent: v.kostenBedrag
            ? Math.round(Number(v.kostenBedrag.replace(/\./g, "").replace(",", ".")) * 100)
            : null,
          toelichting: v.kostenToelichting,
        }
      : null,
    motiveringGeenMarktpartij: v.motivering || null,
    acuteDreiging: v.acuteDreiging === true,
  };
}

/**
 * The capacity types a procedure can ask for: the domain's own rule (ADR 0620), so the form offers
 * what the server accepts. A type already on a draft stays listed so the field shows it (the
 * server then names it as not fitting).
 */
export function capaciteitTypenVoor(procedure: Procedure | undefined, huidig = "") {
  if (!procedure) return CAPACITEIT_TYPEN;
  const passend = new Set(passendeCapaciteitTypen(procedure));
  return CAPACITEIT_TYPEN.filter((t) => passend.has(t.id) || t.id === huidig);
}

/** The field a server message names, with the request prefixes taken off ("body.gegevens.periode.tot" → "periode.tot"). */
export function veldPad(veld: string): string {
  return veld
    .replace(/^\/+/, "")
    .replace(/\//g, ".")
    .replace(/^body\./, "")
    .replace(/^(gegevens|wijzigingen)\./, "")
    .replace(/\[(\d+)\]/g, ".$1");
}

/** Messages per field path from a refusal (problem+json `velden`, or a single `veld`). */
export function veldFouten(e: unknown): Record<string, string> {
  if (!(e instanceof ApiFout)) return {};
  const uit: Record<string, string> = {};
  for (const v of e.velden) uit[veldPad(v.veld)] ??= v.melding;
  const enkel = e.probleem.veld;
  if (typeof enkel === "string") uit[veldPad(enkel)] ??= e.detail;
  return uit;
}

/** Field paths the form shows beside a field; other messages go in the summary above the form. */
export const GEGEVENS_VELDEN = [
  "contact.naam",
  "contact.telefoon",
  "contact.email",
  "incident.naam",
  "incident.plaats",
  "incident.start",
  "incident.type",
  "reden",
  "beoogdEffect",
  "gevraagd.capaciteitType",
  "gevraagd.aantal",
  "gevraagd.specialisme",
  "gevraagd.omschrijving",
  "plaats.gemeenten",
  "plaats.adres",
  "plaats.coordinaten",
  "periode.van",
  "periode.tot",
  "kostenverwachting.regime",
  "kostenverwachting.bedragCent",
  "kostenverwachting.toelichting",
  "motiveringGeenMarktpartij",
  "acuteDreiging",
] as const;

/** The message for a field path, or for one of its sub-fields. */
export function veldFout(vf: Record<string, string>) {
  return (pad: string) => vf[pad] ?? Object.entries(vf).find(([k]) => k.startsWith(`${pad}.`))?.[1];
}

/**
 * The server's refusal of a municipality, readable beside the field: without the field's code in
 * front, with the municipality's name for its id and the region's code (ADR 0604 names both).
 */
export function gemeentenFout(melding: string | undefined, alle: readonly Organisatie[]): string | undefined {
  if (!melding) return melding;
  const naam = new Map(alle.map((g) => [g.id, g.naam]));
  return melding
    .replace(/^plaats\.gemeenten:\s*/, "")
    .replace(/\b(gm\d{4})\b(?: \((vr\d\d)\))?/gi, (_, id: string, vr?: string) => {
      const n = naam.get(id.toLowerCase()) ?? id;
      return vr ? `${n} (${regioCode(vr.toLowerCase())})` : n;
    });
}

export function GegevensVelden({
  v,
  zet,
  f,
  procedure,
  regioGemeenten,
  alleGemeenten = regioGemeenten,
  gebiedUitleg,
  gemeentenLaden = false,
}: {
  v: GegevensInvoer;
  zet: (deel: Partial<GegevensInvoer>) => void;
  f: (pad: string) => string | undefined;
  procedure: Procedure | undefined;
  regioGemeenten: Organisatie[];
  /** Every known municipality, to name one in a refusal that is not on the list. */
  alleGemeenten?: Organisatie[];
  /** Whose area the municipalities are (the server's words, ADR 0614). */
  gebiedUitleg?: string | undefined;
  /** The area is being fetched: an empty list means nothing yet. */
  gemeentenLaden?: boolean;
}) {
  const typen = capaciteitTypenVoor(procedure, v.capaciteitType);
  // A message about the place as a whole goes by the address; one about the municipalities or the
  // coordinates stays at its own field (f("plaats") also finds those).
  const plaatsFout = f("plaats");
  const plaatsZelf =
    plaatsFout && ![f("plaats.gemeenten"), f("plaats.coordinaten")].includes(plaatsFout)
      ? plaatsFout
      : undefined;
  // Only what fits the procedure's cost regime (FNIK only for military assistance; kosten.ts), plus
  // a value already on the form, so an old choice stays visible and the server names the problem.
  const passend = procedure ? passendeKostenverwachtingen(procedure) : [...KOSTEN_VERWACHTINGEN];
  const kostenKeuzes = KOSTEN_VERWACHTINGEN.filter((k) => passend.includes(k) || k === v.kostenRegime);
  return (
    <>
      <fieldset className="av-groep">
        <legend className="utrecht-heading-2">Contactpersoon</legend>
        <div className="knp-formulier--raster">
          <TextField
            label="Naam"
            value={v.contactNaam}
            onChange={(e) => zet({ contactNaam: e.target.value })}
            fout={f("contact.naam")}
            autoComplete="name"
          />
          <TextField
            label="Telefoon"
            type="tel"
            value={v.contactTelefoon}
            onChange={(e) => zet({ contactTelefoon: e.target.value })}
            fout={f("contact.telefoon")}
            autoComplete="tel"
          />
          <TextField
            label="E-mail"
            type="email"
            value={v.contactEmail}
            onChange={(e) => zet({ contactEmail: e.target.value })}
            fout={f("contact.email") ?? f("contact")}
            autoComplete="email"
          />
        </div>
      </fieldset>

      <fieldset className="av-groep">
        <legend className="utrecht-heading-2">Incident</legend>
        <div className="knp-formulier--raster">
          <TextField
            label="Naam van het incident"
            value={v.incidentNaam}
            onChange={(e) => zet({ incidentNaam: e.target.value })}
            fout={f("incident.naam") ?? f("incident")}
          />
          <TextField
            label="Plaats van het incident"
            value={v.incidentPlaats}
            onChange={(e) => zet({ incidentPlaats: e.target.value })}
            fout={f("incident.plaats")}
          />
          <TextField
            label="Begonnen op"
            type="datetime-local"
            value={v.incidentStart}
            onChange={(e) => zet({ incidentStart: e.target.value })}
            fout={f("incident.start")}
          />
          <TextField
            label="Soort incident"
            value={v.incidentType}
            onChange={(e) => zet({ incidentType: e.target.value })}
            fout={f("incident.type")}
            beschrijving="Bijvoorbeeld openbare orde, overstroming, aanslag."
          />
        </div>
      </fieldset>

      <fieldset className="av-groep">
        <legend className="utrecht-heading-2">Reden en gevraagde capaciteit</legend>
        <Tekstvak
          label="Reden van de aanvraag"
          value={v.reden}
          onChange={(e) => zet({ reden: e.target.value })}
          fout={f("reden")}
        />
        <Tekstvak
          label="Beoogd effect"
          value={v.beoogdEffect}
          onChange={(e) => zet({ beoogdEffect: e.target.value })}
          fout={f("beoogdEffect")}
        />
        <div className="knp-formulier--raster">
          <SelectField
            label="Soort capaciteit"
            value={v.capaciteitType}
            onChange={(e) => zet({ capaciteitType: e.target.value })}
            fout={f("gevraagd.capaciteitType") ?? f("gevraagd")}
          >
            <option value="">Kies uit de catalogus</option>
            {typen.map((t) => (
              <option key={t.id} value={t.id}>
                {t.naam} (per {t.telEenheid})
              </option>
            ))}
          </SelectField>
          <TextField
            label="Aantal"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={v.aantal}
            onChange={(e) => zet({ aantal: e.target.value })}
            fout={f("gevraagd.aantal")}
          />
          <TextField
            label="Specialisme (als dat nodig is)"
            value={v.specialisme}
            onChange={(e) => zet({ specialisme: e.target.value })}
            fout={f("gevraagd.specialisme")}
          />
        </div>
        <Tekstvak
          label="Omschrijving van wat gevraagd wordt"
          value={v.omschrijving}
          onChange={(e) => zet({ omschrijving: e.target.value })}
          fout={f("gevraagd.omschrijving")}
        />
        <Vinkje
          label={ACUTE_DREIGING_LABEL}
          checked={v.acuteDreiging === true}
          onChange={(acuteDreiging) => zet({ acuteDreiging })}
          beschrijving={ACUTE_DREIGING_TOELICHTING}
          fout={f("acuteDreiging")}
        />
        {procedure?.soort.waarde === "militaire-steunverlening" && (
          <Tekstvak
            label="Waarom kan geen marktpartij dit doen?"
            value={v.motivering}
            onChange={(e) => zet({ motivering: e.target.value })}
            fout={f("motiveringGeenMarktpartij")}
            beschrijving="Vereist bij militaire steunverlening."
          />
        )}
      </fieldset>

      <fieldset className="av-groep">
        <legend className="utrecht-heading-2">Plaats en periode</legend>
        <CheckboxGroep
          legenda="Gemeenten van inzet"
          beschrijving={`${gebiedUitleg ? `${gebiedUitleg} ` : ""}Elke betrokken burgemeester ondertekent zelf, waar de wet dat vraagt.`}
          naam="gemeenten"
          opties={regioGemeenten.map((g) => ({ waarde: g.id, label: g.naam }))}
          gekozen={v.gemeenten}
          onChange={(gemeenten) => zet({ gemeenten })}
          fout={gemeentenFout(f("plaats.gemeenten"), alleGemeenten)}
        />
        {regioGemeenten.length === 0 && !gemeentenLaden && (
          <p className="utrecht-paragraph">Geen gemeenten bekend voor dit gebied.</p>
        )}
        <div className="knp-formulier--raster">
          <TextField
            label="Adres"
            value={v.adres}
            onChange={(e) => zet({ adres: e.target.value })}
            fout={f("plaats.adres") ?? plaatsZelf}
            autoComplete="street-address"
          />
          <TextField
            label="Breedtegraad (optioneel)"
            inputMode="decimal"
            value={v.lat}
            onChange={(e) => zet({ lat: e.target.value })}
            fout={f("plaats.coordinaten")}
            beschrijving="Bijvoorbeeld 52,0907 – in plaats van of naast het adres."
          />
          <TextField
            label="Lengtegraad (optioneel)"
            inputMode="decimal"
            value={v.lon}
            onChange={(e) => zet({ lon: e.target.value })}
          />
          <TextField
            label="Van"
            type="datetime-local"
            value={v.van}
            onChange={(e) => zet({ van: e.target.value })}
            fout={f("periode.van") ?? f("periode")}
          />
          {!v.openEinde && (
            <TextField
              label="Tot"
              type="datetime-local"
              value={v.tot}
              onChange={(e) => zet({ tot: e.target.value })}
              fout={f("periode.tot")}
            />
          )}
        </div>
        <Vinkje label="Open einde" checked={v.openEinde} onChange={(openEinde) => zet({ openEinde })} />
      </fieldset>

      <fieldset className="av-groep">
        <legend className="utrecht-heading-2">Kosten</legend>
        <div className="knp-formulier--raster">
          <SelectField
            label="Kostenverwachting"
            value={v.kostenRegime}
            onChange={(e) => zet({ kostenRegime: e.target.value as KostenRegime | "" })}
            fout={f("kostenverwachting.regime") ?? f("kostenverwachting")}
          >
            <option value="">Kies</option>
            {kostenKeuzes.map((k) => (
              <option key={k} value={k}>
                {KOSTEN_REGIME[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Verwacht bedrag in euro (als bekend)"
            inputMode="decimal"
            value={v.kostenBedrag}
            onChange={(e) => zet({ kostenBedrag: e.target.value })}
            fout={f("kostenverwachting.bedragCent")}
          />
        </div>
        <Tekstvak
          label="Toelichting op de kosten"
          value={v.kostenToelichting}
          onChange={(e) => zet({ kostenToelichting: e.target.value })}
          fout={f("kostenverwachting.toelichting")}
        />
      </fieldset>
    </>
  );
}
