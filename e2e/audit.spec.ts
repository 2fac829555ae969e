// The audit trail in the browser: the auditor reads every record, checks the hash chain and
// filters; the beheerder reads only the records of beheer.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { verwachtToegankelijk } from "./support/axe.ts";
import { browserOverslaan, nieuwTabblad, startBrowser } from "./support/browser.ts";
import { inloggen, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";
import { type DraaiendeServer, startKnooppunt } from "./support/server.ts";

const skip = browserOverslaan();

describe("audittrail in de browser", { skip, timeout: 300_000 }, () => {
  let server: DraaiendeServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startKnooppunt(), startBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const demo = (naam: string) => {
    const g = server.demoGebruikers.find((x) => x.gebruikersnaam === naam);
    assert.ok(g, `demogebruiker ${naam}`);
    return g;
  };

  test("de auditor opent de audittrail via zijn tegel, controleert de keten en filtert op aanvragen", async () => {
    const { context, page, fouten } = await nieuwTabblad(browser);
    try {
      await inloggen(page, server.url, demo("demo-auditor"));
      await wachtOpKop(page, "Overzicht");
      await page.getByRole("link", { name: "Audittrail" }).first().click();
      await wachtOpKop(page, "Audittrail");
      const tabel = page.getByRole("table");
      await tabel.waitFor();
      assert.ok((await tabel.getByRole("row").count()) > 10, "de demo heeft al records");

      await page.getByRole("button", { name: "Keten controleren" }).click();
      await page.getByText("De keten klopt").waitFor();

      await page.getByLabel("Soort actie").selectOption("aanvraag");
      await page.getByRole("button", { name: "Zoeken" }).click();
      await page.waitForFunction(() => {
        const cellen = [...document.querySelectorAll("td[data-kolom='Actie'], td")].map(
          (c) => c.textContent ?? "",
        );
        return cellen.some((c) => c.startsWith("aanvraag")) && !cellen.some((c) => c.startsWith("sessie."));
      });
      const acties = await tabel.locator("code").allTextContents();
      assert.ok(
        acties.some((a) => a.startsWith("aanvraag")),
        `alleen aanvraagacties na het filter: ${acties.slice(0, 5).join(", ")}`,
      );
      // A record about a request links to its page.
      const link = tabel.getByRole("link").first();
      assert.match((await link.getAttribute("href")) ?? "", /^\/aanvragen\//);
      await verwachtToegankelijk(page, "de audittrail van de auditor");
      await schermafdruk(page, "audittrail-auditor", { volledig: false });
      assert.deepEqual(
        fouten.filter((f) => !f.includes("401")),
        [],
        "geen fouten in de browser (401: de sessievraag vóór het inloggen)",
      );
    } finally {
      await context.close();
    }
  });

  test("de beheerder ziet alleen de records van beheer, en dat staat erbij", async () => {
    const { context, page, fouten } = await nieuwTabblad(browser);
    try {
      await inloggen(page, server.url, demo("demo-beheerder"));
      await wachtOpKop(page, "Overzicht");
      await page.goto(`${server.url}/audit`);
      await wachtOpKop(page, "Audittrail");
      await page.getByText("U ziet als beheerder alleen de records van beheer").waitFor();
      await page.getByRole("table").waitFor();
      const acties = await page.getByRole("table").locator("code").allTextContents();
      const soorten = acties.filter((a) => /^[a-z-]+\./.test(a));
      assert.ok(soorten.length > 0, "er zijn records");
      assert.ok(
        soorten.every((a) => /^(gebruiker|sessie|outbox|referentie|demo|regiogrenzen)\./.test(a)),
        `alleen beheer: ${[...new Set(soorten)].join(", ")}`,
      );
      const opties = await page.getByLabel("Soort actie").locator("option").allTextContents();
      assert.ok(!opties.includes("Aanvragen"), "geen filter op aanvragen voor de beheerder");
      assert.deepEqual(
        fouten.filter((f) => !f.includes("401")),
        [],
        "geen fouten in de browser (401: de sessievraag vóór het inloggen)",
      );
    } finally {
      await context.close();
    }
  });
});
