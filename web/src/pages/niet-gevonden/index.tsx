import { Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useLocatie } from "../../router.tsx";

export default function NietGevondenPagina() {
  const { pad } = useLocatie();
  return (
    <Pagina titel="Pagina niet gevonden">
      <Paragraph lead>
        De pagina <code className="knp-pad">{pad}</code> bestaat niet, of is nog niet beschikbaar in deze
        versie van Knooppunt.
      </Paragraph>
      <Paragraph>
        Controleer het adres of ga terug naar het <Link href="/">overzicht</Link>. Is het dringend? Neem dan
        telefonisch contact op met het LOCC.
      </Paragraph>
    </Pagina>
  );
}
