// The CLI as operators use it: a real process through bin/knooppunt.mjs, on an embedded
// database in a temp folder (and on PostgreSQL when configured).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import pg from "pg";
import { nieuweDatabase, perEngine } from "../../test/support/database.ts";
import { naarRecord } from "../db/audit.ts";
import { berekenHash, NUL_HASH } from "../domain/audit/keten.ts";

const BIN = new URL("../../bin/knooppunt.mjs", import.meta.url).pathname;
const GEMEENTEN = new URL("../../../shared/data/nl/gemeenten.csv", import.meta.url).pathname;

perEngine("knooppunt CLI", (engine) => {
  let env: Record<string, string>;
  let opruimen: () => Promise<void>;
  let url: string | undefined;
  before(async () => {
    if (engine === "pglite") {
      const dir = mkdtempSync(join(tmpdir(), "knooppunt-cli-"));
      env = { KNOOPPUNT_DATA: dir, DATABASE_URL: "" };
      opruimen = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const d = await nieuweDatabase("postgres");
      await d.database.close();
      url = d.url!;
      env = { DATABASE_URL: url };
      opruimen = d.opruimen;
    }
  });
  after(async () => opruimen());

  const knooppunt = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      input,
      encoding: "utf8",
      env: { ...process.env, ...env, LOG_LEVEL: "silent" },
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  test("--help werkt voor elk commando", () => {
    for (const args of [
      ["--help"],
      ["users", "--help"],
      ["users", "add", "--help"],
      ["audit", "verify", "--help"],
      ["gemeenten", "import", "--help"],
    ]) {
      const r = knooppunt(args);
      assert.equal(r.code, 0, `${args.join(" ")}: ${r.err}`);
      assert.match(r.out, /Usage: knooppunt/);
    }
  });

  test("migrate past migraties toe en is daarna een no-op", () => {
    const een = knooppunt(["migrate"]);
    assert.equal(een.code, 0, een.err);
    assert.ok(JSON.parse(een.out).toegepast.length >= 1);
    const twee = knooppunt(["migrate"]);
    assert.deepEqual(JSON.parse(twee.out).toegepast, []);
  });

  test("users add (wachtwoord via stdin), list, disable", () => {
    const add = knooppunt(
      [
        "users",
        "add",
        "--username",
        "p.piket",
        "--name",
        "P. Piket",
        "--organisation",
        "locc",
        "--roles",
        "locc-piket,auditor",
      ],
      "een heel geheim wachtwoord\n",
    );
    assert.equal(add.code, 0, add.err);
    const list = JSON.parse(knooppunt(["users", "list"]).out) as {
      gebruikersnaam: string;
      rollen: string[];
      actief: boolean;
    }[];
    const p = list.find((g) => g.gebruikersnaam === "p.piket");
    assert.deepEqual(p?.rollen, ["auditor", "locc-piket"]);
    assert.ok(!JSON.stringify(list).includes("argon2"), "geen hashes in de uitvoer");
    assert.equal(knooppunt(["users", "disable", "p.piket"]).code, 0);
    const na = JSON.parse(knooppunt(["users", "list"]).out) as { gebruikersnaam: string; actief: boolean }[];
    assert.equal(na.find((g) => g.gebruikersnaam === "p.piket")?.actief, false);
  });

  test("fouten gaan naar stderr met een exitcode ≠ 0 en noemen het veld", () => {
    const rol = knooppunt([
      "users",
      "add",
      "--username",
      "x.y",
      "--name",
      "X",
      "--organisation",
      "locc",
      "--roles",
      "koning",
      "--password",
      "lang genoeg wachtwoord",
    ]);
    assert.notEqual(rol.code, 0);
    assert.match(rol.err, /--roles: onbekende rol\(len\) koning/);
    const org = knooppunt([
      "users",
      "add",
      "--username",
      "x.y",
      "--name",
      "X",
      "--organisation",
      "nergens",
      "--roles",
      "ncc",
      "--password",
      "lang genoeg wachtwoord",
    ]);
    assert.notEqual(org.code, 0);
    assert.match(org.err, /--organisation/);
    const ontbreekt = knooppunt(["users", "add", "--username", "x.y"]);
    assert.notEqual(ontbreekt.code, 0);
    assert.match(ontbreekt.err, /required option/);
    const onbekend = knooppunt(["users", "disable", "niemand"]);
    assert.notEqual(onbekend.code, 0);
  });

  test("gemeenten import leest de CBS-lijst (342) en is idempotent", () => {
    const r = knooppunt(["gemeenten", "import", GEMEENTEN]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), { gelezen: 342, nieuw: 342, gewijzigd: 0 });
    assert.deepEqual(JSON.parse(knooppunt(["gemeenten", "import", GEMEENTEN]).out), {
      gelezen: 342,
      nieuw: 0,
      gewijzigd: 0,
    });
    const fout = knooppunt(["gemeenten", "import", "/bestaat/niet.csv"]);
    assert.notEqual(fout.code, 0);
  });

  /** Runs `werk` with a query function on the CLI's database (PostgreSQL or the PGlite folder). */
  async function opDeDatabase(
    werk: (q: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<void>,
  ) {
    if (engine === "postgres") {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await werk(async (sql, params) => (await c.query(sql, params)).rows);
      } finally {
        await c.end();
      }
    } else {
      const { PGlite } = await import("@electric-sql/pglite");
      const lite = await PGlite.create(env.KNOOPPUNT_DATA);
      try {
        await werk(async (sql, params) => (await lite.query<Record<string, unknown>>(sql, params)).rows);
      } finally {
        await lite.close();
      }
    }
  }

  test("audit anker: een herschreven keten met kloppende hashes valt alleen met het anker op", async () => {
    const dir = mkdtempSync(join(tmpdir(), "knooppunt-anker-"));
    const bestand = join(dir, "ankers.jsonl");
    try {
      // Two users of its own: records to forge, also when this test runs alone.
      for (const naam of ["anker.een", "anker.twee"])
        assert.equal(
          knooppunt(
            [
              "users",
              "add",
              "--username",
              naam,
              "--name",
              naam,
              "--organisation",
              "locc",
              "--roles",
              "auditor",
            ],
            "een heel geheim wachtwoord\n",
          ).code,
          0,
        );
      const a = knooppunt(["audit", "anker", "--bestand", bestand]);
      assert.equal(a.code, 0, a.err);
      const anker = JSON.parse(a.out) as { volgnummer: number; hash: string };
      assert.ok(anker.volgnummer >= 2, `te weinig records om te vervalsen: ${a.out}`);
      assert.equal(readFileSync(bestand, "utf8").trim(), a.out.trim());
      assert.equal(knooppunt(["audit", "verify", "--ankers", bestand]).code, 0);

      // A superuser rewrites record 2 and every hash after it, and the head: the chain is whole again.
      await opDeDatabase(async (q) => {
        await q("BEGIN");
        await q("SET LOCAL session_replication_role = replica");
        const rows = await q("SELECT * FROM audit_records ORDER BY volgnummer");
        let vorige = NUL_HASH;
        for (const rij of rows) {
          const r = naarRecord(rij as Parameters<typeof naarRecord>[0]);
          const actie = r.volgnummer === 2 ? "vervalst" : r.actie;
          const { hash: _h, vorigeHash: _v, ...inhoud } = r;
          const hash = berekenHash(vorige, { ...inhoud, actie });
          await q("UPDATE audit_records SET actie = $1, vorige_hash = $2, hash = $3 WHERE volgnummer = $4", [
            actie,
            vorige,
            hash,
            r.volgnummer,
          ]);
          vorige = hash;
        }
        await q("UPDATE audit_kop SET hash = $1 WHERE id = 1", [vorige]);
        await q("COMMIT");
      });
      const zonder = knooppunt(["audit", "verify"]);
      assert.equal(zonder.code, 0, `de vervalste keten hoort op zichzelf te kloppen: ${zonder.err}`);
      const met = knooppunt(["audit", "verify", "--ankers", bestand]);
      assert.equal(met.code, 1, met.out);
      assert.match(met.err, new RegExp(`record ${anker.volgnummer} heeft een andere hash .*herschreven`));
      // And a new anchor on top of the forgery does not clear the old one.
      assert.equal(knooppunt(["audit", "anker", "--bestand", bestand]).code, 0);
      assert.equal(knooppunt(["audit", "verify", "--ankers", bestand]).code, 1);
      const kapotBestand = join(dir, "kapot.jsonl");
      writeFileSync(kapotBestand, "geen json\n");
      const onleesbaar = knooppunt(["audit", "verify", "--ankers", kapotBestand]);
      assert.equal(onleesbaar.code, 2);
      assert.match(onleesbaar.err, /regel 1 is geen JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("audit verify slaagt, en vindt geknoei met het nummer van het record", async () => {
    const ok = knooppunt(["audit", "verify"]);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(JSON.parse(ok.out).ok, true);
    const tamper =
      "BEGIN; SET LOCAL session_replication_role = replica; UPDATE audit_records SET actie = actie || ' (gewijzigd)' WHERE volgnummer = 2; COMMIT;";
    if (engine === "postgres") {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(tamper);
      await c.end();
    } else {
      const { PGlite } = await import("@electric-sql/pglite");
      const lite = await PGlite.create(env.KNOOPPUNT_DATA);
      await lite.exec(tamper);
      await lite.close();
    }
    const kapot = knooppunt(["audit", "verify"]);
    assert.equal(kapot.code, 1);
    assert.match(kapot.err, /gebroken bij record 2/);
  });
});
