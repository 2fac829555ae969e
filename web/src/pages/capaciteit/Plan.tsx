// One capaciteiten- en inzetplan as a document on screen (the PDF has the same content), with the
// actions the user's role allows: submit (NSGBO/SGBO), the Crisisberaad's assessment and the
// forwarding to the ICCb (NCTV/CBB), the ICCb decision (NCC), demobilisation (LOCC).
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import {
  UITGANGSPUNT_EERSTE_UREN,
  UITGANGSPUNTEN,
} from "../../../../src/domain/capaciteit/doelstellingen.ts";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../../components/Table.tsx";
import { type Catalogus, capaciteitApi, type Plan, STATUS_LABEL, tijd } from "./api.ts";

const minuten = (m: number) => `${Math.round(m)} min`;

export function PlanDocument({ cat, id }: { cat: Catalogus; id: string }) {
  const [plan, zetPlan] = useState<Plan | undefined>();
  const [melding, zetMelding] = useState<{ soort: "ok" | "error" | "warning"; tekst: string } | undefined>();
  const meldingRef = useRef<HTMLDivElement>(null);

  const laad = useCallback(async () => {
    try {
      zetPlan((await capaciteitApi.plan(id)).plan);
    } catch (e) {
      zetMelding({
        soort: "error",
        tekst: e instanceof ApiFout ? e.detail : "Het plan kon niet worden geladen.",
      });
    }
  }, [id]);
  useEffect(() => {
    void laad();
  }, [laad]);
  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  async function handel(f: () => Promise<{ plan: Plan }>, ok: string) {
    try {
      const { plan } = await f();
      zetPlan(plan);
      zetMelding({ soort: "ok", tekst: ok });
    } catch (e) {
      if (e instanceof ApiFout && e.status === 409) await laad();
      zetMelding({
        soort: e instanceof ApiFout && e.status === 409 ? "warning" : "error",
        tekst: e instanceof ApiFout ? e.detail : "Het is niet gelukt.",
      });
    }
  }

  if (!plan)
    return (
      <>
        {melding && (
          <Alert ref={meldingRef} soort={melding.soort} dringend>
            <p className="utrecht-paragraph">{melding.tekst}</p>
          </Alert>
        )}
        {!melding && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}
      </>
    );

  const u = plan.uitkomst;
  const typeNaam = (t: string) => cat.typen.find((x) => x.id === t)?.naam ?? t;
  const eenheid = new Map(plan.invoer.eenheden.map((e) => [e.label, e]));
  const lijst = plan.vastgesteldeToewijzingen ?? u.toewijzingen;
  const tekort = u.uitleg.filter((x) => x.tekort > 0);

  return (
    <article className="cap-plan" aria-labelledby="cap-plan-kop">
      <p className="utrecht-paragraph">
        <Link href="/capaciteit?weergave=schaarste">Terug naar schaarste en inzetplan</Link>
      </p>
      {melding && (
        <Alert ref={meldingRef} soort={melding.soort} dringend={melding.soort === "error"}>
          <p className="utrecht-paragraph">{melding.tekst}</p>
        </Alert>
      )}
      <Heading niveau={2} id="cap-plan-kop">
        {plan.nummer}: {STATUS_LABEL[plan.status] ?? plan.status}
      </Heading>
      <dl className="cap-kopgegevens">
        <dt>Opgesteld door</dt>
        <dd>
          {plan.opgesteldDoor}, {plan.opgesteldNamens}, {tijd(plan.opgesteldOp)}
        </dd>
        <dt>Voorgelegd aan</dt>
        <dd>Crisisberaad Opschaling Bewaken en Beveiligen</dd>
        <dt>Periode</dt>
        <dd>
          {tijd(plan.periode.van)} – {tijd(plan.periode.tot)}
        </dd>
        <dt>Capaciteitstypen</dt>
        <dd>{plan.typen.map(typeNaam).join(", ")}</dd>
        <dt>Beleidsopties</dt>
        <dd>{beleidTekst(plan, typeNaam)}</dd>
        <dt>Berekening</dt>
        <dd>
          {u.status === "optimal"
            ? `exact, ${u.bewezen ? "optimaliteit bewezen" : "optimaliteit niet bewezen"}, ${plan.rekentijdMs} ms`
            : "geen verdeling mogelijk met deze beleidsopties"}
        </dd>
      </dl>
      <p className="utrecht-paragraph">
        <a
          className="utrecht-link utrecht-link--html-a"
          href={capaciteitApi.pdfAdres(plan.id)}
          target="_blank"
          rel="noreferrer"
        >
          Plan als PDF (A4)
        </a>
      </p>

      {(plan.invoer.waarschuwingen ?? []).map((w) => (
        <Alert key={w.code} soort="warning" titel="Waarschuwing">
          <p className="utrecht-paragraph">{w.tekst}</p>
          <p className="utrecht-paragraph cap-zacht">Bron: {w.bron}.</p>
        </Alert>
      ))}

      {u.status === "infeasible" && (
        <Alert soort="error" titel="De beleidsopties zijn samen niet haalbaar">
          <ul className="utrecht-unordered-list">
            {u.redenen.map((r) => (
              <li key={r.nl}>{r.nl}</li>
            ))}
          </ul>
        </Alert>
      )}

      <Heading niveau={3}>
        {plan.vastgesteldeToewijzingen ? "Vastgestelde toewijzingen" : "Voorgestelde toewijzingen"}
      </Heading>
      {lijst.length === 0 ? (
        <Paragraph>Geen toewijzingen.</Paragraph>
      ) : (
        <Table caption="Toewijzingen per vraag">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Vraag</TableHeaderCell>
              <TableHeaderCell>Eenheid</TableHeaderCell>
              <TableHeaderCell>Organisatie</TableHeaderCell>
              <TableHeaderCell>Basis</TableHeaderCell>
              <TableHeaderCell className="cap-getal">Aankomst</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.map((t) => {
              const e = eenheid.get(t.unitId);
              return (
                <TableRow key={`${t.unitId}|${t.demandId}`}>
                  <TableCell kolom="Vraag" className="knp-cel-hoofd">
                    {t.demandId}
                  </TableCell>
                  <TableCell kolom="Eenheid">{t.unitId}</TableCell>
                  <TableCell kolom="Organisatie">{e?.organisatieNaam}</TableCell>
                  <TableCell kolom="Basis">{e?.regioNaam.replace(/^Veiligheidsregio /, "")}</TableCell>
                  <TableCell kolom="Aankomst" className="cap-getal">
                    {minuten(t.arrivalMinutes)}
                    {e && !e.reactietijdBekend ? " (reactietijd onbekend)" : ""}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      <Heading niveau={3}>Uitleg per vraag</Heading>
      {u.uitleg.map((x) => {
        const v = plan.invoer.vragen.find((q) => q.label === x.demandId);
        return (
          <section key={x.demandId} className="cap-uitleg" aria-label={`Uitleg ${x.demandId}`}>
            <Heading niveau={4}>
              {x.demandId}: {x.toegewezen.length} van {x.gevraagd} toegewezen
            </Heading>
            {v && (
              <p className="utrecht-paragraph cap-zacht">
                {typeNaam(v.typeId)} · {v.doelstellingNaam} ({v.urgentie}) · prioriteit {v.prioriteit} ·{" "}
                {v.aanvrager}
              </p>
            )}
            <dl className="cap-uitleg__lijst">
              {v && (
                <>
                  <dt>Prioriteit</dt>
                  <dd>
                    {v.motivering}
                    {v.oorspronkelijk ? ` (Eerder: prioriteit ${v.oorspronkelijk.prioriteit}.)` : ""}
                  </dd>
                </>
              )}
              <dt>Waarom</dt>
              <dd>{x.waarom}</dd>
              <dt>Gevolg voor anderen</dt>
              <dd>{x.kosten}</dd>
              {x.marginaal && (
                <>
                  <dt>Eén eenheid minder</dt>
                  <dd>{x.marginaal}</dd>
                </>
              )}
              {x.tekortReden && (
                <>
                  <dt>Niet vervuld</dt>
                  <dd>{x.tekortReden}</dd>
                </>
              )}
            </dl>
          </section>
        );
      })}

      <Heading niveau={3}>Niet vervulde vraag</Heading>
      {tekort.length === 0 ? (
        <Paragraph>Alle vragen zijn volledig vervuld.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {tekort.map((x) => (
            <li key={x.demandId}>
              {x.demandId}: {x.tekort} tekort. {x.tekortReden}
            </li>
          ))}
        </ul>
      )}

      <Heading niveau={3}>Beoordeling en besluitvorming</Heading>
      {plan.besluiten.length === 0 ? (
        <Paragraph>Nog geen beoordeling vastgelegd.</Paragraph>
      ) : (
        <ol className="utrecht-ordered-list cap-besluiten">
          {plan.besluiten.map((b) => (
            <li key={b.id}>
              <strong>
                {tijd(b.op)} · {b.orgaan === "iccb" ? "ICCb" : "Crisisberaad Opschaling BB"} · {b.soort}:{" "}
                {b.uitkomst}
              </strong>
              <br />
              {b.toelichting} <span className="cap-zacht">(vastgelegd door {b.doorNaam})</span>
            </li>
          ))}
        </ol>
      )}
      {plan.boekingen.length > 0 && (
        <Paragraph>
          Geboekt: {plan.boekingen.length} reserveringen
          {plan.boekingen.every((b) => b.vrij) ? " (vrijgegeven)" : ""}.
        </Paragraph>
      )}

      <Handelingen plan={plan} cat={cat} handel={handel} />
    </article>
  );
}

function beleidTekst(plan: Plan, typeNaam: (t: string) => string): string {
  const delen: string[] = [];
  for (const [t, n] of Object.entries(plan.beleid.minReservePerRegion ?? {}))
    if (n > 0) delen.push(`reserve per regio ${n} (${typeNaam(t)})`);
  for (const [t, n] of Object.entries(plan.beleid.minUnitsPerDemand ?? {}))
    if (n > 0) delen.push(`minimum per vraag ${n} (${typeNaam(t)})`);
  return delen.length ? delen.join("; ") : "geen";
}

function Handelingen({
  plan,
  cat,
  handel,
}: {
  plan: Plan;
  cat: Catalogus;
  handel: (f: () => Promise<{ plan: Plan }>, ok: string) => Promise<void>;
}) {
  const [uitkomst, zetUitkomst] = useState("vastgesteld");
  const [toelichting, zetToelichting] = useState("");
  const [behouden, zetBehouden] = useState<string[]>(() =>
    plan.uitkomst.toewijzingen.map((t) => `${t.unitId}|${t.demandId}`),
  );
  const [keuzes, zetKeuzes] = useState("");
  const [advies, zetAdvies] = useState("");
  const [iccbUitkomst, zetIccbUitkomst] = useState("advies-overgenomen");
  const [besluit, zetBesluit] = useState("");
  const [fout, zetFout] = useState<string | undefined>();
  const [verantwoording, zetVerantwoording] = useState("");
  const [prioVraag, zetPrioVraag] = useState(plan.invoer.vragen[0]?.label ?? "");
  const [prioNieuw, zetPrioNieuw] = useState("1");
  const [prioMotivering, zetPrioMotivering] = useState("");
  const [prioFout, zetPrioFout] = useState<string | undefined>();

  const magBeoordelen = cat.rechten.crisisberaad && plan.status === "ingediend";
  // The last ICCb decision, when it departs from the advice (ADR 0351): the form asks how it is followed.
  const laatsteIccb = [...plan.besluiten].reverse().find((b) => b.orgaan === "iccb" && b.soort === "besluit");
  const iccbWijktAf = laatsteIccb !== undefined && laatsteIccb.uitkomst !== "advies-overgenomen";
  const rij = (k: string) => {
    const [unitId, demandId] = k.split("|") as [string, string];
    return { unitId, demandId };
  };

  function beoordeel(e: FormEvent) {
    e.preventDefault();
    if (!toelichting.trim()) {
      zetFout("Vul de toelichting van het Crisisberaad in.");
      return;
    }
    zetFout(undefined);
    void handel(
      () =>
        capaciteitApi.beoordeel(plan.id, {
          versie: plan.versie,
          uitkomst,
          toelichting: toelichting.trim(),
          ...(uitkomst === "gewijzigd" ? { toewijzingen: behouden.map(rij) } : {}),
          ...(iccbWijktAf && verantwoording.trim() ? { verantwoordingIccb: verantwoording.trim() } : {}),
        }),
      uitkomst === "verworpen"
        ? "De beoordeling is vastgelegd: het plan is verworpen."
        : "De beoordeling is vastgelegd en de capaciteit is gereserveerd.",
    );
  }

  return (
    <>
      {cat.rechten.planIndienen && plan.status === "concept" && plan.uitkomst.status === "optimal" && (
        <ButtonGroup>
          <Button
            soort="primary-action"
            onClick={() =>
              void handel(
                () => capaciteitApi.indienen(plan.id, plan.versie),
                "Het plan is ingediend bij het Crisisberaad Opschaling BB.",
              )
            }
          >
            Indienen bij het Crisisberaad
          </Button>
        </ButtonGroup>
      )}

      {magBeoordelen && (
        <section className="knp-paneel" aria-labelledby="cap-beoordeling-kop">
          <Heading niveau={3} id="cap-beoordeling-kop">
            Beoordeling door het Crisisberaad Opschaling BB
          </Heading>
          <form onSubmit={beoordeel} noValidate className="knp-formulier">
            <fieldset className="cap-keuze">
              <legend className="utrecht-form-label">Uitkomst</legend>
              {(
                [
                  ["vastgesteld", "Vastgesteld"],
                  ["gewijzigd", "Gewijzigd vastgesteld"],
                  ["verworpen", "Verworpen"],
                ] as const
              ).map(([w, l]) => (
                <label key={w} className="cap-radio">
                  <input
                    type="radio"
                    name="uitkomst"
                    value={w}
                    checked={uitkomst === w}
                    onChange={() => zetUitkomst(w)}
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                  />{" "}
                  {l}
                </label>
              ))}
            </fieldset>
            {uitkomst === "gewijzigd" && (
              <fieldset className="cap-keuze">
                <legend className="utrecht-form-label">Toewijzingen die blijven</legend>
                {plan.uitkomst.toewijzingen.map((t) => {
                  const k = `${t.unitId}|${t.demandId}`;
                  return (
                    <label key={k} className="cap-radio">
                      <input
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input"
                        checked={behouden.includes(k)}
                        onChange={(e) =>
                          zetBehouden(e.target.checked ? [...behouden, k] : behouden.filter((x) => x !== k))
                        }
                      />{" "}
                      {t.unitId} → {t.demandId}
                    </label>
                  );
                })}
              </fieldset>
            )}
            <TextField
              label="Toelichting van het Crisisberaad"
              value={toelichting}
              onChange={(e) => zetToelichting(e.target.value)}
              fout={fout}
            />
            {iccbWijktAf && laatsteIccb && (
              <TextField
                label="Verantwoording bij het ICCb-besluit"
                value={verantwoording}
                onChange={(e) => zetVerantwoording(e.target.value)}
                beschrijving={`De ICCb besloot: ${laatsteIccb.toelichting} Stelt u het voorstel ongewijzigd vast, leg dan uit waarom dat dit besluit volgt. Anders: stel hieronder de prioriteiten opnieuw vast of wijzig de toewijzingen.`}
              />
            )}
            <ButtonGroup>
              <Button type="submit" soort="primary-action">
                Beoordeling vastleggen
              </Button>
            </ButtonGroup>
          </form>
        </section>
      )}

      {magBeoordelen && plan.invoer.vragen.length > 0 && (
        <section className="knp-paneel" aria-labelledby="cap-prio-kop">
          <Heading niveau={3} id="cap-prio-kop">
            Prioriteit voor deze situatie vaststellen
          </Heading>
          <Paragraph>
            De rangorde van de doelstellingen is Knooppunts standaard; het crisisplan noemt de doelstellingen
            een richtinggevend hulpmiddel om per situatie vast te stellen. Een andere prioriteit vraagt een
            motivering; het voorstel wordt daarna opnieuw berekend en de wijziging komt in het besluitenlog.
          </Paragraph>
          <details className="cap-uitgangspunten">
            <summary>Uitgangspunten van het crisisplan om mee te wegen (§3.2.3)</summary>
            <ul>
              {UITGANGSPUNTEN.map((u) => (
                <li key={u.kop}>
                  <strong>{u.kop}.</strong> “{u.tekst}”
                </li>
              ))}
            </ul>
            <Paragraph>“{UITGANGSPUNT_EERSTE_UREN}” (§6.2.2)</Paragraph>
          </details>
          <form
            noValidate
            className="knp-formulier"
            onSubmit={(e) => {
              e.preventDefault();
              if (!prioMotivering.trim()) {
                zetPrioFout("Geef een motivering voor de andere prioriteit.");
                return;
              }
              zetPrioFout(undefined);
              void handel(
                () =>
                  capaciteitApi.prioriteiten(plan.id, {
                    versie: plan.versie,
                    prioriteiten: [
                      { vraag: prioVraag, prioriteit: Number(prioNieuw), motivering: prioMotivering.trim() },
                    ],
                  }),
                "De prioriteit is vastgesteld en het voorstel is opnieuw berekend.",
              );
            }}
          >
            <SelectField label="Vraag" value={prioVraag} onChange={(e) => zetPrioVraag(e.target.value)}>
              {plan.invoer.vragen.map((v) => (
                <option key={v.label} value={v.label}>
                  {v.label} (nu prioriteit {v.prioriteit})
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Nieuwe prioriteit"
              value={prioNieuw}
              onChange={(e) => zetPrioNieuw(e.target.value)}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Motivering"
              value={prioMotivering}
              onChange={(e) => zetPrioMotivering(e.target.value)}
              fout={prioFout}
            />
            <Button type="submit">Prioriteit vaststellen en herberekenen</Button>
          </form>
        </section>
      )}

      {magBeoordelen && (
        <section className="knp-paneel" aria-labelledby="cap-iccb-kop">
          <Heading niveau={3} id="cap-iccb-kop">
            Prioriteringskeuzes voorleggen aan de ICCb
          </Heading>
          <form
            noValidate
            className="knp-formulier"
            onSubmit={(e) => {
              e.preventDefault();
              if (!keuzes.trim() || !advies.trim()) return;
              void handel(
                () => capaciteitApi.naarIccb(plan.id, { versie: plan.versie, keuzes, advies }),
                "De keuzes zijn met advies voorgelegd aan de ICCb.",
              );
            }}
          >
            <TextField
              label="Prioriteringskeuzes"
              value={keuzes}
              onChange={(e) => zetKeuzes(e.target.value)}
            />
            <TextField label="Advies" value={advies} onChange={(e) => zetAdvies(e.target.value)} />
            <Button type="submit">Voorleggen aan de ICCb</Button>
          </form>
        </section>
      )}

      {cat.rechten.iccb && plan.status === "voorgelegd-iccb" && (
        <section className="knp-paneel" aria-labelledby="cap-iccb-besluit-kop">
          <Heading niveau={3} id="cap-iccb-besluit-kop">
            Besluit van de ICCb vastleggen
          </Heading>
          <form
            noValidate
            className="knp-formulier"
            onSubmit={(e) => {
              e.preventDefault();
              if (!besluit.trim()) return;
              void handel(
                () =>
                  capaciteitApi.iccbBesluit(plan.id, {
                    versie: plan.versie,
                    uitkomst: iccbUitkomst,
                    besluit,
                  }),
                "Het besluit van de ICCb is vastgelegd; het plan ligt weer bij het Crisisberaad.",
              );
            }}
          >
            <SelectField
              label="Uitkomst"
              value={iccbUitkomst}
              onChange={(e) => zetIccbUitkomst(e.target.value)}
            >
              <option value="advies-overgenomen">Advies overgenomen</option>
              <option value="advies-aangepast">Advies aangepast</option>
              <option value="advies-niet-overgenomen">Advies niet overgenomen</option>
            </SelectField>
            <TextField label="Besluit" value={besluit} onChange={(e) => zetBesluit(e.target.value)} />
            <Button type="submit" soort="primary-action">
              Besluit vastleggen
            </Button>
          </form>
        </section>
      )}

      {cat.rechten.vrijgeven &&
        (plan.status === "vastgesteld" || plan.status === "gewijzigd") &&
        plan.boekingen.some((b) => !b.vrij) && (
          <ButtonGroup>
            <Button
              onClick={() =>
                void handel(async () => {
                  await capaciteitApi.vrijgeven(plan.id, "Demobilisatie");
                  return capaciteitApi.plan(plan.id);
                }, "De capaciteit van dit plan is vrijgegeven.")
              }
            >
              Capaciteit vrijgeven (demobilisatie)
            </Button>
          </ButtonGroup>
        )}
    </>
  );
}
