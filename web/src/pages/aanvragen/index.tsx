// The list of requests the user may see (for the LOCC: every open request in the country), with
// filters in the address so a view can be shared, and live updates without reload.
import { useCallback, useEffect, useRef, useState } from "react";
import { VEILIGHEIDSREGIOS, vrId } from "../../../../src/domain/organisaties/referentie.ts";
import { Alert } from "../../components/Alert.tsx";
import { SelectField } from "../../components/FormField.tsx";
import { Paragraph } from "../../components/Heading.tsx";
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
import { useLive } from "../../live.ts";
import { useLocatie } from "../../router.tsx";
import { useSessie } from "../../sessie.tsx";
import { useCatalogus } from "../wegwijzer/procedures.tsx";
import { type AanvraagSamenvatting, aanvragenApi, type Filter } from "./api.ts";
import { LiveStatus } from "./LiveStatus.tsx";
import { Foutmelding, OefeningLabel, SpoedLabel, StatusLabel, Vinkje } from "./onderdelen.tsx";
import { regioCode, STATUS, tijd } from "./teksten.ts";
import "./aanvragen.css";

function filterUit(zoek: URLSearchParams): Filter {
  const f: Filter = {};
  for (const k of ["regio", "procedure", "status"] as const) {
    const v = zoek.get(k);
    if (v) f[k] = v;
  }
  const spoed = zoek.get("spoed");
  if (spoed === "true" || spoed === "false") f.spoed = spoed === "true";
  if (zoek.get("teLaat") === "true") f.teLaat = true;
  return f;
}

function zetFilter(f: Filter): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== "" && v !== false) q.set(k, String(v));
  const s = q.toString();
  // replaceState: filtering is not a new page (no focus move, no history entry per click).
  history.replaceState(null, "", `/aanvragen${s ? `?${s}` : ""}`);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export default function AanvragenPagina() {
  const { zoek } = useLocatie();
  const filter = filterUit(zoek);
  const sleutel = JSON.stringify(filter);
  const { gebruiker } = useSessie();
  const { catalogus } = useCatalogus();
  const [aanvragen, zetAanvragen] = useState<AanvraagSamenvatting[] | undefined>(undefined);
  const [fout, zetFout] = useState<unknown>(undefined);
  const [aankondiging, zetAankondiging] = useState("");
  const laatste = useRef(0);

  const laad = useCallback(
    async (stil = false) => {
      const nr = ++laatste.current;
      try {
        const r = await aanvragenApi.lijst(JSON.parse(sleutel) as Filter);
        if (nr !== laatste.current) return;
        zetAanvragen(r.aanvragen);
        zetFout(undefined);
        if (stil) zetAankondiging(`Lijst bijgewerkt: ${r.aanvragen.length} aanvragen.`);
      } catch (e) {
        if (nr === laatste.current) zetFout(e);
      }
    },
    [sleutel],
  );

  useEffect(() => {
    void laad();
  }, [laad]);

  // Events say only which request changed; a short pause folds a burst into one refetch.
  const wacht = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const later = () => {
    clearTimeout(wacht.current);
    wacht.current = setTimeout(() => void laad(true), 150);
  };
  useEffect(() => () => clearTimeout(wacht.current), []);
  useLive({ aanvraag: later, verbonden: later });

  const wijzig = (deel: Partial<Filter>) => {
    const f = { ...filter, ...deel };
    for (const k of Object.keys(deel) as (keyof Filter)[]) if (deel[k] === undefined) delete f[k];
    zetFilter(f);
  };

  const procedureTitel = (id: string, titel: string) =>
    titel || catalogus?.procedures.find((p) => p.id === id)?.titel || id;
  const isLocc = gebruiker?.rollen.includes("locc-piket");

  return (
    <Pagina titel="Aanvragen" breed>
      <Paragraph lead>
        {isLocc
          ? "Alle bijstandsaanvragen in het land. Filter op regio, procedure, status, spoed of termijn."
          : "De bijstandsaanvragen waarbij uw organisatie betrokken is."}
      </Paragraph>
      <p className="utrecht-paragraph av-acties-boven">
        <Link href="/aanvragen/nieuw" className="utrecht-button utrecht-button--primary-action av-knoplink">
          Nieuwe aanvraag
        </Link>{" "}
        <Link href="/taken">Mijn taken</Link>
      </p>

      <form className="av-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Regio"
          value={filter.regio ?? ""}
          onChange={(e) => wijzig({ regio: e.target.value || undefined })}
        >
          <option value="">Alle regio's</option>
          {VEILIGHEIDSREGIOS.map(([code, naam]) => (
            <option key={code} value={vrId(code)}>
              {code} {naam}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Procedure"
          value={filter.procedure ?? ""}
          onChange={(e) => wijzig({ procedure: e.target.value || undefined })}
        >
          <option value="">Alle procedures</option>
          {catalogus?.procedures.map((p) => (
            <option key={p.id} value={p.id}>
              {p.titel}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Status"
          value={filter.status ?? ""}
          onChange={(e) => wijzig({ status: e.target.value || undefined })}
        >
          <option value="">Alle statussen</option>
          {Object.entries(STATUS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Spoed"
          value={filter.spoed === undefined ? "" : String(filter.spoed)}
          onChange={(e) => wijzig({ spoed: e.target.value === "" ? undefined : e.target.value === "true" })}
        >
          <option value="">Spoed en regulier</option>
          <option value="true">Alleen spoed</option>
          <option value="false">Alleen regulier</option>
        </SelectField>
        <Vinkje
          label="Alleen te laat"
          checked={!!filter.teLaat}
          onChange={(aan) => wijzig({ teLaat: aan || undefined })}
        />
      </form>

      <LiveStatus />
      <output className="knp-visueel-verborgen" aria-live="polite">
        {aankondiging}
      </output>
      <Foutmelding fout={fout} />
      {aanvragen === undefined && !fout && <p className="utrecht-paragraph knp-laden">Bezig met laden…</p>}
      {aanvragen && aanvragen.length === 0 && (
        <Alert soort="info">
          <p className="utrecht-paragraph">Geen aanvragen die aan deze filters voldoen.</p>
        </Alert>
      )}
      {aanvragen && aanvragen.length > 0 && (
        <Table caption={`${aanvragen.length} aanvra${aanvragen.length === 1 ? "ag" : "gen"}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Referentie</TableHeaderCell>
              <TableHeaderCell>Procedure</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Regio</TableHeaderCell>
              <TableHeaderCell>Open taken</TableHeaderCell>
              <TableHeaderCell>Bijgewerkt</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {aanvragen.map((a) => (
              <TableRow key={a.id}>
                <TableCell kolom="Referentie">
                  <Link href={`/aanvragen/${a.id}`} className="av-ref">
                    {a.referentienummer}
                  </Link>
                  {a.oefening && (
                    <>
                      {" "}
                      <OefeningLabel />
                    </>
                  )}
                  {a.spoed && (
                    <>
                      {" "}
                      <SpoedLabel />
                    </>
                  )}
                </TableCell>
                <TableCell kolom="Procedure">{procedureTitel(a.procedureId, a.titel)}</TableCell>
                <TableCell kolom="Status">
                  <StatusLabel status={a.status} />
                  {a.teLaat && <span className="av-telaat">Te laat</span>}
                </TableCell>
                <TableCell kolom="Regio">{regioCode(a.regio)}</TableCell>
                <TableCell kolom="Open taken">{a.openTaken}</TableCell>
                <TableCell kolom="Bijgewerkt">{tijd(a.bijgewerkt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Pagina>
  );
}
