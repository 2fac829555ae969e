// Browser test of a scarcity decision (issue 5): two competing demands for TIN-platoons, NSGBO/SGBO
// computes the plan and sees the explanations, the Crisisberaad (NCTV/CBB) adopts it, the capacity is
// booked and shows in the LOCC's overview at that moment; the owner keeps an item current. Axe on
// every page; screenshots in screenshots/.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { laadDemoCapaciteit } from "../src/db/capaciteit.ts";
import { type GestarteServer, startServer } from "../src/server.ts";
import { verwachtToegankelijk } from "./support/axe.ts";
import { browserOverslaan, nieuwTabblad, startBrowser, TELEFOON } from "./support/browser.ts";
import { focusOp, inloggen, tabNaar, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";

const skip = browserOverslaan();
const WACHTWOORD = "e2e-capaciteit-Wachtwoord-1";
const REPO = fileURLToPath(new URL("../", import.meta.url));

describe("capaciteit in de browser", { skip, timeout: 600_000 }, () => {
  let server: GestarteServer;
  let browser: Browser;
  let dataDir: string;
  let webDir: string;
  let planUrl = "";

  before(async () => {
    // Own build and own server: this file needs the demo capacity (laadDemoCapaciteit) as well.
    webDir = mkdtempSync(join(tmpdir(), "knooppunt-web-cap-"));
    const { build } = await import("vite");
    await build({
      configFile: join(REPO, "web/vite.config.ts"),
      logLevel: "warn",
      build: { outDir: webDir, emptyOutDir: true },
    });
    dataDir = mkdtempSync(join(tmpdir(), "knooppunt-e2e-cap-"));
    [server, browser] = await Promise.all([
      startServer({
        port: 0,
        host: "127.0.0.1",
        dataDir,
        demo: true,
        demoWachtwoord: WACHTWOORD,
        logLevel: "warn",
        config: { loginPogingenPerMinuut: 10_000, webDir },
      }),
      startBrowser(),
    ]);
    // startServer loads the demo capacity already; this call is idempotent and returns 0 then.
    await laadDemoCapaciteit(server.deps.database);
    const { n } = await server.deps.database.db
      .selectFrom("capaciteit_items")
      .select((e) => e.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    assert.ok(Number(n) > 0, "democapaciteit geladen");
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function als(gebruikersnaam: string, opties: { telefoon?: boolean } = {}) {
    const tab = await nieuwTabblad(browser, opties.telefoon ? { viewport: TELEFOON, telefoon: true } : {});
    await inloggen(tab.page, server.url, { gebruikersnaam, wachtwoord: WACHTWOORD });
    await wachtOpKop(tab.page, "Overzicht");
    return tab;
  }

  const tekst = async (page: Page) => (await page.locator("main").textContent()) ?? "";

  test("NSGBO/SGBO ziet de schaarste, berekent het plan met uitleg en dient het in", async () => {
    const { context, page } = await als("demo-nsgbo-sgbo");
    try {
      await page.getByRole("link", { name: "Capaciteit", exact: true }).first().click();
      await wachtOpKop(page, "Capaciteitenoverzicht");
      await page.getByRole("link", { name: "Schaarste en inzetplan" }).click();
      await wachtOpKop(page, "Schaarste en inzetplan");
      const schaarste = page.getByRole("status").filter({ hasText: "Schaarste" });
      await schaarste.waitFor();
      assert.match((await schaarste.textContent()) ?? "", /TIN-peloton.*gevraagd 5, beschikbaar 4, tekort 1/);
      await page.getByRole("cell", { name: "Utrecht Centraal (objectbewaking)" }).waitFor();
      await page.getByRole("cell", { name: "Rotterdam, haven (risico-objecten)" }).waitFor();
      // LCP §6.2.2 (leesbaar 82-84): the plan is for Defence assistance at several places (ADR 0352).
      const uitleg = await tekst(page);
      assert.match(
        uitleg,
        /meerdere plekken en\/of in meerdere regio's behoefte ontstaat aan bijstand van Defensie/,
      );
      assert.doesNotMatch(uitleg, /dezelfde schaarse capaciteit/);
      assert.match(uitleg, /bijstand van Defensie op 2 plekken/);
      await verwachtToegankelijk(page, "schaarste en inzetplan");
      await schermafdruk(page, "capaciteit-schaarste");

      // TIN rests on the OvJ's consent (ADR 0353): shown per demand, and asked in the registration form.
      assert.match(uitleg, /mr\. J\. Visser, officier van justitie Midden-Nederland \(demo\)/);
      await page.getByRole("button", { name: "Nieuwe vraag" }).click();
      await page.getByRole("group", { name: "Instemming officier van justitie" }).waitFor();
      assert.ok(await page.getByLabel("Naam officier van justitie").isVisible());
      await verwachtToegankelijk(page, "vraag registreren met instemming OvJ");
      await page.getByLabel("Capaciteitstype").last().selectOption("ambulance");
      assert.equal(await page.getByRole("group", { name: "Instemming officier van justitie" }).count(), 0);
      await page.getByRole("button", { name: "Annuleren" }).click();

      // The advice covers the scarce types, is shown here, and books nothing.
      await page.getByRole("button", { name: "Bereken advies" }).click();
      await page.getByRole("heading", { level: 2, name: "Advies (niet geboekt)" }).waitFor();
      assert.match(await tekst(page), /geen besluit: er wordt niets geboekt/);
      await verwachtToegankelijk(page, "het advies");

      await page.getByRole("button", { name: "Bereken voorstel" }).click();
      await wachtOpKop(page, "Capaciteiten- en inzetplan");
      await page.getByRole("heading", { level: 2, name: /CIP-\d{4}-\d{4}: Concept/ }).waitFor();
      planUrl = page.url();
      // Explanations per demand: why, what it costs others, what stays unfilled and why.
      await page
        .getByRole("heading", { level: 4, name: "Utrecht Centraal (objectbewaking): 3 van 3 toegewezen" })
        .waitFor();
      await page
        .getByRole("heading", { level: 4, name: "Rotterdam, haven (risico-objecten): 1 van 2 toegewezen" })
        .waitFor();
      const t = await tekst(page);
      assert.match(t, /Waarom.*Aanvraag Utrecht Centraal \(objectbewaking\) \(prioriteit 1\) krijgt 3 van 3/);
      assert.match(t, /Gevolg voor anderen.*Rotterdam, haven \(risico-objecten\) \(prioriteit 4, 1 tekort\)/);
      assert.match(t, /Niet vervuld.*hogere prioriteit/);
      assert.match(t, /type TIN-peloton \(Terrorisme In Nederland\)/, "typen bij naam, niet bij id");
      assert.ok(await page.getByRole("link", { name: "Plan als PDF (A4)" }).isVisible());
      await verwachtToegankelijk(page, "het berekende plan");
      await schermafdruk(page, "capaciteit-plan-concept");

      await page.getByRole("button", { name: "Indienen bij het Crisisberaad" }).click();
      await page.getByText("Het plan is ingediend bij het Crisisberaad Opschaling BB.").waitFor();
      await page.getByRole("heading", { level: 2, name: /Ingediend bij het Crisisberaad/ }).waitFor();
      // NSGBO cannot adopt its own plan: there is no assessment form for it.
      assert.equal(await page.getByRole("button", { name: "Beoordeling vastleggen" }).count(), 0);
      await verwachtToegankelijk(page, "het ingediende plan");
    } finally {
      await context.close();
    }
  });

  test("het Crisisberaad (NCTV/CBB) stelt het plan vast; de capaciteit wordt gereserveerd", async () => {
    assert.ok(planUrl, "het vorige scenario heeft een plan opgeleverd");
    const { context, page } = await als("demo-nctv-cbb");
    try {
      await page.goto(planUrl);
      await wachtOpKop(page, "Capaciteiten- en inzetplan");
      await page
        .getByRole("heading", { level: 3, name: "Beoordeling door het Crisisberaad Opschaling BB" })
        .waitFor();
      // The uitgangspunten the Crisisberaad weighs, in the source's words (review dekking D8).
      await page.getByText("Uitgangspunten van het crisisplan om mee te wegen (§3.2.3)").click();
      await page.getByText(/Groepsoverleving gaat voor individuele overleving/).waitFor();
      await verwachtToegankelijk(page, "het plan met het beoordelingsformulier");
      // Keyboard only: choose the outcome, write the note, submit.
      await page.getByRole("radio", { name: "Vastgesteld", exact: true }).focus();
      await page.keyboard.press("Space");
      await page.getByLabel("Toelichting van het Crisisberaad").focus();
      await page.keyboard.type("Vastgesteld in het Crisisberaad; redden en voorkomen gaan voor.");
      await tabNaar(
        page,
        (f) => f.tag === "button" && f.tekst === "Beoordeling vastleggen",
        "de knop Beoordeling vastleggen",
      );
      await page.keyboard.press("Enter");
      await page.getByText("De beoordeling is vastgelegd en de capaciteit is gereserveerd.").waitFor();
      await page.getByRole("heading", { level: 2, name: /: Vastgesteld$/ }).waitFor();
      // The exact count depends on what the demo requests already hold; at least one is booked.
      await page.getByText(/Geboekt: [1-9]\d* reservering(en)?\./).waitFor();
      const t = await tekst(page);
      assert.match(t, /Crisisberaad Opschaling BB · beoordeling: vastgesteld/);
      assert.match(t, /Vastgestelde toewijzingen/);
      assert.equal((await focusOp(page)).tag, "div", "de melding krijgt de focus");
      await verwachtToegankelijk(page, "het vastgestelde plan");
      await schermafdruk(page, "capaciteit-plan-vastgesteld");
    } finally {
      await context.close();
    }
  });

  test("het LOCC ziet de reserveringen in het overzicht op een moment, met kaart en historie", async () => {
    const { context, page } = await als("demo-locc-piket");
    try {
      await page.goto(`${server.url}/capaciteit`);
      await wachtOpKop(page, "Capaciteitenoverzicht");
      await page.getByRole("region", { name: /Kaart van de capaciteit/ }).waitFor();
      await verwachtToegankelijk(page, "het capaciteitenoverzicht (nu)");
      // Two hours from now the plan's reservations have begun.
      const over2uur = new Date(Date.now() + 2 * 3_600_000);
      const p = (n: number) => String(n).padStart(2, "0");
      const lokaal = `${over2uur.getFullYear()}-${p(over2uur.getMonth() + 1)}-${p(over2uur.getDate())}T${p(over2uur.getHours())}:${p(over2uur.getMinutes())}`;
      await page.getByRole("radio", { name: "Op moment" }).check();
      await page.getByLabel("Moment", { exact: true }).fill(lokaal);
      await page.getByLabel("Capaciteitstype").selectOption("defensie-tin-peloton");
      await page.getByRole("button", { name: "Toon overzicht" }).click();
      await page.getByRole("heading", { level: 2, name: /Geboekt en ingezet op/ }).waitFor();
      const rijen = page.locator("table").first().locator("tbody tr");
      // Three regions with platoons, and Rotterdam with the demand that stayed unfilled.
      assert.equal(await rijen.count(), 4);
      const rotterdam = rijen.filter({ hasText: "Rotterdam-Rijnmond" });
      assert.equal((await rotterdam.locator('td[data-kolom="Open vraag"]').textContent())?.trim(), "1");
      const gereserveerd = await page
        .locator("table")
        .first()
        .locator('td[data-kolom="Gereserveerd"]')
        .allTextContents();
      assert.equal(
        gereserveerd.reduce((a, x) => a + Number(x), 0),
        4,
        "alle vier pelotons gereserveerd",
      );
      // The history lists every booking at that moment (also the demo request's KMar platoon, deployed
      // since its phone decision); the plan's are the four TIN reservations.
      const historie = page.locator("table").nth(1).locator("tbody tr").filter({ hasText: "TIN-peloton" });
      assert.equal(await historie.count(), 4);
      for (const rij of await historie.allTextContents()) assert.match(rij, /Gereserveerd/);
      const csv = page.getByRole("link", { name: "Download als CSV (Excel)" });
      assert.match((await csv.getAttribute("href")) ?? "", /overzicht\.csv\?.*moment=/);
      await verwachtToegankelijk(page, "het overzicht op een moment");
      await schermafdruk(page, "capaciteit-overzicht-moment");
    } finally {
      await context.close();
    }
  });

  test("de eigenaar (Defensie DOPS) werkt een item bij, ook op een telefoon", async () => {
    const { context, page } = await als("demo-defensie-dops", { telefoon: true });
    try {
      await page.goto(`${server.url}/capaciteit?weergave=eigen`);
      await wachtOpKop(page, "Mijn capaciteit");
      await page.getByRole("row").filter({ hasText: "Vervoerscapaciteit DVOW" }).waitFor();
      await verwachtToegankelijk(page, "mijn capaciteit");
      await page.getByRole("button", { name: "Bewerken Vervoerscapaciteit DVOW" }).click();
      await page.getByRole("heading", { level: 2, name: "Vervoerscapaciteit DVOW bijwerken" }).waitFor();
      await page.getByLabel("Aantal").fill("8");
      await page.getByLabel("Toestand").selectOption("niet-inzetbaar");
      await verwachtToegankelijk(page, "het bewerkformulier");
      await schermafdruk(page, "capaciteit-eigen-bewerken-telefoon");
      await page.getByRole("button", { name: "Bewaren" }).click();
      await page.getByText("Vervoerscapaciteit DVOW is bijgewerkt (versie 2).").waitFor();
      // The message can show before the list is re-read: wait for the row's new version.
      const rij = page.getByRole("row").filter({ hasText: "Vervoerscapaciteit DVOW" });
      await rij.filter({ hasText: "versie 2" }).waitFor({ timeout: 10_000 });
      assert.match((await rij.textContent()) ?? "", /8.*Niet inzetbaar/);
    } finally {
      await context.close();
    }
  });
});
