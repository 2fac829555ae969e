// A water-cannon exercise over HTTP on both engines (fp toelichting 2, ADR 0621): created from the
// wegwijzer's exercise advice without gezag, walked to closure by RCCB and LOCC, listed and printed
// as an exercise, and never sent to a mayor. An actual deployment still needs its gezag.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import type { Aanvraag } from "../../domain/aanvragen/index.ts";
import { taakVoorStap as taak, volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";

const W = "politie-2-waterwerper";
const gegevens = () => volledigeGegevens(procedure(W), ["gm0344"]);

perEngine("aanvragen: oefening met de waterwerper", (engine) => {
  let t: TestApp;
  let rccb: TestClient;
  let locc: TestClient;
  let bm: TestClient;

  before(async () => {
    t = await testApp(engine);
    [rccb, locc, bm] = await Promise.all([
      t.als("demo-rccb-medewerker"),
      t.als("demo-locc-piket"),
      t.als("demo-burgemeester"),
    ]);
  });
  after(() => t.sluit());

  async function doe(c: TestClient, a: Aanvraag, body: Record<string, unknown>): Promise<Aanvraag> {
    const r = await c.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
      verwachteVersie: a.versie,
      ...body,
    });
    assert.equal(r.statusCode, 200, `${body.type}: ${r.body}`);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  test("uit het oefen-advies, zonder gezag, tot afsluiting; lijst en PDF zeggen oefening; geen bericht aan de burgemeester", async () => {
    const advies = await rccb.vraag("POST", "/api/v1/routing", {
      sector: "politie",
      provider: "middelen-jenv",
      means: "waterwerper",
      exercise: true,
    });
    assert.equal(advies.statusCode, 200, advies.body);
    assert.equal(advies.json().procedureId, W);

    // The advice's question says exercise: contradicting it is refused.
    const tegen = await rccb.vraag("POST", "/api/v1/aanvragen", {
      advies: advies.json(),
      oefening: false,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
    });
    assert.equal(tegen.statusCode, 422, tegen.body);
    assert.equal(tegen.json().veld ?? tegen.json().velden?.[0]?.veld, "oefening");

    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      advies: advies.json(),
      veiligheidsregioId: "vr09",
      spoed: false,
      gegevens: gegevens(),
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    assert.equal(a.oefening, true);
    assert.equal(a.gezag, null);
    // "Mijn taken" marks it as an exercise too.
    const mijn = (await rccb.vraag("GET", "/api/v1/mijn-taken")).json() as {
      taken: { aanvraagId: string; oefening: boolean }[];
    };
    const hier = mijn.taken.filter((x) => x.aanvraagId === a.id);
    assert.ok(hier.length > 0, "de RCCB heeft een taak in de oefening");
    assert.ok(
      hier.every((x) => x.oefening === true),
      "mijn taken noemt de oefening",
    );

    a = await doe(rccb, a, { type: "StapAfronden", taakId: taak(a, "contact-locc").id });
    a = await doe(rccb, a, { type: "StapAfronden", taakId: taak(a, "formulier").id });
    // Filed: it stays an exercise.
    const wissel = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
      verwachteVersie: a.versie,
      type: "ConceptBijwerken",
      wijzigingen: {},
      oefening: false,
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
    });
    assert.equal(wissel.statusCode, 409, wissel.body);
    a = await doe(locc, a, {
      type: "Toetsen",
      taakId: taak(a, "toetsen").id,
      uitkomst: "goedkeuren",
      redenen: ["Oefening past."],
    });
    a = await doe(locc, a, { type: "StapAfronden", taakId: taak(a, "beheersorganisatie").id });
    a = await doe(locc, a, { type: "InzetStarten" });
    a = await doe(locc, a, { type: "Demobiliseren" });
    a = await doe(locc, a, {
      type: "Afsluiten",
      werkelijkeKosten: { bedragCent: 0, toelichting: "Oefening." },
    });
    assert.equal(a.status, "afgesloten");

    const lijst = (await rccb.vraag("GET", "/api/v1/aanvragen")).json() as {
      aanvragen: { id: string; oefening: boolean }[];
    };
    assert.equal(lijst.aanvragen.find((x) => x.id === a.id)?.oefening, true);

    // The mayor of the exercise's municipality neither sees it nor got mail about it.
    assert.equal((await bm.vraag("GET", `/api/v1/aanvragen/${a.id}`)).statusCode, 404);
    const mails = await t.database.db.selectFrom("outbox").select("gegevens").execute();
    const aanBm = mails.filter((m) => {
      const g = m.gegevens as { aan?: string[]; onderwerp?: string };
      return (
        g.aan?.includes("demo-burgemeester@demo.knooppunt.local") && g.onderwerp?.includes(a.referentienummer)
      );
    });
    assert.deepEqual(aanBm, []);
    assert.ok(
      mails.some((m) => (m.gegevens as { onderwerp?: string }).onderwerp?.includes(a.referentienummer)),
      "wel mail aan anderen (LOCC, RCCB)",
    );

    const pdf = await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}/formulier.pdf`);
    assert.equal(pdf.statusCode, 200);
    const map = mkdtempSync(join(tmpdir(), "oefening-"));
    writeFileSync(join(map, "f.pdf"), pdf.rawPayload);
    const tekst = execFileSync("pdftotext", [join(map, "f.pdf"), "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
    assert.match(tekst, /Bevoegd gezag niet nodig — oefening \(factsheet politie §2\)/);
  });

  test("een daadwerkelijke inzet zonder gezag, en oefening bij een andere procedure: 422 met het veld", async () => {
    const zonder = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: W,
      veiligheidsregioId: "vr09",
      spoed: false,
      gegevens: gegevens(),
    });
    assert.equal(zonder.statusCode, 422, zonder.body);
    assert.match(zonder.json().detail, /daadwerkelijke inzet.*bevoegd gezag/);

    const anders = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: "politie-3-kmar-oo",
      oefening: true,
      veiligheidsregioId: "vr09",
      spoed: false,
    });
    assert.equal(anders.statusCode, 422, anders.body);
    assert.match(anders.json().detail, /^oefening: .*toelichting 2/);

    // On a draft: an actual deployment becomes an exercise and the gezag goes.
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: W,
      veiligheidsregioId: "vr09",
      gezag: { rol: "officier-van-justitie", naam: "mr. B. Officier" },
      spoed: false,
    });
    assert.equal(r.statusCode, 201, r.body);
    const a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    assert.equal(a.oefening, false);
    const na = await doe(rccb, a, { type: "ConceptBijwerken", wijzigingen: {}, oefening: true });
    assert.equal(na.oefening, true);
    assert.equal(na.gezag, null);
  });
});
