// Focused tests of the request lifecycle: reference numbers, creation, the form, signing by several
// mayors and "door of namens", the korpschef's refusal and the appeal (§9) inside a §1/§6 request,
// changes after the decision, deadlines, visibility and notifications.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { CAPACITEIT_TYPEN } from "../capaciteit/catalogus.ts";
import type { Rol } from "../organisaties/rollen.ts";
import { CATALOGUS, CATALOGUS_VERSIE, procedure } from "../wegwijzer/catalogus.ts";
import type { ProcedureId } from "../wegwijzer/typen.ts";
import { capaciteitTypePast, PASSENDE_CAPACITEIT, passendeCapaciteitTypen } from "./capaciteit-passend.ts";
import { bewerkbaarheid, formaliseringOpen } from "./decider.ts";
import { legeGegevens, ontbrekendeVelden } from "./gegevens.ts";
import {
  AANVRAAG_FOUTEN,
  type AanvraagCommando,
  type AanvraagEvent,
  type AanvraagGegevens,
  formatteerReferentienummer,
  heeftTelefonischeRoute,
  herbouw,
  herinneringen,
  mijnTaken,
  notificaties,
  parseReferentienummer,
  referentieSleutel,
  TERMIJNEN,
  teLaat,
  teOndertekenenInhoud,
  toegestaneHandelingen,
  zichtbaarVoor,
} from "./index.ts";
import {
  actorVoor,
  belLocc,
  commandoVoorTaak,
  gebruiker,
  given,
  kent,
  loop,
  nieuweAanvraag,
  organisatieVoorRol,
  Scenario,
  sha256,
  T0,
  volledigeGegevens,
} from "./testhulp.ts";
import type { Gevraagd, KostenRegime, Taak } from "./typen.ts";

const LOCC = gebruiker("locc-piket", "locc");
const RCCB = gebruiker("rccb-medewerker", "politie-re03-rccb");
const KORPSCHEF = gebruiker("korpschef", "politie");

describe("referentienummer", () => {
  test("B-jaar-regio-volgnummer, vier cijfers, langer als het moet", () => {
    assert.equal(formatteerReferentienummer({ jaar: 2026, regioCode: "VR09" }, 42), "B-2026-VR09-0042");
    assert.equal(formatteerReferentienummer({ jaar: 2026, regioCode: "VR25" }, 12345), "B-2026-VR25-12345");
    assert.throws(() => formatteerReferentienummer({ jaar: 2026, regioCode: "VR09" }, 0), RangeError);
    assert.throws(() => formatteerReferentienummer({ jaar: 2026, regioCode: "utrecht" }, 1), RangeError);
  });
  test("het jaar is het Nederlandse kalenderjaar", () => {
    assert.deepEqual(referentieSleutel("vr09", new Date("2025-12-31T23:30:00Z")), {
      jaar: 2026,
      regioCode: "VR09",
    });
    assert.deepEqual(referentieSleutel("vr09", new Date("2025-12-31T22:30:00Z")), {
      jaar: 2025,
      regioCode: "VR09",
    });
  });
  test("lezen en schrijven zijn elkaars omgekeerde", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2999 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 999_999 }),
        (jaar, r, n) => {
          const regioCode = `VR${String(r).padStart(2, "0")}`;
          assert.deepEqual(parseReferentienummer(formatteerReferentienummer({ jaar, regioCode }, n)), {
            jaar,
            regioCode,
            volgnummer: n,
          });
        },
      ),
    );
    assert.equal(parseReferentienummer("B-2026-VR09-42"), null);
    assert.equal(parseReferentienummer("B-2026-VR09-0000"), null);
  });
  test("de aanvraag krijgt het nummer van zijn regio", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    assert.equal(s.a.referentienummer, "B-2026-VR09-0042");
  });
});

const aanmaken = (over: Partial<AanvraagCommando & { type: "ConceptAanmaken" }> = {}): AanvraagCommando => ({
  type: "ConceptAanmaken",
  aanvraagId: "a-9",
  actor: RCCB,
  nu: T0,
  verwachteVersie: 0,
  advies: { procedureId: "politie-3-kmar-oo", catalogusVersie: CATALOGUS_VERSIE, adviesId: "adv-1" },
  volgnummer: 7,
  aanvragerOrganisatieId: "politie-re03-rccb",
  veiligheidsregioId: "vr09",
  gezag: { rol: "burgemeester", naam: "S. Dijksma" },
  spoed: false,
  ...over,
});

describe("aanmaken", () => {
  test("uit een routeradvies: procedure en catalogusversie liggen vast", () => {
    given([])
      .when(aanmaken())
      .then([
        {
          type: "AanvraagAangemaakt",
          procedureId: "politie-3-kmar-oo",
          catalogusVersie: CATALOGUS_VERSIE,
          adviesId: "adv-1",
          referentienummer: "B-2026-VR09-0007",
        },
      ]);
  });
  test("geweigerd: oud advies, verkeerde rol, andere regio, verkeerd gezag, bijlage, bestaat al", () => {
    given([])
      .when(aanmaken({ advies: { procedureId: "politie-3-kmar-oo", catalogusVersie: "2020.1" } }))
      .thenFout("catalogus-verouderd");
    given([])
      .when(aanmaken({ actor: gebruiker("meldkamer", "politie-re03-rccb") }))
      .thenFout("verkeerde-rol");
    given([])
      .when(
        aanmaken({
          actor: gebruiker("rccb-medewerker", "politie-re05-rccb"),
          aanvragerOrganisatieId: "politie-re05-rccb",
        }),
      )
      .thenFout("verkeerde-organisatie", /VR09/);
    given([])
      .when(aanmaken({ aanvragerOrganisatieId: "politie-re05-rccb" }))
      .thenFout("verkeerde-organisatie");
    given([])
      .when(aanmaken({ gezag: { rol: "officier-van-justitie", naam: "X" } }))
      .thenFout("ongeldig-gezag");
    given([])
      .when(aanmaken({ veiligheidsregioId: "vr99" }))
      .thenFout("ongeldige-invoer");
    given([])
      .when(aanmaken({ advies: undefined, procedureId: "bestaat-niet" as never }))
      .thenFout("onbekende-procedure");
    const bijlage = {
      id: "b1",
      naam: "kaart.exe",
      mediatype: "application/x-msdownload",
      grootteBytes: 10,
      sha256: "a".repeat(64),
    };
    given([])
      .when(aanmaken({ gegevens: { bijlagen: [bijlage] } }))
      .thenFout("ongeldige-bijlage", /kaart\.exe/);
    given([])
      .when(
        aanmaken({
          gegevens: {
            bijlagen: [{ ...bijlage, mediatype: "application/pdf", grootteBytes: 11 * 1024 * 1024 }],
          },
        }),
      )
      .thenFout("ongeldige-bijlage", /10 MB/);
    const ev = given([])
      .when(aanmaken())
      .then([{ type: "AanvraagAangemaakt" }]);
    given(ev).when(aanmaken()).thenFout("bestaat-al");
  });
  test("het LOCC kan een telefonische aanvraag namens de regio vastleggen", () => {
    given([])
      .when(aanmaken({ actor: LOCC }))
      .then([{ type: "AanvraagAangemaakt", aanvragerOrganisatieId: "politie-re03-rccb" }]);
  });
});

describe("de plaats ligt in het gebied van wie vraagt (review F12.c, ADR 0604)", () => {
  const REGIOS = { gm0344: "VR09", gm0307: "VR09", gm0034: "VR25", gm0363: "VR13" };
  const met = (procedureId: ProcedureId, gemeenten: string[], over: object = {}) =>
    aanmaken({
      advies: undefined,
      procedureId,
      gemeenteRegios: REGIOS,
      gegevens: volledigeGegevens(procedure(procedureId), gemeenten),
      ...over,
    });
  test("politie: een gemeente buiten de eenheid wordt geweigerd met het veld; een andere regio van dezelfde eenheid mag", () => {
    const f = given([])
      .when(met("politie-3-kmar-oo", ["gm0344", "gm0363"]))
      .thenFout(
        "ongeldige-invoer",
        /plaats\.gemeenten: gm0363 \(VR13\) ligt niet in de politie-eenheid RE03/,
      );
    assert.equal(f.details.veld, "plaats.gemeenten");
    // The mayor of Amsterdam cannot file in VR09 by naming his own municipality (the review's case).
    given([])
      .when(
        met("politie-3-kmar-oo", ["gm0363"], {
          actor: gebruiker("burgemeester", "gm0363"),
          aanvragerOrganisatieId: "gm0363",
        }),
      )
      .thenFout("ongeldige-invoer", /plaats\.gemeenten/);
    given([])
      .when(met("politie-3-kmar-oo", ["gm0344", "gm0034"]))
      .then([{ type: "AanvraagAangemaakt" }]);
    given([])
      .when(met("politie-3-kmar-oo", ["gm4711"]))
      .thenFout("ongeldige-invoer", /geen bekende gemeente/);
  });
  test("bevolkingszorg: alleen gemeenten van de getroffen regio; TIN: landelijk", () => {
    const acb = gebruiker("algemeen-commandant-bevolkingszorg", "vr09");
    const bz = (gemeenten: string[]) =>
      met("bevolkingszorg-1-kennis-capaciteit", gemeenten, {
        actor: acb,
        aanvragerOrganisatieId: "vr09",
        gezag: { rol: "algemeen-commandant-bevolkingszorg", naam: "J. Jansen" },
      });
    given([])
      .when(bz(["gm0034"]))
      .thenFout("ongeldige-invoer", /veiligheidsregio VR09/);
    given([])
      .when(bz(["gm0307"]))
      .then([{ type: "AanvraagAangemaakt" }]);
    given([])
      .when(
        met("lcp-egt-tin-bewaken-beveiligen", ["gm0344", "gm0363"], {
          actor: gebruiker("nsgbo-sgbo", "politie-nsgbo"),
          aanvragerOrganisatieId: "politie-nsgbo",
          gezag: { rol: "officier-van-justitie", naam: "mr. B" },
        }),
      )
      .then([{ type: "AanvraagAangemaakt" }]);
  });
  test("een concept naar een gemeente buiten de eenheid verplaatsen wordt geweigerd", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    s.weiger("ongeldige-invoer", {
      ...bijwerken(RCCB, { plaats: { gemeenten: ["gm0363"], adres: null, coordinaten: null } }),
      gemeenteRegios: REGIOS,
    } as never);
    s.doe({
      ...bijwerken(RCCB, { plaats: { gemeenten: ["gm0307"], adres: null, coordinaten: null } }),
      gemeenteRegios: REGIOS,
    } as never);
    assert.deepEqual(s.a.gegevens.plaats.gemeenten, ["gm0307"]);
  });
});

describe("het formulier", () => {
  test("opstellen vraagt een volledig formulier en noemt wat ontbreekt", () => {
    const s = new Scenario("a-2");
    s.doe({ ...aanmaken({ gegevens: { reden: "Voetbal" } }), aanvraagId: "a-2", nu: T0 } as never);
    s.doe({ type: "StapOverslaan", actor: RCCB, taakId: s.taak("vooroverleg-kmar").id, reden: "Geen tijd." });
    s.doe(commandoVoorTaak(s, s.taak("contact-locc")) as never);
    const f = s.weiger("formulier-onvolledig", commandoVoorTaak(s, s.taak("formulier")) as never);
    assert.match(f.message, /beoogd effect/);
    assert.ok((f.details.ontbreekt as string[]).length >= 5);
    s.doe({
      type: "ConceptBijwerken",
      actor: RCCB,
      wijzigingen: volledigeGegevens(procedure("politie-3-kmar-oo")),
    });
    s.doe(commandoVoorTaak(s, s.taak("formulier")) as never);
    assert.equal(s.taak("formulier").status, "gereed");
  });
  test("militaire steunverlening vraagt waarom geen marktpartij het kan", () => {
    const s = nieuweAanvraag("bevolkingszorg-6-militaire-steunverlening");
    const acb = gebruiker("algemeen-commandant-bevolkingszorg", "vr09");
    s.doe({ type: "ConceptBijwerken", actor: acb, wijzigingen: { motiveringGeenMarktpartij: null } });
    for (const id of ["vooroverleg-ovr", "vooroverleg-locc"])
      s.doe({ type: "StapOverslaan", actor: acb, taakId: s.taak(id).id, reden: "-" });
    s.weiger("formulier-onvolledig", commandoVoorTaak(s, s.taak("formulier")) as never);
  });
});

