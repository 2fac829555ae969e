// Page actions shared by the browser tests, written the way a user works: by label and role.
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { schermafdruk } from "./schermafdruk.ts";
import type { DemoGebruiker } from "./server.ts";

/** Waits for the page heading; on failure says which heading was there and saves a screenshot. */
export async function wachtOpKop(page: Page, tekst: string | RegExp): Promise<void> {
  try {
    await page.getByRole("heading", { level: 1, name: tekst }).waitFor();
  } catch (e) {
    const kop = await page
      .locator("h1")
      .allTextContents()
      .catch(() => []);
    const pad = await schermafdruk(page, `fout-${Date.now()}`).catch(() => "(geen schermafdruk)");
    throw new Error(
      `Kop "${tekst}" niet gezien op ${page.url()}; wel: ${JSON.stringify(kop)}. Schermafdruk: ${pad}\n${e}`,
    );
  }
}

export async function inloggen(
  page: Page,
  basis: string,
  g: Pick<DemoGebruiker, "gebruikersnaam" | "wachtwoord">,
) {
  await page.goto(`${basis}/inloggen`);
  await wachtOpKop(page, "Inloggen");
  await page.getByLabel("Gebruikersnaam").fill(g.gebruikersnaam);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(g.wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

export async function uitloggen(page: Page): Promise<void> {
  await page.getByRole("button", { name: /gebruikersmenu/ }).click();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await wachtOpKop(page, "Inloggen");
  await page.getByText("U bent uitgelogd.").waitFor();
}

/** The element that has keyboard focus, described for assertions and messages. */
export async function focusOp(page: Page): Promise<{ tag: string; tekst: string; label: string | null }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    const label = e && "labels" in e ? ((e as HTMLInputElement).labels?.[0]?.textContent ?? null) : null;
    return { tag: e?.tagName.toLowerCase() ?? "", tekst: (e?.textContent ?? "").trim(), label };
  });
}

/** Presses Tab until `past` matches the focused element; fails after `max` presses. */
export async function tabNaar(
  page: Page,
  past: (f: Awaited<ReturnType<typeof focusOp>>) => boolean,
  wat: string,
  max = 25,
): Promise<void> {
  const gezien: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focusOp(page);
    if (past(f)) return;
    gezien.push(`${f.tag}:${f.label ?? f.tekst.slice(0, 30)}`);
  }
  assert.fail(`Met Tab niet bij ${wat} gekomen; focusvolgorde was: ${gezien.join(" → ")}`);
}
