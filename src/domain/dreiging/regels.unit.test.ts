import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  controleerAfkondiging,
  controleerAfschaling,
  controleerBeeindiging,
  controleerInformatie,
  controleerMaatregel,
  gezagRolVan,
  type Maatregel,
  magMaatregelBeeindigen,
  nogVanKrachtNaVerlaging,
} from "./regels.ts";

const nu = new Date("2026-11-23T12:00:00Z");
const velden = (f: { veld: string }[]) => f.map((x) => x.veld);

describe("afkondigen (LCP-EGT, Dreigingsniveau 5)", () => {
  test("gegeven niveau 4, wanneer de NCTV 5 afkondigt zonder duiding en oproep, dan worden beide velden genoemd", () => {
    assert.deepEqual(velden(controleerAfkondiging(4, { niveau: 5 })), ["duiding", "oproepBurgers"]);
  });
  test("gegeven niveau 4, wanneer 5 met duiding en oproep wordt afgekondigd, dan is dat goed", () => {
    assert.deepEqual(
      controleerAfkondiging(4, {
        niveau: 5,
        duiding: "Aanslag in Utrecht",
        oproepBurgers: "Volg de aanwijzingen",
      }),
      [],
    );
  });
  test("gegeven niveau 5, wanneer opnieuw 5 of lager wordt 'afgekondigd', dan wordt naar afschalen verwezen", () => {
    const f = controleerAfkondiging(5, { niveau: 5, duiding: "x", oproepBurgers: "y" });
    assert.deepEqual(velden(f), ["niveau"]);
    assert.match(f[0]!.melding, /afschalen/);
    assert.deepEqual(velden(controleerAfkondiging(4, { niveau: 3 })), ["niveau"]);
  });
  test("gegeven nog geen niveau, wanneer 4 wordt vastgelegd, dan mag dat zonder duiding; 0 en 6 bestaan niet", () => {
    assert.deepEqual(controleerAfkondiging(null, { niveau: 4 }), []);
    assert.deepEqual(velden(controleerAfkondiging(null, { niveau: 6 })), ["niveau"]);
    assert.deepEqual(velden(controleerAfkondiging(null, { niveau: 0 })), ["niveau"]);
  });
});

describe("afschalen na overleg met gemeente of regio", () => {
  const overleg = {
    met: [{ id: "gm0344", soort: "gemeente" }],
    moment: new Date("2026-11-23T11:00:00Z"),
    samenvatting: "Gemeente Utrecht stemt in",
  };
  test("gegeven niveau 5, wanneer na overleg naar 4 wordt afgeschaald, dan is dat goed", () => {
    assert.deepEqual(controleerAfschaling(5, 4, overleg, nu), []);
  });
  test("gegeven niveau 5, wanneer zonder overlegpartner, samenvatting en met een overleg in de toekomst, dan noemt de fout elk veld", () => {
    const f = controleerAfschaling(
      5,
      4,
      { met: [], moment: new Date("2026-11-24T00:00:00Z"), samenvatting: " " },
      nu,
    );
    assert.deepEqual(velden(f), ["overleg.met", "overleg.moment", "overleg.samenvatting"]);
  });
  test("gegeven een overleg met een politie-eenheid, dan is dat geen gemeente of regio", () => {
    const f = controleerAfschaling(
      5,
      4,
      { ...overleg, met: [{ id: "politie-re03", soort: "politie-eenheid" }] },
      nu,
    );
    assert.deepEqual(velden(f), ["overleg.met[0]"]);
  });
  test("gegeven niveau 4, wanneer naar 4 of 5 'afgeschaald' wordt, of er is nog geen niveau, dan kan dat niet", () => {
    assert.deepEqual(velden(controleerAfschaling(4, 4, overleg, nu)), ["niveau"]);
    assert.deepEqual(velden(controleerAfschaling(4, 5, overleg, nu)), ["niveau"]);
    assert.deepEqual(velden(controleerAfschaling(null, 3, overleg, nu)), ["niveau"]);
  });
  test("het informeren van de maatschappij volgt op de verlaging en heeft een tekst", () => {
    const afgeschaald = new Date("2026-11-23T11:30:00Z");
    assert.deepEqual(controleerInformatie("Persbericht NCTV", nu, afgeschaald, nu), []);
    assert.deepEqual(velden(controleerInformatie("", nu, afgeschaald, nu)), ["tekst"]);
    assert.deepEqual(velden(controleerInformatie("x", new Date("2026-11-23T11:00:00Z"), afgeschaald, nu)), [
      "moment",
    ]);
  });
});

