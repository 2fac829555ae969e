// Validates produced CAP documents against the official OASIS schema with xmllint (libxml2-utils).
// The schema and examples are read from ../shared/data/cap (never copied into the repo).
// Without xmllint the tests are skipped, unless REQUIRE_XMLLINT=1 (CI), where they fail.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { maakCap } from "./cap.ts";
import type { Concept } from "./concept.ts";
import { SCENARIOS } from "./sjablonen.ts";
import { VOORBEELD_POLYGOON, voorbeeldAlert, voorbeeldEinde } from "./voorbeelden.ts";

// src/domain/nl-alert → repo root → ../shared/data/cap
const CAP_MAP = fileURLToPath(new URL("../../../../shared/data/cap/", import.meta.url));
const XSD = join(CAP_MAP, "CAP-v1.2.xsd");

const heeftXmllint = spawnSync("xmllint", ["--version"], { encoding: "utf8" }).error === undefined;
const verplicht = process.env.REQUIRE_XMLLINT === "1";
const skip =
  heeftXmllint || verplicht
    ? false
    : "xmllint ontbreekt (apt-get install libxml2-utils); CAP-schemavalidatie overgeslagen. Zet REQUIRE_XMLLINT=1 om dit te laten falen.";

function valideer(bestanden: string[]): { status: number | null; uitvoer: string } {
  if (!heeftXmllint) assert.fail("REQUIRE_XMLLINT=1 maar xmllint is niet gevonden op het PATH");
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, ...bestanden], { encoding: "utf8" });
  return { status: r.status, uitvoer: `${r.stdout}${r.stderr}` };
}

const map = mkdtempSync(join(tmpdir(), "knooppunt-cap-"));
after(() => rmSync(map, { recursive: true, force: true }));

let volgnummer = 0;
function schrijf(xml: string): string {
  const pad = join(map, `cap-${++volgnummer}.xml`);
  writeFileSync(pad, xml);
  return pad;
}

const opties = {
  identifier: "vru-2019-0002",
  sender: "nl-alert@vr-utrecht.nl",
  senderName: "Veiligheidsregio Utrecht",
  nu: new Date("2019-03-18T09:45:00Z"),
};

const english = {
  risk: "Major shooting",
  location: "Utrecht, 24 Oktoberplein area",
  actions: ["Leave the area immediately or hide"],
  moreInfo: "More information at www.politie.nl/english",
};

function varianten(): Concept[] {
  const uit: Concept[] = [];
  for (const scenario of SCENARIOS)
    for (const status of ["Actual", "Exercise", "Test"] as const)
      for (const metEngels of [false, true])
        for (const area of [
          { polygon: VOORBEELD_POLYGOON },
          { circle: { lat: 52.09, lon: 5.1, radiusKm: 1.5 } },
          { polygon: VOORBEELD_POLYGOON, circle: { lat: -33.9, lon: -70.6, radiusKm: 0.001 } },
        ]) {
          const basis = { scenario, status, area, ...(metEngels ? { english } : {}) };
          uit.push(
            voorbeeldAlert({
              ...basis,
              actions: ["Verlaat direct het gebied óf verberg je", "Geef hulpdiensten de ruimte"],
            }),
          );
          uit.push(voorbeeldEinde(basis));
        }
  uit.push(voorbeeldAlert({ location: 'Café "<De Smid>" & Zn', sent: "2024-07-01T10:00:00Z" }));
  // A negated instruction: responseType Shelter, not Evacuate (cap.unit.test.ts); still valid CAP.
  uit.push(voorbeeldAlert({ actions: ["Verlaat uw woning niet", "Ga niet naar buiten"] }));
  return uit;
}

