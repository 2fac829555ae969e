// Runs axe-core inside the page and fails on any WCAG 2.1 A/AA violation, listing each
// rule, its impact and the offending elements so the message says what to fix.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
let bron: string | undefined;
function axeBron(): string {
  bron ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  return bron;
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeOvertreding {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export async function axeOvertredingen(page: Page): Promise<AxeOvertreding[]> {
  const aanwezig = await page.evaluate(() => "axe" in window);
  // evaluate() runs over the DevTools protocol, so the app's strict CSP (no inline script)
  // stays on during the test and still catches the app's own violations.
  if (!aanwezig) await page.evaluate(axeBron());
  return page.evaluate(
    async (tags) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected at runtime
      const axe = (window as any).axe;
      const r = await axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return r.violations as AxeOvertreding[];
    },
    [...WCAG_TAGS],
  );
}

export function beschrijfOvertredingen(v: AxeOvertreding[]): string {
  return v
    .map((o) => {
      const knopen = o.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    - ${n.target.join(" ")}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
        )
        .join("\n");
      const meer = o.nodes.length > 5 ? `\n    … en nog ${o.nodes.length - 5}` : "";
      return `  • ${o.id} (${o.impact ?? "?"}): ${o.help}\n    ${o.helpUrl}\n${knopen}${meer}`;
    })
    .join("\n");
}

/** Asserts zero axe violations for WCAG 2.1 A and AA on the current page state. */
export async function verwachtToegankelijk(page: Page, waar: string): Promise<void> {
  const v = await axeOvertredingen(page);
  assert.equal(
    v.length,
    0,
    `axe-core vond ${v.length} WCAG 2.1 AA-overtreding(en) op ${waar} (${page.url()}):\n${beschrijfOvertredingen(v)}`,
  );
}