describe("maatregelen van het lokaal bevoegd gezag", () => {
  const bm = { rollen: ["burgemeester"], organisatie: { id: "gm0344", soort: "gemeente" } };
  const andereBm = { rollen: ["burgemeester"], organisatie: { id: "gm0307", soort: "gemeente" } };
  const vz = {
    rollen: ["voorzitter-veiligheidsregio"],
    organisatie: { id: "vr09", soort: "veiligheidsregio" },
  };
  const nctv = { rollen: ["nctv-dreiging"], organisatie: { id: "nctv", soort: "nctv" } };
  const m: Maatregel = {
    gezagOrganisatieId: "gm0344",
    gezagRol: "burgemeester",
    genomenOp: new Date("2026-11-23T09:00:00Z"),
    beeindigdOp: null,
  };

  test("de burgemeester treedt op voor zijn gemeente, de voorzitter voor zijn regio, de NCTV niet", () => {
    assert.equal(gezagRolVan(bm), "burgemeester");
    assert.equal(gezagRolVan(vz), "voorzitter-veiligheidsregio");
    assert.equal(gezagRolVan(nctv), null);
    assert.equal(
      gezagRolVan({ rollen: ["burgemeester"], organisatie: { id: "vr09", soort: "veiligheidsregio" } }),
      null,
    );
  });
  test("een eigen maatregel (vrije tekst) mag; een onbekend voorbeeld niet; een lege omschrijving niet", () => {
    assert.deepEqual(controleerMaatregel({ omschrijving: "Evenementen in de binnenstad afgelast" }), []);
    assert.deepEqual(
      controleerMaatregel({ omschrijving: "Scholen dicht", voorbeeld: "scholen-sluiten" }),
      [],
    );
    assert.deepEqual(velden(controleerMaatregel({ omschrijving: "x", voorbeeld: "stadion-sluiten" })), [
      "voorbeeld",
    ]);
    assert.deepEqual(velden(controleerMaatregel({ omschrijving: "  " })), ["omschrijving"]);
  });
  test("alleen het gezag dat de maatregel nam beëindigt hem, met wat er gecommuniceerd is", () => {
    assert.equal(magMaatregelBeeindigen(bm, m), true);
    assert.equal(magMaatregelBeeindigen(andereBm, m), false);
    assert.equal(magMaatregelBeeindigen(nctv, m), false);
    assert.equal(magMaatregelBeeindigen(vz, m), false);
    assert.deepEqual(velden(controleerBeeindiging(m, "")), ["communicatie"]);
    assert.deepEqual(velden(controleerBeeindiging({ ...m, beeindigdOp: nu }, "x")), ["maatregel"]);
  });
  test("gegeven een maatregel, wanneer het niveau daarna verlaagd wordt, dan blijft hij van kracht en wordt dat gemeld", () => {
    assert.equal(nogVanKrachtNaVerlaging(m, []), false);
    assert.equal(nogVanKrachtNaVerlaging(m, [{ op: new Date("2026-11-23T08:00:00Z") }]), false);
    assert.equal(nogVanKrachtNaVerlaging(m, [{ op: new Date("2026-11-23T10:00:00Z") }]), true);
    assert.equal(
      nogVanKrachtNaVerlaging({ ...m, beeindigdOp: nu }, [{ op: new Date("2026-11-23T10:00:00Z") }]),
      false,
    );
  });
});
