import type { Command } from "commander";
import { SYSTEEM } from "../db/audit.ts";
import { schrijfOrganisaties } from "../db/referentie.ts";
import { gemeenteOrganisatie, ImportFout, parseGemeentenCsv } from "../domain/organisaties/referentie.ts";
import { fout } from "./gebruikers.ts";
import type { CliIo } from "./io.ts";
import { leesBestand, openVoorCli } from "./main.ts";

export function gemeentenCommands(program: Command, io: CliIo, zetExit: (c: number) => void) {
  const g = program.command("gemeenten").description("Gemeenten (referentiedata)");
  g.command("import")
    .description("Importeert gemeenten uit een CSV zoals CBS gemeenten.csv (alles of niets)")
    .argument("<csv>", "pad naar het CSV-bestand")
    .action(async (pad: string) => {
      let tekst: string;
      try {
        tekst = leesBestand(pad);
      } catch (e) {
        return fout(io, zetExit, `kan '${pad}' niet lezen: ${(e as Error).message}`);
      }
      let regels: ReturnType<typeof parseGemeentenCsv>;
      try {
        regels = parseGemeentenCsv(tekst);
      } catch (e) {
        if (e instanceof ImportFout) return fout(io, zetExit, `${pad}: ${e.message}`);
        throw e;
      }
      const { database } = await openVoorCli();
      try {
        const r = await database.db
          .transaction()
          .execute((trx) =>
            schrijfOrganisaties(
              trx,
              regels.map(gemeenteOrganisatie),
              { ...SYSTEEM, naam: "cli" },
              "gemeenten.geimporteerd",
            ),
          );
        io.stdout(JSON.stringify({ gelezen: regels.length, ...r }));
      } finally {
        await database.close();
      }
    });
}
