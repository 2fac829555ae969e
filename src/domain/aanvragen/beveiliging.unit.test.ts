// The decider's part of the security review's fixes (ADR 0609): what a command may name about
// other organisations, and the re-authentication window that comes with the signing command.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { procedure } from "../wegwijzer/catalogus.ts";
import {
  commandoVoorTaak,
  gebruiker,
  given,
  loop,
  nieuweAanvraag,
  Scenario,
  T0,
  volledigeGegevens,
} from "./testhulp.ts";
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

describe("F2: organisaties in commando's zijn partijen die de stap of procedure noemt", () => {
  test("leverende eenheden: alleen het RCCB van een andere politie-eenheid", () => {
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    loop(s, { stop: (t) => t.stapId.endsWith("/coordineren") });
    const t = s.taak("coordineren");
    const cmd = commandoVoorTaak(s, t) as Extract<AanvraagCommando, { type: "Leveranciersbesluit" }>;
    for (const organisaties of [["vr25"], ["bestaat-niet"], ["politie-re03-rccb"], ["gm0363"]]) {
      const f = s.weiger("ongeldige-invoer", { ...cmd, organisaties });
      assert.equal(f.details.veld, "organisaties");
    }
    s.doe({ ...cmd, organisaties: ["politie-re05-rccb"] });
    assert.deepEqual(s.a.context.leverendeEenheden, ["politie-re05-rccb"]);
  });
  test("andere regio's: alleen een andere veiligheidsregio; een stap zonder zulke ontvangers noemt er geen", () => {
    const s = nieuweAanvraag("bevolkingszorg-1-kennis-capaciteit");
    const eerste = s.a.taken.find((t) => t.beschikbaar);
    assert.ok(eerste);
    const zonder = commandoVoorTaak(s, eerste) as Extract<AanvraagCommando, { type: "StapAfronden" }>;
    if (zonder.type === "StapAfronden") s.weiger("ongeldige-invoer", { ...zonder, organisaties: ["vr25"] });
    loop(s, { stop: (t) => t.stapId.endsWith("/benaderen") });
    const t = s.taak("benaderen");
    const cmd = commandoVoorTaak(s, t) as Extract<AanvraagCommando, { type: "StapAfronden" }>;
    for (const organisaties of [["vr09"], ["politie-re05-rccb"], ["gm0363"], ["vr99"]])
      s.weiger("ongeldige-invoer", { ...cmd, organisaties });
    s.doe({ ...cmd, organisaties: ["vr25"] });
    assert.deepEqual(s.a.context.andereRegios, ["vr25"]);
  });
  test("telefonisch contact: beide kanten zijn partijen van de procedure, en wie vastlegt was erbij", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo", { spoed: true });
    const rccb = gebruiker("rccb-medewerker", "politie-re03-rccb");
    const gesprek = (van: string, aan: string, aanRol: string | null = null, actor = rccb) =>
      ({
        type: "TelefonischContactVastleggen",
        actor,
        van: { naam: "A", rol: null, organisatieId: van, telefoon: null },
        aan: { naam: "B", rol: aanRol, organisatieId: aan, telefoon: null },
        op: s.nu,
        afspraken: "Klik op https://evil.example/login",
        taakIds: [],
      }) as never;
    // The review's demo: a call "from the korpschef" to a region the procedure does not involve.
    assert.equal(
      s.weiger("ongeldige-invoer", gesprek("politie", "vr25", "korpschef")).details.veld,
      "aan.organisatieId",
    );
    assert.equal(
      s.weiger("ongeldige-invoer", gesprek("politie-re03-rccb", "vr25")).details.veld,
      "aan.organisatieId",
    );
    s.weiger("ongeldige-invoer", gesprek("politie-re03-rccb", "ook-niet-bestaand"));
    // A call between two others, recorded by a third party.
    assert.equal(s.weiger("ongeldige-invoer", gesprek("locc", "gm0344")).details.veld, "van.organisatieId");
    // A role the procedure does not give that organisation (the inbox message would go there).
    assert.equal(
      s.weiger("ongeldige-invoer", gesprek("politie-re03-rccb", "locc", "beheerder")).details.veld,
      "aan.rol",
    );
    s.doe(gesprek("politie-re03-rccb", "locc", "locc-piket"));
    // The LOCC records a call it heard of between two parties.
    s.doe(gesprek("politie-re03-rccb", "gm0344", "burgemeester", gebruiker("locc-piket", "locc")));
    assert.equal(s.a.telefonischeContacten.length, 2);
  });
});

