// Browser test of a request's whole life under police §3 (KMar bijstand, openbare orde), in a real
// Chromium against the real service: the RCCB drafts it from a wegwijzer advice, the mayor signs on
// a phone, the LOCC checks and asks Defence, DJZ advises and decides (partly), the LOCC decides,
// the RCCB starts, demobilises and closes it with costs. Three users keep the request page open in
// their own browser contexts and see each other's steps arrive live, without reload. axe on every
// page; screenshots on desktop and phone.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { verwachtToegankelijk } from "./support/axe.ts";
import { browserOverslaan, nieuwTabblad, startBrowser, type Tabblad, TELEFOON } from "./support/browser.ts";
import { inloggen, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";
import { type DemoGebruiker, type DraaiendeServer, startKnooppunt } from "./support/server.ts";

const skip = browserOverslaan();

const KMAR = {
  sector: "politie",
  ownCapacitySufficient: false,
  missingPerson: null,
  task: "openbare-orde",
  provider: "kmar",
  locationBound: true,
  urgent: false,
} as const;

const P = "politie-3-kmar-oo";
const LIVE_MS = 10_000;

/** The action form of the user's own task for step `stap` (suffix of the task id). */
const taak = (page: Page, stap: string): Locator => page.locator(`section.av-actie[data-taak$="${stap}"]`);

/** A marker that a reload would wipe: proves the page changed live. */
async function markeer(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { knpZonderHerladen: boolean }).knpZonderHerladen = true;
  });
}
async function nietHerladen(page: Page, wie: string): Promise<void> {
  const nog = await page.evaluate(
    () => (window as unknown as { knpZonderHerladen?: boolean }).knpZonderHerladen === true,
  );
  assert.ok(nog, `de pagina van ${wie} is niet herladen`);
}

async function status(page: Page, tekst: string, wie: string): Promise<void> {
  try {
    await page.getByTestId("aanvraag-status").getByText(tekst, { exact: true }).waitFor({ timeout: LIVE_MS });
  } catch (e) {
    const nu = await page.getByTestId("aanvraag-status").textContent();
    const pad = await schermafdruk(page, `fout-status-${wie}`);
    throw new Error(`${wie} ziet status "${nu}" in plaats van "${tekst}" (${pad})\n${e}`);
  }
}

/** Completes a plain step (optionally with a note) and waits until its form is gone. */
async function rondAf(page: Page, stap: string, toelichting?: string): Promise<void> {
  const t = taak(page, stap);
  await t.waitFor({ timeout: LIVE_MS });
  if (toelichting) await t.getByLabel("Toelichting (optioneel)").fill(toelichting);
  await t.getByRole("button", { name: "Stap afronden" }).click();
  await t.waitFor({ state: "detached" });
}

async function metFouten<T>(tabs: Tabblad[], f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const fouten = tabs.flatMap((t) => t.fouten);
    if (fouten.length) (e as Error).message += `\nBrowserfouten:\n${fouten.join("\n")}`;
    throw e;
  }
}