describe("CAP 1.2 schema validation (xmllint)", { skip }, () => {
  test("the four official OASIS examples validate (harness sanity)", () => {
    const voorbeelden = readdirSync(join(CAP_MAP, "examples"))
      .filter((n) => n.endsWith(".xml"))
      .map((n) => join(CAP_MAP, "examples", n));
    assert.equal(voorbeelden.length, 4);
    const r = valideer(voorbeelden);
    assert.equal(r.status, 0, r.uitvoer);
    assert.equal((r.uitvoer.match(/ validates$/gm) ?? []).length, 4, r.uitvoer);
  });

  test("the harness rejects an invalid document (sent with Z)", () => {
    const r0 = maakCap(voorbeeldAlert(), opties);
    assert.ok(r0.ok);
    const fout = schrijf(r0.xml.replace(/<sent>[^<]+<\/sent>/, "<sent>2019-03-18T09:45:00Z</sent>"));
    const r = valideer([fout]);
    assert.notEqual(r.status, 0);
    assert.match(r.uitvoer, /sent/);
  });

  test("every scenario × status × language × area variant, alert and einde situatie, validates", () => {
    const bestanden = varianten().map((c) => {
      const r = maakCap(c, opties);
      assert.ok(r.ok, r.ok ? "" : JSON.stringify(r.fouten));
      return schrijf(r.xml);
    });
    assert.ok(bestanden.length >= 100);
    const r = valideer(bestanden);
    assert.equal(r.status, 0, r.uitvoer);
    assert.equal((r.uitvoer.match(/ validates$/gm) ?? []).length, bestanden.length);
  });

  test("property: every CAP document made from a generated draft validates", () => {
    const tekst = fc.oneof(
      fc.string({ minLength: 1, maxLength: 30, unit: "grapheme" }),
      fc.constantFrom(
        "Grote schietpartij",
        "Explosie",
        "Verlaat direct het gebied óf verberg je",
        "€ [x] & <y>",
      ),
    );
    const punt = fc.tuple(
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ min: -180, max: 180, noNaN: true }),
    );
    const concept = fc.record({
      kind: fc.constantFrom("alert" as const, "einde-situatie" as const),
      scenario: fc.constantFrom(...SCENARIOS),
      status: fc.constantFrom("Actual" as const, "Exercise" as const, "Test" as const),
      sent: fc
        .date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2090-12-31T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString()),
      risk: tekst,
      location: tekst,
      actions: fc.array(tekst, { minLength: 1, maxLength: 3 }),
      moreInfo: fc.constantFrom(
        "Meer informatie op politie.nl",
        "Volg voor meer informatie @politie",
        "Zie https://a.nl/x?y=1&z=2",
      ),
      english: fc.option(
        fc.record({ risk: tekst, location: tekst, actions: fc.array(tekst, { minLength: 1, maxLength: 2 }) }),
        {
          nil: undefined,
        },
      ),
      area: fc.record(
        {
          polygon: fc
            .array(punt, { minLength: 3, maxLength: 8 })
            .map((p) => [...p, p[0] as [number, number]]),
          circle: fc.record({
            lat: fc.double({ min: -90, max: 90, noNaN: true }),
            lon: fc.double({ min: -180, max: 180, noNaN: true }),
            radiusKm: fc.double({ min: 1e-9, max: 20000, noNaN: true }),
          }),
        },
        { requiredKeys: ["circle"] },
      ),
      references: fc
        .constant(null)
        .map(() => [{ sender: "a@b.nl", identifier: "id-1", sent: "2019-03-18T10:45:00+01:00" }]),
    });
    const bestanden: string[] = [];
    let afgewezen = 0;
    for (const c of fc.sample(concept, { numRuns: 250, seed: 20190318 })) {
      const r = maakCap(c, { ...opties, identifier: `id-${bestanden.length}` });
      if (r.ok) bestanden.push(schrijf(r.xml));
      else {
        afgewezen++;
        for (const f of r.fouten) assert.ok(f.code && f.message.length > 10, JSON.stringify(f));
      }
    }
    assert.ok(
      bestanden.length > 100,
      `te weinig geldige concepten (${bestanden.length}, ${afgewezen} afgewezen)`,
    );
    const r = valideer(bestanden);
    assert.equal(
      r.status,
      0,
      r.uitvoer
        .split("\n")
        .filter((l) => !l.endsWith(" validates"))
        .join("\n"),
    );
  });
});
