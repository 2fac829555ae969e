// Browser tests for the wegwijzer and the procedure catalogue, in a real Chromium against the
// real service: walk to two procedures (one by keyboard only) and a refusal, check the advice
// against the domain's own answer, axe on every page, screenshots on desktop and phone.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { type Advies, PROCEDURE_IDS, route } from "../src/domain/wegwijzer/index.ts";
import { verwachtToegankelijk } from "./support/axe.ts";
import { browserOverslaan, nieuwTabblad, startBrowser, TELEFOON } from "./support/browser.ts";
import { focusOp, inloggen, tabNaar, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";
import { type DemoGebruiker, type DraaiendeServer, startKnooppunt } from "./support/server.ts";

const skip = browserOverslaan();

const KMAR_SPOED = {
  sector: "politie",
  ownCapacitySufficient: false,
  missingPerson: null,
  task: "openbare-orde",
  provider: "kmar",
  locationBound: true,
  urgent: true,
} as const;

/** The element with focus is the fieldset of a question whose legend contains `vraag`. */
async function wachtOpVraagMetFocus(page: Page, vraag: string): Promise<void> {
  await page.waitForFunction(
    (v) => {
      const e = document.activeElement;
      return e?.tagName === "FIELDSET" && (e.querySelector("legend")?.textContent ?? "").includes(v);
    },
    vraag,
    { timeout: 10_000 },
  );
}

/** Chooses an option of the focused question with arrow keys and submits with Enter. */
async function kiesMetToetsenbord(page: Page, vraag: string, optie: string): Promise<void> {
  await wachtOpVraagMetFocus(page, vraag);
  const labels = (await page.locator("fieldset:focus .ww-optie__label").allTextContents()).map((t) =>
    t.trim(),
  );
  const i = labels.indexOf(optie);
  assert.ok(i >= 0, `optie '${optie}' bij '${vraag}', gezien: ${labels.join(" | ")}`);
  await page.keyboard.press("Tab");
  assert.equal((await focusOp(page)).label?.trim(), labels[0], "Tab gaat naar de eerste optie");
  if (i === 0) await page.keyboard.press("Space");
  for (let n = 0; n < i; n++) await page.keyboard.press("ArrowDown");
  assert.equal((await focusOp(page)).label?.trim(), optie);
  await page.keyboard.press("Tab");
  assert.equal((await focusOp(page)).tekst, "Volgende", "na de opties komt de knop Volgende");
  await page.keyboard.press("Enter");
}

async function kiesMetMuis(page: Page, vraag: string, optie: string): Promise<void> {
  const formulier = page.locator("form.ww-vraag").filter({ hasText: vraag });
  await formulier.waitFor();
  await formulier.getByLabel(optie, { exact: true }).check();
  await formulier.getByRole("button", { name: "Volgende" }).click();
}

/** Asserts what the advice shows against the domain's own advice for the same question. */
async function controleerAdvies(page: Page, verwacht: Advies): Promise<void> {
  const advies = page.locator("section.ww-advies");
  await advies.getByRole("heading", { level: 2, name: verwacht.title }).waitFor();
  const tekst = (await advies.textContent()) ?? "";
  if (verwacht.legalBasis) {
    const { article, paragraph, law } = verwacht.legalBasis;
    const grondslag = [article && `artikel ${article}`, paragraph && `lid ${paragraph}`, law]
      .filter(Boolean)
      .join(" ");
    assert.ok(tekst.includes(grondslag), `grondslag '${grondslag}' staat in het advies`);
  }
  for (const r of verwacht.reasons) {
    assert.ok(tekst.includes(r.text), `reden: ${r.text}`);
    assert.ok(tekst.includes(r.citationText), `bron bij reden: ${r.citationText}`);
  }
  const nummer = verwacht.firstContact?.telefoon.find((t) => t.bereikbaarheid === "24/7-bij-spoed");
  if (nummer) {
    const link = advies.getByRole("link", { name: nummer.nummer }).first();
    assert.equal(await link.getAttribute("href"), `tel:${nummer.nummer.replace(/[^\d+]/g, "")}`);
    assert.ok(tekst.includes("24/7"), "24/7 bereikbaarheid vermeld");
  }
  const stappen = advies.locator("ol.ww-stappen > li");
  assert.equal(await stappen.count(), verwacht.steps.length, "elke stap van het advies staat er, genummerd");
}

describe("wegwijzer in de browser", { skip, timeout: 600_000 }, () => {
  let server: DraaiendeServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startKnooppunt(), startBrowser()]);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const gebruiker = (rol: string): DemoGebruiker => {
    const g = server.demoGebruikers.find((x) => x.rollen.includes(rol as never));
    assert.ok(g, `er is een demogebruiker met de rol ${rol}`);
    return g;
  };

  test("met alleen het toetsenbord naar §3 KMar bij spoed (openbare orde)", async () => {
    const { context, page, fouten } = await nieuwTabblad(browser);
    try {
      await inloggen(page, server.url, gebruiker("burgemeester"));
      await wachtOpKop(page, "Overzicht");
      await page.goto(`${server.url}/wegwijzer`);
      await wachtOpKop(page, "Wegwijzer bijstand");
      await page.locator("form.ww-vraag").waitFor();
      await verwachtToegankelijk(page, "de eerste vraag van de wegwijzer");

      await tabNaar(page, (f) => (f.label ?? "").startsWith("Politie"), "de eerste optie van vraag 1", 30);
      await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      assert.equal((await focusOp(page)).tekst, "Volgende");
      await page.keyboard.press("Enter");

      await kiesMetToetsenbord(page, "Is de capaciteit binnen de eenheid voldoende", "Nee");
      // The live region announces each new question.
      await page.waitForFunction(() =>
        (document.querySelector("[aria-live]")?.textContent ?? "").includes(
          "Vraag 3: Gaat het om het zoeken",
        ),
      );
      await kiesMetToetsenbord(page, "Gaat het om het zoeken naar een vermiste persoon?", "Nee");
      await kiesMetToetsenbord(page, "Voor welke politietaak", "Handhaving openbare orde");
      await verwachtToegankelijk(page, "een vraag met eerdere antwoorden");
      await kiesMetToetsenbord(
        page,
        "Van wie is capaciteit benodigd?",
        "Koninklijke Marechaussee (uitputting politie niet noodzakelijk)",
      );
      await kiesMetToetsenbord(page, "aan één specifieke gemeente te koppelen", "Ja");
      await kiesMetToetsenbord(page, "Is het spoedeisend?", "Ja");

      // The optional question can be skipped by keyboard.
      await wachtOpVraagMetFocus(page, "Wie wil de aanvraag indienen?");
      await tabNaar(page, (f) => f.tekst === "Overslaan", "de knop Overslaan", 8);
      await page.keyboard.press("Enter");

      await page.waitForFunction(() => document.activeElement?.id === "ww-advies-kop");
      const verwacht = route({ ...KMAR_SPOED });
      assert.equal(verwacht.procedureId, "politie-3-kmar-oo");
      await controleerAdvies(page, verwacht);
      const advies = page.locator("section.ww-advies");
      await advies.getByText("Uitkomst: Procedure").waitFor();
      await advies.getByRole("heading", { name: "Stappen (spoed)" }).waitFor();
      await advies.getByRole("link", { name: "088 - 662 80 48" }).first().waitFor();
      await advies
        .getByText("LOCC-factsheet Bijstand & ondersteuning aan de politie — Toelichting 3", { exact: false })
        .first()
        .waitFor();
      assert.match(
        (await page.locator("[aria-live]").textContent()) ?? "",
        /Advies: Bijstand aan de politie door de Koninklijke Marechaussee/,
      );
      assert.match(new URL(page.url()).search, /antwoorden=/, "de antwoorden staan in het adres");
      await verwachtToegankelijk(page, "het advies §3 KMar");
      await schermafdruk(page, "wegwijzer-advies-kmar-desktop");

      // Print view: only the advice, no header, no questions, no buttons.
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.locator(".knp-kop").isVisible(), false, "geen kop bij afdrukken");
      assert.equal(await page.locator(".ww-antwoorden").isVisible(), false, "geen antwoorden bij afdrukken");
      assert.equal(await page.getByRole("button", { name: "Afdrukken" }).isVisible(), false);
      assert.equal(await advies.isVisible(), true);
      await schermafdruk(page, "wegwijzer-advies-kmar-afdruk");
      await page.emulateMedia({ media: "screen" });

      // Change an earlier answer: the question comes back with the old answer chosen.
      await page.getByRole("button", { name: "Wijzigen antwoord op: Is het spoedeisend?" }).click();
      await wachtOpVraagMetFocus(page, "Is het spoedeisend?");
      assert.equal(await page.getByLabel("Ja", { exact: true }).isChecked(), true, "eerder antwoord gekozen");
      await kiesMetToetsenbord(page, "Is het spoedeisend?", "Nee");
      await wachtOpVraagMetFocus(page, "Wie wil de aanvraag indienen?");
      await kiesMetMuis(page, "Wie wil de aanvraag indienen?", "Burgemeester");
      await page.waitForFunction(() => document.activeElement?.id === "ww-advies-kop");
      await controleerAdvies(page, route({ ...KMAR_SPOED, urgent: false, requester: "burgemeester" }));
      await advies.getByRole("heading", { name: "Stappen", exact: true }).waitFor();

      // From the advice to the procedure page with its diagram.
      await advies.getByRole("link", { name: "Bekijk de procedure met het stroomschema" }).click();
      await wachtOpKop(page, verwacht.title);
      const figuur = page.getByRole("figure", { name: /Stroomschema/ });
      await figuur.waitFor();
      assert.ok((await figuur.locator("li").count()) >= 3, "het stroomschema heeft stappen");
      await verwachtToegankelijk(page, "de procedurepagina §3 KMar");
      assert.deepEqual(
        fouten.filter((f) => !f.includes("401")),
        [],
        "geen fouten in de browser",
      );
    } finally {
      await context.close();
    }
  });

  test("met de muis naar bevolkingszorg SIS en een weigering (krijgsmacht zonder uitputting)", async () => {
    const { context, page, fouten } = await nieuwTabblad(browser);
    try {
      await inloggen(page, server.url, gebruiker("algemeen-commandant-bevolkingszorg"));
      await wachtOpKop(page, "Overzicht");
      await page
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "Wegwijzer" })
        .click();
      await wachtOpKop(page, "Wegwijzer bijstand");
      await kiesMetMuis(
        page,
        "Voor wie is extra capaciteit nodig?",
        "Bevolkingszorg (gemeentelijke crisisprocessen)",
      );
      await kiesMetMuis(
        page,
        "Wat heeft u tijdens de acute fase",
        "Landelijke voorziening slachtofferinformatiesystematiek (SIS)",
      );
      await kiesMetMuis(page, "Wie wil de aanvraag indienen?", "Algemeen commandant bevolkingszorg");
      const sis = route({
        sector: "bevolkingszorg",
        need: "sis",
        requester: "algemeen-commandant-bevolkingszorg",
      });
      assert.equal(sis.procedureId, "bevolkingszorg-2-sis");
      await controleerAdvies(page, sis);
      await verwachtToegankelijk(page, "het advies SIS");
      await schermafdruk(page, "wegwijzer-advies-sis-desktop");

      await page.getByRole("button", { name: "Opnieuw beginnen" }).click();
      await wachtOpVraagMetFocus(page, "Voor wie is extra capaciteit nodig?");
      await kiesMetMuis(
        page,
        "Voor wie is extra capaciteit nodig?",
        "Politie (bijstand en ondersteuning aan de politie)",
      );
      await kiesMetMuis(page, "Is de capaciteit binnen de eenheid voldoende", "Nee");
      await kiesMetMuis(page, "vermiste persoon", "Nee");
      await kiesMetMuis(page, "Voor welke politietaak", "Handhaving openbare orde");
      await kiesMetMuis(
        page,
        "Van wie is capaciteit benodigd?",
        "Ander deel van de krijgsmacht (uitputting of ontbrekend specialisme vereist)",
      );
      await kiesMetMuis(page, "Zijn de capaciteiten van politie (en KMar) uitgeput?", "Nee");
      await kiesMetMuis(page, "Is het benodigde specialisme", "Nee");
      const weigering = route({
        sector: "politie",
        ownCapacitySufficient: false,
        missingPerson: null,
        task: "openbare-orde",
        provider: "krijgsmacht",
        policeCapacityExhausted: false,
        specialismUnavailable: false,
      });
      assert.equal(weigering.outcome, "niet-toegestaan");
      await controleerAdvies(page, weigering);
      const advies = page.locator("section.ww-advies");
      await advies.getByText("Uitkomst: Niet toegestaan").waitFor();
      await advies.getByRole("heading", { name: "Wat u in plaats daarvan doet" }).waitFor();
      await advies.getByText(weigering.instead!.text).waitFor();
      await verwachtToegankelijk(page, "de weigering");
      await schermafdruk(page, "wegwijzer-weigering-desktop");
      assert.deepEqual(
        fouten.filter((f) => !f.includes("401")),
        [],
        "geen fouten in de browser",
      );
    } finally {
      await context.close();
    }
  });

  test("een oefening met de waterwerper: de vraag staat op de pagina en het advies noemt geen bevoegd gezag (fp §2, ADR 0106)", async () => {
    const { context, page, fouten } = await nieuwTabblad(browser);
    try {
      await inloggen(page, server.url, gebruiker("rccb-medewerker"));
      await wachtOpKop(page, "Overzicht");
      await page.goto(`${server.url}/wegwijzer`);
      await wachtOpKop(page, "Wegwijzer bijstand");
      await kiesMetMuis(
        page,
        "Voor wie is extra capaciteit nodig?",
        "Politie (bijstand en ondersteuning aan de politie)",
      );
      await kiesMetMuis(page, "Is de capaciteit binnen de eenheid voldoende", "Nee");
      await kiesMetMuis(page, "vermiste persoon", "Nee");
      await kiesMetMuis(page, "Voor welke politietaak", "Handhaving openbare orde");
      await kiesMetMuis(
        page,
        "Van wie is capaciteit benodigd?",
        "Middelen van het Ministerie (waterwerper, bewakingscontainer, VRT-voertuig)",
      );
      await kiesMetMuis(page, "Welk middel van het Ministerie is nodig?", "Waterwerper (ook bij oefeningen)");
      const vraag = page.locator("form.ww-vraag").filter({ hasText: "oefening met de waterwerper" });
      await vraag.getByText("Bij een oefening hoeft uit het aanvraagformulier niet te blijken").waitFor();
      await verwachtToegankelijk(page, "de vraag naar een oefening");
      await kiesMetMuis(page, "oefening met de waterwerper", "Oefening");
      await kiesMetMuis(page, "Is het spoedeisend?", "Nee");
      await page.locator("form.ww-vraag").filter({ hasText: "Wie wil de aanvraag indienen?" }).waitFor();
      await page.getByRole("button", { name: "Overslaan" }).click();
      const verwacht = route({
        sector: "politie",
        ownCapacitySufficient: false,
        missingPerson: null,
        task: "openbare-orde",
        provider: "middelen-jenv",
        means: "waterwerper",
        exercise: true,
        urgent: false,
      });
      assert.equal(verwacht.authority, null);
      await controleerAdvies(page, verwacht);
      const advies = page.locator("section.ww-advies");
      assert.equal(
        await advies.getByText("Gezag (vraagt aan en ondertekent)").count(),
        0,
        "geen bevoegd gezag in het advies",
      );
      assert.deepEqual(
        fouten.filter((f) => !f.includes("401")),
        [],
        "geen fouten in de browser",
      );
    } finally {
      await context.close();
    }
  });

  test("een ongeldig antwoord in het adres: de Nederlandse melding staat bij de vraag", async () => {
    const { context, page } = await nieuwTabblad(browser);
    try {
      await inloggen(page, server.url, gebruiker("burgemeester"));
      await wachtOpKop(page, "Overzicht");
      const antwoorden = encodeURIComponent(
        JSON.stringify({ sector: "politie", ownCapacitySufficient: "misschien" }),
      );
      const antwoord = page.waitForResponse(
        (r) => r.url().endsWith("/routing/volgende-vraag") && r.status() === 400,
      );
      await page.goto(`${server.url}/wegwijzer?antwoorden=${antwoorden}`);
      const probleem = (await (await antwoord).json()) as { detail: string };
      const vraag = page
        .locator("form.ww-vraag")
        .filter({ hasText: "Is de capaciteit binnen de eenheid voldoende" });
      await vraag.locator(".ww-fout").waitFor();
      assert.equal((await vraag.locator(".ww-fout").textContent())?.trim(), probleem.detail);
      assert.equal(await vraag.locator("fieldset").getAttribute("aria-invalid"), "true");
      await verwachtToegankelijk(page, "een vraag met een foutmelding");
      // Submitting without a choice is caught in the form itself.
      await vraag.getByRole("button", { name: "Volgende" }).click();
      await vraag.getByText("Kies een antwoord.").waitFor();
    } finally {
      await context.close();
    }
  });

  test("de catalogus en een procedurepagina met stroomschema; schermafdrukken desktop en telefoon", async () => {
    for (const [soort, opties] of [
      ["desktop", {}],
      ["telefoon", { viewport: TELEFOON, telefoon: true }],
    ] as const) {
      const { context, page, fouten } = await nieuwTabblad(browser, opties);
      try {
        await inloggen(page, server.url, gebruiker("officier-van-justitie"));
        await wachtOpKop(page, "Overzicht");
        await page.goto(`${server.url}/procedures`);
        await wachtOpKop(page, "Procedures");
        const items = page.locator("li.ww-catalogus__item");
        assert.equal(await items.count(), PROCEDURE_IDS.length, "elke procedure van de catalogus staat erin");
        assert.equal(await items.getByRole("link").count(), PROCEDURE_IDS.length);
        await verwachtToegankelijk(page, `de catalogus (${soort})`);
        await schermafdruk(page, `procedures-${soort}`);

        await page
          .getByRole("link", { name: /Bijstand van Defensie.*bewaken|TIN/i })
          .first()
          .click();
        await page.getByRole("figure", { name: /Stroomschema/ }).waitFor();
        await verwachtToegankelijk(page, `de procedurepagina LCP-EGT (${soort})`);
        await schermafdruk(page, `procedure-lcp-egt-${soort}`);

        await page.goto(`${server.url}/procedures/politie-6-bijstand-andere-eenheid-justitie`);
        await page.getByRole("figure", { name: /Stroomschema/ }).waitFor();
        await page.getByRole("heading", { name: "Afwijkingen tussen bron en wet" }).waitFor();
        await verwachtToegankelijk(page, `de procedurepagina §6 (${soort})`);
        await schermafdruk(page, `procedure-politie-6-${soort}`);

        await page.goto(
          `${server.url}/wegwijzer?antwoorden=${encodeURIComponent(JSON.stringify(KMAR_SPOED))}&overslaan=requester`,
        );
        await page.locator("section.ww-advies").waitFor();
        await verwachtToegankelijk(page, `het advies uit het adres (${soort})`);
        await schermafdruk(page, `wegwijzer-advies-${soort}`);
        await page.getByRole("button", { name: "Wijzigen antwoord op: Is het spoedeisend?" }).click();
        await page.locator("form.ww-vraag").waitFor();
        await schermafdruk(page, `wegwijzer-vraag-${soort}`, { volledig: false });
        await verwachtToegankelijk(page, `een vraag (${soort})`);
        assert.deepEqual(
          fouten.filter((f) => !f.includes("401")),
          [],
          `geen fouten in de browser (${soort})`,
        );
      } finally {
        await context.close();
      }
    }
  });
});
