// A water-cannon exercise is a request without bevoegd gezag: "Voor inzet van een waterwerper (ook
// bij oefeningen) neemt RCCB contact op met het LOCC … Bij een daadwerkelijke inzet moet uit het
// aanvraagformulier blijken wie het bevoegd gezag is. Bij een oefening is dat niet nodig." (factsheet
// politie, toelichting 2; ADR 0621).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { procedure as procedureVan } from "../wegwijzer/catalogus.ts";
import { herbouw } from "./index.ts";
import { betrokkenOrganisaties, notificaties, zichtbaarVoor } from "./notificaties.ts";
import {
  GEMEENTE,
  gebruiker,
  given,
  loop,
  nieuweAanvraag,
  organisatieVoorRol,
  REGIO,
  volledigeGegevens,
} from "./testhulp.ts";
import type { Aanvraag, AanvraagCommando } from "./typen.ts";

const W = "politie-2-waterwerper" as const;
const RCCB = gebruiker("rccb-medewerker", organisatieVoorRol("rccb-medewerker"));
const LOCC = gebruiker("locc-piket", "locc");
const BURGEMEESTER = gebruiker("burgemeester", GEMEENTE);
const T = new Date("2026-03-10T09:00:00.000Z");

function aanmaken(deel: Partial<AanvraagCommando & { type: "ConceptAanmaken" }>): AanvraagCommando {
  return {
    type: "ConceptAanmaken",
    aanvraagId: "a-oef",
    actor: RCCB,
    nu: T,
    verwachteVersie: 0,
    procedureId: W,
    volgnummer: 7,
    aanvragerOrganisatieId: RCCB.organisatieId,
    veiligheidsregioId: REGIO,
    gezag: null,
    spoed: false,
    gegevens: volledigeGegevens(procedureVan(W)),
    ...deel,
  } as AanvraagCommando;
}