function tekenklaar(s: Scenario): void {
  s.doe({ type: "StapOverslaan", actor: RCCB, taakId: s.taak("vooroverleg-kmar").id, reden: "Niet nodig." });
  s.doe(commandoVoorTaak(s, s.taak("contact-locc")) as never);
  s.doe(commandoVoorTaak(s, s.taak("formulier")) as never);
}

describe("kostenverwachting past bij de kostenregeling van de procedure (fp toelichting 10; fb toelichting 1, 4, 5)", () => {
  const kosten = (regime: KostenRegime) => ({
    kostenverwachting: { regime, bedragCent: null, toelichting: "x" },
  });
  const met = (procedureId: ProcedureId, regime: KostenRegime) =>
    aanmaken({
      advies: undefined,
      procedureId,
      gegevens: { ...volledigeGegevens(procedure(procedureId)), ...kosten(regime) },
    });
  test("FNIK alleen bij militaire bijstand en steunverlening; Defensie stuurt geen eigen rekening", () => {
    given([]).when(met("politie-1-bijstand-andere-eenheid-oo", "fnik")).thenFout("ongeldige-invoer", /FNIK/);
    given([])
      .when(met("politie-4-krijgsmacht-oo", "leverancier-brengt-kosten-in-rekening"))
      .thenFout("ongeldige-invoer", /onderling overleg/);
    given([])
      .when(met("politie-4-krijgsmacht-oo", "fnik"))
      .then([{ type: "AanvraagAangemaakt" }]);
    given([])
      .when(met("politie-4-krijgsmacht-oo", "onderling-af-te-spreken"))
      .then([{ type: "AanvraagAangemaakt" }]);
    // Also when the draft is edited: IFV means (fb toelichting 4) may be charged, not paid by FNIK.
    const s = nieuweAanvraag("bevolkingszorg-4-middelen");
    const acb = gebruiker("algemeen-commandant-bevolkingszorg", s.a.aanvrager.organisatieId);
    const f = s.weiger("ongeldige-invoer", bijwerken(acb, kosten("fnik")));
    assert.equal(f.details.veld, "kostenverwachting.regime");
    s.doe(bijwerken(acb, kosten("leverancier-brengt-kosten-in-rekening")));
  });
});

describe("gevraagde capaciteit past bij de procedure (coverage review D2, ADR 0620)", () => {
  const met = (procedureId: ProcedureId, capaciteitType: string) => {
    const p = procedure(procedureId);
    const g = volledigeGegevens(p);
    const rol = p.voorbereiding.rollen[0] as Rol;
    return aanmaken({
      advies: undefined,
      procedureId,
      actor: gebruiker(rol, organisatieVoorRol(rol)),
      aanvragerOrganisatieId: organisatieVoorRol(rol),
      gezag: { rol: p.gezag.rollen[0] as Rol, naam: "mr. A. Dijksma" },
      gegevens: { ...g, gevraagd: { ...(g.gevraagd as Gevraagd), capaciteitType } },
    });
  };
  test("gegeven een burgemeester die politie van een andere eenheid vraagt, als hij TIN-pelotons vraagt, dan geweigerd met verwijzing naar de wegwijzer", () => {
    const f = given([])
      .when(met("politie-1-bijstand-andere-eenheid-oo", "defensie-tin-peloton"))
      .thenFout(
        "ongeldige-invoer",
        /TIN-peloton .* hoort niet bij deze procedure; die levert politiecapaciteit/,
      );
    assert.equal(f.details.veld, "gevraagd.capaciteitType");
    assert.ok((f.details.mogelijk as string[]).includes("politie-me-peloton"), "de fout noemt wat wel past");
  });
  test("TIN alleen via de LCP-procedure, een waterwerper alleen via §2, SIS alleen via fb §2", () => {
    given([]).when(met("lcp-egt-tin-bewaken-beveiligen", "jenv-waterwerper")).thenFout("ongeldige-invoer");
    given([])
      .when(met("politie-8-krijgsmacht-justitie", "defensie-tin-peloton"))
      .thenFout("ongeldige-invoer");
    given([]).when(met("bevolkingszorg-2-sis", "defensie-opvanglocatie")).thenFout("ongeldige-invoer");
    given([]).when(met("politie-3-kmar-oo", "politie-me-peloton")).thenFout("ongeldige-invoer");
    given([])
      .when(met("lcp-egt-tin-bewaken-beveiligen", "defensie-tin-peloton"))
      .then([{ type: "AanvraagAangemaakt" }]);
    given([])
      .when(met("politie-2-waterwerper", "jenv-waterwerper"))
      .then([{ type: "AanvraagAangemaakt" }]);
    given([])
      .when(met("bevolkingszorg-5-defensie-crisisbeheersing", "defensie-mobiele-drinkwaterinstallatie"))
      .then([{ type: "AanvraagAangemaakt" }]);
  });
  test("ook bij het bijwerken van het concept", () => {
    const s = nieuweAanvraag("bevolkingszorg-4-middelen");
    const acb = gebruiker("algemeen-commandant-bevolkingszorg", s.a.aanvrager.organisatieId);
    const gevraagd = s.a.gegevens.gevraagd as Gevraagd;
    const f = s.weiger(
      "ongeldige-invoer",
      bijwerken(acb, { gevraagd: { ...gevraagd, capaciteitType: "sis" } }),
    );
    assert.equal(f.details.veld, "gevraagd.capaciteitType");
    s.doe(bijwerken(acb, { gevraagd: { ...gevraagd, capaciteitType: "ifv-slaapzakken" } }));
    assert.equal(s.a.gegevens.gevraagd?.capaciteitType, "ifv-slaapzakken");
  });
  test("elke procedure van de catalogus heeft een regel en minstens één passend type; elk type past bij een procedure", () => {
    for (const p of CATALOGUS) {
      assert.ok(PASSENDE_CAPACITEIT[p.id], `${p.id} heeft geen regel`);
      assert.ok(passendeCapaciteitTypen(p).length > 0, `${p.id} levert niets`);
    }
    for (const t of CAPACITEIT_TYPEN)
      assert.ok(
        CATALOGUS.some((p) => capaciteitTypePast(p, t.id)),
        `${t.id} past bij geen enkele procedure`,
      );
  });
});

describe("TIN voor een beperkte tijdsduur (LCP §6.2.2, ADR 0620)", () => {
  test("gegeven een TIN-aanvraag met een open einde, als het formulier af moet, dan ontbreekt het einde", () => {
    const p = procedure("lcp-egt-tin-bewaken-beveiligen");
    const g = { ...legeGegevens(), ...volledigeGegevens(p) } as AanvraagGegevens;
    assert.deepEqual(ontbrekendeVelden({ gegevens: g }, p), [], "volledig met een einde");
    const open = { ...g, periode: { van: g.periode?.van as string, tot: null } };
    assert.deepEqual(ontbrekendeVelden({ gegevens: open }, p).length, 1, "het einde ontbreekt");
    assert.match(ontbrekendeVelden({ gegevens: open }, p)[0] as string, /beperkte tijdsduur/);
    // Other procedures may stay open-ended.
    const kmar = procedure("politie-3-kmar-oo");
    const g3 = { ...legeGegevens(), ...volledigeGegevens(kmar) } as AanvraagGegevens;
    assert.deepEqual(
      ontbrekendeVelden(
        { gegevens: { ...g3, periode: { van: g3.periode?.van as string, tot: null } } },
        kmar,
      ),
      [],
    );
  });
});

describe("ondertekenen door of namens het gezag", () => {
  test("meerdere gemeenten: elke burgemeester tekent voor de eigen gemeente, verzenden wacht op allen", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo", { gemeenten: ["gm0344", "gm0307", "gm0356"] });
    tekenklaar(s);
    const teken = s.a.taken.filter((t) => t.soort === "ondertekenen");
    assert.deepEqual(
      teken.map((t) => t.eigenaar.organisaties),
      [["gm0344"], ["gm0307"], ["gm0356"]],
    );
    assert.ok(
      teken.every((t) => t.beschikbaar),
      "de burgemeesters tekenen naast elkaar",
    );
    const utrecht = gebruiker("burgemeester", "gm0344");
    s.weiger("verkeerde-organisatie", commandoVoorTaak(s, teken[1] as never, "positief", utrecht) as never);
    s.doe(commandoVoorTaak(s, teken[0] as never, "positief", utrecht) as never);
    assert.deepEqual(
      mijnTaken(s.a, gebruiker("burgemeester", "gm0307")).map((t) => t.id),
      [teken[1]?.id],
    );
    s.weiger("verkeerde-volgorde", commandoVoorTaak(s, s.taak("verzenden")) as never);
    // Door of namens: the loco-burgemeester of Amersfoort signs on behalf of the mayor.
    const loco = gebruiker("burgemeester", "gm0307", "W. Loco");
    s.doe({
      ...(commandoVoorTaak(s, s.taak(teken[1]?.id as string), "positief", loco) as object),
      namens: { naam: "L. Bolsius", functie: "burgemeester van Amersfoort" },
    } as never);
    s.doe(commandoVoorTaak(s, s.taak(teken[2]?.id as string)) as never);
    assert.ok(s.taak("verzenden").beschikbaar);
    const h = s.a.handtekeningen.find((x) => x.organisatieId === "gm0307");
    assert.equal(h?.door.naam, "W. Loco");
    assert.equal(h?.namens?.naam, "L. Bolsius");
    assert.equal(h?.inhoudHash, sha256(teOndertekenenInhoud(s.a, 0)));
    assert.ok(s.a.tijdlijn.some((r) => r.namens?.includes("Bolsius")));
    // Signed content is fixed.
    s.weiger("niet-bewerkbaar", { type: "ConceptBijwerken", actor: RCCB, wijzigingen: { reden: "anders" } });
  });
  test("ondertekenen vraagt een verse herauthenticatie, de inhoud die de ondertekenaar zag en een sha256", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    tekenklaar(s);
    const t = s.taak("ondertekenen");
    const cmd = commandoVoorTaak(s, t) as Extract<AanvraagCommando, { type: "Ondertekenen" }>;
    s.weiger("herauthenticatie-vereist", {
      ...cmd,
      herauthenticatieOp: new Date(s.nu.getTime() - (TERMIJNEN.herauthenticatieMinuten + 1) * 60_000),
    });
    s.weiger("herauthenticatie-vereist", {
      ...cmd,
      herauthenticatieOp: new Date(s.nu.getTime() + 3_600_000),
    });
    s.weiger("inhoud-gewijzigd", { ...cmd, inhoud: cmd.inhoud.replace("Domplein", "Neude") });
    s.weiger("ongeldige-hash", { ...cmd, inhoudHash: "abc" });
    s.weiger("verkeerd-commando", { type: "StapAfronden", actor: actorVoor(t), taakId: t.id });
    s.doe(cmd);
    assert.equal(s.a.handtekeningen.length, 1);
  });
  test("primus inter pares: de regioburgemeester tekent als de bijstand niet aan één gemeente te koppelen is", () => {
    const s = new Scenario("a-3");
    s.doe({
      ...aanmaken({
        advies: undefined,
        procedureId: "politie-4-krijgsmacht-oo",
        gezag: { rol: "regioburgemeester", naam: "S. Dijksma" },
        regioburgemeesterOrganisatieId: "gm0344",
        gegevens: volledigeGegevens(procedure("politie-4-krijgsmacht-oo"), ["gm0344", "gm0307"]),
      }),
      aanvraagId: "a-3",
    } as never);
    const teken = s.a.taken.filter((t) => t.soort === "ondertekenen");
    assert.equal(teken.length, 1);
    assert.deepEqual(teken[0]?.eigenaar, { rol: "regioburgemeester", organisaties: ["gm0344"] });
  });
});

