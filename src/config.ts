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
  oidc: { issuer: string; clientId: string; clientSecret: string; redirectUrl: string } | undefined;
  webDir: string;
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
    herauthenticatieMinuten: int("REAUTH_MINUTES", 5),
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    cookieSecure:
      env.COOKIE_SECURE === undefined ? "auto" : env.COOKIE_SECURE === "1" || env.COOKIE_SECURE === "true",
    loginPogingenPerMinuut: int("LOGIN_RATE_PER_MINUTE", 10),
    oidc,
    webDir: env.KNOOPPUNT_WEB_DIR ?? new URL("../dist/web/", import.meta.url).pathname,
  };
}
