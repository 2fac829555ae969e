// Screenshots for people to look at (screenshots/ is git-ignored).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

export const SCHERMAFDRUK_MAP = join(process.cwd(), "screenshots");

export async function schermafdruk(
  page: Page,
  naam: string,
  opties: { volledig?: boolean } = {},
): Promise<string> {
  mkdirSync(SCHERMAFDRUK_MAP, { recursive: true });
  const pad = join(SCHERMAFDRUK_MAP, `${naam.replace(/[^a-z0-9._-]+/gi, "-")}.png`);
  await page.screenshot({ path: pad, fullPage: opties.volledig ?? true });
  return pad;
}
