import { useLiveStatus } from "../../live.ts";

/** A quiet line that says whether the page follows changes live. */
export function LiveStatus() {
  const s = useLiveStatus();
  return (
    <p className={`utrecht-paragraph av-live av-live--${s}`} data-testid="live-status">
      <span className="av-live__stip" aria-hidden="true" />
      {s === "verbonden"
        ? "Wijzigingen verschijnen hier vanzelf."
        : s === "verbinden"
          ? "Verbinden voor live bijwerken…"
          : "Niet live verbonden; herlaad de pagina voor de nieuwste stand."}
    </p>
  );
}
