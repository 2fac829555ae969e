import type { Gebruiker } from "../api.ts";
import { Link } from "../components/Link.tsx";
import { Navigation } from "../components/Navigation.tsx";
import { menuVoor } from "../routes.ts";
import { Gebruikersmenu, rolLabel } from "./Gebruikersmenu.tsx";
import { APP_NAAM } from "./Pagina.tsx";

export function Kop({ gebruiker }: { gebruiker?: Gebruiker | null | undefined }) {
  return (
    <>
      <div className="utrecht-page-header__content knp-kop__balk">
        <Link href={gebruiker ? "/" : "/inloggen"} className="knp-merk">
          <span className="knp-merk__teken" aria-hidden="true" />
          <span className="knp-merk__naam">{APP_NAAM}</span>
          <span className="knp-merk__sub">Coördinatie bijstand en capaciteit</span>
        </Link>
        {gebruiker && (
          <div className="knp-kop__gebruiker">
            <p className="knp-kop__rollen">
              <span className="knp-visueel-verborgen">Uw rollen: </span>
              {gebruiker.rollen.map(rolLabel).join(" · ")}
            </p>
            <Gebruikersmenu gebruiker={gebruiker} />
          </div>
        )}
      </div>
      {gebruiker && <Navigation label="Hoofdmenu" items={menuVoor(gebruiker.rollen)} />}
    </>
  );
}
