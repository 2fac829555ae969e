// Every procedure of the catalogue, carried from draft to closure in a real Chromium with the demo
// users as `npm start` creates them (issue 4, "Done when"). Generated from the catalogue, so a new
// procedure cannot go untested. Per procedure: the first preparing role creates the request on the
// new-request page (procedure chosen, every field filled with the domain walker's form data), then
// each task is completed on the request page by the demo user who owns it (role + organisation) —
// which command and which outcome come from the domain walker (testhulp.ts), this file only turns
// them into clicks — and finally the requesting side records the deployment, the demobilisation and
// the closure with the costs made. The UI and the API must both say "afgesloten".
// One browser context per demo user, kept for all procedures.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { commandoVoorTaak, REGIO, Scenario, volledigeGegevens } from "../src/domain/aanvragen/testhulp.ts";
import type { Aanvraag, AanvraagStatus, Taak } from "../src/domain/aanvragen/typen.ts";
import { CATALOGUS } from "../src/domain/wegwijzer/catalogus.ts";
import type { Procedure } from "../src/domain/wegwijzer/typen.ts";
import { COMMANDO_KNOP, STATUS } from "../web/src/pages/aanvragen/teksten.ts";
import { browserOverslaan, nieuwTabblad, startBrowser, type Tabblad } from "./support/browser.ts";
import { inloggen, wachtOpKop } from "./support/knooppunt.ts";
import { schermafdruk } from "./support/schermafdruk.ts";
import { type DemoGebruiker, type DraaiendeServer, startKnooppunt } from "./support/server.ts";

const skip = browserOverslaan();
const LIVE_MS = 10_000;
/** The costs recorded at closure: € 12.500,50. */
const KOSTEN = { invoer: "12500,50", cent: 1_250_050 };

/** What a newcomer would ask for where the walker's generic capacity does not fit the procedure. */
const CAPACITEIT: Partial<Record<string, string>> = {
  "politie-2-waterwerper": "jenv-waterwerper",
  "politie-2-bewakingscontainer-vrt": "jenv-bewakingscontainer",
  "politie-3-kmar-oo": "kmar-peloton",
  "politie-7-kmar-justitie": "kmar-peloton",
};

interface Detail {
  aanvraag: Aanvraag;
}

/** "2026-03-10T13:00" for a datetime-local field (the browser runs in Amsterdam time). */
function lokaal(d: Date): string {
  const delen = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
  return delen.replace(" ", "T");
}

const uur = (n: number) => new Date(Date.now() + n * 3_600_000);

