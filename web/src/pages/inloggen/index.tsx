import type { FormEvent } from "react";
import { useRef, useState } from "react";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { TextField } from "../../components/FormField.tsx";
import { Paragraph } from "../../components/Heading.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { navigeer, useLocatie, veiligTerug } from "../../router.tsx";
import { useSessie } from "../../sessie.tsx";

export default function InloggenPagina() {
  const { inloggen } = useSessie();
  const { zoek } = useLocatie();
  const [gebruikersnaam, zetGebruikersnaam] = useState("");
  const [wachtwoord, zetWachtwoord] = useState("");
  const [fout, zetFout] = useState<ApiFout | undefined>(undefined);
  const [veldFouten, zetVeldFouten] = useState<Record<string, string>>({});
  const [bezig, zetBezig] = useState(false);
  const naamVeld = useRef<HTMLInputElement>(null);
  const wachtwoordVeld = useRef<HTMLInputElement>(null);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Checked here so the user gets a Dutch message per field without a round trip.
    const leeg: Record<string, string> = {};
    if (!gebruikersnaam.trim()) leeg.gebruikersnaam = "Vul uw gebruikersnaam in.";
    if (!wachtwoord) leeg.wachtwoord = "Vul uw wachtwoord in.";
    zetVeldFouten(leeg);
    if (Object.keys(leeg).length) {
      zetFout(undefined);
      (leeg.gebruikersnaam ? naamVeld : wachtwoordVeld).current?.focus();
      return;
    }
    zetBezig(true);
    zetFout(undefined);
    try {
      await inloggen(gebruikersnaam.trim(), wachtwoord);
      navigeer(veiligTerug(zoek.get("terug")), { vervang: true });
    } catch (err) {
      const f = err instanceof ApiFout ? err : new ApiFout(0, {});
      zetFout(f);
      zetVeldFouten(f.veldMeldingen());
      zetWachtwoord("");
      wachtwoordVeld.current?.focus();
    } finally {
      zetBezig(false);
    }
  }

  return (
    <Pagina titel="Inloggen">
      <div className="knp-inlogkaart">
        <Paragraph>
          Log in met de gebruikersnaam en het wachtwoord die u van de beheerder van uw organisatie hebt
          gekregen.
        </Paragraph>
        {zoek.get("uitgelogd") && !fout && (
          <Alert soort="ok">
            <p className="utrecht-paragraph">U bent uitgelogd.</p>
          </Alert>
        )}
        {fout && (
          <Alert soort="error" dringend titel="Inloggen is niet gelukt">
            <p className="utrecht-paragraph">{fout.detail}</p>
          </Alert>
        )}
        <form onSubmit={verstuur} noValidate className="knp-formulier" aria-label="Inloggen">
          <TextField
            ref={naamVeld}
            label="Gebruikersnaam"
            name="gebruikersnaam"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={gebruikersnaam}
            onChange={(e) => zetGebruikersnaam(e.target.value)}
            fout={veldFouten.gebruikersnaam}
          />
          <TextField
            ref={wachtwoordVeld}
            label="Wachtwoord"
            name="wachtwoord"
            type="password"
            autoComplete="current-password"
            required
            value={wachtwoord}
            onChange={(e) => zetWachtwoord(e.target.value)}
            fout={veldFouten.wachtwoord}
          />
          <Button type="submit" soort="primary-action" bezig={bezig} className="knp-knop-breed">
            {bezig ? "Bezig met inloggen…" : "Inloggen"}
          </Button>
        </form>
      </div>
    </Pagina>
  );
}
