import assert from "node:assert/strict";
import { test } from "node:test";
import {
  eenheidVoorRegio,
  inbrengWeigering,
  regiosVanEenheid,
  wachttijd,
  zichtbareRegios,
} from "./regels.ts";

const p = (rol: string, id: string, soort = "veiligheidsregio") => ({
  id: "x",
  rollen: [rol],
  organisatie: { id, soort, regioId: null },
});

test("eenheden en regio's volgen de wettelijke indeling", () => {
  assert.equal(eenheidVoorRegio("vr09"), "politie-re03");
  assert.deepEqual(regiosVanEenheid("politie-re03").sort(), ["vr09", "vr14", "vr25"]);
  assert.deepEqual(zichtbareRegios(p("hovd-p", "politie-re03-rccb", "politie-onderdeel"))?.sort(), [
    "vr09",
    "vr14",
    "vr25",
  ]);
  assert.equal(zichtbareRegios(p("hovd-le", "politie-le-operaties", "politie-onderdeel")), null);
  assert.deepEqual(zichtbareRegios(p("meldkamer", "vr13")), ["vr13"]);
});

test("inbreng: zelf alleen door de juiste rol, telefonisch door de bevoegde (of de adviseur voor de second opinion)", () => {
  assert.equal(
    inbrengWeigering(p("hovd-p", "politie-re03", "politie-eenheid"), "vr09", "advies", "zelf"),
    null,
  );
  assert.match(
    inbrengWeigering(p("hovd-p", "politie-re05", "politie-eenheid"), "vr09", "advies", "zelf") ?? "",
    /§4b\.2/,
  );
  assert.equal(inbrengWeigering(p("nl-alert-bevoegde", "vr09"), "vr09", "advies", "telefonisch"), null);
  assert.notEqual(inbrengWeigering(p("nl-alert-bevoegde", "vr13"), "vr09", "advies", "telefonisch"), null);
  assert.equal(
    inbrengWeigering(p("ovd-oc", "politie-re03", "politie-eenheid"), "vr09", "second-opinion", "telefonisch"),
    null,
  );
  assert.notEqual(
    inbrengWeigering(p("ovd-oc", "politie-re03", "politie-eenheid"), "vr09", "second-opinion", "zelf"),
    null,
  );
});

test("back-off verdubbelt en is begrensd", () => {
  assert.deepEqual(
    [1, 2, 3, 4, 10].map((n) => wachttijd(n, 1000, 5000)),
    [1000, 2000, 4000, 5000, 5000],
  );
});
