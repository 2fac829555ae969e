// `knooppunt <command>`: the operators' and scripts' entrance. Errors go to stderr with a
// non-zero exit; output meant for scripts is JSON on stdout.
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { leesConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { migreer } from "../db/migreren.ts";
import { laadReferentie } from "../db/referentie.ts";
import { auditCommands } from "./audit.ts";
import { gebruikersCommands } from "./gebruikers.ts";
import { gemeentenCommands } from "./gemeenten.ts";
import { type CliIo, processIo } from "./io.ts";
import { alertCommands } from "./nl-alert.ts";
import { regiogrenzenCommands } from "./regiogrenzen.ts";
import { serveCommand } from "./serve.ts";
import { allocateCommand } from "./verdeling.ts";
import { routeCommand } from "./wegwijzer.ts";

export async function openVoorCli() {
  const config = leesConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migreer(database);
  await laadReferentie(database);
  return { config, database };
}

export function maakProgramma(io: CliIo, zetExit: (code: number) => void): Command {
  const program = new Command("knooppunt")
    .description("Knooppunt – bijstand, capaciteit en NL-Alert voor het LOCC en zijn partners")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError();

  program
    .command("serve")
    .description("Start de service (PORT, DATABASE_URL, KNOOPPUNT_DATA; zie README)")
    .action(async () => zetExit(await serveCommand(io)));

  program
    .command("migrate")
    .description("Past de databasemigraties toe en laadt de referentiedata")
    .action(async () => {
      const config = leesConfig();
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const toegepast = await migreer(database);
        const ref = await laadReferentie(database);
        io.stdout(JSON.stringify({ toegepast, referentie: ref }));
      } finally {
        await database.close();
      }
    });

  gebruikersCommands(program, io, zetExit);
  auditCommands(program, io, zetExit);
  gemeentenCommands(program, io, zetExit);
  alertCommands(program, io, zetExit);
  regiogrenzenCommands(program, io, zetExit);

  program
    .command("route")
    .description("Wegwijzer: één vraag (of een array) als JSON op stdin, advies als JSON op stdout")
    .action(async () => zetExit(await routeCommand(io)));

  program
    .command("allocate")
    .description(
      "Verdeelt schaarse eenheden exact over aanvragen: instantie als JSON op stdin, resultaat als JSON (zie README)",
    )
    .action(async () => zetExit(await allocateCommand(io)));
  return program;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let code = 0;
  const program = maakProgramma(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    io.stderr(`knooppunt: ${(e as Error).message}`);
    return 1;
  }
  return code;
}

export function leesBestand(pad: string): string {
  return readFileSync(pad, "utf8");
}
