// All configuration comes from the environment; defaults make `npm start` work on a laptop.
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  productie: boolean;
  logLevel: string;
  /** Absolute session lifetime and idle timeout, in minutes. */
  sessieMaxMinuten: number;
  sessieInactiefMinuten: number;
  /** How long a re-authentication counts for signing, in minutes. */
  herauthenticatieMinuten: number;
  trustProxy: boolean;
  cookieSecure: "auto" | boolean;
  loginPogingenPerMinuut: number;
  /** Failed logins per account (from any address) and per address (for any account) per 15 minutes. */
  loginFoutenPerAccount: number;
  loginFoutenPerAdres: number;
  oidc: { issuer: string; clientId: string; clientSecret: string; redirectUrl: string } | undefined;
  webDir: string;
  /** SMTP server for the mail outbox (smtp://, smtps://, or "log" to only log in dev). Unset: mail stays queued. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Base URL of the web app as users reach it, for links in mails. */
  publicUrl: string;
  /** Attempts per outbox row before it is marked 'mislukt' for the beheerder. */
  mailMaxPogingen: number;
  /** Seconds between SSE heartbeat comments (keeps proxies from closing idle streams). */
  liveHartslagSeconden: number;
  /** All attachment bytes one request may hold, removed ones included (ADR 0610, 0613). */
  bijlagenTotaalMaxBytes: number;
}

/** Ten files at the 10 MB limit per file (ADR 0610). */
export const BIJLAGEN_TOTAAL_MAX_BYTES = 100 * 1024 * 1024;

/** 0 minutes of re-authentication would make every signature impossible: refuse it at start. */
function minstens(k: string, n: number, min: number): number {
  if (n < min) throw new Error(`${k} moet minstens ${min} zijn (was ${n})`);
  return n;
}

export function leesConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const int = (k: string, d: number) => {
    const v = env[k];
    if (v === undefined || v === "") return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${k} moet een geheel getal zijn (was '${v}')`);
    return n;
  };
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET ?? "",
          redirectUrl: env.OIDC_REDIRECT_URL ?? `http://localhost:${int("PORT", 3000)}/api/v1/oidc/callback`,
        }
      : undefined;
  return {
    port: int("PORT", 3000),
    host: env.HOST ?? "0.0.0.0",
    dataDir: env.KNOOPPUNT_DATA ?? "./data",
    databaseUrl: env.DATABASE_URL || undefined,
    productie: env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL ?? "info",
    sessieMaxMinuten: int("SESSION_MAX_MINUTES", 12 * 60),
    sessieInactiefMinuten: int("SESSION_IDLE_MINUTES", 60),
    herauthenticatieMinuten: minstens("REAUTH_MINUTES", int("REAUTH_MINUTES", 5), 1),
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    cookieSecure:
      env.COOKIE_SECURE === undefined ? "auto" : env.COOKIE_SECURE === "1" || env.COOKIE_SECURE === "true",
    loginPogingenPerMinuut: int("LOGIN_RATE_PER_MINUTE", 10),
    loginFoutenPerAccount: int("LOGIN_FAILURES_PER_ACCOUNT", 20),
    loginFoutenPerAdres: int("LOGIN_FAILURES_PER_ADDRESS", 100),
    oidc,
    webDir: env.KNOOPPUNT_WEB_DIR ?? new URL("../dist/web/", import.meta.url).pathname,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || "Knooppunt <noreply@knooppunt.local>",
    publicUrl: (env.PUBLIC_URL || `http://localhost:${int("PORT", 3000)}`).replace(/\/+$/, ""),
    mailMaxPogingen: int("MAIL_MAX_ATTEMPTS", 10),
    liveHartslagSeconden: int("LIVE_HEARTBEAT_SECONDS", 15),
    bijlagenTotaalMaxBytes: minstens(
      "ATTACHMENTS_MAX_BYTES_PER_REQUEST",
      int("ATTACHMENTS_MAX_BYTES_PER_REQUEST", BIJLAGEN_TOTAAL_MAX_BYTES),
      1,
    ),
  };
}
