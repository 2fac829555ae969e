import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const api = "http://localhost:3000";

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
  },
  server: {
    // The web code imports the pure role list from src/domain (one list of roles).
    fs: { allow: [repoRoot] },
    proxy: {
      "/api": api,
      "/health": api,
      "/ready": api,
    },
  },
});
