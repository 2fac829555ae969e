// The owner's page: the capacity of the user's own organisation, kept current by the owner.
// A stale version (someone else saved first) gets a clear message and a reload, never a silent overwrite.
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonGroup } from "../../components/Button.tsx";
import { SelectField, TextField } from "../../components/FormField.tsx";
import { Heading, Paragraph } from "../../components/Heading.tsx";
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
  type Item,
  type ItemInvoer,
  naarLokaal,
  TOESTAND_LABEL,
  type Toestand,
  tijd,
  vanLokaal,
} from "./api.ts";

interface Formulier {
  typeId: string;
  naam: string;
  aantal: string;
  regioId: string;
  lat: string;
  lon: string;
  reactietijd: string;
  toestand: Toestand;
  contact: string;
  van: string;
  tot: string;
  toelichting: string;
}

const leeg = (typeId: string): Formulier => ({
  typeId,
  naam: "",
  aantal: "1",
  regioId: "",
  lat: "",
  lon: "",
  reactietijd: "",
  toestand: "beschikbaar",
  contact: "",
  van: "",
  tot: "",
  toelichting: "",
});

function vanItem(i: Item): Formulier {
  const v = i.beschikbaarheid[0];
  return {
    typeId: i.typeId,
    naam: i.naam,
    aantal: String(i.aantal),
    regioId: i.regioId,
    lat: String(i.lat),
    lon: String(i.lon),
    reactietijd: i.reactietijdMinuten === null ? "" : String(i.reactietijdMinuten),
    toestand: i.toestand,
    contact: i.contact,
    van: v ? naarLokaal(v.van) : "",
    tot: v ? naarLokaal(v.tot) : "",
    toelichting: i.toelichting ?? "",
  };
}

const getal = (s: string) => Number(s.replace(",", "."));

