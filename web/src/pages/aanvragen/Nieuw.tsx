// A new request: from a wegwijzer advice (procedure and catalogue version fixed, passed in the
// address) or by choosing a procedure. Every field of the request form; the server checks them and
// its messages appear beside the field they name.
import type { FormEvent } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import { VEILIGHEIDSREGIOS, vrId } from "../../../../src/domain/organisaties/referentie.ts";
import type { Rol } from "../../../../src/domain/organisaties/rollen.ts";
import { ApiFout, api, type Organisatie } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { navigeer, useLocatie } from "../../router.tsx";
import { useSessie } from "../../sessie.tsx";
import { useCatalogus } from "../wegwijzer/procedures.tsx";
import { aanvragenApi, type NieuweAanvraag, nieuweSleutel } from "./api.ts";
import {
  GEGEVENS_VELDEN,
  type GegevensInvoer,
  GegevensVelden,
  gegevensVan,
  gemeentenFout,
  lokaal,
  veldFout,
  veldFouten,
} from "./GegevensVelden.tsx";
import { gebiedUitleg, gemeentenVoorKeuze, useGebied } from "./gebied.ts";
import { OEFENING_PROCEDURE, OefeningVinkje, Vinkje } from "./onderdelen.tsx";
import { rolNaam } from "./teksten.ts";
import "./aanvragen.css";

interface Invoer extends GegevensInvoer {
  procedureId: string;
  regio: string;
  spoed: boolean;
  /** A water-cannon exercise: no bevoegd gezag (fp toelichting 2, ADR 0621). */
  oefening: boolean;
  gezagRol: string;
  gezagNaam: string;
}

/** The only procedure whose source names exercises (fp toelichting 2; the server's rule, ADR 0621). */

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
    // The wegwijzer's exercise advice (question.exercise) passes oefening=1 in the address.
    oefening: zoek.get("oefening") === "1" || zoek.get("oefening") === "true",
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
  const kanOefenen = v.procedureId === OEFENING_PROCEDURE;
  const oefening = kanOefenen && v.oefening;
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

  // The area as the server defines it for this procedure and region (ADR 0604, 0614).
  const gebied = useGebied(procedure?.id ?? "", v.regio);
  const regioGemeenten = gemeentenVoorKeuze(gemeenten, gebied, v.gemeenten);
  const vf = veldFouten(fout);
  const f = veldFout(vf);
  const getoond = new Set<string>([
    "procedureId",
    "veiligheidsregioId",
    "gezag.rol",
    "gezag.naam",
    "gezag",
    "oefening",
    ...GEGEVENS_VELDEN,
  ]);
  const overig = Object.entries(vf).filter(
    ([k]) => !getoond.has(k) && ![...getoond].some((g) => g.startsWith(`${k}.`)),
  );

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    zetBezig(true);
    zetFout(undefined);
    const g = gegevensVan(v);
    const body: NieuweAanvraag = {
      ...(advies ? { advies: { ...advies, adviesId: null } } : { procedureId: v.procedureId }),
      veiligheidsregioId: v.regio,
      ...(gebruiker ? { aanvragerOrganisatieId: gebruiker.organisatie.id } : {}),
      // An exercise sends no gezag (ADR 0621).
      ...(oefening ? { oefening: true } : { gezag: { rol: v.gezagRol as Rol, naam: v.gezagNaam } }),
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
          <p className="utrecht-paragraph">
            {fout instanceof ApiFout ? gemeentenFout(fout.detail, gemeenten) : String(fout)}
          </p>
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
            {!oefening && (
              <>
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
                  fout={f("gezag.naam") ?? f("gezag")}
                  autoComplete="off"
                  required
                />
              </>
            )}
          </div>
          {kanOefenen && (
            <OefeningVinkje
              checked={v.oefening}
              onChange={(oefening) => zet({ oefening })}
              fout={f("oefening")}
            />
          )}
          <Vinkje
            label="Spoed"
            checked={v.spoed}
            onChange={(spoed) => zet({ spoed })}
            beschrijving="Eerst telefonisch; de schriftelijke afhandeling volgt (binnen 24 uur na de start van de inzet)."
          />
        </fieldset>

        <GegevensVelden
          v={v}
          zet={zet}
          f={f}
          procedure={procedure}
          regioGemeenten={regioGemeenten}
          alleGemeenten={gemeenten}
          gebiedUitleg={gebiedUitleg(gebied)}
          gemeentenLaden={gebied.stand === "laden"}
        />

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
