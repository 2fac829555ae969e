// The in-app inbox: messages about tasks and decisions, newest first; unread ones stand out and
// can be marked read one by one or all at once. New messages arrive live.
import { useCallback, useEffect, useState } from "react";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useLive } from "../../live.ts";
import { type Melding, meldingenApi } from "../aanvragen/api.ts";
import { LiveStatus } from "../aanvragen/LiveStatus.tsx";
import { Foutmelding } from "../aanvragen/onderdelen.tsx";
import { tijd } from "../aanvragen/teksten.ts";
import "../aanvragen/aanvragen.css";

/** Only links inside the app are followed in place; anything else is shown as text. */
const intern = (l: string | null): l is string => !!l && l.startsWith("/") && !l.startsWith("//");

export default function MeldingenPagina() {
  const [meldingen, zetMeldingen] = useState<Melding[] | undefined>(undefined);
  const [ongelezen, zetOngelezen] = useState(0);
  const [fout, zetFout] = useState<unknown>(undefined);
  const [bezig, zetBezig] = useState<string | undefined>(undefined);

  const laad = useCallback(async () => {
    try {
      const r = await meldingenApi.lijst();
      zetMeldingen(r.meldingen);
      zetOngelezen(r.ongelezen);
      zetFout(undefined);
    } catch (e) {
      zetFout(e);
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);
  useLive({ melding: () => void laad(), "melding.gelezen": () => void laad(), verbonden: () => void laad() });

  async function gelezen(id?: string) {
    zetBezig(id ?? "alles");
    try {
      if (id) await meldingenApi.gelezen(id);
      else await meldingenApi.allesGelezen();
      await laad();
    } catch (e) {
      zetFout(e);
    } finally {
      zetBezig(undefined);
    }
  }

  return (
    <Pagina titel="Meldingen">
      <Paragraph lead>
        {ongelezen === 0
          ? "U hebt geen ongelezen meldingen."
          : `U hebt ${ongelezen} ongelezen melding${ongelezen === 1 ? "" : "en"}.`}
      </Paragraph>
      <LiveStatus />
      <Foutmelding fout={fout} />
      {ongelezen > 0 && (
        <ButtonGroup>
          <Button onClick={() => void gelezen()} bezig={bezig === "alles"} disabled={!!bezig}>
            Alles als gelezen markeren
          </Button>
        </ButtonGroup>
      )}
      {meldingen === undefined && !fout && <p className="utrecht-paragraph knp-laden">Bezig met laden…</p>}
      {meldingen && meldingen.length === 0 && (
        <Alert soort="info">
          <p className="utrecht-paragraph">Nog geen meldingen.</p>
        </Alert>
      )}
      {meldingen && meldingen.length > 0 && (
        <ul className="av-kaarten" aria-label="Meldingen">
          {meldingen.map((m) => (
            <li
              key={m.id}
              className={`av-kaart${m.gelezen ? "" : " av-kaart--ongelezen"}`}
              data-melding={m.id}
            >
              <p className="utrecht-paragraph av-kaart__kop">
                {!m.gelezen && <span className="av-label">Nieuw</span>}
                {intern(m.link) ? <Link href={m.link}>{m.titel}</Link> : <strong>{m.titel}</strong>}
              </p>
              <p className="utrecht-paragraph av-kaart__tekst">{m.tekst}</p>
              <p className="utrecht-paragraph av-klein">
                <time dateTime={m.aangemaakt}>{tijd(m.aangemaakt)}</time>
                {m.gelezen ? ` · gelezen ${tijd(m.gelezen)}` : ""}
              </p>
              {!m.gelezen && (
                <Button
                  soort="subtle"
                  onClick={() => void gelezen(m.id)}
                  bezig={bezig === m.id}
                  disabled={!!bezig}
                >
                  Markeer als gelezen<span className="knp-visueel-verborgen">: {m.titel}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Pagina>
  );
}
