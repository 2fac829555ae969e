// The decider's part of the security review's fixes (ADR 0609): what a command may name about
// other organisations, and the re-authentication window that comes with the signing command.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { procedure } from "../wegwijzer/catalogus.ts";
import { gebruiker, given, Scenario, T0, volledigeGegevens } from "./testhulp.ts";
import type { AanvraagCommando } from "./typen.ts";

const KMAR = "politie-3-kmar-oo";

function aanmaken(
  actor: ReturnType<typeof gebruiker>,
  extra: Partial<Extract<AanvraagCommando, { type: "ConceptAanmaken" }>> = {},
): AanvraagCommando {
  return {
    type: "ConceptAanmaken",
    aanvraagId: "a-1",
    actor,
    nu: T0,
    verwachteVersie: 0,
    procedureId: KMAR,
    volgnummer: 1,
    aanvragerOrganisatieId: actor.organisatieId,
    veiligheidsregioId: "vr09",
    gezag: { rol: "burgemeester", naam: "S. Dijksma" },
    spoed: false,
    gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    ...extra,
  };
}

describe("F1: de regioburgemeester is niet de eigen organisatie van wie aanvraagt", () => {
  test("een RCCB van een andere eenheid doet geen aanvraag voor VR09 door zich regioburgemeester te noemen", () => {
    const ander = gebruiker("rccb-medewerker", "politie-re05-rccb");
    given([])
      .when(aanmaken(ander, { regioburgemeesterOrganisatieId: "politie-re05-rccb" }))
      .thenFout("verkeerde-organisatie", /veiligheidsregio VR09/);
  });
  test("de regioburgemeester zelf, als gezag (primus inter pares), vraagt wel aan voor gemeenten buiten de zijne", () => {
    const rb = gebruiker("regioburgemeester", "gm0344");
    const s = new Scenario("a-1");
    s.doe({
      ...aanmaken(rb, {
        gezag: { rol: "regioburgemeester", naam: "S. Dijksma" },
        regioburgemeesterOrganisatieId: "gm0344",
        gegevens: volledigeGegevens(procedure(KMAR), ["gm0307", "gm0034"]),
      }),
    } as never);
    assert.equal(s.a.aanvrager.organisatieId, "gm0344");
  });
});
