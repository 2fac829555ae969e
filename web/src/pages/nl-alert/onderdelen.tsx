// Pieces shared by the composer and the alert page: the phone preview, the size meter, the checks
// with their reasons and sources, and the exercise/test banner.
import type { ReactNode } from "react";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { Heading } from "../../components/Heading.tsx";
import { type Controle, STATUS_NAMEN } from "./api.ts";

/** The text as a phone shows an NL-Alert: a full-screen notice with the header and the lines. */
export function Telefoon({ tekst, status }: { tekst: string; status: keyof typeof STATUS_NAMEN }) {
  return (
    <figure className="nla-telefoon" aria-labelledby="nla-telefoon-titel">
      <figcaption id="nla-telefoon-titel" className="knp-visueel-verborgen">
        Voorbeeld zoals een telefoon het bericht toont
      </figcaption>
      <div className="nla-telefoon__scherm">
        <p className="nla-telefoon__app">
          <span aria-hidden="true">⚠</span> Publieke waarschuwing
          {status !== "Actual" ? ` – ${STATUS_NAMEN[status]}` : ""}
        </p>
        <pre className="nla-telefoon__tekst" data-testid="nla-voorbeeldtekst">
          {tekst || "(nog geen tekst)"}
        </pre>
      </div>
    </figure>
  );
}

export function Omvang({ controle, onVervang }: { controle: Controle; onVervang?: (teken: string) => void }) {
  const gsm = controle.encoding === "gsm7";
  return (
    <section className="nla-omvang" aria-labelledby="nla-omvang-kop">
      <Heading niveau={3} id="nla-omvang-kop">
        Omvang
      </Heading>
      <dl className="knp-gegevens" data-testid="nla-omvang">
        <dt>Codering</dt>
        <dd>
          {gsm ? "GSM 7-bit" : "UCS-2"} ({controle.charactersPerPage} tekens per pagina)
        </dd>
        <dt>Tekens</dt>
        <dd>
          {controle.characters} {gsm ? "(^ { } \\ [ ~ ] | € tellen dubbel)" : ""}
        </dd>
        <dt>Pagina's</dt>
        <dd>
          {controle.pages} van ten hoogste {controle.maxPages}
        </dd>
      </dl>
      <label className="utrecht-form-label" htmlFor="nla-omvang-meter">
        Ruimte gebruikt
      </label>{" "}
      <meter
        id="nla-omvang-meter"
        min={0}
        max={controle.maxPages}
        high={controle.maxPages - 1}
        value={Math.min(controle.pages, controle.maxPages)}
      >
        {controle.pages} van {controle.maxPages}
      </meter>
      {controle.ucs2Tekens.length > 0 && (
        <div className="nla-ucs2">
          <p className="utrecht-paragraph">
            Deze tekens staan niet in het GSM-alfabet en maken van het bericht UCS-2 (41 in plaats van 93
            tekens per pagina):
          </p>
          <ul className="utrecht-unordered-list">
            {controle.ucs2Tekens.map((u) => (
              <li key={u.teken} className="utrecht-unordered-list__item">
                <code className="nla-teken">{u.teken}</code> ({u.posities.length}×)
                {u.vervanging !== null && onVervang ? (
                  <>
                    {" "}
                    <Button soort="subtle" onClick={() => onVervang(u.teken)}>
                      Vervang ‘{u.teken}’ door ‘{u.vervanging}’
                    </Button>
                  </>
                ) : u.vervanging === null ? (
                  " – geen GSM-spelling beschikbaar"
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The draft fields by the names on the form, so a finding names the field in Dutch. */
const VELD_NAMEN: Record<string, string> = {
  area: "Uitzendgebied",
  risk: "Risico",
  location: "Locatie",
  actions: "Handelingsperspectief",
  moreInfo: "Meer informatie",
  references: "Verwijzing",
  sent: "Tijdstip",
};

export function veldLabel(veld: string): string {
  const engels = veld.startsWith("english.");
  const kaal = veld.replace(/^english\./, "");
  const basis = kaal.replace(/[.[].*$/, "");
  const naam = VELD_NAMEN[basis] ?? basis;
  const regel = /^actions\[(\d+)\]/.exec(kaal);
  return `${naam}${regel ? ` (regel ${Number(regel[1]) + 1})` : ""}${engels ? " – Engels" : ""}`;
}

export function Controles({
  controle,
  erkend,
  redenen,
}: {
  controle: Controle;
  erkend?: readonly string[];
  redenen?: Readonly<Record<string, string>>;
}) {
  return (
    <section aria-labelledby="nla-controles-kop" className="nla-controles">
      <Heading niveau={3} id="nla-controles-kop">
        Controles
      </Heading>
      {controle.errors.length === 0 && controle.warnings.length === 0 && (
        <Alert soort="ok">
          <p className="utrecht-paragraph">Geen fouten of waarschuwingen.</p>
        </Alert>
      )}
      {controle.errors.length > 0 && (
        <Alert soort="error" titel={`${controle.errors.length} fout(en) – blokkeren de vrijgave`}>
          <Bevindingen lijst={controle.errors} />
        </Alert>
      )}
      {controle.warnings.length > 0 && (
        <Alert
          soort="warning"
          titel={`${controle.warnings.length} waarschuwing(en) – wegen en erkennen vóór vrijgave`}
        >
          <Bevindingen lijst={controle.warnings} erkend={erkend} redenen={redenen} />
        </Alert>
      )}
    </section>
  );
}

function Bevindingen({
  lijst,
  erkend,
  redenen,
}: {
  lijst: Controle["errors"];
  erkend?: readonly string[] | undefined;
  redenen?: Readonly<Record<string, string>> | undefined;
}) {
  return (
    <ul className="utrecht-unordered-list nla-bevindingen">
      {lijst.map((b, i) => (
        <li key={`${b.code}-${i}`} className="utrecht-unordered-list__item" data-code={b.code}>
          <strong>{b.code}</strong>
          {b.veld ? <> – veld {veldLabel(b.veld)}</> : null}
          {erkend?.includes(b.code)
            ? redenen?.[b.code]
              ? ` (erkend, reden: ${redenen[b.code]})`
              : " (erkend)"
            : ""}
          : {b.message} <span className="nla-bron">Bron: {b.bron}</span>
        </li>
      ))}
    </ul>
  );
}

/** Exercise and test messages are marked on every page they appear on. */
export function StatusBanner({ status }: { status: keyof typeof STATUS_NAMEN }): ReactNode {
  if (status === "Actual") return null;
  return (
    <div className="nla-banner" role="note" data-status={status}>
      {status === "Exercise" ? "OEFENING – dit bericht is een oefening" : "TEST – dit is een testbericht"}
    </div>
  );
}
