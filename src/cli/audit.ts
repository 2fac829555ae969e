import { appendFileSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import { auditHashes, auditKop, verifieerAudit } from "../db/audit.ts";
import type { Database } from "../db/database.ts";
import { type Anker, controleerAnkers, leesAnkers } from "../domain/audit/keten.ts";
import type { CliIo } from "./io.ts";
import { openVoorCli } from "./main.ts";

/** Reads an anchor file; null (and a message on stderr) when it cannot be read. */
function ankersUit(pad: string, io: CliIo): Anker[] | null {
  let tekst: string;
  try {
    tekst = readFileSync(pad, "utf8");
  } catch (e) {
    io.stderr(`knooppunt: ankerbestand ${pad} niet te lezen: ${(e as Error).message}`);
    return null;
  }
  const r = leesAnkers(tekst);
  if ("fout" in r) {
    io.stderr(`knooppunt: ankerbestand ${pad}: ${r.fout}`);
    return null;
  }
  return r.ankers;
}

async function verifieer(database: Database, io: CliIo, ankersPad: string | undefined): Promise<number> {
  const u = await verifieerAudit(database.db);
  if (!u.ok) {
    io.stdout(JSON.stringify(u));
    io.stderr(`knooppunt: audittrail gebroken bij record ${u.eersteFout.volgnummer}: ${u.eersteFout.reden}`);
    return 1;
  }
  if (!ankersPad) {
    io.stdout(JSON.stringify({ ok: true, aantal: u.aantal, laatsteHash: u.laatsteHash }));
    return 0;
  }
  const ankers = ankersUit(ankersPad, io);
  if (!ankers) return 2;
  const hashes = await auditHashes(
    database.db,
    ankers.map((a) => a.volgnummer),
  );
  const afwijkingen = controleerAnkers(ankers, (n) => hashes.get(n));
  io.stdout(
    JSON.stringify({
      ok: afwijkingen.length === 0,
      aantal: u.aantal,
      laatsteHash: u.laatsteHash,
      ankers: ankers.length,
      afwijkingen,
    }),
  );
  if (afwijkingen.length === 0) return 0;
  for (const a of afwijkingen.slice(0, 10)) io.stderr(`knooppunt: anker: ${a.reden}`);
  return 1;
}

export function auditCommands(program: Command, io: CliIo, zetExit: (c: number) => void) {
  const audit = program.command("audit").description("De audittrail");
  audit
    .command("verify")
    .description(
      "Herberekent de hashketen; exit 1 met het eerste gebroken record. Met --ankers ook: klopt elk eerder vastgelegd anker nog",
    )
    .option("--ankers <bestand>", "ankerbestand (JSON Lines) van `audit anker`")
    .action(async (opts: { ankers?: string }) => {
      const { database } = await openVoorCli();
      try {
        zetExit(await verifieer(database, io, opts.ankers));
      } finally {
        await database.close();
      }
    });
  audit
    .command("anker")
    .description(
      "Legt de kop van de keten vast (volgnummer, hash, tijdstip) — bewaar de regel buiten de database, bijvoorbeeld dagelijks via cron",
    )
    .option("--bestand <bestand>", "voeg het anker als regel toe aan dit bestand (JSON Lines)")
    .action(async (opts: { bestand?: string }) => {
      const { database } = await openVoorCli();
      try {
        // Never anchor a chain that is already broken: the anchor would vouch for the forgery.
        const u = await verifieerAudit(database.db);
        if (!u.ok) {
          io.stderr(
            `knooppunt: geen anker: audittrail gebroken bij record ${u.eersteFout.volgnummer}: ${u.eersteFout.reden}`,
          );
          zetExit(1);
          return;
        }
        const kop = await auditKop(database.db);
        const anker: Anker = {
          volgnummer: kop.volgnummer,
          hash: kop.hash,
          tijdstip: new Date().toISOString(),
        };
        const regel = JSON.stringify(anker);
        if (opts.bestand) {
          try {
            appendFileSync(opts.bestand, `${regel}\n`, { mode: 0o640 });
          } catch (e) {
            io.stderr(`knooppunt: ankerbestand ${opts.bestand} niet te schrijven: ${(e as Error).message}`);
            zetExit(2);
            return;
          }
        }
        io.stdout(regel);
      } finally {
        await database.close();
      }
    });
}
