// One procedure: every field with its citation, the steps as a diagram and as a list.
import { Alert } from "../../components/Alert.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import type { PaginaProps } from "../../routes.ts";
import { Diagram } from "./Diagram.tsx";
import { BronRegel, ContactKaart } from "./onderdelen.tsx";
import { useCatalogus } from "./procedures.tsx";
import { Stappen } from "./Stappen.tsx";
import { FACTSHEET, grondslagTekst, KOSTEN, lijstTekst, rolNaam, SOORT, sectieTekst } from "./teksten.ts";
import "./wegwijzer.css";

function Veld({
  term,
  bron,
  children,
}: {
  term: string;
  bron?: Parameters<typeof BronRegel>[0]["bron"];
  children: React.ReactNode;
}) {
  return (
    <div className="ww-gegevens__rij">
      <dt>{term}</dt>
      <dd>
        {children}
        {bron && <BronRegel bron={bron} />}
      </dd>
    </div>
  );
}

export default function ProcedurePagina({ params }: PaginaProps) {
  const { catalogus, fout } = useCatalogus();
  const p = catalogus?.procedures.find((x) => x.id === params.id);
  if (fout || (catalogus && !p))
    return (
      <Pagina titel="Procedure niet gevonden">
        <Alert soort="error" titel="Deze procedure bestaat niet">
          <p className="utrecht-paragraph">
            {fout ?? `Er is geen procedure '${params.id}' in catalogusversie ${catalogus?.versie}.`}
          </p>
        </Alert>
        <Paragraph>
          <Link href="/procedures">Naar alle procedures</Link>
        </Paragraph>
      </Pagina>
    );
  if (!catalogus || !p)
    return (
      <Pagina titel="Procedure">
        <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>
      </Pagina>
    );

  const contact = catalogus.contacten[p.eersteContact.contact];
  return (
    <Pagina titel={p.titel} breed>
      <Paragraph>
        <Link href="/procedures">Alle procedures</Link> · <Link href="/wegwijzer">Wegwijzer</Link>
      </Paragraph>
      <div className="ww-procedure">
        <div className="ww-procedure__gegevens">
          <Heading niveau={2}>Gegevens</Heading>
          <dl className="ww-gegevens">
            <Veld term="Bron" bron={p.bron}>
              {FACTSHEET[p.factsheet]}, {sectieTekst(p.factsheet, p.sectie)}
            </Veld>
            <Veld term="Soort" bron={p.soort.bron}>
              {SOORT[p.soort.waarde]}
            </Veld>
            <Veld term="Wettelijke grondslag" bron={p.grondslag.bron}>
              {p.grondslag.waarde ? lijstTekst(p.grondslag.waarde.map(grondslagTekst)) : "Geen"}
            </Veld>
            <Veld term="Gezag (vraagt aan en ondertekent)" bron={p.gezag.bron}>
              {lijstTekst(p.gezag.rollen.map(rolNaam))}
              {p.gezag.toelichting && <span className="ww-toelichting">{p.gezag.toelichting}</span>}
            </Veld>
            {p.primusInterPares && (
              <Veld term="Niet aan één gemeente te koppelen" bron={p.primusInterPares.bron}>
                {rolNaam(p.primusInterPares.rol)} (primus inter pares)
                <span className="ww-toelichting">{p.primusInterPares.toelichting}</span>
              </Veld>
            )}
            <Veld term="Voorbereiding" bron={p.voorbereiding.bron}>
              {lijstTekst(p.voorbereiding.rollen.map(rolNaam))}
            </Veld>
            <Veld term="Mag indienen" bron={p.magIndienen.bron}>
              {lijstTekst(p.magIndienen.rollen.map(rolNaam))}
              {p.magIndienen.toelichting && (
                <span className="ww-toelichting">{p.magIndienen.toelichting}</span>
              )}
            </Veld>
            <Veld term="Wie besluit" bron={p.besluit.bron}>
              {lijstTekst(p.besluit.door.map(rolNaam))}
              {p.besluit.namens && ` (${p.besluit.namens})`}
              {p.besluit.toelichting && <span className="ww-toelichting">{p.besluit.toelichting}</span>}
            </Veld>
            {p.leveranciersbesluit && (
              <Veld term="Besluit van de leverancier" bron={p.leveranciersbesluit.bron}>
                {rolNaam(p.leveranciersbesluit.door)}
                {p.leveranciersbesluit.namens && ` (${p.leveranciersbesluit.namens})`}
                <span className="ww-toelichting">{p.leveranciersbesluit.toelichting}</span>
              </Veld>
            )}
            <Veld term="Kosten" bron={p.kosten.bron}>
              {lijstTekst(p.kosten.regimes.map((r) => KOSTEN[r] ?? r))}
              <span className="ww-toelichting">{p.kosten.toelichting}</span>
            </Veld>
          </dl>

          {p.voorwaarden.length > 0 && (
            <>
              <Heading niveau={2}>Voorwaarden</Heading>
              <ul className="ww-lijst">
                {p.voorwaarden.map((v) => (
                  <li key={v.code}>
                    <p className="utrecht-paragraph">{v.tekst}</p>
                    <BronRegel bron={v.bron} />
                  </li>
                ))}
              </ul>
            </>
          )}

          {p.informeren.length > 0 && (
            <>
              <Heading niveau={2}>Wie wordt geïnformeerd</Heading>
              <ul className="ww-lijst">
                {p.informeren.map((w) => (
                  <li key={w.wie}>
                    <p className="utrecht-paragraph">{w.wie}</p>
                    <BronRegel bron={w.bron} />
                  </li>
                ))}
              </ul>
            </>
          )}

          {p.afwijkingen.length > 0 && (
            <>
              <Heading niveau={2}>Afwijkingen tussen bron en wet</Heading>
              <ul className="ww-lijst">
                {p.afwijkingen.map((d) => (
                  <li key={d.bronZegt} className="ww-afwijking">
                    <p className="utrecht-paragraph">
                      <strong>De bron zegt:</strong> {d.bronZegt}
                    </p>
                    <p className="utrecht-paragraph">
                      <strong>Gevolgd:</strong> {d.gevolgd}
                    </p>
                    <BronRegel bron={d.bron} />
                  </li>
                ))}
              </ul>
            </>
          )}

          <Heading niveau={2}>Eerste contact</Heading>
          <ContactKaart
            contact={contact}
            toelichting={p.eersteContact.toelichting}
            spoed247={p.eersteContact.spoed247}
          />
        </div>

        <div className="ww-procedure__schema">
          <Heading niveau={2}>Stroomschema</Heading>
          <Diagram stappen={p.stappen} titel={p.titel} />
        </div>
      </div>

      <Heading niveau={2}>Stappen in detail</Heading>
      <Stappen stappen={p.stappen} />
      <Paragraph className="ww-zacht">Catalogusversie {catalogus.versie}</Paragraph>
    </Pagina>
  );
}
