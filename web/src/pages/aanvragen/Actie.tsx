// The form for one of the user's own available tasks, matching the command the step takes:
// sign, zienswijze, check, supplier decision, decision, appeal, advice, instruction, or simply
// complete it — and skip it with a reason where the procedure allows.
import type { FormEvent, ReactNode } from "react";
import { useId, useState } from "react";
import {
  POLITIE_EENHEDEN,
  rccbId,
  VEILIGHEIDSREGIOS,
  vrId,
} from "../../../../src/domain/organisaties/referentie.ts";
import type { Stap } from "../../../../src/domain/wegwijzer/index.ts";
import { ApiFout } from "../../api.ts";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { CheckboxGroep, TextField } from "../../components/FormField.tsx";
import { Heading } from "../../components/Heading.tsx";
import type { Aanvraag, Commando, Taak } from "./api.ts";
import { veldFouten } from "./GegevensVelden.tsx";
import { Ondertekenen } from "./Ondertekenen.tsx";
import { Foutmelding, Keuzegroep, Tekstvak } from "./onderdelen.tsx";
import { COMMANDO_KNOP, rolNaam, STAP_SOORT, tijd, UITKOMST_STAP } from "./teksten.ts";
import { type Uitvoeren, useVersturen } from "./versturen.ts";

const regels = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);

function welkeOrganisaties(stap: Stap | undefined): "andere-regio" | "leverende-eenheden" | null {
  if (!stap) return null;
  if (stap.aan.some((x) => x.relatie === "andere-regio")) return "andere-regio";
  if (stap.aan.some((x) => x.relatie === "leverende-eenheden")) return "leverende-eenheden";
  return null;
}

function OrganisatieKeuze({
  soort,
  gekozen,
  onChange,
  fout,
  eigenRegio,
  eigenOrganisatie,
}: {
  soort: "andere-regio" | "leverende-eenheden";
  gekozen: string[];
  onChange: (x: string[]) => void;
  fout?: string | undefined;
  eigenRegio: string;
  eigenOrganisatie: string;
}) {
  const opties =
    soort === "andere-regio"
      ? VEILIGHEIDSREGIOS.filter(([c]) => vrId(c) !== eigenRegio).map(([c, n]) => ({
          waarde: vrId(c),
          label: `${c} ${n}`,
        }))
      : // Another unit supplies (ADR 0609): the requesting unit's own RCCB is not offered.
        POLITIE_EENHEDEN.filter(([c]) => rccbId(c) !== eigenOrganisatie).map(([c, n]) => ({
          waarde: rccbId(c),
          label: `RCCB ${n}`,
        }));
  return (
    <CheckboxGroep
      legenda={soort === "andere-regio" ? "Welke regio's zijn benaderd?" : "Welke eenheden leveren?"}
      naam={`org-${soort}`}
      opties={opties}
      gekozen={gekozen}
      onChange={onChange}
      fout={fout}
    />
  );
}

interface ActieProps {
  naam: (id: string) => string;
  aanvraag: Aanvraag;
  taak: Taak;
  stap: Stap | undefined;
  teOndertekenen: { inhoud: string; hash: string } | null;
  uitvoeren: Uitvoeren;
}

export function Actie(props: ActieProps) {
  const { taak, stap } = props;
  const kopId = useId();
  return (
    <section className="av-actie" aria-labelledby={kopId} data-taak={taak.id}>
      <Heading niveau={3} id={kopId}>
        {STAP_SOORT[taak.soort] ?? taak.soort}: {taak.actie}
      </Heading>
      {taak.uiterlijk && (
        <p className="utrecht-paragraph av-uiterlijk">
          Uiterlijk {tijd(taak.uiterlijk)}
          {Date.parse(taak.uiterlijk) < Date.now() && <span className="av-telaat">Te laat</span>}
        </p>
      )}
      {stap?.product && <p className="utrecht-paragraph">Product: {stap.product}</p>}
      {taak.commando === "Ondertekenen" ? <Ondertekenen {...props} /> : <Formulier {...props} />}
      {taak.magOverslaan && <Overslaan {...props} />}
    </section>
  );
}

