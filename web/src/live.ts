// Live updates over Server-Sent Events (GET /api/v1/live). One EventSource per tab, shared by
// every component that listens, opened while at least one listens. Events carry ids and versions
// only; a listener refetches what it shows. After every (re)connect the server sends `verbonden`
// and nothing is replayed, so listeners refetch then too (ADR 0700).
import { useEffect, useRef, useSyncExternalStore } from "react";
import { API_BASIS } from "./api.ts";

export type LiveStatus = "verbinden" | "verbonden" | "verbroken";
type Luisteraar = { kanaal: string; f: (data: unknown) => void };

const luisteraars = new Set<Luisteraar>();
const statusLuisteraars = new Set<() => void>();
let bron: EventSource | null = null;
let status: LiveStatus = "verbinden";
const gekoppeld = new Set<string>();

function zetStatus(s: LiveStatus): void {
  if (s === status) return;
  status = s;
  for (const l of statusLuisteraars) l();
}

function verdeel(kanaal: string, e: MessageEvent): void {
  let data: unknown = null;
  try {
    data = e.data ? JSON.parse(e.data as string) : null;
  } catch {
    return;
  }
  for (const l of [...luisteraars]) if (l.kanaal === kanaal) l.f(data);
}

/** Each SSE event name needs its own listener on the EventSource; add it once. */
function koppel(kanaal: string): void {
  if (!bron || gekoppeld.has(kanaal)) return;
  gekoppeld.add(kanaal);
  bron.addEventListener(kanaal, (e) => verdeel(kanaal, e as MessageEvent));
}

function open(): void {
  if (bron || typeof EventSource === "undefined") return;
  bron = new EventSource(`${API_BASIS}/live`, { withCredentials: true });
  gekoppeld.clear();
  zetStatus("verbinden");
  bron.addEventListener("verbonden", (e) => {
    zetStatus("verbonden");
    verdeel("verbonden", e as MessageEvent);
  });
  gekoppeld.add("verbonden");
  // The session ended: stop; the app shows the login page on the next call.
  bron.addEventListener("sessie-verlopen", () => sluit());
  bron.onerror = () => zetStatus(bron?.readyState === EventSource.CLOSED ? "verbroken" : "verbinden");
  for (const l of luisteraars) koppel(l.kanaal);
}

function sluit(): void {
  bron?.close();
  bron = null;
  gekoppeld.clear();
  zetStatus("verbroken");
}

function voegToe(l: Luisteraar): () => void {
  luisteraars.add(l);
  open();
  koppel(l.kanaal);
  return () => {
    luisteraars.delete(l);
    // A route change unsubscribes the old page just before the new one subscribes: keep the stream.
    setTimeout(() => {
      if (luisteraars.size === 0) sluit();
    }, 2000);
  };
}

/**
 * Calls `handlers[kanaal](data)` for each live event on those channels, and `handlers.verbonden`
 * after every (re)connect. Handlers may change every render; the subscription does not.
 */
export function useLive(handlers: Record<string, (data: unknown) => void>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  const kanalen = Object.keys(handlers).sort().join(",");
  useEffect(() => {
    const stops = kanalen
      .split(",")
      .filter(Boolean)
      .map((kanaal) => voegToe({ kanaal, f: (d) => ref.current[kanaal]?.(d) }));
    return () => {
      for (const s of stops) s();
    };
  }, [kanalen]);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (l) => {
      statusLuisteraars.add(l);
      return () => statusLuisteraars.delete(l);
    },
    () => status,
    () => "verbinden",
  );
}
