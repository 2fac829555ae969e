// The audit trail for the auditor (everything) and the beheerder (the records of beheer): who did
// what, when, on whose behalf, with the hash chain that shows nothing was changed afterwards.
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField } from "../../components/FormField.tsx";
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
import { rolLabel } from "../../layout/Gebruikersmenu.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useSessie } from "../../sessie.tsx";
import { Foutmelding } from "../aanvragen/onderdelen.tsx";
import { tijd } from "../aanvragen/teksten.ts";
import { type AuditFilter, type AuditRecord, auditApi, type KetenUitslag } from "./api.ts";
import "../aanvragen/aanvragen.css";

const PER_PAGINA = 100;

/** What a record is about, in words; the prefixes are the first part of `actie`. */
const SOORTEN: { waarde: string; label: string; alleenAuditor?: boolean }[] = [
  { waarde: "", label: "Alle acties" },
  { waarde: "aanvraag", label: "Aanvragen", alleenAuditor: true },
  { waarde: "capaciteit", label: "Capaciteit", alleenAuditor: true },
  { waarde: "nl-alert", label: "NL-Alert", alleenAuditor: true },
  { waarde: "dreiging", label: "Dreigingsniveau en maatregelen", alleenAuditor: true },
  { waarde: "melding", label: "Meldingen (gelezen)", alleenAuditor: true },
  { waarde: "gebruiker.", label: "Gebruikers" },
  { waarde: "sessie.", label: "Inloggen en sessies" },
  { waarde: "outbox.", label: "Mail" },
  { waarde: "referentie.", label: "Referentiegegevens" },
];

/** A relative link to the page of what the record is about, when the app has one. */
function onderwerpLink(r: AuditRecord): string | null {
  if (!r.onderwerpId) return null;
  if (r.onderwerpSoort === "aanvraag" || r.onderwerpSoort === "aanvraag-capaciteit")
    return `/aanvragen/${encodeURIComponent(r.onderwerpId)}`;
  if (r.onderwerpSoort === "nl-alert") return `/nl-alert/${encodeURIComponent(r.onderwerpId)}`;
  if (r.onderwerpSoort === "dreigingsniveau" || r.onderwerpSoort === "dreiging-maatregel") return "/dreiging";
  return null;
}

/** `datetime-local` has no zone: the browser's own, as the user typed it. */
const naarIso = (lokaal: string) => (lokaal ? new Date(lokaal).toISOString() : "");

