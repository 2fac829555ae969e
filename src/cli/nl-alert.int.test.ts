// `knooppunt alert check --regio` runs the server's area check against the safety region's outline
// (ADR 0251) with the outlines the administrator imported, on both engines; without --regio it says
// the region was not checked.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { gemigreerdeDatabase, perEngine } from "../../test/support/database.ts";
import type { Database } from "../db/database.ts";
import { voorbeeldAlert } from "../domain/nl-alert/voorbeelden.ts";
import { memoryIo } from "./io.ts";
import { alertCheckCommand, alertCommands, REGIO_NIET_GECONTROLEERD } from "./nl-alert.ts";
import { leesRegiogrenzen, schrijfRegiogrenzen } from "./regiogrenzen.ts";

const GEOJSON = fileURLToPath(
  new URL("../../../shared/data/nl/geo/veiligheidsregio_2025.geojson", import.meta.url),
);
const nu = new Date("2019-03-18T09:45:00Z");
const DAM = voorbeeldAlert({ area: { circle: { lat: 52.373, lon: 4.893, radiusKm: 1 } } });
const ABCOUDE = voorbeeldAlert({ area: { circle: { lat: 52.2717, lon: 4.9697, radiusKm: 5 } } });

const codes = (l: { code: string }[]) => l.map((x) => x.code);

perEngine("alert check --regio (ADR 0251)", (engine) => {
  let database: Database;
  let opruimen: () => Promise<void>;
  before(async () => {
    ({ database, opruimen } = await gemigreerdeDatabase(engine));
  });
  after(async () => opruimen());

  const check = async (concept: unknown, regio?: string) => {
    const io = memoryIo(JSON.stringify(concept));
    const exit = await alertCheckCommand(io, { nu, database, ...(regio === undefined ? {} : { regio }) });
    return { exit, uit: io.out.length ? JSON.parse(io.out.join("")) : undefined, err: io.err.join("\n") };
  };

  test("zonder geïmporteerde grenzen: de waarschuwing van de server, niet stil doorgelaten", async () => {
    const r = await check(voorbeeldAlert(), "VR09");
    assert.ok(codes(r.uit.warnings).includes("regiocontrole-niet-mogelijk"), JSON.stringify(r.uit));
    assert.match(
      r.uit.warnings.find((w: { code: string }) => w.code === "regiocontrole-niet-mogelijk").message,
      /binnen Veiligheidsregio Utrecht.*knooppunt regiogrenzen import/,
    );
    assert.equal(r.err, "");
  });

  test("met de grenzen: geheel buiten is een fout (exit 1), deels buiten een waarschuwing, binnen niets", async () => {
    const g = leesRegiogrenzen(readFileSync(GEOJSON, "utf8"));
    assert.ok(g.ok);
    await database.db.transaction().execute((trx) => schrijfRegiogrenzen(trx, g.regios));

    const binnen = await check(voorbeeldAlert(), "VR09");
    assert.equal(binnen.exit, 0, JSON.stringify(binnen.uit));
    assert.ok(![...codes(binnen.uit.errors), ...codes(binnen.uit.warnings)].some((c) => /regio/.test(c)));
    // The output contract is unchanged: the region findings are among errors and warnings.
    assert.deepEqual(Object.keys(binnen.uit), [
      "ok",
      "text",
      "encoding",
      "characters",
      "pages",
      "errors",
      "warnings",
    ]);

    const dam = await check(DAM, "vr09"); // lower case as in the API's regioId
    assert.equal(dam.exit, 1);
    assert.equal(dam.uit.ok, false);
    assert.deepEqual(codes(dam.uit.errors), ["gebied-buiten-regio"]);
    assert.match(dam.uit.errors[0].message, /geheel buiten Veiligheidsregio Utrecht/);
    // Amsterdam-Amstelland's own check finds the Dam inside.
    const damAmsterdam = await check(DAM, "VR13");
    assert.ok(!codes(damAmsterdam.uit.errors).includes("gebied-buiten-regio"));

    const grens = await check(ABCOUDE, "VR09");
    assert.ok(codes(grens.uit.warnings).includes("gebied-deels-buiten-regio"));
    assert.ok(!codes(grens.uit.errors).includes("gebied-buiten-regio"));
  });

  test("zonder --regio: geen regiocontrole, en dat staat op stderr", async () => {
    const r = await check(DAM);
    assert.equal(r.exit, 0);
    assert.ok(!codes(r.uit.errors).includes("gebied-buiten-regio"));
    assert.equal(r.err, REGIO_NIET_GECONTROLEERD);
    assert.match(r.err, /niet gecontroleerd .* --regio/);
  });

  test("een onbekende regio: exit 2, niets gecontroleerd", async () => {
    const r = await check(DAM, "VR99");
    assert.equal(r.exit, 2);
    assert.equal(r.uit, undefined);
    assert.match(r.err, /^Fout \[regio-onbekend\] --regio: 'VR99' is geen veiligheidsregio/);
  });

  test("de optie --regio zit aan het commando", async () => {
    const io = memoryIo("{");
    let code = -1;
    const program = new Command().exitOverride();
    alertCommands(program, io, (c) => {
      code = c;
    });
    await program.parseAsync(["alert", "check", "--regio", "VR99"], { from: "user" });
    assert.equal(code, 2);
    assert.match(io.err.join(""), /regio-onbekend/);
  });
});
