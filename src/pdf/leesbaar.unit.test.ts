import assert from "node:assert/strict";
import { test } from "node:test";
import { euroNl, leesbaar, stapKort } from "./leesbaar.ts";

const namen = {
  organisatie: (id: string) =>
    ({ gm0344: "Gemeente Utrecht", "politie-re09-rccb": "RCCB Midden-Nederland" })[id] ?? id,
  procedure: (id: string) => (id === "politie-3-kmar-oo" ? "Bijstand KMar (openbare orde)" : id),
};
const a = {
  taken: [
    {
      id: "0:p/formulier",
      stapId: "p/formulier",
      actie: "RCCB stelt het aanvraagformulier op. Daarna meer.",
    },
  ],
} as never;

test("step ids become the step's action", () => {
  assert.equal(
    leesbaar('Stap "formulier" afgerond.', a, namen),
    'Stap "RCCB stelt het aanvraagformulier op" afgerond.',
  );
  assert.equal(leesbaar('Stap "onbekend" afgerond.', a, namen), 'Stap "onbekend" afgerond.');
});

test("organisation and procedure ids become names; unknown words stay", () => {
  assert.equal(
    leesbaar("Ondertekend voor gm0344; hash abc….", null, namen),
    "Ondertekend voor Gemeente Utrecht; hash abc….",
  );
  assert.equal(
    leesbaar("Aanvraag B-2026-VR09-0004 aangemaakt (politie-3-kmar-oo, spoed).", null, namen),
    "Aanvraag B-2026-VR09-0004 aangemaakt (Bijstand KMar (openbare orde), spoed).",
  );
  assert.equal(leesbaar("open-einde en vr99", null, namen), "open-einde en vr99");
});

test("amounts and times in Dutch", () => {
  assert.equal(euroNl(1825050), "€ 18.250,50");
  assert.equal(
    leesbaar("Afgesloten; werkelijke kosten € 18250.50 (uren).", null, namen),
    "Afgesloten; werkelijke kosten € 18.250,50 (uren).",
  );
  assert.equal(
    leesbaar("formulier uiterlijk 2026-03-10T12:05:00.000Z.", null, namen),
    "formulier uiterlijk 10 maart 2026 om 13:05.",
  );
  assert.equal(
    leesbaar("Concept bijgewerkt: beoogdEffect, bijlagen.", null, namen),
    "Concept bijgewerkt: beoogd effect, bijlagen.",
  );
});

test("a long action is cut at a word", () => {
  const k = stapKort("a ".repeat(80));
  assert.ok(k.length <= 90 && k.endsWith("…"), k);
});
