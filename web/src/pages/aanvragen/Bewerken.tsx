// The draft editor on the request page: the requesting side completes or corrects the form while
// the request is still editable (a draft, or "aanvulling gevraagd" before it is signed again; on
// the urgent path also while the written formalisation is open, ADR 0603).
// One ConceptBijwerken command; the server's field messages appear beside the fields.
import type { FormEvent } from "react";
import { useEffect, useId, useRef, useState } from "react";
import type { Rol } from "../../../../src/domain/organisaties/rollen.ts";
import { api, type Organisatie } from "../../api.ts";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField } from "../../components/FormField.tsx";
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
import { gebiedUitleg, gemeentenVoorKeuze, useGebied } from "./gebied.ts";
import { Foutmelding, OEFENING_PROCEDURE, OefeningVinkje } from "./onderdelen.tsx";
import { rolNaam } from "./teksten.ts";
import { type Uitvoeren, useVersturen } from "./versturen.ts";

/**
 * Mirrors the decider's `bewerkbaarheid`, for the editor's wording only (whether this user may
 * edit at all comes from the server: `magFormulierWijzigen` in the request's detail).
 */
export function bewerkbaarheidVoorKlant(a: Aanvraag): "concept" | "formalisering" | null {
  if (a.status === "afgesloten" || a.status === "ingetrokken") return null;
  if (a.handtekeningen.some((h) => !h.vervallenOp)) return null;
  if (a.status === "concept" || a.status === "aanvulling-gevraagd") return "concept";
  const fase0 = a.taken.filter((t) => t.fase === 0);
  const open = fase0.some((t) => t.formalisering && t.status === "open");
  const ingediend = fase0.some((t) => t.soort === "indienen" && t.status === "gereed");
  return open && !ingediend ? "formalisering" : null;
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
  const [gezagNaam, zetGezagNaam] = useState(a.gezag?.naam ?? "");
  const [gezagRol, zetGezagRol] = useState<string>(a.gezag?.rol ?? procedure?.gezag.rollen[0] ?? "");
  const [oefening, zetOefening] = useState(a.oefening === true);
  const [gemeenten, zetGemeenten] = useState<Organisatie[]>([]);
  const { bezig, fout, verstuur, foutRef } = useVersturen(uitvoeren);
  const kop = useId();
  const kopRef = useRef<HTMLHeadingElement>(null);
  const formaliseren = bewerkbaarheidVoorKlant(a) === "formalisering";
  // Exercise or deployment can change only while a draft (ADR 0621); only fp §2 waterwerper knows it.
  const kanOefenen = a.procedureId === OEFENING_PROCEDURE && a.status === "concept" && !formaliseren;

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
  const getoond = new Set<string>([...GEGEVENS_VELDEN, "gezag.naam", "gezag.rol", "gezag", "oefening"]);
  const overig = Object.entries(vf).filter(([k]) => !getoond.has(k));
  // The area as the server defines it for this request's procedure and region (ADR 0604, 0614).
  const gebied = useGebied(open ? a.procedureId : "", a.context.veiligheidsregioId);
  const regioGemeenten = gemeentenVoorKeuze(gemeenten, gebied, [
    ...a.gegevens.plaats.gemeenten,
    ...v.gemeenten,
  ]);

  async function opslaan(e: FormEvent) {
    e.preventDefault();
    const ok = await verstuur({
      type: "ConceptBijwerken",
      wijzigingen: gegevensVan(v),
      // An exercise has no gezag; turning it into a deployment names one (ADR 0621).
      ...(kanOefenen && oefening !== (a.oefening === true)
        ? oefening
          ? { oefening: true }
          : { oefening: false, gezag: { rol: gezagRol as Rol, naam: gezagNaam } }
        : a.gezag && gezagNaam !== a.gezag.naam
          ? { gezag: { ...a.gezag, naam: gezagNaam } }
          : {}),
    });
    if (ok) zetOpen(false);
  }

  if (!open)
    return (
      <section className="av-sectie" aria-labelledby={kop}>
        <Heading niveau={2} id={kop}>
          Formulier bewerken
        </Heading>
        {formaliseren ? (
          <Paragraph>
            Spoed: de bijstand is telefonisch afgesproken en het formulier volgt. Vul het aan of verbeter het
            tot het is ondertekend of ingediend. Wat is afgesproken (capaciteit, aantal, specialisme, periode
            en gemeenten) blijft zoals het is ingevuld; meer, minder of langer vraagt u na het besluit aan als
            wijziging.
          </Paragraph>
        ) : (
          <Paragraph>
            Vul ontbrekende gegevens aan of verbeter ze. Dat kan zolang het formulier niet is ondertekend.
          </Paragraph>
        )}
        <ButtonGroup>
          <Button
            soort="secondary-action"
            onClick={() => {
              zetV(invoerVan(a.gegevens));
              zetGezagNaam(a.gezag?.naam ?? "");
              zetGezagRol(a.gezag?.rol ?? procedure?.gezag.rollen[0] ?? "");
              zetOefening(a.oefening === true);
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
        {kanOefenen && <OefeningVinkje checked={oefening} onChange={zetOefening} fout={f("oefening")} />}
        {!oefening ? (
          <fieldset className="av-groep">
            <legend className="utrecht-heading-2">Gezag</legend>
            {!a.gezag && (
              <SelectField
                label="Gezag"
                value={gezagRol}
                onChange={(e) => zetGezagRol(e.target.value)}
                fout={f("gezag.rol") ?? f("gezag")}
                required
              >
                {(procedure?.gezag.rollen ?? []).map((r) => (
                  <option key={r} value={r}>
                    {rolNaam(r)}
                  </option>
                ))}
              </SelectField>
            )}
            <TextField
              label="Naam van wie het gezag heeft"
              value={gezagNaam}
              onChange={(e) => zetGezagNaam(e.target.value)}
              fout={f("gezag.naam")}
              autoComplete="off"
            />
          </fieldset>
        ) : (
          <Paragraph>Oefening: geen bevoegd gezag nodig (factsheet politie §2).</Paragraph>
        )}
        <GegevensVelden
          v={v}
          zet={zet}
          f={f}
          procedure={procedure}
          regioGemeenten={regioGemeenten}
          alleGemeenten={gemeenten}
          gebiedUitleg={gebiedUitleg(gebied)}
          gemeentenLaden={gebied.stand === "laden"}
        />
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
