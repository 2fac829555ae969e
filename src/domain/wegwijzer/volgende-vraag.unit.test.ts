import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { route } from "./router.ts";
import { volgendeVraag } from "./volgende-vraag.ts";
import type { Vraag } from "./vraag.ts";
import { VraagFout } from "./vraag.ts";

/** Walks the wegwijzer, answering each question from `antwoorden`, and returns the fields asked. */
function loop(antwoorden: Record<string, unknown>): { gevraagd: string[]; vraag: Partial<Vraag> } {
  const v: Record<string, unknown> = {};
  const gevraagd: string[] = [];
  for (let i = 0; i < 20; i++) {
    const q = volgendeVraag(v as Partial<Vraag>, ["requester"]);
    if (!q) return { gevraagd, vraag: v as Partial<Vraag> };
    gevraagd.push(q.veld);
    assert.ok(Object.hasOwn(antwoorden, q.veld), `onverwachte vraag ${q.veld}`);
    assert.ok(
      q.opties.some((o) => JSON.stringify(o.waarde) === JSON.stringify(antwoorden[q.veld])),
      `optie voor ${q.veld}`,
    );
    v[q.veld] = antwoorden[q.veld];
  }
  throw new Error("loopt niet af");
}

describe("volgendeVraag follows the flowchart order and asks only what matters", () => {
  test("eigen capaciteit: two questions", () => {
    const { gevraagd } = loop({ sector: "politie", ownCapacitySufficient: true });
    assert.deepEqual(gevraagd, ["sector", "ownCapacitySufficient"]);
  });
  test("KMar for public order", () => {
    const r = loop({
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: null,
      task: "openbare-orde",
      provider: "kmar",
      locationBound: true,
      urgent: false,
    });
    assert.deepEqual(r.gevraagd, [
      "sector",
      "ownCapacitySufficient",
      "missingPerson",
      "task",
      "provider",
      "locationBound",
      "urgent",
    ]);
    assert.equal(route(r.vraag).procedureId, "politie-3-kmar-oo");
  });
  test("missing person with crime skips the task question", () => {
    const r = loop({
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: { crimeIndication: true },
      provider: "krijgsmacht",
      purpose: null,
      policeCapacityExhausted: true,
      urgent: true,
    });
    assert.ok(!r.gevraagd.includes("task"));
    assert.deepEqual(r.gevraagd.slice(-3), ["purpose", "policeCapacityExhausted", "urgent"]);
    assert.equal(route(r.vraag).procedureId, "politie-8-krijgsmacht-justitie");
  });
  test("TIN asks purpose, recipient and the capacity question in LCP wording", () => {
    const v = {
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: null,
      task: "strafrechtelijk",
      provider: "krijgsmacht",
      purpose: "bewaken-beveiligen",
      recipient: "politie",
    } as const;
    const q = volgendeVraag(v, ["requester"]);
    assert.equal(q?.veld, "policeCapacityExhausted");
    assert.match(q?.vraag ?? "", /personeelscapaciteit/);
  });
  test("bevolkingszorg BTC: need, urgent? (no spoed rules) then done", () => {
    const r = loop({ sector: "bevolkingszorg", need: "btc" });
    assert.deepEqual(r.gevraagd, ["sector", "need"]);
  });
  test("militaire steunverlening bevolkingszorg asks locationBound", () => {
    const r = loop({
      sector: "bevolkingszorg",
      need: "defensie-openbaar-belang",
      locationBound: false,
      urgent: false,
    });
    assert.deepEqual(r.gevraagd, ["sector", "need", "locationBound", "urgent"]);
    assert.equal(route(r.vraag).authority, "voorzitter-veiligheidsregio");
  });
  test("the optional requester question comes last unless skipped", () => {
    const q = volgendeVraag({ sector: "bevolkingszorg", need: "ifv-middelen", urgent: false });
    assert.equal(q?.veld, "requester");
    assert.equal(q?.optioneel, true);
    assert.ok(q?.opties.some((o) => o.waarde === "voorzitter-veiligheidsregio"));
    assert.equal(
      volgendeVraag({ sector: "bevolkingszorg", need: "ifv-middelen", urgent: false }, ["requester"]),
      null,
    );
  });
  test("contradictory answers so far are reported, not skipped", () => {
    assert.throws(() => volgendeVraag({ sector: "bevolkingszorg", task: "openbare-orde" }), VraagFout);
  });
});

test("de vraag naar de behoefte biedt het ambulancebijstandsplan aan", () => {
  const v = volgendeVraag({ sector: "bevolkingszorg" });
  assert.equal(v?.veld, "need");
  assert.ok(v?.opties.some((o) => o.waarde === "ambulances"));
});

test("de vraag naar de politietaak biedt taken onder rechtstreeks gezag van de Minister aan, en daarna is het advies klaar", () => {
  const v = volgendeVraag({ sector: "politie", ownCapacitySufficient: false, missingPerson: null });
  assert.equal(v?.veld, "task");
  assert.ok(v?.opties.some((o) => o.waarde === "gezag-minister"));
  assert.equal(
    volgendeVraag({
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: null,
      task: "gezag-minister",
    }),
    null,
  );
});
