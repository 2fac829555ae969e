// Starts Knooppunt in-process on a free port with a fresh embedded database and the demo
// users, after making sure the web build exists (the service serves dist/web).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
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

let bouw: Promise<void> | undefined;
/** Builds the web app once per process when dist/web is missing (npm test builds it first). */
export function zorgVoorWebBuild(): Promise<void> {
  bouw ??= (async () => {
    if (existsSync(join(REPO, "dist/web/index.html"))) return;
    const { build } = await import("vite");
    await build({ configFile: join(REPO, "web/vite.config.ts"), logLevel: "warn" });
  })();
  return bouw;
}

export async function startKnooppunt(): Promise<DraaiendeServer> {
  await zorgVoorWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), "knooppunt-e2e-"));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    demo: true,
    logLevel: process.env.LOG_LEVEL ?? "warn",
    // Every demo user logs in from 127.0.0.1 within a minute; the login limit has its own test.
    config: { loginPogingenPerMinuut: 10_000 },
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