function Formulier({ aanvraag, taak, stap, uitvoeren }: ActieProps) {
  const { bezig, fout, verstuur, foutRef } = useVersturen(uitvoeren);
  const [tekst, zetTekst] = useState("");
  const [redenen, zetRedenen] = useState("");
  const [uitkomst, zetUitkomst] = useState<string>("");
  const [aantal, zetAantal] = useState("");
  const [geleverdToelichting, zetGeleverdToelichting] = useState("");
  const [organisaties, zetOrganisaties] = useState<string[]>([]);
  const [aanwijzing, zetAanwijzing] = useState("");
  const orgSoort = welkeOrganisaties(stap);
  const vf = veldFouten(fout);
  const veld = (k: string) => vf[k];
  const c = taak.commando;

  const uitkomsten =
    c === "Leveranciersbesluit"
      ? (["volledig", "gedeeltelijk", "afwijzen"] as const).filter(
          (u) => taak.uitkomsten.length === 0 || taak.uitkomsten.includes(u),
        )
      : c === "AanwijzingGeven"
        ? (["goedkeuren", "afwijzen"] as const)
        : c === "KorpschefWeigeren"
          ? (["afwijzen", "gedeeltelijk"] as const).filter(
              (u) => taak.uitkomsten.length === 0 || taak.uitkomsten.includes(u),
            )
          : taak.uitkomsten;
  const metUitkomst =
    c === "Toetsen" ||
    c === "Leveranciersbesluit" ||
    c === "Besluiten" ||
    c === "AanwijzingGeven" ||
    c === "KorpschefWeigeren";
  // A korpschef's refusal (own §9 request, art. 56 lid 4 Politiewet 2012) is whole or partial.
  const uitkomstLabel = (u: string) =>
    c === "KorpschefWeigeren"
      ? u === "gedeeltelijk"
        ? "Gedeeltelijk weigeren"
        : "Geheel weigeren"
      : hoofdletter(UITKOMST_STAP[u] ?? u);
  const gedeeltelijk = uitkomst === "gedeeltelijk";
  const positief = ["goedkeuren", "volledig", "toestemming"].includes(uitkomst);
  const gevraagd = aanvraag.gegevens.gevraagd?.aantal;

  function commando(): Commando {
    const geleverd = gedeeltelijk ? { aantal: Number(aantal), toelichting: geleverdToelichting } : undefined;
    const orgs = orgSoort ? { organisaties } : {};
    switch (c) {
      case "ZienswijzeGeven":
        return { type: c, taakId: taak.id, zienswijze: tekst };
      case "Toetsen":
        return { type: c, taakId: taak.id, uitkomst, redenen: regels(redenen) };
      case "Leveranciersbesluit":
        return {
          type: c,
          taakId: taak.id,
          uitkomst: uitkomst as "volledig" | "gedeeltelijk" | "afwijzen",
          redenen: regels(redenen),
          ...(geleverd ? { geleverd } : {}),
          ...orgs,
        };
      case "Besluiten":
        return {
          type: c,
          taakId: taak.id,
          uitkomst,
          redenen: regels(redenen),
          ...(geleverd ? { geleverd } : {}),
        };
      case "BeroepInstellen":
        return { type: c, taakId: taak.id, toelichting: tekst };
      case "AdviesGeven":
        return { type: c, taakId: taak.id, advies: tekst };
      case "AanwijzingGeven":
        return {
          type: c,
          taakId: taak.id,
          uitkomst: uitkomst as "goedkeuren" | "afwijzen",
          aanwijzing,
          redenen: regels(redenen),
        };
      case "KorpschefWeigeren":
        return {
          type: c,
          omvang: uitkomst as "gedeeltelijk" | "afwijzen",
          redenen: regels(redenen),
          ...(geleverd ? { geleverd } : {}),
        };
      default:
        return { type: "StapAfronden", taakId: taak.id, ...(tekst ? { toelichting: tekst } : {}), ...orgs };
    }
  }

  async function bijVersturen(e: FormEvent) {
    e.preventDefault();
    if (metUitkomst && !uitkomst) return;
    await verstuur(commando());
  }

  const tekstLabel: Record<string, string> = {
    ZienswijzeGeven: "Zienswijze",
    BeroepInstellen: "Toelichting bij het beroep",
    AdviesGeven: "Advies",
    StapAfronden: "Toelichting (optioneel)",
  };
  let extra: ReactNode = null;
  if (metUitkomst)
    extra = (
      <>
        <Keuzegroep
          legenda="Uitkomst"
          naam={`uitkomst-${taak.id}`}
          opties={uitkomsten.map((u) => ({ waarde: u, label: uitkomstLabel(u) }))}
          waarde={uitkomst}
          onChange={zetUitkomst}
          fout={veld("uitkomst")}
        />
        {gedeeltelijk && (
          <div className="knp-formulier--raster">
            <TextField
              label={`Hoeveel wordt geleverd${gevraagd ? ` (gevraagd: ${gevraagd})` : ""}`}
              type="number"
              inputMode="numeric"
              min={1}
              value={aantal}
              onChange={(e) => zetAantal(e.target.value)}
              fout={veld("geleverd.aantal") ?? veld("geleverd")}
              required
            />
            <TextField
              label="Toelichting op de levering"
              value={geleverdToelichting}
              onChange={(e) => zetGeleverdToelichting(e.target.value)}
              fout={veld("geleverd.toelichting")}
            />
          </div>
        )}
        {c === "AanwijzingGeven" && (
          <Tekstvak
            label="Aanwijzing"
            value={aanwijzing}
            onChange={(e) => zetAanwijzing(e.target.value)}
            fout={veld("aanwijzing")}
          />
        )}
        <Tekstvak
          label={positief ? "Redenen (optioneel, één per regel)" : "Redenen (één per regel)"}
          value={redenen}
          onChange={(e) => zetRedenen(e.target.value)}
          fout={
            veld("redenen") ??
            (fout instanceof ApiFout && fout.code === "redenen-vereist" ? fout.detail : undefined)
          }
          beschrijving={
            positief ? undefined : "Verplicht bij afwijzen, gedeeltelijk leveren of meer informatie vragen."
          }
        />
      </>
    );

  return (
    <form className="knp-formulier av-actie__formulier" onSubmit={bijVersturen} noValidate>
      <div ref={foutRef}>
        <Foutmelding fout={fout} />
      </div>
      {extra}
      {tekstLabel[c] && (
        <Tekstvak
          label={tekstLabel[c] ?? ""}
          value={tekst}
          onChange={(e) => zetTekst(e.target.value)}
          fout={veld("zienswijze") ?? veld("toelichting") ?? veld("advies")}
        />
      )}
      {orgSoort && (
        <OrganisatieKeuze
          soort={orgSoort}
          gekozen={organisaties}
          onChange={zetOrganisaties}
          fout={
            veld("organisaties") ??
            (fout instanceof ApiFout && fout.code === "organisaties-vereist" ? fout.detail : undefined)
          }
          eigenRegio={aanvraag.context.veiligheidsregioId}
          eigenOrganisatie={aanvraag.context.rccbId}
        />
      )}
      <ButtonGroup>
        <Button
          type="submit"
          soort="primary-action"
          bezig={bezig}
          disabled={bezig || (metUitkomst && !uitkomst)}
        >
          {COMMANDO_KNOP[c]}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Overslaan({ taak, uitvoeren }: ActieProps) {
  const { bezig, fout, verstuur, foutRef } = useVersturen(uitvoeren);
  const [reden, zetReden] = useState("");
  const [open, zetOpen] = useState(false);
  if (!open)
    return (
      <p className="utrecht-paragraph av-overslaan">
        Deze stap mag worden overgeslagen.{" "}
        <Button soort="subtle" onClick={() => zetOpen(true)}>
          Stap overslaan…
        </Button>
      </p>
    );
  return (
    <form
      className="knp-formulier av-overslaan"
      onSubmit={(e) => {
        e.preventDefault();
        void verstuur({ type: "StapOverslaan", taakId: taak.id, reden });
      }}
      noValidate
    >
      <div ref={foutRef}>
        <Foutmelding fout={fout} />
      </div>
      <Tekstvak
        label="Waarom wordt deze stap overgeslagen?"
        value={reden}
        onChange={(e) => zetReden(e.target.value)}
        beschrijving="Dit wordt vastgelegd met uw naam en het tijdstip."
        autoFocus
      />
      <ButtonGroup>
        <Button type="submit" soort="secondary-action" bezig={bezig} disabled={bezig || !reden.trim()}>
          Overslaan vastleggen
        </Button>
        <Button soort="subtle" onClick={() => zetOpen(false)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The zienswijze task of someone else (the regioburgemeester) may be closed by the requesting side
 * once its due time has passed without a view: art. 56 lid 3 Politiewet 2012 asks that he "in de
 * gelegenheid is gesteld" his view to give, not that he answered (ADR 0607). Recorded as a skip with
 * the reason, who and the due time that passed.
 */
export function GeenZienswijze({ taak, uitvoeren }: { taak: Taak; uitvoeren: Uitvoeren }) {
  const { bezig, fout, verstuur, foutRef } = useVersturen(uitvoeren);
  const [reden, zetReden] = useState("");
  const [open, zetOpen] = useState(false);
  const kopId = useId();
  const wie = rolNaam(taak.eigenaar.rol).toLowerCase();
  return (
    <section className="av-geen-zienswijze" aria-labelledby={kopId} data-geen-zienswijze={taak.id}>
      <Heading niveau={3} id={kopId}>
        Geen zienswijze van de {wie} ontvangen?
      </Heading>
      <p className="utrecht-paragraph av-uiterlijk">
        Gevraagd tot {tijd(taak.uiterlijk)}
        <span className="av-telaat">Termijn verstreken</span>
      </p>
      <p className="utrecht-paragraph">
        Behalve bij spoed wordt het verzoek pas gedaan als de {wie} in de gelegenheid is gesteld een
        zienswijze te geven (art. 56 lid 3 Politiewet 2012). Dat is gebeurd en de termijn is voorbij. Is er
        geen zienswijze gekomen, leg dat dan vast: de aanvraag gaat verder zonder zienswijze. Komt die later
        alsnog, voeg die dan als bijlage of evaluatienotitie toe.
      </p>
      {!open ? (
        <ButtonGroup>
          <Button soort="secondary-action" onClick={() => zetOpen(true)}>
            Geen zienswijze ontvangen…
          </Button>
        </ButtonGroup>
      ) : (
        <form
          className="knp-formulier"
          onSubmit={(e) => {
            e.preventDefault();
            if (reden.trim()) void verstuur({ type: "StapOverslaan", taakId: taak.id, reden });
          }}
          noValidate
        >
          <div ref={foutRef}>
            <Foutmelding fout={fout} />
          </div>
          <Tekstvak
            label="Wat is gedaan om de zienswijze te krijgen?"
            value={reden}
            onChange={(e) => zetReden(e.target.value)}
            fout={veldFouten(fout).reden}
            beschrijving={`Verplicht. Bijvoorbeeld wanneer en hoe de ${wie} is herinnerd. Dit wordt vastgelegd met uw naam, het tijdstip en de verstreken termijn.`}
            aria-required="true"
            autoFocus
          />
          <ButtonGroup>
            <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig || !reden.trim()}>
              Vastleggen: geen zienswijze ontvangen
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
