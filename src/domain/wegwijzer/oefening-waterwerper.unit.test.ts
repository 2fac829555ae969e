// Review F6, ADR 0106: a water-cannon exercise needs no bevoegd gezag (fp toelichting 2, l. 144–148:
// "Voor inzet van een waterwerper (ook bij oefeningen) … Bij een daadwerkelijke inzet moet uit het
// aanvraagformulier blijken wie het bevoegd gezag is. Bij een oefening is dat niet nodig.").
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { route } from "./router.ts";
import { volgendeVraag } from "./volgende-vraag.ts";
import { type Vraag, VraagFout } from "./vraag.ts";

const fout = (veld: string, code: string) => (e: unknown) =>
  e instanceof VraagFout && e.veld === veld && e.code === code;

describe("oefening met een waterwerper (fp toelichting 2)", () => {
  test("given only that it is a water-cannon exercise, when routed, then fp § 2 without task, own-capacity answer or gezag", () => {
    // given
    const vraag = { sector: "politie", exercise: true };
    // when
    const a = route(vraag);
    // then
    assert.equal(a.outcome, "procedure");
    assert.equal(a.factsheet, "politie");
    assert.equal(a.section, "2");
    assert.equal(a.procedureId, "politie-2-waterwerper");
    assert.equal(a.authority, null);
    assert.equal(a.firstContact?.id, "locc");
    assert.deepEqual(a.decidedBy, ["locc"]);
    assert.match(a.title, /oefening/);
    assert.ok(a.steps.some((s) => s.id === "politie-2-waterwerper/formulier"));
  });

  test("given an exercise, when routed, then the advice says no bevoegd gezag needs to be named, citing toelichting 2", () => {
    const a = route({ sector: "politie", exercise: true });
    const r = a.reasons.find((x) => /bevoegd gezag/.test(x.text));
    assert.ok(r, "een reden over het bevoegd gezag");
    assert.match(r.text, /oefening hoeft .* niet te blijken wie het bevoegd gezag is/);
    assert.deepEqual(r.citation, { document: "factsheet-politie", sectie: "2" });
    // Flowchart question 1 is about a deployment, not about an exercise.
    assert.ok(!a.preconditions.some((p) => p.citation.sectie === "stroomschema-1"));
  });

  test("given an exercise after the flowchart questions (task openbare orde), when routed, then still no gezag", () => {
    const a = route({
      sector: "politie",
      ownCapacitySufficient: false,
      task: "openbare-orde",
      provider: "middelen-jenv",
      means: "waterwerper",
      exercise: true,
    });
    assert.equal(a.procedureId, "politie-2-waterwerper");
    assert.equal(a.authority, null);
    assert.ok(!a.reasons.some((r) => /onder het gezag van de burgemeester/.test(r.text)));
  });

  test("given an actual deployment of a water cannon, when routed, then the gezag is needed and the advice says it must show on the form", () => {
    for (const exercise of [false, undefined]) {
      const a = route({
        sector: "politie",
        ownCapacitySufficient: false,
        task: "strafrechtelijk",
        provider: "middelen-jenv",
        means: "waterwerper",
        ...(exercise === undefined ? {} : { exercise }),
      });
      assert.equal(a.authority, "officier-van-justitie");
      assert.ok(
        a.reasons.some(
          (r) =>
            /daadwerkelijke inzet moet uit het aanvraagformulier blijken/.test(r.text) &&
            r.citation.sectie === "2",
        ),
      );
    }
    // A deployment still needs the task.
    assert.throws(
      () => route({ sector: "politie", ownCapacitySufficient: false, means: "waterwerper", exercise: false }),
      fout("task", "ontbreekt"),
    );
  });

  test("given an exercise with another means or supplier, when routed, then refused: the source names exercises for the water cannon only", () => {
    assert.throws(
      () => route({ sector: "politie", exercise: true, means: "vrt" }),
      fout("exercise", "niet-van-toepassing"),
    );
    assert.throws(
      () => route({ sector: "politie", exercise: true, provider: "kmar" }),
      fout("exercise", "niet-van-toepassing"),
    );
    assert.throws(
      () => route({ sector: "bevolkingszorg", need: "kennis", exercise: true }),
      fout("exercise", "niet-van-toepassing"),
    );
  });

  test("given an exercise together with a real deployment's answers, when routed, then refused as contradictory", () => {
    assert.throws(
      () => route({ sector: "politie", exercise: true, missingPerson: { crimeIndication: false } }),
      fout("exercise", "tegenstrijdig"),
    );
    assert.throws(
      () => route({ sector: "politie", exercise: true, ownCapacitySufficient: true }),
      fout("ownCapacitySufficient", "tegenstrijdig"),
    );
  });

  test("given the water cannon is chosen, when the wegwijzer asks on, then it asks whether it is an exercise, and after 'Oefening' the advice has no gezag", () => {
    // given
    const v: Partial<Vraag> = {
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: null,
      task: "openbare-orde",
      provider: "middelen-jenv",
      means: "waterwerper",
    };
    // when
    const q = volgendeVraag(v, ["requester"]);
    // then
    assert.equal(q?.veld, "exercise");
    assert.deepEqual(q?.bron, { document: "factsheet-politie", sectie: "2" });
    assert.deepEqual(
      q?.opties.map((o) => o.waarde),
      [false, true],
    );
    const verder = { ...v, exercise: true, urgent: false };
    assert.equal(volgendeVraag(verder, ["requester"]), null);
    assert.equal(route(verder).authority, null);
    // Other means are not asked about exercises.
    assert.notEqual(volgendeVraag({ ...v, means: "vrt" }, ["requester"])?.veld, "exercise");
  });
});
