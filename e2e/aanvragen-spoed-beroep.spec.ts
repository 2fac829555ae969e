// Browser tests of the two paths beside the ordinary one, in a real Chromium against the real
// service. (a) Urgent (§3 KMar, spoed): the RCCB files an incomplete draft, skips the optional
// pre-consultation, records the phone call with the LOCC and completes the draft (editor,
// attachment); the LOCC and Defence decide on the phone agreement (no deployment before the
// decision, art. 57/58 Politiewet 2012), the LOCC starts the deployment, and only then is the form
// signed and sent. (b) Police §9 (art. 56 lid 4 Politiewet 2012): the korpschef refuses in
// writing with reasons, the mayor appeals, DGPOL advises, the minister instructs, the korpschef
// carries it out and LE-POB coordinates the supply. axe on every page; screenshots on the way.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { CATALOGUS_VERSIE } from "../src/domain/wegwijzer/catalogus.ts";
import { verwachtToegankelijk } from "./support/axe.ts";
import {
  browserOverslaan,
  DESKTOP,
  nieuwTabblad,
  startBrowser,
  type Tabblad,
  TELEFOON,
} from "./support/browser.ts";
import { inloggen, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";
import { type DemoGebruiker, type DraaiendeServer, startKnooppunt } from "./support/server.ts";

const skip = browserOverslaan();
const LIVE_MS = 10_000;
const UUR = 3_600_000;

/**
 * Moves "now" of this process, where the service runs, `ms` ahead (the service has no clock of its
 * own to set): every `new Date()` and `Date.now()` after this call. Returns the undo.
 */
function verschuifServerklok(ms: number): () => void {
  const Echt = globalThis.Date;
  class Verschoven extends Echt {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(Echt.now() + ms);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return Echt.now() + ms;
    }
    static override [Symbol.hasInstance](x: unknown): boolean {
      return x instanceof Echt;
    }
  }
  globalThis.Date = Verschoven as DateConstructor;
  return () => {
    globalThis.Date = Echt;
  };
}
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function status(page: Page, tekst: string, wie: string): Promise<void> {
  try {
    await page.getByTestId("aanvraag-status").getByText(tekst, { exact: true }).waitFor({ timeout: LIVE_MS });
  } catch (e) {
    const nu = await page.getByTestId("aanvraag-status").textContent();
    const pad = await schermafdruk(page, `fout-status-${wie}`);
    throw new Error(`${wie} ziet status "${nu}" in plaats van "${tekst}" (${pad})\n${e}`);
  }
}

/**
 * Does every task this user has on the open request page, the way a person would: the first
 * (positive) outcome, a short text in every empty text field, the first organisation offered, the
 * password for a signature. Returns the steps done (by their task id).
 */
async function doeMijnTaken(
  page: Page,
  wachtwoord: string,
  opties: { behalve?: RegExp; overslaan?: RegExp } = {},
): Promise<string[]> {
  const gedaan: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(300);
    const secties = page.locator("section.av-actie");
    const n = await secties.count();
    let sectie = null;
    let id = "";
    for (let k = 0; k < n; k++) {
      const s = secties.nth(k);
      const t = (await s.getAttribute("data-taak")) ?? "";
      if (opties.behalve?.test(t) || gedaan.includes(t)) continue;
      sectie = s;
      id = t;
      break;
    }
    if (!sectie) return gedaan;
    if (
      opties.overslaan?.test(id) &&
      (await sectie.getByRole("button", { name: "Stap overslaan…" }).count())
    ) {
      await sectie.getByRole("button", { name: "Stap overslaan…" }).click();
      await sectie.getByLabel("Waarom wordt deze stap overgeslagen?").fill("Spoed: telefonisch afgestemd.");
      await sectie.getByRole("button", { name: "Overslaan vastleggen" }).click();
    } else if (await sectie.getByLabel("Uw wachtwoord (ter bevestiging)").count()) {
      await sectie.getByLabel("Uw wachtwoord (ter bevestiging)").fill(wachtwoord);
      await sectie.getByLabel("Ik onderteken", { exact: true }).check();
      await sectie.getByRole("button", { name: "Ondertekenen" }).click();
    } else {
      const radio = sectie.locator("input[type=radio]");
      if (await radio.count()) await radio.first().check();
      const vakken = sectie.locator("textarea");
      for (let v = 0; v < (await vakken.count()); v++)
        if (!(await vakken.nth(v).inputValue())) await vakken.nth(v).fill("Akkoord; zie het dossier.");
      const vinkjes = sectie.locator("input[type=checkbox]");
      if ((await vinkjes.count()) && !(await sectie.locator("input[type=checkbox]:checked").count()))
        await vinkjes.first().check();
      await sectie.locator("button[type=submit]").first().click();
    }
    try {
      await page
        .locator(`section.av-actie[data-taak="${id}"]`)
        .waitFor({ state: "detached", timeout: LIVE_MS });
    } catch (e) {
      const melding = await sectie.locator(".utrecht-alert").allTextContents();
      const pad = await schermafdruk(page, "fout-taak");
      throw new Error(`taak ${id} bleef staan: ${melding.join(" | ")} (${pad})\n${e}`);
    }
    gedaan.push(id);
  }
  return gedaan;
}

