// Sending one command from a form: busy state, the refusal kept for the form, focus on it.
import { useRef, useState } from "react";
import type { Commando } from "./api.ts";

export type Uitvoeren = (c: Commando) => Promise<void>;

/** Runs `c` and keeps the refusal for the form; a conflict is handled by the page. */
export function useVersturen(uitvoeren: Uitvoeren) {
  const [bezig, zetBezig] = useState(false);
  const [fout, zetFout] = useState<unknown>(undefined);
  const foutRef = useRef<HTMLDivElement>(null);
  async function verstuur(c: Commando | (() => Promise<Commando>)): Promise<boolean> {
    zetBezig(true);
    zetFout(undefined);
    try {
      await uitvoeren(typeof c === "function" ? await c() : c);
      return true;
    } catch (e) {
      zetFout(e);
      setTimeout(() => foutRef.current?.querySelector<HTMLElement>(".utrecht-alert")?.focus(), 0);
      return false;
    } finally {
      zetBezig(false);
    }
  }
  return { bezig, fout, verstuur, foutRef };
}
