import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { ROL_IDS } from "../organisaties/rollen.ts";
import { bestaatSectie } from "./bronnen.ts";
import { documentVan, isProcedureId, procedure } from "./catalogus.ts";
import { route } from "./router.ts";
import { BEHOEFTEN, LEVERANCIERS, MIDDELEN_JENV, TAKEN, VraagFout } from "./vraag.ts";

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Arbitrary questions in the schema's shape: valid, incomplete and contradictory ones alike. */
const politieVraag = fc.record(
  {
    sector: fc.constant("politie" as const),
    ownCapacitySufficient: opt(fc.boolean()),
    task: opt(fc.constantFrom(...TAKEN)),
    provider: opt(fc.constantFrom(...LEVERANCIERS)),
    means: opt(fc.constantFrom(...MIDDELEN_JENV)),
    exercise: opt(fc.boolean()),
    policeCapacityExhausted: opt(fc.boolean()),
    specialismUnavailable: opt(fc.boolean()),
    purpose: opt(fc.constantFrom("bewaken-beveiligen" as const, null)),
    recipient: opt(fc.constantFrom("politie" as const, "kmar" as const)),
    missingPerson: opt(fc.option(fc.record({ crimeIndication: fc.boolean() }), { nil: null })),
    instrument: opt(fc.constant("militaire-steunverlening" as const)),
    requester: opt(fc.constantFrom(...ROL_IDS)),
    refusedByKorpschef: opt(fc.boolean()),
    urgent: opt(fc.boolean()),
    locationBound: opt(fc.boolean()),
  },
  { requiredKeys: ["sector"] },
);
const bzVraag = fc.record(
  {
    sector: fc.constant("bevolkingszorg" as const),
    need: opt(fc.constantFrom(...BEHOEFTEN)),
    instrument: opt(fc.constant("militaire-steunverlening" as const)),
    requester: opt(fc.constantFrom(...ROL_IDS)),
    urgent: opt(fc.boolean()),
    locationBound: opt(fc.boolean()),
  },
  { requiredKeys: ["sector"] },
);
const vraag = fc
  .oneof(politieVraag, bzVraag)
  .map((v) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>);

/** Complete, consistent questions: these must always be answered. */
const geldigeVraag = fc.oneof(
  fc.record({
    sector: fc.constant("politie"),
    ownCapacitySufficient: fc.constant(false),
    task: fc.constantFrom(...TAKEN),
    provider: fc.constantFrom("politie", "kmar", "buitenland"),
    urgent: fc.boolean(),
    locationBound: fc.boolean(),
  }),
  fc.record({
    sector: fc.constant("politie"),
    ownCapacitySufficient: fc.constant(false),
    task: fc.constantFrom(...TAKEN),
    provider: fc.constant("middelen-jenv"),
    means: fc.constantFrom(...MIDDELEN_JENV),
    urgent: fc.boolean(),
  }),
  fc.record(
    {
      sector: fc.constant("politie"),
      ownCapacitySufficient: fc.constant(false),
      task: fc.constantFrom("openbare-orde", "hulpverlening", "strafrechtelijk"),
      provider: fc.constant("middelen-jenv"),
      means: fc.constant("waterwerper"),
      exercise: fc.constant(true),
      urgent: fc.boolean(),
    },
    { requiredKeys: ["sector", "exercise"] },
  ),
  fc.record({
    sector: fc.constant("politie"),
    ownCapacitySufficient: fc.constant(false),
    task: fc.constantFrom(...TAKEN),
    provider: fc.constant("krijgsmacht"),
    policeCapacityExhausted: fc.boolean(),
    specialismUnavailable: fc.boolean(),
    urgent: fc.boolean(),
  }),
  fc.record({
    sector: fc.constant("politie"),
    ownCapacitySufficient: fc.constant(false),
    purpose: fc.constant("bewaken-beveiligen"),
    recipient: fc.constantFrom("politie", "kmar"),
    policeCapacityExhausted: fc.boolean(),
  }),
  fc.record({
    sector: fc.constant("bevolkingszorg"),
    need: fc.constantFrom(...BEHOEFTEN),
    urgent: fc.boolean(),
    locationBound: fc.boolean(),
  }),
);

test("every valid question gets exactly one advice", () => {
  fc.assert(
    fc.property(geldigeVraag, (v) => {
      const a = route(v);
      assert.ok(["eigen-capaciteit", "procedure", "niet-toegestaan", "andere-procedure"].includes(a.outcome));
      assert.deepEqual(route(v), a, "pure: same question, same advice");
    }),
    { numRuns: 500 },
  );
});

test("every question is either answered with a fully cited advice or refused with a VraagFout — nothing else", () => {
  fc.assert(
    fc.property(vraag, (v) => {
      let a: ReturnType<typeof route>;
      try {
        a = route(v);
      } catch (e) {
        assert.ok(e instanceof VraagFout, `unexpected ${String(e)}`);
        assert.ok(e.veld.length > 0 && e.message.length > 0);
        return;
      }
      assert.ok(
        bestaatSectie({ document: documentVan(a.factsheet), sectie: a.section }),
        `section ${a.section}`,
      );
      if (a.procedureId !== null) {
        assert.ok(isProcedureId(a.procedureId));
        const p = procedure(a.procedureId);
        for (const s of a.steps) assert.ok(p.stappen.some((c) => c.id === s.id));
      }
      assert.ok(a.reasons.length > 0);
      for (const r of a.reasons) assert.ok(bestaatSectie(r.citation), JSON.stringify(r.citation));
      if (a.instead) assert.ok(bestaatSectie(a.instead.citation));
      if (a.outcome === "procedure")
        // Only a water-cannon exercise needs no bevoegd gezag (fp toelichting 2; ADR 0106).
        assert.ok(
          a.steps.length > 0 && (a.authority !== null || v.exercise === true) && a.firstContact !== null,
        );
      if (a.outcome === "niet-toegestaan" || a.outcome === "andere-procedure") assert.ok(a.instead !== null);
      const urgent = v.urgent === true;
      for (const s of a.steps) {
        if (urgent) assert.ok(!s.overslaanBijSpoed, `${s.id} skipped when urgent`);
        else assert.ok(!s.alleenBijSpoed && !s.telefonischNu, `${s.id} only when urgent`);
      }
    }),
    { numRuns: 2000 },
  );
});

test("invalid questions are refused, never answered", () => {
  const kapot = fc.oneof(
    // a wrong value in a known field
    fc
      .tuple(
        vraag,
        fc.constantFrom("task", "provider", "means", "need", "urgent", "sector", "requester", "recipient"),
        fc.oneof(fc.string(), fc.integer()),
      )
      .map(([v, k, x]) => ({ v: { ...v, [k]: x }, veld: k })),
    // an unknown field
    fc
      .tuple(vraag, fc.stringMatching(/^[a-z]{3,8}X$/))
      .map(([v, k]) => ({ v: { ...v, [k]: true }, veld: k })),
    // sector missing
    vraag.map((v) => {
      const { sector: _s, ...rest } = v;
      return { v: rest, veld: "sector" };
    }),
    // a politie-only field on bevolkingszorg
    bzVraag.map((v) => ({ v: { ...v, provider: "kmar" }, veld: "provider" })),
  );
  fc.assert(
    fc.property(kapot, ({ v, veld }) => {
      assert.throws(
        () => route(v),
        (e: unknown) => e instanceof VraagFout && e.veld === veld,
      );
    }),
    { numRuns: 1000 },
  );
});
