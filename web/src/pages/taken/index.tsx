// "Mijn taken": every step the user can act on now, across requests, most urgent first. Follows
// changes live (a step done by a colleague disappears without reload).
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "../../components/Alert.tsx";
import { Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useLive } from "../../live.ts";
import { aanvragenApi, type MijnTaak } from "../aanvragen/api.ts";
import { LiveStatus } from "../aanvragen/LiveStatus.tsx";
import { Foutmelding, OefeningLabel, SpoedLabel } from "../aanvragen/onderdelen.tsx";
import { STAP_SOORT, tijd } from "../aanvragen/teksten.ts";
import "../aanvragen/aanvragen.css";

/** Most urgent first: urgent requests, then the earliest due time, then the oldest. */
function volgorde(a: MijnTaak, b: MijnTaak): number {
  if (!!a.spoed !== !!b.spoed) return a.spoed ? -1 : 1;
  const ua = a.taak.uiterlijk ? Date.parse(a.taak.uiterlijk) : Number.POSITIVE_INFINITY;
  const ub = b.taak.uiterlijk ? Date.parse(b.taak.uiterlijk) : Number.POSITIVE_INFINITY;
  return ua - ub;
}

export default function MijnTakenPagina() {
  const [taken, zetTaken] = useState<MijnTaak[] | undefined>(undefined);
  const [fout, zetFout] = useState<unknown>(undefined);
  const wacht = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const laad = useCallback(async () => {
    try {
      const r = await aanvragenApi.mijnTaken();
      zetTaken([...r.taken].sort(volgorde));
      zetFout(undefined);
    } catch (e) {
      zetFout(e);
    }
  }, []);
  useEffect(() => {
    void laad();
    return () => clearTimeout(wacht.current);
  }, [laad]);
  const later = () => {
    clearTimeout(wacht.current);
    wacht.current = setTimeout(() => void laad(), 150);
  };
  useLive({ aanvraag: later, verbonden: later });

  return (
    <Pagina titel="Mijn taken">
      <Paragraph lead>De stappen in aanvragen die nu op u wachten.</Paragraph>
      <LiveStatus />
      <Foutmelding fout={fout} />
      {taken === undefined && !fout && <p className="utrecht-paragraph knp-laden">Bezig met laden…</p>}
      {taken && taken.length === 0 && (
        <Alert soort="ok">
          <p className="utrecht-paragraph">Er wacht nu niets op u.</p>
        </Alert>
      )}
      {taken && taken.length > 0 && (
        <ul className="av-kaarten" aria-label={`${taken.length} taken`}>
          {taken.map((m) => {
            const telaat = m.taak.uiterlijk && Date.parse(m.taak.uiterlijk) < Date.now();
            return (
              <li key={`${m.aanvraagId}-${m.taak.id}`} className="av-kaart">
                <p className="utrecht-paragraph av-kaart__kop">
                  <Link href={`/aanvragen/${m.aanvraagId}`}>
                    {STAP_SOORT[m.taak.soort] ?? m.taak.soort}
                    {m.referentienummer ? ` – ${m.referentienummer}` : ""}
                  </Link>
                  {m.spoed && <SpoedLabel />}
                  {m.oefening && <OefeningLabel />}
                  {telaat && <span className="av-telaat">Te laat</span>}
                </p>
                <p className="utrecht-paragraph">{m.taak.actie}</p>
                <p className="utrecht-paragraph av-klein">
                  {m.titel ? `${m.titel}. ` : ""}
                  {m.taak.uiterlijk ? `Uiterlijk ${tijd(m.taak.uiterlijk)}.` : ""}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Pagina>
  );
}
