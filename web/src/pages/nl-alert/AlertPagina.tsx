// One page per alert: the steps of the guarded path (§4b advice and second opinion, decision,
// release by the meldkamer, gateway, §4d.4 notification) with who did what and when, the forms for
// the step the user may take now (including "recorded by phone"), the follow-ups and the history.
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { Concept } from "../../../../src/domain/nl-alert/index.ts";
import { REDEN_VEREIST, SCENARIO_NAMEN, type Scenario } from "../../../../src/domain/nl-alert/index.ts";
import {
  DRIEHOEK_KEUZES,
  type DriehoekKeuze,
  TELEFONISCHE_FUNCTIES,
} from "../../../../src/http/nl-alert/regels.ts";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { useHerauthenticatie } from "../../components/Herauthenticatie.tsx";
import { Link } from "../../components/Link.tsx";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../../components/Table.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { navigeer } from "../../router.tsx";
import type { PaginaProps } from "../../routes.ts";
import { type AlertDetail, type InbrengInvoer, nlAlertApi, STATUS_NAMEN } from "./api.ts";
import { Kaart } from "./Kaart.tsx";
import { Controles, Omvang, StatusBanner, Telefoon } from "./onderdelen.tsx";
import "./nl-alert.css";

const tijd = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleString("nl-NL", {
        timeZone: "Europe/Amsterdam",
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      })
    : "–";

const SOORT_NAMEN = { alert: "NL-Alert", update: "Update", "einde-situatie": "Einde situatie" } as const;