describe("aanvragen in de browser", { skip, timeout: 600_000 }, () => {
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

  test("§3 KMar: van concept via handtekening, toetsing en besluiten tot afsluiting, live bij drie gebruikers", async () => {
    const rccb = await nieuwTabblad(browser);
    const burgemeester = await nieuwTabblad(browser, { viewport: TELEFOON, telefoon: true });
    const locc = await nieuwTabblad(browser);
    const djz = await nieuwTabblad(browser);
    const tabs = [rccb, burgemeester, locc, djz];
    try {
      await metFouten(tabs, async () => {
        await Promise.all([
          inloggen(rccb.page, server.url, gebruiker("rccb-medewerker")),
          inloggen(burgemeester.page, server.url, gebruiker("burgemeester")),
          inloggen(locc.page, server.url, gebruiker("locc-piket")),
          inloggen(djz.page, server.url, gebruiker("defensie-djz")),
        ]);
        await Promise.all(tabs.map((t) => wachtOpKop(t.page, "Overzicht")));

        // RCCB: the wegwijzer's advice starts the request with its procedure.
        const r = rccb.page;
        await r.goto(
          `${server.url}/wegwijzer?antwoorden=${encodeURIComponent(JSON.stringify(KMAR))}&overslaan=requester`,
        );
        await r.getByRole("button", { name: "Aanvraag starten met deze procedure" }).click();
        await wachtOpKop(r, "Nieuwe aanvraag");
        await r.getByTestId("advies-procedure").getByText("Catalogusversie").waitFor();
        assert.match(r.url(), new RegExp(`procedure=${P}`));
        await verwachtToegankelijk(r, "het formulier voor een nieuwe aanvraag");
        await schermafdruk(r, "aanvragen-nieuw-desktop");

        // A refusal names the field: the authority's name is missing.
        await r.getByLabel("Veiligheidsregio").selectOption("vr09");
        await r.getByRole("button", { name: "Concept aanmaken" }).click();
        const gezagNaam = r.getByLabel("Naam van wie het gezag heeft");
        await r.locator(".utrecht-form-field--invalid").filter({ has: gezagNaam }).waitFor();
        assert.equal(
          await gezagNaam.getAttribute("aria-invalid"),
          "true",
          "het veld is als ongeldig gemarkeerd",
        );
        await verwachtToegankelijk(r, "het formulier met een veldfout");

        await gezagNaam.fill("mr. A. Dijksma");
        await r.getByLabel("Telefoon", { exact: true }).fill("088 123 45 67");
        await r.getByLabel("Naam van het incident").fill("Demonstratie Domplein");
        await r.getByLabel("Plaats van het incident").fill("Utrecht");
        await r.getByLabel("Soort incident").fill("openbare orde");
        await r.getByLabel("Reden van de aanvraag").fill("De eigen ME-capaciteit is volledig ingezet.");
        await r.getByLabel("Beoogd effect").fill("Handhaving van de openbare orde rond het plein.");
        await r.getByLabel("Soort capaciteit").selectOption("kmar-peloton");
        await r.getByLabel("Aantal").fill("2");
        await r.getByLabel("Omschrijving van wat gevraagd wordt").fill("Twee pelotons voor de avonddienst.");
        // The place may lie anywhere in the requesting police unit (RE03: VR09, VR14, VR25), as the
        // server accepts it: Almere (VR25) is offered, Amsterdam (VR13, RE05) is not (ADR 0604, 0614).
        const plaatsGroep = r.getByRole("group", { name: "Gemeenten van inzet" });
        await plaatsGroep.getByLabel("Gemeente Almere", { exact: true }).waitFor();
        assert.equal(await plaatsGroep.getByLabel("Gemeente Amsterdam", { exact: true }).count(), 0);
        assert.match((await plaatsGroep.textContent()) ?? "", /politie-eenheid RE03/);
        await r.getByLabel("Gemeente Utrecht", { exact: true }).check();
        await r.getByLabel("Adres").fill("Domplein 1, Utrecht");
        await r.getByLabel("Tot", { exact: true }).fill("2030-01-01T23:00");
        await r.getByLabel("Kostenverwachting").selectOption("fnik");
        await r.getByLabel("Toelichting op de kosten").fill("Volgens de FNIK-regeling.");
        await r.getByRole("button", { name: "Concept aanmaken" }).click();
        await wachtOpKop(r, /^Aanvraag B-\d{4}-VR09-\d{4}$/);
        const aanvraagUrl = r.url();
        const referentie = ((await r.locator("h1").textContent()) ?? "").replace("Aanvraag ", "");
        await status(r, "Concept", "RCCB");

        // The LOCC sees it in the national list, live, and opens it; the mayor opens it on a phone.
        const l = locc.page;
        await l.goto(`${server.url}/aanvragen`);
        await wachtOpKop(l, "Aanvragen");
        await l.getByRole("link", { name: referentie }).waitFor();
        await l.getByLabel("Regio").selectOption("vr09");
        await l.getByRole("link", { name: referentie }).waitFor();
        await verwachtToegankelijk(l, "de landelijke lijst");
        await schermafdruk(l, "aanvragen-lijst-desktop");
        await l.getByRole("link", { name: referentie }).click();
        await wachtOpKop(l, `Aanvraag ${referentie}`);
        const b = burgemeester.page;
        await b.goto(aanvraagUrl);
        await wachtOpKop(b, `Aanvraag ${referentie}`);
        for (const p of [r, l, b]) {
          await p.getByTestId("live-status").getByText("Wijzigingen verschijnen hier vanzelf.").waitFor();
          await markeer(p);
        }
        await verwachtToegankelijk(b, "de aanvraag op de telefoon van de burgemeester");

        // RCCB: optional pre-consultation skipped with a reason, contact with the LOCC, the form.
        const voor = taak(r, "/vooroverleg-kmar");
        await voor.getByRole("button", { name: "Stap overslaan…" }).click();
        await voor
          .getByLabel("Waarom wordt deze stap overgeslagen?")
          .fill("CCB-KMar is al telefonisch ingelicht.");
        await voor.getByRole("button", { name: "Overslaan vastleggen" }).click();
        await voor.waitFor({ state: "detached" });
        await rondAf(r, "/contact-locc", "LOCC-piket gebeld om 14.05 uur.");
        await verwachtToegankelijk(r, "de aanvraag met een taakformulier");
        await schermafdruk(r, "aanvraag-rccb-desktop");
        await rondAf(r, "/formulier");

        // Mayor, live: the signing task appears without reload. Sign with the password.
        const teken = taak(b, "/ondertekenen@gm0344");
        await teken.waitFor({ timeout: LIVE_MS });
        await teken.getByText(`U ondertekent aanvraag ${referentie}`).waitFor();
        await verwachtToegankelijk(b, "ondertekenen op de telefoon");
        await schermafdruk(b, "aanvraag-ondertekenen-telefoon");
        await teken.getByLabel("Uw wachtwoord (ter bevestiging)").fill("fout-wachtwoord");
        await teken.getByLabel("Ik onderteken", { exact: true }).check();
        await teken.getByRole("button", { name: "Ondertekenen" }).click();
        await teken.getByText("Het wachtwoord is onjuist.").waitFor();
        assert.ok(b.url().endsWith(new URL(aanvraagUrl).pathname), "een fout wachtwoord logt niet uit");
        await teken.getByLabel("Uw wachtwoord (ter bevestiging)").fill(gebruiker("burgemeester").wachtwoord);
        await teken.getByRole("button", { name: "Ondertekenen" }).click();
        await teken.waitFor({ state: "detached" });
        await b.getByText("U hebt de aanvraag ondertekend.").waitFor();

        // RCCB sees the signature live and sends the form to the LOCC.
        await r.locator(".av-lijst").getByText("Ondertekend", { exact: true }).waitFor({ timeout: LIVE_MS });
        await rondAf(r, "/verzenden");
        await status(l, "In behandeling", "LOCC");
        await status(b, "In behandeling", "burgemeester");

        // Two LOCC screens on the same step: one without live updates loses the race and gets 409,
        // then shows the current state.
        const oud = await locc.context.newPage();
        await oud.route("**/api/v1/live", (route) => route.abort());
        await oud.goto(aanvraagUrl);
        await wachtOpKop(oud, `Aanvraag ${referentie}`);
        await taak(oud, "/registreren").waitFor();

        // LOCC: register, check (approve), inform the korpschef, consult DOPS-KMar, ask Defence.
        await rondAf(l, "/registreren");
        await taak(oud, "/registreren").getByRole("button", { name: "Stap afronden" }).click();
        await oud.getByText("Iemand anders heeft deze aanvraag intussen gewijzigd").waitFor();
        await taak(oud, "/registreren").waitFor({ state: "detached" });
        await verwachtToegankelijk(oud, "de melding na een gelijktijdige wijziging");
        await schermafdruk(oud, "aanvraag-conflict-desktop", { volledig: false });
        await oud.close();
        const toets = taak(l, "/toetsen");
        await toets.getByLabel("Goedkeuren").check();
        await verwachtToegankelijk(l, "de toetsing door het LOCC");
        await toets.getByRole("button", { name: "Toetsing vastleggen" }).click();
        await toets.waitFor({ state: "detached" });
        await rondAf(l, "/informeren-korpschef");
        await rondAf(l, "/vooroverleg-dops-kmar");
        await rondAf(l, "/verzoek-defensie", "Verzoek per e-mail aan DJZ.");

        // The Commandant KMar advises the SG first (ADR 0100, reading 23), in a tab of its own.
        const ck = await nieuwTabblad(browser);
        tabs.push(ck);
        await inloggen(ck.page, server.url, gebruiker("commandant-kmar"));
        await wachtOpKop(ck.page, "Overzicht");
        await ck.page.goto(aanvraagUrl);
        await wachtOpKop(ck.page, `Aanvraag ${referentie}`);
        const adviesCk = taak(ck.page, "/advies-sg-commandant-kmar");
        await adviesCk.getByLabel("Advies").fill("Twee pelotons zijn gereed; inzet is uitvoerbaar.");
        await adviesCk.getByRole("button", { name: "Advies geven" }).click();
        await adviesCk.waitFor({ state: "detached" });

        // DJZ: the task arrives on "mijn taken"; advice to the SG, then a partial supply.
        const d = djz.page;
        await d.goto(`${server.url}/taken`);
        await wachtOpKop(d, "Mijn taken");
        await d
          .getByRole("link", { name: new RegExp(referentie) })
          .first()
          .waitFor({ timeout: LIVE_MS });
        await verwachtToegankelijk(d, "mijn taken van DJZ");
        await schermafdruk(d, "mijn-taken-desktop");
        await d
          .getByRole("link", { name: new RegExp(referentie) })
          .first()
          .click();
        await wachtOpKop(d, `Aanvraag ${referentie}`);
        const advies = taak(d, "/advies-sg");
        await advies.getByLabel("Advies").fill("Inzet is verantwoord; één peloton beschikbaar.");
        await advies.getByRole("button", { name: "Advies geven" }).click();
        await advies.waitFor({ state: "detached" });
        const standpunt = taak(d, "/standpunt-defensie");
        await standpunt.getByLabel("Gedeeltelijk leveren").check();
        await standpunt.getByLabel(/Hoeveel wordt geleverd/).fill("1");
        await standpunt.getByLabel("Toelichting op de levering").fill("Eén peloton van de twee.");
        await standpunt.getByLabel("Redenen (één per regel)").fill("Tweede peloton elders ingezet.");
        await verwachtToegankelijk(d, "het besluit van de leverancier");
        await standpunt.getByRole("button", { name: "Besluit vastleggen" }).click();
        await standpunt.waitFor({ state: "detached" });

        // LOCC (live): decides partly, on behalf of the minister, and informs the RCCB.
        const besluit = taak(l, "/besluit");
        await besluit.waitFor({ timeout: LIVE_MS });
        await besluit.getByLabel("Gedeeltelijk leveren").check();
        await besluit.getByLabel(/Hoeveel wordt geleverd/).fill("1");
        await besluit.getByLabel("Toelichting op de levering").fill("Eén KMar-peloton.");
        await besluit.getByLabel("Redenen (één per regel)").fill("Defensie levert één peloton.");
        await besluit.getByRole("button", { name: "Besluit vastleggen" }).click();
        await besluit.waitFor({ state: "detached" });
        await rondAf(l, "/informeren-rccb");
        await status(l, "Gedeeltelijk toegekend", "LOCC");

        // RCCB and mayor see the decision live; the RCCB runs the deployment to its end.
        await status(r, "Gedeeltelijk toegekend", "RCCB");
        await status(b, "Gedeeltelijk toegekend", "burgemeester");
        await r.getByRole("button", { name: "Inzet starten…" }).click();
        await r.getByRole("button", { name: "Start van de inzet vastleggen" }).click();
        await status(r, "In uitvoering", "RCCB");
        await status(l, "In uitvoering", "LOCC");
        await r.getByRole("button", { name: "Demobiliseren…" }).click();
        await r.getByRole("button", { name: "Demobilisatie vastleggen" }).click();
        await status(r, "Gedemobiliseerd", "RCCB");
        await status(b, "Gedemobiliseerd", "burgemeester");
        await r.getByRole("button", { name: "Afsluiten…" }).click();
        await r.getByLabel("Werkelijke kosten in euro").fill("18250,50");
        await r.getByLabel("Toelichting op de kosten").last().fill("Declaratie KMar, één peloton, 9 uur.");
        await verwachtToegankelijk(r, "afsluiten met kosten");
        await r.getByRole("button", { name: "Aanvraag afsluiten" }).click();
        await status(r, "Afgesloten", "RCCB");
        await status(l, "Afgesloten", "LOCC");
        await status(b, "Afgesloten", "burgemeester");
        await r.getByRole("button", { name: "Evaluatie vastleggen…" }).click();
        await r
          .getByLabel("Evaluatienotitie")
          .fill("Snelle afhandeling; telefoonnummer DJZ in de wegwijzer klopte.");
        await r.getByRole("button", { name: "Evaluatie opslaan" }).click();
        await l
          .locator(".av-gegevens")
          .getByText(/Snelle afhandeling; telefoonnummer DJZ/)
          .waitFor({ timeout: LIVE_MS });

        for (const [p, wie] of [
          [r, "RCCB"],
          [l, "LOCC"],
          [b, "burgemeester"],
        ] as const)
          await nietHerladen(p, wie);

        // The record: costs, the signature with its fingerprint, who did what on the timeline.
        const tekst = (await l.locator("main").textContent()) ?? "";
        assert.match(tekst, /€\s?18\.250,50/);
        assert.match(tekst, /Ondertekend door Burgemeester \(demo\)/);
        const tijdlijn = (await l.getByTestId("tijdlijn").textContent()) ?? "";
        for (const w of [
          "Ondertekend",
          "Getoetst",
          "Besluit leverancier",
          "Inzet gestart",
          "Afgesloten",
          "Stap overgeslagen",
        ])
          assert.ok(tijdlijn.includes(w), `tijdlijn noemt ${w}`);
        await verwachtToegankelijk(l, "de afgesloten aanvraag");
        await schermafdruk(l, "aanvraag-afgesloten-desktop");
        await schermafdruk(b, "aanvraag-afgesloten-telefoon");

        // The form as PDF, from the same session.
        const pdf = await l.request.get(
          `${server.url}/api/v1/aanvragen/${new URL(aanvraagUrl).pathname.split("/").pop()}/formulier.pdf`,
        );
        assert.equal(pdf.status(), 200);
        assert.match(pdf.headers()["content-type"] ?? "", /application\/pdf/);
        assert.equal((await pdf.body()).subarray(0, 5).toString(), "%PDF-");

        // The mayor's inbox has the signing task; marking it read works and stays accessible.
        await b.goto(`${server.url}/meldingen`);
        await wachtOpKop(b, "Meldingen");
        const nieuw = b.locator(".av-kaart--ongelezen").first();
        await nieuw.waitFor();
        await verwachtToegankelijk(b, "meldingen op de telefoon");
        await schermafdruk(b, "meldingen-telefoon");
        const voorAantal = await b.locator(".av-kaart--ongelezen").count();
        await nieuw.getByRole("button", { name: /Markeer als gelezen/ }).click();
        await b.waitForFunction(
          (n) => document.querySelectorAll(".av-kaart--ongelezen").length === n - 1,
          voorAantal,
        );

        // Phone views of the list and the new-request form.
        await b.goto(`${server.url}/aanvragen`);
        await wachtOpKop(b, "Aanvragen");
        await b.getByRole("link", { name: referentie }).waitFor();
        await verwachtToegankelijk(b, "de lijst op de telefoon");
        await schermafdruk(b, "aanvragen-lijst-telefoon");
      });
    } finally {
      for (const t of tabs) await t.context.close();
    }
  });
});
