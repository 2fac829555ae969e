// One request: its header, the user's own available tasks with the matching form, the procedure's
// steps as a task list, the form data, decisions and signatures, and the timeline. Follows changes
// by others live; a command that lost a race (409) shows the current state instead.

import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Fase } from "../../../../src/domain/aanvragen/index.ts";
import type { Stap } from "../../../../src/domain/wegwijzer/index.ts";
import { leesbaar } from "../../../../src/pdf/leesbaar.ts";
import { Alert } from "../../components/Alert.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useLive } from "../../live.ts";
import type { PaginaProps } from "../../routes.ts";
import { useSessie } from "../../sessie.tsx";
import { wegwijzerApi } from "../wegwijzer/api.ts";
import { Actie, GeenZienswijze } from "./Actie.tsx";
import {
  type Aanvraag,
  type AanvraagDetail,
  aanvragenApi,
  type Commando,
  isConflict,
  type NieuweBijlage,
  nieuweSleutel,
  organisatieNamen,
  type Taak,
  type TijdlijnRegel,
} from "./api.ts";
import { Bewerken } from "./Bewerken.tsx";
import { Bijlagen } from "./Bijlagen.tsx";
import { Levensloop } from "./Levensloop.tsx";
import { LiveStatus } from "./LiveStatus.tsx";
import { Foutmelding, OefeningLabel, SpoedLabel, StatusLabel } from "./onderdelen.tsx";
import {
  CONFLICT_TEKST,
  capaciteitNaam,
  EVENT_NAAM,
  euro,
  faseNaam,
  KOSTEN_REGIME,
  regioCode,
  rolNaam,
  STAP_SOORT,
  STATUS,
  TAAK_STATUS,
  tijd,
  UITKOMST_STAP,
} from "./teksten.ts";
import "./aanvragen.css";

const uurMinuut = (d: Date) =>
  d.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

function useStappen(): Map<string, Stap> {
  const [m, zet] = useState<Map<string, Stap>>(new Map());
  useEffect(() => {
    let actief = true;
    wegwijzerApi
      .catalogus()
      .then(
        (c) => actief && zet(new Map(c.procedures.flatMap((p) => p.stappen.map((s) => [s.id, s] as const)))),
      )
      .catch(() => {});
    return () => {
      actief = false;
    };
  }, []);
  return m;
}

function useNamen(): (id: string) => string {
  const [m, zet] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let actief = true;
    organisatieNamen()
      .then((x) => actief && zet(x))
      .catch(() => {});
    return () => {
      actief = false;
    };
  }, []);
  return useCallback((id: string) => m.get(id) ?? id, [m]);
}

/** The time now, refreshed once the earliest of `momenten` still ahead has passed. */
function useNu(momenten: readonly (string | null)[]): number {
  const [nu, zetNu] = useState(() => Date.now());
  const sleutel = momenten.filter(Boolean).join(",");
  useEffect(() => {
    const volgende = sleutel
      .split(",")
      .filter(Boolean)
      .map((m) => Date.parse(m))
      .filter((t) => t > nu)
      .sort((x, y) => x - y)[0];
    if (volgende === undefined) return;
    // setTimeout holds at most about 24 days; look again then.
    const h = setTimeout(() => zetNu(Date.now()), Math.min(volgende - Date.now() + 1_000, 2 ** 31 - 1));
    return () => clearTimeout(h);
  }, [sleutel, nu]);
  return nu;
}

