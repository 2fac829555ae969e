// Whether a re-entered password still counts: one window (REAUTH_MINUTES) for every weighty act —
// signing a request (ADR 0612) and warning the public with NL-Alert (ADR 0254).

/** True when `op` (the session's last re-authentication) lies at most `minuten` before `nu`. */
export function herauthenticatieGeldig(op: Date | null, nu: Date, minuten: number): boolean {
  if (!op) return false;
  const ouderdom = nu.getTime() - op.getTime();
  return ouderdom >= 0 && ouderdom <= minuten * 60_000;
}
