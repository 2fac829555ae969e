// The API keeps "unknown" and "zero" apart: the app's ajv coerces types, and a union of a number
// and null used to turn a null amount into 0 ("€ 0,00" on the form for an amount nobody named).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import type { Aanvraag } from "../../domain/aanvragen/index.ts";
import { volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";

const KMAR = "politie-3-kmar-oo";

perEngine("onbekend en nul in de API", (engine) => {
  let t: TestApp;
  let rccb: TestClient;
  before(async () => {
    t = await testApp(engine);
    rccb = await t.als("demo-rccb-medewerker");
  });
  after(() => t?.sluit());

  const nieuw = async (bedragCent: number | null) => {
    const g = volledigeGegevens(procedure(KMAR), ["gm0344"]);
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: { ...g, kostenverwachting: { regime: "fnik", bedragCent, toelichting: "Volgens de FNIK." } },
    });
    assert.equal(r.statusCode, 201, r.body);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  };

  test("een onbekend bedrag blijft onbekend (null), een bedrag van nul blijft nul", async () => {
    assert.equal((await nieuw(null)).gegevens.kostenverwachting?.bedragCent, null);
    assert.equal((await nieuw(0)).gegevens.kostenverwachting?.bedragCent, 0);
    assert.equal((await nieuw(1250)).gegevens.kostenverwachting?.bedragCent, 1250);
  });

  test("een bedrag dat geen geheel getal is wordt geweigerd met het veld erbij", async () => {
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: { kostenverwachting: { regime: "fnik", bedragCent: 12.5, toelichting: "x" } },
    });
    assert.equal(r.statusCode, 400, r.body);
    assert.match(r.body, /bedragCent/);
  });
});
