// `knooppunt alert check` and `knooppunt alert cap`: the same domain code as UI and API, for operators
// and scripts. A draft (issue 6 contract) is read as JSON on stdin.
//   check: prints { ok, text, encoding, characters, pages, errors, warnings }; exit 0 ok, 1 errors,
//          2 unknown --regio. With --regio VRnn also the area against that safety region's outline,
//          as the server checks it (ADR 0251); without it stderr says the region was not checked.
//   cap:   prints CAP 1.2 XML; exit 0 (warnings on stderr), 1 draft errors (on stderr), 2 configuration.
import { randomUUID } from "node:crypto";
import type { Command } from "commander";
import type { Database } from "../db/database.ts";
import { regioContext } from "../db/nl-alert.ts";
import { beoordeel, CAP_ID_PATROON, type Fout, leesConceptJson, maakCap } from "../domain/nl-alert/index.ts";
import { VEILIGHEIDSREGIOS, vrId } from "../domain/organisaties/referentie.ts";
import type { CliIo } from "./io.ts";
import { openVoorCli } from "./main.ts";

export interface AlertCheckOpties {
  /** Time for the header when the draft has no `sent` (tests pass a fixed one). */
  nu?: Date;
  /** The bevoegde's safety region (VR09 or vr09): also check the area against its outline. */
  regio?: string;
  /** Where the imported outlines are; default the CLI's database (DATABASE_URL/KNOOPPUNT_DATA). */
  database?: Database;
}

export const REGIO_NIET_GECONTROLEERD =
  "Let op: niet gecontroleerd of het uitzendgebied binnen de eigen veiligheidsregio ligt (ADR 0251). Geef de regio op met --regio, bijvoorbeeld --regio VR09.";

export interface AlertCheckUitvoer {
  ok: boolean;
  text: string;
  encoding: "gsm7" | "ucs2";
  characters: number;
  pages: number;
  errors: { code: string; message: string }[];
  warnings: { code: string; message: string }[];
}

const kort = (f: Fout) => ({ code: f.code, message: f.message });

/** The outline the server would use for this region (db/nl-alert.ts `regioContext`). */
async function regioVoorCheck(code: string, database: Database | undefined) {
  if (database) return regioContext(database.db, vrId(code));
  const { database: eigen } = await openVoorCli();
  try {
    return await regioContext(eigen.db, vrId(code));
  } finally {
    await eigen.close();
  }
}

export async function alertCheckCommand(io: CliIo, opts: AlertCheckOpties = {}): Promise<number> {
  const code =
    opts.regio === undefined
      ? undefined
      : VEILIGHEIDSREGIOS.find(([c]) => c === opts.regio?.trim().toUpperCase())?.[0];
  if (opts.regio !== undefined && !code) {
    io.stderr(
      `Fout [regio-onbekend] --regio: '${opts.regio}' is geen veiligheidsregio; verwacht VR01 tot en met VR25 (Wet veiligheidsregio's, bijlage).`,
    );
    return 2;
  }
  const gelezen = leesConceptJson(await io.readStdin());
  if (!gelezen.ok) {
    const uit: AlertCheckUitvoer = {
      ok: false,
      text: "",
      encoding: "gsm7",
      characters: 0,
      pages: 0,
      errors: gelezen.fouten.map(kort),
      warnings: [],
    };
    io.stdout(JSON.stringify(uit));
    return 1;
  }
  // The same domain check as the server, with the same outlines (ADR 0251).
  const ctx = code ? await regioVoorCheck(code, opts.database) : undefined;
  if (!ctx) io.stderr(REGIO_NIET_GECONTROLEERD);
  const b = beoordeel(gelezen.waarde, opts.nu ?? new Date(), ctx);
  const uit: AlertCheckUitvoer = {
    ok: b.ok,
    text: b.samenstelling.tekst,
    encoding: b.omvang.codering,
    characters: b.omvang.tekens,
    pages: b.omvang.paginas,
    errors: b.fouten.map(kort),
    warnings: b.waarschuwingen.map(kort),
  };
  io.stdout(JSON.stringify(uit));
  return b.ok ? 0 : 1;
}

