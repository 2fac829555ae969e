// Dreigingsniveau (ADR 0800; LCP-EGT, "Dreigingsniveau 5"): the national level, the NCTV's
// announcing and lowering, and the measures of the lokaal bevoegd gezag — which stay in force
// after a lowering until that gezag ends them, and are shown as such.
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { ApiFout, api, type Organisatie } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField, Veldengroep } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { Foutmelding, Tekstvak } from "../aanvragen/onderdelen.tsx";
import { tijd } from "../aanvragen/teksten.ts";
import { dreigingApi, type Maatregel, naarLokaal, type Overzicht, vanLokaal, type Wijziging } from "./api.ts";
import "../aanvragen/aanvragen.css";
import "./dreiging.css";

// Only level 5's name is in the sources (woordenlijst: "5 = critical").
const NIVEAU_NAAM: Record<number, string> = { 5: "kritiek" };
const niveauTekst = (n: number | null) =>
  n === null ? "nog niet vastgelegd" : `${n}${NIVEAU_NAAM[n] ? ` (${NIVEAU_NAAM[n]})` : ""}`;

/** Runs a change; keeps the field errors; a 409 shows the current state the server sent along. */
function useActie(zet: (o: Overzicht) => void) {
  const [fout, zetFout] = useState<unknown>(undefined);
  const [bezig, zetBezig] = useState(false);
  const doe = useCallback(
    async (f: () => Promise<Overzicht>): Promise<Overzicht | undefined> => {
      zetBezig(true);
      zetFout(undefined);
      try {
        const n = await f();
        zet(n);
        return n;
      } catch (e) {
        if (e instanceof ApiFout && e.status === 409 && e.probleem.huidig)
          zet(e.probleem.huidig as Overzicht);
        zetFout(e);
        return undefined;
      } finally {
        zetBezig(false);
      }
    },
    [zet],
  );
  const veld = (naam: string) =>
    fout instanceof ApiFout
      ? fout.velden.find((v) => v.veld === naam || v.veld.startsWith(`${naam}[`) || v.veld === `body.${naam}`)
          ?.melding
      : undefined;
  return { fout, bezig, doe, veld };
}

