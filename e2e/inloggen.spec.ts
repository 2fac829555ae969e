// Browser tests for logging in and out, the overview per role and user administration,
// in a real Chromium against the real service (fresh PGlite, demo users).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { ROLLEN } from "../src/domain/organisaties/rollen.ts";
import { ROL_TEGELS, TEGELS } from "../web/src/pages/overzicht/tegels.ts";
import { verwachtToegankelijk } from "./support/axe.ts";
import { browserOverslaan, nieuwTabblad, startBrowser, TELEFOON } from "./support/browser.ts";
import { focusOp, inloggen, tabNaar, uitloggen, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";
import { type DemoGebruiker, type DraaiendeServer, startKnooppunt } from "./support/server.ts";

const skip = browserOverslaan();

describe("inloggen in de browser", { skip, timeout: 600_000 }, () => {
  let server: DraaiendeServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startKnooppunt(), startBrowser()]);
    assert.ok(server.demoGebruikers.length > 0, "de server moet demogebruikers aanmaken (demo: true)");
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const beheerder = () => {
    const b = server.demoGebruikers.find((g) => g.rollen.includes("beheerder"));
    assert.ok(b, "er is een demogebruiker met de rol beheerder");
    return b;
  };

  test("elke demogebruiker logt in, ziet de tegels van zijn rollen en logt uit", async () => {
    const gezienRollen = new Set<string>();
    const eerste = server.demoGebruikers[0]!;

    async function controleer(g: DemoGebruiker): Promise<void> {
      const { context, page, fouten } = await nieuwTabblad(browser);
      try {
        await page.goto(`${server.url}/`);
        await wachtOpKop(page, "Inloggen");
        assert.match(new URL(page.url()).pathname, /^\/inloggen/, "niet ingelogd → naar de inlogpagina");
        if (g === eerste) await verwachtToegankelijk(page, "de inlogpagina");

        await inloggen(page, server.url, g);
        await wachtOpKop(page, "Overzicht");
        assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
        assert.equal(await page.title(), "Overzicht – Knooppunt");

        for (const rol of g.rollen) {
          gezienRollen.add(rol);
          const sectie = page.locator(`section[aria-labelledby="rol-${rol}"]`);
          const label = (ROLLEN as Record<string, string>)[rol];
          assert.ok(label, `demogebruiker ${g.gebruikersnaam} heeft onbekende rol ${rol}`);
          assert.equal((await sectie.getByRole("heading", { level: 2 }).textContent())?.trim(), label);
          const verwacht = ((ROL_TEGELS as Record<string, readonly (keyof typeof TEGELS)[]>)[rol] ?? []).map(
            (id) => TEGELS[id],
          );
          assert.ok(verwacht.length > 0, `rol ${rol} heeft tegels`);
          const links = sectie.getByRole("link");
          assert.deepEqual(
            (await links.allTextContents()).map((t) => t.trim()),
            verwacht.map((t) => t.titel),
            `tegels voor rol ${rol} (${g.gebruikersnaam})`,
          );
          for (const [i, t] of verwacht.entries()) {
            assert.equal(await links.nth(i).getAttribute("href"), t.href);
          }
        }
        // The header names the user and the organisation.
        const menuKnop = page.getByRole("button", { name: /gebruikersmenu/ });
        assert.match((await menuKnop.textContent()) ?? "", /\S/);
        await verwachtToegankelijk(page, `het overzicht van ${g.gebruikersnaam}`);

        await menuKnop.click();
        if (g === eerste) await verwachtToegankelijk(page, "het geopende gebruikersmenu");
        await page.getByRole("button", { name: "Uitloggen" }).click();
        await wachtOpKop(page, "Inloggen");
        await page.getByText("U bent uitgelogd.").waitFor();

        // The session is really gone: the overview sends us back to the login page.
        await page.goto(`${server.url}/`);
        await wachtOpKop(page, "Inloggen");
        assert.deepEqual(
          fouten.filter((f) => !f.includes("401")),
          [],
          `fouten in de browser (${g.gebruikersnaam})`,
        );
      } finally {
        await context.close();
      }
    }

    // Three at a time: one browser, separate contexts (own cookies), bounded load.
    const rij = [...server.demoGebruikers];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        for (let g = rij.shift(); g; g = rij.shift()) await controleer(g);
      }),
    );
    const zonder = Object.keys(ROLLEN).filter((r) => !gezienRollen.has(r));
    assert.deepEqual(zonder, [], "elke rol heeft een demogebruiker die is getest");
  });

  test("een verkeerd wachtwoord geeft een Nederlandse foutmelding", async () => {
    const { context, page } = await nieuwTabblad(browser);
    try {
      const g = server.demoGebruikers[0]!;
      const antwoord = page.waitForResponse(
        (r) => r.url().endsWith("/api/v1/sessie") && r.request().method() === "POST",
      );
      await inloggen(page, server.url, {
        gebruikersnaam: g.gebruikersnaam,
        wachtwoord: "fout-wachtwoord-123",
      });
      const r = await antwoord;
      assert.equal(r.status(), 401);
      assert.match(r.headers()["content-type"] ?? "", /application\/problem\+json/);
      const probleem = (await r.json()) as { code?: string; detail?: string };
      assert.equal(probleem.code, "inloggen-mislukt");
      assert.ok(probleem.detail, "de server geeft een detail");

      const melding = page.getByRole("alert");
      await melding.waitFor();
      const tekst = (await melding.textContent()) ?? "";
      assert.ok(tekst.includes(probleem.detail!), `de melding toont het detail van de server: ${tekst}`);
      assert.match(tekst, /Inloggen is niet gelukt/);
      assert.match(probleem.detail!, /wachtwoord|gebruikersnaam|inloggen/i, "het detail is Nederlands");
      assert.equal(
        await page.getByLabel("Wachtwoord", { exact: true }).inputValue(),
        "",
        "wachtwoord gewist",
      );
      assert.equal((await focusOp(page)).label, "Wachtwoord", "focus terug in het wachtwoordveld");
      await verwachtToegankelijk(page, "de inlogpagina met foutmelding");
      await schermafdruk(page, "inloggen-fout-desktop");

      // Empty fields: messages per field, without a round trip.
      await page.getByLabel("Gebruikersnaam").fill("");
      await page.getByRole("button", { name: "Inloggen" }).click();
      await page.getByText("Vul uw gebruikersnaam in.").waitFor();
      assert.equal(await page.getByLabel("Gebruikersnaam").getAttribute("aria-invalid"), "true");
      await verwachtToegankelijk(page, "de inlogpagina met veldfouten");
    } finally {
      await context.close();
    }
  });

  test("de beheerder voegt een gebruiker toe en blokkeert die", async () => {
    const { context, page } = await nieuwTabblad(browser);
    try {
      await inloggen(page, server.url, beheerder());
      await wachtOpKop(page, "Overzicht");
      await page
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "Gebruikers" })
        .click();
      await wachtOpKop(page, "Gebruikers");
      assert.equal(new URL(page.url()).pathname, "/beheer/gebruikers");
      await page.getByRole("table").waitFor();
      await verwachtToegankelijk(page, "de gebruikerspagina");

      // Submitting an empty form shows a message per field.
      await page.getByRole("button", { name: "Gebruiker toevoegen" }).click();
      await page.getByRole("alert").getByText("De gebruiker is niet toegevoegd").waitFor();
      await page.getByText("Kies ten minste één rol.").first().waitFor();
      await verwachtToegankelijk(page, "het toevoegformulier met fouten");

      const naam = `Test Gebruiker ${Date.now() % 100000}`;
      const gebruikersnaam = `test.${Date.now() % 100000}`;
      await page.getByLabel("Naam", { exact: true }).fill(naam);
      await page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
      await page.getByLabel("E-mailadres (niet verplicht)").fill(`${gebruikersnaam}@example.org`);
      await page.getByLabel("Eerste wachtwoord").fill("Lang-en-sterk-wachtwoord-2025!");
      const keuze = page.getByLabel("Organisatie", { exact: true });
      await page.waitForFunction(() => {
        const s = [...document.querySelectorAll("select")].find((x) => x.name === "organisatieId");
        return !!s && !s.disabled && s.options.length > 1;
      });
      const eersteOrg = await keuze.locator("option:not([value=''])").first().getAttribute("value");
      assert.ok(eersteOrg);
      await keuze.selectOption(eersteOrg);
      await page.getByRole("checkbox", { name: ROLLEN.burgemeester, exact: true }).check();
      await page.getByRole("button", { name: "Gebruiker toevoegen" }).click();

      await page.getByText(`${naam} (${gebruikersnaam}) is toegevoegd.`).waitFor();
      const rij = page.getByRole("row").filter({ hasText: gebruikersnaam });
      await rij.getByText("Actief").waitFor();
      await schermafdruk(page, "gebruikers-desktop");

      await rij.getByRole("button", { name: `Blokkeren ${naam}` }).click();
      const ja = rij.getByRole("button", { name: "Ja, blokkeren" });
      assert.equal((await focusOp(page)).tekst, "Ja, blokkeren", "focus op de bevestiging");
      await verwachtToegankelijk(page, "de blokkeerbevestiging");
      await ja.click();
      await page.getByText(`${naam} (${gebruikersnaam}) is geblokkeerd.`).waitFor();
      await rij.getByText("Geblokkeerd").waitFor();
      assert.equal(await rij.getByRole("button", { name: /Blokkeren/ }).count(), 0);

      // A blocked user cannot log in.
      const ander = await nieuwTabblad(browser);
      try {
        await inloggen(ander.page, server.url, {
          gebruikersnaam,
          wachtwoord: "Lang-en-sterk-wachtwoord-2025!",
        });
        await ander.page.getByRole("alert").waitFor();
        assert.notEqual(new URL(ander.page.url()).pathname, "/");
      } finally {
        await ander.context.close();
      }
    } finally {
      await context.close();
    }
  });

  test("inloggen en uitloggen werkt alleen met het toetsenbord", async () => {
    const { context, page } = await nieuwTabblad(browser);
    try {
      const g = server.demoGebruikers[0]!;
      await page.goto(`${server.url}/inloggen`);
      await wachtOpKop(page, "Inloggen");

      await page.keyboard.press("Tab");
      assert.equal((await focusOp(page)).tekst, "Naar de inhoud", "eerste Tab: de skiplink");
      await page.keyboard.press("Enter");
      await tabNaar(page, (f) => f.label === "Gebruikersnaam", "het veld Gebruikersnaam", 3);
      await page.keyboard.type(g.gebruikersnaam);
      await page.keyboard.press("Tab");
      assert.equal((await focusOp(page)).label, "Wachtwoord");
      await page.keyboard.type(g.wachtwoord);
      await page.keyboard.press("Enter");
      await wachtOpKop(page, "Overzicht");
      await page.waitForFunction(() => document.activeElement?.tagName === "H1");
      assert.equal((await focusOp(page)).tekst, "Overzicht", "na inloggen staat de focus op de paginakop");

      // Open the user menu by keyboard, close it with Escape, open again and log out.
      await page.keyboard.press("Shift+Tab");
      for (let i = 0; i < 10 && !/gebruikersmenu/.test((await focusOp(page)).tekst); i++) {
        await page.keyboard.press("Shift+Tab");
      }
      assert.match((await focusOp(page)).tekst, /gebruikersmenu/);
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Uitloggen" }).waitFor();
      await page.keyboard.press("Escape");
      assert.equal(await page.getByRole("button", { name: "Uitloggen" }).count(), 0, "Escape sluit het menu");
      assert.match((await focusOp(page)).tekst, /gebruikersmenu/, "focus terug op de menuknop");
      await page.keyboard.press("Enter");
      await tabNaar(page, (f) => f.tekst === "Uitloggen", "de knop Uitloggen", 5);
      await page.keyboard.press("Enter");
      await wachtOpKop(page, "Inloggen");
      await page.getByText("U bent uitgelogd.").waitFor();
    } finally {
      await context.close();
    }
  });

  test("een onbekende pagina geeft een Nederlandse 404 en wie geen rol heeft ziet 'Geen toegang'", async () => {
    const { context, page } = await nieuwTabblad(browser);
    try {
      const g = server.demoGebruikers.find((x) => !x.rollen.includes("beheerder"))!;
      await inloggen(page, server.url, g);
      await wachtOpKop(page, "Overzicht");
      await page.goto(`${server.url}/bestaat/niet`);
      await wachtOpKop(page, "Pagina niet gevonden");
      await verwachtToegankelijk(page, "de 404-pagina");
      await schermafdruk(page, "niet-gevonden-desktop");
      await page.getByRole("main").getByRole("link", { name: "overzicht" }).click();
      await wachtOpKop(page, "Overzicht");

      await page.goto(`${server.url}/beheer/gebruikers`);
      await wachtOpKop(page, "Geen toegang");
      await verwachtToegankelijk(page, "de pagina Geen toegang");
    } finally {
      await context.close();
    }
  });

  test("schermafdrukken op desktop en telefoon (390 px)", async () => {
    const burgemeester = server.demoGebruikers.find((g) => g.rollen.includes("burgemeester")) ?? beheerder();
    for (const [soort, opties] of [
      ["desktop", {}],
      ["telefoon", { viewport: TELEFOON, telefoon: true }],
    ] as const) {
      const { context, page } = await nieuwTabblad(browser, opties);
      try {
        await page.goto(`${server.url}/inloggen`);
        await wachtOpKop(page, "Inloggen");
        await schermafdruk(page, `inloggen-${soort}`);
        await inloggen(page, server.url, burgemeester);
        await wachtOpKop(page, "Overzicht");
        await schermafdruk(page, `overzicht-${soort}`);
        await page.getByRole("button", { name: /gebruikersmenu/ }).click();
        await schermafdruk(page, `gebruikersmenu-${soort}`, { volledig: false });
        await verwachtToegankelijk(page, `het gebruikersmenu (${soort})`);
        await page.keyboard.press("Escape");
        await uitloggen(page);

        await inloggen(page, server.url, beheerder());
        await wachtOpKop(page, "Overzicht");
        await page.goto(`${server.url}/beheer/gebruikers`);
        await page.getByRole("table").waitFor();
        await schermafdruk(page, `gebruikers-${soort}`);
        await verwachtToegankelijk(page, `de gebruikerspagina (${soort})`);
        await page.goto(`${server.url}/nog-niet`);
        await wachtOpKop(page, "Pagina niet gevonden");
        await schermafdruk(page, `niet-gevonden-${soort}`);
      } finally {
        await context.close();
      }
    }
  });
});
