// The advice: outcome, legal basis, authority, who decides, first contact with its 24/7
// numbers, the steps in order, costs, who is informed, discrepancies and every "waarom".
import { forwardRef, useEffect, useState } from "react";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { Link } from "../../components/Link.tsx";
import { navigeer } from "../../router.tsx";
import { type Advies as AdviesT, type Stap, wegwijzerApi } from "./api.ts";
import { BronRegel, ContactKaart } from "./onderdelen.tsx";
import { useCatalogus } from "./procedures.tsx";
import { Stappen } from "./Stappen.tsx";
import {
  FACTSHEET,
  grondslagTekst,
  KOSTEN,
  lijstTekst,
  rolNaam,
  SOORT,
  sectieTekst,
  UITKOMST,
} from "./teksten.ts";

function Gegeven({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="ww-gegevens__rij">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Steps of the catalogue entry that the urgent advice left out (skipped when urgent). */
function useVervallenStappen(advies: AdviesT): Stap[] {
  const [vervallen, zet] = useState<Stap[]>([]);
  useEffect(() => {
    let actief = true;
    if (!advies.procedureId || !advies.question.urgent) {
      zet([]);
      return;
    }
    const ids = new Set(advies.steps.map((s) => s.id));
    wegwijzerApi
      .catalogus()
      .then((c) => {
        const p = c.procedures.find((x) => x.id === advies.procedureId);
        if (actief) zet(p ? p.stappen.filter((s) => s.overslaanBijSpoed && !ids.has(s.id)) : []);
      })
      .catch(() => {
        if (actief) zet([]);
      });
    return () => {
      actief = false;
    };
  }, [advies]);
  return vervallen;
}

/** The new-request page with this advice: procedure and catalogue version fixed, urgency and authority preset. */
function nieuweAanvraagHref(a: AdviesT): string {
  const q = new URLSearchParams({ procedure: a.procedureId ?? "", catalogus: a.catalogueVersion });
  if (a.question.urgent) q.set("spoed", "1");
  // ADR 0621: an exercise needs no gezag; the form starts as one.
  if (a.question.exercise) q.set("oefening", "1");
  if (a.authority) q.set("gezag", a.authority);
  return `/aanvragen/nieuw?${q}`;
}

export const Advies = forwardRef<HTMLHeadingElement, { advies: AdviesT }>(function Advies(
  { advies },
  kopRef,
) {
  const vervallen = useVervallenStappen(advies);
  const { catalogus } = useCatalogus();
  const a = advies;
  const overigeContacten = a.contacts.filter((c) => c.id !== a.firstContact?.id);
  const isProcedure = a.outcome === "procedure";
  return (
    <section className="ww-advies" aria-labelledby="ww-advies-kop">
      <p className={`ww-uitkomst ww-uitkomst--${a.outcome}`}>
        <span className="ww-uitkomst__label">Uitkomst:</span> {UITKOMST[a.outcome]}
      </p>
      <h2 id="ww-advies-kop" ref={kopRef} tabIndex={-1} className="utrecht-heading-2 ww-advies__titel">
        {a.title}
      </h2>
      <div className="ww-niet-afdrukken">
        <ButtonGroup>
          {a.procedureId && isProcedure && (
            <Button soort="primary-action" onClick={() => navigeer(nieuweAanvraagHref(a))}>
              Aanvraag starten met deze procedure
            </Button>
          )}
          <Button soort="secondary-action" onClick={() => window.print()}>
            Afdrukken
          </Button>
        </ButtonGroup>
        {a.procedureId && (
          <p className="utrecht-paragraph">
            <Link href={`/procedures/${a.procedureId}`}>Bekijk de procedure met het stroomschema</Link>
          </p>
        )}
      </div>

      {a.instead && (
        <div className="ww-anders">
          <h3 className="utrecht-heading-3">Wat u in plaats daarvan doet</h3>
          <p className="utrecht-paragraph">{a.instead.text}</p>
          {a.instead.procedureIds.length > 0 && (
            <ul className="ww-lijst">
              {a.instead.procedureIds.map((id) => (
                <li key={id}>
                  <Link href={`/procedures/${id}`}>
                    {catalogus?.procedures.find((p) => p.id === id)?.titel ?? `Procedure ${id}`}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <BronRegel bron={a.instead.citation} />
        </div>
      )}

      <dl className="ww-gegevens">
        <Gegeven term="Bron">
          {FACTSHEET[a.factsheet] ?? a.factsheet}, {sectieTekst(a.factsheet, a.section)}
        </Gegeven>
        {a.kind && <Gegeven term="Soort">{SOORT[a.kind] ?? a.kind}</Gegeven>}
        {(isProcedure || a.legalBasis) && (
          <Gegeven term="Wettelijke grondslag">
            {a.legalBasis ? grondslagTekst(a.legalBasis) : "Geen (de bron noemt geen wettelijke grondslag)"}
          </Gegeven>
        )}
        {a.authority && <Gegeven term="Gezag (vraagt aan en ondertekent)">{rolNaam(a.authority)}</Gegeven>}
        {a.preparedBy.length > 0 && (
          <Gegeven term="Voorbereiding">{lijstTekst(a.preparedBy.map(rolNaam))}</Gegeven>
        )}
        {a.decidedBy.length > 0 && (
          <Gegeven term="Wie besluit">{lijstTekst(a.decidedBy.map(rolNaam))}</Gegeven>
        )}
        <Gegeven term="Catalogusversie">{a.catalogueVersion}</Gegeven>
      </dl>

      {a.firstContact && (
        <>
          <h3 className="utrecht-heading-3">Eerste contact</h3>
          <ContactKaart
            contact={a.firstContact}
            toelichting={a.firstContact.toelichting}
            spoed247={a.firstContact.spoed247}
            kop={4}
          />
        </>
      )}

      {a.preconditions.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Voorwaarden</h3>
          <ul className="ww-lijst">
            {a.preconditions.map((v) => (
              <li key={v.text}>
                <p className="utrecht-paragraph">{v.text}</p>
                <BronRegel bron={v.citation} />
              </li>
            ))}
          </ul>
        </>
      )}

      {a.steps.length > 0 && (
        <>
          <h3 className="utrecht-heading-3" id="ww-stappen-kop">
            Stappen{a.question.urgent ? " (spoed)" : ""}
          </h3>
          <Stappen stappen={a.steps} />
        </>
      )}
      {vervallen.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Vervalt bij spoed</h3>
          <ul className="ww-lijst">
            {vervallen.map((s) => (
              <li key={s.id}>
                <p className="utrecht-paragraph">
                  <strong>{s.actor.omschrijving}:</strong> {s.actie}
                </p>
                <BronRegel bron={s.bron} />
              </li>
            ))}
          </ul>
        </>
      )}

      {a.costs && (
        <>
          <h3 className="utrecht-heading-3">Kosten</h3>
          <ul className="ww-lijst">
            {a.costs.regimes.map((r) => (
              <li key={r}>{KOSTEN[r] ?? r}</li>
            ))}
          </ul>
          <p className="utrecht-paragraph">{a.costs.toelichting}</p>
          <BronRegel bron={a.costs.bron} />
        </>
      )}

      {a.informed.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Wie wordt geïnformeerd</h3>
          <ul className="ww-lijst">
            {a.informed.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}

      {a.discrepancies.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Afwijkingen tussen bron en wet</h3>
          <ul className="ww-lijst">
            {a.discrepancies.map((d) => (
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

      {a.reasons.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Waarom dit advies</h3>
          <ol className="ww-waarom">
            {a.reasons.map((r) => (
              <li key={r.text + r.citationText}>
                <p className="utrecht-paragraph">{r.text}</p>
                <p className="utrecht-paragraph ww-bron">
                  <span className="ww-bron__label">Bron:</span> <cite>{r.citationText}</cite>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}

      {overigeContacten.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Andere contacten</h3>
          <div className="ww-contacten">
            {overigeContacten.map((c) => (
              <ContactKaart key={c.id} contact={c} kop={4} />
            ))}
          </div>
        </>
      )}
    </section>
  );
});