describe("aanvragen: spoedpad en beroep in de browser", { skip, timeout: 900_000 }, () => {
  let server: DraaiendeServer;
  let browser: Browser;
  const tabs: Tabblad[] = [];

  before(async () => {
    [server, browser] = await Promise.all([startKnooppunt(), startBrowser()]);
  });
  after(async () => {
    for (const t of tabs) await t.context.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  const gebruiker = (rol: string): DemoGebruiker => {
    const g = server.demoGebruikers.find((x) => x.rollen.includes(rol as never));
    assert.ok(g, `er is een demogebruiker met de rol ${rol}`);
    return g;
  };
  async function als(rol: string): Promise<Page> {
    const t = await nieuwTabblad(browser);
    tabs.push(t);
    await inloggen(t.page, server.url, gebruiker(rol));
    await wachtOpKop(t.page, "Overzicht");
    return t.page;
  }
  /**
   * Logs in with the browser's clock `ms` ahead, to go with a moved service clock. (Playwright's
   * own clock counts from the driver's Date, which runs in this process and is moved too.)
   */
  async function alsLater(
    rol: string,
    ms: number,
    opties: Parameters<typeof nieuwTabblad>[1] = {},
  ): Promise<Page> {
    const t = await nieuwTabblad(browser, opties);
    tabs.push(t);
    // As text: a function would be passed through the TypeScript loader, whose helpers the page lacks.
    await t.context.addInitScript(`{
      const Echt = Date;
      class Verschoven extends Echt {
        constructor(...args) { if (args.length === 0) super(Echt.now() + ${ms}); else super(...args); }
        static now() { return Echt.now() + ${ms}; }
      }
      globalThis.Date = Verschoven;
    }`);
    await inloggen(t.page, server.url, gebruiker(rol));
    await wachtOpKop(t.page, "Overzicht");
    return t.page;
  }
  async function open(page: Page, url: string, kop: string): Promise<void> {
    await page.goto(url);
    await wachtOpKop(page, kop);
    await page.getByTestId("live-status").getByText("Wijzigingen verschijnen hier vanzelf.").waitFor();
  }

  /** A draft with only what a first phone call gives; the rest follows in the draft editor. */
  async function concept(
    r: Page,
    procedureId: string,
    spoed: boolean,
  ): Promise<{ url: string; ref: string }> {
    await r.goto(
      `${server.url}/aanvragen/nieuw?procedure=${procedureId}&catalogus=${encodeURIComponent(CATALOGUS_VERSIE)}${spoed ? "&spoed=1" : ""}`,
    );
    await wachtOpKop(r, "Nieuwe aanvraag");
    await r.getByLabel("Veiligheidsregio").selectOption("vr09");
    await r.getByLabel("Naam van wie het gezag heeft").fill("mr. A. Dijksma");
    await r.getByRole("button", { name: "Concept aanmaken" }).click();
    await wachtOpKop(r, /^Aanvraag B-\d{4}-VR09-\d{4}$/);
    const ref = ((await r.locator("h1").textContent()) ?? "").replace("Aanvraag ", "");
    return { url: r.url(), ref };
  }

  /** The draft editor: a wrong value is refused beside its field, then the form is completed. */
  // FNIK only for military assistance (fp toelichting 10); police-to-police names no cost regime.
  async function aanvullen(r: Page, capaciteit: string, kosten = "fnik"): Promise<void> {
    await r.getByRole("button", { name: "Gegevens bewerken" }).click();
    const form = r.getByTestId("bewerken");
    await form.getByLabel("Naam van het incident").fill("Rellen na voetbalwedstrijd");
    await form.getByLabel("Plaats van het incident").fill("Utrecht");
    await form.getByLabel("Soort incident").fill("openbare orde");
    // The draft came without an end (open-ended); this request gets one.
    await form.getByLabel("Open einde").setChecked(false);
    await form.getByLabel("Van", { exact: true }).fill("2030-01-02T18:00");
    await form.getByLabel("Tot", { exact: true }).fill("2030-01-01T23:00");
    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    const tot = form.getByLabel("Tot", { exact: true });
    try {
      await r
        .locator(".utrecht-form-field--invalid")
        .filter({ has: r.getByLabel("Tot", { exact: true }) })
        .waitFor();
      assert.equal(await tot.getAttribute("aria-invalid"), "true");
    } catch (e) {
      const meldingen = await r.locator(".utrecht-alert").allTextContents();
      throw new Error(
        `geen veldfout bij Tot: ${meldingen.join(" | ")} (${await schermafdruk(r, "fout-bewerken")})\n${e}`,
      );
    }
    await verwachtToegankelijk(r, "het conceptformulier met een veldfout");
    await schermafdruk(r, "aanvraag-bewerken-fout-desktop");
    await tot.fill("2030-01-03T02:00");
    await form.getByLabel("Telefoon", { exact: true }).fill("088 123 45 67");
    await form.getByLabel("Reden van de aanvraag").fill("De eigen ME is volledig ingezet.");
    await form.getByLabel("Beoogd effect").fill("Herstel van de openbare orde.");
    await form.getByLabel("Soort capaciteit").selectOption(capaciteit);
    await form.getByLabel("Aantal").fill("2");
    await form.getByLabel("Omschrijving van wat gevraagd wordt").fill("Twee pelotons voor de nacht.");
    await form.getByLabel("Gemeente Utrecht", { exact: true }).check();
    await form.getByLabel("Adres").fill("Stadion Galgenwaard, Utrecht");
    // Only what fits the procedure's cost regime is offered: FNIK only for military assistance.
    const fnikAangeboden = await form.getByLabel("Kostenverwachting").locator('option[value="fnik"]').count();
    assert.equal(fnikAangeboden, kosten === "fnik" ? 1 : 0, `FNIK aangeboden bij ${capaciteit}`);
    await form.getByLabel("Kostenverwachting").selectOption(kosten);
    await form.getByLabel("Verwacht bedrag in euro (als bekend)").fill("18.250,50");
    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await r.getByText("De gegevens van het formulier zijn opgeslagen.").waitFor();
    // The message can show before the page has re-read the request: wait for the new content.
    await r
      .locator(".av-gegevens")
      .getByText(/Stadion Galgenwaard/)
      .first()
      .waitFor({ timeout: LIVE_MS });
    const gegevens = (await r.locator(".av-gegevens").textContent()) ?? "";
    assert.match(gegevens, /€\s?18\.250,50/);
    assert.match(gegevens, /Stadion Galgenwaard/);

    // An attachment: a text file named .pdf is refused by its content; a real PDF is kept.
    const veld = r.getByLabel("Bijlage toevoegen");
    await veld.setInputFiles({
      name: "nep.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("geen pdf"),
    });
    await r.getByRole("button", { name: "Uploaden" }).click();
    await r.getByText(/geen PDF, PNG of JPEG/).waitFor();
    await veld.setInputFiles({ name: "situatieschets.pdf", mimeType: "application/pdf", buffer: PDF });
    await r.getByRole("button", { name: "Uploaden" }).click();
    await r.getByText('Bijlage "situatieschets.pdf" is toegevoegd.').waitFor();
    await r.getByTestId("bijlagen").getByRole("link", { name: "situatieschets.pdf" }).waitFor();
    await verwachtToegankelijk(r, "de aanvraag met een bijlage");
  }

  test("spoed §3 KMar: telefonisch contact, besluit per telefoon, inzet, formalisering daarna", async () => {
    const [r, l, b, d, ck] = await Promise.all([
      als("rccb-medewerker"),
      als("locc-piket"),
      als("burgemeester"),
      als("defensie-djz"),
      als("commandant-kmar"),
    ]);
    const { url, ref } = await concept(r, "politie-3-kmar-oo", true);
    await r.getByText("Spoed", { exact: true }).first().waitFor();
    await status(r, "Concept", "RCCB");
    await verwachtToegankelijk(r, "een spoedaanvraag als concept");

    // The optional pre-consultation is skipped with a reason; the first contact goes by phone.
    await doeMijnTaken(r, gebruiker("rccb-medewerker").wachtwoord, {
      overslaan: /vooroverleg-kmar$/,
      behalve: /contact-locc$/,
    });
    await r.getByRole("button", { name: "Telefonisch contact vastleggen…" }).click();
    await r.getByLabel("Telefoon beller").fill("030 123 45 67");
    await r.getByLabel("Gesproken met").fill("Piket LOCC");
    await r.getByLabel("Telefoon gebelde").fill("088 662 80 48");
    await r
      .getByLabel("Wat is afgesproken")
      .fill("Twee pelotons KMar toegezegd onder voorbehoud; formulier volgt.");
    const contactTaak = r.getByRole("group", { name: "Welke stappen zijn met dit gesprek gedaan?" });
    await contactTaak.locator("input[type=checkbox]").first().check();
    await verwachtToegankelijk(r, "telefonisch contact vastleggen");
    await schermafdruk(r, "aanvraag-spoed-telefoon-desktop");
    await r.getByRole("button", { name: "Contact vastleggen" }).click();
    await r.getByText("Het telefonisch contact is vastgelegd.").waitFor();

    // While on the phone the RCCB completes the draft and attaches a sketch. It could also do so
    // after the deployment started: the form stays editable while the written formalisation is open
    // (ADR 0603), though what was agreed by phone stays as it was filled in.
    await aanvullen(r, "kmar-peloton");
    // The call replaces the paper, not the decision (art. 57/58 Politiewet 2012; ADR 0602 F3): no
    // deployment yet. The LOCC and Defence decide on the phone agreement and record it; the written
    // steps (form, signature, sending, the request to Defence) wait.
    await open(l, url, `Aanvraag ${ref}`);
    assert.equal(
      await l.getByRole("button", { name: "Inzet starten…" }).count(),
      0,
      "geen inzet vóór het besluit",
    );
    const wie: [Page, string][] = [
      [r, "rccb-medewerker"],
      [b, "burgemeester"],
      [l, "locc-piket"],
      [ck, "commandant-kmar"],
      [d, "defensie-djz"],
    ];
    /** Rounds past everyone's open tasks until nobody has one left (Defence sees the request late). */
    const rondes = async (opties: { behalve?: RegExp }) => {
      for (let ronde = 0; ronde < 8; ronde++) {
        let iets = 0;
        for (const [p, rol] of wie) {
          await p.goto(url);
          await p.locator("h1").filter({ hasText: "Aanvraag" }).waitFor();
          await p.getByTestId("aanvraag-status").or(p.getByText("Aanvraag niet gevonden")).first().waitFor();
          if (!(await p.getByTestId("aanvraag-status").count())) continue;
          iets += (await doeMijnTaken(p, gebruiker(rol).wachtwoord, { overslaan: /vooroverleg/, ...opties }))
            .length;
        }
        if (iets === 0) return;
      }
    };
    await rondes({ behalve: /\/(formulier|ondertekenen|verzenden|verzoek-defensie|formaliseren)$/ });
    // Decided by phone; now the LOCC starts the deployment and the written form is due.
    await open(l, url, `Aanvraag ${ref}`);
    await l.getByRole("button", { name: "Inzet starten…" }).click();
    await l.getByRole("button", { name: "Start van de inzet vastleggen" }).click();
    await l.getByText("Schriftelijke formalisering loopt").waitFor();
    await r.getByText("Schriftelijke formalisering loopt").waitFor({ timeout: LIVE_MS });
    // The requesting side may still complete the form; the LOCC, which checks it, may not (ADR 0603).
    await r.getByRole("button", { name: "Gegevens bewerken" }).waitFor();
    assert.equal(await l.getByRole("button", { name: "Gegevens bewerken" }).count(), 0);
    await verwachtToegankelijk(l, "de inzet loopt vóór de formalisering");
    await schermafdruk(l, "aanvraag-spoed-inzet-desktop");

    // Formalisation: the written steps follow the deployment.
    await rondes({});
    await l.reload();
    await l.getByTestId("tijdlijn").waitFor();
    await schermafdruk(l, "aanvraag-spoed-na-rondes-desktop");
    const openStappen = await l.locator(".av-taak--open .av-taak__actie").allTextContents();
    assert.deepEqual(openStappen, [], "geen open stappen meer");
    assert.equal(await l.getByText("Schriftelijke formalisering loopt").count(), 0, "formalisering rond");
    const tijdlijn = (await l.getByTestId("tijdlijn").textContent()) ?? "";
    for (const w of ["Telefonisch contact", "Inzet gestart", "Ondertekend", "Concept bijgewerkt"])
      assert.ok(tijdlijn.includes(w), `tijdlijn noemt ${w}: ${tijdlijn.slice(0, 400)}`);
    assert.ok(!/"(formulier|contact-locc)"/.test(tijdlijn), "geen stap-ids in de tijdlijn");
    assert.ok(!/\bgm0344\b/.test(tijdlijn), "geen organisatie-ids in de tijdlijn");
    await verwachtToegankelijk(l, "de geformaliseerde spoedaanvraag");
    await schermafdruk(l, "aanvraag-spoed-geformaliseerd-desktop");

    // An adviser neither starts nor ends the deployment (ADR 0606): the Commandant KMar is not
    // offered "Demobiliseren"; the LOCC is.
    await open(ck, url, `Aanvraag ${ref}`);
    await l.getByRole("button", { name: "Demobiliseren…" }).waitFor();
    assert.equal(
      await ck.getByRole("button", { name: "Demobiliseren…" }).count(),
      0,
      "adviseur demobiliseert niet",
    );
    assert.equal(await ck.getByRole("button", { name: "Inzet starten…" }).count(), 0, "adviseur start niet");

    // An urgent scale-up of its own (ADR 0608): the change says it is urgent, gets its own phone
    // call (the page preselects the change), is decided by phone and formalised afterwards.
    await open(r, url, `Aanvraag ${ref}`);
    await r.getByRole("button", { name: "Wijziging aanvragen…" }).click();
    const wijziging = r.locator("section.av-levensloop__onderdeel").filter({
      has: r.getByRole("heading", { name: "Wijziging aanvragen" }),
    });
    await wijziging.getByLabel("Opschalen").check();
    // In §3 the RCCB files on the authority's behalf, so it may also scale down (ADR 0605).
    assert.equal(await wijziging.getByLabel("Afschalen").count(), 1, "het RCCB mag in §3 afschalen");
    await wijziging.getByLabel(/Nieuw aantal/).fill("3");
    await wijziging.getByLabel("Deze wijziging is spoedeisend").check();
    await wijziging.getByText(/binnen 24 uur nadat de wijziging is aangevraagd/).waitFor();
    await wijziging.getByLabel("Reden", { exact: true }).fill("De rellen breiden zich uit naar het centrum.");
    await verwachtToegankelijk(r, "een spoedeisende wijziging aanvragen");
    await wijziging.scrollIntoViewIfNeeded();
    await schermafdruk(r, "aanvraag-spoedwijziging-desktop", { volledig: false });
    await r.setViewportSize(TELEFOON);
    await wijziging.scrollIntoViewIfNeeded();
    await schermafdruk(r, "aanvraag-spoedwijziging-telefoon", { volledig: false });
    await r.setViewportSize(DESKTOP);
    await wijziging.getByRole("button", { name: "Spoedwijziging aanvragen" }).click();
    await r.getByText("De wijziging is aangevraagd.", { exact: true }).waitFor();
    await r.getByRole("heading", { name: /Wijziging \(fase 1\): opschalen naar 3, spoed/ }).waitFor();

    await doeMijnTaken(r, gebruiker("rccb-medewerker").wachtwoord, {
      overslaan: /vooroverleg-kmar$/,
      behalve: /contact-locc$/,
    });
    await r.getByRole("button", { name: "Telefonisch contact vastleggen…" }).click();
    const fase = r.getByLabel("Waar gaat dit gesprek over?");
    assert.equal(await fase.inputValue(), "1", "het gesprek hoort standaard bij de open wijziging");
    // A closed select does not wrap: the option is short, the description names the change in full.
    assert.equal(await fase.locator("option:checked").textContent(), "Fase 1: opschalen, spoed");
    await r
      .getByText(/Wijziging \(fase 1\): opschalen naar 3, spoed\. Deze wijziging is spoedeisend/)
      .waitFor();
    await r.getByText(/Deze wijziging is spoedeisend: wie beslist, beslist op dit gesprek/).waitFor();
    await r.getByLabel("Gesproken met").fill("Piket LOCC");
    await r
      .getByLabel("Wat is afgesproken")
      .fill("Derde peloton KMar toegezegd; de wijziging volgt op schrift.");
    const wijzigingTaak = r.getByRole("group", { name: "Welke stappen zijn met dit gesprek gedaan?" });
    const taakVinkjes = wijzigingTaak.locator("input[type=checkbox]");
    assert.equal(await taakVinkjes.count(), 1, "alleen de contactstap van de wijziging");
    await taakVinkjes.first().check();
    await verwachtToegankelijk(r, "telefonisch contact over de spoedwijziging");
    const telefoon = r.locator("section.av-levensloop__onderdeel").filter({
      has: r.getByRole("heading", { name: "Telefonisch contact vastleggen" }),
    });
    await telefoon.scrollIntoViewIfNeeded();
    await schermafdruk(r, "aanvraag-spoedwijziging-telefoon-desktop", { volledig: false });
    await r.setViewportSize(TELEFOON);
    await fase.scrollIntoViewIfNeeded();
    await schermafdruk(r, "aanvraag-spoedwijziging-telefoon-telefoon", { volledig: false });
    await r.setViewportSize(DESKTOP);
    await r.getByRole("button", { name: "Contact vastleggen" }).click();
    await r.getByText("Het telefonisch contact is vastgelegd.").waitFor();
    await r
      .getByText("Schriftelijke formalisering van de spoedwijziging loopt")
      .waitFor({ timeout: LIVE_MS });
    await r
      .locator(".av-gegevens")
      .getByText(/over wijziging \(fase 1\): opschalen naar 3, spoed/)
      .waitFor();

    await rondes({ behalve: /\/(formulier|ondertekenen|verzenden|verzoek-defensie|formaliseren)$/ });
    await open(l, url, `Aanvraag ${ref}`);
    await l
      .locator(".av-gegevens")
      .getByText(/toegekend: 3/)
      .waitFor({ timeout: LIVE_MS });
    await l.getByText("Schriftelijke formalisering van de spoedwijziging loopt").waitFor();
    await schermafdruk(l, "aanvraag-spoedwijziging-besloten-desktop");
    await rondes({});
    await l.reload();
    await l.getByTestId("tijdlijn").waitFor();
    assert.deepEqual(
      await l.getByTestId("taken-fase-1").locator(".av-taak--open .av-taak__actie").allTextContents(),
      [],
      "de wijziging is geformaliseerd",
    );
    assert.equal(await l.getByText("Schriftelijke formalisering van de spoedwijziging loopt").count(), 0);
    await verwachtToegankelijk(l, "de geformaliseerde spoedwijziging");

    // The PDF lists the attachment.
    const id = new URL(url).pathname.split("/").pop();
    const pdf = await l.request.get(`${server.url}/api/v1/aanvragen/${id}/formulier.pdf`);
    assert.equal(pdf.status(), 200);
    const bijlage = await l.request.get(
      `${server.url}${await r.getByTestId("bijlagen").getByRole("link").first().getAttribute("href")}`,
    );
    assert.equal(bijlage.status(), 200);
    assert.match(bijlage.headers()["content-disposition"] ?? "", /^attachment/);
  });

  test("§9: de korpschef weigert, de burgemeester gaat in beroep, DGPOL adviseert, de minister wijst aan", async () => {
    const [r, b, rb, k, dg, m, le] = await Promise.all([
      als("rccb-medewerker"),
      als("burgemeester"),
      als("regioburgemeester"),
      als("korpschef"),
      als("dgpol"),
      als("minister-jenv"),
      als("le-pob"),
    ]);
    const P = "politie-1-bijstand-andere-eenheid-oo";
    const { url, ref } = await concept(r, P, false);
    await aanvullen(r, "politie-me-peloton", "onbekend");
    const ronde = async (p: Page, rol: string, opties: { behalve?: RegExp } = {}) => {
      await open(p, url, `Aanvraag ${ref}`);
      return doeMijnTaken(p, gebruiker(rol).wachtwoord, opties);
    };
    // Up to and including the mayor's signature (the regioburgemeester gives the zienswijze).
    for (let i = 0; i < 4; i++) {
      await ronde(r, "rccb-medewerker", { behalve: /verzenden$/ });
      await ronde(rb, "regioburgemeester");
      await ronde(b, "burgemeester");
    }
    await status(r, "In behandeling", "RCCB");

    // The korpschef refuses: reasons are required; written, with a copy to DGPOL.
    await open(k, url, `Aanvraag ${ref}`);
    await k.getByRole("button", { name: "Weigeren (korpschef)…" }).click();
    await verwachtToegankelijk(k, "de weigering door de korpschef");
    await k.getByLabel("Redenen (één per regel)").fill("Capaciteit elders nodig (EK voetbal).");
    await schermafdruk(k, "aanvraag-korpschef-weigert-desktop");
    await k.getByRole("button", { name: "Weigering vastleggen" }).click();
    await status(k, "In beroep", "korpschef");
    await status(b, "In beroep", "burgemeester");

    // Someone else than the mayor cannot appeal: the RCCB has no appeal form.
    await open(r, url, `Aanvraag ${ref}`);
    assert.equal(await r.locator('section.av-actie[data-taak$="/beroep"]').count(), 0);

    const beroep = await ronde(b, "burgemeester");
    assert.ok(
      beroep.some((t) => t.endsWith("/beroep")),
      `beroep ingesteld: ${beroep}`,
    );
    await verwachtToegankelijk(b, "na het beroep");
    const advies = await ronde(dg, "dgpol");
    assert.ok(
      advies.some((t) => t.endsWith("/advies-dgpol")),
      `advies DGPOL: ${advies}`,
    );
    const aanwijzing = await ronde(m, "minister-jenv");
    assert.ok(
      aanwijzing.some((t) => t.endsWith("/aanwijzing")),
      `aanwijzing: ${aanwijzing}`,
    );
    await schermafdruk(m, "aanvraag-minister-aanwijzing-desktop");
    for (let i = 0; i < 4; i++) {
      await ronde(k, "korpschef");
      await ronde(r, "rccb-medewerker");
      await ronde(le, "le-pob");
    }
    await open(le, url, `Aanvraag ${ref}`);
    await status(le, "Toegekend", "LE-POB");
    const tekst = (await le.locator("main").textContent()) ?? "";
    for (const w of ["Weigering korpschef", "Beroep", "Advies", "Aanwijzing"])
      assert.ok(tekst.includes(w), `de pagina noemt ${w}`);
    const tijdlijn = (await le.getByTestId("tijdlijn").textContent()) ?? "";
    assert.match(tijdlijn, /afschrift aan DGPOL/);
    await verwachtToegankelijk(le, "de toegekende aanvraag na beroep");
    await schermafdruk(le, "aanvraag-beroep-toegekend-desktop");
  });

  test("een gemeente buiten de eenheid staat bij het veld; in §7 trekt het RCCB niet in", async () => {
    const r = await als("rccb-medewerker");
    await r.goto(
      `${server.url}/aanvragen/nieuw?procedure=politie-3-kmar-oo&catalogus=${encodeURIComponent(CATALOGUS_VERSIE)}`,
    );
    await wachtOpKop(r, "Nieuwe aanvraag");
    await r.getByLabel("Veiligheidsregio").selectOption("vr09");
    await r.getByLabel("Naam van wie het gezag heeft").fill("mr. A. Dijksma");
    await r.getByLabel("Gemeente Utrecht", { exact: true }).check();
    // A form that still names Amsterdam (RE05), say from an older screen: the server refuses it
    // (ADR 0604) and the page says so beside the municipalities, by name, in Dutch.
    await r.route("**/api/v1/aanvragen", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const body = route.request().postDataJSON() as { gegevens: { plaats: { gemeenten: string[] } } };
      body.gegevens.plaats.gemeenten.push("gm0363");
      await route.continue({ postData: JSON.stringify(body) });
    });
    await r.getByRole("button", { name: "Concept aanmaken" }).click();
    const groep = r.getByRole("group", { name: "Gemeenten van inzet" });
    const melding = groep.locator(".utrecht-form-field-error-message");
    await melding.waitFor();
    const tekst = (await melding.textContent()) ?? "";
    assert.match(tekst, /Amsterdam \(VR13\) ligt niet in de politie-eenheid RE03/);
    assert.doesNotMatch(tekst, /plaats\.gemeenten|gm0363/, "geen veldcode of id in de melding");
    assert.equal(await r.getByLabel("Adres").getAttribute("aria-invalid"), null, "alleen bij de gemeenten");
    await verwachtToegankelijk(r, "een gemeente buiten de eenheid");
    await groep.scrollIntoViewIfNeeded();
    await schermafdruk(r, "aanvraag-gemeente-buiten-eenheid-desktop", { volledig: false });
    await r.unrouteAll();

    // §7: the RCCB drafts, the OvJ makes the request; only the OvJ may withdraw it (ADR 0605).
    const { url } = await concept(r, "politie-7-kmar-justitie", false);
    await r.getByRole("heading", { name: "Stappen van de procedure" }).waitFor();
    assert.equal(
      await r.getByRole("button", { name: "Intrekken…" }).count(),
      0,
      "het RCCB trekt in §7 niet in",
    );
    const ovj = await als("officier-van-justitie");
    await ovj.goto(url);
    await ovj.getByTestId("aanvraag-status").waitFor();
    await ovj.getByRole("button", { name: "Intrekken…" }).waitFor();
  });

  test("§1: na de termijn legt het RCCB vast dat er geen zienswijze van de regioburgemeester kwam", async () => {
    const [r, rb] = await Promise.all([als("rccb-medewerker"), als("regioburgemeester")]);
    const { url, ref } = await concept(r, "politie-1-bijstand-andere-eenheid-oo", false);
    await aanvullen(r, "politie-me-peloton", "onbekend");
    await doeMijnTaken(r, gebruiker("rccb-medewerker").wachtwoord, { behalve: /verzenden$/ });
    await r.locator('.av-taak--nu[data-taak*="/zienswijze"]').waitFor({ timeout: LIVE_MS });
    // Before the due time the page says what will be possible, and offers nothing yet.
    await r.getByText(/De zienswijze van de regioburgemeester is gevraagd tot/).waitFor();
    assert.equal(await r.getByRole("button", { name: "Geen zienswijze ontvangen…" }).count(), 0);
    await open(rb, url, `Aanvraag ${ref}`);
    await rb.locator('section.av-actie[data-taak*="/zienswijze"]').waitFor();

    // A day and an hour later (the zienswijze is due 24 hours after it was asked; ADR 0607).
    const terug = verschuifServerklok(25 * UUR);
    try {
      const [r2, rb2, r3] = await Promise.all([
        alsLater("rccb-medewerker", 25 * UUR),
        alsLater("regioburgemeester", 25 * UUR),
        alsLater("rccb-medewerker", 25 * UUR, { viewport: TELEFOON, telefoon: true }),
      ]);
      // The regioburgemeester gives his view himself (still possible); he does not record its absence.
      await open(rb2, url, `Aanvraag ${ref}`);
      await rb2.locator('section.av-actie[data-taak*="/zienswijze"]').waitFor();
      assert.equal(await rb2.locator("[data-geen-zienswijze]").count(), 0);

      await open(r2, url, `Aanvraag ${ref}`);
      const blok = r2.locator("[data-geen-zienswijze]");
      await blok.getByText("Termijn verstreken").waitFor();
      await blok.getByRole("button", { name: "Geen zienswijze ontvangen…" }).click();
      const knop = blok.getByRole("button", { name: "Vastleggen: geen zienswijze ontvangen" });
      assert.ok(await knop.isDisabled(), "zonder toelichting niet vast te leggen");
      await blok
        .getByLabel("Wat is gedaan om de zienswijze te krijgen?")
        .fill("Regioburgemeester bij het verzoek gemaild en daarna twee keer gebeld; geen reactie.");
      await verwachtToegankelijk(r2, "geen zienswijze ontvangen");
      await blok.scrollIntoViewIfNeeded();
      await schermafdruk(r2, "aanvraag-geen-zienswijze-desktop", { volledig: false });
      await open(r3, url, `Aanvraag ${ref}`);
      await r3.getByRole("button", { name: "Geen zienswijze ontvangen…" }).click();
      await r3.locator("[data-geen-zienswijze]").scrollIntoViewIfNeeded();
      await verwachtToegankelijk(r3, "geen zienswijze ontvangen op de telefoon");
      await schermafdruk(r3, "aanvraag-geen-zienswijze-telefoon", { volledig: false });

      await knop.click();
      await r2.getByText("De stap is overgeslagen; de reden is vastgelegd.").waitFor();
      await blok.waitFor({ state: "detached" });
      await r2
        .locator('.av-taak[data-taak*="/zienswijze"]')
        .getByText(/Geen zienswijze ontvangen binnen de termijn/)
        .waitFor();
      // Live at the regioburgemeester: his task is no longer open; the request goes on to signing.
      await rb2
        .locator('section.av-actie[data-taak*="/zienswijze"]')
        .waitFor({ state: "detached", timeout: LIVE_MS });
      await r2.locator('.av-taak--nu[data-taak*="/indienen"]').waitFor({ timeout: LIVE_MS });
      await schermafdruk(r2, "aanvraag-geen-zienswijze-vastgelegd-desktop");
    } finally {
      terug();
    }
  });
});
