// The wegwijzer: asks only the questions that matter for the answers so far (the server's
// volgende-vraag drives it), keeps earlier answers visible and changeable, then shows the
// advice. The answers live in the address (?antwoorden=…) so an advice can be shared or reloaded.
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { Advies } from "./Advies.tsx";
import { type Advies as AdviesT, type Antwoorden, type Vraag as VraagT, wegwijzerApi } from "./api.ts";
import { gelijk, Vraag } from "./Vraag.tsx";
import "./wegwijzer.css";

interface Beantwoord {
  vraag: VraagT;
  waarde: unknown;
  overgeslagen: boolean;
}

interface Stand {
  beantwoord: Beantwoord[];
  huidig: VraagT | null;
  advies: AdviesT | null;
  /** Earlier answer to preselect when the user changes a question. */
  vooraf?: unknown;
  fout?: string | undefined;
}

const antwoordenVan = (b: readonly Beantwoord[]): Antwoorden =>
  Object.fromEntries(b.filter((x) => !x.overgeslagen).map((x) => [x.vraag.veld, x.waarde]));
const overslaanVan = (b: readonly Beantwoord[]) => b.filter((x) => x.overgeslagen).map((x) => x.vraag.veld);

function antwoordLabel(b: Beantwoord): string {
  if (b.overgeslagen) return "Overgeslagen";
  return b.vraag.opties.find((o) => gelijk(o.waarde, b.waarde))?.label ?? String(b.waarde);
}

/** The field a 400 names ("/sector", "body.sector" or "sector"). */
function veldVan(e: ApiFout): string | undefined {
  const v = e.velden[0]?.veld;
  return v
    ?.replace(/^\/+/, "")
    .replace(/^(body|antwoorden)[./]/, "")
    .split(/[./]/)[0];
}

function leesAdres(): { antwoorden: Antwoorden; overslaan: string[] } | null {
  const zoek = new URLSearchParams(location.search);
  const a = zoek.get("antwoorden");
  if (!a) return null;
  try {
    const antwoorden = JSON.parse(a) as unknown;
    if (!antwoorden || typeof antwoorden !== "object" || Array.isArray(antwoorden)) return null;
    const overslaan = (zoek.get("overslaan") ?? "").split(",").filter(Boolean);
    return { antwoorden: antwoorden as Antwoorden, overslaan };
  } catch {
    return null;
  }
}

function schrijfAdres(b: readonly Beantwoord[]): void {
  const zoek = new URLSearchParams();
  if (b.length) zoek.set("antwoorden", JSON.stringify(antwoordenVan(b)));
  const o = overslaanVan(b);
  if (o.length) zoek.set("overslaan", o.join(","));
  const s = zoek.toString();
  // replaceState, not navigeer(): answering must not scroll or count as a page change.
  history.replaceState(null, "", `/wegwijzer${s ? `?${s}` : ""}`);
}