export default function AanvraagPagina({ params }: PaginaProps) {
  const id = params.id ?? "";
  const { gebruiker } = useSessie();
  const [detail, zetDetail] = useState<AanvraagDetail | undefined>(undefined);
  const [laadFout, zetLaadFout] = useState<unknown>(undefined);
  const [conflict, zetConflict] = useState<string | undefined>(undefined);
  const [melding, zetMelding] = useState<string | undefined>(undefined);
  const [aankondiging, zetAankondiging] = useState("");
  const stappen = useStappen();
  const naam = useNamen();
  const versie = useRef(-1);
  const eigen = useRef(new Set<number>());
  const bezig = useRef(false);
  const conflictRef = useRef<HTMLDivElement>(null);

  const laad = useCallback(async () => {
    try {
      const d = await aanvragenApi.detail(id);
      if (d.aanvraag.versie < versie.current) return;
      const anders = versie.current >= 0 && d.aanvraag.versie > versie.current;
      versie.current = d.aanvraag.versie;
      zetDetail(d);
      zetLaadFout(undefined);
      return anders;
    } catch (e) {
      zetLaadFout(e);
      return false;
    }
  }, [id]);

  useEffect(() => {
    versie.current = -1;
    void laad();
  }, [laad]);

  useLive({
    aanvraag: (d) => {
      const e = d as { id?: string; versie?: number } | null;
      if (e?.id !== id) return;
      if (typeof e.versie === "number" && e.versie <= versie.current) return;
      // Our own change may be announced before our own request has returned: not "someone else".
      const vanMij = () =>
        bezig.current || (typeof e.versie === "number" && eigen.current.has(e.versie as number));
      const alBezig = bezig.current;
      void laad().then((anders) => {
        if (anders && !alBezig && !vanMij()) {
          zetMelding(undefined);
          zetAankondiging(`Deze aanvraag is om ${uurMinuut(new Date())} door iemand anders bijgewerkt.`);
        }
      });
    },
    verbonden: () => void laad(),
  });

  const uitvoeren = useCallback(
    async (c: Commando) => {
      if (!detail) return;
      zetConflict(undefined);
      zetMelding(undefined);
      bezig.current = true;
      try {
        const r = await aanvragenApi.commando(id, detail.aanvraag.versie, c, nieuweSleutel());
        eigen.current.add(r.aanvraag.versie);
        zetMelding(bevestiging(c));
        await laad();
      } catch (e) {
        if (isConflict(e)) {
          await laad();
          zetConflict(e.detail);
          setTimeout(() => conflictRef.current?.focus(), 0);
          return;
        }
        throw e;
      } finally {
        bezig.current = false;
      }
    },
    [detail, id, laad],
  );

  const bijlageToevoegen = useCallback(
    async (b: NieuweBijlage) => {
      if (!detail) return;
      zetConflict(undefined);
      zetMelding(undefined);
      bezig.current = true;
      try {
        const r = await aanvragenApi.bijlageToevoegen(id, detail.aanvraag.versie, b, nieuweSleutel());
        eigen.current.add(r.aanvraag.versie);
        zetMelding(`Bijlage "${b.naam}" is toegevoegd.`);
        await laad();
      } catch (e) {
        if (isConflict(e)) {
          await laad();
          zetConflict(e.detail);
          setTimeout(() => conflictRef.current?.focus(), 0);
          return;
        }
        throw e;
      } finally {
        bezig.current = false;
      }
    },
    [detail, id, laad],
  );

  const a = detail?.aanvraag;
  const titel = a ? `Aanvraag ${a.referentienummer}` : "Aanvraag";
  const mijn = useMemo(
    () => (detail?.mijnTaken ?? []).filter((t) => t.beschikbaar && t.status === "open"),
    [detail],
  );
  // Someone else's zienswijze whose absence this user may record (ADR 0607): the server names the
  // task and its due time (its decider's rule, at its clock); the page switches when that time has
  // passed, without asking again. A task of this user's own is shown as his task instead.
  const wachtendeZienswijzen = useMemo(
    () =>
      (detail?.geenZienswijze ?? []).flatMap((m) => {
        const taak = detail?.aanvraag.taken.find((t) => t.id === m.taakId);
        return taak && !detail?.mijnTaken.some((t) => t.id === m.taakId) ? [{ ...m, taak }] : [];
      }),
    [detail],
  );
  const nu = useNu(wachtendeZienswijzen.map((z) => z.vanaf));
  const verstreken = (z: { vanaf: string; toegestaan: boolean }) => z.toegestaan || Date.parse(z.vanaf) < nu;
  const geenZienswijze = wachtendeZienswijzen.filter(verstreken).map((z) => z.taak);
  const zienswijzeLoopt = wachtendeZienswijzen.filter((z) => !verstreken(z)).map((z) => z.taak);

  if (laadFout && !detail)
    return (
      <Pagina titel="Aanvraag">
        <Foutmelding fout={laadFout} />
        <Paragraph>
          <Link href="/aanvragen">Terug naar de aanvragen</Link>
        </Paragraph>
      </Pagina>
    );
  if (!detail || !a || !gebruiker)
    return (
      <Pagina titel="Aanvraag">
        <p className="utrecht-paragraph knp-laden">Bezig met laden…</p>
      </Pagina>
    );
  const p = detail.procedure;

  return (
    <Pagina titel={titel} breed>
      <div className="av-kop" data-testid="aanvraag-kop">
        <p className="utrecht-paragraph av-kop__procedure">{p?.titel ?? a.procedureId}</p>
        <p className="utrecht-paragraph av-kop__labels">
          <span data-testid="aanvraag-status">
            <StatusLabel status={a.status} />
          </span>
          {a.oefening && <OefeningLabel />}
          {a.spoed && <SpoedLabel />}
          <span className="av-kop__regio">Regio {regioCode(a.context.veiligheidsregioId)}</span>
          <span className="av-kop__versie">versie {a.versie}</span>
        </p>
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={aanvragenApi.pdfHref(a.id)} download>
            Aanvraagformulier (PDF)
          </a>
          {" · "}
          <Link href="/aanvragen">Alle aanvragen</Link>
        </p>
        <LiveStatus />
      </div>

      <output className="knp-visueel-verborgen" aria-live="polite" data-testid="aankondiging">
        {aankondiging}
      </output>
      {aankondiging && (
        <Alert soort="info">
          <p className="utrecht-paragraph">{aankondiging}</p>
        </Alert>
      )}
      {conflict && (
        <Alert ref={conflictRef} soort="warning" dringend titel={CONFLICT_TEKST}>
          <p className="utrecht-paragraph">
            {conflict} Hieronder ziet u de huidige stand (versie {a.versie}). Controleer die en probeer het zo
            nodig opnieuw.
          </p>
        </Alert>
      )}
      {melding && (
        <Alert soort="ok">
          <p className="utrecht-paragraph">{melding}</p>
        </Alert>
      )}
      {a.inzet.formaliserenUiterlijk &&
        a.inzet.voorFormalisering &&
        // Only while a written step is still open (the start fields stay on the record afterwards).
        a.taken.some((t) => t.formalisering && t.status === "open") && (
          <Alert soort="warning" titel="Schriftelijke formalisering loopt">
            <p className="utrecht-paragraph">
              De inzet is op het spoedpad begonnen. De schriftelijke stappen moeten uiterlijk{" "}
              {tijd(a.inzet.formaliserenUiterlijk)} rond zijn.
            </p>
          </Alert>
        )}

      {a.fasen
        .filter((f) => f.nr > 0 && f.wijziging?.spoed)
        .map((f) => {
          // The server puts the phase's formalisation deadline on its written steps (ADR 0608).
          const open = a.taken.filter((t) => t.fase === f.nr && t.formalisering && t.status === "open");
          const uiterlijk = open
            .map((t) => t.uiterlijk)
            .filter((x): x is string => !!x)
            .sort()[0];
          if (open.length === 0) return null;
          return (
            <Alert key={f.nr} soort="warning" titel="Schriftelijke formalisering van de spoedwijziging loopt">
              <p className="utrecht-paragraph">
                {faseNaam(f)} is telefonisch afgestemd. De schriftelijke stappen moeten
                {uiterlijk
                  ? ` uiterlijk ${tijd(uiterlijk)}`
                  : " binnen 24 uur na de aanvraag van de wijziging"}{" "}
                rond zijn.
              </p>
            </Alert>
          );
        })}

      <section className="av-sectie" aria-labelledby="av-mijn-kop">
        <Heading niveau={2} id="av-mijn-kop">
          Uw taken
        </Heading>
        {mijn.length === 0 && geenZienswijze.length === 0 && (
          <Paragraph>Er is nu niets voor u te doen in deze aanvraag.</Paragraph>
        )}
        {zienswijzeLoopt.map((t) => (
          <Paragraph key={t.id}>
            De zienswijze van de {rolNaam(t.eigenaar.rol).toLowerCase()} is gevraagd tot {tijd(t.uiterlijk)}.
            Komt die niet binnen die termijn, dan kunt u daarna hier vastleggen dat er geen zienswijze is
            ontvangen.
          </Paragraph>
        ))}
        {geenZienswijze.map((t) => (
          <GeenZienswijze key={t.id} taak={t} uitvoeren={uitvoeren} />
        ))}
        {mijn.length > 0 &&
          mijn.map((t) => (
            <Actie
              key={t.id}
              aanvraag={a}
              taak={t}
              stap={stappen.get(t.stapId)}
              teOndertekenen={detail.teOndertekenen}
              uitvoeren={uitvoeren}
              naam={naam}
            />
          ))}
      </section>

      {detail.magFormulierWijzigen && <Bewerken aanvraag={a} procedure={p} uitvoeren={uitvoeren} />}

      <Levensloop
        aanvraag={a}
        gebruiker={gebruiker}
        handelingen={detail.handelingen}
        stappen={stappen}
        uitvoeren={uitvoeren}
      />

      <section className="av-sectie" aria-labelledby="av-stappen-kop">
        <Heading niveau={2} id="av-stappen-kop">
          Stappen van de procedure
        </Heading>
        <Takenlijst aanvraag={a} naam={naam} />
      </section>

      <section className="av-sectie" aria-labelledby="av-gegevens-kop">
        <Heading niveau={2} id="av-gegevens-kop">
          Gegevens
        </Heading>
        <Gegevens aanvraag={a} naam={naam} />
      </section>

      <Bijlagen
        aanvraag={a}
        magWijzigen={detail.magFormulierWijzigen}
        toevoegen={bijlageToevoegen}
        uitvoeren={uitvoeren}
      />

      {(a.besluiten.length > 0 || a.handtekeningen.length > 0) && (
        <section className="av-sectie" aria-labelledby="av-besluiten-kop">
          <Heading niveau={2} id="av-besluiten-kop">
            Handtekeningen en besluiten
          </Heading>
          <ul className="av-lijst">
            {a.handtekeningen.map((h) => (
              <li key={`${h.taakId}-${h.op}`} className={h.vervallenOp ? "av-vervallen" : undefined}>
                <strong>Ondertekend</strong> door {h.door.naam}
                {h.namens ? ` namens ${h.namens.naam} (${h.namens.functie})` : ""} voor{" "}
                {naam(h.organisatieId)}, {tijd(h.op)}
                {h.vervallenOp ? ` – vervallen ${tijd(h.vervallenOp)}` : ""}
                <br />
                <span className="av-klein">
                  Vingerafdruk <code className="av-hash">{h.inhoudHash.slice(0, 16)}…</code>
                </span>
              </li>
            ))}
            {a.besluiten.map((b) => (
              <li key={`${b.soort}-${b.op}-${b.taakId}`}>
                <strong>{BESLUIT_SOORT[b.soort] ?? b.soort}</strong>
                {b.uitkomst ? `: ${UITKOMST_STAP[b.uitkomst] ?? b.uitkomst}` : ""}
                {b.geleverd ? ` (${b.geleverd.aantal}: ${b.geleverd.toelichting})` : ""} – {b.door.naam}
                {b.namens ? ` ${b.namens}` : ""}, {tijd(b.op)}
                {b.tekst && <span className="av-blok">{b.tekst}</span>}
                {b.redenen.length > 0 && (
                  <ul className="av-redenen">
                    {b.redenen.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="av-sectie" aria-labelledby="av-tijdlijn-kop">
        <Heading niveau={2} id="av-tijdlijn-kop">
          Tijdlijn
        </Heading>
        <ol className="av-tijdlijn" data-testid="tijdlijn">
          {[...a.tijdlijn].reverse().map((r, i) => (
            <li key={`${r.op}-${i}`} className="av-tijdlijn__regel">
              <time dateTime={r.op}>{tijd(r.op)}</time>
              <span className="av-tijdlijn__wat">
                <strong>{EVENT_NAAM[r.type] ?? r.type}</strong>
                {tijdlijnTekst(r, a, naam, p?.titel)}
              </span>
              <span className="av-tijdlijn__wie">
                {r.door.naam}, {naam(r.door.organisatieId)}
                {r.namens ? ` ${r.namens.startsWith("namens") ? "" : "namens "}${r.namens}` : ""}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Pagina>
  );
}

/** A readable line for the timeline: the step's own words and what the event adds, names for ids. */
function tijdlijnTekst(
  r: TijdlijnRegel,
  a: Aanvraag,
  naam: (id: string) => string,
  procedureTitel?: string,
): string {
  const t = r.taakId ? a.taken.find((x) => x.id === r.taakId) : undefined;
  const label = EVENT_NAAM[r.type] ?? r.type;
  // The domain's description starts with the event itself ("Besluit leverancier: volledig."); keep what follows.
  let rest = r.omschrijving.startsWith(label) ? r.omschrijving.slice(label.length) : r.omschrijving;
  if (t && r.type !== "Ondertekend") {
    const i = rest.indexOf(": ");
    rest = i >= 0 ? rest.slice(i + 2) : "";
  }
  rest = leesbaar(rest, a, {
    organisatie: naam,
    procedure: (id) => (id === a.procedureId && procedureTitel ? procedureTitel : id),
  })
    .replace(/^[:;.\s]+/, "")
    .replace(/\b[a-z]{2,}[a-z0-9-]*\d[a-z0-9-]*\b/g, (id) => naam(id))
    .replace(/\.\.$/, ".");
  const stap = t ? (t.actie.length > 110 ? `${t.actie.slice(0, 107)}…` : t.actie) : "";
  return [stap, rest]
    .filter(Boolean)
    .map((x) => ` – ${x}`)
    .join("");
}

const BESLUIT_SOORT: Record<string, string> = {
  toets: "Toetsing",
  leverancier: "Besluit leverancier",
  eindbesluit: "Besluit",
  "weigering-korpschef": "Weigering korpschef",
  beroep: "Beroep",
  advies: "Advies",
  aanwijzing: "Aanwijzing",
  zienswijze: "Zienswijze",
};

function bevestiging(c: Commando): string {
  switch (c.type) {
    case "StapAfronden":
      return "De stap is afgerond.";
    case "Toetsen":
      return "De toetsing is vastgelegd.";
    case "Leveranciersbesluit":
    case "Besluiten":
      return "Het besluit is vastgelegd.";
    case "AdviesGeven":
      return "Het advies is vastgelegd.";
    case "ZienswijzeGeven":
      return "De zienswijze is vastgelegd.";
    case "BeroepInstellen":
      return "Het beroep is ingesteld.";
    case "AanwijzingGeven":
      return "De aanwijzing is vastgelegd.";
    case "WijzigingAanvragen":
      return "De wijziging is aangevraagd.";
    case "KorpschefWeigeren":
      return "De weigering is vastgelegd.";
    case "Ondertekenen":
      return "U hebt de aanvraag ondertekend.";
    case "StapOverslaan":
      return "De stap is overgeslagen; de reden is vastgelegd.";
    case "InzetStarten":
      return "De start van de inzet is vastgelegd.";
    case "Demobiliseren":
      return "De demobilisatie is vastgelegd.";
    case "Afsluiten":
      return "De aanvraag is afgesloten.";
    case "EvaluatieVastleggen":
      return "De evaluatie is vastgelegd.";
    case "Intrekken":
      return "De aanvraag is ingetrokken.";
    case "TelefonischContactVastleggen":
      return "Het telefonisch contact is vastgelegd.";
    case "ConceptBijwerken":
      return "De gegevens van het formulier zijn opgeslagen.";
    default:
      return "Vastgelegd.";
  }
}

function eigenaarTekst(t: Taak, naam: (id: string) => string): string {
  const rol = rolNaam(t.eigenaar.rol);
  // A national body whose role carries its own name (DGPOL, NCTV/CBB) is named once.
  const orgs = t.eigenaar.organisaties.map(naam).filter((o) => o !== rol);
  return `${rol}${orgs.length ? ` – ${orgs.join(", ")}` : ""}`;
}

function Takenlijst({ aanvraag: a, naam }: { aanvraag: Aanvraag; naam: (id: string) => string }) {
  const fasen = a.fasen;
  return (
    <>
      {fasen.map((f) => {
        const taken = a.taken.filter((t) => t.fase === f.nr);
        return (
          <div key={f.nr} className="av-fase">
            {fasen.length > 1 && (
              <Heading niveau={3}>
                {f.nr === 0 ? "Aanvraag" : faseNaam(f)}
                {f.uitkomst ? ` – ${f.uitkomst}` : ""}
              </Heading>
            )}
            <ol className="av-taken" data-testid={`taken-fase-${f.nr}`}>
              {taken.map((t) => {
                const telaat = t.status === "open" && t.uiterlijk && Date.parse(t.uiterlijk) < Date.now();
                return (
                  <li
                    key={t.id}
                    className={`av-taak av-taak--${t.status}${t.beschikbaar ? " av-taak--nu" : ""}`}
                    data-taak={t.id}
                  >
                    <div className="av-taak__kop">
                      <span className={`av-taakstatus av-taakstatus--${t.status}`}>
                        {t.status === "open"
                          ? t.beschikbaar
                            ? "Nu aan de beurt"
                            : "Wacht"
                          : TAAK_STATUS[t.status]}
                      </span>
                      <span className="av-taak__soort">{STAP_SOORT[t.soort] ?? t.soort}</span>
                      {t.formalisering && <span className="av-label">Formalisering</span>}
                      {telaat && <span className="av-telaat">Te laat</span>}
                    </div>
                    <p className="utrecht-paragraph av-taak__actie">{t.actie}</p>
                    <p className="utrecht-paragraph av-klein">
                      Door: {eigenaarTekst(t, naam)}
                      {t.uiterlijk && t.status === "open" ? ` · uiterlijk ${tijd(t.uiterlijk)}` : ""}
                    </p>
                    {t.afhandeling && (
                      <p className="utrecht-paragraph av-klein">
                        {TAAK_STATUS[t.afhandeling.status]} {tijd(t.afhandeling.op)}
                        {t.afhandeling.door ? ` door ${t.afhandeling.door.naam}` : ""}
                        {t.afhandeling.uitkomst
                          ? ` – ${UITKOMST_STAP[t.afhandeling.uitkomst] ?? t.afhandeling.uitkomst}`
                          : ""}
                        {t.afhandeling.telefonisch ? " (eerst telefonisch)" : ""}
                        {t.afhandeling.reden ? ` – ${t.afhandeling.reden}` : ""}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </>
  );
}

function Gegevens({ aanvraag: a, naam }: { aanvraag: Aanvraag; naam: (id: string) => string }) {
  const g = a.gegevens;
  return (
    <dl className="knp-gegevens av-gegevens">
      <dt>Status</dt>
      <dd>{STATUS[a.status]}</dd>
      <dt>Aanvrager</dt>
      <dd>{naam(a.aanvrager.organisatieId)}</dd>
      <dt>Gezag</dt>
      <dd data-testid="gezag">
        {a.gezag
          ? `${rolNaam(a.gezag.rol)}: ${a.gezag.naam}`
          : "Niet nodig — oefening (factsheet politie §2)"}
      </dd>
      <dt>Contactpersoon</dt>
      <dd>
        {g.contact ? [g.contact.naam, g.contact.telefoon, g.contact.email].filter(Boolean).join(", ") : "–"}
      </dd>
      <dt>Incident</dt>
      <dd>
        {g.incident
          ? `${g.incident.naam} (${g.incident.type}), ${g.incident.plaats}, sinds ${tijd(g.incident.start)}`
          : "–"}
      </dd>
      <dt>Reden</dt>
      <dd>{g.reden || "–"}</dd>
      <dt>Beoogd effect</dt>
      <dd>{g.beoogdEffect || "–"}</dd>
      <dt>Gevraagd</dt>
      <dd>
        {g.gevraagd
          ? `${g.gevraagd.aantal} × ${capaciteitNaam(g.gevraagd.capaciteitType)}${g.gevraagd.specialisme ? ` (${g.gevraagd.specialisme})` : ""}: ${g.gevraagd.omschrijving}`
          : "–"}
        {a.toegekendAantal !== null ? ` – toegekend: ${a.toegekendAantal}` : ""}
      </dd>
      <dt>Plaats</dt>
      <dd>
        {[
          g.plaats.gemeenten.map(naam).join(", "),
          g.plaats.adres,
          g.plaats.coordinaten ? `${g.plaats.coordinaten.lat}, ${g.plaats.coordinaten.lon}` : "",
        ]
          .filter(Boolean)
          .join(" – ") || "–"}
      </dd>
      <dt>Periode</dt>
      <dd>
        {g.periode ? `${tijd(g.periode.van)} tot ${g.periode.tot ? tijd(g.periode.tot) : "open einde"}` : "–"}
      </dd>
      <dt>Kostenverwachting</dt>
      <dd>
        {g.kostenverwachting
          ? `${KOSTEN_REGIME[g.kostenverwachting.regime]}${g.kostenverwachting.bedragCent !== null ? `, ${euro(g.kostenverwachting.bedragCent)}` : ""}${g.kostenverwachting.toelichting ? ` – ${g.kostenverwachting.toelichting}` : ""}`
          : "–"}
      </dd>
      {a.inzet.gestartOp && (
        <>
          <dt>Inzet</dt>
          <dd>
            gestart {tijd(a.inzet.gestartOp)}
            {a.inzet.gedemobiliseerdOp ? `, gedemobiliseerd ${tijd(a.inzet.gedemobiliseerdOp)}` : ""}
          </dd>
        </>
      )}
      {a.afsluiting && (
        <>
          <dt>Werkelijke kosten</dt>
          <dd>
            {euro(a.afsluiting.werkelijkeKosten.bedragCent)} – {a.afsluiting.werkelijkeKosten.toelichting}
          </dd>
        </>
      )}
      {a.evaluaties.map((e) => (
        <Fragment key={e.op}>
          <dt>Evaluatie ({tijd(e.op)})</dt>
          <dd>
            {e.notitie} – {e.door.naam}
          </dd>
        </Fragment>
      ))}
      {a.telefonischeContacten.map((c) => (
        <Fragment key={c.op + c.van.naam}>
          <dt>Telefonisch ({tijd(c.op)})</dt>
          <dd>
            {c.van.naam} belde {c.aan.naam} ({naam(c.aan.organisatieId)})
            {c.fase > 0 && a.fasen[c.fase]
              ? ` over ${faseNaam(a.fasen[c.fase] as Fase).replace(/^W/, "w")}`
              : ""}
            : {c.afspraken}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
