// Launches the Debian Chromium through playwright-core. Never downloads a browser: when
// the executable is missing the browser tests are skipped with a reason, or fail when
// REQUIRE_BROWSER=1 (CI must not silently skip them).
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const BROWSER_VERPLICHT = process.env.REQUIRE_BROWSER === "1";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Why the browser tests cannot run here, or undefined when they can. Throws when a
 * browser is required (REQUIRE_BROWSER=1) but missing, so the test file fails loudly.
 */
export function browserOverslaan(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reden = `Chromium niet gevonden op ${CHROMIUM_PATH} (zet CHROMIUM_PATH of installeer het pakket chromium)`;
  if (BROWSER_VERPLICHT) throw new Error(`REQUIRE_BROWSER=1 maar ${reden}`);
  console.warn(`⚠ browsertests overgeslagen: ${reden}`);
  return `overgeslagen: ${reden}`;
}

export async function startBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

export const DESKTOP = { width: 1280, height: 860 };
export const TELEFOON = { width: 390, height: 844 };

export interface Tabblad {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests, so a test can show them when it fails. */
  fouten: string[];
}

/** A fresh context (own cookies) with Dutch locale and Amsterdam time. */
export async function nieuwTabblad(
  browser: Browser,
  opties: { viewport?: { width: number; height: number }; telefoon?: boolean } = {},
): Promise<Tabblad> {
  const context = await browser.newContext({
    viewport: opties.viewport ?? DESKTOP,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    ...(opties.telefoon ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") fouten.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => fouten.push(`pageerror: ${e.message}`));
  return { context, page, fouten };
}
