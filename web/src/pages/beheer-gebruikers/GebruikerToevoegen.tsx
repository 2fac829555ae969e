import type { FormEvent } from "react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { ROL_IDS, ROLLEN, type Rol } from "../../../../src/domain/organisaties/rollen.ts";
import { ApiFout, api, type Gebruiker, type Organisatie } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { CheckboxGroep, SelectField, TextField } from "../../components/FormField.tsx";
import { Heading } from "../../components/Heading.tsx";

const LEEG = { gebruikersnaam: "", naam: "", email: "", organisatieId: "", wachtwoord: "" };
type Velden = typeof LEEG;

const VELD_LABELS: Record<string, string> = {
  gebruikersnaam: "Gebruikersnaam",
  naam: "Naam",
  email: "E-mailadres",
  organisatieId: "Organisatie",
  rollen: "Rollen",
  wachtwoord: "Wachtwoord",
};

/** Groups organisations by kind so the picker stays usable with hundreds of municipalities. */
function groepeer(organisaties: Organisatie[]): [string, Organisatie[]][] {
  const m = new Map<string, Organisatie[]>();
  for (const o of [...organisaties].sort((a, b) => a.naam.localeCompare(b.naam, "nl"))) {
    const g = m.get(o.soort) ?? [];
    g.push(o);
    m.set(o.soort, g);
  }
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b, "nl"));
}