export default function AuditPagina() {
  const { gebruiker } = useSessie();
  const auditor = gebruiker?.rollen.includes("auditor") ?? false;
  const [invoer, zetInvoer] = useState({ actie: "", onderwerpId: "", organisatie: "", van: "", tot: "" });
  const [filter, zetFilter] = useState<AuditFilter>({});
  const [records, zetRecords] = useState<AuditRecord[] | undefined>(undefined);
  const [meer, zetMeer] = useState(false);
  const [fout, zetFout] = useState<unknown>(undefined);
  const [bezig, zetBezig] = useState<"laden" | "meer" | "keten" | undefined>(undefined);
  const [keten, zetKeten] = useState<KetenUitslag | undefined>(undefined);

  const laad = useCallback(async (f: AuditFilter, erbij: AuditRecord[] = []) => {
    zetBezig(erbij.length ? "meer" : "laden");
    try {
      const { records: nieuw } = await auditApi.lijst({ ...f, limiet: PER_PAGINA });
      zetRecords([...erbij, ...nieuw]);
      zetMeer(nieuw.length === PER_PAGINA);
      zetFout(undefined);
    } catch (e) {
      zetFout(e);
    } finally {
      zetBezig(undefined);
    }
  }, []);

  useEffect(() => {
    void laad({});
  }, [laad]);

  function zoek(e: FormEvent) {
    e.preventDefault();
    const f: AuditFilter = {
      actie: invoer.actie,
      onderwerpId: invoer.onderwerpId.trim(),
      organisatie: invoer.organisatie.trim(),
      van: naarIso(invoer.van),
      tot: naarIso(invoer.tot),
    };
    zetFilter(f);
    void laad(f);
  }

  async function controleerKeten() {
    zetBezig("keten");
    try {
      zetKeten(await auditApi.verificatie());
      zetFout(undefined);
    } catch (e) {
      zetFout(e);
    } finally {
      zetBezig(undefined);
    }
  }

  const laatste = records?.at(-1)?.volgnummer;
  return (
    <Pagina titel="Audittrail" breed>
      <Paragraph lead>
        Elke wijziging in Knooppunt staat hier, vastgelegd in dezelfde transactie als de wijziging zelf. Elk
        record bevat de hash van het vorige: een latere wijziging of verwijdering breekt de keten.
      </Paragraph>
      {!auditor && (
        <Paragraph>
          U ziet als beheerder alleen de records van beheer (gebruikers, sessies, mail en referentiegegevens).
          Aanvragen, NL-Alerts en capaciteit leest de auditor.
        </Paragraph>
      )}

      <section aria-labelledby="keten-kop" className="av-groep">
        <Heading niveau={2} id="keten-kop">
          Keten controleren
        </Heading>
        <Paragraph>
          Herberekent de hash van elk record vanaf het eerste en vergelijkt hem met wat is opgeslagen.
        </Paragraph>
        <Button bezig={bezig === "keten"} disabled={bezig === "keten"} onClick={() => void controleerKeten()}>
          Keten controleren
        </Button>
        {keten &&
          (keten.ok ? (
            <Alert soort="ok" titel="De keten klopt">
              <p className="utrecht-paragraph">
                Alle {keten.aantal} records zijn onveranderd. Laatste hash:{" "}
                <code className="knp-code">{keten.laatsteHash}</code>
              </p>
            </Alert>
          ) : (
            <Alert soort="error" dringend titel="De keten is gebroken">
              <p className="utrecht-paragraph">
                Vanaf record {keten.eersteFout?.volgnummer}: {keten.eersteFout?.reden}. Meld dit direct aan de
                functionaris gegevensbescherming en de beheerder; verander niets aan de database.
              </p>
            </Alert>
          ))}
      </section>

      <form className="av-groep" onSubmit={zoek} aria-labelledby="filter-kop">
        <Heading niveau={2} id="filter-kop">
          Zoeken
        </Heading>
        <div className="knp-formulier--raster">
          <SelectField
            label="Soort actie"
            value={invoer.actie}
            onChange={(e) => zetInvoer({ ...invoer, actie: e.target.value })}
          >
            {SOORTEN.filter((s) => auditor || !s.alleenAuditor).map((s) => (
              <option key={s.waarde} value={s.waarde}>
                {s.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Onderwerp (id)"
            beschrijving="Bijvoorbeeld het id van een aanvraag of gebruiker."
            value={invoer.onderwerpId}
            maxLength={100}
            onChange={(e) => zetInvoer({ ...invoer, onderwerpId: e.target.value })}
          />
          <TextField
            label="Organisatie van de actor (id)"
            beschrijving="Bijvoorbeeld locc of politie-re03-rccb."
            value={invoer.organisatie}
            maxLength={60}
            onChange={(e) => zetInvoer({ ...invoer, organisatie: e.target.value })}
          />
          <TextField
            label="Vanaf"
            type="datetime-local"
            value={invoer.van}
            onChange={(e) => zetInvoer({ ...invoer, van: e.target.value })}
          />
          <TextField
            label="Tot"
            type="datetime-local"
            value={invoer.tot}
            onChange={(e) => zetInvoer({ ...invoer, tot: e.target.value })}
          />
        </div>
        <ButtonGroup>
          <Button type="submit" soort="primary-action" bezig={bezig === "laden"} disabled={bezig === "laden"}>
            Zoeken
          </Button>
        </ButtonGroup>
      </form>

      <Foutmelding fout={fout} />
      {!records && !fout && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}
      {records && (
        <Table
          caption={`${records.length}${meer ? "+" : ""} ${records.length === 1 ? "record" : "records"}, nieuwste eerst`}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Nr.</TableHeaderCell>
              <TableHeaderCell>Tijdstip</TableHeaderCell>
              <TableHeaderCell>Wie</TableHeaderCell>
              <TableHeaderCell>Actie</TableHeaderCell>
              <TableHeaderCell>Onderwerp</TableHeaderCell>
              <TableHeaderCell>Gegevens</TableHeaderCell>
              <TableHeaderCell>Hash</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {records.map((r) => {
              const link = onderwerpLink(r);
              return (
                <TableRow key={r.volgnummer}>
                  <TableCell kolom="Nr.">{r.volgnummer}</TableCell>
                  <TableCell kolom="Tijdstip">{tijd(r.tijdstip)}</TableCell>
                  <TableCell kolom="Wie" className="knp-cel-hoofd">
                    {r.actorNaam ?? "Systeem"}
                    {r.actorOrganisatie && (
                      <>
                        <br />
                        <small>
                          {r.actorOrganisatie}
                          {r.actorRollen.length ? ` · ${r.actorRollen.map(rolLabel).join(", ")}` : ""}
                        </small>
                      </>
                    )}
                  </TableCell>
                  <TableCell kolom="Actie">
                    <code className="knp-code">{r.actie}</code>
                  </TableCell>
                  <TableCell kolom="Onderwerp">
                    {r.onderwerpSoort ?? "–"}
                    {r.onderwerpId && (
                      <>
                        <br />
                        {link ? (
                          <Link href={link}>{r.onderwerpId}</Link>
                        ) : (
                          <code className="knp-code">{r.onderwerpId}</code>
                        )}
                      </>
                    )}
                  </TableCell>
                  <TableCell kolom="Gegevens">
                    <details>
                      <summary>
                        Tonen<span className="knp-visueel-verborgen"> (record {r.volgnummer})</span>
                      </summary>
                      <pre className="knp-audit-gegevens">{JSON.stringify(r.gegevens, null, 2)}</pre>
                      {r.requestId && <small>Verzoek {r.requestId}</small>}
                    </details>
                  </TableCell>
                  <TableCell kolom="Hash">
                    <code className="knp-code" title={`${r.hash} (vorige: ${r.vorigeHash})`}>
                      {r.hash.slice(0, 12)}…
                    </code>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {records && records.length === 0 && <Paragraph>Geen records die aan de filters voldoen.</Paragraph>}
      {meer && laatste !== undefined && (
        <Button
          bezig={bezig === "meer"}
          disabled={bezig === "meer"}
          onClick={() => void laad({ ...filter, voor: laatste }, records)}
        >
          Oudere records laden
        </Button>
      )}
    </Pagina>
  );
}