export default function WegwijzerPagina() {
  const [stand, zetStand] = useState<Stand | undefined>(undefined);
  const [bezig, zetBezig] = useState(false);
  const [algemeneFout, zetAlgemeneFout] = useState<string | undefined>(undefined);
  const [aankondiging, zetAankondiging] = useState("");
  const doorGebruiker = useRef(false);
  const vraagRef = useRef<HTMLFieldSetElement>(null);
  const adviesRef = useRef<HTMLHeadingElement>(null);

  /** Asks the server what comes after `beantwoord`; on a 400, reopens the named question. */
  const volgende = useCallback(async (beantwoord: Beantwoord[]): Promise<void> => {
    zetBezig(true);
    zetAlgemeneFout(undefined);
    try {
      const r = await wegwijzerApi.volgendeVraag(antwoordenVan(beantwoord), overslaanVan(beantwoord));
      zetStand({ beantwoord, huidig: r.vraag, advies: r.advies });
      schrijfAdres(beantwoord);
    } catch (e) {
      const fout = e instanceof ApiFout ? e : new ApiFout(0, {});
      const veld = fout.status === 400 ? veldVan(fout) : undefined;
      const i = veld ? beantwoord.findIndex((b) => b.vraag.veld === veld) : -1;
      const bij = beantwoord[i];
      if (bij) {
        zetStand({
          beantwoord: beantwoord.slice(0, i),
          huidig: bij.vraag,
          advies: null,
          vooraf: bij.waarde,
          fout: fout.detail,
        });
      } else {
        zetAlgemeneFout(fout.detail);
        zetStand((s) => s ?? { beantwoord: [], huidig: null, advies: null });
      }
    } finally {
      zetBezig(false);
    }
  }, []);

  // First load: replay the answers in the address question by question, so each earlier
  // answer is shown with its own question; an answer that no longer fits stops the replay.
  useEffect(() => {
    let actief = true;
    (async () => {
      const adres = leesAdres();
      if (!adres) return volgende([]);
      const beantwoord: Beantwoord[] = [];
      for (let i = 0; i < 40 && actief; i++) {
        let r: Awaited<ReturnType<typeof wegwijzerApi.volgendeVraag>>;
        try {
          r = await wegwijzerApi.volgendeVraag(antwoordenVan(beantwoord), overslaanVan(beantwoord));
        } catch {
          return volgende(beantwoord);
        }
        const v = r.vraag;
        if (!v) return volgende(beantwoord);
        if (Object.hasOwn(adres.antwoorden, v.veld))
          beantwoord.push({ vraag: v, waarde: adres.antwoorden[v.veld], overgeslagen: false });
        else if (adres.overslaan.includes(v.veld))
          beantwoord.push({ vraag: v, waarde: undefined, overgeslagen: true });
        else return volgende(beantwoord);
      }
    })();
    return () => {
      actief = false;
    };
  }, [volgende]);

  // After each answer: focus the new question (or the advice) and announce it.
  useEffect(() => {
    if (!stand) return;
    const tekst = stand.advies
      ? `Advies: ${stand.advies.title}`
      : stand.huidig
        ? `Vraag ${stand.beantwoord.length + 1}: ${stand.huidig.vraag}`
        : "";
    zetAankondiging(stand.fout ? `${tekst}. Fout: ${stand.fout}` : tekst);
    if (!doorGebruiker.current) return;
    if (stand.advies) adviesRef.current?.focus();
    else vraagRef.current?.focus();
  }, [stand]);

  const beantwoord = stand?.beantwoord ?? [];

  function antwoord(waarde: unknown, overgeslagen = false) {
    if (!stand?.huidig) return;
    doorGebruiker.current = true;
    void volgende([...beantwoord, { vraag: stand.huidig, waarde, overgeslagen }]);
  }

  function wijzig(i: number) {
    const b = beantwoord[i];
    if (!b) return;
    doorGebruiker.current = true;
    zetStand({ beantwoord: beantwoord.slice(0, i), huidig: b.vraag, advies: null, vooraf: b.waarde });
  }

  return (
    <Pagina titel="Wegwijzer bijstand" breed>
      <div className="ww-niet-afdrukken">
        <Paragraph lead>
          Beantwoord de vragen; de wegwijzer stelt alleen de vragen die voor uw situatie tellen en toont dan
          welke procedure geldt, wie het gezag heeft, wie u eerst belt en welke stappen volgen. Elk advies
          noemt zijn bron.
        </Paragraph>
        <Paragraph>
          <Link href="/procedures">Alle procedures bekijken</Link>
        </Paragraph>
      </div>

      <div aria-live="polite" aria-atomic="true" className="knp-visueel-verborgen">
        {aankondiging}
      </div>

      {algemeneFout && (
        <Alert soort="error" dringend titel="De wegwijzer kon niet verder">
          <p className="utrecht-paragraph">{algemeneFout}</p>
        </Alert>
      )}

      {!stand && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}

      <div className="ww-indeling">
        <div className="ww-indeling__hoofd">
          {stand?.huidig && (
            <Vraag
              key={`${stand.huidig.veld}-${beantwoord.length}`}
              ref={vraagRef}
              vraag={stand.huidig}
              nummer={beantwoord.length + 1}
              vooraf={stand.vooraf}
              fout={stand.fout}
              bezig={bezig}
              onAntwoord={(w) => antwoord(w)}
              onOverslaan={() => antwoord(undefined, true)}
            />
          )}

          {stand?.advies && <Advies ref={adviesRef} advies={stand.advies} />}
        </div>
        {beantwoord.length > 0 && (
          <section className="ww-antwoorden ww-niet-afdrukken" aria-labelledby="ww-antwoorden-kop">
            <Heading niveau={2} id="ww-antwoorden-kop">
              Uw antwoorden
            </Heading>
            <ol className="ww-antwoorden__lijst">
              {beantwoord.map((b, i) => (
                <li key={b.vraag.veld} className="ww-antwoord">
                  <div className="ww-antwoord__tekst">
                    <span className="ww-antwoord__vraag">{b.vraag.vraag}</span>
                    <strong className="ww-antwoord__waarde">{antwoordLabel(b)}</strong>
                  </div>
                  <Button
                    soort="subtle"
                    className="ww-antwoord__wijzig"
                    onClick={() => wijzig(i)}
                    disabled={bezig}
                  >
                    Wijzigen<span className="knp-visueel-verborgen"> antwoord op: {b.vraag.vraag}</span>
                  </Button>
                </li>
              ))}
            </ol>
            <Button
              soort="subtle"
              onClick={() => {
                doorGebruiker.current = true;
                void volgende([]);
              }}
              disabled={bezig}
            >
              Opnieuw beginnen
            </Button>
          </section>
        )}
      </div>
    </Pagina>
  );
}
