import { useId } from "react";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { rolLabel } from "../../layout/Gebruikersmenu.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useSessie } from "../../sessie.tsx";
import { type Tegel, tegelsPerRol } from "./tegels.ts";

function TegelKaart({ tegel }: { tegel: Tegel }) {
  const id = useId();
  return (
    <li className="knp-tegel">
      <Heading niveau={3} className="knp-tegel__titel">
        <Link href={tegel.href} className="knp-tegel__link" aria-describedby={id}>
          {tegel.titel}
        </Link>
      </Heading>
      <p id={id} className="utrecht-paragraph knp-tegel__tekst">
        {tegel.omschrijving}
      </p>
    </li>
  );
}

export default function OverzichtPagina() {
  const { gebruiker } = useSessie();
  if (!gebruiker) return null;
  const perRol = tegelsPerRol(gebruiker.rollen);
  return (
    <Pagina titel="Overzicht" breed>
      <Paragraph lead>
        {gebruiker.naam}, {gebruiker.organisatie.naam}
      </Paragraph>
      {perRol.map(({ rol, tegels }) => (
        <section key={rol} className="knp-rolsectie" aria-labelledby={`rol-${rol}`}>
          <Heading niveau={2} id={`rol-${rol}`} className="knp-rolsectie__kop" data-rol={rol}>
            {rolLabel(rol)}
          </Heading>
          {tegels.length ? (
            <ul className="knp-tegels">
              {tegels.map((t) => (
                <TegelKaart key={t.href} tegel={t} />
              ))}
            </ul>
          ) : (
            <Paragraph>Voor deze rol zijn nog geen onderdelen beschikbaar.</Paragraph>
          )}
        </section>
      ))}
    </Pagina>
  );
}
