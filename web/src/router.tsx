// A tiny client router: history.pushState + popstate, no dependency. Pages register in
// routes.ts; this file only knows about paths.
import { useSyncExternalStore } from "react";

const luisteraars = new Set<() => void>();
// The first page load must not move focus (the browser starts at the top); every later
// route change moves focus to the new page's heading (see layout/Pagina.tsx).
let doorGebruikerGenavigeerd = false;

function meld(): void {
  for (const l of luisteraars) l();
}

if (typeof window !== "undefined") {
  window.addEventListener("popstate", () => {
    doorGebruikerGenavigeerd = true;
    meld();
  });
}

export function navigeer(href: string, opties: { vervang?: boolean } = {}): void {
  const huidig = `${location.pathname}${location.search}${location.hash}`;
  if (href === huidig) return;
  if (opties.vervang) history.replaceState(null, "", href);
  else {
    history.pushState(null, "", href);
    doorGebruikerGenavigeerd = true;
  }
  window.scrollTo(0, 0);
  meld();
}

export function isNavigatieDoorGebruiker(): boolean {
  return doorGebruikerGenavigeerd;
}

function abonneer(l: () => void): () => void {
  luisteraars.add(l);
  return () => luisteraars.delete(l);
}

// A string snapshot so useSyncExternalStore sees a stable value between changes.
function momentopname(): string {
  return `${location.pathname}${location.search}`;
}

export interface Locatie {
  pad: string;
  zoek: URLSearchParams;
}

export function useLocatie(): Locatie {
  const s = useSyncExternalStore(abonneer, momentopname, () => "/");
  const i = s.indexOf("?");
  return i < 0
    ? { pad: s, zoek: new URLSearchParams() }
    : { pad: s.slice(0, i), zoek: new URLSearchParams(s.slice(i)) };
}

/** Matches "/beheer/gebruikers/:id" against a path; returns the parameters or null. */
export function match(patroon: string, pad: string): Record<string, string> | null {
  const a = patroon.split("/").filter(Boolean);
  const b = pad.replace(/\/+$/, "").split("/").filter(Boolean);
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const w = b[i]!;
    if (p.startsWith(":")) params[p.slice(1)] = decodeURIComponent(w);
    else if (p !== w) return null;
  }
  return params;
}

/** Only same-app paths: a `terug` parameter must never send the user to another site. */
export function veiligTerug(terug: string | null): string {
  if (!terug || !terug.startsWith("/") || terug.startsWith("//") || terug.startsWith("/\\")) return "/";
  if (terug.startsWith("/inloggen")) return "/";
  return terug;
}
