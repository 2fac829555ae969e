#!/usr/bin/env node
// The one test command: typecheck, lint, web build (for the browser tests), then every
// test file in a single `node --test` run so its closing summary counts everything.
// Kinds by name: *.unit.test.ts (pure), *.int.test.ts (database, both engines),
// e2e/*.spec.ts (real Chromium). `--only unit|int|e2e` narrows the run while working.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const fast = only !== undefined;

function run(label, cmd, cmdArgs, env = {}) {
  console.log(`\n── ${label}: ${cmd} ${cmdArgs.join(" ")}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

function find(dir, pred, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

if (!fast) {
  run("typecheck", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
  run("lint + format", "npx", ["biome", "check", "."]);
  run("web build", "npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);
}

const kinds = {
  unit: (p) => p.endsWith(".unit.test.ts"),
  int: (p) => p.endsWith(".int.test.ts"),
  e2e: (p) => p.startsWith("e2e/") && p.endsWith(".spec.ts"),
};
const pick = only ? [kinds[only]] : Object.values(kinds);
const files = [
  ...find("src", () => true),
  ...find("web/src", () => true),
  ...find("e2e", () => true),
  ...find("test", () => true),
]
  .filter((p) => pick.some((k) => k(p)))
  .sort();
const extra = args.filter((a, i) => a !== "--only" && args[i - 1] !== "--only");
const selected = extra.length ? files.filter((f) => extra.some((e) => f.includes(e))) : files;

console.log(`\n── tests: ${selected.length} files`);
run("tests", process.execPath, [
  "--import",
  "tsx",
  "--test",
  "--test-concurrency=2",
  "--test-reporter=spec",
  ...selected,
]);
