import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { Rol } from "../../src/domain/organisaties/rollen.ts";
import { ApiFout, api, bijNietIngelogd, type Gebruiker, zetCsrfToken } from "./api.ts";

export interface SessieStaat {
  /** undefined while the first check runs, null when nobody is logged in. */
  gebruiker: Gebruiker | null | undefined;
  /** Set when the server could not be reached at start. */
  fout: ApiFout | undefined;
  inloggen: (gebruikersnaam: string, wachtwoord: string) => Promise<Gebruiker>;
  uitloggen: () => Promise<void>;
  heeftRol: (...rollen: readonly Rol[]) => boolean;
}

const SessieContext = createContext<SessieStaat | null>(null);

export function SessieProvider({ children }: { children: ReactNode }) {
  const [gebruiker, zetGebruiker] = useState<Gebruiker | null | undefined>(undefined);
  const [fout, zetFout] = useState<ApiFout | undefined>(undefined);

  useEffect(() => {
    let actief = true;
    api.sessie
      .huidige()
      .then((s) => {
        if (!actief) return;
        zetCsrfToken(s.csrfToken);
        zetGebruiker(s.gebruiker);
      })
      .catch((e: unknown) => {
        if (!actief) return;
        if (e instanceof ApiFout && e.status !== 401) zetFout(e);
        zetGebruiker(null);
      });
    // A 401 on any later call means the session expired: show the login page.
    const stop = bijNietIngelogd(() => {
      zetCsrfToken(undefined);
      zetGebruiker(null);
    });
    return () => {
      actief = false;
      stop();
    };
  }, []);

  const inloggen = useCallback(async (gebruikersnaam: string, wachtwoord: string) => {
    const s = await api.sessie.inloggen(gebruikersnaam, wachtwoord);
    zetCsrfToken(s.csrfToken);
    zetFout(undefined);
    zetGebruiker(s.gebruiker);
    return s.gebruiker;
  }, []);

  const uitloggen = useCallback(async () => {
    try {
      await api.sessie.uitloggen();
    } finally {
      zetCsrfToken(undefined);
      zetGebruiker(null);
    }
  }, []);

  const waarde = useMemo<SessieStaat>(
    () => ({
      gebruiker,
      fout,
      inloggen,
      uitloggen,
      heeftRol: (...rollen) => !!gebruiker && rollen.some((r) => gebruiker.rollen.includes(r)),
    }),
    [gebruiker, fout, inloggen, uitloggen],
  );
  return <SessieContext.Provider value={waarde}>{children}</SessieContext.Provider>;
}

export function useSessie(): SessieStaat {
  const s = useContext(SessieContext);
  if (!s) throw new Error("useSessie buiten SessieProvider");
  return s;
}
