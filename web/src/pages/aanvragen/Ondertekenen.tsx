// Signing: shows exactly what is signed (the canonical content from the server, summarised and in
// full), asks for the password again and an explicit "Ik onderteken", optionally "namens" someone.
// The hash is computed here from the text shown, so it is the hash of what the signer saw.
import { useId, useState } from "react";
import type { AanvraagGegevens, Gezag } from "../../../../src/domain/aanvragen/typen.ts";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { TextField } from "../../components/FormField.tsx";
import type { Aanvraag, Taak } from "./api.ts";
import { aanvragenApi, sha256Hex } from "./api.ts";
import { Foutmelding, Vinkje } from "./onderdelen.tsx";
import { capaciteitNaam, KOSTEN_REGIME, rolNaam, tijd } from "./teksten.ts";
import { type Uitvoeren, useVersturen } from "./versturen.ts";

interface Inhoud {
  referentienummer?: string;
  gezag?: Gezag;
  gegevens?: AanvraagGegevens;
  spoed?: boolean;
  zienswijzen?: { door: string | null; tekst: string | null }[];
}

function lees(inhoud: string): Inhoud {
  try {
    return JSON.parse(inhoud) as Inhoud;
  } catch {
    return {};
  }
}

export function Ondertekenen({
  taak,
  teOndertekenen,
  uitvoeren,
  naam,
}: {
  aanvraag: Aanvraag;
  taak: Taak;
  naam: (id: string) => string;
  teOndertekenen: { inhoud: string; hash: string } | null;
  uitvoeren: Uitvoeren;
}) {
  const { bezig, fout, verstuur, foutRef } = useVersturen(uitvoeren);
  const [wachtwoord, zetWachtwoord] = useState("");
  const [akkoord, zetAkkoord] = useState(false);
  const [namensAan, zetNamensAan] = useState(false);
  const [namensNaam, zetNamensNaam] = useState("");
  const [namensFunctie, zetNamensFunctie] = useState("");
  const [wachtwoordFout, zetWachtwoordFout] = useState<string | undefined>(undefined);
  const [akkoordFout, zetAkkoordFout] = useState<string | undefined>(undefined);
  const samenvattingId = useId();
  if (!teOndertekenen)
    return (
      <Alert soort="warning">
        <p className="utrecht-paragraph">
          De inhoud om te ondertekenen is nog niet beschikbaar. Herlaad de pagina.
        </p>
      </Alert>
    );
  const i = lees(teOndertekenen.inhoud);
  const g = i.gegevens;

  async function onderteken() {
    zetWachtwoordFout(undefined);
    await verstuur(async () => {
      try {
        await aanvragenApi.herauthenticatie(wachtwoord);
      } catch (e) {
        if (e instanceof ApiFout && e.status === 401) zetWachtwoordFout(e.detail);
        throw e;
      }
      const hash = (await sha256Hex(teOndertekenen!.inhoud)) ?? teOndertekenen!.hash;
      return {
        type: "Ondertekenen",
        taakId: taak.id,
        inhoudHash: hash,
        namens: namensAan && namensNaam.trim() ? { naam: namensNaam, functie: namensFunctie } : null,
      };
    });
    zetWachtwoord("");
  }

  return (
    <form
      className="knp-formulier av-tekenen"
      onSubmit={(e) => {
        e.preventDefault();
        // A disabled button would not say why; the form says what is missing, beside the field.
        zetWachtwoordFout(wachtwoord ? undefined : "Vul uw wachtwoord in.");
        zetAkkoordFout(akkoord ? undefined : "Vink ‘Ik onderteken’ aan om te ondertekenen.");
        if (akkoord && wachtwoord) void onderteken();
      }}
      noValidate
    >
      <div className="av-tekenen__inhoud" id={samenvattingId}>
        <p className="utrecht-paragraph">
          <strong>U ondertekent aanvraag {i.referentienummer}</strong>
          {i.gezag && (
            <>
              {" "}
              als {rolNaam(i.gezag.rol).toLowerCase()} ({i.gezag.naam})
            </>
          )}
          {i.spoed ? ", met spoed" : ""}.
        </p>
        {g && (
          <dl className="knp-gegevens av-gegevens">
            <dt>Reden</dt>
            <dd>{g.reden || "–"}</dd>
            <dt>Beoogd effect</dt>
            <dd>{g.beoogdEffect || "–"}</dd>
            <dt>Gevraagd</dt>
            <dd>
              {g.gevraagd
                ? `${g.gevraagd.aantal} × ${capaciteitNaam(g.gevraagd.capaciteitType)}: ${g.gevraagd.omschrijving}`
                : "–"}
            </dd>
            <dt>Plaats</dt>
            <dd>
              {[g.plaats.adres, g.plaats.gemeenten.map(naam).join(", ")].filter(Boolean).join(" – ") || "–"}
            </dd>
            <dt>Periode</dt>
            <dd>
              {g.periode
                ? `${tijd(g.periode.van)} tot ${g.periode.tot ? tijd(g.periode.tot) : "open einde"}`
                : "–"}
            </dd>
            <dt>Kosten</dt>
            <dd>{g.kostenverwachting ? KOSTEN_REGIME[g.kostenverwachting.regime] : "–"}</dd>
          </dl>
        )}
        {i.zienswijzen && i.zienswijzen.length > 0 && (
          <p className="utrecht-paragraph">
            Zienswijze: {i.zienswijzen.map((z) => `${z.tekst ?? ""} (${z.door ?? ""})`).join("; ")}
          </p>
        )}
        <details className="av-details">
          <summary>Volledige inhoud die wordt ondertekend</summary>
          <pre className="av-pre">{JSON.stringify(JSON.parse(teOndertekenen.inhoud), null, 2)}</pre>
          <p className="utrecht-paragraph">
            Vingerafdruk (SHA-256): <code className="knp-code av-hash">{teOndertekenen.hash}</code>
          </p>
        </details>
      </div>
      <div ref={foutRef}>
        <Foutmelding fout={wachtwoordFout ? undefined : fout} />
      </div>
      <Vinkje
        label="Ik onderteken namens iemand anders"
        checked={namensAan}
        onChange={zetNamensAan}
        beschrijving="Door of namens: beide namen worden vastgelegd."
      />
      {namensAan && (
        <div className="knp-formulier--raster">
          <TextField
            label="Namens (naam)"
            value={namensNaam}
            onChange={(e) => zetNamensNaam(e.target.value)}
          />
          <TextField
            label="Functie van die persoon"
            value={namensFunctie}
            onChange={(e) => zetNamensFunctie(e.target.value)}
          />
        </div>
      )}
      <TextField
        label="Uw wachtwoord (ter bevestiging)"
        type="password"
        autoComplete="current-password"
        value={wachtwoord}
        onChange={(e) => zetWachtwoord(e.target.value)}
        fout={wachtwoordFout}
        required
      />
      <Vinkje
        label="Ik onderteken"
        checked={akkoord}
        onChange={(x) => {
          zetAkkoord(x);
          if (x) zetAkkoordFout(undefined);
        }}
        fout={akkoordFout}
        beschrijving="Ik heb de inhoud hierboven gelezen en onderteken deze aanvraag."
      />
      <ButtonGroup>
        <Button
          type="submit"
          soort="primary-action"
          bezig={bezig}
          disabled={bezig}
          className="av-knop-tekenen"
        >
          Ondertekenen
        </Button>
      </ButtonGroup>
    </form>
  );
}
