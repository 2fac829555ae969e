// The request's attachments: a download link for each (for everyone who sees the request) and,
// while the form is editable, an upload field and a remove button for the requesting side. The
// browser checks size and type only to spare a long upload; the server checks the content itself.
import { useId, useRef, useState } from "react";
import { BIJLAGE_MAX_BYTES, BIJLAGEN_MAX } from "../../../../src/domain/aanvragen/gegevens.ts";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { type Aanvraag, aanvragenApi, type NieuweBijlage } from "./api.ts";
import { Foutmelding } from "./onderdelen.tsx";
import { type Uitvoeren, useVersturen } from "./versturen.ts";

const SOORT: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
};

export function grootte(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString("nl-NL")} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
}

function leesBase64(bestand: File): Promise<string> {
  return new Promise((klaar, mis) => {
    const r = new FileReader();
    r.onload = () => klaar(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => mis(r.error ?? new Error("Het bestand kon niet worden gelezen."));
    r.readAsDataURL(bestand);
  });
}

export function Bijlagen({
  aanvraag: a,
  magWijzigen,
  toevoegen,
  uitvoeren,
}: {
  aanvraag: Aanvraag;
  magWijzigen: boolean;
  toevoegen: (b: NieuweBijlage) => Promise<void>;
  uitvoeren: Uitvoeren;
}) {
  const kop = useId();
  const veld = useId();
  const invoer = useRef<HTMLInputElement>(null);
  const [fout, zetFout] = useState<string | undefined>(undefined);
  const [serverFout, zetServerFout] = useState<unknown>(undefined);
  const [bezig, zetBezig] = useState(false);
  const verwijder = useVersturen(uitvoeren);
  const bijlagen = a.gegevens.bijlagen;

  async function upload() {
    const bestand = invoer.current?.files?.[0];
    zetFout(undefined);
    zetServerFout(undefined);
    if (!bestand) {
      zetFout("Kies eerst een bestand.");
      return;
    }
    if (bestand.size > BIJLAGE_MAX_BYTES) {
      zetFout(`"${bestand.name}" is ${grootte(bestand.size)}; de grens is 10 MB.`);
      return;
    }
    zetBezig(true);
    try {
      const inhoud = await leesBase64(bestand);
      await toevoegen({ naam: bestand.name, ...(bestand.type ? { mediatype: bestand.type } : {}), inhoud });
      if (invoer.current) invoer.current.value = "";
    } catch (e) {
      zetServerFout(e);
    } finally {
      zetBezig(false);
    }
  }

  return (
    <section className="av-sectie" aria-labelledby={kop}>
      <Heading niveau={2} id={kop}>
        Bijlagen
      </Heading>
      {bijlagen.length === 0 ? (
        <Paragraph>Geen bijlagen.</Paragraph>
      ) : (
        <ul className="av-lijst" data-testid="bijlagen">
          {bijlagen.map((b) => (
            <li key={b.id}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={aanvragenApi.bijlageHref(a.id, b.id)}
                download={b.naam}
              >
                {b.naam}
              </a>{" "}
              <span className="av-klein">
                ({SOORT[b.mediatype] ?? b.mediatype}, {grootte(b.grootteBytes)})
              </span>
              {magWijzigen && (
                <>
                  {" "}
                  <Button
                    type="button"
                    soort="subtle"
                    disabled={verwijder.bezig}
                    aria-label={`Bijlage ${b.naam} verwijderen`}
                    onClick={() =>
                      void verwijder.verstuur({
                        type: "ConceptBijwerken",
                        wijzigingen: { bijlagen: bijlagen.filter((x) => x.id !== b.id) },
                      })
                    }
                  >
                    Verwijderen
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div ref={verwijder.foutRef}>
        <Foutmelding fout={verwijder.fout} />
      </div>
      {magWijzigen && bijlagen.length < BIJLAGEN_MAX && (
        <div className="av-formulier">
          <div
            className={`utrecht-form-field utrecht-form-field--text utrecht-form-field--distanced${fout ? " utrecht-form-field--invalid" : ""}`}
          >
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor={veld}>
                Bijlage toevoegen
              </label>
            </div>
            <div
              className="utrecht-form-field__description utrecht-form-field-description"
              id={`${veld}-beschrijving`}
            >
              PDF, PNG of JPEG, ten hoogste 10 MB.
            </div>
            {fout && (
              <div
                className="utrecht-form-field__error-message utrecht-form-field-error-message"
                id={`${veld}-fout`}
              >
                {fout}
              </div>
            )}
            <div className="utrecht-form-field__input">
              <input
                ref={invoer}
                id={veld}
                type="file"
                className="utrecht-textbox utrecht-textbox--html-input"
                accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                aria-describedby={`${veld}-beschrijving${fout ? ` ${veld}-fout` : ""}`}
                aria-invalid={fout ? true : undefined}
              />
            </div>
          </div>
          <Foutmelding fout={serverFout} />
          <ButtonGroup>
            <Button type="button" soort="secondary-action" bezig={bezig} disabled={bezig} onClick={upload}>
              Uploaden
            </Button>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}
