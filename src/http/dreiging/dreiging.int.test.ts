// Dreigingsniveau 5 over HTTP with the demo users, on both engines (ADR 0800): the NCTV announces
// and lowers, the mayor's measure outlives the lowering until he ends it himself.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DEMO_WACHTWOORD, type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import type { Engine } from "../../db/database.ts";
import { voegGebruikerToe } from "../../db/gebruikers.ts";
import { hashWachtwoord } from "../kern/wachtwoord.ts";

interface Overzicht {
  stand: { niveau: number | null; versie: number };
  wijzigingen: { id: string; soort: string; naarNiveau: number; informatieOpen: boolean; versie: number }[];
  maatregelen: {
    id: string;
    gezagOrganisatie: { id: string };
    omschrijving: string;
    vanKracht: boolean;
    nogVanKrachtNaVerlaging: boolean;
    magBeeindigen: boolean;
    communicatie: string | null;
    versie: number;
  }[];
  maatregelenVan: string;
  rechten: { niveauWijzigen: boolean; maatregelNemen: boolean };
}

const velden = (body: string) => (JSON.parse(body).velden ?? []).map((v: { veld: string }) => v.veld);
const eenUurGeleden = () => new Date(Date.now() - 3_600_000).toISOString();

perEngine("dreigingsniveau", (engine: Engine) => {
  let t: TestApp;
  let nctv: TestClient;
  let bm: TestClient;
  let locc: TestClient;
  let auditor: TestClient;
  let bmAmersfoort: TestClient;

  before(async () => {
    t = await testApp(engine);
    // A second mayor (Amersfoort): the demo has one user per role.
    const hash = await hashWachtwoord(DEMO_WACHTWOORD);
    await t.database.db.transaction().execute((trx) =>
      voegGebruikerToe(trx, {
        gebruikersnaam: "bm-amersfoort",
        naam: "Burgemeester Amersfoort",
        email: null,
        organisatieId: "gm0307",
        rollen: ["burgemeester"],
        wachtwoordHash: hash,
      }),
    );
    [nctv, bm, locc, auditor, bmAmersfoort] = await Promise.all([
      t.als("demo-nctv-dreiging"),
      t.als("demo-burgemeester"),
      t.als("demo-locc-piket"),
      t.als("demo-auditor"),
      t.als("bm-amersfoort"),
    ]);
  });
  after(async () => {
    await t?.sluit();
  });

  const lees = async (c: TestClient) => {
    const r = await c.vraag("GET", "/api/v1/dreiging");
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as Overzicht;
  };
  const acties = async () =>
    (
      await t.database.db
        .selectFrom("audit_records")
        .select("actie")
        .where("actie", "like", "dreiging%")
        .orderBy("volgnummer")
        .execute()
    ).map((r) => r.actie);

  describe("van niveau 4 naar 5 en terug, met een maatregel die blijft", () => {
    let maatregelId = "";

    test("gegeven de demo op niveau 4, wanneer de NCTV 5 afkondigt zonder duiding en oproep, dan noemt de fout beide velden", async () => {
      const o = await lees(nctv);
      assert.equal(o.stand.niveau, 4);
      assert.equal(o.rechten.niveauWijzigen, true);
      const r = await nctv.vraag("POST", "/api/v1/dreiging/afkondigen", {
        verwachteVersie: o.stand.versie,
        niveau: 5,
      });
      assert.equal(r.statusCode, 400, r.body);
      assert.deepEqual(velden(r.body), ["duiding", "oproepBurgers"]);
      assert.match(JSON.parse(r.body).detail, /eerste duiding/);
    });

    test("alleen de NCTV kondigt af: de burgemeester en de CBB van de NCTV krijgen 403", async () => {
      const cbb = await t.als("demo-nctv-cbb");
      for (const c of [bm, cbb, auditor]) {
        const r = await c.vraag("POST", "/api/v1/dreiging/afkondigen", {
          verwachteVersie: 1,
          niveau: 5,
          duiding: "x",
          oproepBurgers: "y",
        });
        assert.equal(r.statusCode, 403, r.body);
      }
    });

    test("de NCTV kondigt 5 af met duiding en oproep; een verouderde versie geeft 409 met de stand", async () => {
      const o = await lees(nctv);
      const body = {
        verwachteVersie: o.stand.versie,
        niveau: 5,
        duiding: "Aanslag op het Centraal Station Utrecht; daders voortvluchtig.",
        oproepBurgers: "Volg de aanwijzingen van het lokaal gezag op.",
      };
      const r = await nctv.vraag("POST", "/api/v1/dreiging/afkondigen", body);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal((r.json() as Overzicht).stand.niveau, 5);
      const oud = await nctv.vraag("POST", "/api/v1/dreiging/afkondigen", body);
      assert.equal(oud.statusCode, 409, oud.body);
      assert.equal(oud.json().huidig.stand.niveau, 5);
      assert.equal(oud.json().huidigeVersie, o.stand.versie + 1);
    });

    test("de burgemeester legt 'scholen sluiten' vast voor zijn gemeente; een herhaalde klik (zelfde Idempotency-Key) doet het één keer", async () => {
      const kop = { "idempotency-key": "scholen-1" };
      const body = { omschrijving: "Alle scholen in Utrecht zijn gesloten", voorbeeld: "scholen-sluiten" };
      const r1 = await bm.vraag("POST", "/api/v1/dreiging/maatregelen", body, kop);
      assert.equal(r1.statusCode, 201, r1.body);
      const r2 = await bm.vraag("POST", "/api/v1/dreiging/maatregelen", body, kop);
      assert.equal(r2.statusCode, 201, r2.body);
      assert.equal(r2.headers["idempotent-replayed"], "true");
      const o = await lees(bm);
      assert.equal(o.maatregelen.length, 1);
      const m = o.maatregelen[0]!;
      assert.equal(m.gezagOrganisatie.id, "gm0344");
      assert.equal(m.magBeeindigen, true);
      maatregelId = m.id;
    });

    test("een eigen maatregel buiten de voorbeelden mag; een leeg veld of onbekend voorbeeld wordt bij naam geweigerd; de NCTV legt geen maatregel vast", async () => {
      const leeg = await bm.vraag("POST", "/api/v1/dreiging/maatregelen", {
        omschrijving: " ",
        voorbeeld: "stadion",
      });
      assert.equal(leeg.statusCode, 400, leeg.body);
      assert.deepEqual(velden(leeg.body), ["omschrijving", "voorbeeld"]);
      const nctvMaatregel = await nctv.vraag("POST", "/api/v1/dreiging/maatregelen", { omschrijving: "x" });
      assert.equal(nctvMaatregel.statusCode, 403, nctvMaatregel.body);
      const eigen = await bmAmersfoort.vraag("POST", "/api/v1/dreiging/maatregelen", {
        omschrijving: "Extra cameratoezicht op het stationsplein",
      });
      assert.equal(eigen.statusCode, 201, eigen.body);
      // Each mayor sees his own; the LOCC and the auditor see both.
      assert.equal((await lees(bm)).maatregelen.length, 1);
      assert.equal((await lees(bmAmersfoort)).maatregelen.length, 1);
      assert.equal((await lees(locc)).maatregelen.length, 2);
      assert.equal((await lees(auditor)).maatregelenVan, "alle");
    });

    test("een andere burgemeester beëindigt de maatregel van Utrecht niet (404), en de auditor ook niet (403)", async () => {
      const body = { verwachteVersie: 1, communicatie: "x" };
      const r = await bmAmersfoort.vraag(
        "POST",
        `/api/v1/dreiging/maatregelen/${maatregelId}/beeindigen`,
        body,
      );
      assert.equal(r.statusCode, 404, r.body);
      const a = await auditor.vraag("POST", `/api/v1/dreiging/maatregelen/${maatregelId}/beeindigen`, body);
      assert.equal(a.statusCode, 403, a.body);
    });

    test("afschalen zonder overleg noemt de overlegvelden; een politie-eenheid is geen overlegpartner", async () => {
      const o = await lees(nctv);
      const r = await nctv.vraag("POST", "/api/v1/dreiging/afschalen", {
        verwachteVersie: o.stand.versie,
        niveau: 4,
        overleg: { met: [], moment: eenUurGeleden(), samenvatting: "" },
      });
      assert.equal(r.statusCode, 400, r.body);
      assert.deepEqual(velden(r.body), ["overleg.met", "overleg.samenvatting"]);
      const p = await nctv.vraag("POST", "/api/v1/dreiging/afschalen", {
        verwachteVersie: o.stand.versie,
        niveau: 4,
        overleg: { met: ["politie-re03"], moment: eenUurGeleden(), samenvatting: "x" },
      });
      assert.equal(p.statusCode, 400, p.body);
      assert.deepEqual(velden(p.body), ["overleg.met[0]"]);
      assert.equal((await lees(nctv)).stand.niveau, 5, "niets veranderd");
    });

    test("na overleg met Utrecht schaalt de NCTV af naar 4: de maatregel blijft van kracht en het informeren staat open", async () => {
      const o = await lees(nctv);
      const r = await nctv.vraag("POST", "/api/v1/dreiging/afschalen", {
        verwachteVersie: o.stand.versie,
        niveau: 4,
        overleg: {
          met: ["gm0344", "vr09"],
          moment: eenUurGeleden(),
          samenvatting: "Utrecht en VR Utrecht stemmen in.",
        },
      });
      assert.equal(r.statusCode, 200, r.body);
      const na = r.json() as Overzicht;
      assert.equal(na.stand.niveau, 4);
      const scholen = na.maatregelen.find((m) => m.id === maatregelId);
      assert.ok(scholen?.vanKracht, "de verlaging beëindigt geen maatregel");
      assert.equal(scholen?.nogVanKrachtNaVerlaging, true);
      assert.ok(na.maatregelen.every((m) => m.vanKracht));
      const afschaling = na.wijzigingen[0]!;
      assert.equal(afschaling.soort, "afschaling");
      assert.equal(afschaling.informatieOpen, true);
      const bmZiet = (await lees(bm)).maatregelen[0]!;
      assert.equal(bmZiet.nogVanKrachtNaVerlaging, true);
    });

    test("de NCTV legt vast hoe de maatschappij is geïnformeerd; daarna staat het niet meer open", async () => {
      const w = (await lees(nctv)).wijzigingen[0]!;
      const leeg = await nctv.vraag("POST", `/api/v1/dreiging/wijzigingen/${w.id}/informatie`, {
        verwachteVersie: w.versie,
        moment: new Date().toISOString(),
        tekst: "",
      });
      assert.equal(leeg.statusCode, 400, leeg.body);
      assert.deepEqual(velden(leeg.body), ["tekst"]);
      const r = await nctv.vraag("POST", `/api/v1/dreiging/wijzigingen/${w.id}/informatie`, {
        verwachteVersie: w.versie,
        moment: new Date().toISOString(),
        tekst: "Persbericht en nctv.nl: dreigingsniveau terug naar 4.",
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal((r.json() as Overzicht).wijzigingen[0]!.informatieOpen, false);
    });

    test("de burgemeester beëindigt zijn maatregel met wat hij communiceerde; twee tegelijk: één wint, de ander 409", async () => {
      const m = (await lees(bm)).maatregelen[0]!;
      const zonder = await bm.vraag("POST", `/api/v1/dreiging/maatregelen/${m.id}/beeindigen`, {
        verwachteVersie: m.versie,
        communicatie: "",
      });
      assert.equal(zonder.statusCode, 400, zonder.body);
      assert.deepEqual(velden(zonder.body), ["communicatie"]);
      const body = {
        verwachteVersie: m.versie,
        communicatie: "Scholen gaan maandag weer open (persbericht gemeente).",
      };
      const [a, b] = await Promise.all([
        bm.vraag("POST", `/api/v1/dreiging/maatregelen/${m.id}/beeindigen`, body),
        bm.vraag("POST", `/api/v1/dreiging/maatregelen/${m.id}/beeindigen`, body),
      ]);
      assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409], `${a.body} ${b.body}`);
      const na = (await lees(bm)).maatregelen[0]!;
      assert.equal(na.vanKracht, false);
      assert.equal(na.nogVanKrachtNaVerlaging, false);
      assert.match(na.communicatie ?? "", /weer open/);
    });

    test("alles staat in de audittrail, in volgorde", async () => {
      assert.deepEqual(await acties(), [
        "dreigingsniveau.afgekondigd", // demo: niveau 4
        "dreigingsniveau.afgekondigd",
        "dreiging-maatregel.genomen",
        "dreiging-maatregel.genomen",
        "dreigingsniveau.afgeschaald",
        "dreigingsniveau.maatschappij-geinformeerd",
        "dreiging-maatregel.beeindigd",
      ]);
    });
  });
});
