// Starts the service: open the database, migrate, load reference (and demo) data, listen.
import { type Config, leesConfig } from "./config.ts";
import { herbouwVerouderdeProjecties, laadDemoAanvragen } from "./db/aanvragen.ts";
import { laadDemoCapaciteit } from "./db/capaciteit.ts";
import { openDatabase } from "./db/database.ts";
import { type DemoGebruiker, laadDemo } from "./db/demo.ts";
import { migreer } from "./db/migreren.ts";
import { laadReferentie } from "./db/referentie.ts";
import { eisGeldigeCatalogus } from "./domain/wegwijzer/index.ts";
import { type AppDeps, buildApp } from "./http/app.ts";
import { capabilities } from "./http/capabilities.ts";
import { startOutboxWerker } from "./mail/werker.ts"; // [meldingen]

export interface StartOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  demo?: boolean;
  /** Fixed demo password (tests); otherwise random per user. */
  demoWachtwoord?: string;
  logLevel?: string;
  config?: Partial<Config>;
}

export interface GestarteServer {
  url: string;
  close: () => Promise<void>;
  demoGebruikers: DemoGebruiker[];
  deps: AppDeps;
  app: Awaited<ReturnType<typeof buildApp>>;
}

export async function startServer(opts: StartOptions = {}): Promise<GestarteServer> {
  const basis = leesConfig();
  const config: Config = {
    ...basis,
    ...opts.config,
    port: opts.port ?? basis.port,
    host: opts.host ?? basis.host,
    dataDir: opts.dataDir ?? basis.dataDir,
    databaseUrl: opts.databaseUrl ?? basis.databaseUrl,
    logLevel: opts.logLevel ?? basis.logLevel,
  };
  // A broken procedure catalogue must stop the service, not mislead a duty officer.
  eisGeldigeCatalogus();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migreer(database);
  await laadReferentie(database);
  // Projections derived with older rules (an upgrade changed evolve) are rebuilt from their events.
  const herbouwd = await herbouwVerouderdeProjecties(database);
  const demo = opts.demo ?? !config.productie;
  const demoGebruikers = demo
    ? await laadDemo(database, opts.demoWachtwoord ? { wachtwoord: opts.demoWachtwoord } : {})
    : [];
  // Demo capacity shows a scarcity at once (5 TIN platoons asked, 4 available); idempotent.
  if (demo) {
    await laadDemoCapaciteit(database);
    // Three requests in different states (draft, waiting for the LOCC check, urgent and late).
    await laadDemoAanvragen(database);
  }
  const deps: AppDeps = { database, config, capabilities: capabilities() };
  const app = await buildApp(deps);
  if (herbouwd > 0) app.log.info({ herbouwd }, "projecties van aanvragen opnieuw afgeleid uit de events");
  // [meldingen] Sends queued mail (transactional outbox); stopped before the database closes.
  // Started before listen: on PGlite its LISTEN must not land inside a request's transaction.
  const outbox = await startOutboxWerker(database, config, app.log);
  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  let gesloten = false;
  return {
    url: `http://${host}:${port}`,
    demoGebruikers,
    deps,
    app,
    close: async () => {
      if (gesloten) return;
      gesloten = true;
      // app.close() stops accepting and waits for in-flight requests before we close the DB.
      await app.close();
      await outbox.stop(); // [meldingen]
      await database.close();
    },
  };
}
