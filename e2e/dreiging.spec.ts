// Dreigingsniveau 5 in the browser (ADR 0800): the NCTV announces level 5, the mayor of Utrecht
// closes the schools, the NCTV lowers after the overleg with Utrecht and informs the public, and
// the mayor still sees his measure in force and ends it with what he communicated.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { verwachtToegankelijk } from "./support/axe.ts";
import { browserOverslaan, nieuwTabblad, startBrowser } from "./support/browser.ts";
import { inloggen, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";
import { type DraaiendeServer, startKnooppunt } from "./support/server.ts";

const skip = browserOverslaan();

const veldFout = (page: Page, tekst: string) =>
  page.locator(".utrecht-form-field-error-message", { hasText: tekst });

describe("dreigingsniveau in de browser", { skip, timeout: 300_000 }, () => {
  let server: DraaiendeServer;
  let browser: Browser;
  let nctv: Page;
  let bm: Page;
  const fouten: string[][] = [];

  const demo = (naam: string) => {
    const g = server.demoGebruikers.find((x) => x.gebruikersnaam === naam);
    assert.ok(g, `demogebruiker ${naam}`);
    return g;
  };

  before(async () => {
    [server, browser] = await Promise.all([startKnooppunt(), startBrowser()]);
    const a = await nieuwTabblad(browser);
    const b = await nieuwTabblad(browser);
    nctv = a.page;
    bm = b.page;
    fouten.push(a.fouten, b.fouten);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const naarDreiging = async (page: Page) => {
    await wachtOpKop(page, "Overzicht");
    await page.getByRole("link", { name: "Dreigingsniveau" }).first().click();
    await wachtOpKop(page, "Dreigingsniveau");
  };

  test("de NCTV kondigt dreigingsniveau 5 af, met duiding en oproep (zonder: de fout staat bij het veld)", async () => {
    await inloggen(nctv, server.url, demo("demo-nctv-dreiging"));
    await naarDreiging(nctv);
    await nctv.getByRole("heading", { name: /Landelijk dreigingsniveau: 4/ }).waitFor();
    await nctv.getByRole("button", { name: "Dreigingsniveau 5 afkondigen" }).click();
    // The message stands beside the field it names (and in the summary above the form).
    await veldFout(
      nctv,
      "is verplicht bij dreigingsniveau 5: de eerste duiding van de situatie door de NCTV",
    ).waitFor();
    await nctv
      .getByLabel("Eerste duiding van de situatie")
      .fill("Aanslag bij Utrecht Centraal; daders voortvluchtig.");
    await nctv.getByLabel("Oproep aan burgers").fill("Volg de aanwijzingen van het lokaal gezag op.");
    await nctv.getByRole("button", { name: "Dreigingsniveau 5 afkondigen" }).click();
    await nctv.getByRole("heading", { name: /Landelijk dreigingsniveau: 5/ }).waitFor();
    await nctv.getByText("Dreigingsniveau 5 is afgekondigd.").waitFor();
    await verwachtToegankelijk(nctv, "de dreigingspagina van de NCTV op niveau 5");
  });

  test("de burgemeester van Utrecht legt vast dat de scholen dicht zijn", async () => {
    await inloggen(bm, server.url, demo("demo-burgemeester"));
    await naarDreiging(bm);
    await bm.getByRole("heading", { name: /Landelijk dreigingsniveau: 5/ }).waitFor();
    await bm.getByLabel("Voorbeeld (optioneel)").selectOption({ label: "Sluiten van scholen" });
    assert.equal(await bm.getByLabel("Omschrijving van de maatregel").inputValue(), "Sluiten van scholen");
    await bm
      .getByLabel("Omschrijving van de maatregel")
      .fill("Alle scholen in de gemeente Utrecht zijn gesloten");
    await bm.getByRole("button", { name: "Maatregel vastleggen" }).click();
    await bm.getByText("De maatregel is vastgelegd.").waitFor();
    await bm.getByText("Alle scholen in de gemeente Utrecht zijn gesloten").first().waitFor();
    await verwachtToegankelijk(bm, "de dreigingspagina van de burgemeester met een maatregel");
  });

  test("de NCTV schaalt af na overleg met Utrecht; de maatregel blijft van kracht; de NCTV informeert de maatschappij", async () => {
    await nctv.reload();
    await wachtOpKop(nctv, "Dreigingsniveau");
    await nctv.getByLabel("Gemeente of veiligheidsregio").selectOption({ label: "Gemeente Utrecht" });
    await nctv.getByRole("button", { name: "Toevoegen aan overleg" }).click();
    await nctv
      .getByLabel("Samenvatting van het overleg")
      .fill("Burgemeester Utrecht stemt in met afschaling naar 4.");
    await nctv.getByRole("button", { name: "Afschalen naar 4" }).click();
    await nctv.getByRole("heading", { name: /Landelijk dreigingsniveau: 4/ }).waitFor();
    const blijft = nctv
      .getByRole("status")
      .filter({ hasText: "Nog van kracht na verlaging van het dreigingsniveau" });
    await blijft.getByText(/Utrecht: Alle scholen in de gemeente Utrecht zijn gesloten/).waitFor();
    await nctv.getByText("Nog te doen: de maatschappij informeren").waitFor();
    await verwachtToegankelijk(nctv, "de NCTV na afschaling, met de open taak");
    await nctv
      .getByLabel("Hoe en met welke boodschap is de maatschappij geïnformeerd")
      .fill("Persbericht en nctv.nl: dreigingsniveau terug naar 4.");
    await nctv.getByRole("button", { name: "Informeren vastleggen" }).click();
    await nctv.getByText("Vastgelegd hoe de maatschappij over de verlaging is geïnformeerd.").waitFor();
    assert.equal(await nctv.getByText("Nog te doen: de maatschappij informeren").count(), 0);
  });

  test("de burgemeester ziet zijn maatregel nog van kracht en beëindigt hem met wat hij communiceerde", async () => {
    await bm.reload();
    await wachtOpKop(bm, "Dreigingsniveau");
    await bm.getByText("Nog van kracht na verlaging van het dreigingsniveau").first().waitFor();
    await schermafdruk(bm, "dreiging-burgemeester-na-verlaging", { volledig: false });
    await bm.getByRole("button", { name: /Beëindigen: Alle scholen/ }).click();
    await bm.getByRole("button", { name: "Maatregel beëindigen" }).click();
    await veldFout(
      bm,
      "is verplicht: wat heeft het bevoegd gezag over de beëindiging gecommuniceerd",
    ).waitFor();
    await bm
      .getByLabel(/Wat is gecommuniceerd over het beëindigen/)
      .fill("Scholen maandag weer open; persbericht gemeente.");
    await bm.getByRole("button", { name: "Maatregel beëindigen" }).click();
    await bm.getByText("De maatregel is beëindigd.").waitFor();
    await bm.getByText("Er zijn geen maatregelen van kracht.").waitFor();
    assert.equal(await bm.getByText("Nog van kracht na verlaging van het dreigingsniveau").count(), 0);
    await verwachtToegankelijk(bm, "de burgemeester na het beëindigen");
    assert.deepEqual(
      fouten.flat().filter((f) => !f.includes("401") && !f.includes("400")),
      [],
      "geen fouten in de browser (401: de sessievraag vóór het inloggen; 400: de bewust lege formulieren)",
    );
  });
});
