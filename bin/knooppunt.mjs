#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx knooppunt` works right after `npm ci`.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
const code = await main(process.argv.slice(2));
if (!process.argv.slice(2).includes("serve")) process.exit(code);