/** A §1 request up to the point where the mayor has filed it with the korpschef. */
function ingediend(
  id: "politie-1-bijstand-andere-eenheid-oo" | "politie-6-bijstand-andere-eenheid-justitie",
): Scenario {
  const s = nieuweAanvraag(id);
  loop(s, { stop: (t) => t.stapId.endsWith("/verzenden") });
  return s;
}

describe("primus inter pares (fp toelichting 3 en 4; ADR 0100, lezing 6)", () => {
  const alsRegioburgemeester = (procedureId: ProcedureId, gemeenten: string[]) =>
    aanmaken({
      advies: undefined,
      procedureId,
      gezag: { rol: "regioburgemeester", naam: "S. Dijksma" },
      regioburgemeesterOrganisatieId: "gm0344",
      gegevens: volledigeGegevens(procedure(procedureId), gemeenten),
    });
  test("niet als de bijstand aan één gemeente gekoppeld is: dan vraagt die burgemeester", () => {
    given([])
      .when(alsRegioburgemeester("politie-3-kmar-oo", ["gm0307"]))
      .thenFout("ongeldig-gezag", /één gemeente \(gm0307\)/);
    // Narrowing a region-wide draft to one municipality is refused too.
    const s = new Scenario("a-9");
    s.doe(alsRegioburgemeester("politie-3-kmar-oo", ["gm0344", "gm0307"]) as never);
    s.weiger(
      "ongeldig-gezag",
      bijwerken(RCCB, { plaats: { gemeenten: ["gm0307"], adres: "x", coordinaten: null } }),
    );
  });
  test("de regioburgemeester die zelf het gezag is, geeft geen aparte zienswijze (§1)", () => {
    const s = new Scenario("a-9");
    s.doe(alsRegioburgemeester("politie-1-bijstand-andere-eenheid-oo", ["gm0344", "gm0307"]) as never);
    assert.deepEqual(
      s.a.taken.filter((t) => t.soort === "zienswijze"),
      [],
    );
    const teken = s.a.taken.filter((t) => t.soort === "ondertekenen");
    assert.deepEqual(
      teken.map((t) => t.eigenaar),
      [{ rol: "regioburgemeester", organisaties: ["gm0344"] }],
    );
    // With a mayor as authority the zienswijze stays.
    assert.equal(
      nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo").a.taken.filter((t) => t.soort === "zienswijze")
        .length,
      1,
    );
  });
});

describe("§9: afwijzing door de korpschef en beroep bij de minister", () => {
  test("gehele afwijzing: afschrift DGPOL, beroep door de burgemeester, advies DGPOL, aanwijzing, uitvoering via LE-POB", () => {
    const s = ingediend("politie-1-bijstand-andere-eenheid-oo");
    s.weiger("redenen-vereist", {
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "afwijzen",
      redenen: [],
    });
    s.weiger("verkeerde-rol", {
      type: "KorpschefWeigeren",
      actor: gebruiker("le-pob", "politie"),
      omvang: "afwijzen",
      redenen: ["x"],
    });
    const ev = s.doe({
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "afwijzen",
      redenen: ["Capaciteit elders nodig (EK voetbal)."],
    });
    assert.equal(s.a.status, "in-beroep");
    const n = notificaties(null, s.events).filter(
      (x) => x.eventIndex === s.events.length - 1 && ev.length === 1,
    );
    assert.ok(
      n.some((x) => x.soort === "afschrift" && x.organisatieId === "jenv-dgpol"),
      "afschrift aan DGPOL",
    );
    assert.ok(
      n.some((x) => x.soort === "ontvangst" && x.rol === "burgemeester" && x.organisatieId === "gm0344"),
    );
    // The main procedure waits for the appeal.
    loop(s, { stop: (t) => t.fase === 0 });
    assert.ok(s.taak("coordineren").wachtOp.length > 0);
    s.weiger(
      "verkeerde-rol",
      commandoVoorTaak(
        s,
        s.taak("beroep"),
        "positief",
        gebruiker("officier-van-justitie", "om-parket-re03"),
      ) as never,
    );
    s.weiger(
      "verkeerde-organisatie",
      commandoVoorTaak(s, s.taak("beroep"), "positief", gebruiker("burgemeester", "gm0363")) as never,
    );
    loop(s);
    const f = s.a.fasen[1];
    assert.equal(f?.aanleiding, "beroep");
    assert.equal(f?.uitkomst, "toegekend");
    assert.deepEqual(
      s.a.besluiten.map((b) => b.soort),
      ["zienswijze", "weigering-korpschef", "beroep", "advies", "aanwijzing", "leverancier"],
    );
    assert.equal(s.taak("uitvoeren").afhandeling?.door?.rollen[0], "korpschef");
    assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
  });
  test("beroep afgewezen: de aanvraag blijft afgewezen, open taken vervallen", () => {
    const s = ingediend("politie-1-bijstand-andere-eenheid-oo");
    s.doe({ type: "KorpschefWeigeren", actor: KORPSCHEF, omvang: "afwijzen", redenen: ["Zwaarwegend."] });
    loop(s, { keuzeVoor: (t) => (t.commando === "AanwijzingGeven" ? "negatief" : "positief") });
    assert.equal(s.a.status, "afgewezen");
    assert.equal(s.taak("uitvoeren").status, "vervallen");
    assert.equal(s.taak("coordineren").status, "vervallen");
  });
  test("§6: de officier van justitie stelt het beroep in; gedeeltelijke afwijzing laat het toegekende deel doorgaan", () => {
    const s = ingediend("politie-6-bijstand-andere-eenheid-justitie");
    s.doe({
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "gedeeltelijk",
      redenen: ["Slechts twee pelotons beschikbaar."],
      geleverd: { aantal: 2, toelichting: "Twee pelotons." },
    });
    assert.deepEqual(s.taak("beroep").eigenaar, {
      rol: "officier-van-justitie",
      organisaties: ["om-parket-re03"],
    });
    // The granted part goes on; the LE-POB cannot coordinate more than the korpschef allowed.
    s.doe(commandoVoorTaak(s, s.taak("verzenden")) as never);
    s.weiger("besluit-ruimer-dan-leverancier", commandoVoorTaak(s, s.taak("coordineren")) as never);
    s.doe(commandoVoorTaak(s, s.taak("coordineren"), "gedeeltelijk") as never);
    assert.equal(s.a.fasen[0]?.uitkomst, "gedeeltelijk");
    assert.equal(s.a.toegekendAantal, 2);
  });
  test("gedeeltelijke afwijzing, beroep, aanwijzing 'alsnog in de gevraagde bijstand te voorzien': het gevraagde is toegekend (art. 56 lid 4)", () => {
    const s = ingediend("politie-6-bijstand-andere-eenheid-justitie");
    s.doe({
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "gedeeltelijk",
      redenen: ["Slechts twee pelotons."],
      geleverd: { aantal: 2, toelichting: "Twee." },
    });
    s.doe(commandoVoorTaak(s, s.taak("verzenden")) as never);
    s.doe(commandoVoorTaak(s, s.taak("coordineren"), "gedeeltelijk") as never);
    assert.equal(s.a.status, "in-beroep");
    loop(s, {
      stop: (t) => t.commando !== "AanwijzingGeven" && s.a.besluiten.some((b) => b.soort === "aanwijzing"),
    });
    assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
    assert.equal(s.a.toegekendAantal, 4);
    loop(s);
    assert.equal(s.a.status, "toegekend");
    assert.equal(s.a.toegekendAantal, 4);
    // The minister's refusal to instruct leaves the part that was granted.
    const g = ingediend("politie-6-bijstand-andere-eenheid-justitie");
    g.doe({
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "gedeeltelijk",
      redenen: ["Slechts twee pelotons."],
      geleverd: { aantal: 2, toelichting: "Twee." },
    });
    loop(g, {
      keuzeVoor: (t) =>
        t.commando === "AanwijzingGeven" ? "negatief" : kent(t, "gedeeltelijk") ? "gedeeltelijk" : "positief",
    });
    assert.equal(g.a.toegekendAantal, 2);
  });
  test("§1: LE-POB coördineert hoeveel er komt, maar wijst niet af; afwijzen doet de korpschef (ADR 0100, lezing 26)", () => {
    const s = ingediend("politie-1-bijstand-andere-eenheid-oo");
    s.doe(commandoVoorTaak(s, s.taak("verzenden")) as never);
    const t = s.taak("coordineren");
    assert.deepEqual(t.uitkomsten, ["volledig", "gedeeltelijk"]);
    assert.throws(
      () =>
        s.doe({
          ...(commandoVoorTaak(s, t) as object),
          uitkomst: "afwijzen",
          redenen: ["Geen capaciteit."],
        } as never),
      (e: { code?: string }) => e.code === "ongeldige-uitkomst",
    );
    assert.equal(s.a.status, "in-behandeling");
  });
  test("§1: minder leveren dan gevraagd is een gedeeltelijke afwijzing door de korpschef, met afschrift DGPOL en beroep (art. 56 lid 4)", () => {
    const s = ingediend("politie-1-bijstand-andere-eenheid-oo");
    s.doe(commandoVoorTaak(s, s.taak("verzenden")) as never);
    const f = s.weiger(
      "ongeldige-uitkomst",
      commandoVoorTaak(s, s.taak("coordineren"), "gedeeltelijk") as never,
    );
    assert.match(f.message, /korpschef/);
    assert.equal(s.a.fasen[0]?.uitkomst, null);
    s.doe({
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "gedeeltelijk",
      redenen: ["Slechts twee pelotons beschikbaar."],
      geleverd: { aantal: 2, toelichting: "Twee pelotons." },
    });
    const n = notificaties(null, s.events).filter((x) => x.eventIndex === s.events.length - 1);
    assert.ok(n.some((x) => x.soort === "afschrift" && x.organisatieId === "jenv-dgpol"));
    assert.equal(s.taak("beroep").beschikbaar, true);
    s.doe(commandoVoorTaak(s, s.taak("coordineren"), "gedeeltelijk") as never);
    assert.equal(s.a.fasen[0]?.uitkomst, "gedeeltelijk");
    assert.equal(s.a.toegekendAantal, 2);
  });
  test("gehele afwijzing van een verlenging: de verlenging wacht op het beroep; blijft de afwijzing, dan blijft de oude periode", () => {
    const verlengd = (keuze: "positief" | "negatief") => {
      const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
      loop(s);
      s.doe({ type: "InzetStarten", actor: RCCB });
      s.doe({
        type: "WijzigingAanvragen",
        actor: RCCB,
        wijziging: {
          soort: "verlengen",
          nieuwTot: "2026-03-14T12:00:00.000Z",
          nieuwAantal: null,
          reden: "Langer.",
        },
      });
      loop(s, { stop: (t) => t.fase === 1 && t.stapId.endsWith("/verzenden") });
      s.doe({ type: "KorpschefWeigeren", actor: KORPSCHEF, omvang: "afwijzen", redenen: ["Eigen taken."] });
      assert.equal(s.a.fasen[2]?.betreftFase, 1);
      const c = s.a.taken.find((t) => t.fase === 1 && t.stapId.endsWith("/coordineren"));
      assert.equal(c?.beschikbaar, false);
      assert.ok(c?.wachtOp.includes("2:politie-9-afwijzing-en-beroep/beroep"), c?.wachtOp.join(", "));
      loop(s, { keuzeVoor: (t) => (t.commando === "AanwijzingGeven" ? keuze : "positief") });
      return s;
    };
    const afgewezen = verlengd("negatief");
    assert.equal(afgewezen.a.fasen[1]?.uitkomst, "afgewezen");
    assert.equal(afgewezen.a.gegevens.periode?.tot, "2026-03-11T12:00:00.000Z");
    assert.equal(afgewezen.a.status, "in-uitvoering");
    const aangewezen = verlengd("positief");
    assert.equal(aangewezen.a.fasen[1]?.uitkomst, "toegekend");
    assert.equal(aangewezen.a.gegevens.periode?.tot, "2026-03-14T12:00:00.000Z");
  });
  test("weigeren kan niet vóór het indienen, niet twee keer en niet bij KMar-bijstand", () => {
    const vroeg = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    vroeg.weiger("verkeerde-volgorde", {
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "afwijzen",
      redenen: ["x"],
    });
    const s = ingediend("politie-1-bijstand-andere-eenheid-oo");
    s.doe({ type: "KorpschefWeigeren", actor: KORPSCHEF, omvang: "afwijzen", redenen: ["x"] });
    s.weiger("weigering-niet-mogelijk", {
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "afwijzen",
      redenen: ["x"],
    });
    nieuweAanvraag("politie-3-kmar-oo").weiger("weigering-niet-mogelijk", {
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "afwijzen",
      redenen: ["x"],
    });
  });
});

