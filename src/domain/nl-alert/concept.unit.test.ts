import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { leesConcept, leesConceptJson, veldNaam } from "./concept.ts";
import { voorbeeldAlert, voorbeeldEinde } from "./voorbeelden.ts";

const berichten = (x: unknown) => {
  const r = leesConcept(x);
  return r.ok ? [] : r.fouten.map((f) => `${f.veld}|${f.message}`);
};

describe("draft contract (TypeBox)", () => {
  test("the examples are valid", () => {
    assert.equal(leesConcept(voorbeeldAlert()).ok, true);
    assert.equal(leesConcept(voorbeeldEinde()).ok, true);
  });

  test("missing required field: Dutch message naming it", () => {
    const { risk: _weg, ...zonder } = voorbeeldAlert();
    const m = berichten(zonder);
    assert.deepEqual(m, ["risk|Veld risk ontbreekt."]);
  });

  test("wrong enum value lists the allowed values", () => {
    const m = berichten({ ...voorbeeldAlert(), status: "Draft" });
    assert.equal(m.length, 1);
    assert.match(
      m[0] ?? "",
      /^status\|Veld status moet een van deze waarden hebben: "Actual", "Exercise", "Test"\.$/,
    );
  });

  test("nested fields are named with dots and indexes", () => {
    const m = berichten({
      ...voorbeeldAlert(),
      english: { risk: "x", location: "y", actions: ["ok", 3] },
      area: { polygon: [[52, "5"]] },
    });
    assert.ok(m.includes("english.actions[1]|Veld english.actions[1] moet tekst zijn."), m.join("\n"));
    assert.ok(
      m.some((x) => x.startsWith("area.polygon[0][1]|")),
      m.join("\n"),
    );
  });

  test("unknown fields are rejected by name", () => {
    const m = berichten({ ...voorbeeldAlert(), motief: "x" });
    assert.deepEqual(m, ["motief|Veld motief is onbekend; het concept kent dit veld niet."]);
  });

  test("non-object input", () => {
    assert.equal(leesConcept(null).ok, false);
    assert.equal(leesConcept([]).ok, false);
  });

  test("invalid JSON gets json-ongeldig", () => {
    const r = leesConceptJson("{ kind: ");
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.fouten[0]?.code, "json-ongeldig");
    assert.equal(leesConceptJson(JSON.stringify(voorbeeldAlert())).ok, true);
  });

  test("veldNaam", () => {
    assert.equal(veldNaam("/english/actions/1"), "english.actions[1]");
    assert.equal(veldNaam("/area/polygon/2/0"), "area.polygon[2][0]");
    assert.equal(veldNaam(""), "(concept)");
  });
});
