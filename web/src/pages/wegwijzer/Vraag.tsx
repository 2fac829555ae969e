// One question of the wegwijzer as a radio group in a fieldset, with its explanation and source.
import { forwardRef, useId, useState } from "react";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import type { Vraag as VraagT } from "./api.ts";
import { BronRegel } from "./onderdelen.tsx";

export const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface VraagProps {
  vraag: VraagT;
  nummer: number;
  /** The earlier answer when the user changes it. */
  vooraf?: unknown;
  /** Dutch message from the server (or the form) for this field. */
  fout?: string | undefined;
  bezig: boolean;
  onAntwoord: (waarde: unknown) => void;
  onOverslaan: () => void;
}

export const Vraag = forwardRef<HTMLFieldSetElement, VraagProps>(function Vraag(
  { vraag, nummer, vooraf, fout, bezig, onAntwoord, onOverslaan },
  kopRef,
) {
  const id = useId();
  const begin = vooraf === undefined ? -1 : vraag.opties.findIndex((o) => gelijk(o.waarde, vooraf));
  const [gekozen, zetGekozen] = useState<number>(begin);
  const [eigenFout, zetEigenFout] = useState<string | undefined>(undefined);
  const melding = eigenFout ?? fout;
  const beschrijving = [
    vraag.toelichting ? `${id}-toelichting` : "",
    `${id}-bron`,
    melding ? `${id}-fout` : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <form
      className="ww-vraag knp-paneel"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const optie = vraag.opties[gekozen];
        if (!optie) {
          zetEigenFout("Kies een antwoord.");
          document.getElementById(`${id}-0`)?.focus();
          return;
        }
        zetEigenFout(undefined);
        onAntwoord(optie.waarde);
      }}
    >
      <div
        className={`utrecht-form-fieldset utrecht-form-fieldset--distanced${melding ? " utrecht-form-fieldset--invalid" : ""}`}
      >
        <fieldset
          ref={kopRef}
          tabIndex={-1}
          className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset ww-vraag__groep"
          aria-describedby={beschrijving}
          aria-invalid={melding ? true : undefined}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend ww-vraag__legenda">
            <span className="ww-vraag__nummer">Vraag {nummer}</span>
            <span className="ww-vraag__tekst">{vraag.vraag}</span>
          </legend>
          {vraag.toelichting && (
            <p className="utrecht-paragraph utrecht-form-field-description" id={`${id}-toelichting`}>
              {vraag.toelichting}
            </p>
          )}
          <div id={`${id}-bron`}>
            <BronRegel bron={vraag.bron} />
          </div>
          {melding && (
            <p className="utrecht-form-field-error-message ww-fout" id={`${id}-fout`}>
              {melding}
            </p>
          )}
          <div className="ww-opties">
            {vraag.opties.map((o, i) => (
              <div key={o.label} className="utrecht-form-field utrecht-form-field--radio ww-optie">
                <input
                  type="radio"
                  id={`${id}-${i}`}
                  name={`${id}-${vraag.veld}`}
                  className="utrecht-radio-button utrecht-radio-button--html-input ww-optie__invoer"
                  checked={gekozen === i}
                  aria-invalid={melding ? true : undefined}
                  onChange={() => {
                    zetGekozen(i);
                    zetEigenFout(undefined);
                  }}
                />
                <label
                  className="utrecht-form-label utrecht-form-label--radio ww-optie__label"
                  htmlFor={`${id}-${i}`}
                >
                  {o.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <ButtonGroup>
        <Button type="submit" soort="primary-action" bezig={bezig}>
          Volgende
        </Button>
        {vraag.optioneel && (
          <Button soort="secondary-action" onClick={onOverslaan} disabled={bezig}>
            Overslaan
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
});