function toegekend(): Scenario {
  const s = nieuweAanvraag("politie-3-kmar-oo");
  loop(s);
  s.doe({ type: "InzetStarten", actor: RCCB });
  return s;
}

describe("de korpschef beslist over een ingediend verzoek (art. 56 lid 1; review F12.a)", () => {
  test("twee gemeenten, één burgemeester heeft getekend: weigeren kan nog niet; na de tweede handtekening wel", () => {
    // Given a §1 request for two municipalities, signed only for gm0344,
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo", { gemeenten: ["gm0344", "gm0307"] });
    loop(s, { stop: (t) => t.soort === "ondertekenen" });
    const [utrecht, amersfoort] = s.a.taken.filter((t) => t.soort === "ondertekenen");
    assert.ok(utrecht && amersfoort);
    s.doe(commandoVoorTaak(s, utrecht) as never);
    // when the korpschef refuses, then it is too early: the request is not yet filed.
    const weiger = {
      type: "KorpschefWeigeren",
      actor: KORPSCHEF,
      omvang: "afwijzen",
      redenen: ["x"],
    } as never;
    const f = s.weiger("verkeerde-volgorde", weiger);
    assert.match(f.message, /gm0307/);
    assert.deepEqual(f.details.wachtOp, [amersfoort.id]);
    // Once both mayors signed, the refusal is accepted.
    s.doe(commandoVoorTaak(s, s.taak(amersfoort.id)) as never);
    s.doe(weiger);
    assert.equal(s.a.status, "in-beroep");
  });
});

describe("na het besluit: wijzigen, demobiliseren, afsluiten", () => {
  test("verlengen doorloopt de procedure opnieuw; pas na het nieuwe besluit geldt de nieuwe periode", () => {
    const s = toegekend();
    const tot = "2026-03-13T12:00:00.000Z";
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "verlengen", nieuwTot: tot, nieuwAantal: null, reden: "Onrust houdt aan." },
    });
    assert.equal(s.a.fasen.length, 2);
    assert.equal(s.a.gegevens.periode?.tot, "2026-03-11T12:00:00.000Z");
    assert.ok(
      s.a.taken.some((t) => t.fase === 1 && t.soort === "ondertekenen"),
      "opnieuw ondertekenen",
    );
    s.weiger("wijziging-niet-mogelijk", {
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "opschalen", nieuwTot: null, nieuwAantal: 6, reden: "x" },
    });
    loop(s);
    assert.equal(s.a.fasen[1]?.uitkomst, "toegekend");
    assert.equal(s.a.gegevens.periode?.tot, tot);
    assert.equal(s.a.status, "in-uitvoering");
  });
  test("een verlenging is volledig of afgewezen: gedeeltelijk verlengen kan niet worden vastgelegd en wordt geweigerd", () => {
    const s = toegekend();
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: {
        soort: "verlengen",
        nieuwTot: "2026-03-14T12:00:00.000Z",
        nieuwAantal: null,
        reden: "Langer.",
      },
    });
    let geweigerd = 0;
    loop(s, {
      voorElke: (t) => {
        if (t.fase === 1 && t.uitkomsten.includes("gedeeltelijk")) {
          s.weiger("ongeldige-uitkomst", commandoVoorTaak(s, t, "gedeeltelijk") as never);
          geweigerd++;
        }
      },
    });
    assert.ok(geweigerd >= 1);
    assert.equal(s.a.fasen[1]?.uitkomst, "toegekend");
    assert.equal(s.a.toegekendAantal, 4);
    assert.equal(s.a.gegevens.periode?.tot, "2026-03-14T12:00:00.000Z");
  });
  test("afschalen vraagt geen nieuw besluit; opschalen wel; een afgewezen opschaling laat de inzet staan", () => {
    const s = toegekend();
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: 3, reden: "Rustiger." },
    });
    assert.equal(s.a.toegekendAantal, 3);
    assert.equal(s.a.fasen.length, 1);
    s.weiger("ongeldige-invoer", {
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "opschalen", nieuwTot: null, nieuwAantal: 3, reden: "x" },
    });
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "opschalen", nieuwTot: null, nieuwAantal: 6, reden: "Escalatie." },
    });
    loop(s, { keuzeVoor: (t) => (t.commando === "Toetsen" ? "negatief" : "positief") });
    assert.equal(s.a.fasen[1]?.uitkomst, "afgewezen");
    assert.equal(s.a.status, "in-uitvoering");
    assert.equal(s.a.toegekendAantal, 3);
  });
  test("afsluiten na inzet vraagt de werkelijke kosten; intrekken alleen door de aanvrager en niet tijdens inzet", () => {
    const s = toegekend();
    s.weiger("inzet-al-gestart", {
      type: "Afsluiten",
      actor: LOCC,
      werkelijkeKosten: { bedragCent: 1, toelichting: "x" },
    });
    s.weiger("inzet-al-gestart", { type: "Intrekken", actor: RCCB, reden: "x" });
    s.doe({ type: "Demobiliseren", actor: RCCB });
    s.weiger("kosten-vereist", { type: "Afsluiten", actor: LOCC, werkelijkeKosten: null });
    s.weiger("niet-betrokken", {
      type: "Afsluiten",
      actor: gebruiker("defensie-djz", "defensie-djz"),
      werkelijkeKosten: { bedragCent: 1, toelichting: "x" },
    });
    s.doe({ type: "Afsluiten", actor: RCCB, werkelijkeKosten: { bedragCent: 99_00, toelichting: "FNIK." } });
    s.weiger("afgesloten", { type: "InzetStarten", actor: RCCB });
    s.doe({ type: "EvaluatieVastleggen", actor: RCCB, notitie: "Na afloop geëvalueerd." });
    const i = nieuweAanvraag("politie-3-kmar-oo");
    i.weiger("niet-betrokken", { type: "Intrekken", actor: LOCC, reden: "x" });
    i.doe({ type: "Intrekken", actor: RCCB, reden: "Niet meer nodig." });
    assert.equal(i.a.status, "ingetrokken");
    assert.ok(i.a.taken.every((t) => t.status === "vervallen"));
  });
});

describe("§7/§8: de officier van justitie doet de aanvraag zelf, ook intrekken en afschalen (review F12.d, ADR 0605)", () => {
  const OVJ = gebruiker("officier-van-justitie", "om-parket-re03");
  test("de RCCB trekt een §7-aanvraag niet in en schaalt haar niet af; de officier van justitie wel", () => {
    // Given a §7 request drawn up by the RCCB,
    const s = nieuweAanvraag("politie-7-kmar-justitie");
    assert.equal(s.a.aanvrager.organisatieId, "politie-re03-rccb");
    // when the RCCB withdraws it, then it is refused: the OvJ makes the request, not the police,
    const f = s.weiger("verkeerde-rol", { type: "Intrekken", actor: RCCB, reden: "Niet meer nodig." });
    assert.match(f.message, /niet vanuit de politie/);
    assert.ok(!toegestaneHandelingen(s.a, RCCB, s.nu).includes("Intrekken"), "de pagina biedt het niet aan");
    assert.ok(toegestaneHandelingen(s.a, OVJ, s.nu).includes("Intrekken"));
    // and once granted and running, scaling down is the OvJ's too.
    loop(s);
    s.doe({ type: "InzetStarten", actor: OVJ });
    const afschalen = {
      type: "WijzigingAanvragen",
      wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: 2, reden: "Rustiger." },
    } as const;
    s.weiger("verkeerde-rol", { ...afschalen, actor: RCCB } as never);
    s.doe({ ...afschalen, actor: OVJ } as never);
    assert.equal(s.a.toegekendAantal, 2);
    // A longer or larger deployment the RCCB may still draw up: the OvJ sends it in that phase.
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: {
        soort: "verlengen",
        nieuwTot: "2026-03-14T12:00:00.000Z",
        nieuwAantal: null,
        reden: "Langer.",
      },
    });
    const inzenden = s.a.taken.filter(
      (t) => t.fase === 1 && t.eigenaar.rol === "officier-van-justitie" && t.soort === "indienen",
    );
    assert.equal(inzenden.length, 1, "de officier van justitie zendt de verlenging in");
  });
  test("§8 ook; bij §1 trekt de RCCB, die namens de burgemeester indient, wel in", () => {
    nieuweAanvraag("politie-8-krijgsmacht-justitie").weiger("verkeerde-rol", {
      type: "Intrekken",
      actor: RCCB,
      reden: "x",
    });
    const s = nieuweAanvraag("politie-8-krijgsmacht-justitie");
    s.doe({ type: "Intrekken", actor: OVJ, reden: "Verdachte aangehouden." });
    assert.equal(s.a.status, "ingetrokken");
    const een = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    een.doe({ type: "Intrekken", actor: RCCB, reden: "Niet meer nodig." });
    assert.equal(een.a.status, "ingetrokken");
  });
});

describe("wie de inzet start en beëindigt (review F12.e, ADR 0606)", () => {
  test("§3: de Commandant KMar adviseert de SG en start noch demobiliseert; DJZ, die besliste, en de RCCB wel", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    loop(s, { overslaan: (t) => t.soort === "vooroverleg" && t.magOverslaan });
    const ck = actorVoor(s.taak("advies-sg-commandant-kmar"));
    assert.equal(s.taak("advies-sg-commandant-kmar").status, "gereed");
    // Given the granted request, when the Commandant KMar starts the deployment, then it is refused
    s.weiger("niet-betrokken", { type: "InzetStarten", actor: ck });
    // and the page does not offer it to him.
    const aangeboden = toegestaneHandelingen(s.a, ck, s.nu);
    assert.ok(
      !aangeboden.includes("InzetStarten") && !aangeboden.includes("Demobiliseren"),
      aangeboden.join(),
    );
    const djz = gebruiker("defensie-djz", "defensie-djz");
    assert.ok(toegestaneHandelingen(s.a, djz, s.nu).includes("InzetStarten"), "DJZ besliste mee");
    s.doe({ type: "InzetStarten", actor: RCCB });
    s.weiger("niet-betrokken", { type: "Demobiliseren", actor: ck });
    s.doe({ type: "Demobiliseren", actor: djz });
    assert.equal(s.a.status, "gedemobiliseerd");
  });
  test("TIN: de militair adviseur, wiens advies is overgeslagen, start en demobiliseert niet", () => {
    const s = nieuweAanvraag("lcp-egt-tin-bewaken-beveiligen");
    loop(s, { overslaan: (t) => t.magOverslaan && t.soort === "advies" });
    const adv = s.a.taken.find((t) => t.eigenaar.rol === "militair-adviseur");
    assert.equal(adv?.status, "overgeslagen");
    const adviseur = actorVoor(adv as never);
    s.weiger("niet-betrokken", { type: "InzetStarten", actor: adviseur });
    s.doe({ type: "InzetStarten", actor: gebruiker("nsgbo-sgbo", "politie-nsgbo") });
    s.weiger("niet-betrokken", { type: "Demobiliseren", actor: adviseur });
    assert.ok(!toegestaneHandelingen(s.a, adviseur, s.nu).includes("Demobiliseren"));
  });
  test("§1: de leverende eenheid (haar RCCB) demobiliseert haar mensen; de regioburgemeester, die alleen zijn zienswijze gaf, niet", () => {
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    loop(s);
    s.doe({ type: "InzetStarten", actor: RCCB });
    s.weiger("niet-betrokken", {
      type: "Demobiliseren",
      actor: gebruiker("regioburgemeester", "politie-re03"),
    });
    s.weiger("niet-betrokken", { type: "Demobiliseren", actor: gebruiker("korpschef", "politie-re05-rccb") });
    s.doe({ type: "Demobiliseren", actor: gebruiker("rccb-medewerker", "politie-re05-rccb") });
    assert.equal(s.a.status, "gedemobiliseerd");
  });
});

