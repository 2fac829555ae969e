// The steps of a procedure as a flow diagram in HTML/CSS: a box per step (actor, action, to
// whom), arrows between them, optional and urgent-only steps drawn differently. The boxes are
// an ordered list, so the diagram reads as text to a screen reader; the caption summarises it.
import { useId } from "react";
import type { Stap } from "./api.ts";
import { StapMarkeringen } from "./Stappen.tsx";
import { lijstTekst, MIDDEL, STAP_SOORT } from "./teksten.ts";

/** First sentence of the action, so the box stays readable; the full text is in the list. */
function kort(tekst: string): string {
  const m = /^(.{40,220}?[.;:])\s+(?=\p{Lu})/u.exec(tekst);
  return m?.[1] ?? tekst;
}

function samenvatting(stappen: readonly Stap[]): string {
  const tel = (f: (s: Stap) => boolean, woord: string) => {
    const n = stappen.filter(f).length;
    return n ? `${n} ${woord}` : "";
  };
  const bijzonder = [
    tel((s) => s.optioneel, "optioneel"),
    tel((s) => s.alleenBijSpoed, "alleen bij spoed"),
    tel((s) => s.overslaanBijSpoed, "vervalt bij spoed"),
    tel((s) => s.telefonischVooraf, "bij spoed eerst telefonisch"),
  ].filter(Boolean);
  return `Stroomschema van ${stappen.length} stappen, van boven naar beneden${
    bijzonder.length ? `; daarvan ${lijstTekst(bijzonder)}` : ""
  }.`;
}

export function Diagram({ stappen, titel }: { stappen: readonly Stap[]; titel: string }) {
  const id = useId();
  return (
    <figure className="ww-diagram" aria-labelledby={`${id}-titel`} aria-describedby={`${id}-samenvatting`}>
      <figcaption className="ww-diagram__bijschrift">
        <span id={`${id}-titel`} className="ww-diagram__titel">
          Stroomschema: {titel}
        </span>
        <span id={`${id}-samenvatting`} className="ww-diagram__samenvatting">
          {samenvatting(stappen)}
        </span>
        <span className="ww-diagram__legenda" aria-hidden="true">
          <span className="ww-doos ww-doos--legenda">gewone stap</span>
          <span className="ww-doos ww-doos--legenda ww-doos--optioneel">optioneel</span>
          <span className="ww-doos ww-doos--legenda ww-doos--spoed">alleen bij spoed</span>
          <span className="ww-doos ww-doos--legenda ww-doos--vervalt">vervalt bij spoed</span>
        </span>
      </figcaption>
      <ol className="ww-diagram__stappen">
        {stappen.map((s, i) => (
          <li
            key={s.id}
            className={[
              "ww-doos",
              s.optioneel && "ww-doos--optioneel",
              s.alleenBijSpoed && "ww-doos--spoed",
              s.overslaanBijSpoed && "ww-doos--vervalt",
            ]
              .filter(Boolean)
              .join(" ")}
          >
            <span className="ww-doos__nummer" aria-hidden="true">
              {i + 1}
            </span>
            <span className="ww-doos__soort">{STAP_SOORT[s.soort]}</span>
            <span className="ww-doos__actor">{s.actor.omschrijving}</span>
            <span className="ww-doos__actie">{kort(s.actie)}</span>
            <span className="ww-doos__middel">
              {MIDDEL[s.middel]}
              {s.aan.length > 0 && <> → {lijstTekst(s.aan.map((a) => a.omschrijving))}</>}
            </span>
            <StapMarkeringen stap={s} />
          </li>
        ))}
      </ol>
    </figure>
  );
}
