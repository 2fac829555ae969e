// The procedure as a numbered sequence: who, what, how (phone or form), with urgent
// adaptations marked. Used in the advice (already adapted to urgency) and the catalogue.
import type { AdviesStap, Stap } from "./api.ts";
import { BronRegel, Markering } from "./onderdelen.tsx";
import { lijstTekst, MIDDEL, STAP_SOORT, UITKOMST_STAP } from "./teksten.ts";

function isAdviesStap(s: Stap | AdviesStap): s is AdviesStap {
  return "wijze" in s;
}

export function StapMarkeringen({ stap }: { stap: Stap | AdviesStap }) {
  const m: { soort: "spoed" | "optioneel" | "telefoon" | "vervalt"; tekst: string }[] = [];
  if (isAdviesStap(stap) && stap.telefonischNu)
    m.push({ soort: "telefoon", tekst: "Bij spoed: eerst telefonisch, daarna formaliseren" });
  else if (stap.telefonischVooraf) m.push({ soort: "telefoon", tekst: "Bij spoed eerst telefonisch" });
  if (stap.alleenBijSpoed) m.push({ soort: "spoed", tekst: "Alleen bij spoed" });
  if (stap.overslaanBijSpoed) m.push({ soort: "vervalt", tekst: "Vervalt bij spoed" });
  if (stap.optioneel) m.push({ soort: "optioneel", tekst: "Optioneel" });
  if (m.length === 0) return null;
  return (
    <span className="ww-markeringen">
      {m.map((x) => (
        <Markering key={x.tekst} soort={x.soort}>
          {x.tekst}
        </Markering>
      ))}
    </span>
  );
}

export function Stappen({ stappen, id }: { stappen: readonly (Stap | AdviesStap)[]; id?: string }) {
  return (
    <ol className="ww-stappen" id={id}>
      {stappen.map((s) => (
        <li key={s.id} className="ww-stap">
          <p className="utrecht-paragraph ww-stap__kop">
            <strong>{s.actor.omschrijving}</strong>
            <span className="ww-stap__soort"> · {STAP_SOORT[s.soort]}</span> <StapMarkeringen stap={s} />
          </p>
          <p className="utrecht-paragraph">{s.actie}</p>
          <dl className="ww-stap__gegevens">
            <div>
              <dt>Hoe</dt>
              <dd>{isAdviesStap(s) ? s.wijze : MIDDEL[s.middel]}</dd>
            </div>
            {s.aan.length > 0 && (
              <div>
                <dt>Aan</dt>
                <dd>{lijstTekst(s.aan.map((a) => a.omschrijving))}</dd>
              </div>
            )}
            {s.afschriftAan.length > 0 && (
              <div>
                <dt>Afschrift aan</dt>
                <dd>{lijstTekst(s.afschriftAan.map((a) => a.omschrijving))}</dd>
              </div>
            )}
            {s.product && (
              <div>
                <dt>Resultaat</dt>
                <dd>{s.product}</dd>
              </div>
            )}
            {s.uitkomsten.length > 0 && (
              <div>
                <dt>Mogelijke uitkomsten</dt>
                <dd>{lijstTekst(s.uitkomsten.map((u) => UITKOMST_STAP[u] ?? u))}</dd>
              </div>
            )}
            {s.voorwaarde && (
              <div>
                <dt>Alleen als</dt>
                <dd>{s.voorwaarde}</dd>
              </div>
            )}
          </dl>
          <BronRegel bron={s.bron} />
        </li>
      ))}
    </ol>
  );
}