/**
 * The urgent path up to the deployment on the phone agreement (ADR 0602): everything that may run
 * on that agreement has run, the decision included; the written steps (the formalisation) are still open.
 */
function spoedInzet(id: ProcedureId = "politie-3-kmar-oo", voorHetGesprek?: (s: Scenario) => void): Scenario {
  const s = nieuweAanvraag(id, { spoed: true });
  voorHetGesprek?.(s);
  loop(s, { overslaan: (t) => t.magOverslaan, stop: (t) => !t.magOverslaan });
  belLocc(
    s,
    "Vier pelotons toegezegd voor het Domplein, 10 maart 12:00 tot 11 maart 12:00; formulier volgt.",
  );
  // The deciders decide on the phone agreement (art. 57/58; ADR 0602 F3), then the deployment starts.
  loop(s, {
    overslaan: (t) => t.magOverslaan,
    volgorde: (a, b) => Number(a.formalisering) - Number(b.formalisering),
    stop: (t) => t.formalisering,
  });
  s.doe({ type: "InzetStarten", actor: LOCC });
  assert.equal(s.a.status, "in-uitvoering");
  assert.equal(bewerkbaarheid(s.a), "formalisering");
  return s;
}

const bijwerken = (actor = RCCB, wijzigingen: Partial<AanvraagGegevens> = {}, extra: object = {}) =>
  ({ type: "ConceptBijwerken", actor, wijzigingen, ...extra }) as const;

describe("formaliseren na de spoedinzet (ADR 0603)", () => {
  test("tijdens de open formalisering vult de aanvragende partij het formulier aan en verbetert het", () => {
    const s = spoedInzet();
    // Given the deployment running on the phone agreement, when the RCCB completes the form, then it is recorded.
    s.doe(bijwerken(RCCB, { beoogdEffect: "Ontruiming van het Domplein zonder escalatie." }));
    assert.equal(s.a.gegevens.beoogdEffect, "Ontruiming van het Domplein zonder escalatie.");
    assert.equal(s.a.status, "in-uitvoering");
    // The editor sends the whole form: unchanged capacity, period and municipalities pass.
    const heel = volledigeGegevens(procedure("politie-3-kmar-oo"));
    s.doe(
      bijwerken(RCCB, {
        ...heel,
        gevraagd: {
          ...(heel.gevraagd as Gevraagd),
          omschrijving: "Vier pelotons ME-taken.",
        },
        plaats: {
          gemeenten: ["gm0344"],
          adres: "Domplein 9, Utrecht",
          coordinaten: { lat: 52.09, lon: 5.12 },
        },
      }),
    );
    assert.equal(s.a.gegevens.gevraagd?.omschrijving, "Vier pelotons ME-taken.");
    assert.equal(s.a.gegevens.plaats.adres, "Domplein 9, Utrecht");
    // The authority corrects the name it signs under; the role stays.
    s.doe(
      bijwerken(
        gebruiker("burgemeester", "gm0344"),
        {},
        { gezag: { rol: "burgemeester", naam: "mr. A. Dijksma-Loco" } },
      ),
    );
    assert.equal(s.a.gezag?.naam, "mr. A. Dijksma-Loco");
    assert.equal(bewerkbaarheid(s.a), "formalisering");
  });

  test("wat telefonisch is afgesproken ligt vast; meer, minder of langer is een wijziging", () => {
    const s = spoedInzet();
    const gevraagd = s.a.gegevens.gevraagd as Gevraagd;
    const periode = s.a.gegevens.periode as NonNullable<AanvraagGegevens["periode"]>;
    const geweigerd = (veld: string, cmd: ReturnType<typeof bijwerken>) => {
      const f = s.weiger("niet-bewerkbaar", cmd);
      assert.equal(f.details.veld, veld, f.message);
      assert.match(f.message, /telefonische afspraak/);
      return f;
    };
    const aantal = geweigerd("gevraagd.aantal", bijwerken(RCCB, { gevraagd: { ...gevraagd, aantal: 6 } }));
    assert.match(aantal.message, /opschalen .* afschalen/);
    geweigerd(
      "gevraagd.capaciteitType",
      bijwerken(RCCB, { gevraagd: { ...gevraagd, capaciteitType: "kmar-bewakingseenheid" } }),
    );
    geweigerd("gevraagd.capaciteitType", bijwerken(RCCB, { gevraagd: null }));
    const tot = geweigerd(
      "periode.tot",
      bijwerken(RCCB, { periode: { van: periode.van, tot: "2026-03-12T12:00:00.000Z" } }),
    );
    assert.match(tot.message, /verlenging/);
    geweigerd("periode.tot", bijwerken(RCCB, { periode: { van: periode.van, tot: null } }));
    geweigerd(
      "periode.van",
      bijwerken(RCCB, { periode: { van: "2026-03-10T10:00:00.000Z", tot: periode.tot } }),
    );
    geweigerd(
      "plaats.gemeenten",
      bijwerken(RCCB, {
        plaats: { gemeenten: ["gm0344", "gm0307"], adres: "Domplein 1", coordinaten: null },
      }),
    );
    geweigerd("spoed", bijwerken(RCCB, {}, { spoed: false }));
    geweigerd("gezag.rol", bijwerken(RCCB, {}, { gezag: { rol: "regioburgemeester", naam: "R. Egio" } }));
    // An empty specialism may still be named; once named it is fixed too.
    s.doe(bijwerken(RCCB, { gevraagd: { ...gevraagd, specialisme: "bereden" } }));
    geweigerd("gevraagd.specialisme", bijwerken(RCCB, { gevraagd: { ...gevraagd, specialisme: "honden" } }));
    geweigerd("gevraagd.specialisme", bijwerken(RCCB, { gevraagd }));
    // The same values again (the editor sends the whole form; the period to the minute) pass.
    const metSpecialisme = { ...gevraagd, specialisme: "bereden" };
    s.doe(bijwerken(RCCB, { gevraagd: metSpecialisme, periode: { ...periode } }, { spoed: true }));
    assert.deepEqual(s.a.gegevens.gevraagd, metSpecialisme);
  });

  test("wat vóór het gesprek leeg bleef, vult het formulier alsnog in", () => {
    const s = spoedInzet("politie-3-kmar-oo", (x) =>
      x.doe(bijwerken(RCCB, { gevraagd: null, periode: null, reden: "" })),
    );
    const p = procedure("politie-3-kmar-oo");
    s.weiger("formulier-onvolledig", commandoVoorTaak(s, s.taak("formulier")) as never);
    const heel = volledigeGegevens(p);
    s.doe(
      bijwerken(RCCB, { gevraagd: heel.gevraagd ?? null, periode: heel.periode ?? null, reden: "Rellen." }),
    );
    assert.equal(s.a.gegevens.gevraagd?.aantal, 4);
    s.doe(commandoVoorTaak(s, s.taak("formulier")) as never);
    assert.equal(s.taak("formulier").status, "gereed");
    // Filled in once, it is fixed like the rest.
    s.weiger("niet-bewerkbaar", bijwerken(RCCB, { gevraagd: { ...(heel.gevraagd as Gevraagd), aantal: 5 } }));
  });

  test("een aantal dat pas na het volledige besluit in het formulier komt, is het toegekende aantal", () => {
    // §3 KMar (factsheet politie 3): the RCCB phones the LOCC before the form names the quantity.
    // After the call the written steps (formulier, ondertekenen, verzenden, verzoek-defensie) no
    // longer hold up the rest (ADR 0601), so the LOCC checks, DJZ advises and gives Defence's
    // standpoint and the LOCC decides in full, all before the form is complete.
    const s = spoedInzet("politie-3-kmar-oo", (x) => x.doe(bijwerken(RCCB, { gevraagd: null })));
    const gedaan = s.a.taken
      .filter((t) => t.status !== "open")
      .sort((x, y) => (x.afhandeling?.op ?? "").localeCompare(y.afhandeling?.op ?? ""))
      .map((t) => t.stapId.split("/")[1]);
    assert.deepEqual(gedaan, [
      "vooroverleg-kmar",
      "contact-locc",
      "registreren",
      "toetsen",
      "informeren-korpschef",
      "vooroverleg-dops-kmar",
      "advies-sg-commandant-kmar",
      "advies-sg",
      "standpunt-defensie",
      "besluit",
      "informeren-rccb",
    ]);
    // Given phase 0 granted in full while the form has no quantity, so no number granted yet.
    assert.equal(s.taak("besluit").afhandeling?.uitkomst, "volledig");
    assert.equal(s.taak("formulier").status, "open");
    assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
    assert.equal(s.a.gegevens.gevraagd, null);
    assert.equal(s.a.toegekendAantal, null);
    // A partial decision names a part of the quantity asked; without one on the form it cannot be
    // taken, so "toegekend" is the only grant this path reaches before the quantity is known.
    const i = s.events.findIndex((e) => e.type === "BesluitGenomen");
    const besluit = s.events[i] as Extract<AanvraagEvent, { type: "BesluitGenomen" }>;
    given(s.events.slice(0, i))
      .when((a) => ({
        type: "Besluiten",
        aanvraagId: s.aanvraagId,
        verwachteVersie: a?.versie ?? 0,
        nu: new Date(besluit.op),
        actor: LOCC,
        taakId: besluit.taakId,
        uitkomst: "gedeeltelijk",
        redenen: ["Twee van de vier pelotons beschikbaar."],
        geleverd: { aantal: 2, toelichting: "Twee pelotons." },
      }))
      .thenFout("geleverd-vereist");
    // Nor can it be scaled up or down: more or fewer than a number nobody named yet.
    const schalen = s.weiger("wijziging-niet-mogelijk", {
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "opschalen", nieuwTot: null, nieuwAantal: 6, reden: "Meer nodig." },
    });
    assert.match(schalen.message, /toegekende aantal is nog niet bekend/);
    // When the RCCB fills in the quantity agreed by phone (ADR 0603: an empty field may be filled in),
    const gevraagd = volledigeGegevens(procedure("politie-3-kmar-oo")).gevraagd as Gevraagd;
    const ev = given(s.events)
      .when({
        ...bijwerken(RCCB, { gevraagd }),
        aanvraagId: s.aanvraagId,
        verwachteVersie: s.a.versie,
        nu: s.tik(),
      })
      .then([{ type: "ConceptBijgewerkt" }]);
    // then the decision in full grants that quantity, also when the events are replayed.
    const na = herbouw([...s.events, ...ev]);
    assert.equal(na?.toegekendAantal, 4);
    assert.equal(na?.fasen[0]?.uitkomst, "toegekend");
    // And so a scale-down to fewer than the four is a change the request knows how to make.
    s.doe(bijwerken(RCCB, { gevraagd }));
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: 2, reden: "Rustiger." },
    });
    assert.equal(s.a.toegekendAantal, 2);
  });

  test("elke procedure met een telefonische route: het later ingevulde aantal is het toegekende", () => {
    for (const p of CATALOGUS.filter(heeftTelefonischeRoute)) {
      const rol = p.voorbereiding.rollen[0] as Rol;
      const aanvrager = gebruiker(rol, organisatieVoorRol(rol));
      const s = spoedInzet(p.id, (x) => x.doe(bijwerken(aanvrager, { gevraagd: null })));
      assert.equal(s.a.fasen[0]?.uitkomst, "toegekend", p.id);
      assert.equal(s.a.toegekendAantal, null, p.id);
      s.doe(bijwerken(aanvrager, { gevraagd: volledigeGegevens(p).gevraagd ?? null }));
      assert.equal(s.a.toegekendAantal, 4, p.id);
    }
  });

  test("de handtekening dekt precies het aangevulde formulier; daarna ligt het vast", () => {
    const s = spoedInzet();
    const voorDeAanvulling = teOndertekenenInhoud(s.a, 0);
    s.doe(bijwerken(RCCB, { reden: "Aangevuld na het gesprek: twee groepen relschoppers." }));
    s.doe(commandoVoorTaak(s, s.taak("formulier")) as never);
    // The form may still be corrected after the drafter's step, until it is signed.
    s.doe(bijwerken(RCCB, { beoogdEffect: "Scheiden van de groepen." }));
    const t = s.taak("ondertekenen");
    const cmd = commandoVoorTaak(s, t) as Extract<AanvraagCommando, { type: "Ondertekenen" }>;
    s.weiger("inhoud-gewijzigd", { ...cmd, inhoud: voorDeAanvulling, inhoudHash: sha256(voorDeAanvulling) });
    s.doe(cmd);
    const h = s.a.handtekeningen[0];
    const getekend = JSON.parse(cmd.inhoud) as { gegevens: AanvraagGegevens };
    assert.equal(getekend.gegevens.reden, "Aangevuld na het gesprek: twee groepen relschoppers.");
    assert.equal(getekend.gegevens.beoogdEffect, "Scheiden van de groepen.");
    // What the PDF prints (the state) is what was signed: same canonical content, same hash.
    assert.equal(h?.inhoudHash, sha256(teOndertekenenInhoud(s.a, 0)));
    assert.equal(teOndertekenenInhoud(s.a, 0), cmd.inhoud);
    assert.ok(
      s.a.taken.some((x) => x.formalisering && x.status === "open"),
      "formalisering nog open",
    );
    assert.equal(bewerkbaarheid(s.a), null);
    const f = s.weiger("niet-bewerkbaar", bijwerken(RCCB, { reden: "anders" }));
    assert.match(f.message, /ondertekend/);
    assert.match(f.message, /wijziging/);
  });

  test("zonder handtekening (§7, §8) legt het inzenden door de officier van justitie het formulier vast", () => {
    for (const id of ["politie-7-kmar-justitie", "politie-8-krijgsmacht-justitie"] as const) {
      const s = spoedInzet(id);
      s.doe(bijwerken(RCCB, { reden: `Aangevuld (${id}).` }));
      s.doe(commandoVoorTaak(s, s.taak("formulier")) as never);
      const ovj = gebruiker("officier-van-justitie", "om-parket-re03");
      s.doe(bijwerken(ovj, { beoogdEffect: "Aanhouding van de verdachten." }));
      s.doe(commandoVoorTaak(s, s.taak("inzenden")) as never);
      const f = s.weiger("niet-bewerkbaar", bijwerken(ovj, { reden: "anders" }));
      assert.match(f.message, /ingediend/);
    }
  });

  test("een andere partij dan de aanvrager vult niet aan: ook het LOCC niet, dat het formulier toetst", () => {
    const s = spoedInzet();
    for (const actor of [
      gebruiker("defensie-djz", "defensie-djz"),
      gebruiker("rccb-medewerker", "politie-re05-rccb"),
      gebruiker("burgemeester", "gm0307"),
    ])
      s.weiger("niet-betrokken", bijwerken(actor, { reden: "anders" }));
    const f = s.weiger("niet-betrokken", bijwerken(LOCC, { reden: "anders" }));
    assert.match(f.message, /toetst/);
    // In a draft the LOCC may still write down a phone request on behalf of the region.
    const concept = nieuweAanvraag("politie-3-kmar-oo", { spoed: true });
    concept.doe(bijwerken(LOCC, { reden: "Telefonisch doorgegeven door het RCCB." }));
  });

  test("na de formalisering, buiten het spoedpad en na afsluiten wijzigt niemand het formulier", () => {
    const s = spoedInzet();
    loop(s, { overslaan: (t) => t.magOverslaan });
    assert.equal(
      s.a.taken.some((t) => t.formalisering && t.status === "open"),
      false,
    );
    s.weiger("niet-bewerkbaar", bijwerken(RCCB, { reden: "anders" }));
    s.doe({ type: "Demobiliseren", actor: LOCC });
    s.doe({ type: "Afsluiten", actor: RCCB, werkelijkeKosten: { bedragCent: 120_00, toelichting: "FNIK." } });
    s.weiger("afgesloten", bijwerken(RCCB, { reden: "anders" }));
    assert.equal(bewerkbaarheid(s.a), null);
    // The normal path: granted and running without a phone agreement, the form is fixed.
    const n = toegekend();
    assert.equal(bewerkbaarheid(n.a), null);
    n.weiger("niet-bewerkbaar", bijwerken(RCCB, { reden: "anders" }));
  });
});

