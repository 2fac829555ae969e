// Review F8, ADR 0107: who may ask for support for bevolkingszorg (factsheet bevolkingszorg, "Wie kan
// steunverlening verzoeken?", l. 97–104: "een functionaris van bevolkingszorg die beslissingsbevoegd
// is. Dit kan een algemeen commandant bevolkingszorg, hoofd taakorganisatie of coördinerend
// functionaris zijn."; voetnoot 4, l. 137–138: "Andere bevoegde bestuursorganen zijn de Commissaris
// van de Koningin en de Minister.").
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { REGIO, Scenario, volledigeGegevens } from "../aanvragen/testhulp.ts";
import { gebruiker } from "../aanvragen/voorbeeldcommando.ts";
import { ROLLEN, type Rol } from "../organisaties/rollen.ts";
import { procedure } from "./catalogus.ts";
import { route } from "./router.ts";
import { volgendeVraag } from "./volgende-vraag.ts";

const BESLISSINGSBEVOEGD = [
  "algemeen-commandant-bevolkingszorg",
  "hoofd-taakorganisatie-bevolkingszorg",
  "hoofd-taakorganisatie-crisiscommunicatie",
  "coordinerend-functionaris-bevolkingszorg",
] as const satisfies readonly Rol[];

describe("ondersteuning tussen gemeenten: een beslissingsbevoegde functionaris vraagt (fb 'Wie kan')", () => {
  test("given the role list, then a hoofd taakorganisatie bevolkingszorg and a coördinerend functionaris exist", () => {
    assert.equal(
      ROLLEN["hoofd-taakorganisatie-bevolkingszorg" as Rol],
      "Hoofd taakorganisatie bevolkingszorg",
    );
    assert.equal(
      ROLLEN["coordinerend-functionaris-bevolkingszorg" as Rol],
      "Coördinerend functionaris bevolkingszorg",
    );
  });

  test("given the catalogue entry of fb § 1, then it names all three functions as who may ask, citing 'Wie kan'", () => {
    const p = procedure("bevolkingszorg-1-kennis-capaciteit");
    for (const r of BESLISSINGSBEVOEGD) {
      assert.ok(p.magIndienen.rollen.includes(r), `magIndienen ${r}`);
      assert.ok(p.gezag.rollen.includes(r), `gezag ${r}`);
    }
    assert.equal(p.gezag.rollen[0], "algemeen-commandant-bevolkingszorg", "de procedure noemt de ACB eerst");
    assert.match(p.magIndienen.toelichting, /hoofd taakorganisatie of coördinerend functionaris/);
    assert.ok(p.magIndienen.bron.some((b) => b.sectie === "wie-kan-verzoeken"));
  });

  for (const requester of BESLISSINGSBEVOEGD)
    test(`given ${requester} asks for extra bevolkingszorg staff, when routed, then that officer asks, decides and takes the requesting side's steps`, () => {
      // when
      const a = route({ sector: "bevolkingszorg", need: "capaciteit-bevolkingszorg", requester });
      // then
      assert.equal(a.outcome, "procedure");
      assert.equal(a.authority, requester);
      assert.deepEqual(a.decidedBy, [requester, "contactpersoon-bevolkingszorg"]);
      const contact = a.steps.find((s) => s.id.endsWith("/contact-locc"));
      assert.equal(contact?.actor.rol, requester);
      assert.equal(contact?.actor.relatie, "aanvragende-veiligheidsregio");
      const doorgeven = a.steps.find((s) => s.id.endsWith("/doorgeven"));
      assert.deepEqual(
        doorgeven?.aan.map((x) => x.rol),
        [requester],
        "het LOCC geeft de gegevens aan wie vroeg",
      );
    });

  test("given any request for knowledge or staff, when routed, then the advice names the three functions, citing 'Wie kan'", () => {
    const a = route({ sector: "bevolkingszorg", need: "kennis" });
    const r = a.reasons.find((x) => x.citation.sectie === "wie-kan-verzoeken");
    assert.ok(r);
    assert.match(
      r.text,
      /algemeen commandant bevolkingszorg, hoofd taakorganisatie of coördinerend functionaris/,
    );
  });

  test("given the wegwijzer asks who files, then the three functions are offered", () => {
    const q = volgendeVraag({ sector: "bevolkingszorg", need: "kennis", urgent: false });
    assert.equal(q?.veld, "requester");
    for (const r of BESLISSINGSBEVOEGD)
      assert.ok(
        q?.opties.some((o) => o.waarde === r),
        r,
      );
  });

  test("given an officier van dienst bevolkingszorg (not named for § 1), when routed, then refused, naming the three functions", () => {
    const a = route({ sector: "bevolkingszorg", need: "kennis", requester: "ovd-bevolkingszorg" });
    assert.equal(a.outcome, "niet-toegestaan");
    assert.ok(a.reasons.some((r) => /hoofd taakorganisatie of coördinerend functionaris/.test(r.text)));
  });

  test("given SIS activated by the officier van dienst, when routed, then the officer's steps stay at the requesting region (not 'Burgemeester')", () => {
    const a = route({ sector: "bevolkingszorg", need: "sis", requester: "ovd-bevolkingszorg" });
    const contact = a.steps.find((s) => s.id.endsWith("/contact-locc"));
    assert.equal(contact?.actor.rol, "ovd-bevolkingszorg");
    assert.equal(contact?.actor.relatie, "aanvragende-veiligheidsregio");
    assert.equal(contact?.actor.omschrijving, "Officier van dienst bevolkingszorg");
  });

  test("given a hoofd taakorganisatie bevolkingszorg files a § 1 request in Knooppunt, then it is accepted with that gezag and the first task is that officer's", () => {
    // given
    const p = procedure("bevolkingszorg-1-kennis-capaciteit");
    const s = new Scenario();
    // when
    s.doe({
      type: "ConceptAanmaken",
      actor: gebruiker("hoofd-taakorganisatie-bevolkingszorg", REGIO),
      procedureId: p.id,
      volgnummer: 1,
      aanvragerOrganisatieId: REGIO,
      veiligheidsregioId: REGIO,
      gezag: { rol: "hoofd-taakorganisatie-bevolkingszorg", naam: "J. Jansen" },
      spoed: false,
      gegevens: volledigeGegevens(p),
    });
    // then
    assert.equal(s.a.gezag?.rol, "hoofd-taakorganisatie-bevolkingszorg");
    const contact = s.a.taken.find((t) => t.stapId.endsWith("/contact-locc"));
    assert.equal(contact?.eigenaar.rol, "hoofd-taakorganisatie-bevolkingszorg");
  });
});

