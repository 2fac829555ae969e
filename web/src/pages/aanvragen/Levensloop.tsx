// Actions on the request as a whole (not one step): the phone contact on the urgent path, start
// of the deployment, a change, demobilisation, closure with the costs actually made, the evaluation,
// withdrawal, and the korpschef's refusal. Shown when the state makes them possible; the server
// decides who may.
import type { FormEvent, ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";
import type { Stap } from "../../../../src/domain/wegwijzer/index.ts";
import type { Gebruiker } from "../../api.ts";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { CheckboxGroep, SelectField, TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import type { Aanvraag, Commando, Handeling } from "./api.ts";
import { veldFouten } from "./GegevensVelden.tsx";
import { Foutmelding, Keuzegroep, Tekstvak, Vinkje } from "./onderdelen.tsx";
import { euro, faseKort, faseNaam, rolNaam, tijd } from "./teksten.ts";
import { type Uitvoeren, useVersturen } from "./versturen.ts";

const regels = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);

function lokaalNu(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** One action: a button that opens its small form (or runs at once when it has none). */
function Onderdeel({
  titel,
  knop,
  uitleg,
  uitvoeren,
  maak,
  velden,
  geldig = true,
  direct,
}: {
  titel: string;
  knop: string;
  uitleg?: ReactNode;
  uitvoeren: Uitvoeren;
  maak: () => Commando;
  velden?: (fouten: Record<string, string>) => ReactNode;
  geldig?: boolean;
  direct?: boolean;
}) {
  const { bezig, fout, verstuur, foutRef } = useVersturen(uitvoeren);
  const [open, zetOpen] = useState(!!direct);
  const kop = useId();
  const kopRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open && !direct) kopRef.current?.focus();
  }, [open, direct]);
  const vf = veldFouten(fout);
  async function bijVersturen(e: FormEvent) {
    e.preventDefault();
    if (await verstuur(maak())) zetOpen(!!direct);
  }
  if (!open)
    return (
      <div className="av-levensloop__onderdeel">
        <Button onClick={() => zetOpen(true)}>{titel}…</Button>
        {uitleg && <p className="utrecht-paragraph av-klein">{uitleg}</p>}
      </div>
    );
  return (
    <section className="av-levensloop__onderdeel" aria-labelledby={kop}>
      <Heading niveau={3} id={kop} tabIndex={-1} ref={kopRef}>
        {titel}
      </Heading>
      {uitleg && <Paragraph>{uitleg}</Paragraph>}
      <form className="knp-formulier" onSubmit={bijVersturen} noValidate>
        <div ref={foutRef}>
          <Foutmelding fout={fout} />
        </div>
        {velden?.(vf)}
        <ButtonGroup>
          <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig || !geldig}>
            {knop}
          </Button>
          {!direct && (
            <Button soort="subtle" onClick={() => zetOpen(false)}>
              Annuleren
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}

export function Levensloop({
  aanvraag: a,
  gebruiker,
  handelingen,
  stappen,
  uitvoeren,
}: {
  aanvraag: Aanvraag;
  gebruiker: Gebruiker;
  /** What this user's role and organisation allow, from the server (the decider's rules). */
  handelingen: readonly Handeling[];
  stappen: Map<string, Stap>;
  uitvoeren: Uitvoeren;
}) {
  const mag = (h: Handeling) => handelingen.includes(h);
  const s = a.status;
  const klaar = s === "afgesloten" || s === "ingetrokken";
  const toegekend = a.fasen[0]?.uitkomst === "toegekend" || a.fasen[0]?.uitkomst === "gedeeltelijk";
  const inzetLoopt = !!a.inzet.gestartOp && !a.inzet.gedemobiliseerdOp;
  const delen: ReactNode[] = [];

  // Phone contact (urgent path): a call belongs to one phase, the request itself or one change,
  // and opens the phone route of that phase only (ADR 0608). Default: the newest phase not yet
  // decided, so a call about an urgent change is not filed under the running deployment.
  const spoedFasen = a.fasen.filter((f) => (f.nr === 0 ? a.spoed : f.wijziging?.spoed === true));
  const openFasen = a.fasen.filter((f) => f.uitkomst === null);
  const standaardFase = (openFasen[openFasen.length - 1] ?? a.fasen[a.fasen.length - 1])?.nr ?? 0;
  const [tel, zetTel] = useState({
    vanNaam: gebruiker.naam,
    vanTelefoon: "",
    aanNaam: "",
    aanOrganisatie: "locc",
    aanTelefoon: "",
    op: lokaalNu(),
    afspraken: "",
    taakIds: [] as string[],
    fase: null as number | null,
  });
  const telFase = a.fasen.find((f) => f.nr === (tel.fase ?? standaardFase)) ?? a.fasen[0];
  const telFaseNr = telFase?.nr ?? 0;
  // The steps this call may have done: open phone or contact steps of the chosen phase.
  const telefoonTaken = a.taken.filter((t) => {
    const st = stappen.get(t.stapId);
    return (
      t.fase === telFaseNr &&
      t.status === "open" &&
      t.beschikbaar &&
      st &&
      (st.soort === "contact" || st.soort === "vooroverleg" || st.middel === "telefoon")
    );
  });
  // The option names the phase in few words (a closed select does not wrap on a phone); the
  // description names it in full.
  const telFaseVol = telFase && telFase.nr > 0 ? `${faseNaam(telFase)}. ` : "";
  const telFaseUitleg = !telFase
    ? undefined
    : telFaseVol +
      (telFase.nr > 0 && telFase.wijziging?.spoed
        ? `Deze wijziging is spoedeisend: wie beslist, beslist op dit gesprek en legt dat vast. De schriftelijke stappen volgen binnen 24 uur nadat de wijziging is aangevraagd (aangevraagd ${tijd(telFase.gestartOp)}).`
        : telFase.nr === 0 && a.spoed
          ? "De aanvraag zelf is spoedeisend: de schriftelijke afhandeling volgt na de start van de inzet."
          : "Deze fase is niet spoedeisend: het gesprek wordt vastgelegd, maar de schriftelijke stappen blijven nodig vóór het besluit.");
  if (mag("TelefonischContactVastleggen") && spoedFasen.length > 0 && !klaar)
    delen.push(
      <Onderdeel
        key="telefoon"
        titel="Telefonisch contact vastleggen"
        knop="Contact vastleggen"
        uitleg={
          spoedFasen.some((f) => f.nr > 0 && f.uitkomst === null)
            ? "Bij spoed gaat het contact per telefoon: wie beslist, beslist op het gesprek en legt dat hier vast; de schriftelijke afhandeling volgt later. Een spoedeisende wijziging vraagt een eigen gesprek."
            : "Op het spoedpad gaat het contact per telefoon: wie beslist, beslist op dit gesprek en legt dat hier vast; de schriftelijke afhandeling volgt na de start van de inzet."
        }
        uitvoeren={uitvoeren}
        geldig={!!tel.aanNaam.trim() && !!tel.afspraken.trim()}
        maak={() => ({
          type: "TelefonischContactVastleggen",
          van: {
            naam: tel.vanNaam,
            rol: gebruiker.rollen[0] ?? null,
            organisatieId: gebruiker.organisatie.id,
            telefoon: tel.vanTelefoon || null,
          },
          aan: {
            naam: tel.aanNaam,
            rol: null,
            organisatieId: tel.aanOrganisatie,
            telefoon: tel.aanTelefoon || null,
          },
          op: new Date(tel.op).toISOString(),
          afspraken: tel.afspraken,
          taakIds: tel.taakIds.filter((id) => telefoonTaken.some((t) => t.id === id)),
          fase: telFaseNr,
        })}
        velden={(f) => (
          <>
            {a.fasen.length > 1 && (
              <SelectField
                label="Waar gaat dit gesprek over?"
                value={String(telFaseNr)}
                onChange={(e) => zetTel({ ...tel, fase: Number(e.target.value), taakIds: [] })}
                beschrijving={telFaseUitleg}
                fout={f.fase}
              >
                {a.fasen.map((x) => (
                  <option key={x.nr} value={x.nr}>
                    {faseKort(x)}
                    {x.uitkomst === null ? "" : " (besloten)"}
                  </option>
                ))}
              </SelectField>
            )}
            <div className="knp-formulier--raster">
              <TextField
                label="Gebeld door"
                value={tel.vanNaam}
                onChange={(e) => zetTel({ ...tel, vanNaam: e.target.value })}
                fout={f["van.naam"]}
              />
              <TextField
                label="Telefoon beller"
                type="tel"
                value={tel.vanTelefoon}
                onChange={(e) => zetTel({ ...tel, vanTelefoon: e.target.value })}
              />
              <TextField
                label="Gesproken met"
                value={tel.aanNaam}
                onChange={(e) => zetTel({ ...tel, aanNaam: e.target.value })}
                fout={f["aan.naam"]}
              />
              <TextField
                label="Organisatie (id) van de gebelde"
                value={tel.aanOrganisatie}
                onChange={(e) => zetTel({ ...tel, aanOrganisatie: e.target.value })}
                beschrijving="Bijvoorbeeld locc of kmar-ccb."
              />
              <TextField
                label="Telefoon gebelde"
                type="tel"
                value={tel.aanTelefoon}
                onChange={(e) => zetTel({ ...tel, aanTelefoon: e.target.value })}
              />
              <TextField
                label="Tijdstip van het gesprek"
                type="datetime-local"
                value={tel.op}
                onChange={(e) => zetTel({ ...tel, op: e.target.value })}
                fout={f.op}
              />
            </div>
            <Tekstvak
              label="Wat is afgesproken"
              value={tel.afspraken}
              onChange={(e) => zetTel({ ...tel, afspraken: e.target.value })}
              fout={f.afspraken}
            />
            {telefoonTaken.length > 0 && (
              <CheckboxGroep
                legenda="Welke stappen zijn met dit gesprek gedaan?"
                naam="telefoon-taken"
                opties={telefoonTaken.map((t) => ({ waarde: t.id, label: t.actie }))}
                gekozen={tel.taakIds}
                onChange={(taakIds) => zetTel({ ...tel, taakIds })}
                fout={f.taakIds}
              />
            )}
          </>
        )}
      />,
    );

  // Also on the urgent path only after the decision (art. 57/58 Politiewet 2012; ADR 0602 F3).
  if (mag("InzetStarten") && !a.inzet.gestartOp && !klaar && toegekend)
    delen.push(
      <Onderdeel
        key="inzet"
        titel="Inzet starten"
        knop="Start van de inzet vastleggen"
        uitleg={
          a.spoed && a.telefonischeContacten.length > 0
            ? "Het besluit is (telefonisch) genomen. Leg vast dat de inzet is begonnen; de schriftelijke formalisering is dan binnen 24 uur nodig."
            : "Het besluit is genomen. Leg vast dat de inzet is begonnen."
        }
        uitvoeren={uitvoeren}
        maak={() => ({ type: "InzetStarten" })}
      />,
    );

  const [wijziging, zetWijziging] = useState({
    soort: "verlengen",
    nieuwTot: "",
    nieuwAantal: "",
    reden: "",
    spoed: false,
  });
  // Scaling down is the act of the one who makes the request (ADR 0605: in §7/§8 the OvJ, not the
  // RCCB); the server offers it apart from extending and scaling up.
  const magAfschalen = mag("Afschalen");
  const wijzigingSoort = !magAfschalen && wijziging.soort === "afschalen" ? "verlengen" : wijziging.soort;
  const spoedWijziging = wijziging.spoed && wijzigingSoort !== "afschalen";
  if (mag("WijzigingAanvragen") && toegekend && !a.inzet.gedemobiliseerdOp && !klaar)
    delen.push(
      <Onderdeel
        key="wijziging"
        titel="Wijziging aanvragen"
        knop={spoedWijziging ? "Spoedwijziging aanvragen" : "Wijziging aanvragen"}
        uitleg={
          magAfschalen
            ? "Verlengen en opschalen gaan opnieuw door de procedure; afschalen gaat direct in."
            : `Verlengen en opschalen gaan opnieuw door de procedure. Afschalen en intrekken doet alleen wie de aanvraag doet (${a.gezag ? rolNaam(a.gezag.rol).toLowerCase() : "de aanvragende partij"}); stel het zo nodig aan die voor.`
        }
        uitvoeren={uitvoeren}
        geldig={!!wijziging.reden.trim()}
        maak={() => ({
          type: "WijzigingAanvragen",
          wijziging: {
            soort: wijzigingSoort as "verlengen" | "opschalen" | "afschalen",
            nieuwTot:
              wijzigingSoort === "verlengen" && wijziging.nieuwTot
                ? new Date(wijziging.nieuwTot).toISOString()
                : null,
            nieuwAantal:
              wijzigingSoort !== "verlengen" && wijziging.nieuwAantal ? Number(wijziging.nieuwAantal) : null,
            reden: wijziging.reden,
            ...(spoedWijziging ? { spoed: true as const } : {}),
          },
        })}
        velden={(f) => (
          <>
            <Keuzegroep
              legenda="Soort wijziging"
              naam="wijziging-soort"
              opties={[
                { waarde: "verlengen", label: "Verlengen" },
                { waarde: "opschalen", label: "Opschalen" },
                ...(magAfschalen ? [{ waarde: "afschalen", label: "Afschalen" }] : []),
              ]}
              waarde={wijzigingSoort}
              onChange={(soort) => zetWijziging({ ...wijziging, soort })}
            />
            {wijzigingSoort === "verlengen" ? (
              <TextField
                label="Nieuw einde"
                type="datetime-local"
                value={wijziging.nieuwTot}
                onChange={(e) => zetWijziging({ ...wijziging, nieuwTot: e.target.value })}
                fout={f["wijziging.nieuwTot"]}
              />
            ) : (
              <TextField
                label={`Nieuw aantal (nu toegekend: ${a.toegekendAantal ?? "–"})`}
                type="number"
                inputMode="numeric"
                min={1}
                value={wijziging.nieuwAantal}
                onChange={(e) => zetWijziging({ ...wijziging, nieuwAantal: e.target.value })}
                fout={f["wijziging.nieuwAantal"]}
              />
            )}
            {wijzigingSoort !== "afschalen" && (
              // Its own statement of urgency: a change never inherits the request's (ADR 0608).
              <Vinkje
                label="Deze wijziging is spoedeisend"
                checked={wijziging.spoed}
                onChange={(spoed) => zetWijziging({ ...wijziging, spoed })}
                beschrijving="Het contact gaat dan eerst per telefoon en wie beslist, beslist op dat gesprek. De schriftelijke stappen volgen binnen 24 uur nadat de wijziging is aangevraagd. Dit kan achteraf niet meer worden veranderd."
                fout={f["wijziging.spoed"]}
              />
            )}
            <Tekstvak
              label="Reden"
              value={wijziging.reden}
              onChange={(e) => zetWijziging({ ...wijziging, reden: e.target.value })}
              fout={f["wijziging.reden"]}
            />
          </>
        )}
      />,
    );

  if (mag("Demobiliseren") && inzetLoopt)
    delen.push(
      <Onderdeel
        key="demob"
        titel="Demobiliseren"
        knop="Demobilisatie vastleggen"
        uitleg={`De inzet loopt sinds ${tijd(a.inzet.gestartOp)}.`}
        uitvoeren={uitvoeren}
        maak={() => ({ type: "Demobiliseren" })}
      />,
    );

  const [kosten, zetKosten] = useState({ bedrag: "", toelichting: "" });
  // A referral (e.g. police toelichting B: the request goes abroad through the OvJ) has no decision
  // of its own: once its steps are done it stays "in behandeling" and can be closed.
  const verwezenEnKlaar =
    s === "in-behandeling" && a.fasen[0]?.uitkomst === null && a.taken.every((t) => t.status !== "open");
  const afsluitbaar =
    !klaar &&
    !inzetLoopt &&
    (s === "gedemobiliseerd" ||
      s === "toegekend" ||
      s === "gedeeltelijk-toegekend" ||
      s === "afgewezen" ||
      verwezenEnKlaar);
  if (mag("Afsluiten") && afsluitbaar)
    delen.push(
      <Onderdeel
        key="afsluiten"
        titel="Afsluiten"
        knop="Aanvraag afsluiten"
        uitleg={
          a.gegevens.kostenverwachting
            ? `Verwachte kosten: ${euro(a.gegevens.kostenverwachting.bedragCent)}. Leg de werkelijk gemaakte kosten vast.`
            : "Leg de werkelijk gemaakte kosten vast."
        }
        uitvoeren={uitvoeren}
        geldig={!a.inzet.gestartOp || (!!kosten.bedrag && !!kosten.toelichting.trim())}
        maak={() => ({
          type: "Afsluiten",
          werkelijkeKosten: kosten.bedrag
            ? {
                bedragCent: Math.round(Number(kosten.bedrag.replace(/\./g, "").replace(",", ".")) * 100),
                toelichting: kosten.toelichting,
              }
            : null,
        })}
        velden={(f) => (
          <>
            <TextField
              label="Werkelijke kosten in euro"
              inputMode="decimal"
              value={kosten.bedrag}
              onChange={(e) => zetKosten({ ...kosten, bedrag: e.target.value })}
              fout={f["werkelijkeKosten.bedragCent"] ?? f.werkelijkeKosten}
              beschrijving="Bijvoorbeeld 12500 of 12500,50."
            />
            <Tekstvak
              label="Toelichting op de kosten"
              value={kosten.toelichting}
              onChange={(e) => zetKosten({ ...kosten, toelichting: e.target.value })}
              fout={f["werkelijkeKosten.toelichting"]}
            />
          </>
        )}
      />,
    );

  const [notitie, zetNotitie] = useState("");
  if (mag("EvaluatieVastleggen") && (s === "gedemobiliseerd" || s === "afgesloten"))
    delen.push(
      <Onderdeel
        key="evaluatie"
        titel="Evaluatie vastleggen"
        knop="Evaluatie opslaan"
        uitvoeren={uitvoeren}
        geldig={!!notitie.trim()}
        maak={() => ({ type: "EvaluatieVastleggen", notitie })}
        velden={(f) => (
          <Tekstvak
            label="Evaluatienotitie"
            rows={4}
            value={notitie}
            onChange={(e) => zetNotitie(e.target.value)}
            fout={f.notitie}
          />
        )}
      />,
    );

  const [weigering, zetWeigering] = useState({ omvang: "afwijzen", redenen: "", aantal: "" });
  // In an own §9 request the refusal is a task of its own (the task form above), not this action.
  if (
    mag("KorpschefWeigeren") &&
    s === "in-behandeling" &&
    !a.taken.some((t) => t.commando === "KorpschefWeigeren" && t.status === "open")
  )
    delen.push(
      <Onderdeel
        key="korpschef"
        titel="Weigeren (korpschef)"
        knop="Weigering vastleggen"
        uitleg="Art. 56 lid 4 Politiewet 2012: schriftelijk met redenen, afschrift aan DGPOL; het gezag kan in beroep."
        uitvoeren={uitvoeren}
        geldig={!!weigering.redenen.trim()}
        maak={() => ({
          type: "KorpschefWeigeren",
          omvang: weigering.omvang as "gedeeltelijk" | "afwijzen",
          redenen: regels(weigering.redenen),
          ...(weigering.omvang === "gedeeltelijk"
            ? { geleverd: { aantal: Number(weigering.aantal), toelichting: "Wel te leveren." } }
            : {}),
        })}
        velden={(f) => (
          <>
            <Keuzegroep
              legenda="Omvang van de weigering"
              naam="weigering-omvang"
              opties={[
                { waarde: "afwijzen", label: "Geheel weigeren" },
                { waarde: "gedeeltelijk", label: "Gedeeltelijk weigeren" },
              ]}
              waarde={weigering.omvang}
              onChange={(omvang) => zetWeigering({ ...weigering, omvang })}
            />
            {weigering.omvang === "gedeeltelijk" && (
              <TextField
                label="Wat wel wordt geleverd (aantal)"
                type="number"
                min={1}
                value={weigering.aantal}
                onChange={(e) => zetWeigering({ ...weigering, aantal: e.target.value })}
                fout={f["geleverd.aantal"]}
              />
            )}
            <Tekstvak
              label="Redenen (één per regel)"
              value={weigering.redenen}
              onChange={(e) => zetWeigering({ ...weigering, redenen: e.target.value })}
              fout={f.redenen}
            />
          </>
        )}
      />,
    );

  const [reden, zetReden] = useState("");
  if (
    mag("Intrekken") &&
    !klaar &&
    !inzetLoopt &&
    (s === "concept" || s === "in-behandeling" || s === "aanvulling-gevraagd")
  )
    delen.push(
      <Onderdeel
        key="intrekken"
        titel="Intrekken"
        knop="Aanvraag intrekken"
        uitleg="Alleen wie de aanvraag doet (het gezag, of wie namens het gezag indient) trekt in; open taken vervallen."
        uitvoeren={uitvoeren}
        geldig={!!reden.trim()}
        maak={() => ({ type: "Intrekken", reden })}
        velden={(f) => (
          <Tekstvak
            label="Reden van intrekken"
            value={reden}
            onChange={(e) => zetReden(e.target.value)}
            fout={f.reden}
          />
        )}
      />,
    );

  if (delen.length === 0) return null;
  return (
    <section className="av-levensloop" aria-labelledby="av-levensloop-kop">
      <Heading niveau={2} id="av-levensloop-kop">
        Verloop van de inzet
      </Heading>
      {delen}
    </section>
  );
}
