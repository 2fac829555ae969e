import type { Command } from "commander";
import { verifieerAudit } from "../db/audit.ts";
import type { CliIo } from "./io.ts";
import { openVoorCli } from "./main.ts";

export function auditCommands(program: Command, io: CliIo, zetExit: (c: number) => void) {
  const audit = program.command("audit").description("De audittrail");
  audit
    .command("verify")
    .description("Herberekent de hashketen; exit 1 met het eerste gebroken record")
    .action(async () => {
      const { database } = await openVoorCli();
      try {
        const u = await verifieerAudit(database.db);
        if (u.ok) io.stdout(JSON.stringify({ ok: true, aantal: u.aantal, laatsteHash: u.laatsteHash }));
        else {
          io.stdout(JSON.stringify(u));
          io.stderr(
            `knooppunt: audittrail gebroken bij record ${u.eersteFout.volgnummer}: ${u.eersteFout.reden}`,
          );
          zetExit(1);
        }
      } finally {
        await database.close();
      }
    });
}