describe("F3: de server bepaalt de gegevens van bijlagen", () => {
  const bijlage = {
    id: "11111111-1111-4111-8111-111111111111",
    naam: "situatieschets.pdf",
    mediatype: "application/pdf",
    grootteBytes: 52,
    sha256: "1".repeat(64),
  };
  const rccb = gebruiker("rccb-medewerker", "politie-re03-rccb");
  const bijwerken = (extra: object) =>
    ({ type: "ConceptBijwerken", actor: rccb, wijzigingen: {}, ...extra }) as never;

  test("alleen de upload voegt toe; de lijst van de client houdt of laat weg, op id", () => {
    const s = nieuweAanvraag(KMAR);
    s.weiger("ongeldige-bijlage", bijwerken({ wijzigingen: { bijlagen: [bijlage] } }));
    s.doe(bijwerken({ bijlageToevoegen: bijlage }));
    assert.deepEqual(s.a.gegevens.bijlagen, [bijlage]);
    // Forged metadata of an uploaded one, and an entry that was never uploaded.
    for (const vals of [
      { ...bijlage, naam: "getekend-besluit-burgemeester.pdf" },
      { ...bijlage, grootteBytes: 999999 },
      { ...bijlage, sha256: "0".repeat(64) },
    ]) {
      const f = s.weiger("ongeldige-bijlage", bijwerken({ wijzigingen: { bijlagen: [vals] } }));
      assert.equal(f.details.veld, "bijlagen");
    }
    s.weiger(
      "ongeldige-bijlage",
      bijwerken({
        wijzigingen: {
          bijlagen: [
            bijlage,
            { ...bijlage, id: "00000000-0000-4000-8000-000000000000", naam: "advies-OM.pdf" },
          ],
        },
      }),
    );
    s.weiger("ongeldige-bijlage", bijwerken({ wijzigingen: { bijlagen: [bijlage, bijlage] } }));
    // Keeping it by id alone keeps the server's metadata; dropping it removes it for good.
    s.doe(bijwerken({ wijzigingen: { bijlagen: [{ id: bijlage.id }] } }));
    assert.deepEqual(s.a.gegevens.bijlagen, [bijlage]);
    s.doe(bijwerken({ wijzigingen: { bijlagen: [] } }));
    assert.deepEqual(s.a.gegevens.bijlagen, []);
    s.weiger("ongeldige-bijlage", bijwerken({ wijzigingen: { bijlagen: [bijlage] } }));
  });
  test("een nieuwe aanvraag heeft nog geen bijlagen", () => {
    const f = given([])
      .when(
        aanmaken(gebruiker("rccb-medewerker", "politie-re03-rccb"), {
          gegevens: { ...volledigeGegevens(procedure(KMAR), ["gm0344"]), bijlagen: [bijlage] },
        }),
      )
      .thenFout("ongeldige-bijlage");
    assert.equal(f.details.veld, "bijlagen");
  });
});

describe("F6: het venster van de herauthenticatie komt met het commando mee", () => {
  test("een ingesteld venster van 30 minuten laat een inlog van 10 minuten oud toe; 2 minuten niet", () => {
    const s = nieuweAanvraag(KMAR);
    loop(s, { stop: (t) => t.commando === "Ondertekenen" });
    const t = s.a.taken.find((x) => x.beschikbaar && x.commando === "Ondertekenen");
    assert.ok(t);
    const cmd = commandoVoorTaak(s, t) as Extract<AanvraagCommando, { type: "Ondertekenen" }>;
    const nu = new Date(s.nu.getTime() + 60_000);
    const tienMinuten = new Date(nu.getTime() - 10 * 60_000);
    const standaard = s.weiger("herauthenticatie-vereist", { ...cmd, nu, herauthenticatieOp: tienMinuten });
    assert.match(standaard.message, /5 minuten/);
    const kort = s.weiger("herauthenticatie-vereist", {
      ...cmd,
      nu,
      herauthenticatieOp: new Date(nu.getTime() - 3 * 60_000),
      herauthenticatieMinuten: 2,
    });
    assert.match(kort.message, /2 minuten/);
    s.doe({ ...cmd, nu, herauthenticatieOp: tienMinuten, herauthenticatieMinuten: 30 });
    assert.equal(s.a.handtekeningen.length, 1);
  });
});
