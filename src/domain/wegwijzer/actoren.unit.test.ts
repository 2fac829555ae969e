// The catalogue's national actors: a role stands for one organisation, so a step's owner and the
// demo user who acts for it are the same everywhere (ADR 0100, reading 21).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { A } from "./actoren.ts";
import { CATALOGUS, procedure } from "./catalogus.ts";
import type { Actor } from "./typen.ts";

function landelijkeActoren(): Actor[] {
  return CATALOGUS.flatMap((p) => p.stappen.flatMap((s) => [s.actor, ...s.aan, ...s.afschriftAan])).filter(
    (a) => a.relatie === "landelijk",
  );
}

describe("landelijke actoren", () => {
  test("een rol staat overal bij één organisatie", () => {
    const per = new Map<string, Set<string>>();
    for (const a of landelijkeActoren()) {
      const orgs = per.get(a.rol) ?? new Set<string>();
      orgs.add(a.organisatie ?? "(geen)");
      per.set(a.rol, orgs);
    }
    // The Crisisberaad Opschaling BB is a body convened and chaired by the NCTV/CBB (LCP-EGT § 6.2.2),
    // not a second seat of the CBB: requests resolve it to nctv-cbb.
    const orgs = per.get("nctv-cbb");
    orgs?.delete("crisisberaad-opschaling-bb");
    const dubbel = [...per].filter(([, o]) => o.size > 1).map(([r, o]) => `${r}: ${[...o].join(", ")}`);
    assert.deepEqual(dubbel, []);
  });

  test("Defensie bij bewaken en beveiligen (TIN) is DOPS NATOPS, zoals bij bevolkingszorg §5 en §6", () => {
    assert.deepEqual(
      { rol: A.defensie.rol, organisatie: A.defensie.organisatie },
      { rol: "defensie-dops", organisatie: "defensie-dops-natops" },
    );
    const tin = procedure("lcp-egt-tin-bewaken-beveiligen");
    const voorbereiding = tin.stappen.find((s) => s.id.endsWith("/voorbereiding-defensie"));
    const alarmering = tin.stappen.find((s) => s.id.endsWith("/alarmering"));
    assert.equal(voorbereiding?.actor.organisatie, "defensie-dops-natops");
    assert.deepEqual(
      alarmering?.aan.map((a) => [a.rol, a.organisatie]),
      [["defensie-dops", "defensie-dops-natops"]],
    );
    const bz5 = procedure("bevolkingszorg-5-defensie-crisisbeheersing");
    assert.ok(
      bz5.stappen.some(
        (s) => s.actor.rol === "defensie-dops" && s.actor.organisatie === "defensie-dops-natops",
      ),
      "bevolkingszorg §5 laat DOPS NATOPS beoordelen",
    );
  });
});
