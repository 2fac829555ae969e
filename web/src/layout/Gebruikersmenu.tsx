import { useEffect, useId, useRef, useState } from "react";
import { ROLLEN } from "../../../src/domain/organisaties/rollen.ts";
import type { Gebruiker } from "../api.ts";
import { Button } from "../components/Button.tsx";
import { navigeer } from "../router.tsx";
import { useSessie } from "../sessie.tsx";

export function rolLabel(rol: string): string {
  return (ROLLEN as Record<string, string>)[rol] ?? rol;
}

/** Disclosure button with the user's details and "Uitloggen"; Escape closes it. */
export function Gebruikersmenu({ gebruiker }: { gebruiker: Gebruiker }) {
  const { uitloggen } = useSessie();
  const [open, zetOpen] = useState(false);
  const [bezig, zetBezig] = useState(false);
  const paneelId = useId();
  const knop = useRef<HTMLButtonElement>(null);
  const omhulsel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const sluitBijKlikBuiten = (e: MouseEvent) => {
      if (!omhulsel.current?.contains(e.target as Node)) zetOpen(false);
    };
    document.addEventListener("mousedown", sluitBijKlikBuiten);
    return () => document.removeEventListener("mousedown", sluitBijKlikBuiten);
  }, [open]);

  async function logUit() {
    zetBezig(true);
    try {
      await uitloggen();
    } finally {
      zetBezig(false);
      navigeer("/inloggen?uitgelogd=1");
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the menu closes it
    <div
      className="knp-gebruikersmenu"
      ref={omhulsel}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          zetOpen(false);
          knop.current?.focus();
        }
      }}
    >
      <button
        ref={knop}
        type="button"
        className="utrecht-button utrecht-button--subtle knp-gebruikersmenu__knop"
        aria-expanded={open}
        aria-controls={paneelId}
        onClick={() => zetOpen(!open)}
      >
        <span className="knp-gebruikersmenu__naam">{gebruiker.naam}</span>
        <span className="knp-gebruikersmenu__org">{gebruiker.organisatie.naam}</span>
        <span className="knp-visueel-verborgen">, gebruikersmenu</span>
        <span aria-hidden="true" className="knp-gebruikersmenu__pijl">
          {open ? "▴" : "▾"}
        </span>
      </button>
      <div id={paneelId} className="knp-gebruikersmenu__paneel" hidden={!open}>
        <dl className="knp-gegevens">
          <dt>Naam</dt>
          <dd>{gebruiker.naam}</dd>
          <dt>Gebruikersnaam</dt>
          <dd>{gebruiker.gebruikersnaam}</dd>
          <dt>Organisatie</dt>
          <dd>{gebruiker.organisatie.naam}</dd>
          <dt>{gebruiker.rollen.length === 1 ? "Rol" : "Rollen"}</dt>
          <dd>
            <ul className="knp-rollenlijst">
              {gebruiker.rollen.map((r) => (
                <li key={r}>{rolLabel(r)}</li>
              ))}
            </ul>
          </dd>
        </dl>
        <Button soort="primary-action" onClick={logUit} bezig={bezig} disabled={bezig}>
          Uitloggen
        </Button>
      </div>
    </div>
  );
}
