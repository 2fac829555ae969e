// Scarcity in a period: open demand against what is available, the policy switches, computing the
// proposal (capaciteiten- en inzetplan: only Defence assistance at several places and/or regions,
// LCP §6.2.2, ADR 0352) or an advice for any capacity (nothing booked), and the plans so far.
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
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
import { navigeer } from "../../router.tsx";
import {
  type Advies,
  type Catalogus,
  capaciteitApi,
  naarLokaal,
  type Overzicht,
  type PlanSamenvatting,
  STATUS_LABEL,
  tijd,
  vanLokaal,
} from "./api.ts";

const UUR = 3_600_000;
/** TIN needs the OvJ's consent (LCP §6.2.2, leesbaar 66, 72-76; ADR 0353). */
const TIN = "defensie-tin-peloton";

/** Places as the server counts them (src/domain/capaciteit/inzetplan.ts): region and location name. */
const plekken = (vragen: { regioId: string; locatieNaam: string }[]) =>
  new Set(
    vragen.map((v) => `${v.regioId}|${v.locatieNaam.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl")}`),
  ).size;

export function Schaarste({ cat }: { cat: Catalogus }) {
  const start = Math.ceil(Date.now() / UUR) * UUR;
  const [van, zetVan] = useState(naarLokaal(new Date(start).toISOString()));
  const [tot, zetTot] = useState(naarLokaal(new Date(start + 48 * UUR).toISOString()));
  const [o, zetO] = useState<Overzicht | undefined>();
  const [plannen, zetPlannen] = useState<PlanSamenvatting[] | undefined>();
  const [reserve, zetReserve] = useState({ aan: false, n: "1" });
  const [minimum, zetMinimum] = useState({ aan: false, n: "1" });
  const [melding, zetMelding] = useState<{ soort: "ok" | "error"; tekst: string } | undefined>();
  const [bezig, zetBezig] = useState(false);
  const [advies, zetAdvies] = useState<Advies | undefined>();
  const meldingRef = useRef<HTMLDivElement>(null);

  const laad = useCallback(async () => {
    try {
      const [ov, pl] = await Promise.all([
        capaciteitApi.overzicht({ van: vanLokaal(van), tot: vanLokaal(tot) }),
        cat.rechten.planLezen ? capaciteitApi.plannen() : Promise.resolve({ plannen: [] }),
      ]);
      zetO(ov);
      zetPlannen(pl.plannen);
    } catch (e) {
      zetMelding({ soort: "error", tekst: e instanceof ApiFout ? e.detail : "Laden is niet gelukt." });
    }
  }, [van, tot, cat.rechten.planLezen]);

  // Only on first render; later the user presses "Toon".
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberate: reload on "Toon", not on every keystroke
  useEffect(() => {
    void laad();
  }, []);
  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  const typeNaam = (id: string) => cat.typen.find((t) => t.id === id)?.naam ?? id;

  const isPlanType = (id: string) => cat.typen.find((t) => t.id === id)?.inzetplan === true;
  const beleidVoor = (typen: string[]) => {
    const perType = (n: string) => Object.fromEntries(typen.map((t) => [t, Math.max(0, Number(n) || 0)]));
    return {
      ...(reserve.aan ? { minReservePerRegion: perType(reserve.n) } : {}),
      ...(minimum.aan ? { minUnitsPerDemand: perType(minimum.n) } : {}),
    };
  };
  const vraagTypen = o ? [...new Set(o.vraag.map((v) => v.typeId))] : [];
  const planVraag = o ? o.vraag.filter((v) => isPlanType(v.typeId)) : [];
  const planTypen = [...new Set(planVraag.map((v) => v.typeId))];
  const planKan = planTypen.length > 0 && plekken(planVraag) >= 2;

  async function bereken() {
    if (!o) return;
    zetBezig(true);
    try {
      const { plan } = await capaciteitApi.bereken({
        van: vanLokaal(van),
        tot: vanLokaal(tot),
        typen: planTypen,
        beleid: beleidVoor(planTypen),
      });
      navigeer(`/capaciteit?plan=${encodeURIComponent(plan.id)}`);
    } catch (e) {
      zetMelding({ soort: "error", tekst: e instanceof ApiFout ? e.detail : "Berekenen is niet gelukt." });
    } finally {
      zetBezig(false);
    }
  }

  async function berekenAdvies() {
    if (!o) return;
    const typen = o.schaarste.length ? o.schaarste.map((s) => s.typeId) : vraagTypen;
    zetBezig(true);
    try {
      zetAdvies(
        await capaciteitApi.advies({
          van: vanLokaal(van),
          tot: vanLokaal(tot),
          typen,
          beleid: beleidVoor(typen),
        }),
      );
    } catch (e) {
      zetMelding({ soort: "error", tekst: e instanceof ApiFout ? e.detail : "Berekenen is niet gelukt." });
    } finally {
      zetBezig(false);
    }
  }

  return (
    <>
      <Paragraph lead>
        Als op meerdere plekken en/of in meerdere regio's behoefte ontstaat aan bijstand van Defensie
        (TIN-pelotons voor bewaken en beveiligen), stelt de NSGBO van de politie en/of de SGBO van de KMar een
        capaciteiten- en inzetplan op en legt dat voor aan het Crisisberaad Opschaling Bewaken en Beveiligen
        (LCP §6.2.2). Voor andere capaciteit berekent Knooppunt alleen een advies, dat niets boekt: daarover
        besluit wie daarover gaat, zoals de meldkamer (ambulancebijstandsplan) of de Commandant der
        Strijdkrachten (Defensie voor bevolkingszorg). De prioriteit volgt standaard Knooppunts rangorde van
        de doelstellingen van het crisisplan: redden, dan het voorkomen van een (vervolg)aanslag, dan
        opsporen, dan onrust, dan veerkracht; bij gelijke prioriteit de vroegste aankomst. Het crisisplan
        noemt de doelstellingen een richtinggevend hulpmiddel om per situatie vast te stellen; het
        Crisisberaad kan daarom per vraag een andere prioriteit vaststellen, met motivering.
      </Paragraph>
      {melding && (
        <Alert ref={meldingRef} soort={melding.soort} dringend={melding.soort === "error"}>
          <p className="utrecht-paragraph">{melding.tekst}</p>
        </Alert>
      )}
      <form
        className="cap-filters"
        aria-label="Periode"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void laad();
        }}
      >
        <TextField
          label="Periode van"
          type="datetime-local"
          value={van}
          onChange={(e) => zetVan(e.target.value)}
        />
        <TextField
          label="Periode tot"
          type="datetime-local"
          value={tot}
          onChange={(e) => zetTot(e.target.value)}
        />
        <div className="cap-filters__knoppen">
          <Button type="submit">Toon</Button>
        </div>
      </form>

      {o && (
        <>
          <Heading niveau={2}>Vraag en aanbod in de periode</Heading>
          {o.schaarste.length === 0 ? (
            <Alert soort="ok">
              <p className="utrecht-paragraph">
                Geen schaarste: de open vraag past binnen wat beschikbaar is.
              </p>
            </Alert>
          ) : (
            <Alert soort="warning" titel="Schaarste">
              <ul className="utrecht-unordered-list">
                {o.schaarste.map((s) => (
                  <li key={s.typeId}>
                    {s.typeNaam}: gevraagd {s.vraag}, beschikbaar {s.beschikbaar}, tekort {s.tekort}.
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {o.vraag.length > 0 && (
            <Table caption="Open vraag in de periode">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Locatie</TableHeaderCell>
                  <TableHeaderCell>Type</TableHeaderCell>
                  <TableHeaderCell className="cap-getal">Open</TableHeaderCell>
                  <TableHeaderCell>Doelstelling</TableHeaderCell>
                  <TableHeaderCell className="cap-getal">Prioriteit</TableHeaderCell>
                  <TableHeaderCell>Periode</TableHeaderCell>
                  <TableHeaderCell>Instemming OvJ</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {o.vraag.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell kolom="Locatie" className="knp-cel-hoofd">
                      {v.locatieNaam}
                    </TableCell>
                    <TableCell kolom="Type">{typeNaam(v.typeId)}</TableCell>
                    <TableCell kolom="Open" className="cap-getal">
                      {v.aantal - v.toegewezen}
                    </TableCell>
                    <TableCell kolom="Doelstelling">
                      {cat.doelstellingen.find((d) => d.id === v.doelstelling)?.naam} ({v.urgentie})
                    </TableCell>
                    <TableCell kolom="Prioriteit" className="cap-getal">
                      {v.prioriteit}
                    </TableCell>
                    <TableCell kolom="Periode">
                      {tijd(v.van)} – {tijd(v.tot)}
                    </TableCell>
                    <TableCell kolom="Instemming OvJ">
                      {v.typeId !== TIN
                        ? "n.v.t."
                        : v.instemmingOvj
                          ? `${v.instemmingOvj.naam}, ${tijd(v.instemmingOvj.op)}`
                          : v.aanvraagId
                            ? "via de aanvraag"
                            : "ontbreekt"}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}

          {cat.rechten.planRekenen && o.vraag.length > 0 && (
            <section className="knp-paneel" aria-labelledby="cap-voorstel">
              <Heading niveau={2} id="cap-voorstel">
                Voorstel of advies berekenen
              </Heading>
              <Paragraph>
                Exacte verdeling over alle concurrerende vragen. Beleidsopties zijn harde voorwaarden; als ze
                samen niet kunnen, zegt de berekening waarom.
              </Paragraph>
              <Paragraph>
                {planKan
                  ? `Het voorstel (capaciteiten- en inzetplan) omvat de vraag naar bijstand van Defensie op ${plekken(planVraag)} plekken; het wordt ingediend bij het Crisisberaad Opschaling BB.`
                  : planTypen.length
                    ? "De vraag naar bijstand van Defensie ligt op één plek: dat is geen capaciteiten- en inzetplan maar één verzoek, waarover de CBB van de NCTV oordeelt (LCP §6.2.2)."
                    : "Er is geen vraag naar bijstand van Defensie (TIN-pelotons) in deze periode, dus geen capaciteiten- en inzetplan (LCP §6.2.2)."}{" "}
                Het advies verdeelt {o.schaarste.length ? "de schaarse typen" : "alle typen met open vraag"}.
                Het wordt niet bewaard en boekt niets.
              </Paragraph>
              <fieldset className="cap-beleid">
                <legend className="utrecht-form-label">Beleidsopties</legend>
                <div className="cap-beleid__regel">
                  <label className="cap-radio">
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={reserve.aan}
                      onChange={(e) => zetReserve({ ...reserve, aan: e.target.checked })}
                    />{" "}
                    Minimale reserve per regio
                  </label>
                  {reserve.aan && (
                    <TextField
                      label="Eenheden die elke regio houdt"
                      inputMode="numeric"
                      value={reserve.n}
                      onChange={(e) => zetReserve({ ...reserve, n: e.target.value })}
                    />
                  )}
                </div>
                <div className="cap-beleid__regel">
                  <label className="cap-radio">
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={minimum.aan}
                      onChange={(e) => zetMinimum({ ...minimum, aan: e.target.checked })}
                    />{" "}
                    Minimum per vraag
                  </label>
                  {minimum.aan && (
                    <TextField
                      label="Eenheden die elke vraag ten minste krijgt"
                      inputMode="numeric"
                      value={minimum.n}
                      onChange={(e) => zetMinimum({ ...minimum, n: e.target.value })}
                    />
                  )}
                </div>
              </fieldset>
              <ButtonGroup>
                {planKan && (
                  <Button
                    soort="primary-action"
                    onClick={() => void bereken()}
                    bezig={bezig}
                    disabled={bezig}
                  >
                    {bezig ? "Bezig met berekenen…" : "Bereken voorstel"}
                  </Button>
                )}
                <Button
                  soort={planKan ? "secondary-action" : "primary-action"}
                  onClick={() => void berekenAdvies()}
                  disabled={bezig}
                >
                  Bereken advies
                </Button>
              </ButtonGroup>
            </section>
          )}
          {advies && <AdviesResultaat advies={advies} typeNaam={typeNaam} />}
        </>
      )}

      {cat.rechten.planLezen && (
        <>
          <Heading niveau={2}>Capaciteiten- en inzetplannen</Heading>
          {plannen && plannen.length === 0 && <Paragraph>Er zijn nog geen plannen.</Paragraph>}
          {plannen && plannen.length > 0 && (
            <Table caption="Plannen, nieuwste eerst">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Plan</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Periode</TableHeaderCell>
                  <TableHeaderCell>Opgesteld</TableHeaderCell>
                  <TableHeaderCell className="cap-getal">Toewijzingen</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plannen.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell kolom="Plan" className="knp-cel-hoofd">
                      <Link href={`/capaciteit?plan=${encodeURIComponent(p.id)}`}>{p.nummer}</Link>
                    </TableCell>
                    <TableCell kolom="Status">
                      {STATUS_LABEL[p.status] ?? p.status}
                      {p.uitkomstStatus === "infeasible" ? " (beleid niet haalbaar)" : ""}
                    </TableCell>
                    <TableCell kolom="Periode">
                      {tijd(p.periode.van)} – {tijd(p.periode.tot)}
                    </TableCell>
                    <TableCell kolom="Opgesteld">
                      {tijd(p.opgesteldOp)}, {p.opgesteldNamens}
                    </TableCell>
                    <TableCell kolom="Toewijzingen" className="cap-getal">
                      {p.aantalToewijzingen}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
      {cat.rechten.vraag && <VraagRegistreren cat={cat} onGeregistreerd={() => void laad()} />}
    </>
  );
}

/** The advice on screen: per demand what it would get and why. Not a plan: nothing to submit or book. */
function AdviesResultaat({ advies, typeNaam }: { advies: Advies; typeNaam: (id: string) => string }) {
  const u = advies.uitkomst;
  return (
    <section className="knp-paneel" aria-labelledby="cap-advies">
      <Heading niveau={2} id="cap-advies">
        Advies (niet geboekt)
      </Heading>
      <Paragraph>{advies.toelichting}</Paragraph>
      {u.status === "infeasible" ? (
        <Alert soort="warning" titel="Beleidsopties niet haalbaar">
          <ul className="utrecht-unordered-list">
            {u.redenen.map((r) => (
              <li key={r.regel}>{r.nl}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Table caption="Advies per vraag">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Vraag</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell className="cap-getal">Toegewezen</TableHeaderCell>
              <TableHeaderCell>Eenheden</TableHeaderCell>
              <TableHeaderCell>Waarom</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {u.uitleg.map((x) => (
              <TableRow key={x.demandId}>
                <TableCell kolom="Vraag" className="knp-cel-hoofd">
                  {x.demandId}
                </TableCell>
                <TableCell kolom="Type">{typeNaam(x.type)}</TableCell>
                <TableCell kolom="Toegewezen" className="cap-getal">
                  {x.toegewezen.length} van {x.gevraagd}
                </TableCell>
                <TableCell kolom="Eenheden">
                  {x.toegewezen.map((t) => t.unitId).join(", ") || "geen"}
                </TableCell>
                <TableCell kolom="Waarom">
                  {x.waarom}
                  {x.tekortReden ? ` ${x.tekortReden}` : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function VraagRegistreren({ cat, onGeregistreerd }: { cat: Catalogus; onGeregistreerd: () => void }) {
  const start = Math.ceil(Date.now() / UUR) * UUR;
  const [open, zetOpen] = useState(false);
  const [f, zetF] = useState({
    typeId: "defensie-tin-peloton",
    aantal: "1",
    locatieNaam: "",
    regioId: "",
    lat: "",
    lon: "",
    van: naarLokaal(new Date(start).toISOString()),
    tot: naarLokaal(new Date(start + 24 * UUR).toISOString()),
    doelstelling: "redden",
    urgentie: "regulier",
    aanvrager: "",
    ovjNaam: "",
    ovjOp: "",
  });
  const [fout, zetFout] = useState<ApiFout | undefined>();
  const [ok, zetOk] = useState<string | undefined>();
  const zet = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    zetF({ ...f, [k]: e.target.value });

  async function registreer(e: FormEvent) {
    e.preventDefault();
    try {
      const { ovjNaam, ovjOp, ...rest } = f;
      const { vraag } = await capaciteitApi.registreerVraag({
        ...rest,
        ...(f.typeId === TIN && (ovjNaam.trim() || ovjOp)
          ? { instemmingOvj: { naam: ovjNaam, op: ovjOp ? vanLokaal(ovjOp) : "" } }
          : {}),
        aantal: Number(f.aantal),
        lat: Number(f.lat.replace(",", ".")),
        lon: Number(f.lon.replace(",", ".")),
        van: vanLokaal(f.van),
        tot: vanLokaal(f.tot),
      });
      zetFout(undefined);
      zetOk(
        `Vraag voor ${vraag.locatieNaam} is geregistreerd (prioriteit ${vraag.prioriteit}: ${vraag.motivering})`,
      );
      zetOpen(false);
      onGeregistreerd();
    } catch (err) {
      zetFout(err instanceof ApiFout ? err : new ApiFout(0, {}));
    }
  }

  const m = fout?.veldMeldingen() ?? {};
  return (
    <section aria-labelledby="cap-vraag-kop">
      <Heading niveau={2} id="cap-vraag-kop">
        Vraag registreren
      </Heading>
      {ok && (
        <Alert soort="ok">
          <p className="utrecht-paragraph">{ok}</p>
        </Alert>
      )}
      {!open && (
        <Button onClick={() => zetOpen(true)} aria-expanded={false}>
          Nieuwe vraag
        </Button>
      )}
      {open && (
        <form onSubmit={registreer} noValidate className="knp-paneel knp-formulier knp-formulier--raster">
          {fout && (
            <Alert soort="error" dringend>
              <p className="utrecht-paragraph">{fout.detail}</p>
            </Alert>
          )}
          <SelectField label="Capaciteitstype" value={f.typeId} onChange={zet("typeId")} fout={m.typeId}>
            {cat.typen.map((t) => (
              <option key={t.id} value={t.id}>
                {t.naam}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Aantal"
            inputMode="numeric"
            value={f.aantal}
            onChange={zet("aantal")}
            fout={m.aantal}
          />
          <TextField
            label="Locatie"
            value={f.locatieNaam}
            onChange={zet("locatieNaam")}
            fout={m.locatieNaam}
          />
          <SelectField label="Veiligheidsregio" value={f.regioId} onChange={zet("regioId")} fout={m.regioId}>
            <option value="">Kies een regio</option>
            {cat.regios.map((r) => (
              <option key={r.id} value={r.id}>
                {r.naam}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Breedtegraad"
            inputMode="decimal"
            value={f.lat}
            onChange={zet("lat")}
            fout={m.lat}
          />
          <TextField
            label="Lengtegraad"
            inputMode="decimal"
            value={f.lon}
            onChange={zet("lon")}
            fout={m.lon}
          />
          <TextField
            label="Nodig vanaf"
            type="datetime-local"
            value={f.van}
            onChange={zet("van")}
            fout={m.van}
          />
          <TextField
            label="Nodig tot"
            type="datetime-local"
            value={f.tot}
            onChange={zet("tot")}
            fout={m.tot}
          />
          <SelectField label="Doelstelling" value={f.doelstelling} onChange={zet("doelstelling")}>
            {cat.doelstellingen.map((d) => (
              <option key={d.id} value={d.id}>
                {d.rang}. {d.naam}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Urgentie"
            value={f.urgentie}
            onChange={zet("urgentie")}
            beschrijving="Acuut: acuut gevaar met een nog groter risico op slachtoffers, of een acute vervolgdreiging."
          >
            <option value="regulier">Regulier</option>
            <option value="acuut">Acuut</option>
          </SelectField>
          <TextField label="Aanvrager" value={f.aanvrager} onChange={zet("aanvrager")} fout={m.aanvrager} />
          {f.typeId === TIN && (
            <fieldset className="cap-beleid">
              <legend className="utrecht-form-label">Instemming officier van justitie</legend>
              <p className="utrecht-paragraph cap-zacht">
                TIN-bijstand vindt plaats onder het gezag van de officier van justitie en wordt met zijn
                instemming aangevraagd; het OM doet de formele bijstandsaanvraag (LCP §6.2.2). Vraag die uit
                een aanvraag komt, neemt de instemming uit die aanvraag. Zonder instemming kan het
                Crisisberaad geen plan vaststellen waarin deze vraag eenheden krijgt.
              </p>
              <TextField
                label="Naam officier van justitie"
                value={f.ovjNaam}
                onChange={zet("ovjNaam")}
                fout={m.instemmingOvj ?? m["instemmingOvj.naam"]}
              />
              <TextField
                label="Instemming gegeven op"
                type="datetime-local"
                value={f.ovjOp}
                onChange={zet("ovjOp")}
                fout={m["instemmingOvj.op"]}
              />
            </fieldset>
          )}
          <ButtonGroup>
            <Button type="submit" soort="primary-action">
              Vraag registreren
            </Button>
            <Button soort="subtle" onClick={() => zetOpen(false)}>
              Annuleren
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
