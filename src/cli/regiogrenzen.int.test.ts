// `knooppunt regiogrenzen import` as the administrator runs it: a real process on both engines,
// with the CBS/PDOK safety-region file read from ../shared/data/nl/geo (never copied into the repo).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { nieuweDatabase, perEngine } from "../../test/support/database.ts";
import { openDatabase } from "../db/database.ts";
import { laadRegiogrenzen } from "../db/nl-alert.ts";
import { leesRegiogrenzen, REGIOGRENZEN_BRON } from "./regiogrenzen.ts";

const BIN = new URL("../../bin/knooppunt.mjs", import.meta.url).pathname;
const GEOJSON = new URL("../../../shared/data/nl/geo/veiligheidsregio_2025.geojson", import.meta.url)
  .pathname;
const tmp = mkdtempSync(join(tmpdir(), "knooppunt-grenzen-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const driehoek = [
  [5.0, 52.0],
  [5.1, 52.0],
  [5.1, 52.1],
  [5.0, 52.0],
];
const fc = (features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const feat = (statcode: string, geometry: unknown) => ({
  type: "Feature",
  properties: { statcode, statnaam: "X" },
  geometry,
});

describe("leesRegiogrenzen", () => {
  test("het CBS-bestand: 25 regio's, Polygon en MultiPolygon", () => {
    const g = leesRegiogrenzen(readFileSync(GEOJSON, "utf8"));
    assert.ok(g.ok, JSON.stringify(!g.ok && g.fouten));
    assert.equal(g.regios.length, 25);
    assert.deepEqual(new Set(g.regios.map((r) => r.geometrie.type)), new Set(["Polygon", "MultiPolygon"]));
    assert.equal(g.regios.find((r) => r.code === "VR09")?.naam, "Utrecht");
  });

  test("weigert met Nederlandse redenen", () => {
    const gevallen: [string, RegExp][] = [
      ["{", /geen geldige JSON/],
      [JSON.stringify({ type: "Feature" }), /FeatureCollection/],
      [fc([]), /geen regio's/],
      [
        fc([feat("VR99", { type: "Polygon", coordinates: [driehoek] })]),
        /onbekende veiligheidsregiocode 'VR99'/,
      ],
      [fc([feat("VR09", { type: "Point", coordinates: [5, 52] })]), /Polygon of MultiPolygon/],
      [fc([feat("VR09", { type: "Polygon", coordinates: [driehoek.slice(0, 3)] })]), /minstens 4 posities/],
      [
        fc([feat("VR09", { type: "Polygon", coordinates: [[...driehoek.slice(0, 3), [5.0, 52.05]]] })]),
        /niet gesloten/,
      ],
      [
        fc([feat("VR09", { type: "Polygon", coordinates: [[[500, 52], ...driehoek.slice(1)]] })]),
        /geen geldige positie/,
      ],
      [
        fc([
          feat("VR09", { type: "Polygon", coordinates: [driehoek] }),
          feat("VR09", { type: "Polygon", coordinates: [driehoek] }),
        ]),
        /twee keer/,
      ],
    ];
    for (const [tekst, verwacht] of gevallen) {
      const g = leesRegiogrenzen(tekst);
      assert.equal(g.ok, false, tekst);
      assert.match((g as { fouten: string[] }).fouten.join("\n"), verwacht, tekst);
    }
  });
});

perEngine("knooppunt regiogrenzen import", (engine) => {
  let env: Record<string, string>;
  let opruimen: () => Promise<void>;
  before(async () => {
    if (engine === "pglite") {
      const dir = mkdtempSync(join(tmpdir(), "knooppunt-grenzen-db-"));
      env = { KNOOPPUNT_DATA: dir, DATABASE_URL: "" };
      opruimen = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const d = await nieuweDatabase("postgres");
      await d.database.close();
      env = { DATABASE_URL: d.url! };
      opruimen = d.opruimen;
    }
  });
  after(async () => opruimen());

  const knooppunt = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env, LOG_LEVEL: "silent" },
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const open = () =>
    env.DATABASE_URL
      ? openDatabase({ databaseUrl: env.DATABASE_URL })
      : openDatabase({ dataDir: env.KNOOPPUNT_DATA });

  test("importeert de 25 veiligheidsregio's met bronvermelding; een fout bestand verandert niets", async () => {
    const r = knooppunt(["regiogrenzen", "import", GEOJSON]);
    assert.equal(r.code, 0, r.err);
    const uit = JSON.parse(r.out);
    assert.equal(uit.geimporteerd, 25);
    assert.equal(uit.bron, REGIOGRENZEN_BRON);

    const fout = join(tmp, `fout-${engine}.geojson`);
    writeFileSync(fout, fc([feat("VR09", { type: "LineString", coordinates: driehoek })]));
    const f = knooppunt(["regiogrenzen", "import", fout]);
    assert.equal(f.code, 1);
    assert.match(f.err, /niet geïmporteerd[\s\S]*Polygon of MultiPolygon/);
    const ontbreekt = knooppunt(["regiogrenzen", "import", join(tmp, "bestaat-niet.geojson")]);
    assert.equal(ontbreekt.code, 1);
    assert.match(ontbreekt.err, /kan .* niet lezen/);

    const database = await open();
    try {
      const grenzen = await laadRegiogrenzen(database.db);
      assert.equal(grenzen.length, 25, "het mislukte bestand liet de import intact");
      const utrecht = grenzen.find((g) => g.code === "VR09");
      assert.equal((utrecht?.geometrie as { type: string }).type.endsWith("Polygon"), true);
      assert.equal(utrecht?.bron, REGIOGRENZEN_BRON);
      const audit = await database.db
        .selectFrom("audit_records")
        .select("actie")
        .where("actie", "=", "regiogrenzen.geimporteerd")
        .execute();
      assert.equal(audit.length, 1);
    } finally {
      await database.close();
    }
  });
});
