import type { Command } from "commander";
import { SYSTEEM, schrijfAudit } from "../db/audit.ts";
import { laadGebruikers, voegGebruikerToe } from "../db/gebruikers.ts";
import { GEBRUIKERSNAAM_PATROON, wachtwoordProbleem } from "../domain/gebruikers/wachtwoord.ts";
import { isRol, ROL_IDS, type Rol } from "../domain/organisaties/rollen.ts";
import { hashWachtwoord } from "../http/kern/wachtwoord.ts";
import type { CliIo } from "./io.ts";
import { openVoorCli } from "./main.ts";

const CLI_ACTOR = { ...SYSTEEM, naam: `cli:${process.env.USER ?? "onbekend"}` };

async function leesWachtwoord(io: CliIo, optie?: string): Promise<string> {
  if (optie) return optie;
  const stdin = (await io.readStdin()).replace(/\r?\n$/, "");
  return stdin;
}

export function gebruikersCommands(program: Command, io: CliIo, zetExit: (c: number) => void) {
  const users = program.command("users").description("Gebruikers beheren");

  users
    .command("add")
    .description("Voegt een gebruiker toe; het wachtwoord komt van --password of van stdin")
    .requiredOption("--username <naam>", "gebruikersnaam (kleine letters, cijfers, . _ -)")
    .requiredOption("--name <naam>", "volledige naam")
    .requiredOption("--organisation <id>", "organisatie-id (bijv. locc, vr09, gm0344)")
    .requiredOption("--roles <rollen>", `rollen, komma-gescheiden: ${ROL_IDS.join(", ")}`)
    .option("--email <adres>", "e-mailadres")
    .option("--password <wachtwoord>", "wachtwoord (anders van stdin)")
    .action(
      async (o: {
        username: string;
        name: string;
        organisation: string;
        roles: string;
        email?: string;
        password?: string;
      }) => {
        const rollen = o.roles
          .split(",")
          .map((r) => r.trim())
          .filter(Boolean);
        const onbekend = rollen.filter((r) => !isRol(r));
        if (!new RegExp(GEBRUIKERSNAAM_PATROON).test(o.username))
          return fout(
            io,
            zetExit,
            `--username: '${o.username}' is ongeldig (kleine letters, cijfers, . _ -; 2-63 tekens)`,
          );
        if (onbekend.length) return fout(io, zetExit, `--roles: onbekende rol(len) ${onbekend.join(", ")}`);
        if (!rollen.length) return fout(io, zetExit, "--roles: geef minstens één rol");
        const wachtwoord = await leesWachtwoord(io, o.password);
        const p = wachtwoordProbleem(wachtwoord, o.username);
        if (p) return fout(io, zetExit, `wachtwoord ${p}`);
        const { database } = await openVoorCli();
        try {
          const org = await database.db
            .selectFrom("organisaties")
            .select("id")
            .where("id", "=", o.organisation)
            .executeTakeFirst();
          if (!org) return fout(io, zetExit, `--organisation: onbekende organisatie '${o.organisation}'`);
          if ((await laadGebruikers(database.db, { gebruikersnaam: o.username })).length)
            return fout(io, zetExit, `--username: '${o.username}' bestaat al`);
          const hash = await hashWachtwoord(wachtwoord);
          const id = await database.db.transaction().execute(async (trx) => {
            const id = await voegGebruikerToe(trx, {
              gebruikersnaam: o.username,
              naam: o.name,
              email: o.email ?? null,
              organisatieId: o.organisation,
              rollen: rollen as Rol[],
              wachtwoordHash: hash,
            });
            await schrijfAudit(trx, CLI_ACTOR, {
              actie: "gebruiker.toegevoegd",
              onderwerpSoort: "gebruiker",
              onderwerpId: id,
              gegevens: {
                na: { gebruikersnaam: o.username, naam: o.name, organisatieId: o.organisation, rollen },
              },
            });
            return id;
          });
          io.stdout(JSON.stringify({ id, gebruikersnaam: o.username }));
        } finally {
          await database.close();
        }
      },
    );

  users
    .command("list")
    .description("Toont alle gebruikers als JSON")
    .action(async () => {
      const { database } = await openVoorCli();
      try {
        const lijst = await laadGebruikers(database.db);
        io.stdout(
          JSON.stringify(
            lijst.map(({ wachtwoordHash: _, ...g }) => g),
            null,
            2,
          ),
        );
      } finally {
        await database.close();
      }
    });

  users
    .command("disable")
    .description("Blokkeert een gebruiker en beëindigt diens sessies")
    .argument("<gebruikersnaam>")
    .action(async (naam: string) => {
      const { database } = await openVoorCli();
      try {
        const [g] = await laadGebruikers(database.db, { gebruikersnaam: naam });
        if (!g) return fout(io, zetExit, `gebruiker '${naam}' bestaat niet`);
        await database.db.transaction().execute(async (trx) => {
          await trx
            .updateTable("gebruikers")
            .set({ actief: false, gewijzigd: new Date() })
            .where("id", "=", g.id)
            .execute();
          await trx
            .updateTable("sessies")
            .set({ beeindigd: new Date() })
            .where("gebruiker_id", "=", g.id)
            .where("beeindigd", "is", null)
            .execute();
          await schrijfAudit(trx, CLI_ACTOR, {
            actie: "gebruiker.geblokkeerd",
            onderwerpSoort: "gebruiker",
            onderwerpId: g.id,
            gegevens: { voor: { actief: g.actief }, na: { actief: false } },
          });
        });
        io.stdout(JSON.stringify({ gebruikersnaam: naam, actief: false }));
      } finally {
        await database.close();
      }
    });

  users
    .command("password")
    .description("Zet een nieuw wachtwoord (van --password of stdin)")
    .argument("<gebruikersnaam>")
    .option("--password <wachtwoord>")
    .action(async (naam: string, o: { password?: string }) => {
      const wachtwoord = await leesWachtwoord(io, o.password);
      const p = wachtwoordProbleem(wachtwoord, naam);
      if (p) return fout(io, zetExit, `wachtwoord ${p}`);
      const { database } = await openVoorCli();
      try {
        const [g] = await laadGebruikers(database.db, { gebruikersnaam: naam });
        if (!g) return fout(io, zetExit, `gebruiker '${naam}' bestaat niet`);
        const hash = await hashWachtwoord(wachtwoord);
        await database.db.transaction().execute(async (trx) => {
          await trx
            .updateTable("gebruikers")
            .set({ wachtwoord_hash: hash, gewijzigd: new Date() })
            .where("id", "=", g.id)
            .execute();
          await trx
            .updateTable("sessies")
            .set({ beeindigd: new Date() })
            .where("gebruiker_id", "=", g.id)
            .where("beeindigd", "is", null)
            .execute();
          await schrijfAudit(trx, CLI_ACTOR, {
            actie: "gebruiker.wachtwoord-gezet",
            onderwerpSoort: "gebruiker",
            onderwerpId: g.id,
            gegevens: {},
          });
        });
        io.stdout(JSON.stringify({ gebruikersnaam: naam, wachtwoord: "gewijzigd" }));
      } finally {
        await database.close();
      }
    });
}

export function fout(io: CliIo, zetExit: (c: number) => void, melding: string): void {
  io.stderr(`knooppunt: ${melding}`);
  zetExit(2);
}
