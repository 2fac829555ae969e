import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { forwardRef, useId } from "react";
import { klassen } from "./klassen.ts";

interface VeldBasis {
  label: string;
  beschrijving?: ReactNode;
  /** Dutch message from the server (problem+json `velden`) or from the form itself. */
  fout?: string | undefined;
}

function beschrijvingIds(id: string, beschrijving: unknown, fout: unknown): string | undefined {
  const ids = [beschrijving ? `${id}-beschrijving` : "", fout ? `${id}-fout` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function VeldOmhulsel({
  id,
  label,
  beschrijving,
  fout,
  soort,
  children,
}: VeldBasis & { id: string; soort: string; children: ReactNode }) {
  return (
    <div
      className={klassen(
        "utrecht-form-field",
        `utrecht-form-field--${soort}`,
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
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={`${id}-beschrijving`}
        >
          {beschrijving}
        </div>
      )}
      {fout && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-fout`}>
          {fout}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export type TextFieldProps = VeldBasis & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

/** Form field with a label, optional description and error, and a utrecht-textbox. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, beschrijving, fout, className, type = "text", ...rest },
  ref,
) {
  const id = useId();
  return (
    <VeldOmhulsel id={id} label={label} beschrijving={beschrijving} fout={fout} soort="text">
      <input
        ref={ref}
        {...rest}
        id={id}
        type={type}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschrijvingIds(id, beschrijving, fout)}
        className={klassen(
          "utrecht-textbox",
          "utrecht-textbox--html-input",
          type === "password" && "utrecht-textbox--password",
          fout && "utrecht-textbox--invalid",
          className,
        )}
      />
    </VeldOmhulsel>
  );
});

export type SelectFieldProps = VeldBasis &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & { children: ReactNode };

/** Form field with a utrecht-select. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, beschrijving, fout, className, children, ...rest },
  ref,
) {
  const id = useId();
  return (
    <VeldOmhulsel id={id} label={label} beschrijving={beschrijving} fout={fout} soort="select">
      <select
        ref={ref}
        {...rest}
        id={id}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschrijvingIds(id, beschrijving, fout)}
        className={klassen(
          "utrecht-select",
          "utrecht-select--html-select",
          fout && "utrecht-select--invalid",
          className,
        )}
      >
        {children}
      </select>
    </VeldOmhulsel>
  );
});

export interface CheckboxGroepProps {
  legenda: string;
  beschrijving?: ReactNode;
  fout?: string | undefined;
  opties: { waarde: string; label: string }[];
  gekozen: readonly string[];
  onChange: (gekozen: string[]) => void;
  naam: string;
}

/** A fieldset of utrecht-checkbox options (e.g. the roles of a user). */
/**
 * The fieldset shell of a group of options (legend, description, error) with the ids wired for
 * screen readers; the options themselves are the children.
 */
export function Veldengroep({
  id,
  legenda,
  beschrijving,
  fout,
  children,
}: {
  id: string;
  legenda: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div
      className={klassen(
        "utrecht-form-fieldset",
        "utrecht-form-fieldset--distanced",
        fout && "utrecht-form-fieldset--invalid",
      )}
    >
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={beschrijvingIds(id, beschrijving, fout)}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legenda}
        </legend>
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
        {children}
      </fieldset>
    </div>
  );
}

export function CheckboxGroep({
  legenda,
  beschrijving,
  fout,
  opties,
  gekozen,
  onChange,
  naam,
}: CheckboxGroepProps) {
  const id = useId();
  return (
    <Veldengroep id={id} legenda={legenda} beschrijving={beschrijving} fout={fout}>
      <div className="knp-checkbox-raster">
        {opties.map((optie) => {
          const optieId = `${id}-${optie.waarde}`;
          const aan = gekozen.includes(optie.waarde);
          return (
            <div key={optie.waarde} className="utrecht-form-field utrecht-form-field--checkbox knp-checkbox">
              <div className="utrecht-form-field__input">
                <input
                  type="checkbox"
                  id={optieId}
                  name={naam}
                  value={optie.waarde}
                  checked={aan}
                  onChange={(e) =>
                    onChange(
                      e.target.checked
                        ? [...gekozen, optie.waarde]
                        : gekozen.filter((w) => w !== optie.waarde),
                    )
                  }
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={optieId}>
                  {optie.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </Veldengroep>
  );
}
