import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Instantie } from "./model.ts";
import { verklaar } from "./uitleg.ts";
import { verdeel } from "./verdeel.ts";

const P = (lon: number) => ({ lat: 52, lon });
const inst: Instantie = {
  units: [
    { id: "U1", type: "tin", base: P(5), readyMinutes: 0 },
    { id: "U2", type: "tin", base: P(6), readyMinutes: 0 },
  ],
  demands: [
    { id: "Redden", type: "tin", quantity: 1, priority: 1, location: P(5.49) },
    { id: "Opsporen", type: "tin", quantity: 1, priority: 3, location: P(5) },
    { id: "Veerkracht", type: "tin", quantity: 2, priority: 5, location: P(5) },
    { id: "Water", type: "waterwerper", quantity: 1, priority: 2, location: P(5) },
  ],
};

describe("verklaar", () => {
  const uitleg = verklaar(inst, verdeel(inst), { marginaal: true });
  const van = (id: string) => uitleg.find((x) => x.demandId === id)!;

  test("één uitleg per aanvraag, in invoervolgorde", () => {
    assert.deepEqual(
      uitleg.map((x) => x.demandId),
      ["Redden", "Opsporen", "Veerkracht", "Water"],
    );
  });

  test("waarom: eenheden met aankomsttijd, en waar de snelste eenheid heen ging", () => {
    assert.match(van("Redden").waarom, /krijgt 1 van 1 gevraagde eenheden van type tin: U2 \(aankomst/);
    assert.match(van("Redden").waarom, /snelste eenheid U1 .* gaat naar Opsporen/);
  });

  test("kosten voor anderen: de lagere prioriteit die tekort komt", () => {
    assert.match(van("Redden").kosten, /Veerkracht \(prioriteit 5, 2 tekort\)/);
  });

  test("tekort: alles ingezet bij hogere prioriteit", () => {
    assert.equal(van("Veerkracht").tekort, 2);
    assert.match(
      van("Veerkracht").tekortReden!,
      /Alle 2 eenheden van type tin zijn ingezet: 2 bij aanvragen met hogere prioriteit/,
    );
  });

  test("tekort: geen eenheden van het type", () => {
    assert.match(van("Water").tekortReden!, /geen eenheden van type waterwerper/);
  });

  test("marginaal effect is exact herberekend", () => {
    assert.match(
      van("Opsporen").marginaal!,
      /krijgt Veerkracht \(prioriteit 5\) er een eenheid bij: prioriteitswaarde -99 /,
    );
  });
});
