// The composer (§4f): scenario, templates for risk and handelingsperspectief, free text, optional
// English part, the broadcast area, and — live, with the same domain code as server and CLI — the
// phone preview, the size meter and the checks. `?bewerk=<id>` edits an existing draft.
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import {
  beoordeel,
  type Concept,
  type Gebied,
  gsmVervanging,
  maakGsmVeilig,
  type RegioContext,
  type RegioGeometrie,
  SCENARIO_NAMEN,
  SCENARIOS,
  type Scenario,
  sjablonenVoor,
  vervangTeken,
} from "../../../../src/domain/nl-alert/index.ts";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { navigeer, useLocatie } from "../../router.tsx";
import { useSessie } from "../../sessie.tsx";
import { type AlertDetail, type Controle, nlAlertApi, STATUS_NAMEN } from "./api.ts";
import { Kaart, openRing, sluitRing, type Tekenmodus } from "./Kaart.tsx";
import { Controles, Omvang, StatusBanner, Telefoon } from "./onderdelen.tsx";
import "./nl-alert.css";

type Status = Concept["status"];

interface Invoer {
  incident: string;
  status: Status;
  scenario: Scenario;
  kind: Concept["kind"];
  risk: string;
  location: string;
  actions: string[];
  eigenActie: string;
  moreInfo: string;
  engels: boolean;
  enRisk: string;
  enLocation: string;
  enActions: string[];
  enEigenActie: string;
  enMoreInfo: string;
  gebied: Gebied;
}

const LEEG: Invoer = {
  incident: "",
  status: "Actual",
  scenario: "acute-situatie",
  kind: "alert",
  risk: "",
  location: "",
  actions: [],
  eigenActie: "",
  moreInfo: "Meer informatie op crisis.nl",
  engels: false,
  enRisk: "",
  enLocation: "",
  enActions: [],
  enEigenActie: "",
  enMoreInfo: "More information at crisis.nl",
  gebied: {},
};

function naarConcept(v: Invoer): Concept {
  const acties = [...v.actions, v.eigenActie].map((a) => a.trim()).filter(Boolean);
  const enActies = [...v.enActions, v.enEigenActie].map((a) => a.trim()).filter(Boolean);
  return {
    kind: v.kind,
    scenario: v.scenario,
    status: v.status,
    risk: v.risk,
    location: v.location,
    actions: acties,
    ...(v.moreInfo.trim() ? { moreInfo: v.moreInfo } : {}),
    ...(v.engels
      ? {
          english: {
            risk: v.enRisk,
            location: v.enLocation || v.location,
            actions: enActies,
            ...(v.enMoreInfo.trim() ? { moreInfo: v.enMoreInfo } : {}),
          },
        }
      : {}),
    area: v.gebied,
  };
}

function vanConcept(incident: string, c: Concept): Invoer {
  const sj = sjablonenVoor(c.scenario, c.kind).handelingsperspectief;
  const isSjabloon = (a: string) => sj.some((s) => s.nl === a || maakGsmVeilig(s.nl) === a);
  const isEnSjabloon = (a: string) => sj.some((s) => s.en === a);
  return {
    incident,
    status: c.status,
    scenario: c.scenario,
    kind: c.kind,
    risk: c.risk,
    location: c.location,
    actions: c.actions.filter(isSjabloon),
    eigenActie: c.actions.filter((a) => !isSjabloon(a)).join(" "),
    moreInfo: c.moreInfo ?? "",
    engels: !!c.english,
    enRisk: c.english?.risk ?? "",
    enLocation: c.english?.location ?? "",
    enActions: c.english?.actions.filter(isEnSjabloon) ?? [],
    enEigenActie: c.english?.actions.filter((a) => !isEnSjabloon(a)).join(" ") ?? "",
    enMoreInfo: c.english?.moreInfo ?? "",
    gebied: c.area,
  };
}