describe("militaire steunverlening: andere bevoegde bestuursorganen (fb voetnoot 4)", () => {
  test("given militaire steunverlening, when routed, then the advice names the Commissaris van de Koning and the Minister, citing footnote 4", () => {
    const a = route({ sector: "bevolkingszorg", need: "defensie-openbaar-belang" });
    const r = a.reasons.find((x) => x.citation.sectie === "voetnoot-4");
    assert.ok(r);
    assert.match(r.text, /Commissaris van de Koning en de Minister/);
    assert.ok(
      procedure("bevolkingszorg-6-militaire-steunverlening").magIndienen.bron.some(
        (b) => b.sectie === "voetnoot-4",
      ),
    );
  });

  test("given an officier van justitie asks, when refused, then the alternative names the other bestuursorganen too", () => {
    const a = route({
      sector: "bevolkingszorg",
      need: "defensie-openbaar-belang",
      requester: "officier-van-justitie",
    });
    assert.equal(a.outcome, "niet-toegestaan");
    assert.match(a.instead?.text ?? "", /Commissaris van de Koning en de Minister/);
  });

  test("given the Minister asks, when routed, then not refused: another route via the LOCC, since the source describes no procedure for him", () => {
    const a = route({
      sector: "bevolkingszorg",
      need: "defensie-openbaar-belang",
      requester: "minister-jenv",
    });
    assert.equal(a.outcome, "andere-procedure");
    assert.equal(a.section, "voetnoot-4");
    assert.equal(a.authority, null);
    assert.deepEqual(a.steps, []);
    assert.deepEqual(a.instead?.citation, { document: "factsheet-bevolkingszorg", sectie: "rol-locc" });
    assert.match(a.instead?.text ?? "", /LOCC/);
  });
});
