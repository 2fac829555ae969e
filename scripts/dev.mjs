#!/usr/bin/env node
// Development: the service (API) and the Vite dev server with hot reload, side by side.
import { spawn } from "node:child_process";

const kids = [
  spawn(process.execPath, ["bin/knooppunt.mjs", "serve"], {
    stdio: "inherit",
    env: { ...process.env, HOST: "127.0.0.1" },
  }),
  spawn("npx", ["vite", "--config", "web/vite.config.ts"], { stdio: "inherit" }),
];
const stop = () => {
  for (const k of kids) k.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const k of kids) k.on("exit", (code) => code && stop());