export default function DreigingPagina() {
  const [o, zetO] = useState<Overzicht | undefined>(undefined);
  const [laadFout, zetLaadFout] = useState<unknown>(undefined);
  const [melding, zetMelding] = useState<string | undefined>(undefined);
  const meldingRef = useRef<HTMLDivElement>(null);

  const laad = useCallback(async () => {
    try {
      zetO(await dreigingApi.overzicht());
    } catch (e) {
      zetLaadFout(e);
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);
  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  const gelukt = useCallback((nieuw: Overzicht, tekst: string) => {
    zetO(nieuw);
    zetMelding(tekst);
  }, []);

  if (laadFout)
    return (
      <Pagina titel="Dreigingsniveau">
        <Foutmelding fout={laadFout} />
      </Pagina>
    );
  if (!o)
    return (
      <Pagina titel="Dreigingsniveau">
        <Paragraph>Laden…</Paragraph>
      </Pagina>
    );

  const naVerlaging = o.maatregelen.filter((m) => m.nogVanKrachtNaVerlaging);
  const vanKracht = o.maatregelen.filter((m) => m.vanKracht);
  const beeindigd = o.maatregelen.filter((m) => !m.vanKracht);

  return (
    <Pagina titel="Dreigingsniveau" breed>
      <section aria-labelledby="stand-kop" className="knp-dreiging-stand">
        <Heading niveau={2} id="stand-kop">
          Landelijk dreigingsniveau: {niveauTekst(o.stand.niveau)}
        </Heading>
        {o.stand.gewijzigdOp && (
          <Paragraph>Vastgesteld door de NCTV op {tijd(o.stand.gewijzigdOp)}.</Paragraph>
        )}
      </section>

      {melding && (
        <Alert ref={meldingRef} soort="ok">
          <p className="utrecht-paragraph">{melding}</p>
        </Alert>
      )}

      {naVerlaging.length > 0 && (
        <Alert soort="warning" titel="Nog van kracht na verlaging van het dreigingsniveau">
          <p className="utrecht-paragraph">
            Een verlaging van het dreigingsniveau beëindigt geen lokale maatregel. Het bevoegd gezag bepaalt
            en communiceert over de verlaging van zijn maatregelen.
          </p>
          <ul className="utrecht-unordered-list">
            {naVerlaging.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                {m.gezagOrganisatie.naam}: {m.omschrijving}
              </li>
            ))}
          </ul>
        </Alert>
      )}

      {o.rechten.niveauWijzigen &&
        o.wijzigingen
          .filter((w) => w.informatieOpen)
          .map((w) => (
            <Informeren
              key={w.id}
              w={w}
              zet={zetO}
              klaar={(n) => gelukt(n, "Vastgelegd hoe de maatschappij over de verlaging is geïnformeerd.")}
            />
          ))}

      {o.rechten.niveauWijzigen && (
        <>
          {(o.stand.niveau ?? 0) < 5 && (
            <Afkondigen
              o={o}
              zet={zetO}
              klaar={(n) => gelukt(n, `Dreigingsniveau ${n.stand.niveau} is afgekondigd.`)}
            />
          )}
          {(o.stand.niveau ?? 0) > 1 && (
            <Afschalen
              o={o}
              zet={zetO}
              klaar={(n) =>
                gelukt(
                  n,
                  `Het dreigingsniveau is verlaagd naar ${n.stand.niveau}. De lokale maatregelen blijven van kracht; informeer nu de maatschappij.`,
                )
              }
            />
          )}
        </>
      )}

      {o.rechten.maatregelNemen && (
        <MaatregelNemen o={o} zet={zetO} klaar={(n) => gelukt(n, "De maatregel is vastgelegd.")} />
      )}

      <section aria-labelledby="maatregelen-kop">
        <Heading niveau={2} id="maatregelen-kop">
          {o.maatregelenVan === "alle"
            ? "Lokale maatregelen van kracht"
            : "Maatregelen van uw gezag van kracht"}
        </Heading>
        {vanKracht.length === 0 ? (
          <Paragraph>Er zijn geen maatregelen van kracht.</Paragraph>
        ) : (
          <ul className="knp-dreiging-lijst">
            {vanKracht.map((m) => (
              <MaatregelKaart
                key={m.id}
                m={m}
                zet={zetO}
                klaar={(n) => gelukt(n, "De maatregel is beëindigd.")}
              />
            ))}
          </ul>
        )}
        {beeindigd.length > 0 && (
          <>
            <Heading niveau={3}>Beëindigde maatregelen</Heading>
            <ul className="knp-dreiging-lijst">
              {beeindigd.map((m) => (
                <li key={m.id}>
                  <strong>{m.gezagOrganisatie.naam}</strong>: {m.omschrijving} — beëindigd op{" "}
                  {tijd(m.beeindigdOp)}. Gecommuniceerd: {m.communicatie}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <Geschiedenis wijzigingen={o.wijzigingen} />

      <details className="knp-bron">
        <summary>Bron</summary>
        <ul>
          {Object.entries(o.bron).map(([k, v]) => (
            <li key={k}>{v}</li>
          ))}
        </ul>
      </details>
    </Pagina>
  );
}

interface FormProps {
  o: Overzicht;
  zet: (o: Overzicht) => void;
  klaar: (o: Overzicht) => void;
}

function Formulier({
  titel,
  id,
  children,
  onSubmit,
}: {
  titel: string;
  id: string;
  children: ReactNode;
  onSubmit: (e: FormEvent) => void;
}) {
  return (
    <section aria-labelledby={id}>
      <Heading niveau={2} id={id}>
        {titel}
      </Heading>
      <form onSubmit={onSubmit} noValidate>
        {children}
      </form>
    </section>
  );
}

function Afkondigen({ o, zet, klaar }: FormProps) {
  const hoger = [1, 2, 3, 4, 5].filter((n) => n > (o.stand.niveau ?? 0));
  const [niveau, zetNiveau] = useState(5);
  const [duiding, zetDuiding] = useState("");
  const [oproep, zetOproep] = useState("");
  const { fout, bezig, doe, veld } = useActie(zet);
  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const n = await doe(() =>
      dreigingApi.afkondigen({ verwachteVersie: o.stand.versie, niveau, duiding, oproepBurgers: oproep }),
    );
    if (n) {
      zetDuiding("");
      zetOproep("");
      klaar(n);
    }
  }
  return (
    <Formulier titel="Dreigingsniveau afkondigen" id="afkondigen-kop" onSubmit={(e) => void verstuur(e)}>
      <Paragraph>
        Bij het afkondigen van dreigingsniveau 5 geeft de NCTV een eerste duiding van de situatie en roept
        burgers op de aanwijzingen van het lokaal gezag te volgen.
      </Paragraph>
      <Foutmelding fout={fout} />
      <SelectField
        label="Nieuw dreigingsniveau"
        value={niveau}
        onChange={(e) => zetNiveau(Number(e.target.value))}
        fout={veld("niveau")}
      >
        {hoger.map((n) => (
          <option key={n} value={n}>
            {niveauTekst(n)}
          </option>
        ))}
      </SelectField>
      <Tekstvak
        label="Eerste duiding van de situatie"
        beschrijving={niveau === 5 ? "Verplicht bij dreigingsniveau 5." : "Optioneel."}
        value={duiding}
        onChange={(e) => zetDuiding(e.target.value)}
        fout={veld("duiding")}
        maxLength={4000}
      />
      <Tekstvak
        label="Oproep aan burgers"
        beschrijving={
          niveau === 5
            ? "Verplicht bij dreigingsniveau 5: volg de aanwijzingen van het lokaal gezag."
            : "Optioneel."
        }
        value={oproep}
        onChange={(e) => zetOproep(e.target.value)}
        fout={veld("oproepBurgers")}
        maxLength={2000}
      />
      <ButtonGroup>
        <Button type="submit" disabled={bezig}>
          Dreigingsniveau {niveau} afkondigen
        </Button>
      </ButtonGroup>
    </Formulier>
  );
}

function useOverlegPartijen(): { gemeenten: Organisatie[]; regios: Organisatie[] } {
  const [p, zetP] = useState<{ gemeenten: Organisatie[]; regios: Organisatie[] }>({
    gemeenten: [],
    regios: [],
  });
  useEffect(() => {
    void Promise.all([
      api.organisaties.zoek({ soort: "gemeente" }),
      api.organisaties.zoek({ soort: "veiligheidsregio" }),
    ])
      .then(([g, r]) => zetP({ gemeenten: g.organisaties, regios: r.organisaties }))
      .catch(() => undefined);
  }, []);
  return p;
}

function Afschalen({ o, zet, klaar }: FormProps) {
  const huidig = o.stand.niveau ?? 1;
  const lager = [1, 2, 3, 4, 5].filter((n) => n < huidig);
  const [niveau, zetNiveau] = useState(lager[lager.length - 1] ?? 1);
  const [met, zetMet] = useState<string[]>([]);
  const [keuze, zetKeuze] = useState("");
  const [moment, zetMoment] = useState(() => naarLokaal(new Date()));
  const [samenvatting, zetSamenvatting] = useState("");
  const { gemeenten, regios } = useOverlegPartijen();
  const { fout, bezig, doe, veld } = useActie(zet);
  const naam = (id: string) => [...gemeenten, ...regios].find((x) => x.id === id)?.naam ?? id;

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const n = await doe(() =>
      dreigingApi.afschalen({
        verwachteVersie: o.stand.versie,
        niveau,
        overleg: { met, moment: vanLokaal(moment), samenvatting },
      }),
    );
    if (n) {
      zetMet([]);
      zetSamenvatting("");
      klaar(n);
    }
  }
  return (
    <Formulier titel="Dreigingsniveau verlagen" id="afschalen-kop" onSubmit={(e) => void verstuur(e)}>
      <Paragraph>
        Afschaling vindt plaats na overleg door de NCTV met de gemeente of regio waar de dreiging zich
        manifesteerde. Daarna informeert de NCTV de maatschappij. Lokale maatregelen blijven van kracht.
      </Paragraph>
      <Foutmelding fout={fout} />
      <SelectField
        label="Verlagen naar"
        value={niveau}
        onChange={(e) => zetNiveau(Number(e.target.value))}
        fout={veld("niveau")}
      >
        {lager.map((n) => (
          <option key={n} value={n}>
            {niveauTekst(n)}
          </option>
        ))}
      </SelectField>
      <Veldengroep id="overleg-met" legenda="Overleg met gemeente of regio" fout={veld("overleg.met")}>
        <SelectField
          label="Gemeente of veiligheidsregio"
          value={keuze}
          onChange={(e) => zetKeuze(e.target.value)}
        >
          <option value="">— kies —</option>
          <optgroup label="Gemeenten">
            {gemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </optgroup>
          <optgroup label="Veiligheidsregio's">
            {regios.map((r) => (
              <option key={r.id} value={r.id}>
                {r.naam}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <Button
          soort="secondary-action"
          type="button"
          disabled={!keuze || met.includes(keuze)}
          onClick={() => {
            zetMet([...met, keuze]);
            zetKeuze("");
          }}
        >
          Toevoegen aan overleg
        </Button>
        {met.length > 0 && (
          <ul aria-label="Overlegd met">
            {met.map((id) => (
              <li key={id}>
                {naam(id)}{" "}
                <Button soort="subtle" type="button" onClick={() => zetMet(met.filter((x) => x !== id))}>
                  {naam(id)} verwijderen
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Veldengroep>
      <TextField
        label="Tijdstip van het overleg"
        type="datetime-local"
        value={moment}
        onChange={(e) => zetMoment(e.target.value)}
        fout={veld("overleg.moment")}
      />
      <Tekstvak
        label="Samenvatting van het overleg"
        value={samenvatting}
        onChange={(e) => zetSamenvatting(e.target.value)}
        fout={veld("overleg.samenvatting")}
        maxLength={4000}
      />
      <ButtonGroup>
        <Button type="submit" disabled={bezig}>
          Afschalen naar {niveau}
        </Button>
      </ButtonGroup>
    </Formulier>
  );
}

function Informeren({
  w,
  zet,
  klaar,
}: {
  w: Wijziging;
  zet: (o: Overzicht) => void;
  klaar: (o: Overzicht) => void;
}) {
  const [tekst, zetTekst] = useState("");
  const [moment, zetMoment] = useState(() => naarLokaal(new Date()));
  const { fout, bezig, doe, veld } = useActie(zet);
  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const n = await doe(() =>
      dreigingApi.informatie(w.id, { verwachteVersie: w.versie, moment: vanLokaal(moment), tekst }),
    );
    if (n) klaar(n);
  }
  return (
    <section aria-labelledby={`informeren-${w.id}`} className="knp-dreiging-taak">
      <Alert soort="warning" titel="Nog te doen: de maatschappij informeren">
        <p className="utrecht-paragraph">
          Het dreigingsniveau is op {tijd(w.op)} verlaagd naar {w.naarNiveau}. Het is vervolgens aan de NCTV
          om de maatschappij te informeren over de verlaging.
        </p>
      </Alert>
      <Heading niveau={2} id={`informeren-${w.id}`}>
        Informeren over de verlaging naar {w.naarNiveau}
      </Heading>
      <form onSubmit={(e) => void verstuur(e)} noValidate>
        <Foutmelding fout={fout} />
        <Tekstvak
          label="Hoe en met welke boodschap is de maatschappij geïnformeerd"
          value={tekst}
          onChange={(e) => zetTekst(e.target.value)}
          fout={veld("tekst")}
          maxLength={4000}
        />
        <TextField
          label="Tijdstip van informeren"
          type="datetime-local"
          value={moment}
          onChange={(e) => zetMoment(e.target.value)}
          fout={veld("moment")}
        />
        <ButtonGroup>
          <Button type="submit" disabled={bezig}>
            Informeren vastleggen
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function MaatregelNemen({ o, zet, klaar }: FormProps) {
  const [voorbeeld, zetVoorbeeld] = useState("");
  const [omschrijving, zetOmschrijving] = useState("");
  const { fout, bezig, doe, veld } = useActie(zet);
  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const n = await doe(() => dreigingApi.maatregel({ omschrijving, voorbeeld: voorbeeld || null }));
    if (n) {
      zetOmschrijving("");
      zetVoorbeeld("");
      klaar(n);
    }
  }
  return (
    <Formulier titel="Maatregel vastleggen" id="maatregel-kop" onSubmit={(e) => void verstuur(e)}>
      <Paragraph>
        Het lokaal bevoegd gezag beslist over het al dan niet treffen van maatregelen passend binnen het
        dreigingsniveau. De voorbeelden komen uit bijlage 3 van het crisisplan; die lijst is uitdrukkelijk
        niet uitputtend, dus een eigen maatregel kan ook.
      </Paragraph>
      <Foutmelding fout={fout} />
      <SelectField
        label="Voorbeeld (optioneel)"
        value={voorbeeld}
        fout={veld("voorbeeld")}
        onChange={(e) => {
          zetVoorbeeld(e.target.value);
          const v = o.voorbeelden.find((x) => x.id === e.target.value);
          if (v && !omschrijving.trim()) zetOmschrijving(v.naam);
        }}
      >
        <option value="">— eigen maatregel —</option>
        {o.voorbeelden.map((v) => (
          <option key={v.id} value={v.id}>
            {v.naam}
          </option>
        ))}
      </SelectField>
      <Tekstvak
        label="Omschrijving van de maatregel"
        value={omschrijving}
        onChange={(e) => zetOmschrijving(e.target.value)}
        fout={veld("omschrijving")}
        maxLength={1000}
      />
      <ButtonGroup>
        <Button type="submit" disabled={bezig}>
          Maatregel vastleggen
        </Button>
      </ButtonGroup>
    </Formulier>
  );
}

function MaatregelKaart({
  m,
  zet,
  klaar,
}: {
  m: Maatregel;
  zet: (o: Overzicht) => void;
  klaar: (o: Overzicht) => void;
}) {
  const [open, zetOpen] = useState(false);
  const [communicatie, zetCommunicatie] = useState("");
  const { fout, bezig, doe, veld } = useActie(zet);
  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const n = await doe(() => dreigingApi.beeindigen(m.id, { verwachteVersie: m.versie, communicatie }));
    if (n) klaar(n);
  }
  return (
    <li className="knp-dreiging-maatregel">
      <p className="utrecht-paragraph">
        <strong>{m.gezagOrganisatie.naam}</strong>: {m.omschrijving}
      </p>
      <p className="utrecht-paragraph">
        Genomen op {tijd(m.genomenOp)}
        {m.niveauBijNemen !== null && ` bij dreigingsniveau ${m.niveauBijNemen}`}.
        {m.nogVanKrachtNaVerlaging && <strong> Nog van kracht na verlaging van het dreigingsniveau.</strong>}
      </p>
      {m.magBeeindigen &&
        (open ? (
          <form onSubmit={(e) => void verstuur(e)} noValidate>
            <Foutmelding fout={fout} />
            <Tekstvak
              label={`Wat is gecommuniceerd over het beëindigen van: ${m.omschrijving}`}
              value={communicatie}
              onChange={(e) => zetCommunicatie(e.target.value)}
              fout={veld("communicatie")}
              maxLength={4000}
            />
            <ButtonGroup>
              <Button type="submit" disabled={bezig}>
                Maatregel beëindigen
              </Button>
              <Button soort="secondary-action" type="button" onClick={() => zetOpen(false)}>
                Annuleren
              </Button>
            </ButtonGroup>
          </form>
        ) : (
          <Button soort="secondary-action" type="button" onClick={() => zetOpen(true)}>
            Beëindigen: {m.omschrijving}
          </Button>
        ))}
    </li>
  );
}

function Geschiedenis({ wijzigingen }: { wijzigingen: Wijziging[] }) {
  if (wijzigingen.length === 0) return null;
  return (
    <section aria-labelledby="geschiedenis-kop">
      <Heading niveau={2} id="geschiedenis-kop">
        Wijzigingen van het dreigingsniveau
      </Heading>
      <ul className="knp-dreiging-lijst">
        {wijzigingen.map((w) => (
          <li key={w.id}>
            <p className="utrecht-paragraph">
              <strong>
                {tijd(w.op)}: {w.soort === "afkondiging" ? "afgekondigd" : "verlaagd"} naar {w.naarNiveau}
              </strong>
              {w.vanNiveau !== null && ` (was ${w.vanNiveau})`}
            </p>
            {w.duiding && <p className="utrecht-paragraph">Duiding: {w.duiding}</p>}
            {w.oproepBurgers && <p className="utrecht-paragraph">Oproep aan burgers: {w.oproepBurgers}</p>}
            {w.overleg && (
              <p className="utrecht-paragraph">
                Overleg op {tijd(w.overleg.op)} met {w.overleg.met.map((p) => p.naam).join(", ")}:{" "}
                {w.overleg.samenvatting}
              </p>
            )}
            {w.soort === "afschaling" && (
              <p className="utrecht-paragraph">
                {w.informatie
                  ? `Maatschappij geïnformeerd op ${tijd(w.informatie.op)}: ${w.informatie.tekst}`
                  : "De maatschappij is nog niet geïnformeerd (NCTV)."}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
