import { useCallback, useEffect, useRef, useState } from "react";
import { ApiFout, api, type Gebruiker } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../../components/Table.tsx";
import { rolLabel } from "../../layout/Gebruikersmenu.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useSessie } from "../../sessie.tsx";
import { GebruikerToevoegen } from "./GebruikerToevoegen.tsx";

export default function GebruikersPagina() {
  const { gebruiker: ik } = useSessie();
  const [gebruikers, zetGebruikers] = useState<Gebruiker[] | undefined>(undefined);
  const [laadFout, zetLaadFout] = useState<ApiFout | undefined>(undefined);
  const [melding, zetMelding] = useState<{ soort: "ok" | "error"; tekst: string } | undefined>(undefined);
  const [bevestig, zetBevestig] = useState<string | undefined>(undefined);
  const [bezigMet, zetBezigMet] = useState<string | undefined>(undefined);
  const meldingRef = useRef<HTMLDivElement>(null);

  const laad = useCallback(async () => {
    try {
      const { gebruikers } = await api.gebruikers.lijst();
      zetGebruikers(gebruikers);
      zetLaadFout(undefined);
    } catch (e) {
      zetLaadFout(e instanceof ApiFout ? e : new ApiFout(0, {}));
    }
  }, []);

  useEffect(() => {
    void laad();
  }, [laad]);

  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  async function blokkeer(g: Gebruiker) {
    zetBezigMet(g.id);
    try {
      const { gebruiker } = await api.gebruikers.blokkeren(g.id);
      zetGebruikers((lijst) => lijst?.map((x) => (x.id === gebruiker.id ? gebruiker : x)));
      zetMelding({ soort: "ok", tekst: `${gebruiker.naam} (${gebruiker.gebruikersnaam}) is geblokkeerd.` });
    } catch (e) {
      zetMelding({ soort: "error", tekst: e instanceof ApiFout ? e.detail : "Blokkeren is niet gelukt." });
    } finally {
      zetBezigMet(undefined);
      zetBevestig(undefined);
    }
  }

  return (
    <Pagina titel="Gebruikers" breed>
      <Paragraph>
        Beheer wie Knooppunt mag gebruiken en met welke rollen. Een geblokkeerde gebruiker kan niet meer
        inloggen; wat hij heeft vastgelegd blijft bewaard in de audittrail.
      </Paragraph>

      {melding && (
        <Alert ref={meldingRef} soort={melding.soort} dringend={melding.soort === "error"}>
          <p className="utrecht-paragraph">{melding.tekst}</p>
        </Alert>
      )}

      <GebruikerToevoegen
        onToegevoegd={(g) => {
          zetGebruikers((lijst) => [...(lijst ?? []), g]);
          zetMelding({ soort: "ok", tekst: `${g.naam} (${g.gebruikersnaam}) is toegevoegd.` });
        }}
      />

      <Heading niveau={2}>Alle gebruikers</Heading>
      {laadFout && (
        <Alert soort="error" dringend titel="De gebruikers konden niet worden geladen">
          <p className="utrecht-paragraph">{laadFout.detail}</p>
          <Button onClick={() => void laad()}>Opnieuw proberen</Button>
        </Alert>
      )}
      {!gebruikers && !laadFout && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}
      {gebruikers && (
        <Table caption={`${gebruikers.length} ${gebruikers.length === 1 ? "gebruiker" : "gebruikers"}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Naam</TableHeaderCell>
              <TableHeaderCell>Gebruikersnaam</TableHeaderCell>
              <TableHeaderCell>Organisatie</TableHeaderCell>
              <TableHeaderCell>Rollen</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>
                <span className="knp-visueel-verborgen">Acties</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {gebruikers.map((g) => (
              <TableRow key={g.id}>
                <TableCell kolom="Naam" className="knp-cel-hoofd">
                  {g.naam}
                </TableCell>
                <TableCell kolom="Gebruikersnaam">
                  <code className="knp-code">{g.gebruikersnaam}</code>
                </TableCell>
                <TableCell kolom="Organisatie">{g.organisatie.naam}</TableCell>
                <TableCell kolom="Rollen">{g.rollen.map(rolLabel).join(", ")}</TableCell>
                <TableCell>
                  <span
                    className={
                      g.actief ? "knp-status knp-status--actief" : "knp-status knp-status--geblokkeerd"
                    }
                  >
                    {g.actief ? "Actief" : "Geblokkeerd"}
                  </span>
                </TableCell>
                <TableCell className="knp-acties">
                  {g.actief && g.id !== ik?.id && bevestig !== g.id && (
                    <Button soort="secondary-action" onClick={() => zetBevestig(g.id)}>
                      Blokkeren<span className="knp-visueel-verborgen"> {g.naam}</span>
                    </Button>
                  )}
                  {g.actief && bevestig === g.id && (
                    <fieldset className="knp-bevestig">
                      <legend className="knp-bevestig__vraag">{g.naam} blokkeren?</legend>
                      <Button
                        soort="primary-action"
                        className="knp-knop-gevaar"
                        bezig={bezigMet === g.id}
                        disabled={bezigMet === g.id}
                        onClick={() => void blokkeer(g)}
                        autoFocus
                      >
                        Ja, blokkeren
                      </Button>
                      <Button soort="subtle" onClick={() => zetBevestig(undefined)}>
                        Annuleren
                      </Button>
                    </fieldset>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Pagina>
  );
}
