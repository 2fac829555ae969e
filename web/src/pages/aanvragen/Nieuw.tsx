// A new request: from a wegwijzer advice (procedure and catalogue version fixed, passed in the
// address) or by choosing a procedure. Every field of the request form; the server checks them and
// its messages appear beside the field they name.
import type { FormEvent } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import { KOSTEN_VERWACHTINGEN, type KostenRegime } from "../../../../src/domain/aanvragen/typen.ts";
import { CAPACITEIT_TYPEN } from "../../../../src/domain/capaciteit/catalogus.ts";
import { VEILIGHEIDSREGIOS, vrId } from "../../../../src/domain/organisaties/referentie.ts";
import type { Rol } from "../../../../src/domain/organisaties/rollen.ts";
import { ApiFout, api, type Organisatie } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { CheckboxGroep, SelectField, TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { navigeer, useLocatie } from "../../router.tsx";
import { useSessie } from "../../sessie.tsx";
import { useCatalogus } from "../wegwijzer/procedures.tsx";
import { type AanvraagGegevens, aanvragenApi, type NieuweAanvraag, nieuweSleutel } from "./api.ts";
import { Tekstvak, Vinkje } from "./onderdelen.tsx";
import { KOSTEN_REGIME, rolNaam } from "./teksten.ts";
import "./aanvragen.css";

interface Invoer {
  procedureId: string;
  regio: string;
  spoed: boolean;
  gezagRol: string;
  gezagNaam: string;
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
}

/** "2026-03-10T13:00" in the browser's time zone, for a datetime-local field. */
function lokaal(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
const iso = (lokaalTijd: string) => (lokaalTijd ? new Date(lokaalTijd).toISOString() : "");

/** The field a server message names, with the request prefixes taken off ("body.gegevens.periode.tot" → "periode.tot"). */
export function veldPad(veld: string): string {
  return veld
    .replace(/^\/+/, "")
    .replace(/\//g, ".")
    .replace(/^body\./, "")
    .replace(/^gegevens\./, "")
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

function standaardRegio(orgId: string | undefined, gemeenten: Organisatie[]): string {
  if (!orgId) return "";
  if (/^vr\d\d$/.test(orgId)) return orgId;
  const vr = orgId.match(/vr\d\d/)?.[0];
  if (vr) return vr;
  const re = orgId.match(/re(\d\d)/)?.[0]?.toUpperCase();
  if (re) {
    const r = VEILIGHEIDSREGIOS.find(([, , e]) => e === re);
    if (r) return vrId(r[0]);
  }
  return gemeenten.find((g) => g.id === orgId)?.regioId ?? "";
}

export default function NieuweAanvraagPagina() {
  const { zoek } = useLocatie();
  const { gebruiker } = useSessie();
  const { catalogus, fout: catalogusFout } = useCatalogus();
  // An advice from the wegwijzer fixes the procedure and the catalogue version it was made with.
  const advies = useMemo(() => {
    const procedureId = zoek.get("procedure");
    const catalogusVersie = zoek.get("catalogus");
    return procedureId && catalogusVersie ? { procedureId, catalogusVersie } : null;
  }, [zoek]);
  const [gemeenten, zetGemeenten] = useState<Organisatie[]>([]);
  const nu = useMemo(() => new Date(), []);
  const [v, zetV] = useState<Invoer>(() => ({
    procedureId: advies?.procedureId ?? "",
    regio: "",
    spoed: zoek.get("spoed") === "1" || zoek.get("spoed") === "true",
    gezagRol: zoek.get("gezag") ?? "",
    gezagNaam: "",
    contactNaam: gebruiker?.naam ?? "",
    contactTelefoon: "",
    contactEmail: gebruiker?.email ?? "",
    incidentNaam: "",
    incidentPlaats: "",
    incidentStart: lokaal(nu),
    incidentType: "",
    reden: "",
    beoogdEffect: "",
    capaciteitType: "",
    aantal: "1",
    specialisme: "",
    omschrijving: "",
    gemeenten: /^gm\d{4}$/.test(gebruiker?.organisatie.id ?? "") ? [gebruiker?.organisatie.id ?? ""] : [],
    adres: "",
    lat: "",
    lon: "",
    van: lokaal(nu),
    tot: "",
    openEinde: false,
    kostenRegime: "",
    kostenBedrag: "",
    kostenToelichting: "",
    motivering: "",
  }));
  const zet = (deel: Partial<Invoer>) => zetV((x) => ({ ...x, ...deel }));
  const [bezig, zetBezig] = useState(false);
  const [fout, zetFout] = useState<unknown>(undefined);
  const foutRef = useRef<HTMLDivElement>(null);
  const sleutel = useRef(nieuweSleutel());

  useEffect(() => {
    let actief = true;
    api.organisaties
      .zoek({ soort: "gemeente" })
      .then((r) => {
        if (!actief) return;
        zetGemeenten(r.organisaties);
        zetV((x) =>
          x.regio ? x : { ...x, regio: standaardRegio(gebruiker?.organisatie.id, r.organisaties) },
        );
      })
      .catch(() => {
        if (actief)
          zetV((x) => (x.regio ? x : { ...x, regio: standaardRegio(gebruiker?.organisatie.id, []) }));
      });
    return () => {
      actief = false;
    };
  }, [gebruiker?.organisatie.id]);

  const procedure = catalogus?.procedures.find((p) => p.id === v.procedureId);
  const gezagRollen = useMemo(() => {
    if (!procedure) return [] as Rol[];
    const r = [...procedure.gezag.rollen];
    if (procedure.primusInterPares && !r.includes(procedure.primusInterPares.rol))
      r.push(procedure.primusInterPares.rol);
    return r;
  }, [procedure]);
  // The only authority the procedure knows is chosen for the user.
  useEffect(() => {
    if (gezagRollen.length && !gezagRollen.includes(v.gezagRol as Rol))
      zetV((x) => ({ ...x, gezagRol: gezagRollen[0] ?? "" }));
  }, [gezagRollen, v.gezagRol]);

  const regioGemeenten = gemeenten.filter((g) => !v.regio || g.regioId === v.regio);
  const typen = procedure
    ? CAPACITEIT_TYPEN.filter((t) =>
        procedure.factsheet === "politie"
          ? ["politie", "kmar", "defensie"].includes(t.eigenaar)
          : procedure.factsheet === "lcp-egt"
            ? ["defensie", "kmar", "politie"].includes(t.eigenaar)
            : t.eigenaar !== "politie",
      )
    : CAPACITEIT_TYPEN;

  const vf = veldFouten(fout);
  const f = (pad: string) => vf[pad] ?? Object.entries(vf).find(([k]) => k.startsWith(`${pad}.`))?.[1];
  const getoond = new Set([
    "procedureId",
    "veiligheidsregioId",
    "gezag.rol",
    "gezag.naam",
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
  ]);
  const overig = Object.entries(vf).filter(
    ([k]) => !getoond.has(k) && ![...getoond].some((g) => g.startsWith(`${k}.`)),
  );

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    zetBezig(true);
    zetFout(undefined);
    const g: Partial<AanvraagGegevens> = {
      contact: { naam: v.contactNaam, telefoon: v.contactTelefoon, email: v.contactEmail },
      incident: v.incidentNaam
        ? {
            naam: v.incidentNaam,
            plaats: v.incidentPlaats,
            start: iso(v.incidentStart),
            type: v.incidentType,
          }
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
        coordinaten: v.lat && v.lon ? { lat: Number(v.lat), lon: Number(v.lon) } : null,
      },
      periode: v.van ? { van: iso(v.van), tot: v.openEinde || !v.tot ? null : iso(v.tot) } : null,
      kostenverwachting: v.kostenRegime
        ? {
            regime: v.kostenRegime,
            bedragCent: v.kostenBedrag ? Math.round(Number(v.kostenBedrag.replace(",", ".")) * 100) : null,
            toelichting: v.kostenToelichting,
          }
        : null,
      motiveringGeenMarktpartij: v.motivering || null,
    };
    const body: NieuweAanvraag = {
      ...(advies ? { advies: { ...advies, adviesId: null } } : { procedureId: v.procedureId }),
      veiligheidsregioId: v.regio,
      ...(gebruiker ? { aanvragerOrganisatieId: gebruiker.organisatie.id } : {}),
      gezag: { rol: v.gezagRol as Rol, naam: v.gezagNaam },
      spoed: v.spoed,
      gegevens: g,
    };
    try {
      const r = await aanvragenApi.nieuw(body, sleutel.current);
      navigeer(`/aanvragen/${r.aanvraag.id}`);
    } catch (err) {
      zetFout(err);
      // A changed form is a new request: the next click gets a new key.
      sleutel.current = nieuweSleutel();
      setTimeout(() => foutRef.current?.focus(), 0);
    } finally {
      zetBezig(false);
    }
  }

  return (
    <Pagina titel="Nieuwe aanvraag">
      <Paragraph lead>
        Leg de aanvraag vast als concept. Daarna volgt de procedure stap voor stap: ondertekenen door het
        gezag, toetsing en besluit.
      </Paragraph>
      {catalogusFout && (
        <Alert soort="error" titel="De procedures konden niet worden geladen">
          <p className="utrecht-paragraph">{catalogusFout}</p>
        </Alert>
      )}
      {fout !== undefined && (
        <Alert ref={foutRef} soort="error" dringend titel="De aanvraag is niet aangemaakt">
          <p className="utrecht-paragraph">{fout instanceof ApiFout ? fout.detail : String(fout)}</p>
          {overig.length > 0 && (
            <ul className="knp-foutlijst">
              {overig.map(([k, m]) => (
                <li key={k}>
                  {k}: {m}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <form className="knp-formulier av-formulier" onSubmit={verstuur} noValidate>
        <fieldset className="av-groep">
          <legend className="utrecht-heading-2">Procedure en gezag</legend>
          {advies ? (
            <div className="av-advies-vast" data-testid="advies-procedure">
              <p className="utrecht-paragraph">
                <strong>Procedure uit het advies:</strong> {procedure?.titel ?? advies.procedureId}
              </p>
              <p className="utrecht-paragraph">
                Catalogusversie {advies.catalogusVersie}.{" "}
                <Link href="/aanvragen/nieuw">Zelf een procedure kiezen</Link>
              </p>
            </div>
          ) : (
            <SelectField
              label="Procedure"
              value={v.procedureId}
              onChange={(e) => zet({ procedureId: e.target.value })}
              fout={f("procedureId")}
              beschrijving={
                <>
                  Weet u niet welke? <Link href="/wegwijzer">Gebruik de wegwijzer</Link>.
                </>
              }
              required
            >
              <option value="">Kies een procedure</option>
              {catalogus?.procedures.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.titel}
                </option>
              ))}
            </SelectField>
          )}
          <div className="knp-formulier--raster">
            <SelectField
              label="Veiligheidsregio"
              value={v.regio}
              onChange={(e) => zet({ regio: e.target.value, gemeenten: [] })}
              fout={f("veiligheidsregioId")}
              required
            >
              <option value="">Kies een regio</option>
              {VEILIGHEIDSREGIOS.map(([code, naam]) => (
                <option key={code} value={vrId(code)}>
                  {code} {naam}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Aanvragende organisatie"
              value={gebruiker?.organisatie.naam ?? ""}
              readOnly
              beschrijving="Uw eigen organisatie."
            />
            <SelectField
              label="Gezag"
              value={v.gezagRol}
              onChange={(e) => zet({ gezagRol: e.target.value })}
              fout={
                f("gezag.rol") ??
                (fout instanceof ApiFout && fout.code === "ongeldig-gezag" ? fout.detail : undefined)
              }
              beschrijving="Wie de aanvraag doet en ondertekent."
              required
            >
              {gezagRollen.length === 0 && <option value="">Kies eerst een procedure</option>}
              {gezagRollen.map((r) => (
                <option key={r} value={r}>
                  {rolNaam(r)}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Naam van wie het gezag heeft"
              value={v.gezagNaam}
              onChange={(e) => zet({ gezagNaam: e.target.value })}
              fout={f("gezag.naam")}
              autoComplete="off"
              required
            />
          </div>
          <Vinkje
            label="Spoed"
            checked={v.spoed}
            onChange={(spoed) => zet({ spoed })}
            beschrijving="Eerst telefonisch; de schriftelijke afhandeling volgt (binnen 24 uur na de start van de inzet)."
          />
        </fieldset>

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
            beschrijving="Elke betrokken burgemeester ondertekent zelf, waar de wet dat vraagt."
            naam="gemeenten"
            opties={regioGemeenten.map((g) => ({ waarde: g.id, label: g.naam }))}
            gekozen={v.gemeenten}
            onChange={(gemeenten) => zet({ gemeenten })}
            fout={f("plaats.gemeenten")}
          />
          {regioGemeenten.length === 0 && (
            <p className="utrecht-paragraph">Geen gemeenten bekend voor deze regio.</p>
          )}
          <div className="knp-formulier--raster">
            <TextField
              label="Adres"
              value={v.adres}
              onChange={(e) => zet({ adres: e.target.value })}
              fout={f("plaats.adres") ?? f("plaats")}
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
              {KOSTEN_VERWACHTINGEN.map((k) => (
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

        <Heading niveau={2} className="knp-visueel-verborgen">
          Opslaan
        </Heading>
        <ButtonGroup>
          <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig}>
            Concept aanmaken
          </Button>
          <Link href="/aanvragen">Annuleren</Link>
        </ButtonGroup>
      </form>
    </Pagina>
  );
}
