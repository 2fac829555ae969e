// Form pieces the request pages share: a textarea and a radio group in the Utrecht form-field
// markup (label, description, error linked by aria-describedby), a status badge and an error block.
import type { ReactNode, TextareaHTMLAttributes } from "react";
import { forwardRef, useId } from "react";
import type { ProcedureId } from "../../../../src/domain/wegwijzer/index.ts";
import { Alert } from "../../components/Alert.tsx";
import { Veldengroep } from "../../components/FormField.tsx";
import { klassen } from "../../components/klassen.ts";
import type { AanvraagStatus } from "./api.ts";
import { foutTekst, foutTitel, STATUS } from "./teksten.ts";

function ids(id: string, beschrijving: unknown, fout: unknown): string | undefined {
  const x = [beschrijving ? `${id}-beschrijving` : "", fout ? `${id}-fout` : ""].filter(Boolean);
  return x.length ? x.join(" ") : undefined;
}

export type TekstvakProps = {
  label: string;
  beschrijving?: ReactNode;
  fout?: string | undefined;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">;

export const Tekstvak = forwardRef<HTMLTextAreaElement, TekstvakProps>(function Tekstvak(
  { label, beschrijving, fout, className, rows = 3, ...rest },
  ref,
) {
  const id = useId();
  return (
    <div
      className={klassen(
        "utrecht-form-field",
        "utrecht-form-field--textarea",
        "utrecht-form-field--distanced",
        fout && "utrecht-form-field--invalid",
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {beschrijving && (
        <div className="utrecht-form-field-description" id={`${id}-beschrijving`}>
          {beschrijving}
        </div>
      )}
      {fout && (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {fout}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <textarea
          ref={ref}
          {...rest}
          id={id}
          rows={rows}
          aria-invalid={fout ? true : undefined}
          aria-describedby={ids(id, beschrijving, fout)}
          className={klassen(
            "utrecht-textarea",
            "utrecht-textarea--html-textarea",
            fout && "utrecht-textarea--invalid",
            className,
          )}
        />
      </div>
    </div>
  );
});

export interface KeuzeOptie<T extends string> {
  waarde: T;
  label: string;
  beschrijving?: string;
}

/** A fieldset of radio buttons; arrow keys move between options (native radio behaviour). */
export function Keuzegroep<T extends string>({
  legenda,
  naam,
  opties,
  waarde,
  onChange,
  fout,
  beschrijving,
}: {
  legenda: string;
  naam: string;
  opties: readonly KeuzeOptie<T>[];
  waarde: T | "";
  onChange: (w: T) => void;
  fout?: string | undefined;
  beschrijving?: ReactNode;
}) {
  const id = useId();
  return (
    <Veldengroep id={id} legenda={legenda} beschrijving={beschrijving} fout={fout}>
      <div className="av-keuzes">
        {opties.map((o) => {
          const oid = `${id}-${o.waarde}`;
          return (
            <div key={o.waarde} className="utrecht-form-field utrecht-form-field--radio av-keuze">
              <input
                type="radio"
                id={oid}
                name={naam}
                value={o.waarde}
                checked={waarde === o.waarde}
                onChange={() => onChange(o.waarde)}
                aria-describedby={o.beschrijving ? `${oid}-b` : undefined}
                className="utrecht-radio-button utrecht-radio-button--html-input"
              />
              <div>
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={oid}>
                  {o.label}
                </label>
                {o.beschrijving && (
                  <span id={`${oid}-b`} className="av-keuze__beschrijving">
                    {o.beschrijving}
                  </span>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </Veldengroep>
  );
}

/** A single checkbox with its label (utrecht-checkbox), optional description and error. */
export function Vinkje({
  label,
  checked,
  onChange,
  beschrijving,
  fout,
}: {
  label: string;
  checked: boolean;
  onChange: (aan: boolean) => void;
  beschrijving?: string;
  fout?: string | undefined;
}) {
  const id = useId();
  const beschreven = [beschrijving ? `${id}-b` : "", fout ? `${id}-fout` : ""].filter(Boolean).join(" ");
  return (
    <div
      className={klassen(
        "utrecht-form-field",
        "utrecht-form-field--checkbox",
        "av-vinkje",
        fout && "utrecht-form-field--invalid",
      )}
    >
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={beschreven || undefined}
        aria-invalid={fout ? true : undefined}
        className="utrecht-checkbox utrecht-checkbox--html-input"
      />
      <div>
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
        {beschrijving && (
          <span id={`${id}-b`} className="av-keuze__beschrijving">
            {beschrijving}
          </span>
        )}
        {fout && (
          <span id={`${id}-fout`} className="utrecht-form-field-error-message av-blok">
            {fout}
          </span>
        )}
      </div>
    </div>
  );
}

export function StatusLabel({ status }: { status: AanvraagStatus }) {
  return <span className={`av-status av-status--${status}`}>{STATUS[status] ?? status}</span>;
}

export function SpoedLabel() {
  return <span className="av-spoed">Spoed</span>;
}

/** A water-cannon exercise: no actual deployment, no bevoegd gezag (fp toelichting 2, ADR 0621). */
/**
 * The one procedure whose requests can be an exercise (fp toelichting 2, ADR 0621); the server's
 * rule is the decider's `OEFENING_PROCEDURE`, not bundled here (the web imports no decider code).
 */
export const OEFENING_PROCEDURE: ProcedureId = "politie-2-waterwerper";

/** "Is this an exercise?" on the new-request and the draft form alike. */
export function OefeningVinkje(props: {
  checked: boolean;
  onChange: (aan: boolean) => void;
  fout?: string | undefined;
}) {
  return (
    <Vinkje
      label="Oefening (geen bevoegd gezag nodig, factsheet politie §2)"
      beschrijving="Bij een daadwerkelijke inzet moet uit het formulier blijken wie het bevoegd gezag is; bij een oefening is dat niet nodig."
      {...props}
    />
  );
}

export function OefeningLabel() {
  return (
    <span
      className="av-oefening"
      data-testid="oefening-label"
      title="Geen daadwerkelijke inzet; geen bevoegd gezag nodig (factsheet politie §2)"
    >
      Oefening
    </span>
  );
}

/** The server's refusal, in its own words, with the catalogue's title. */
export function Foutmelding({ fout, extra }: { fout: unknown; extra?: ReactNode }) {
  if (!fout) return null;
  return (
    <Alert soort="error" dringend titel={foutTitel(fout)}>
      <p className="utrecht-paragraph">{foutTekst(fout)}</p>
      {extra}
    </Alert>
  );
}
