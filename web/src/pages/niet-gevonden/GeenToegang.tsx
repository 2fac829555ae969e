import { Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";

export default function GeenToegangPagina() {
  return (
    <Pagina titel="Geen toegang">
      <Paragraph lead>U hebt geen rol waarmee u deze pagina mag gebruiken.</Paragraph>
      <Paragraph>
        Denkt u dat dit niet klopt? Vraag de beheerder van uw organisatie om uw rollen aan te passen. Ga terug
        naar het <Link href="/">overzicht</Link>.
      </Paragraph>
    </Pagina>
  );
}
