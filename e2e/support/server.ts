// Starts Knooppunt in-process on a free port with a fresh embedded database, the demo
// users and a web build of its own.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DemoGebruiker } from "../../src/db/demo.ts";
import { startServer } from "../../src/server.ts";

export type { DemoGebruiker } from "../../src/db/demo.ts";

export interface DraaiendeServer {
  url: string;
  close: () => Promise<void>;
  demoGebruikers: DemoGebruiker[];
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));

let bouw: Promise<string> | undefined;
/**
 * Builds the web app once per test process into its own temporary folder: other people
 * rebuilding dist/web (emptyOutDir) during a run would otherwise pull chunks from under
 * the browser.
 */
export function bouwWeb(): Promise<string> {
  bouw ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), "knooppunt-e2e-web-"));
    const { build } = await import("vite");
    await build({
      configFile: join(REPO, "web/vite.config.ts"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    process.once("exit", () => rmSync(outDir, { recursive: true, force: true }));
    return outDir;
  })();
  return bouw;
}

export async function startKnooppunt(): Promise<DraaiendeServer> {
  const webDir = await bouwWeb();
  const dataDir = mkdtempSync(join(tmpdir(), "knooppunt-e2e-"));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    demo: true,
    logLevel: process.env.LOG_LEVEL ?? "warn",
    // Every demo user logs in from 127.0.0.1 within a minute; the login limit has its own test.
    config: { loginPogingenPerMinuut: 10_000, webDir },
  });
  return {
    url: server.url.replace(/\/$/, ""),
    demoGebruikers: server.demoGebruikers,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