export interface AlertCapOpties {
  /** CAP sender; default KNOOPPUNT_NL_ALERT_SENDER. */
  sender?: string;
  /** CAP senderName, e.g. "Veiligheidsregio Utrecht"; default KNOOPPUNT_NL_ALERT_SENDER_NAME. */
  senderName?: string;
  /** A fixed identifier (e.g. from the release workflow); otherwise one is generated. */
  identifier?: string;
  /** Prefix for generated identifiers; default "knooppunt-nl-alert". */
  idPrefix?: string;
  /** Identifier generator; default node:crypto randomUUID. */
  maakId?: () => string;
  nu?: Date;
  env?: Record<string, string | undefined>;
}

function regel(f: Fout, soort: "Fout" | "Waarschuwing"): string {
  return `${soort} [${f.code}]${f.veld ? ` ${f.veld}` : ""}: ${f.message} (${f.bron})`;
}

export async function alertCapCommand(io: CliIo, opts: AlertCapOpties = {}): Promise<number> {
  const env = opts.env ?? process.env;
  const sender = opts.sender ?? env.KNOOPPUNT_NL_ALERT_SENDER;
  if (!sender || !CAP_ID_PATROON.test(sender)) {
    io.stderr(
      "Fout [cap-instelling-ongeldig] sender: geef de CAP-afzender op met --sender of KNOOPPUNT_NL_ALERT_SENDER (zonder spaties, komma's, < of &).",
    );
    return 2;
  }
  const gelezen = leesConceptJson(await io.readStdin());
  if (!gelezen.ok) {
    io.stderr(gelezen.fouten.map((f) => regel(f, "Fout")).join("\n"));
    return 1;
  }
  const identifier =
    opts.identifier ?? `${opts.idPrefix ?? "knooppunt-nl-alert"}-${(opts.maakId ?? randomUUID)()}`;
  const senderName = opts.senderName ?? env.KNOOPPUNT_NL_ALERT_SENDER_NAME;
  const r = maakCap(gelezen.waarde, {
    identifier,
    sender,
    nu: opts.nu ?? new Date(),
    ...(senderName ? { senderName } : {}),
  });
  if (!r.ok) {
    io.stderr(r.fouten.map((f) => regel(f, "Fout")).join("\n"));
    return 1;
  }
  if (r.beoordeling.waarschuwingen.length > 0)
    io.stderr(r.beoordeling.waarschuwingen.map((w) => regel(w, "Waarschuwing")).join("\n"));
  io.stdout(r.xml);
  return 0;
}

/** Registers `alert check` and `alert cap` on the main program (one line in src/cli/main.ts). */
export function alertCommands(program: Command, io: CliIo, zetExit: (c: number) => void) {
  const alert = program
    .command("alert")
    .description("NL-Alert bij extreem geweld: concept controleren en als CAP uitvoeren");
  alert
    .command("check")
    .description(
      "Leest een concept (JSON) op stdin en toont tekst, omvang, fouten en waarschuwingen als JSON",
    )
    .option(
      "--regio <code>",
      "Veiligheidsregio van de bevoegde (VR01–VR25): controleer ook of het gebied daarbinnen ligt, met de geïmporteerde regiogrenzen",
    )
    .action(async (o: { regio?: string }) =>
      zetExit(await alertCheckCommand(io, o.regio === undefined ? {} : { regio: o.regio })),
    );
  alert
    .command("cap")
    .description("Leest een concept (JSON) op stdin en drukt het CAP 1.2-bericht (XML) af")
    .option("--sender <afzender>", "CAP-afzender (anders KNOOPPUNT_NL_ALERT_SENDER)")
    .option("--sender-name <naam>", "Naam van de afzender (anders KNOOPPUNT_NL_ALERT_SENDER_NAME)")
    .option("--identifier <kenmerk>", "Vast kenmerk in plaats van een gegenereerd")
    .option("--id-prefix <prefix>", "Voorvoegsel van gegenereerde kenmerken", "knooppunt-nl-alert")
    .action(async (o: { sender?: string; senderName?: string; identifier?: string; idPrefix?: string }) =>
      zetExit(
        await alertCapCommand(io, {
          ...(o.sender ? { sender: o.sender } : {}),
          ...(o.senderName ? { senderName: o.senderName } : {}),
          ...(o.identifier ? { identifier: o.identifier } : {}),
          ...(o.idPrefix ? { idPrefix: o.idPrefix } : {}),
        }),
      ),
    );
}