export function Eigen({ cat }: { cat: Catalogus }) {
  const beheerbaar = cat.typen.filter((t) => t.magBeheren);
  const [items, zetItems] = useState<Item[] | undefined>();
  const [bewerk, zetBewerk] = useState<Item | "nieuw" | undefined>();
  const [f, zetF] = useState<Formulier>(leeg(beheerbaar[0]?.id ?? ""));
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [melding, zetMelding] = useState<{ soort: "ok" | "error" | "warning"; tekst: string } | undefined>();
  const [bezig, zetBezig] = useState(false);
  const meldingRef = useRef<HTMLDivElement>(null);

  const laad = useCallback(async () => {
    try {
      zetItems((await capaciteitApi.items(true)).items);
    } catch (e) {
      zetMelding({ soort: "error", tekst: e instanceof ApiFout ? e.detail : "Laden is niet gelukt." });
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);
  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  const zet = (k: keyof Formulier) => (e: { target: { value: string } }) =>
    zetF({ ...f, [k]: e.target.value });

  function controleer(): ItemInvoer | undefined {
    const fout: Record<string, string> = {};
    if (!f.naam.trim()) fout.naam = "Vul een naam in.";
    const aantal = getal(f.aantal);
    if (!Number.isInteger(aantal) || aantal < 1) fout.aantal = "Vul een geheel aantal van 1 of meer in.";
    if (!f.regioId) fout.regioId = "Kies de veiligheidsregio van de basislocatie.";
    const lat = getal(f.lat);
    const lon = getal(f.lon);
    if (!(lat >= 50.5 && lat <= 53.7)) fout.lat = "Breedtegraad in Nederland: tussen 50,5 en 53,7.";
    if (!(lon >= 3.2 && lon <= 7.3)) fout.lon = "Lengtegraad in Nederland: tussen 3,2 en 7,3.";
    const reactie = f.reactietijd.trim() === "" ? null : getal(f.reactietijd);
    if (reactie !== null && !(Number.isInteger(reactie) && reactie >= 0))
      fout.reactietijd = "Vul hele minuten in, of laat leeg als onbekend.";
    if (!f.contact.trim()) fout.contact = "Vul in hoe de eigenaar bereikbaar is.";
    if ((f.van && !f.tot) || (!f.van && f.tot) || (f.van && f.tot && f.tot <= f.van))
      fout.tot = "Vul begin en einde in; het einde ligt na het begin.";
    zetFouten(fout);
    if (Object.keys(fout).length) return undefined;
    return {
      typeId: f.typeId,
      naam: f.naam.trim(),
      aantal,
      lat,
      lon,
      regioId: f.regioId,
      reactietijdMinuten: reactie,
      toestand: f.toestand,
      beschikbaarheid: f.van && f.tot ? [{ van: vanLokaal(f.van), tot: vanLokaal(f.tot) }] : [],
      contact: f.contact.trim(),
      toelichting: f.toelichting.trim() || null,
    };
  }

  async function bewaar(e: FormEvent) {
    e.preventDefault();
    const invoer = controleer();
    if (!invoer) return;
    zetBezig(true);
    try {
      if (bewerk === "nieuw") {
        const { item } = await capaciteitApi.maakItem(invoer);
        zetMelding({ soort: "ok", tekst: `${item.naam} is toegevoegd.` });
      } else if (bewerk) {
        const { item } = await capaciteitApi.wijzigItem(bewerk.id, { ...invoer, versie: bewerk.versie });
        zetMelding({ soort: "ok", tekst: `${item.naam} is bijgewerkt (versie ${item.versie}).` });
      }
      zetBewerk(undefined);
      await laad();
    } catch (err) {
      if (err instanceof ApiFout && err.status === 409) {
        zetMelding({
          soort: "warning",
          tekst: `${err.detail} Uw invoer staat nog in het formulier; de nieuwste gegevens zijn geladen in de tabel.`,
        });
        await laad();
      } else if (err instanceof ApiFout) {
        zetFouten(err.veldMeldingen());
        zetMelding({ soort: "error", tekst: err.detail });
      } else zetMelding({ soort: "error", tekst: "Bewaren is niet gelukt." });
    } finally {
      zetBezig(false);
    }
  }

  function open(i: Item | "nieuw") {
    zetFouten({});
    zetF(i === "nieuw" ? leeg(beheerbaar[0]?.id ?? "") : vanItem(i));
    zetBewerk(i);
  }

  return (
    <>
      <Paragraph lead>
        Houd de capaciteit van uw organisatie actueel: aantallen, basislocatie, reactietijd, beschikbaarheid
        en toestand. Het LOCC en het Crisisberaad rekenen met wat hier staat.
      </Paragraph>
      {melding && (
        <Alert ref={meldingRef} soort={melding.soort} dringend={melding.soort === "error"}>
          <p className="utrecht-paragraph">{melding.tekst}</p>
        </Alert>
      )}
      {beheerbaar.length === 0 && (
        <Paragraph>
          Met uw rol houdt u geen capaciteit bij. U ziet hieronder wat uw organisatie heeft.
        </Paragraph>
      )}
      {beheerbaar.length > 0 && !bewerk && (
        <ButtonGroup>
          <Button soort="primary-action" onClick={() => open("nieuw")}>
            Capaciteit toevoegen
          </Button>
        </ButtonGroup>
      )}

      {bewerk && (
        <section className="knp-paneel cap-formulier" aria-labelledby="cap-formulier-kop">
          <Heading niveau={2} id="cap-formulier-kop">
            {bewerk === "nieuw" ? "Capaciteit toevoegen" : `${bewerk.naam} bijwerken`}
          </Heading>
          <form onSubmit={bewaar} noValidate className="knp-formulier knp-formulier--raster">
            <SelectField
              label="Type"
              value={f.typeId}
              onChange={zet("typeId")}
              disabled={bewerk !== "nieuw"}
              beschrijving={bewerk !== "nieuw" ? "Het type van een bestaand item verandert niet." : undefined}
            >
              {beheerbaar.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.naam} (per {t.telEenheid})
                </option>
              ))}
            </SelectField>
            <TextField label="Naam" value={f.naam} onChange={zet("naam")} fout={fouten.naam} />
            <TextField
              label="Aantal"
              inputMode="numeric"
              value={f.aantal}
              onChange={zet("aantal")}
              fout={fouten.aantal}
            />
            <SelectField
              label="Veiligheidsregio (basis)"
              value={f.regioId}
              onChange={zet("regioId")}
              fout={fouten.regioId}
            >
              <option value="">Kies een regio</option>
              {cat.regios.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.naam}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Breedtegraad basis"
              inputMode="decimal"
              value={f.lat}
              onChange={zet("lat")}
              fout={fouten.lat}
            />
            <TextField
              label="Lengtegraad basis"
              inputMode="decimal"
              value={f.lon}
              onChange={zet("lon")}
              fout={fouten.lon}
            />
            <TextField
              label="Reactietijd in minuten"
              inputMode="numeric"
              value={f.reactietijd}
              onChange={zet("reactietijd")}
              fout={fouten.reactietijd}
              beschrijving="Leeg = onbekend; dan telt bij de verdeling alleen de reistijd."
            />
            <SelectField label="Toestand" value={f.toestand} onChange={zet("toestand")}>
              {Object.entries(TOESTAND_LABEL).map(([w, l]) => (
                <option key={w} value={w}>
                  {l}
                </option>
              ))}
            </SelectField>
            <TextField label="Contact" value={f.contact} onChange={zet("contact")} fout={fouten.contact} />
            <TextField
              label="Beschikbaar vanaf"
              type="datetime-local"
              value={f.van}
              onChange={zet("van")}
              beschrijving="Leeg laten: altijd beschikbaar."
            />
            <TextField
              label="Beschikbaar tot"
              type="datetime-local"
              value={f.tot}
              onChange={zet("tot")}
              fout={fouten.tot}
            />
            <TextField label="Toelichting" value={f.toelichting} onChange={zet("toelichting")} />
            <ButtonGroup>
              <Button type="submit" soort="primary-action" bezig={bezig} disabled={bezig}>
                Bewaren
              </Button>
              <Button soort="subtle" onClick={() => zetBewerk(undefined)}>
                Annuleren
              </Button>
            </ButtonGroup>
          </form>
        </section>
      )}

      <Heading niveau={2}>Capaciteit van uw organisatie</Heading>
      {!items && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}
      {items && items.length === 0 && (
        <Paragraph>Uw organisatie heeft nog geen capaciteit vastgelegd.</Paragraph>
      )}
      {items && items.length > 0 && (
        <Table caption={`${items.length} ${items.length === 1 ? "item" : "items"}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Naam</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell className="cap-getal">Aantal</TableHeaderCell>
              <TableHeaderCell>Regio</TableHeaderCell>
              <TableHeaderCell>Toestand</TableHeaderCell>
              <TableHeaderCell>Bijgewerkt</TableHeaderCell>
              <TableHeaderCell>
                <span className="knp-visueel-verborgen">Acties</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((i) => (
              <TableRow key={i.id}>
                <TableCell kolom="Naam" className="knp-cel-hoofd">
                  {i.naam}
                </TableCell>
                <TableCell kolom="Type">
                  {cat.typen.find((t) => t.id === i.typeId)?.naam ?? i.typeId}
                </TableCell>
                <TableCell kolom="Aantal" className="cap-getal">
                  {i.aantal}
                </TableCell>
                <TableCell kolom="Regio">{i.regioNaam.replace(/^Veiligheidsregio /, "")}</TableCell>
                <TableCell kolom="Toestand">{TOESTAND_LABEL[i.toestand]}</TableCell>
                <TableCell kolom="Bijgewerkt">
                  {tijd(i.gewijzigd)} (versie {i.versie})
                </TableCell>
                <TableCell className="knp-acties">
                  {cat.typen.find((t) => t.id === i.typeId)?.magBeheren && (
                    <Button soort="secondary-action" onClick={() => open(i)}>
                      Bewerken<span className="knp-visueel-verborgen"> {i.naam}</span>
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