describe("termijnen", () => {
  test("een taak is een dag na beschikbaar komen klaar; een herinnering gaat één keer", () => {
    const s = nieuweAanvraag("politie-2-waterwerper");
    const t = s.taak("contact-locc");
    assert.equal(
      Date.parse(t.uiterlijk as string) - Date.parse(t.beschikbaarSinds as string),
      TERMIJNEN.normaalMinuten * 60_000,
    );
    const later = new Date(Date.parse(t.uiterlijk as string) + 60_000);
    assert.equal(herinneringen(s.a, later).length, 1);
    const ev = s.doe({ type: "TermijnenBewaken", actor: LOCC, nu: later });
    assert.deepEqual(
      ev.map((e) => e.type),
      ["HerinneringVerstuurd"],
    );
    assert.deepEqual(
      s.doe({ type: "TermijnenBewaken", actor: LOCC, nu: new Date(later.getTime() + 60_000) }),
      [],
    );
    assert.ok(
      notificaties(null, s.events).some(
        (n) => n.soort === "herinnering" && n.organisatieId === "politie-re03-rccb",
      ),
    );
  });
});

describe("zichtbaarheid en meldingen", () => {
  test("Defensie ziet een KMar-aanvraag pas als het verzoek haar bereikt; het LOCC ziet alles", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    const djz = gebruiker("defensie-djz", "defensie-djz");
    assert.equal(zichtbaarVoor(s.a, djz), false);
    assert.equal(zichtbaarVoor(s.a, LOCC), true);
    assert.equal(zichtbaarVoor(s.a, gebruiker("burgemeester", "gm0344")), true);
    assert.equal(zichtbaarVoor(s.a, gebruiker("burgemeester", "gm0363")), false);
    assert.equal(zichtbaarVoor(s.a, gebruiker("rccb-medewerker", "politie-re05-rccb")), false);
    assert.equal(zichtbaarVoor(s.a, gebruiker("auditor", "knooppunt")), true);
    loop(s, { stop: (t) => t.stapId.endsWith("/verzoek-defensie") });
    assert.equal(zichtbaarVoor(s.a, djz), false);
    const voor = s.a;
    const ev = s.doe(commandoVoorTaak(s, s.taak("verzoek-defensie")) as never);
    assert.equal(zichtbaarVoor(s.a, djz), true);
    assert.equal(
      zichtbaarVoor(s.a, gebruiker("defensie-doc", "defensie-doc")),
      true,
      "afschrift aan het DOC",
    );
    const n = notificaties(voor, ev);
    assert.ok(n.some((x) => x.soort === "afschrift" && x.organisatieId === "defensie-doc"));
    assert.ok(n.some((x) => x.soort === "ontvangst" && x.organisatieId === "kmar-dops"));
    assert.ok(
      n.some((x) => x.soort === "ontvangst" && x.organisatieId === "defensie-djz"),
      "DJZ ontvangt het verzoek",
    );
    // The first advice to the SG is the Commandant KMar's (ADR 0100, reading 23).
    assert.ok(
      n.some((x) => x.soort === "taak" && x.rol === "commandant-kmar" && x.organisatieId === "kmar"),
      "de Commandant KMar krijgt de taak",
    );
  });
  test("een nieuwe taak gaat naar zijn eigenaar: na het formulier de burgemeester", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    s.doe({ type: "StapOverslaan", actor: RCCB, taakId: s.taak("vooroverleg-kmar").id, reden: "-" });
    s.doe(commandoVoorTaak(s, s.taak("contact-locc")) as never);
    const voor = s.a;
    const ev = s.doe(commandoVoorTaak(s, s.taak("formulier")) as never);
    assert.deepEqual(
      notificaties(voor, ev)
        .filter((n) => n.soort === "taak")
        .map((n) => [n.rol, n.organisatieId]),
      [["burgemeester", "gm0344"]],
    );
  });
});

describe("afschalen en demobiliseren horen de leveranciers (review F12.f)", () => {
  const status = (voor: ReturnType<typeof herbouw>, ev: AanvraagEvent[]) =>
    notificaties(voor, ev)
      .filter((n) => n.soort === "status")
      .map((n) => `${n.rol}@${n.organisatieId}`);
  test("§1: de RCCB van de leverende eenheid hoort van het afschalen en het demobiliseren", () => {
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    loop(s);
    assert.deepEqual(s.a.context.leverendeEenheden, ["politie-re05-rccb"]);
    s.doe({ type: "InzetStarten", actor: RCCB });
    // Given a running §1 deployment supplied by RE05, when the RCCB scales down,
    let voor = s.a;
    let ev = s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: 2, reden: "Rustiger." },
    });
    // then the supplying unit's RCCB is told,
    assert.ok(status(voor, ev).includes("rccb-medewerker@politie-re05-rccb"), status(voor, ev).join());
    // and likewise of the demobilisation.
    voor = s.a;
    ev = s.doe({ type: "Demobiliseren", actor: RCCB });
    assert.ok(status(voor, ev).includes("rccb-medewerker@politie-re05-rccb"));
  });
  test("§3: DOPS-KMar, dat het verzoek ontving, en het DOC (afschrift) horen van het demobiliseren", () => {
    const s = toegekend();
    const voor = s.a;
    const ev = s.doe({ type: "Demobiliseren", actor: RCCB });
    const aan = status(voor, ev);
    assert.ok(
      aan.some((x) => x.endsWith("@kmar-dops")),
      aan.join(),
    );
    assert.ok(
      aan.some((x) => x.endsWith("@defensie-doc")),
      aan.join(),
    );
  });
});

describe("foutencatalogus", () => {
  test("elke code heeft een HTTP-status en een Nederlandse titel", () => {
    for (const [code, f] of Object.entries(AANVRAAG_FOUTEN)) {
      assert.ok(f.status >= 400 && f.status < 500, code);
      assert.ok(f.titel.length > 5, code);
    }
    const s = nieuweAanvraag("politie-3-kmar-oo");
    const fout = s.weiger("versie-conflict", {
      type: "Intrekken",
      actor: RCCB,
      reden: "x",
      verwachteVersie: 0,
    });
    assert.equal(fout.status, AANVRAAG_FOUTEN["versie-conflict"].status);
  });
  test("twee gelijktijdige acties op dezelfde versie: de eerste wint, de tweede krijgt een conflict", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    const t = s.taak("vooroverleg-kmar");
    const versie = s.a.versie;
    s.doe({ type: "StapOverslaan", actor: RCCB, taakId: t.id, reden: "a" });
    s.weiger("versie-conflict", {
      ...commandoVoorTaak(s, s.taak("contact-locc")),
      verwachteVersie: versie,
    } as never);
  });
});

describe("opslag", () => {
  test("events overleven een JSON-rondreis: herbouw geeft dezelfde aanvraag", async () => {
    const { herbouw } = await import("./index.ts");
    const s = nieuweAanvraag("politie-4-krijgsmacht-oo", { spoed: true });
    loop(s, { overslaan: (t) => t.magOverslaan });
    const terug = herbouw(JSON.parse(JSON.stringify(s.events)));
    assert.deepEqual(terug, s.a);
    assert.equal(
      s.events.every((e) => e.schemaVersie === 1),
      true,
    );
  });
});