export function GebruikerToevoegen({ onToegevoegd }: { onToegevoegd: (g: Gebruiker) => void }) {
  const [velden, zetVelden] = useState<Velden>(LEEG);
  const [rollen, zetRollen] = useState<Rol[]>([]);
  const [organisaties, zetOrganisaties] = useState<Organisatie[] | undefined>(undefined);
  const [filter, zetFilter] = useState("");
  const [fout, zetFout] = useState<ApiFout | undefined>(undefined);
  const [veldFouten, zetVeldFouten] = useState<Record<string, string>>({});
  const [bezig, zetBezig] = useState(false);
  const foutRef = useRef<HTMLDivElement>(null);
  const kopId = useId();

  useEffect(() => {
    api.organisaties
      .zoek()
      .then((r) => zetOrganisaties(r.organisaties))
      .catch((e: unknown) => zetFout(e instanceof ApiFout ? e : new ApiFout(0, {})));
  }, []);

  const zichtbaar = useMemo(() => {
    const f = filter.trim().toLocaleLowerCase("nl");
    const lijst = organisaties ?? [];
    // Keep the chosen organisation visible even when the filter would hide it.
    return groepeer(
      f
        ? lijst.filter((o) => o.naam.toLocaleLowerCase("nl").includes(f) || o.id === velden.organisatieId)
        : lijst,
    );
  }, [organisaties, filter, velden.organisatieId]);

  function zet<K extends keyof Velden>(k: K, v: string) {
    zetVelden((oud) => ({ ...oud, [k]: v }));
  }

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const lokaal: Record<string, string> = {};
    if (!velden.gebruikersnaam.trim()) lokaal.gebruikersnaam = "Vul een gebruikersnaam in.";
    if (!velden.naam.trim()) lokaal.naam = "Vul de naam in.";
    if (!velden.organisatieId) lokaal.organisatieId = "Kies een organisatie.";
    if (rollen.length === 0) lokaal.rollen = "Kies ten minste één rol.";
    if (!velden.wachtwoord) lokaal.wachtwoord = "Vul een eerste wachtwoord in.";
    zetVeldFouten(lokaal);
    if (Object.keys(lokaal).length) {
      zetFout(new ApiFout(400, { code: "ongeldige-invoer", detail: "Niet alle velden zijn goed ingevuld." }));
      requestAnimationFrame(() => foutRef.current?.focus());
      return;
    }
    zetBezig(true);
    zetFout(undefined);
    try {
      const { gebruiker } = await api.gebruikers.toevoegen({
        gebruikersnaam: velden.gebruikersnaam.trim(),
        naam: velden.naam.trim(),
        ...(velden.email.trim() ? { email: velden.email.trim() } : {}),
        organisatieId: velden.organisatieId,
        rollen,
        wachtwoord: velden.wachtwoord,
      });
      zetVelden(LEEG);
      zetRollen([]);
      zetFilter("");
      zetVeldFouten({});
      onToegevoegd(gebruiker);
    } catch (err) {
      const f = err instanceof ApiFout ? err : new ApiFout(0, {});
      zetFout(f);
      zetVeldFouten(f.veldMeldingen());
      requestAnimationFrame(() => foutRef.current?.focus());
    } finally {
      zetBezig(false);
    }
  }

  const foutLijst = Object.entries(veldFouten);

  return (
    <section className="knp-paneel" aria-labelledby={kopId}>
      <Heading niveau={2} id={kopId}>
        Gebruiker toevoegen
      </Heading>
      {fout && (
        <Alert ref={foutRef} soort="error" dringend titel="De gebruiker is niet toegevoegd">
          <p className="utrecht-paragraph">{fout.detail}</p>
          {foutLijst.length > 0 && (
            <ul className="knp-foutlijst">
              {foutLijst.map(([veld, melding]) => (
                <li key={veld}>
                  {VELD_LABELS[veld] ?? veld}: {melding}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <form
        onSubmit={verstuur}
        noValidate
        className="knp-formulier knp-formulier--raster"
        aria-labelledby={kopId}
      >
        <TextField
          label="Naam"
          name="naam"
          autoComplete="off"
          value={velden.naam}
          onChange={(e) => zet("naam", e.target.value)}
          fout={veldFouten.naam}
          required
        />
        <TextField
          label="Gebruikersnaam"
          name="gebruikersnaam"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={velden.gebruikersnaam}
          onChange={(e) => zet("gebruikersnaam", e.target.value)}
          fout={veldFouten.gebruikersnaam}
          required
        />
        <TextField
          label="E-mailadres (niet verplicht)"
          name="email"
          type="email"
          autoComplete="off"
          value={velden.email}
          onChange={(e) => zet("email", e.target.value)}
          fout={veldFouten.email}
        />
        <TextField
          label="Eerste wachtwoord"
          name="wachtwoord"
          type="password"
          autoComplete="new-password"
          beschrijving="Geef dit wachtwoord via een ander kanaal door aan de gebruiker."
          value={velden.wachtwoord}
          onChange={(e) => zet("wachtwoord", e.target.value)}
          fout={veldFouten.wachtwoord}
          required
        />
        <div className="knp-formulier__vol">
          <TextField
            label="Zoek organisatie"
            name="organisatie-zoek"
            type="search"
            autoComplete="off"
            beschrijving="Typ een deel van de naam om de keuzelijst hieronder korter te maken."
            value={filter}
            onChange={(e) => zetFilter(e.target.value)}
          />
          <SelectField
            label="Organisatie"
            name="organisatieId"
            value={velden.organisatieId}
            onChange={(e) => zet("organisatieId", e.target.value)}
            fout={veldFouten.organisatieId}
            required
            disabled={!organisaties}
          >
            <option value="">{organisaties ? "Kies een organisatie" : "Organisaties laden…"}</option>
            {zichtbaar.map(([soort, lijst]) => (
              <optgroup key={soort} label={soort}>
                {lijst.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.naam}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        </div>
        <div className="knp-formulier__vol">
          <CheckboxGroep
            legenda="Rollen"
            naam="rollen"
            beschrijving="Kies alle rollen die deze persoon in de crisisorganisatie vervult."
            fout={veldFouten.rollen}
            opties={ROL_IDS.map((r) => ({ waarde: r, label: ROLLEN[r] }))}
            gekozen={rollen}
            onChange={(g) => zetRollen(g as Rol[])}
          />
        </div>
        <div className="knp-formulier__vol">
          <Button type="submit" soort="primary-action" bezig={bezig}>
            {bezig ? "Bezig met toevoegen…" : "Gebruiker toevoegen"}
          </Button>
        </div>
      </form>
    </section>
  );
}
