// Re-authentication in place. When the server refuses a step with 401 `herauthenticatie-vereist`
// (the NL-Alert decision to send and release, ADR 0254; the code of the request signing refusal,
// ADR 0612), the page asks for the password right where the step was taken and then takes the step
// again. Within the window (REAUTH_MINUTES, per session) the server does not refuse, so nobody is
// asked twice. Shared so that every page that needs it prompts the same way.
import { type ReactNode, useEffect, useRef, useState } from "react";
import { ApiFout, verzoek } from "../api.ts";
import { Alert } from "./Alert.tsx";
import { Button, ButtonGroup } from "./Button.tsx";
import { TextField } from "./FormField.tsx";

/** The refusal's code (src/http/fouten.ts, src/domain/aanvragen/fouten.ts). */
export const HERAUTHENTICATIE_VEREIST = "herauthenticatie-vereist";

export function isHerauthenticatieVereist(e: unknown): e is ApiFout {
  return e instanceof ApiFout && e.status === 401 && e.code === HERAUTHENTICATIE_VEREIST;
}

/** POST /sessie/herauthenticatie: the password again; a wrong one is 401 `inloggen-mislukt`. */
export const herauthenticeer = (wachtwoord: string) =>
  verzoek<{ geldigTot: string }>("POST", "/sessie/herauthenticatie", { wachtwoord });

interface Wachtend {
  melding: string;
  doorgaan: () => void;
  stoppen: () => void;
}

/**
 * `metHerauthenticatie(actie)` runs the step; on the refusal it shows `vraag` (render it beside the
 * step) and, once the password is confirmed, runs the step again. Cancelling rejects with the
 * server's refusal, so the caller shows what was not done and why.
 */
export function useHerauthenticatie(): {
  metHerauthenticatie: <T>(actie: () => Promise<T>) => Promise<T>;
  vraag: ReactNode;
  wacht: boolean;
} {
  const [wachtend, zetWachtend] = useState<Wachtend | null>(null);

  async function metHerauthenticatie<T>(actie: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await actie();
      } catch (e) {
        if (!isHerauthenticatieVereist(e)) throw e;
        await new Promise<void>((resolve, reject) =>
          zetWachtend({
            melding: e.detail,
            doorgaan: () => {
              zetWachtend(null);
              resolve();
            },
            stoppen: () => {
              zetWachtend(null);
              reject(e);
            },
          }),
        );
      }
    }
  }

  const vraag = wachtend ? (
    <HerauthenticatieVraag
      melding={wachtend.melding}
      onGelukt={wachtend.doorgaan}
      onAnnuleer={wachtend.stoppen}
    />
  ) : null;
  return { metHerauthenticatie, vraag, wacht: wachtend !== null };
}

function HerauthenticatieVraag({
  melding,
  onGelukt,
  onAnnuleer,
}: {
  melding: string;
  onGelukt: () => void;
  onAnnuleer: () => void;
}) {
  const [wachtwoord, zetWachtwoord] = useState("");
  const [fout, zetFout] = useState<string>();
  const [bezig, zetBezig] = useState(false);
  const veld = useRef<HTMLInputElement>(null);
  useEffect(() => veld.current?.focus(), []);

  return (
    <Alert soort="warning" titel="Bevestig met uw wachtwoord">
      <p className="utrecht-paragraph">{melding}</p>
      <form
        className="knp-formulier"
        noValidate
        aria-label="Opnieuw inloggen"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!wachtwoord) return zetFout("Vul uw wachtwoord in.");
          zetFout(undefined);
          zetBezig(true);
          try {
            await herauthenticeer(wachtwoord);
          } catch (x) {
            zetBezig(false);
            zetWachtwoord("");
            return zetFout(x instanceof ApiFout ? x.detail : "Het bevestigen is niet gelukt.");
          }
          onGelukt();
        }}
      >
        <TextField
          ref={veld}
          label="Uw wachtwoord"
          type="password"
          autoComplete="current-password"
          value={wachtwoord}
          onChange={(e) => zetWachtwoord(e.target.value)}
          fout={fout}
          required
        />
        <ButtonGroup>
          <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig}>
            Bevestigen en doorgaan
          </Button>
          <Button onClick={onAnnuleer} disabled={bezig}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </Alert>
  );
}