describe("wie een stap doet, volgens de bron (ADR 0100, lezingen 22–24)", () => {
  test("SIS: de officier van dienst bevolkingszorg die belt doet de stappen van de beller, en krijgt het antwoord van het LOCC", () => {
    for (const rol of ["ovd-bevolkingszorg", "algemeen-commandant-bevolkingszorg"] as Rol[]) {
      const s = nieuweAanvraag("bevolkingszorg-2-sis" as ProcedureId, { gezagRol: rol });
      for (const stap of ["contact-locc", "inschatting"]) assert.equal(s.taak(stap).eigenaar.rol, rol, stap);
      // The LOCC's message with the teamleider's details goes to the caller.
      const contact = s.taak("contact-locc");
      s.doe({ type: "StapAfronden", actor: actorVoor(contact), taakId: contact.id, toelichting: "Gebeld." });
      const inschatting = s.taak("inschatting");
      assert.throws(() =>
        s.doe({
          type: "StapAfronden",
          actor: gebruiker(
            rol === "ovd-bevolkingszorg" ? "algemeen-commandant-bevolkingszorg" : "ovd-bevolkingszorg",
            organisatieVoorRol(rol),
          ),
          taakId: inschatting.id,
          toelichting: "Niet de beller.",
        }),
      );
    }
  });

  test("militaire bijstand crisisbeheersing: DOPS NATOPS beoordeelt voor de CDS en kan de aanvraag niet zelf afwijzen", () => {
    const p = procedure("bevolkingszorg-5-defensie-crisisbeheersing" as ProcedureId);
    const beoordelen = p.stappen.find((x) => x.id.endsWith("/beoordelen"));
    assert.equal(beoordelen?.soort, "advies");
    assert.deepEqual(beoordelen?.uitkomsten, []);
    assert.deepEqual(
      beoordelen?.aan.map((a) => a.rol),
      ["cds"],
    );
    const besluit = p.stappen.find((x) => x.id.endsWith("/besluit"));
    assert.equal(besluit?.actor.rol, "cds");
    assert.ok(besluit?.uitkomsten.includes("afwijzen"), "de CDS kan afwijzen");
  });

  test("'Tot slot' (bevolkingszorg): het LOCC verwerkt elke aanvraag in zijn overzichten; het IFV hoort terug over SIS en BTC", () => {
    for (const p of CATALOGUS.filter((x) => x.factsheet === "bevolkingszorg")) {
      const reg = p.stappen.find((x) => x.id.endsWith("/registreren"));
      assert.equal(reg?.actor.rol, "locc-piket", p.id);
    }
    for (const id of ["bevolkingszorg-2-sis", "bevolkingszorg-3-btc"] as ProcedureId[]) {
      const t = procedure(id).stappen.find((x) => x.id.endsWith("/terugkoppeling"));
      assert.ok(t, `${id}: terugkoppeling`);
      assert.deepEqual(
        t?.aan.map((a) => a.rol),
        ["ifv"],
        id,
      );
    }
  });

  test("waterwerper: het formulier komt vóór de toetsing (bij spoed achteraf); TIN: de korpsleiding wordt via LE-POB geïnformeerd, en de verdeling gaat vóór de inzet", () => {
    const ww = procedure("politie-2-waterwerper" as ProcedureId).stappen.map((x) => x.id.split("/")[1]);
    assert.ok(ww.indexOf("formulier") < ww.indexOf("toetsen"), ww.join(", "));
    const s = nieuweAanvraag("politie-2-waterwerper" as ProcedureId);
    assert.equal(s.taak("toetsen").wachtOp.includes(s.taak("formulier").id), true);
    const tin = procedure("lcp-egt-tin-bewaken-beveiligen" as ProcedureId).stappen;
    const ids = tin.map((x) => x.id.split("/")[1]);
    assert.ok(ids.indexOf("crisisberaad") < ids.indexOf("inzet-bepalen"), ids.join(", "));
    const kl = tin.find((x) => x.id.endsWith("/informeren-korpsleiding"));
    assert.deepEqual(
      kl?.aan.map((a) => a.rol),
      ["le-pob", "korpschef"],
    );
  });

  test("§3 en §7: DJZ en de Commandant KMar adviseren allebei de SG, vóór het standpunt van Defensie", () => {
    for (const id of ["politie-3-kmar-oo", "politie-7-kmar-justitie"] as ProcedureId[]) {
      const ids = procedure(id).stappen.map((x) => x.id.split("/")[1]);
      const ck = ids.indexOf("advies-sg-commandant-kmar");
      assert.ok(ck >= 0, `${id}: stap van de Commandant KMar`);
      assert.ok(ck < ids.indexOf("advies-sg"), `${id}: vóór DJZ`);
      const stap = procedure(id).stappen[ck];
      assert.equal(stap?.actor.rol, "commandant-kmar");
      assert.deepEqual(
        stap?.aan.map((a) => a.rol),
        ["defensie-sg"],
      );
    }
  });
});

describe("welke handelingen de pagina iemand aanbiedt (toegestaneHandelingen)", () => {
  test("intrekken en wijzigen alleen voor de aanvragende partij, weigeren alleen voor de korpschef; de regels komen uit decide", () => {
    const s = ingediend("politie-1-bijstand-andere-eenheid-oo");
    const nu = new Date(s.nu.getTime() + 60_000);
    const rccb = actorVoor(s.taak("verzenden"));
    const voor = (g: ReturnType<typeof gebruiker>) => toegestaneHandelingen(s.a, g, nu);
    assert.ok(voor(rccb).includes("Intrekken"), "de RCCB trekt in");
    assert.ok(voor(rccb).includes("WijzigingAanvragen"), "de RCCB vraagt wijzigingen aan");
    assert.ok(!voor(rccb).includes("KorpschefWeigeren"), "de RCCB weigert niet");
    assert.ok(!voor(LOCC).includes("Intrekken"), "het LOCC trekt niet in");
    assert.ok(voor(KORPSCHEF).includes("KorpschefWeigeren"), "de korpschef weigert");
    assert.ok(!voor(KORPSCHEF).includes("Intrekken"), "de korpschef trekt niet in");
    // What the page offers, the server accepts; what it leaves out, the server refuses.
    assert.throws(
      () => s.doe({ type: "Intrekken", actor: LOCC, reden: "Niet van het LOCC." }),
      (e: { code?: string }) => e.code === "niet-betrokken",
    );
    s.doe({ type: "Intrekken", actor: rccb, reden: "Niet meer nodig." });
    assert.equal(s.a.status, "ingetrokken");
  });
});

describe("spoed ligt vast zodra er op grond van spoed is overgeslagen (art. 56 lid 3)", () => {
  test("zienswijze overgeslagen wegens spoed: de spoed intrekken wordt geweigerd; zonder overslaan mag het", () => {
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo", { spoed: true });
    loop(s, { stop: (t) => t.soort === "zienswijze" });
    given(s.events)
      .when({
        ...bijwerken(RCCB, {}, { spoed: false }),
        aanvraagId: "a-1",
        nu: s.nu,
        verwachteVersie: s.a.versie,
      })
      .then([{ type: "ConceptBijgewerkt", spoed: false }]);
    s.doe({ type: "StapOverslaan", actor: RCCB, taakId: s.taak("zienswijze").id, reden: "Spoed." });
    const f = given(s.events)
      .when({
        ...bijwerken(RCCB, {}, { spoed: false }),
        aanvraagId: "a-1",
        nu: s.nu,
        verwachteVersie: s.a.versie,
      })
      .thenFout("niet-bewerkbaar", /art\. 56 lid 3/);
    assert.equal(f.details.veld, "spoed");
    assert.equal(s.a.spoed, true);
  });
});

describe("een zwijgende regioburgemeester houdt het verzoek niet eeuwig op (art. 56 lid 3; review F12.b, ADR 0607)", () => {
  test("na de termijn legt de aanvragende partij 'geen zienswijze ontvangen' vast, met wie en waarom; daarna tekent de burgemeester", () => {
    // Given a §1 request, not urgent, whose zienswijze task is open and available,
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    loop(s, { stop: (t) => t.soort === "zienswijze" });
    const z = s.taak("zienswijze");
    assert.equal(z.beschikbaar, true);
    assert.equal(z.magOverslaan, false);
    const overslaan = {
      type: "StapOverslaan",
      actor: RCCB,
      taakId: z.id,
      reden: "Twee keer gebeld, geen reactie.",
    } as const;
    // when the RCCB records it before the due time, then it is refused: he must have the opportunity,
    const vroeg = s.weiger("niet-overslaanbaar", {
      ...overslaan,
      nu: new Date(Date.parse(z.uiterlijk as string) - 60_000),
    });
    assert.match(vroeg.message, /in de gelegenheid is gesteld/);
    const na = new Date(Date.parse(z.uiterlijk as string) + 60_000);
    // nobody but the requesting side records it after the due time,
    s.weiger("verkeerde-rol", { ...overslaan, actor: LOCC, nu: na });
    // and after the due time the RCCB may, and the record says so.
    s.nu = na;
    s.doe({ ...overslaan, nu: na });
    const t = s.taak("zienswijze");
    assert.equal(t.status, "overgeslagen");
    assert.equal(t.afhandeling?.door?.organisatieId, "politie-re03-rccb");
    assert.equal(t.afhandeling?.termijnVerstreken, z.uiterlijk);
    assert.match(
      t.afhandeling?.reden ?? "",
      /^Geen zienswijze ontvangen binnen de termijn .*Twee keer gebeld/,
    );
    assert.ok(s.a.tijdlijn.some((r) => /Geen zienswijze ontvangen/.test(r.omschrijving)));
    // The regioburgemeester hears that his view is no longer waited for.
    const bericht = notificaties(null, s.events).filter(
      (n) => n.eventIndex === s.events.length - 1 && n.taakId === z.id,
    );
    assert.deepEqual(
      bericht.map((n) => [n.rol, n.organisatieId, n.soort]),
      z.eigenaar.organisaties.map((o) => [z.eigenaar.rol, o, "status"]),
      JSON.stringify(bericht),
    );
    assert.match(bericht[0]?.reden ?? "", /termijn verstreken/);
    assert.equal(s.taak("indienen").beschikbaar, true, "de burgemeester kan tekenen");
    // Not a skip on the ground of urgency: a request made urgent may be made non-urgent again (cf. F5).
    s.doe({ ...bijwerken(RCCB, {}, { spoed: true }) });
    s.doe({ ...bijwerken(RCCB, {}, { spoed: false }) });
    assert.equal(s.a.spoed, false);
    assert.deepEqual(herbouw(JSON.parse(JSON.stringify(s.events))), s.a);
  });
});

