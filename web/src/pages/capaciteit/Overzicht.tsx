// The national overview: per type and region available / reserved / deployed, now, at a moment or
// over a period, with open demand and scarcity; a map; CSV; and what was booked where at a moment.
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
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
import {
  type Catalogus,
  capaciteitApi,
  type HistorieRij,
  naarLokaal,
  type Overzicht as OverzichtT,
  type PeriodeKeuze,
  tijd,
  vanLokaal,
} from "./api.ts";
import { CapaciteitKaart } from "./Kaart.tsx";

type Soort = "nu" | "moment" | "periode";

export function Overzicht({ cat }: { cat: Catalogus }) {
  const nu = new Date().toISOString();
  const [soort, zetSoort] = useState<Soort>("nu");
  const [moment, zetMoment] = useState(naarLokaal(nu));
  const [van, zetVan] = useState(naarLokaal(nu));
  const [tot, zetTot] = useState(naarLokaal(new Date(Date.now() + 24 * 3_600_000).toISOString()));
  const [type, zetType] = useState("");
  const [regio, zetRegio] = useState("");
  const [keuze, zetKeuze] = useState<PeriodeKeuze>({});
  const [o, zetO] = useState<OverzichtT | undefined>();
  const [historie, zetHistorie] = useState<HistorieRij[] | undefined>();
  const [fout, zetFout] = useState<string | undefined>();

  const laad = useCallback(async (k: PeriodeKeuze) => {
    try {
      zetFout(undefined);
      zetO(await capaciteitApi.overzicht(k));
      zetHistorie(k.moment ? (await capaciteitApi.historie(k.moment)).boekingen : undefined);
    } catch (e) {
      zetFout(e instanceof ApiFout ? e.detail : "Het overzicht kon niet worden geladen.");
    }
  }, []);

  useEffect(() => {
    void laad(keuze);
  }, [laad, keuze]);

  function toon(e: FormEvent) {
    e.preventDefault();
    const k: PeriodeKeuze = { ...(type ? { type } : {}), ...(regio ? { regio } : {}) };
    if (soort === "moment" && moment) k.moment = vanLokaal(moment);
    if (soort === "periode" && van && tot) {
      k.van = vanLokaal(van);
      k.tot = vanLokaal(tot);
    }
    zetKeuze(k);
  }

  const typen = cat.typen;
  const periodeTekst = o
    ? o.periode.moment
      ? `op ${tijd(o.periode.van)}`
      : `van ${tijd(o.periode.van)} tot ${tijd(o.periode.tot)}`
    : "";

  return (
    <>
      <Paragraph lead>
        Wat is er beschikbaar aan mensen, middelen en kennis, waar, en waar is de vraag groter dan het aanbod.
      </Paragraph>
      <form className="cap-filters" onSubmit={toon} aria-label="Filters voor het overzicht">
        <SelectField label="Capaciteitstype" value={type} onChange={(e) => zetType(e.target.value)}>
          <option value="">Alle typen</option>
          {typen.map((t) => (
            <option key={t.id} value={t.id}>
              {t.naam}
            </option>
          ))}
        </SelectField>
        <SelectField label="Veiligheidsregio" value={regio} onChange={(e) => zetRegio(e.target.value)}>
          <option value="">Heel Nederland</option>
          {cat.regios.map((r) => (
            <option key={r.id} value={r.id}>
              {r.naam}
            </option>
          ))}
        </SelectField>
        <fieldset className="cap-keuze">
          <legend className="utrecht-form-label">Tijd</legend>
          {(
            [
              ["nu", "Nu"],
              ["moment", "Op moment"],
              ["periode", "Over een periode"],
            ] as const
          ).map(([w, l]) => (
            <label key={w} className="cap-radio">
              <input
                type="radio"
                name="tijd"
                value={w}
                checked={soort === w}
                onChange={() => zetSoort(w)}
                className="utrecht-radio-button utrecht-radio-button--html-input"
              />{" "}
              {l}
            </label>
          ))}
        </fieldset>
        {soort === "moment" && (
          <TextField
            label="Moment"
            type="datetime-local"
            value={moment}
            onChange={(e) => zetMoment(e.target.value)}
          />
        )}
        {soort === "periode" && (
          <>
            <TextField
              label="Van"
              type="datetime-local"
              value={van}
              onChange={(e) => zetVan(e.target.value)}
            />
            <TextField
              label="Tot"
              type="datetime-local"
              value={tot}
              onChange={(e) => zetTot(e.target.value)}
            />
          </>
        )}
        <div className="cap-filters__knoppen">
          <Button type="submit" soort="primary-action">
            Toon overzicht
          </Button>
        </div>
      </form>

      {fout && (
        <Alert soort="error" dringend>
          <p className="utrecht-paragraph">{fout}</p>
        </Alert>
      )}
      {!o && !fout && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}
      {o && (
        <>
          {o.schaarste.length > 0 && (
            <Alert soort="warning" titel="Schaarste">
              <ul className="utrecht-unordered-list">
                {o.schaarste.map((s) => (
                  <li key={s.typeId}>
                    {s.typeNaam}: vraag {s.vraag}, beschikbaar {s.beschikbaar}, tekort {s.tekort}.
                  </li>
                ))}
              </ul>
              {(cat.rechten.planLezen || cat.rechten.planRekenen) && (
                <p className="utrecht-paragraph">
                  <Link href="/capaciteit?weergave=schaarste">Naar schaarste en inzetplan</Link>
                </p>
              )}
            </Alert>
          )}
          <p className="utrecht-paragraph">
            <a className="utrecht-link utrecht-link--html-a" href={capaciteitApi.csvAdres(keuze)} download>
              Download als CSV (Excel)
            </a>
          </p>
          <Table caption={`Capaciteit per type en regio ${periodeTekst}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Type</TableHeaderCell>
                <TableHeaderCell>Regio</TableHeaderCell>
                <TableHeaderCell className="cap-getal">Totaal</TableHeaderCell>
                <TableHeaderCell className="cap-getal">Beschikbaar</TableHeaderCell>
                <TableHeaderCell className="cap-getal">Gereserveerd</TableHeaderCell>
                <TableHeaderCell className="cap-getal">Ingezet</TableHeaderCell>
                <TableHeaderCell className="cap-getal">Niet inzetbaar</TableHeaderCell>
                <TableHeaderCell className="cap-getal">Open vraag</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {o.rijen.map((r) => (
                <TableRow key={`${r.typeId}|${r.regioId}`}>
                  <TableCell kolom="Type" className="knp-cel-hoofd">
                    {r.typeNaam} <span className="cap-zacht">({r.telEenheid})</span>
                  </TableCell>
                  <TableCell kolom="Regio">{r.regioNaam.replace(/^Veiligheidsregio /, "")}</TableCell>
                  <TableCell kolom="Totaal" className="cap-getal">
                    {r.totaal}
                  </TableCell>
                  <TableCell kolom="Beschikbaar" className="cap-getal">
                    {r.telling.beschikbaar}
                  </TableCell>
                  <TableCell kolom="Gereserveerd" className="cap-getal">
                    {r.telling.gereserveerd}
                  </TableCell>
                  <TableCell kolom="Ingezet" className="cap-getal">
                    {r.telling.ingezet}
                  </TableCell>
                  <TableCell kolom="Niet inzetbaar" className="cap-getal">
                    {r.telling["niet-inzetbaar"]}
                  </TableCell>
                  <TableCell kolom="Open vraag" className={r.vraag > 0 ? "cap-getal cap-vraag" : "cap-getal"}>
                    {r.vraag}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {o.rijen.length === 0 && <Paragraph>Geen capaciteit gevonden met deze filters.</Paragraph>}

          <Heading niveau={2}>Kaart</Heading>
          {!o.itemsVolledig && (
            <Paragraph>
              U ziet op de kaart alleen de capaciteit van uw eigen organisatie; de landelijke cijfers staan in
              de tabel.
            </Paragraph>
          )}
          <CapaciteitKaart
            items={o.items}
            vraag={o.vraag}
            label={`Kaart van de capaciteit ${periodeTekst}: ${o.items.length} locaties, ${o.vraag.length} open vragen`}
          />

          {historie && (
            <>
              <Heading niveau={2}>Geboekt en ingezet {periodeTekst}</Heading>
              {historie.length === 0 ? (
                <Paragraph>Op dit moment was niets geboekt.</Paragraph>
              ) : (
                <Table caption={`Boekingen ${periodeTekst}`}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Eenheid</TableHeaderCell>
                      <TableHeaderCell>Organisatie</TableHeaderCell>
                      <TableHeaderCell>Soort</TableHeaderCell>
                      <TableHeaderCell>Waar / voor</TableHeaderCell>
                      <TableHeaderCell>Van – tot</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {historie.map((h) => (
                      <TableRow key={h.boekingId}>
                        <TableCell kolom="Eenheid" className="knp-cel-hoofd">
                          {h.itemNaam} #{h.volgnummer}
                        </TableCell>
                        <TableCell kolom="Organisatie" className="cap-nowrap">
                          {h.organisatieNaam}
                        </TableCell>
                        <TableCell kolom="Soort">
                          {h.soort === "inzet" ? "Ingezet" : "Gereserveerd"}
                        </TableCell>
                        <TableCell kolom="Waar / voor">
                          {h.waar ?? (h.aanvraagId ? `Aanvraag ${h.aanvraagId}` : "Inzetplan")}
                        </TableCell>
                        <TableCell kolom="Van – tot">
                          {tijd(h.van)} – {tijd(h.tot)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