export default function AlertPagina({ params }: PaginaProps) {
  const id = params.id ?? "";
  const [d, zetD] = useState<AlertDetail | undefined>();
  const [fout, zetFout] = useState<ApiFout | undefined>();
  const [melding, zetMelding] = useState<{ soort: "ok" | "error"; tekst: string; blokkades?: string[] }>();
  const meldingRef = useRef<HTMLDivElement>(null);
  // ADR 0254: the decision to send and the release ask for the password in place when the
  // session's re-authentication is missing or older than the window, then go on.
  const herauthBesluit = useHerauthenticatie();
  const herauthVrijgave = useHerauthenticatie();

  const laad = useCallback(async () => {
    try {
      zetD(await nlAlertApi.detail(id));
      zetFout(undefined);
    } catch (e) {
      zetFout(e instanceof ApiFout ? e : new ApiFout(0, {}));
    }
  }, [id]);

  useEffect(() => {
    void laad();
  }, [laad]);

  // While the gateway is being retried, follow it.
  const wacht = d?.verzending && ["wachtend", "bezig"].includes(d.verzending.status);
  useEffect(() => {
    if (!wacht) return;
    const t = setInterval(() => void laad(), 2000);
    return () => clearInterval(t);
  }, [wacht, laad]);

  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  async function doe(actie: () => Promise<AlertDetail>, gelukt: string): Promise<boolean> {
    try {
      const nieuw = await actie();
      zetD(nieuw);
      zetMelding({ soort: "ok", tekst: gelukt });
      return true;
    } catch (e) {
      const f = e instanceof ApiFout ? e : new ApiFout(0, {});
      zetMelding({ soort: "error", tekst: f.detail });
      if (f.status === 409) void laad();
      return false;
    }
  }

  if (fout)
    return (
      <Pagina titel="NL-Alert">
        <Alert soort="error" dringend>
          <p className="utrecht-paragraph">{fout.detail}</p>
        </Alert>
        <Link href="/nl-alert">Naar de lijst</Link>
      </Pagina>
    );
  if (!d)
    return (
      <Pagina titel="NL-Alert">
        <p className="utrecht-paragraph knp-laden">Laden…</p>
      </Pagina>
    );

  const a = d.alert;
  const c = a.concept as Concept;
  const advies = d.inbreng.filter((i) => i.soort === "advies");
  const so = d.inbreng.filter((i) => i.soort === "second-opinion");

  return (
    <Pagina titel={`${SOORT_NAMEN[a.soort]}: ${a.risico || a.incident}`} breed>
      <StatusBanner status={a.status} />
      {melding && (
        <Alert ref={meldingRef} soort={melding.soort} dringend={melding.soort === "error"}>
          <p className="utrecht-paragraph">{melding.tekst}</p>
        </Alert>
      )}
      <dl className="knp-gegevens nla-kern">
        <dt>Fase</dt>
        <dd>
          <span className={`nla-fase nla-fase--${a.fase}`} data-testid="nla-fase">
            {a.faseNaam}
          </span>
        </dd>
        <dt>Incident</dt>
        <dd>{a.incident}</dd>
        <dt>Regio</dt>
        <dd>{a.regioNaam}</dd>
        <dt>Scenario</dt>
        <dd>{SCENARIO_NAMEN[a.scenario as Scenario] ?? a.scenario}</dd>
        <dt>Soort</dt>
        <dd>
          {STATUS_NAMEN[a.status]} · {SOORT_NAMEN[a.soort]} · versie {a.versie}
        </dd>
        <dt>Opgesteld</dt>
        <dd>
          {d.alert.aangemaaktDoor.naam}, {tijd(a.aangemaakt)}
        </dd>
        {d.origineel && (
          <>
            <dt>Vervolg op</dt>
            <dd>
              <Link href={`/nl-alert/${d.origineel.id}`}>
                {d.origineel.risico} – {d.origineel.locatie}
              </Link>{" "}
              ({d.origineel.faseNaam})
            </dd>
          </>
        )}
      </dl>

      {a.eindeSituatieOpen && (
        <Alert soort="warning" titel="Einde situatie nog niet verzonden (§4f.2)">
          <p className="utrecht-paragraph">
            Dit NL-Alert is verzonden en nog niet afgemeld. Stuur een einde-situatiebericht zodra het gevaar
            voorbij is (bijvoorbeeld als de oproep tot gebiedsontwijking vervalt).
          </p>
          {d.mag.vervolg && (
            <ButtonGroup>
              <Button
                soort="primary-action"
                onClick={async () => {
                  try {
                    const n = await nlAlertApi.vervolg(a.id, "einde-situatie");
                    navigeer(`/nl-alert/nieuw?bewerk=${n.alert.id}`);
                  } catch (e) {
                    zetMelding({ soort: "error", tekst: e instanceof ApiFout ? e.detail : "Niet gelukt." });
                  }
                }}
              >
                Einde situatie opstellen
              </Button>
              <Button
                onClick={async () => {
                  try {
                    const n = await nlAlertApi.vervolg(a.id, "update");
                    navigeer(`/nl-alert/nieuw?bewerk=${n.alert.id}`);
                  } catch (e) {
                    zetMelding({ soort: "error", tekst: e instanceof ApiFout ? e.detail : "Niet gelukt." });
                  }
                }}
              >
                Update opstellen
              </Button>
            </ButtonGroup>
          )}
          {d.mag.eindeAfsluiten && (
            <EindeAfsluiten
              onVerstuur={(reden) =>
                doe(
                  () => nlAlertApi.eindeAfsluiten(a.id, a.versie, reden),
                  "Afgesloten zonder einde-situatiebericht.",
                )
              }
            />
          )}
        </Alert>
      )}
      {a.eindeAfgesloten && (
        <Alert soort="info" titel="Geen einde-situatiebericht nodig (§4f.2)">
          <p className="utrecht-paragraph" data-testid="nla-einde-afgesloten">
            Afgesloten door {a.eindeAfgesloten.door?.naam ?? "onbekend"}, {tijd(a.eindeAfgesloten.op)}. Reden:{" "}
            {a.eindeAfgesloten.reden}
          </p>
        </Alert>
      )}

      <div className="nla-opsteller">
        <div className="nla-opsteller__invoer">
          <Heading niveau={2}>Stappen</Heading>
          <ol className="nla-stappen">
            <Stap
              nummer={1}
              titel="Advies politie (HOvD-P of OvD-OC)"
              bron="§4b.1–2"
              klaar={advies.length > 0}
            >
              <InbrengLijst lijst={advies} />
              {d.mag.adviesZelf && (
                <InbrengFormulier
                  soort="advies"
                  wijze="zelf"
                  onVerstuur={(b) =>
                    doe(() => nlAlertApi.advies(a.id, { ...b, versie: a.versie }), "Advies vastgelegd.")
                  }
                />
              )}
              {d.mag.adviesTelefonisch && (
                <InbrengFormulier
                  soort="advies"
                  wijze="telefonisch"
                  open={advies.length === 0}
                  onVerstuur={(b) =>
                    doe(
                      () => nlAlertApi.advies(a.id, { ...b, versie: a.versie }),
                      "Telefonisch advies vastgelegd.",
                    )
                  }
                />
              )}
            </Stap>
            <Stap nummer={2} titel="Second opinion HOvD LE (operaties)" bron="§4b.2" klaar={so.length > 0}>
              <InbrengLijst lijst={so} />
              {d.mag.secondOpinionZelf && (
                <InbrengFormulier
                  soort="second-opinion"
                  wijze="zelf"
                  onVerstuur={(b) =>
                    doe(
                      () => nlAlertApi.secondOpinion(a.id, { ...b, versie: a.versie }),
                      "Second opinion vastgelegd.",
                    )
                  }
                />
              )}
              {d.mag.secondOpinionTelefonisch && (
                <InbrengFormulier
                  soort="second-opinion"
                  wijze="telefonisch"
                  open={so.length === 0}
                  onVerstuur={(b) =>
                    doe(
                      () => nlAlertApi.secondOpinion(a.id, { ...b, versie: a.versie }),
                      "Telefonische second opinion vastgelegd.",
                    )
                  }
                />
              )}
            </Stap>
            <Stap
              nummer={3}
              titel="Besluit bevoegde functionaris"
              bron="§3, §4b.4"
              klaar={!!a.besluit?.geldig}
            >
              {a.besluit && (
                <p className="utrecht-paragraph">
                  <strong>{a.besluit.besluit === "verzenden" ? "Verzenden" : "Niet verzenden"}</strong>
                  {a.besluit.geldig ? "" : " (vervallen: tekst of advies is daarna gewijzigd)"} –{" "}
                  {a.besluit.door?.naam}, {tijd(a.besluit.op)}. Afweging: {a.besluit.afweging}
                  {a.besluit.driehoek && (
                    <span data-testid="nla-driehoek"> Driehoek: {DRIEHOEK_KEUZES[a.besluit.driehoek]}.</span>
                  )}
                </p>
              )}
              {d.mag.besluiten &&
                (d.mag.besluitVerzenden ? (
                  <BesluitFormulier
                    verzendenMag
                    waarschuwingen={d.beoordeling.warnings.map((w) => ({ code: w.code, tekst: w.message }))}
                    erkend={a.erkend?.geldig ? a.erkendeWaarschuwingen : []}
                    redenen={a.erkend?.geldig ? a.erkendRedenen : {}}
                    onVerstuur={(b) =>
                      doe(
                        () =>
                          herauthBesluit.metHerauthenticatie(() =>
                            nlAlertApi.besluit(a.id, { ...b, versie: a.versie }),
                          ),
                        "Besluit vastgelegd.",
                      )
                    }
                  />
                ) : (
                  // §4b.1: police advice before sending; deciding not to send needs none.
                  <details className="nla-details">
                    <summary>Besluiten niet te verzenden</summary>
                    <Paragraph>
                      Verzenden kan pas met het advies van de politie en de second opinion van de HOvD LE
                      (§4b.1–2). Besluiten níet te verzenden kan nu al.
                    </Paragraph>
                    <BesluitFormulier
                      verzendenMag={false}
                      waarschuwingen={[]}
                      erkend={[]}
                      onVerstuur={(b) =>
                        doe(() => nlAlertApi.besluit(a.id, { ...b, versie: a.versie }), "Besluit vastgelegd.")
                      }
                    />
                  </details>
                ))}
              {herauthBesluit.vraag}
              {d.mag.bewerken && (
                <p className="utrecht-paragraph">
                  <Link href={`/nl-alert/nieuw?bewerk=${a.id}`}>Concept bewerken</Link> (een genomen besluit
                  vervalt dan)
                </p>
              )}
            </Stap>
            <Stap nummer={4} titel="Vrijgave door de meldkamer" bron="§3" klaar={!!a.vrijgegeven}>
              {a.vrijgegeven ? (
                <p className="utrecht-paragraph">
                  Vrijgegeven door {a.vrijgegeven.door?.naam}, {tijd(a.vrijgegeven.op)}. CAP-kenmerk{" "}
                  <code>{a.cap?.identifier}</code>
                </p>
              ) : d.blokkades.length > 0 ? (
                <div data-testid="nla-blokkades">
                  <p className="utrecht-paragraph">Vrijgeven kan nog niet:</p>
                  <ul className="utrecht-unordered-list">
                    {d.blokkades.map((b) => (
                      <li key={b.code} className="utrecht-unordered-list__item">
                        {b.melding} <span className="nla-bron">({b.bron})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <Paragraph>Alle voorwaarden zijn vervuld.</Paragraph>
              )}
              {d.mag.vrijgeven && (
                <Button
                  soort="primary-action"
                  className="knp-knop-gevaar"
                  disabled={d.blokkades.length > 0 || herauthVrijgave.wacht}
                  onClick={() =>
                    doe(
                      () => herauthVrijgave.metHerauthenticatie(() => nlAlertApi.vrijgeven(a.id, a.versie)),
                      "Vrijgegeven en aan de gateway gegeven.",
                    )
                  }
                >
                  {a.status === "Actual"
                    ? "Vrijgeven en verzenden"
                    : `Vrijgeven en verzenden (${STATUS_NAMEN[a.status]})`}
                </Button>
              )}
              {herauthVrijgave.vraag}
            </Stap>
            <Stap
              nummer={5}
              titel="Uitzendgateway"
              bron="CAP 1.2"
              klaar={d.verzending?.status === "ontvangen"}
            >
              {d.verzending ? (
                <>
                  <p className="utrecht-paragraph" data-testid="nla-gateway">
                    {d.verzending.status === "ontvangen"
                      ? `Ontvangen door de gateway, ${tijd(d.verzending.ontvangenOp)}.`
                      : d.verzending.status === "mislukt"
                        ? `Mislukt na ${d.verzending.pogingen} poging(en): ${d.verzending.laatsteFout ?? ""}`
                        : `Bezig (poging ${d.verzending.pogingen}); volgende poging ${tijd(d.verzending.volgendePoging)}. ${d.verzending.laatsteFout ?? ""}`}
                  </p>
                  {d.verzending.historie.length > 0 && (
                    <Table caption="Pogingen">
                      <TableHeader>
                        <TableRow>
                          <TableHeaderCell>#</TableHeaderCell>
                          <TableHeaderCell>Tijd</TableHeaderCell>
                          <TableHeaderCell>Antwoord</TableHeaderCell>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {d.verzending.historie.map((h) => (
                          <TableRow key={h.nummer}>
                            <TableCell kolom="#">{h.nummer}</TableCell>
                            <TableCell kolom="Tijd">{tijd(h.begonnen)}</TableCell>
                            <TableCell kolom="Antwoord">
                              {h.gelukt ? "Ontvangen" : "Mislukt"}{" "}
                              {h.httpStatus ? `(HTTP ${h.httpStatus})` : ""} {h.fout ?? ""}
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  )}
                  {d.mag.opnieuwVerzenden && d.verzending.status === "mislukt" && (
                    <Button
                      onClick={() =>
                        doe(() => nlAlertApi.opnieuw(a.id, a.versie), "Opnieuw aangeboden aan de gateway.")
                      }
                    >
                      Opnieuw verzenden
                    </Button>
                  )}
                </>
              ) : (
                <Paragraph>Nog niet vrijgegeven.</Paragraph>
              )}
            </Stap>
            <Stap
              nummer={6}
              titel="Lokaal bevoegd gezag informeren"
              bron="§4d.4"
              klaar={d.taken.length > 0 && d.taken.every((t) => t.bevestigdOp)}
            >
              {d.taken.length === 0 && <Paragraph>Deze taak ontstaat bij de vrijgave.</Paragraph>}
              {d.taken.map((t) =>
                t.bevestigdOp ? (
                  <p key={t.id} className="utrecht-paragraph">
                    Bevestigd door {t.bevestigdDoor?.naam}, {tijd(t.bevestigdOp)}: {t.bevestiging}
                  </p>
                ) : (
                  <TaakFormulier
                    key={t.id}
                    omschrijving={t.omschrijving}
                    mag={d.mag.takenBevestigen}
                    onVerstuur={(tekst) =>
                      doe(() => nlAlertApi.bevestigTaak(a.id, t.id, a.versie, tekst), "Taak bevestigd.")
                    }
                  />
                ),
              )}
            </Stap>
          </ol>
        </div>
        <aside className="nla-opsteller__voorbeeld" aria-label="Bericht">
          <Heading niveau={2}>Bericht</Heading>
          <Telefoon tekst={d.beoordeling.text} status={a.status} />
          <Omvang controle={d.beoordeling} />
          <Controles
            controle={d.beoordeling}
            erkend={a.erkend?.geldig ? a.erkendeWaarschuwingen : []}
            redenen={a.erkend?.geldig ? a.erkendRedenen : {}}
          />
          <Kaart gebied={c.area} label="Uitzendgebied van dit bericht" />
        </aside>
      </div>

      {d.vervolgen.length > 0 && (
        <section aria-labelledby="nla-vervolg-kop">
          <Heading niveau={2} id="nla-vervolg-kop">
            Vervolgberichten
          </Heading>
          <ul className="utrecht-unordered-list">
            {d.vervolgen.map((v) => (
              <li key={v.id} className="utrecht-unordered-list__item">
                <Link href={`/nl-alert/${v.id}`}>
                  {SOORT_NAMEN[v.soort]}: {v.risico}
                </Link>{" "}
                – {v.faseNaam}
              </li>
            ))}
          </ul>
        </section>
      )}

      <Heading niveau={2}>Wie deed wat en wanneer</Heading>
      <Table caption="Geschiedenis (uit de audittrail)">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Tijd</TableHeaderCell>
            <TableHeaderCell>Handeling</TableHeaderCell>
            <TableHeaderCell>Door</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {d.geschiedenis.map((h) => (
            <TableRow key={h.volgnummer}>
              <TableCell kolom="Tijd">{tijd(h.tijdstip)}</TableCell>
              <TableCell kolom="Handeling">{HANDELINGEN[h.actie] ?? h.actie}</TableCell>
              <TableCell kolom="Door">{h.door ?? "systeem"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {a.cap && (
        <details className="nla-cap">
          <summary>CAP-bericht (XML) zoals aan de gateway gegeven</summary>
          <pre>{a.cap.xml}</pre>
        </details>
      )}
    </Pagina>
  );
}

const HANDELINGEN: Record<string, string> = {
  "nl-alert.aangemaakt": "Concept aangemaakt",
  "nl-alert.concept-gewijzigd": "Concept gewijzigd",
  "nl-alert.advies-vastgelegd": "Advies politie vastgelegd",
  "nl-alert.second-opinion-vastgelegd": "Second opinion vastgelegd",
  "nl-alert.besluit": "Besluit vastgelegd",
  "nl-alert.waarschuwingen-erkend": "Waarschuwingen erkend",
  "nl-alert.vrijgegeven": "Vrijgegeven door de meldkamer",
  "nl-alert.gateway-ontvangen": "Ontvangen door de gateway",
  "nl-alert.gateway-poging-mislukt": "Poging naar de gateway mislukt (wordt herhaald)",
  "nl-alert.gateway-mislukt": "Verzending mislukt",
  "nl-alert.opnieuw-verzenden": "Opnieuw aangeboden aan de gateway",
  "nl-alert.taak-bevestigd": "Lokaal gezag geïnformeerd (bevestigd)",
  "nl-alert.vervolg-aangemaakt": "Vervolgbericht aangemaakt",
  "nl-alert.einde-afgesloten": "Einde situatie afgesloten zonder bericht (met reden)",
};

function Stap({
  nummer,
  titel,
  bron,
  klaar,
  children,
}: {
  nummer: number;
  titel: string;
  bron: string;
  klaar: boolean;
  children: ReactNode;
}) {
  return (
    <li className={`nla-stap${klaar ? " nla-stap--klaar" : ""}`} aria-labelledby={`nla-stap-${nummer}`}>
      <Heading niveau={3} id={`nla-stap-${nummer}`}>
        <span className="nla-stap__teken" aria-hidden="true">
          {klaar ? "✓" : nummer}
        </span>{" "}
        {titel} <span className="nla-bron">({bron})</span>
        <span className="knp-visueel-verborgen">{klaar ? " – gereed" : " – open"}</span>
      </Heading>
      {children}
    </li>
  );
}

function InbrengLijst({ lijst }: { lijst: AlertDetail["inbreng"] }) {
  if (!lijst.length) return null;
  return (
    <ul className="utrecht-unordered-list">
      {lijst.map((i) => (
        <li key={i.id} className="utrecht-unordered-list__item" data-testid="nla-inbreng">
          <strong>{i.advies === "verzenden" ? "Verzenden" : "Niet verzenden"}</strong> – {i.naam} ({i.functie}
          ), {tijd(i.tijdstip)},{" "}
          {i.wijze === "telefonisch" ? `telefonisch vastgelegd door ${i.vastgelegdDoor.naam}` : "zelf"}.{" "}
          {i.samenvatting}{" "}
          {i.risicosGewogen ? "Risico's §4e en spoedeisend karakter van de inzet gewogen (§4b.3)." : ""}
          {!i.geldend && " (vervangen door een latere inbreng van dezelfde soort)"}
        </li>
      ))}
    </ul>
  );
}

function nuLokaal(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

function InbrengFormulier({
  soort,
  wijze,
  open,
  onVerstuur,
}: {
  soort: "advies" | "second-opinion";
  wijze: "zelf" | "telefonisch";
  open?: boolean;
  onVerstuur: (b: Omit<InbrengInvoer, "versie">) => Promise<boolean>;
}) {
  const naamSoort = soort === "advies" ? "advies" : "second opinion";
  const [advies, zetAdvies] = useState<"verzenden" | "niet-verzenden">("verzenden");
  const [naam, zetNaam] = useState("");
  const functies = TELEFONISCHE_FUNCTIES[soort];
  const [functie, zetFunctie] = useState(functies[0] ?? "");
  const [moment, zetMoment] = useState(nuLokaal);
  const [samenvatting, zetSamenvatting] = useState("");
  const [gewogen, zetGewogen] = useState(false);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [bezig, zetBezig] = useState(false);
  const idBasis = `nla-${soort}-${wijze}`;

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (wijze === "telefonisch" && !naam.trim()) f.naam = "Vul de naam in van wie het gaf.";
    if (!samenvatting.trim()) f.samenvatting = "Vat het advies kort samen.";
    if (!gewogen)
      f.gewogen =
        "Bevestig dat de risico's van §4e én het spoedeisende karakter van de inzet zijn meegewogen (§4b.3).";
    zetFouten(f);
    if (Object.keys(f).length) return;
    zetBezig(true);
    await onVerstuur({
      wijze,
      advies,
      samenvatting,
      risicosGewogen: true,
      ...(wijze === "telefonisch" ? { naam, functie, tijdstip: new Date(moment).toISOString() } : {}),
    });
    zetBezig(false);
  }

  const formulier = (
    <form
      className="knp-formulier nla-inbreng"
      onSubmit={verstuur}
      noValidate
      aria-label={`${naamSoort} ${wijze}`}
    >
      <fieldset className="nla-groep">
        <legend className="utrecht-form-fieldset__legend">Advies</legend>
        {(["verzenden", "niet-verzenden"] as const).map((w) => (
          <label key={w} className="utrecht-form-label nla-modus__keuze">
            <input
              type="radio"
              name={`${idBasis}-advies`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={advies === w}
              onChange={() => zetAdvies(w)}
            />{" "}
            {w === "verzenden" ? "Verzenden" : "Niet verzenden"}
          </label>
        ))}
      </fieldset>
      {wijze === "telefonisch" && (
        <>
          <TextField label="Naam" value={naam} onChange={(e) => zetNaam(e.target.value)} fout={fouten.naam} />
          {/* §4b.2 names who gives the advice and who the second opinion. */}
          <SelectField label="Functie" value={functie} onChange={(e) => zetFunctie(e.target.value)}>
            {functies.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Tijdstip gesprek"
            type="datetime-local"
            value={moment}
            onChange={(e) => zetMoment(e.target.value)}
          />
        </>
      )}
      <TextField
        label="Samenvatting"
        value={samenvatting}
        onChange={(e) => zetSamenvatting(e.target.value)}
        fout={fouten.samenvatting}
      />
      <div className="utrecht-form-field utrecht-form-field--checkbox knp-checkbox">
        <div className="utrecht-form-field__input">
          <input
            id={`${idBasis}-gewogen`}
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={gewogen}
            aria-invalid={fouten.gewogen ? true : undefined}
            aria-describedby={fouten.gewogen ? `${idBasis}-gewogen-fout` : undefined}
            onChange={(e) => zetGewogen(e.target.checked)}
          />
        </div>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${idBasis}-gewogen`}>
            Risico's §4e én het spoedeisende karakter van de inzet gewogen (§4b.3; sirene kan schuilende
            mensen verraden, daders lezen mee, ontsteking via telefoons)
          </label>
        </div>
        {fouten.gewogen && (
          <div className="utrecht-form-field-error-message" id={`${idBasis}-gewogen-fout`}>
            {fouten.gewogen}
          </div>
        )}
      </div>
      <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig}>
        {wijze === "telefonisch"
          ? `Telefonisch ${naamSoort} vastleggen`
          : `${naamSoort[0]!.toUpperCase()}${naamSoort.slice(1)} geven`}
      </Button>
    </form>
  );
  if (wijze === "zelf") return formulier;
  return (
    <details className="nla-details" open={open}>
      <summary>Telefonisch {naamSoort} vastleggen</summary>
      {formulier}
    </details>
  );
}

function BesluitFormulier({
  verzendenMag,
  waarschuwingen,
  erkend,
  redenen: eerdereRedenen = {},
  onVerstuur,
}: {
  /** §4b.1–2: only with advice and second opinion; otherwise only "niet verzenden". */
  verzendenMag: boolean;
  waarschuwingen: { code: string; tekst: string }[];
  erkend: readonly string[];
  redenen?: Readonly<Record<string, string>>;
  onVerstuur: (b: {
    besluit: "verzenden" | "niet-verzenden";
    afweging: string;
    driehoek?: DriehoekKeuze;
    erkendeWaarschuwingen: string[];
    redenen: Record<string, string>;
  }) => Promise<boolean>;
}) {
  const [besluit, zetBesluit] = useState<"verzenden" | "niet-verzenden">(
    verzendenMag ? "verzenden" : "niet-verzenden",
  );
  const [afweging, zetAfweging] = useState("");
  const [driehoek, zetDriehoek] = useState<DriehoekKeuze | "">("");
  const [gekozen, zetGekozen] = useState<string[]>([...erkend]);
  // ADR 0251: an area partly outside the region is acknowledged with a reason.
  const [redenen, zetRedenen] = useState<Record<string, string>>({ ...eerdereRedenen });
  const [redenFouten, zetRedenFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string>();
  const [bezig, zetBezig] = useState(false);
  const codes = [...new Set(waarschuwingen.map((w) => w.code))];

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const rf: Record<string, string> = {};
    if (besluit === "verzenden")
      for (const c of gekozen)
        if (REDEN_VEREIST.includes(c as never) && !redenen[c]?.trim())
          rf[c] = "Geef de reden waarom het uitzendgebied buiten de eigen regio mag liggen.";
    zetRedenFouten(rf);
    if (!afweging.trim())
      return zetFout("Leg de afweging vast (het advies van de politie is meegewogen, §4b.4).");
    zetFout(undefined);
    if (Object.keys(rf).length) return;
    zetBezig(true);
    const verzenden = besluit === "verzenden";
    await onVerstuur({
      besluit,
      afweging,
      ...(driehoek ? { driehoek } : {}),
      erkendeWaarschuwingen: verzenden ? gekozen : [],
      redenen: verzenden
        ? Object.fromEntries(
            gekozen.filter((c) => REDEN_VEREIST.includes(c as never)).map((c) => [c, redenen[c] ?? ""]),
          )
        : {},
    });
    zetBezig(false);
  }

  return (
    <form className="knp-formulier nla-inbreng" onSubmit={verstuur} noValidate aria-label="Besluit">
      <fieldset className="nla-groep">
        <legend className="utrecht-form-fieldset__legend">Besluit</legend>
        {(["verzenden", "niet-verzenden"] as const).map((w) => (
          <label key={w} className="utrecht-form-label nla-modus__keuze">
            <input
              type="radio"
              name="nla-besluit"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={besluit === w}
              disabled={w === "verzenden" && !verzendenMag}
              onChange={() => zetBesluit(w)}
            />{" "}
            {w === "verzenden"
              ? verzendenMag
                ? "Verzenden"
                : "Verzenden (kan pas met advies en second opinion)"
              : "Niet verzenden"}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Afweging"
        value={afweging}
        onChange={(e) => zetAfweging(e.target.value)}
        fout={fout}
      />
      {/* Cover letter: putting the advice to the driehoek "verdient aanbeveling" (ADR 0252). */}
      <SelectField
        label="Advies voorgelegd aan de driehoek (aanbevolen)"
        value={driehoek}
        onChange={(e) => zetDriehoek(e.target.value as DriehoekKeuze | "")}
      >
        <option value="">Niet vastgelegd</option>
        {(Object.keys(DRIEHOEK_KEUZES) as DriehoekKeuze[]).map((k) => (
          <option key={k} value={k}>
            {DRIEHOEK_KEUZES[k]}
          </option>
        ))}
      </SelectField>
      {besluit === "verzenden" && codes.length > 0 && (
        <fieldset className="nla-groep">
          <legend className="utrecht-form-fieldset__legend">Waarschuwingen gewogen en erkend (§4e)</legend>
          {codes.map((code) => {
            const id = `nla-erken-${code}`;
            return (
              <div key={code} className="utrecht-form-field utrecht-form-field--checkbox knp-checkbox">
                <div className="utrecht-form-field__input">
                  <input
                    id={id}
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={gekozen.includes(code)}
                    onChange={(e) =>
                      zetGekozen((g) => (e.target.checked ? [...g, code] : g.filter((x) => x !== code)))
                    }
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                    {ERKEN_LABELS[code] ?? `Erken ${code}:`}{" "}
                    {waarschuwingen.find((w) => w.code === code)?.tekst}
                  </label>
                </div>
                {REDEN_VEREIST.includes(code as never) && gekozen.includes(code) && (
                  <TextField
                    label="Reden: waarom mag het gebied buiten de regio liggen"
                    value={redenen[code] ?? ""}
                    onChange={(e) => zetRedenen((r) => ({ ...r, [code]: e.target.value }))}
                    fout={redenFouten[code]}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig}>
        Besluit vastleggen
      </Button>
    </form>
  );
}

/** §4f.2: the bevoegd gezag judges an end message is not needed here, and records why (ADR 0253). */
function EindeAfsluiten({ onVerstuur }: { onVerstuur: (reden: string) => Promise<boolean> }) {
  const [reden, zetReden] = useState("");
  const [fout, zetFout] = useState<string>();
  return (
    <details className="nla-details">
      <summary>Afsluiten zonder einde-situatiebericht</summary>
      <form
        className="knp-formulier"
        noValidate
        aria-label="Einde situatie afsluiten zonder bericht"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!reden.trim()) return zetFout("Geef de reden waarom geen einde-situatiebericht nodig is.");
          zetFout(undefined);
          await onVerstuur(reden);
        }}
      >
        <TextField
          label="Reden: waarom is geen einde-situatiebericht nodig"
          value={reden}
          onChange={(e) => zetReden(e.target.value)}
          fout={fout}
        />
        <Button type="submit">Afsluiten</Button>
      </form>
    </details>
  );
}

/** Acknowledgements that are a confirmation, worded as one. */
const ERKEN_LABELS: Record<string, string> = {
  // §4c nafase: "zwaar middel … gericht op het redden van mensenlevens" (review finding 10).
  "nafase-levens-redden": "Ik bevestig dat dit bericht dient om mensenlevens te redden (§4c, nafase).",
};

function TaakFormulier({
  omschrijving,
  mag,
  onVerstuur,
}: {
  omschrijving: string;
  mag: boolean;
  onVerstuur: (tekst: string) => Promise<boolean>;
}) {
  const [tekst, zetTekst] = useState("");
  const [fout, zetFout] = useState<string>();
  return (
    <div className="nla-taak" data-testid="nla-taak">
      <Alert soort="warning" titel="Open taak">
        <p className="utrecht-paragraph">{omschrijving}</p>
      </Alert>
      {mag && (
        <form
          className="knp-formulier"
          noValidate
          aria-label="Taak bevestigen"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!tekst.trim()) return zetFout("Wie is geïnformeerd, hoe en wanneer?");
            zetFout(undefined);
            await onVerstuur(tekst);
          }}
        >
          <TextField
            label="Wie is geïnformeerd, hoe en wanneer"
            value={tekst}
            onChange={(e) => zetTekst(e.target.value)}
            fout={fout}
          />
          <Button type="submit">Bevestigen</Button>
        </form>
      )}
    </div>
  );
}