describe("overslaan van een stap van een andere organisatie (ADR 0601)", () => {
  test("de voorwaarde van een besluitstap stelt alleen de eigenaar vast: de aanvrager slaat het besluit van de leverende regio niet over", () => {
    const s = nieuweAanvraag("bevolkingszorg-1-kennis-capaciteit");
    loop(s, { stop: (t) => t.stapId.endsWith("/afstemmen-gezag") });
    const t = s.taak("afstemmen-gezag");
    const acb = gebruiker("algemeen-commandant-bevolkingszorg", "vr09");
    given(s.events)
      .when({
        type: "StapOverslaan",
        aanvraagId: "a-1",
        nu: s.nu,
        verwachteVersie: s.a.versie,
        actor: acb,
        taakId: t.id,
        reden: "Haast.",
      })
      .thenFout("verkeerde-rol", /alleen die kan hem overslaan/);
    given(s.events)
      .when({
        type: "StapOverslaan",
        aanvraagId: "a-1",
        nu: s.nu,
        verwachteVersie: s.a.versie,
        actor: actorVoor(t),
        taakId: t.id,
        reden: "Alleen kennis gevraagd.",
      })
      .then([{ type: "StapOvergeslagen", taakId: t.id }]);
  });
  test("§9: na de aanwijzing slaat de burgemeester de uitvoering door de korpschef niet over", () => {
    const s = ingediend("politie-1-bijstand-andere-eenheid-oo");
    s.doe({ type: "KorpschefWeigeren", actor: KORPSCHEF, omvang: "afwijzen", redenen: ["x"] });
    loop(s, { stop: (t) => t.stapId.endsWith("/uitvoeren") });
    s.weiger("verkeerde-rol", {
      type: "StapOverslaan",
      actor: gebruiker("burgemeester", "gm0344"),
      taakId: s.taak("uitvoeren").id,
      reden: "Niet nodig.",
    });
  });
  test("wat de aanvrager wel overslaat: een optioneel vooroverleg, en bij spoed de zienswijze", () => {
    const s = nieuweAanvraag("politie-3-kmar-oo");
    s.doe({
      type: "StapOverslaan",
      actor: RCCB,
      taakId: s.taak("vooroverleg-kmar").id,
      reden: "Niet nodig.",
    });
    const z = nieuweAanvraag("politie-6-bijstand-andere-eenheid-justitie", { spoed: true });
    loop(z, { stop: (t) => t.soort === "zienswijze" });
    z.doe({
      type: "StapOverslaan",
      actor: gebruiker("officier-van-justitie", "om-parket-re03"),
      taakId: z.taak("zienswijze").id,
      reden: "Spoed.",
    });
    assert.equal(z.taak("zienswijze").status, "overgeslagen");
  });
});

describe("TIN: de inzet start na de voorbereiding door Defensie en de verdeling (LCP-EGT § 6.2.2)", () => {
  const NSGBO = gebruiker("nsgbo-sgbo", "politie-nsgbo");
  test("na het oordeel van de CBB is toegekend, maar de inzet wacht op Defensie en het Crisisberaad", () => {
    const s = nieuweAanvraag("lcp-egt-tin-bewaken-beveiligen");
    loop(s, {
      overslaan: (t) => t.magOverslaan && t.soort === "advies",
      stop: (t) => t.stapId.endsWith("/alarmering"),
    });
    assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
    s.weiger("inzet-zonder-besluit", { type: "InzetStarten", actor: NSGBO });
    loop(s, { stop: (t) => t.stapId.endsWith("/crisisberaad") });
    assert.equal(s.taak("voorbereiding-defensie").status, "gereed");
    const f = s.weiger("inzet-zonder-besluit", { type: "InzetStarten", actor: NSGBO });
    assert.deepEqual(f.details.wachtOp, [s.taak("crisisberaad").id]);
    // Needed in one place only: the CBB states that its condition does not hold, then the deployment starts.
    const cb = s.taak("crisisberaad");
    s.doe({ type: "StapOverslaan", actor: actorVoor(cb), taakId: cb.id, reden: "Behoefte op één plek." });
    s.doe({ type: "InzetStarten", actor: NSGBO });
    assert.equal(s.a.status, "in-uitvoering");
  });
});

describe("een wijziging erft de spoed van de aanvraag niet (review F4, ADR 0602)", () => {
  test("§3: na de geformaliseerde spoedinzet loopt een verlenging het gewone pad, zonder de oude formaliseringstermijn", () => {
    const s = spoedInzet();
    const oudeTermijn = s.a.inzet.formaliserenUiterlijk;
    // Given the formalisation completed, when the RCCB asks to extend a week later, ...
    loop(s, { overslaan: (t) => t.magOverslaan });
    assert.equal(formaliseringOpen(s.a), false);
    s.nu = new Date(s.nu.getTime() + 7 * 24 * 3_600_000);
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: {
        soort: "verlengen",
        nieuwTot: "2026-03-20T12:00:00.000Z",
        nieuwAantal: null,
        reden: "Langer.",
      },
    });
    const fase1 = s.a.taken.filter((t) => t.fase === 1);
    assert.ok(fase1.length > 0, "de verlenging heeft taken");
    // ... then none of its steps is a formalisation under the old deadline, and none is due at once.
    assert.deepEqual(
      fase1.filter((t) => t.formalisering).map((t) => t.stapId),
      [],
    );
    for (const t of fase1)
      assert.ok(t.uiterlijk === null || t.uiterlijk !== oudeTermijn, `${t.stapId} erft de oude termijn`);
    assert.deepEqual(
      teLaat(s.a, new Date(s.nu.getTime() + 60_000)).filter((x) => x.soort === "formalisering"),
      [],
    );
    // The decision on the extension waits for the signed form, as on the regular path.
    const besluit = fase1.find((t) => t.stapId.endsWith("/besluit"));
    assert.equal(besluit?.beschikbaar, false);
    assert.ok(
      besluit?.wachtOp.some((x) => x.includes("/ondertekenen")),
      `besluit wacht op de handtekening: ${besluit?.wachtOp.join(", ")}`,
    );
  });

  test("§1: de zienswijze van de regioburgemeester is bij een verlenging van een spoedaanvraag niet over te slaan (art. 56 lid 3)", () => {
    const p = "politie-1-bijstand-andere-eenheid-oo" as ProcedureId;
    const s = nieuweAanvraag(p, { spoed: true });
    assert.ok(
      s.a.taken.some((t) => t.fase === 0 && t.stapId.endsWith("/zienswijze") && t.magOverslaan),
      "bij de spoedaanvraag zelf mag het",
    );
    loop(s, { overslaan: (t) => t.magOverslaan });
    s.doe({ type: "InzetStarten", actor: RCCB });
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: {
        soort: "verlengen",
        nieuwTot: "2026-03-14T12:00:00.000Z",
        nieuwAantal: null,
        reden: "Langer.",
      },
    });
    const z = s.a.taken.find((t) => t.fase === 1 && t.stapId.endsWith("/zienswijze"));
    assert.ok(z, "de verlenging vraagt een zienswijze");
    assert.equal(z.magOverslaan, false);
  });
});

describe("een wijziging kan zelf spoed hebben, met een eigen gesprek en een eigen formaliseringstermijn (review F4, ADR 0608)", () => {
  const UUR = 3_600_000;
  const opschalen = (spoed: boolean) =>
    ({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "opschalen", nieuwTot: null, nieuwAantal: 6, reden: "Escalatie.", spoed },
    }) as const;
  const fase1 = (s: Scenario, stap: string) =>
    s.a.taken.find((t) => t.fase === 1 && t.stapId.endsWith(`/${stap}`)) as Taak;
  test("§3: een spoedopschaling van een gewone aanvraag gaat telefonisch, met een termijn vanaf haar eigen start", () => {
    // Given a regular §3 deployment, when the RCCB asks to scale up urgently,
    const s = toegekend();
    assert.equal(s.a.spoed, false);
    s.doe(opschalen(true) as never);
    const f1 = s.a.fasen[1];
    assert.equal(f1?.wijziging?.spoed, true);
    // then before its own call nothing goes by phone: the decision waits for the signed form;
    assert.ok(fase1(s, "besluit").wachtOp.some((x) => x.includes("/ondertekenen")));
    // a call about the request itself (phase 0) does not open the phone route of the change;
    s.doe({
      type: "TelefonischContactVastleggen",
      actor: RCCB,
      van: { naam: "RCCB", rol: "rccb-medewerker", organisatieId: "politie-re03-rccb", telefoon: null },
      aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: null },
      op: s.nu,
      afspraken: "Over de lopende inzet.",
      taakIds: [],
      fase: 0,
    });
    assert.equal(s.a.taken.filter((t) => t.fase === 1 && t.formalisering).length, 0);
    // its own call does (recorded for the latest undecided phase by default),
    s.doe({
      type: "TelefonischContactVastleggen",
      actor: RCCB,
      van: { naam: "RCCB", rol: "rccb-medewerker", organisatieId: "politie-re03-rccb", telefoon: null },
      aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: null },
      op: s.nu,
      afspraken: "Twee pelotons extra, formulier volgt.",
      taakIds: [],
    });
    assert.equal(s.a.telefonischeContacten.at(-1)?.fase, 1);
    const termijn = new Date(
      Date.parse(f1?.gestartOp as string) + TERMIJNEN.formaliserenUren * UUR,
    ).toISOString();
    const formeel = s.a.taken.filter((t) => t.fase === 1 && t.formalisering);
    assert.ok(
      formeel.some((t) => t.stapId.endsWith("/ondertekenen")),
      formeel.map((t) => t.stapId).join(),
    );
    assert.ok(
      formeel.every((t) => t.uiterlijk === termijn),
      "de termijn telt vanaf de start van de wijziging",
    );
    assert.ok(
      s.a.taken.filter((t) => t.fase === 0).every((t) => !t.formalisering),
      "fase 0 blijft gewoon",
    );
    // and the deciders decide on the phone agreement; the written steps follow.
    loop(s, {
      overslaan: (t) => t.magOverslaan,
      volgorde: (x, y) => Number(x.formalisering) - Number(y.formalisering),
      stop: (t) => t.formalisering,
    });
    assert.equal(s.a.fasen[1]?.uitkomst, "toegekend");
    assert.equal(s.a.toegekendAantal, 6);
    assert.equal(fase1(s, "ondertekenen").status, "open");
    // The watcher reminds and escalates per phase, once each.
    const herinner = new Date(Date.parse(termijn) - TERMIJNEN.herinnerenVoorMinuten * 60_000 + 60_000);
    const h = s.doe({ type: "TermijnenBewaken", actor: LOCC, nu: herinner });
    assert.deepEqual(
      h.map((e) => ("sleutel" in e ? e.sleutel : e.type)),
      [`formalisering:1:herinnering:${termijn}`],
    );
    const laat = new Date(Date.parse(termijn) + 60_000);
    assert.deepEqual(
      teLaat(s.a, laat).map((x) => [x.soort, x.uiterlijk]),
      [["formalisering", termijn]],
    );
    const e = s.doe({ type: "TermijnenBewaken", actor: LOCC, nu: laat });
    assert.deepEqual(
      e.map((x) => ("sleutel" in x ? x.sleutel : x.type)),
      [`formalisering:1:escalatie:${termijn}`],
    );
    assert.deepEqual(
      s.doe({ type: "TermijnenBewaken", actor: LOCC, nu: new Date(laat.getTime() + 60_000) }),
      [],
    );
    // Formalised, the request can be closed as usual.
    loop(s, { overslaan: (t) => t.magOverslaan });
    assert.equal(formaliseringOpen(s.a), false);
    assert.deepEqual(herbouw(JSON.parse(JSON.stringify(s.events))), s.a);
  });
  test("§1: bij een spoedverlenging mag de zienswijze worden overgeslagen, bij een gewone niet; afschalen kent geen spoed", () => {
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    loop(s);
    s.doe({ type: "InzetStarten", actor: RCCB });
    s.weiger("ongeldige-invoer", {
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: 2, reden: "Rustiger.", spoed: true },
    } as never);
    s.doe({
      type: "WijzigingAanvragen",
      actor: RCCB,
      wijziging: {
        soort: "verlengen",
        nieuwTot: "2026-03-14T12:00:00.000Z",
        nieuwAantal: null,
        reden: "Langer.",
        spoed: true,
      },
    } as never);
    assert.equal(fase1(s, "zienswijze").magOverslaan, true);
    // A call names one phase: steps of phase 1 cannot be booked on phase 0.
    loop(s, { stop: (t) => t.stapId.endsWith("/contact-pob") && t.fase === 1 });
    s.weiger("ongeldige-invoer", {
      type: "TelefonischContactVastleggen",
      actor: RCCB,
      van: { naam: "RCCB", rol: "rccb-medewerker", organisatieId: "politie-re03-rccb", telefoon: null },
      aan: { naam: "LE-POB", rol: "le-pob", organisatieId: "politie-le-pob", telefoon: null },
      op: s.nu,
      afspraken: "x",
      taakIds: [fase1(s, "contact-pob").id],
      fase: 0,
    });
  });
});