/** Same result as POST /nl-alert/controle, computed in the browser so typing never waits on the network. */
function controleVan(c: Concept, regio: RegioContext | undefined): Controle {
  const b = beoordeel(c, new Date(), regio);
  const kaal = (f: { code: string; message: string; bron: string; veld?: string }) => ({
    code: f.code,
    message: f.message,
    bron: f.bron,
    ...(f.veld === undefined ? {} : { veld: f.veld }),
  });
  return {
    ok: b.ok,
    text: b.samenstelling.tekst,
    encoding: b.omvang.codering,
    characters: b.omvang.tekens,
    pages: b.omvang.paginas,
    charactersPerPage: b.omvang.tekensPerPagina,
    maxPages: b.omvang.maxPaginas,
    remaining: b.omvang.resterend,
    errors: b.fouten.map(kaal),
    warnings: b.waarschuwingen.map(kaal),
    ucs2Tekens: b.omvang.ucs2Tekens,
  };
}

export default function Opstellen() {
  const { zoek } = useLocatie();
  const bewerkId = zoek.get("bewerk");
  const [v, zetV] = useState<Invoer>(LEEG);
  const [bestaand, zetBestaand] = useState<AlertDetail | undefined>();
  const [modus, zetModus] = useState<Tekenmodus>("polygoon");
  const [fout, zetFout] = useState<ApiFout | undefined>();
  const [bezig, zetBezig] = useState(false);
  const [hoekTekst, zetHoekTekst] = useState("");
  const foutRef = useRef<HTMLDivElement>(null);
  const { gebruiker } = useSessie();
  // The region the area must lie in (ADR 0251): the draft's, or the bevoegde's own.
  const regioId =
    bestaand?.alert.regioId ??
    (gebruiker?.organisatie.soort === "veiligheidsregio" ? gebruiker.organisatie.id : undefined);
  const [regio, zetRegio] = useState<RegioContext | undefined>();
  useEffect(() => {
    if (!regioId) return;
    const naam = bestaand?.alert.regioNaam ?? gebruiker?.organisatie.naam ?? regioId;
    let actief = true;
    nlAlertApi
      .regiogrenzen()
      .then((fc) => {
        const f = fc.features.find((x) => x.properties.regioId === regioId);
        if (actief)
          zetRegio({
            regioNaam: naam,
            vorm: f
              ? { code: f.properties.code, naam: f.properties.naam, geometrie: f.geometry as RegioGeometrie }
              : null,
          });
      })
      // Not loaded is said (a warning), not passed over.
      .catch(() => actief && zetRegio({ regioNaam: naam, vorm: null }));
    return () => {
      actief = false;
    };
  }, [regioId, bestaand?.alert.regioNaam, gebruiker?.organisatie.naam]);

  useEffect(() => {
    if (!bewerkId) return;
    nlAlertApi
      .detail(bewerkId)
      .then((d) => {
        zetBestaand(d);
        zetV(vanConcept(d.alert.incident, d.alert.concept as Concept));
        if ((d.alert.concept as Concept).area.circle) zetModus("cirkel");
      })
      .catch((e) => zetFout(e instanceof ApiFout ? e : new ApiFout(0, {})));
  }, [bewerkId]);

  useEffect(() => {
    if (fout) foutRef.current?.focus();
  }, [fout]);

  // Keep the keyboard field in step with clicks on the map, without fighting the user's typing.
  const polygoon = v.gebied.polygon;
  useEffect(() => {
    zetHoekTekst((t) =>
      JSON.stringify(leesPunten(t)) === JSON.stringify(polygoon ?? [])
        ? t
        : (polygoon ?? []).map(([a, b]) => `${a}, ${b}`).join("\n"),
    );
  }, [polygoon]);

  const concept = useMemo(() => naarConcept(v), [v]);
  const controle = useMemo(() => controleVan(concept, regio), [concept, regio]);
  const sj = sjablonenVoor(v.scenario, v.kind);
  const zet = (d: Partial<Invoer>) => zetV((x) => ({ ...x, ...d }));

  function kiesRisico(id: string) {
    const s = sj.risico.find((r) => r.id === id);
    if (s) zet({ risk: s.nl, enRisk: s.en });
  }

  function schakelActie(nl: string, en: string, aan: boolean) {
    zetV((x) => {
      const zonder = x.actions.filter((a) => a !== nl && a !== maakGsmVeilig(nl));
      const enZonder = x.enActions.filter((a) => a !== en);
      // Keep the order of the template list (the guideline's table order).
      const volgorde = (lijst: string[], taal: "nl" | "en") =>
        sj.handelingsperspectief
          .map((s) => lijst.find((a) => a === s[taal] || (taal === "nl" && a === maakGsmVeilig(s.nl))))
          .filter((a): a is string => !!a);
      return aan
        ? { ...x, actions: volgorde([...zonder, nl], "nl"), enActions: volgorde([...enZonder, en], "en") }
        : { ...x, actions: zonder, enActions: enZonder };
    });
  }

  /** One-click GSM replacement across every text field. */
  function vervang(teken: string) {
    zetV((x) => {
      const r = (s: string) => vervangTeken(s, teken);
      return {
        ...x,
        risk: r(x.risk),
        location: r(x.location),
        actions: x.actions.map(r),
        eigenActie: r(x.eigenActie),
        moreInfo: r(x.moreInfo),
        enRisk: r(x.enRisk),
        enLocation: r(x.enLocation),
        enActions: x.enActions.map(r),
        enEigenActie: r(x.enEigenActie),
        enMoreInfo: r(x.enMoreInfo),
      };
    });
  }

  async function bewaar(e: FormEvent) {
    e.preventDefault();
    zetBezig(true);
    zetFout(undefined);
    try {
      const c: Concept = {
        ...concept,
        area: concept.area.polygon ? { polygon: sluitRing(concept.area.polygon) } : concept.area,
      };
      const d = bestaand
        ? await nlAlertApi.wijzig(bestaand.alert.id, bestaand.alert.versie, v.incident, c)
        : await nlAlertApi.nieuw(v.incident, c);
      navigeer(`/nl-alert/${d.alert.id}`);
    } catch (err) {
      zetFout(err instanceof ApiFout ? err : new ApiFout(0, {}));
    } finally {
      zetBezig(false);
    }
  }

  const einde = v.kind === "einde-situatie";
  const titel = bestaand ? (einde ? "Einde situatie opstellen" : "Concept bewerken") : "Nieuw NL-Alert";

  return (
    <Pagina titel={titel} breed>
      <StatusBanner status={v.status} />
      <Paragraph>
        Stel het bericht op uit de vaste elementen (richtlijn §4f): risico, locatie, handelingsperspectief en
        bij voorkeur meer informatie. Kop, datum en tijd komen er automatisch bij. Na het opslaan volgen
        advies, second opinion, besluit en vrijgave. <Link href="/nl-alert">Terug naar de lijst</Link>
      </Paragraph>
      {fout && (
        <Alert ref={foutRef} soort="error" dringend titel="Opslaan is niet gelukt">
          <p className="utrecht-paragraph">{fout.detail}</p>
        </Alert>
      )}
      <div className="nla-opsteller">
        <form
          className="knp-formulier nla-opsteller__invoer"
          onSubmit={bewaar}
          noValidate
          aria-label="Bericht opstellen"
        >
          <TextField
            label="Incident"
            beschrijving="Korte naam waaronder het team dit incident kent."
            value={v.incident}
            onChange={(e) => zet({ incident: e.target.value })}
            required
            disabled={!!bestaand?.alert.origineelId}
          />
          <SelectField
            label="Soort bericht"
            value={v.status}
            onChange={(e) => zet({ status: e.target.value as Status })}
            disabled={!!bestaand}
            beschrijving={
              bestaand ? "Ligt vast na het aanmaken." : "Oefening en test zijn overal gemarkeerd."
            }
          >
            {(Object.keys(STATUS_NAMEN) as Status[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_NAMEN[s]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Scenario (§4c)"
            value={v.scenario}
            onChange={(e) => zet({ scenario: e.target.value as Scenario })}
          >
            {SCENARIOS.map((s) => (
              <option key={s} value={s}>
                {SCENARIO_NAMEN[s]}
              </option>
            ))}
          </SelectField>

          <fieldset className="nla-groep">
            <legend className="utrecht-form-fieldset__legend">Risico</legend>
            <SelectField label="Sjabloon risico" value="" onChange={(e) => kiesRisico(e.target.value)}>
              <option value="">Kies een sjabloon…</option>
              {sj.risico.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.nl}
                </option>
              ))}
            </SelectField>
            <TextField
              label={einde ? "Risico (wordt ‘Einde situatie: …’)" : "Risico"}
              value={v.risk}
              onChange={(e) => zet({ risk: e.target.value })}
            />
          </fieldset>

          <TextField
            label="Locatie"
            beschrijving="Plaats en gebied, zoals mensen het kennen. Noem geen zoekgebied (§4e.2)."
            value={v.location}
            onChange={(e) => zet({ location: e.target.value })}
          />

          <fieldset className="nla-groep">
            <legend className="utrecht-form-fieldset__legend">Handelingsperspectief</legend>
            <p className="utrecht-paragraph nla-zacht">
              Geen verzamelpunt: “verlaat direct het gebied” in plaats van “verzamel op locatie x” (§4e.2).
            </p>
            {sj.handelingsperspectief.map((s) => {
              const id = `nla-hp-${s.id}`;
              const aan = v.actions.includes(s.nl) || v.actions.includes(maakGsmVeilig(s.nl));
              return (
                <div key={s.id} className="utrecht-form-field utrecht-form-field--checkbox knp-checkbox">
                  <div className="utrecht-form-field__input">
                    <input
                      id={id}
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={aan}
                      onChange={(e) => schakelActie(s.nl, s.en, e.target.checked)}
                    />
                  </div>
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                      {v.actions.find((a) => a === maakGsmVeilig(s.nl) && a !== s.nl) ?? s.nl}
                    </label>
                  </div>
                </div>
              );
            })}
            <TextField
              label="Eigen handelingsperspectief (optioneel)"
              value={v.eigenActie}
              onChange={(e) => zet({ eigenActie: e.target.value })}
            />
          </fieldset>

          <TextField
            label="Meer informatie"
            beschrijving="Bij voorkeur een website of account, bijvoorbeeld ‘Meer informatie op crisis.nl’."
            value={v.moreInfo}
            onChange={(e) => zet({ moreInfo: e.target.value })}
          />

          <div className="utrecht-form-field utrecht-form-field--checkbox knp-checkbox">
            <div className="utrecht-form-field__input">
              <input
                id="nla-engels"
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={v.engels}
                onChange={(e) => zet({ engels: e.target.checked })}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="nla-engels">
                Engelse tekst toevoegen (na *** in hetzelfde bericht)
              </label>
            </div>
          </div>
          {v.engels && (
            <fieldset className="nla-groep" lang="en">
              <legend className="utrecht-form-fieldset__legend">English part</legend>
              <TextField label="Risk" value={v.enRisk} onChange={(e) => zet({ enRisk: e.target.value })} />
              <TextField
                label="Location"
                beschrijving="Leeg: dezelfde locatie als in het Nederlands."
                value={v.enLocation}
                onChange={(e) => zet({ enLocation: e.target.value })}
              />
              <p className="utrecht-paragraph nla-zacht">
                Actions from the templates: {v.enActions.join(" / ") || "none selected"}
              </p>
              <TextField
                label="Own action (optional)"
                value={v.enEigenActie}
                onChange={(e) => zet({ enEigenActie: e.target.value })}
              />
              <TextField
                label="More information"
                value={v.enMoreInfo}
                onChange={(e) => zet({ enMoreInfo: e.target.value })}
              />
            </fieldset>
          )}

          <fieldset className="nla-groep">
            <legend className="utrecht-form-fieldset__legend">Uitzendgebied</legend>
            <div className="nla-modus" role="radiogroup" aria-label="Vorm van het gebied">
              {(["polygoon", "cirkel"] as const).map((m) => (
                <label key={m} className="utrecht-form-label nla-modus__keuze">
                  <input
                    type="radio"
                    name="nla-modus"
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    checked={modus === m}
                    onChange={() => {
                      zetModus(m);
                      zet({ gebied: {} });
                    }}
                  />{" "}
                  {m === "polygoon" ? "Polygoon (klik de hoeken aan)" : "Cirkel (klik het midden aan)"}
                </label>
              ))}
            </div>
            <Kaart
              gebied={v.gebied}
              onChange={(g) => zet({ gebied: g })}
              modus={modus}
              label="Kaart voor het uitzendgebied; klik om punten te zetten. Met het toetsenbord: gebruik de velden hieronder."
            />
            {modus === "polygoon" ? (
              <>
                <div className="utrecht-form-field utrecht-form-field--textarea utrecht-form-field--distanced">
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label" htmlFor="nla-hoekpunten">
                      Hoekpunten (breedtegraad, lengtegraad – één per regel)
                    </label>
                  </div>
                  <div className="utrecht-form-field__input">
                    <textarea
                      id="nla-hoekpunten"
                      className="utrecht-textarea utrecht-textarea--html-textarea"
                      rows={5}
                      value={hoekTekst}
                      onChange={(e) => {
                        zetHoekTekst(e.target.value);
                        zet({ gebied: { polygon: leesPunten(e.target.value) } });
                      }}
                    />
                  </div>
                </div>
                <ButtonGroup>
                  <Button
                    onClick={() => zet({ gebied: { polygon: sluitRing(v.gebied.polygon ?? []) } })}
                    disabled={openRing(v.gebied.polygon ?? []).length < 3}
                  >
                    Polygoon sluiten
                  </Button>
                  <Button soort="subtle" onClick={() => zet({ gebied: {} })}>
                    Gebied wissen
                  </Button>
                </ButtonGroup>
              </>
            ) : (
              <div className="knp-formulier--raster">
                {(["lat", "lon", "radiusKm"] as const).map((k) => (
                  <TextField
                    key={`${k}-${v.gebied.circle?.[k] ?? ""}`}
                    label={
                      k === "lat" ? "Breedtegraad midden" : k === "lon" ? "Lengtegraad midden" : "Straal (km)"
                    }
                    inputMode="decimal"
                    defaultValue={v.gebied.circle ? String(v.gebied.circle[k]) : ""}
                    onBlur={(e) => {
                      const c = v.gebied.circle ?? { lat: 52.09, lon: 5.12, radiusKm: 1 };
                      const n = Number(e.target.value.replace(",", "."));
                      zet({ gebied: { circle: { ...c, [k]: Number.isFinite(n) ? n : 0 } } });
                    }}
                  />
                ))}
              </div>
            )}
          </fieldset>

          <ButtonGroup>
            <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig}>
              {bestaand ? "Wijziging opslaan" : "Concept opslaan"}
            </Button>
          </ButtonGroup>
        </form>

        <aside className="nla-opsteller__voorbeeld" aria-label="Voorbeeld en controles">
          <Heading niveau={2}>Voorbeeld</Heading>
          <Telefoon tekst={controle.text} status={v.status} />
          <Omvang controle={controle} onVervang={vervang} />
          <Controles controle={controle} />
          {controle.ucs2Tekens.some((u) => gsmVervanging(u.teken) !== null) && (
            <Button
              soort="subtle"
              onClick={() => {
                for (const u of controle.ucs2Tekens) vervang(u.teken);
              }}
            >
              Alle tekens vervangen door GSM-spelling
            </Button>
          )}
        </aside>
      </div>
    </Pagina>
  );
}

function leesPunten(tekst: string): [number, number][] {
  return tekst
    .split("\n")
    .map((r) =>
      r
        .split(/[,;\s]+/)
        .filter(Boolean)
        .map(Number),
    )
    .filter((p) => p.length >= 2 && p.every(Number.isFinite))
    .map((p) => [p[0]!, p[1]!] as [number, number]);
}
