import assert from "node:assert/strict";
import { test } from "node:test";
import type { InbrengRij } from "../../db/nl-alert.ts";
import { voorbeeldAlert } from "../../domain/nl-alert/index.ts";
import {
  eenheidVoorRegio,
  faseNaam,
  faseUitInbreng,
  functieWeigering,
  herauthenticatieWeigering,
  inbrengAanwezig,
  inbrengWeigering,
  isBevoegdeVan,
  isMeldkamerVan,
  LEZERS,
  regiosVanEenheid,
  TELEFONISCHE_FUNCTIES,
  vraagtEindeSituatie,
  vrijgaveBlokkades,
  wachttijd,
  zelfdeFunctionarisWeigering,
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

test("§3 / Awb 10:7: de voorzitter veiligheidsregio handelt als bevoegd gezag van zijn regio; de burgemeester niet (ADR 0250)", () => {
  const voorzitter = p("voorzitter-veiligheidsregio", "vr09");
  assert.equal(isBevoegdeVan(voorzitter, "vr09"), true);
  assert.equal(isBevoegdeVan(voorzitter, "vr13"), false);
  assert.equal(isBevoegdeVan(p("nl-alert-bevoegde", "vr09"), "vr09"), true);
  const burgemeester = {
    id: "b",
    rollen: ["burgemeester"],
    organisatie: { id: "gm0344", soort: "gemeente", regioId: "vr09" },
  };
  assert.equal(isBevoegdeVan(burgemeester, "vr09"), false);
  assert.equal(inbrengWeigering(voorzitter, "vr09", "advies", "telefonisch"), null);
  assert.equal(inbrengWeigering(voorzitter, "vr09", "second-opinion", "telefonisch"), null);
  assert.notEqual(inbrengWeigering(voorzitter, "vr09", "advies", "zelf"), null);
  assert.match(inbrengWeigering(burgemeester, "vr09", "advies", "telefonisch") ?? "", /voorzitter/);
});

test("advies en second opinion in elke volgorde; de fase zegt wat ontbreekt (§4b.2, §4c)", () => {
  const rij = (soort: InbrengRij["soort"]) => ({ soort }) as InbrengRij;
  assert.equal(faseUitInbreng([]), "concept");
  assert.equal(faseUitInbreng([rij("second-opinion")]), "concept");
  assert.equal(faseUitInbreng([rij("advies")]), "advies");
  assert.equal(faseUitInbreng([rij("second-opinion"), rij("advies")]), "second-opinion");
  assert.equal(faseUitInbreng([rij("advies"), rij("second-opinion")]), "second-opinion");
  const naam = (...s: InbrengRij["soort"][]) => {
    const r = s.map(rij);
    return faseNaam(faseUitInbreng(r), inbrengAanwezig(r));
  };
  assert.equal(naam(), "Concept");
  assert.match(naam("second-opinion"), /second opinion ontvangen, advies politie ontbreekt/i);
  assert.match(naam("advies"), /second opinion ontbreekt/);
  assert.equal(naam("second-opinion", "advies"), "Advies en second opinion ontvangen");
  // Release still needs both, whatever the order.
  const alert = {
    fase: "besluit" as const,
    versie: 3,
    besluit: "verzenden" as const,
    besluitVersie: 3,
    erkendeWaarschuwingen: [],
    erkendVersie: null,
  };
  const leeg = { fouten: [], waarschuwingen: [] };
  assert.deepEqual(
    vrijgaveBlokkades(alert, [rij("second-opinion")], leeg).map((b) => b.code),
    ["advies-ontbreekt"],
  );
  assert.deepEqual(vrijgaveBlokkades(alert, [rij("second-opinion"), rij("advies")], leeg), []);
});

test("back-off verdubbelt en is begrensd", () => {
  assert.deepEqual(
    [1, 2, 3, 4, 10].map((n) => wachttijd(n, 1000, 5000)),
    [1000, 2000, 4000, 5000, 5000],
  );
});

test("§4b.2: een telefonische inbreng noemt de functie die de richtlijn noemt", () => {
  assert.equal(functieWeigering("advies", "HOvD-P Eenheid Midden-Nederland"), null);
  assert.equal(functieWeigering("advies", "OvD-OC"), null);
  assert.equal(functieWeigering("advies", "Officier van Dienst - Operationeel Centrum"), null);
  assert.match(functieWeigering("advies", "Teamleider wijkteam") ?? "", /HOvD-P of een OvD-OC/);
  assert.equal(functieWeigering("second-opinion", "HOvD LE operaties"), null);
  assert.equal(
    functieWeigering("second-opinion", TELEFONISCHE_FUNCTIES["second-opinion"][0] as string),
    null,
  );
  assert.match(functieWeigering("second-opinion", "HOvD-P") ?? "", /Landelijke Eenheid/);
  for (const soort of ["advies", "second-opinion"] as const)
    for (const f of TELEFONISCHE_FUNCTIES[soort]) assert.equal(functieWeigering(soort, f), null, f);
});

test("§4b.2: advies en second opinion komen van twee functionarissen", () => {
  const rij = (soort: "advies" | "second-opinion", naam: string) =>
    ({ soort, naam }) as unknown as Parameters<typeof zelfdeFunctionarisWeigering>[2][number];
  assert.match(
    zelfdeFunctionarisWeigering("second-opinion", " j. de vries ", [rij("advies", "J. de Vries")]) ?? "",
    /gaf al het advies/,
  );
  assert.match(
    zelfdeFunctionarisWeigering("advies", "A. Jansen", [rij("second-opinion", "A. Jansen")]) ?? "",
    /gaf al de second opinion/,
  );
  assert.equal(
    zelfdeFunctionarisWeigering("second-opinion", "A. Jansen", [rij("advies", "J. de Vries")]),
    null,
  );
  assert.equal(zelfdeFunctionarisWeigering("second-opinion", "A. Jansen", []), null);
});

test("§4d.2: de officier van justitie leest de berichten van de regio's van zijn arrondissement, niet andere (ADR 0252)", () => {
  const ovj = p("officier-van-justitie", "om-parket-re03", "arrondissementsparket");
  assert.ok(LEZERS.includes("officier-van-justitie"));
  assert.deepEqual(zichtbareRegios(ovj)?.sort(), ["vr09", "vr14", "vr25"]);
  assert.equal(isBevoegdeVan(ovj, "vr09"), false);
  assert.deepEqual(zichtbareRegios(p("officier-van-justitie", "om-parket-re05", "arrondissementsparket")), [
    "vr13",
  ]);
});

test("brief: als de tijd het niet toestaat, zit de adviesfunctie op de meldkamer — die legt telefonische inbreng vast (ADR 0252)", () => {
  const mk = p("meldkamer", "vr09");
  assert.equal(inbrengWeigering(mk, "vr09", "advies", "telefonisch"), null);
  assert.equal(inbrengWeigering(mk, "vr09", "second-opinion", "telefonisch"), null);
  assert.notEqual(inbrengWeigering(mk, "vr09", "advies", "zelf"), null);
  assert.notEqual(inbrengWeigering(p("meldkamer", "vr13"), "vr09", "advies", "telefonisch"), null);
});

test("§3 '(veelal) vanuit de meldkamer': verzenden is de functie meldkamer van de regio, waar die ook zit; het bevoegd gezag zonder die rol niet (ADR 0250)", () => {
  // A sender at a back-up location in the region (an organisation in VR09) holds the role.
  const uitwijk = {
    id: "x",
    rollen: ["meldkamer"],
    organisatie: { id: "gm0344", soort: "gemeente", regioId: "vr09" },
  };
  assert.equal(isMeldkamerVan(uitwijk, "vr09"), true);
  assert.equal(isMeldkamerVan(p("nl-alert-bevoegde", "vr09"), "vr09"), false);
  assert.equal(isMeldkamerVan(p("voorzitter-veiligheidsregio", "vr09"), "vr09"), false);
  const beide = {
    id: "x",
    rollen: ["nl-alert-bevoegde", "meldkamer"],
    organisatie: { id: "vr09", soort: "veiligheidsregio", regioId: null },
  };
  assert.equal(isMeldkamerVan(beide, "vr09") && isBevoegdeVan(beide, "vr09"), true);
});

test("§4f.2 einde situatie 'van belang in specifieke situaties': alleen bij verlaten, vermijden of schuilen (ADR 0253)", () => {
  const met = (a: string) => vraagtEindeSituatie(voorbeeldAlert({ actions: [a] }));
  assert.equal(met("Verlaat direct het gebied"), true);
  assert.equal(met("Blijf binnen"), true);
  assert.equal(met("Geef hulpdiensten de ruimte"), true);
  assert.equal(met("Volg instructies op van autoriteiten"), false);
});

test("besluit tot verzenden en vrijgave vragen een herauthenticatie binnen het venster (ADR 0254)", () => {
  const nu = new Date("2025-05-01T03:00:00Z");
  const geleden = (min: number) => new Date(nu.getTime() - min * 60_000);
  // Never re-authenticated in this session.
  assert.match(
    herauthenticatieWeigering("besluit-verzenden", null, nu, 5) ?? "",
    /^Besluiten tot verzenden vraagt .* hoogstens 5 minuten geleden .*wachtwoord/,
  );
  assert.match(
    herauthenticatieWeigering("vrijgeven", null, nu, 1) ?? "",
    /^Vrijgeven en verzenden vraagt .* hoogstens 1 minuut geleden/,
  );
  // Within the window, up to and including its edge.
  assert.equal(herauthenticatieWeigering("besluit-verzenden", geleden(0), nu, 5), null);
  assert.equal(herauthenticatieWeigering("vrijgeven", geleden(5), nu, 5), null);
  assert.equal(herauthenticatieWeigering("vrijgeven", geleden(29), nu, 30), null);
  // After it, and a time in the future (as for signing a request, ADR 0612).
  assert.notEqual(herauthenticatieWeigering("vrijgeven", geleden(5.01), nu, 5), null);
  assert.notEqual(herauthenticatieWeigering("besluit-verzenden", geleden(-1), nu, 5), null);
});
