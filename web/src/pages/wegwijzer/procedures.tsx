// The procedure catalogue, grouped by source document.
import { useEffect, useState } from "react";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { type Catalogus, wegwijzerApi } from "./api.ts";
import { FACTSHEET, grondslagTekst, SOORT } from "./teksten.ts";
import "./wegwijzer.css";

export function useCatalogus(): { catalogus?: Catalogus; fout?: string } {
  const [stand, zet] = useState<{ catalogus?: Catalogus; fout?: string }>({});
  useEffect(() => {
    let actief = true;
    wegwijzerApi
      .catalogus()
      .then((catalogus) => actief && zet({ catalogus }))
      .catch(
        (e) =>
          actief && zet({ fout: e instanceof ApiFout ? e.detail : "De catalogus kon niet worden geladen." }),
      );
    return () => {
      actief = false;
    };
  }, []);
  return stand;
}

const GROEPEN = ["politie", "bevolkingszorg", "lcp-egt"] as const;

export default function ProceduresPagina() {
  const { catalogus, fout } = useCatalogus();
  return (
    <Pagina titel="Procedures">
      <Paragraph lead>
        Alle procedures voor bijstand, ondersteuning en militaire steunverlening uit de LOCC-factsheets en het
        Landelijk crisisplan EGT, elk met bronnen en een stroomschema. Weet u niet welke u nodig hebt? Gebruik
        de <Link href="/wegwijzer">wegwijzer</Link>.
      </Paragraph>
      {fout && (
        <Alert soort="error" dringend titel="De catalogus kon niet worden geladen">
          <p className="utrecht-paragraph">{fout}</p>
        </Alert>
      )}
      {!catalogus && !fout && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}
      {catalogus &&
        GROEPEN.map((g) => {
          const lijst = catalogus.procedures.filter((p) => p.factsheet === g);
          if (lijst.length === 0) return null;
          return (
            <section key={g} aria-labelledby={`groep-${g}`} className="ww-groep">
              <Heading niveau={2} id={`groep-${g}`}>
                {FACTSHEET[g]}
              </Heading>
              <ul className="ww-catalogus">
                {lijst.map((p) => (
                  <li key={p.id} className="ww-catalogus__item">
                    <Link href={`/procedures/${p.id}`} className="ww-catalogus__link">
                      {/^[0-9A-Za-z]{1,3}$/.test(p.sectie) && (
                        <span className="ww-catalogus__sectie">§ {p.sectie} </span>
                      )}
                      {p.titel}
                    </Link>
                    <span className="ww-catalogus__meta">
                      {SOORT[p.soort.waarde]}
                      {p.grondslag.waarde?.[0] ? ` · ${grondslagTekst(p.grondslag.waarde[0])}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      {catalogus && <Paragraph className="ww-zacht">Catalogusversie {catalogus.versie}</Paragraph>}
    </Pagina>
  );
}