describe("oefening met een waterwerper (fp toelichting 2, ADR 0621)", () => {
  test("given niets, when een oefening zonder gezag wordt aangemaakt, then is zij aangemaakt zonder gezag", () => {
    const [e] = given([])
      .when(aanmaken({ oefening: true }))
      .then([{ type: "AanvraagAangemaakt", gezag: null, oefening: true, procedureId: W }]);
    const a = herbouw([e as never]);
    assert.ok(a);
    assert.equal(a.oefening, true);
    assert.equal(a.gezag, null);
    assert.match(a.tijdlijn[0]?.omschrijving ?? "", /oefening/);
  });

  test("een oefening loopt met de catalogus-loper tot afsluiting, zonder taak of bericht voor een burgemeester", () => {
    const s = nieuweAanvraag(W, { oefening: true });
    assert.equal(s.a.gezag, null);
    assert.deepEqual(
      s.a.taken.map((t) => t.stapId.split("/").pop()),
      ["contact-locc", "formulier", "toetsen", "beheersorganisatie"],
    );
    loop(s);
    assert.ok(s.a.taken.every((t) => t.status === "gereed"));
    assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
    s.doe({ type: "InzetStarten", actor: LOCC });
    s.doe({ type: "Demobiliseren", actor: LOCC });
    s.doe({ type: "Afsluiten", actor: LOCC, werkelijkeKosten: { bedragCent: 0, toelichting: "Oefening." } });
    assert.equal(s.a.status, "afgesloten");
    assert.equal(s.a.oefening, true);
    // Nobody with a mayor's or officer's role hears of it, and the municipality of the exercise
    // site is not involved (the location is not a gezag).
    const berichten = notificaties(null, s.events);
    assert.ok(berichten.length > 0);
    assert.deepEqual(
      berichten.filter((n) => n.rol === "burgemeester" || n.rol === "officier-van-justitie"),
      [],
    );
    assert.equal(betrokkenOrganisaties(s.a).has(GEMEENTE), false);
    assert.equal(zichtbaarVoor(s.a, BURGEMEESTER), false);
  });

  test("een daadwerkelijke inzet van de waterwerper zonder gezag wordt geweigerd, met de bron", () => {
    const f = given([])
      .when(aanmaken({ gezag: null }))
      .thenFout("ongeldige-invoer", /daadwerkelijke inzet.*bevoegd gezag.*toelichting 2/);
    assert.equal(f.details?.veld, "gezag");
  });

  test("een daadwerkelijke inzet met gezag gaat als voorheen, en de burgemeester is betrokken", () => {
    const s = nieuweAanvraag(W, { gezagRol: "burgemeester" });
    assert.equal(s.a.oefening, false);
    assert.equal(s.a.gezag?.rol, "burgemeester");
    assert.equal(betrokkenOrganisaties(s.a).has(GEMEENTE), true);
  });

  test("een oefening met gezag wordt geweigerd: een oefening heeft geen bevoegd gezag", () => {
    const f = given([])
      .when(aanmaken({ oefening: true, gezag: { rol: "burgemeester", naam: "A. Burg" } }))
      .thenFout("ongeldige-invoer", /oefening heeft geen bevoegd gezag/);
    assert.equal(f.details?.veld, "gezag");
  });

  test("oefening bij een andere procedure wordt geweigerd met veld oefening en de bron", () => {
    for (const id of ["politie-2-bewakingscontainer-vrt", "politie-3-kmar-oo"] as const) {
      const f = given([])
        .when(aanmaken({ procedureId: id, oefening: true, gegevens: volledigeGegevens(procedureVan(id)) }))
        .thenFout("ongeldige-invoer", /oefening: alleen .*waterwerper.*toelichting 2/);
      assert.equal(f.details?.veld, "oefening");
    }
  });

  test("een concept wordt oefening (gezag vervalt) en weer inzet (met gezag); na indienen ligt het vast", () => {
    const s = nieuweAanvraag(W, { gezagRol: "officier-van-justitie" });
    s.doe({ type: "ConceptBijwerken", actor: RCCB, wijzigingen: {}, oefening: true });
    assert.equal(s.a.oefening, true);
    assert.equal(s.a.gezag, null);
    // Back to a deployment needs a gezag in the same command.
    s.weiger("ongeldige-invoer", { type: "ConceptBijwerken", actor: RCCB, wijzigingen: {}, oefening: false });
    s.doe({
      type: "ConceptBijwerken",
      actor: RCCB,
      wijzigingen: {},
      oefening: false,
      gezag: { rol: "officier-van-justitie", naam: "mr. B. Officier" },
    });
    assert.equal(s.a.oefening, false);
    assert.equal((s.a as Aanvraag).gezag?.naam, "mr. B. Officier");
    s.doe({ type: "ConceptBijwerken", actor: RCCB, wijzigingen: {}, oefening: true });
    // A gezag on an exercise is refused.
    s.weiger("ongeldige-invoer", {
      type: "ConceptBijwerken",
      actor: RCCB,
      wijzigingen: {},
      gezag: { rol: "burgemeester", naam: "A. Burg" },
    });
    // Filed, and the LOCC asks for more information: the form is open again, the kind is not.
    let gevraagd = false;
    loop(s, {
      keuzeVoor: (t) => {
        if (t.soort !== "toetsen" || gevraagd) return "positief";
        gevraagd = true;
        return "meer-informatie";
      },
      stop: () => gevraagd && s.a.status === "aanvulling-gevraagd",
    });
    assert.equal(s.a.status, "aanvulling-gevraagd");
    const f = s.weiger("niet-bewerkbaar", {
      type: "ConceptBijwerken",
      actor: RCCB,
      wijzigingen: {},
      oefening: false,
      gezag: { rol: "burgemeester", naam: "A. Burg" },
    });
    assert.equal(f.details?.veld, "oefening");
    assert.equal(s.a.oefening, true);
    // Filling in the form itself stays possible.
    s.doe({ type: "ConceptBijwerken", actor: RCCB, wijzigingen: { reden: "Aangevuld." } });
  });

  test("een andere procedure kan ook in concept geen oefening worden", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    const f = s.weiger("ongeldige-invoer", {
      type: "ConceptBijwerken",
      actor: RCCB,
      wijzigingen: {},
      oefening: true,
    });
    assert.equal(f.details?.veld, "oefening");
  });

  test("events van vóór ADR 0621 (zonder oefening) geven een daadwerkelijke inzet", () => {
    const s = nieuweAanvraag(W);
    const oud = s.events.map((e) => {
      const { oefening: _weg, ...rest } = e as typeof e & { oefening?: true };
      return rest;
    });
    assert.equal(herbouw(oud as never)?.oefening, false);
  });
});
