// The draft editor on the request page: the requesting side completes or corrects the form while
// the request is still editable (a draft, or "aanvulling gevraagd" before it is signed again).
// One ConceptBijwerken command; the server's field messages appear beside the fields.
import type { FormEvent } from "react";
import { useEffect, useId, useRef, useState } from "react";
import { api, type Gebruiker, type Organisatie } from "../../api.ts";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import type { Aanvraag, Procedure } from "./api.ts";
import {
  GEGEVENS_VELDEN,
  type GegevensInvoer,
  GegevensVelden,
  gegevensVan,
  invoerVan,
  veldFout,
  veldFouten,
} from "./GegevensVelden.tsx";
import { Foutmelding } from "./onderdelen.tsx";
import { type Uitvoeren, useVersturen } from "./versturen.ts";

/** Mirrors the decider's `bewerkbaar` (the server decides; this only hides a form that would be refused). */
export function bewerkbaarVoorKlant(a: Aanvraag): boolean {
  return (
    (a.status === "concept" || a.status === "aanvulling-gevraagd") &&
    !a.handtekeningen.some((h) => !h.vervallenOp)
  );
}

/** The requesting organisation (or the LOCC) may edit; the server checks the roles. */
export function magBewerken(a: Aanvraag, g: Gebruiker): boolean {
  return (
    bewerkbaarVoorKlant(a) &&
    (g.organisatie.id === a.aanvrager.organisatieId ||
      (g.organisatie.id === "locc" && g.rollen.includes("locc-piket")))
  );
}

export function Bewerken({
  aanvraag: a,
  procedure,
  uitvoeren,
}: {
  aanvraag: Aanvraag;
  procedure: Procedure | undefined;
  uitvoeren: Uitvoeren;
}) {
  const [open, zetOpen] = useState(false);
  const [v, zetV] = useState<GegevensInvoer>(() => invoerVan(a.gegevens));
  const [gezagNaam, zetGezagNaam] = useState(a.gezag.naam);
  const [gemeenten, zetGemeenten] = useState<Organisatie[]>([]);
  const { bezig, fout, verstuur, foutRef } = useVersturen(uitvoeren);
  const kop = useId();
  const kopRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!open) return;
    let actief = true;
    api.organisaties
      .zoek({ soort: "gemeente" })
      .then((r) => actief && zetGemeenten(r.organisaties))
      .catch(() => {});
    kopRef.current?.focus();
    return () => {
      actief = false;
    };
  }, [open]);

  const zet = (deel: Partial<GegevensInvoer>) => zetV((x) => ({ ...x, ...deel }));
  const vf = veldFouten(fout);
  const f = veldFout(vf);
  const getoond = new Set<string>([...GEGEVENS_VELDEN, "gezag.naam"]);
  const overig = Object.entries(vf).filter(([k]) => !getoond.has(k));
  const regio = a.context.veiligheidsregioId;
  const regioGemeenten = gemeenten.filter(
    (g) => g.regioId === regio || a.gegevens.plaats.gemeenten.includes(g.id),
  );

  async function opslaan(e: FormEvent) {
    e.preventDefault();
    const ok = await verstuur({
      type: "ConceptBijwerken",
      wijzigingen: gegevensVan(v),
      ...(gezagNaam !== a.gezag.naam ? { gezag: { ...a.gezag, naam: gezagNaam } } : {}),
    });
    if (ok) zetOpen(false);
  }

  if (!open)
    return (
      <section className="av-sectie" aria-labelledby={kop}>
        <Heading niveau={2} id={kop}>
          Formulier bewerken
        </Heading>
        <Paragraph>
          Vul ontbrekende gegevens aan of verbeter ze. Dat kan zolang het formulier niet is ondertekend.
        </Paragraph>
        <ButtonGroup>
          <Button
            soort="secondary-action"
            onClick={() => {
              zetV(invoerVan(a.gegevens));
              zetGezagNaam(a.gezag.naam);
              zetOpen(true);
            }}
          >
            Gegevens bewerken
          </Button>
        </ButtonGroup>
      </section>
    );

  return (
    <section className="av-sectie" aria-labelledby={kop}>
      <Heading niveau={2} id={kop} ref={kopRef} tabIndex={-1}>
        Formulier bewerken
      </Heading>
      <div ref={foutRef}>
        {fout !== undefined && (
          <Foutmelding
            fout={fout}
            extra={
              overig.length > 0 ? (
                <ul className="knp-foutlijst">
                  {overig.map(([k, m]) => (
                    <li key={k}>
                      {k}: {m}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </div>
      <form className="knp-formulier av-formulier" onSubmit={opslaan} noValidate data-testid="bewerken">
        <fieldset className="av-groep">
          <legend className="utrecht-heading-2">Gezag</legend>
          <TextField
            label="Naam van wie het gezag heeft"
            value={gezagNaam}
            onChange={(e) => zetGezagNaam(e.target.value)}
            fout={f("gezag.naam")}
            autoComplete="off"
          />
        </fieldset>
        <GegevensVelden v={v} zet={zet} f={f} procedure={procedure} regioGemeenten={regioGemeenten} />
        <ButtonGroup>
          <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig}>
            Wijzigingen opslaan
          </Button>
          <Button type="button" soort="subtle" onClick={() => zetOpen(false)}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
