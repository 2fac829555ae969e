// The alerts of the user's region(s): state per alert, open tasks, and the open "einde situatie"
// prompts (§4f.2) first, because a forgotten end message keeps people away from an area.
import { useEffect, useState } from "react";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
import { Link } from "../../components/Link.tsx";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../../components/Table.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useSessie } from "../../sessie.tsx";
import { type AlertSamenvatting, nlAlertApi, STATUS_NAMEN } from "./api.ts";
import "./nl-alert.css";

const SOORT = { alert: "NL-Alert", update: "Update", "einde-situatie": "Einde situatie" } as const;
const tijd = (iso: string) =>
  new Date(iso).toLocaleString("nl-NL", {
    timeZone: "Europe/Amsterdam",
    day: "2-digit",
    month: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });

export default function NlAlertLijst() {
  const { heeftRol } = useSessie();
  const [lijst, zetLijst] = useState<{ alerts: AlertSamenvatting[]; eindeSituatieOpen: string[] }>();
  const [fout, zetFout] = useState<ApiFout>();

  useEffect(() => {
    nlAlertApi
      .lijst()
      .then(zetLijst)
      .catch((e) => zetFout(e instanceof ApiFout ? e : new ApiFout(0, {})));
  }, []);

  const open = lijst?.alerts.filter((a) => a.eindeSituatieOpen) ?? [];
  return (
    <Pagina titel="NL-Alert" breed>
      <Paragraph>
        NL-Alert bij extreem geweld: opstellen uit vaste elementen, advies van de politie en second opinion
        van de HOvD LE, besluit van de bevoegde functionaris, vrijgave door de meldkamer (richtlijn §4b).
      </Paragraph>
      {/* §3: the bevoegd gezag — the mandated official or the voorzitter veiligheidsregio (ADR 0250). */}
      {heeftRol("nl-alert-bevoegde", "voorzitter-veiligheidsregio") && (
        <p className="utrecht-paragraph">
          <Link href="/nl-alert/nieuw" className="utrecht-button utrecht-button--primary-action nla-knoplink">
            Nieuw NL-Alert
          </Link>
        </p>
      )}
      {fout && (
        <Alert soort="error" dringend>
          <p className="utrecht-paragraph">{fout.detail}</p>
        </Alert>
      )}
      {open.length > 0 && (
        <Alert soort="warning" titel={`Einde situatie nog niet verzonden (${open.length}) – §4f.2`}>
          <ul className="utrecht-unordered-list" data-testid="nla-einde-open">
            {open.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                <Link href={`/nl-alert/${a.id}`}>
                  {a.risico} – {a.locatie}
                </Link>{" "}
                (verzonden {a.vrijgegevenOp ? tijd(a.vrijgegevenOp) : ""})
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Heading niveau={2}>Berichten</Heading>
      {lijst && lijst.alerts.length === 0 && <Paragraph>Er zijn nog geen NL-Alerts in uw regio.</Paragraph>}
      {lijst && lijst.alerts.length > 0 && (
        <Table caption="NL-Alerts van uw regio, nieuwste eerst">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Bericht</TableHeaderCell>
              <TableHeaderCell>Incident</TableHeaderCell>
              <TableHeaderCell>Fase</TableHeaderCell>
              <TableHeaderCell>Soort</TableHeaderCell>
              <TableHeaderCell>Gewijzigd</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.alerts.map((a) => (
              <TableRow key={a.id}>
                <TableCell kolom="Bericht">
                  <Link href={`/nl-alert/${a.id}`}>
                    {SOORT[a.soort]}: {a.risico || "(geen risico)"} – {a.locatie}
                  </Link>
                </TableCell>
                <TableCell kolom="Incident">
                  {a.incident} ({a.regioNaam})
                </TableCell>
                <TableCell kolom="Fase">
                  <span className={`nla-fase nla-fase--${a.fase}`}>{a.faseNaam}</span>
                  {a.openTaken > 0 && <> · {a.openTaken} open taak</>}
                </TableCell>
                <TableCell kolom="Soort">
                  {a.status === "Actual" ? (
                    STATUS_NAMEN.Actual
                  ) : (
                    <strong>{STATUS_NAMEN[a.status].toUpperCase()}</strong>
                  )}
                </TableCell>
                <TableCell kolom="Gewijzigd">{tijd(a.gewijzigd)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Pagina>
  );
}