describe(
  "elke procedure van concept tot afsluiting, met de demogebruikers",
  { skip, timeout: 900_000 },
  () => {
    let server: DraaiendeServer;
    let browser: Browser;
    const tabs = new Map<string, Tabblad>();
    const gesloten: string[] = [];

    before(async () => {
      [server, browser] = await Promise.all([startKnooppunt(), startBrowser()]);
    });
    after(async () => {
      for (const t of tabs.values()) await t.context.close().catch(() => {});
      await browser?.close();
      await server?.close();
    });

    /** The demo user with this role in one of these organisations (any organisation when not given). */
    function demo(rol: string, organisaties?: readonly string[]): DemoGebruiker {
      const metRol = server.demoGebruikers.filter((g) => g.rollen.includes(rol as never));
      const g = organisaties ? metRol.find((x) => organisaties.includes(x.organisatieId)) : metRol[0];
      assert.ok(
        g,
        `geen demogebruiker met de rol ${rol} bij ${organisaties?.join(", ") ?? "een organisatie"} ` +
          `(wel: ${metRol.map((x) => `${x.gebruikersnaam}@${x.organisatieId}`).join(", ") || "geen"})`,
      );
      return g;
    }

    /** The user's own browser context, logged in once and kept across procedures. */
    async function tab(g: DemoGebruiker): Promise<Tabblad> {
      let t = tabs.get(g.gebruikersnaam);
      if (!t) {
        t = await nieuwTabblad(browser);
        tabs.set(g.gebruikersnaam, t);
        await inloggen(t.page, server.url, g);
        await wachtOpKop(t.page, "Overzicht");
      }
      return t;
    }

    /** The request page in the user's tab, following changes live. */
    async function opAanvraag(g: DemoGebruiker, url: string, herladen = false): Promise<Page> {
      const { page } = await tab(g);
      if (herladen || page.url() !== url) {
        await page.goto(url);
        await page.getByTestId("aanvraag-status").waitFor();
        await page.getByTestId("live-status").getByText("Wijzigingen verschijnen hier vanzelf.").waitFor();
      }
      return page;
    }

    /** The request as the API gives it, read with the LOCC's session (the LOCC sees every request). */
    async function lees(id: string): Promise<Aanvraag> {
      const { context } = await tab(demo("locc-piket"));
      const r = await context.request.get(`${server.url}/api/v1/aanvragen/${id}`);
      assert.equal(r.status(), 200, `GET /api/v1/aanvragen/${id}: ${await r.text()}`);
      return ((await r.json()) as Detail).aanvraag;
    }

    async function status(page: Page, s: AanvraagStatus, wie: string): Promise<void> {
      try {
        await page
          .getByTestId("aanvraag-status")
          .getByText(STATUS[s], { exact: true })
          .waitFor({ timeout: LIVE_MS });
      } catch (e) {
        const nu = await page.getByTestId("aanvraag-status").textContent();
        const pad = await schermafdruk(page, `fout-status-${wie}`);
        throw new Error(`${wie} ziet status "${nu}" in plaats van "${STATUS[s]}" (${pad})\n${e}`);
      }
    }

    /** A step on the request page (button, then its small form), by the visible names. */
    async function onderdeel(page: Page, titel: string, knop: string, vul?: (f: Locator) => Promise<void>) {
      await page.getByRole("button", { name: `${titel}…` }).click();
      const f = page
        .locator("section.av-levensloop__onderdeel")
        .filter({ has: page.getByRole("heading", { name: titel, exact: true }) });
      await vul?.(f);
      await f.getByRole("button", { name: knop }).click();
      try {
        await f.waitFor({ state: "detached", timeout: LIVE_MS });
      } catch (e) {
        const melding = await f.locator(".utrecht-alert").allTextContents();
        throw new Error(
          `"${titel}" niet vastgelegd: ${melding.join(" | ")} (${await schermafdruk(page, "fout-levensloop")})\n${e}`,
        );
      }
    }

    /** The new-request page: choose the procedure, fill every field with the walker's form data. */
    async function maakAan(
      p: Procedure,
      maker: DemoGebruiker,
      opties: { oefening?: boolean } = {},
    ): Promise<{ id: string; url: string; ref: string }> {
      const g = volledigeGegevens(p);
      const { page: r } = await tab(maker);
      await r.goto(`${server.url}/aanvragen/nieuw`);
      await wachtOpKop(r, "Nieuwe aanvraag");
      await r.getByLabel("Procedure", { exact: true }).selectOption(p.id);
      await r.getByLabel("Veiligheidsregio").selectOption(REGIO);
      const vinkje = r.getByLabel("Oefening (geen bevoegd gezag nodig, factsheet politie §2)");
      if (opties.oefening) {
        // A water-cannon exercise: ticking it hides the gezag fields (ADR 0621).
        await vinkje.check();
        assert.equal(
          await r.getByLabel("Gezag", { exact: true }).count(),
          0,
          "geen gezagveld bij een oefening",
        );
        assert.equal(await r.getByLabel("Naam van wie het gezag heeft").count(), 0);
      } else {
        // Only the water cannon offers the exercise.
        assert.equal(await vinkje.count(), p.id === "politie-2-waterwerper" ? 1 : 0);
        // The procedure's first authority is chosen for the user (as the walker does).
        assert.equal(await r.getByLabel("Gezag", { exact: true }).inputValue(), p.gezag.rollen[0]);
        await r.getByLabel("Naam van wie het gezag heeft").fill("mr. A. Dijksma");
      }
      await r.getByLabel("Naam", { exact: true }).fill(g.contact?.naam ?? "");
      await r.getByLabel("Telefoon", { exact: true }).fill(g.contact?.telefoon ?? "");
      await r.getByLabel("E-mail", { exact: true }).fill(g.contact?.email ?? "");
      await r.getByLabel("Naam van het incident").fill(g.incident?.naam ?? "");
      await r.getByLabel("Plaats van het incident").fill(g.incident?.plaats ?? "");
      await r.getByLabel("Begonnen op").fill(lokaal(uur(-2)));
      await r.getByLabel("Soort incident").fill(g.incident?.type ?? "");
      await r.getByLabel("Reden van de aanvraag").fill(g.reden ?? "");
      await r.getByLabel("Beoogd effect").fill(g.beoogdEffect ?? "");
      await r
        .getByLabel("Soort capaciteit")
        .selectOption(CAPACITEIT[p.id] ?? g.gevraagd?.capaciteitType ?? "");
      await r.getByLabel("Aantal").fill(String(g.gevraagd?.aantal ?? 1));
      await r.getByLabel("Omschrijving van wat gevraagd wordt").fill(g.gevraagd?.omschrijving ?? "");
      if (g.motiveringGeenMarktpartij)
        await r.getByLabel("Waarom kan geen marktpartij dit doen?").fill(g.motiveringGeenMarktpartij);
      for (const gm of g.plaats?.gemeenten ?? [])
        await r.locator(`input[type=checkbox][name=gemeenten][value="${gm}"]`).check();
      await r.getByLabel("Adres").fill(g.plaats?.adres ?? "");
      // The walker's period lies in its own test time; here it starts within the hour.
      await r.getByLabel("Van", { exact: true }).fill(lokaal(uur(1)));
      await r.getByLabel("Tot", { exact: true }).fill(lokaal(uur(25)));
      await r.getByLabel("Kostenverwachting").selectOption(g.kostenverwachting?.regime ?? "");
      await r.getByLabel("Toelichting op de kosten").fill(g.kostenverwachting?.toelichting ?? "");
      await r.getByRole("button", { name: "Concept aanmaken" }).click();
      try {
        await wachtOpKop(r, /^Aanvraag B-\d{4}-VR09-\d{4}$/);
      } catch (e) {
        const melding = await r.locator(".utrecht-alert").allTextContents();
        throw new Error(`concept ${p.id} niet aangemaakt: ${melding.join(" | ")}\n${e}`);
      }
      await r.getByTestId("live-status").getByText("Wijzigingen verschijnen hier vanzelf.").waitFor();
      const url = r.url();
      const ref = ((await r.locator("h1").textContent()) ?? "").replace("Aanvraag ", "");
      return { id: new URL(url).pathname.split("/").pop() ?? "", url, ref };
    }

    /**
     * The organisations a step names (other regions asked, units that supply): where a demo user of
     * the receiving role sits, so the next steps have an owner who can log in; else the walker's pick.
     */
    function organisatiesVoor(p: Procedure, a: Aanvraag, t: Taak, walker: string[]): string[] {
      const stap = p.stappen.find((s) => s.id === t.stapId);
      const eigen = new Set([a.context.veiligheidsregioId, a.context.rccbId]);
      const gekozen = (stap?.aan ?? [])
        .filter((x) => x.relatie === "andere-regio" || x.relatie === "leverende-eenheden")
        .flatMap((x) => server.demoGebruikers.filter((g) => g.rollen.includes(x.rol)))
        .map((g) => g.organisatieId)
        .filter((o) => !eigen.has(o) && (/^vr\d\d$/.test(o) || /-rccb$/.test(o)));
      return gekozen.length > 0 ? [...new Set(gekozen)] : walker;
    }

    /** Completes one task on the owner's request page with the command the walker would send. */
    async function doeTaak(p: Procedure, a: Aanvraag, url: string, t: Taak): Promise<void> {
      const g = demo(t.eigenaar.rol, t.eigenaar.organisaties);
      let page = await opAanvraag(g, url);
      let sectie = page.locator(`section.av-actie[data-taak="${t.id}"]`);
      // Normally the task arrives live; a page that missed an event is reloaded once.
      if (
        !(await sectie.waitFor({ timeout: 3_000 }).then(
          () => true,
          () => false,
        ))
      ) {
        page = await opAanvraag(g, url, true);
        sectie = page.locator(`section.av-actie[data-taak="${t.id}"]`);
        try {
          await sectie.waitFor({ timeout: LIVE_MS });
        } catch (e) {
          const pad = await schermafdruk(page, `fout-geen-taak-${g.gebruikersnaam}`);
          throw new Error(`${g.gebruikersnaam} ziet geen formulier voor taak ${t.id} (${pad})\n${e}`);
        }
      }
      const s = new Scenario(a.id);
      s.state = a;
      const cmd = commandoVoorTaak(s, t) as unknown as Record<string, unknown> & { type: string };
      const tekst = async (label: string | RegExp, waarde: unknown) => {
        if (typeof waarde === "string" && waarde) await sectie.getByLabel(label).fill(waarde);
      };
      const uitkomst = async (u: unknown) => {
        await sectie.locator(`input[type=radio][value="${u}"]`).check();
      };
      const redenen = () => tekst(/^Redenen/, ((cmd.redenen as string[] | undefined) ?? []).join("\n"));
      const organisaties = async () => {
        if (!cmd.organisaties) return;
        for (const o of organisatiesVoor(p, a, t, cmd.organisaties as string[]))
          await sectie.locator(`input[type=checkbox][value="${o}"]`).check();
      };
      switch (cmd.type) {
        case "StapAfronden":
          await tekst("Toelichting (optioneel)", cmd.toelichting);
          await organisaties();
          break;
        case "Ondertekenen":
          await sectie.getByLabel("Uw wachtwoord (ter bevestiging)").fill(g.wachtwoord);
          await sectie.getByLabel("Ik onderteken", { exact: true }).check();
          break;
        case "ZienswijzeGeven":
          await tekst("Zienswijze", cmd.zienswijze);
          break;
        case "Toetsen":
        case "Besluiten":
          await uitkomst(cmd.uitkomst);
          await redenen();
          break;
        case "Leveranciersbesluit":
          await uitkomst(cmd.uitkomst);
          await redenen();
          await organisaties();
          break;
        case "KorpschefWeigeren":
          await uitkomst(cmd.omvang);
          await redenen();
          break;
        case "BeroepInstellen":
          await tekst("Toelichting bij het beroep", cmd.toelichting);
          break;
        case "AdviesGeven":
          await tekst("Advies", cmd.advies);
          break;
        case "AanwijzingGeven":
          await uitkomst(cmd.uitkomst);
          await tekst("Aanwijzing", cmd.aanwijzing);
          await redenen();
          break;
        default:
          assert.fail(`onbekend commando ${cmd.type} voor taak ${t.id}`);
      }
      await sectie.getByRole("button", { name: COMMANDO_KNOP[t.commando], exact: true }).click();
      try {
        await sectie.waitFor({ state: "detached", timeout: LIVE_MS });
      } catch (e) {
        const melding = await sectie.locator(".utrecht-alert").allTextContents();
        const pad = await schermafdruk(page, `fout-taak-${g.gebruikersnaam}`);
        throw new Error(
          `${g.gebruikersnaam}: taak ${t.id} (${cmd.type}) bleef staan: ${melding.join(" | ")} (${pad})\n${e}`,
        );
      }
    }

    for (const p of CATALOGUS)
      test(`${p.id}: ${p.titel}`, async () => {
        const maker = demo(p.voorbereiding.rollen[0] as string);
        const { id, url, ref } = await maakAan(p, maker);
        const r = (await tab(maker)).page;
        await status(r, "concept", maker.gebruikersnaam);

        // Every task, first available first (the walker's order), by the demo user who owns it.
        const gedaan: string[] = [];
        let a = await lees(id);
        for (let i = 0; i < 80; i++) {
          const t = a.taken.find((x) => x.beschikbaar);
          if (!t) break;
          await doeTaak(p, a, url, t);
          gedaan.push(t.id);
          const voor = a.versie;
          a = await lees(id);
          assert.ok(a.versie > voor, `taak ${t.id} heeft de aanvraag niet gewijzigd`);
        }
        const open = a.taken.filter((t) => t.status === "open").map((t) => t.id);
        assert.deepEqual(open, [], `na ${gedaan.length} taken staan nog open: ${open.join(", ")}`);

        // The requesting side: deployment and demobilisation after a decision, then closure with costs.
        await opAanvraag(maker, url);
        const uitkomst = a.fasen[0]?.uitkomst;
        if (p.verwijzing) assert.equal(uitkomst, null, "een verwijzing kent geen eigen besluit");
        else {
          assert.ok(uitkomst === "toegekend" || uitkomst === "gedeeltelijk", `besluit: ${uitkomst}`);
          await status(
            r,
            uitkomst === "toegekend" ? "toegekend" : "gedeeltelijk-toegekend",
            maker.gebruikersnaam,
          );
          await onderdeel(r, "Inzet starten", "Start van de inzet vastleggen");
          await status(r, "in-uitvoering", maker.gebruikersnaam);
          await onderdeel(r, "Demobiliseren", "Demobilisatie vastleggen");
          await status(r, "gedemobiliseerd", maker.gebruikersnaam);
        }
        await onderdeel(r, "Afsluiten", "Aanvraag afsluiten", async (f) => {
          await f.getByLabel("Werkelijke kosten in euro").fill(KOSTEN.invoer);
          await f.getByLabel("Toelichting op de kosten").fill("Personeel en vervoer volgens declaratie.");
        });
        await status(r, "afgesloten", maker.gebruikersnaam);
        assert.match((await r.locator(".av-gegevens").textContent()) ?? "", /€\s?12\.500,50/);

        // The API agrees.
        const eind = await lees(id);
        assert.equal(eind.status, "afgesloten");
        assert.equal(eind.referentienummer, ref);
        assert.equal(eind.afsluiting?.werkelijkeKosten.bedragCent, KOSTEN.cent);
        if (!p.verwijzing) {
          assert.ok(eind.inzet.gestartOp && eind.inzet.gedemobiliseerdOp, "inzet gestart en beëindigd");
        }
        gesloten.push(p.id);
        if (p.id === "politie-9-afwijzing-en-beroep" || p.id === "lcp-egt-tin-bewaken-beveiligen")
          await schermafdruk(r, `aanvraag-afgesloten-${p.id}`);
      });

    test("politie-2-waterwerper als oefening: zonder gezag van concept tot afsluiting, getoond als oefening", async () => {
      const p = CATALOGUS.find((x) => x.id === "politie-2-waterwerper") as Procedure;
      const maker = demo(p.voorbereiding.rollen[0] as string);
      const { id, url, ref } = await maakAan(p, maker, { oefening: true });
      const r = (await tab(maker)).page;
      await r.getByTestId("oefening-label").waitFor();
      assert.match(
        (await r.getByTestId("gezag").textContent()) ?? "",
        /Niet nodig — oefening \(factsheet politie §2\)/,
      );
      // While a draft, the edit form turns it into a deployment (naming the gezag) and back.
      const bewerk = async (oefening: boolean) => {
        await r.getByRole("button", { name: "Gegevens bewerken" }).click();
        const vink = r.getByLabel("Oefening (geen bevoegd gezag nodig, factsheet politie §2)");
        if (oefening) await vink.check();
        else {
          await vink.uncheck();
          await r.getByLabel("Gezag", { exact: true }).selectOption("burgemeester");
          await r.getByLabel("Naam van wie het gezag heeft").fill("S. Dijksma");
        }
        await r.getByRole("button", { name: "Wijzigingen opslaan" }).click();
        await r.getByRole("button", { name: "Gegevens bewerken" }).waitFor();
      };
      await bewerk(false);
      await r.getByTestId("gezag").filter({ hasText: "S. Dijksma" }).waitFor();
      assert.equal(await r.getByTestId("oefening-label").count(), 0, "geen oefening meer");
      assert.equal((await lees(id)).gezag?.naam, "S. Dijksma");
      await bewerk(true);
      await r.getByTestId("oefening-label").waitFor();
      let a = await lees(id);
      assert.equal(a.oefening, true);
      assert.equal(a.gezag, null);
      for (let i = 0; i < 20; i++) {
        const t = a.taken.find((x) => x.beschikbaar);
        if (!t) break;
        await doeTaak(p, a, url, t);
        a = await lees(id);
      }
      await opAanvraag(maker, url);
      await status(r, "toegekend", maker.gebruikersnaam);
      await onderdeel(r, "Inzet starten", "Start van de inzet vastleggen");
      await onderdeel(r, "Demobiliseren", "Demobilisatie vastleggen");
      await onderdeel(r, "Afsluiten", "Aanvraag afsluiten", async (f) => {
        await f.getByLabel("Werkelijke kosten in euro").fill("2500");
        await f
          .getByLabel("Toelichting op de kosten")
          .fill("Vervoer van de waterwerper naar het oefenterrein.");
      });
      await status(r, "afgesloten", maker.gebruikersnaam);
      // The list says it too.
      await r.goto(`${server.url}/aanvragen`);
      const rij = r.getByRole("row").filter({ hasText: ref });
      await rij.getByText("Oefening", { exact: true }).waitFor({ timeout: LIVE_MS });
      await schermafdruk(r, "aanvragen-lijst-oefening");
    });

    test("alle procedures van de catalogus zijn afgesloten", () => {
      assert.deepEqual(
        gesloten,
        CATALOGUS.map((p) => p.id),
      );
    });
  },
);
