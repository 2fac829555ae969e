// The capability plugins beyond the core (wegwijzer, aanvragen, capaciteit, nl-alert).
import type { App } from "./app.ts";

export function capabilities(): ((app: App) => Promise<void>)[] {
  return [];
}
