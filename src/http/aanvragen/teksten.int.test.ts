// The words people read: notification titles that name the reference number once, in-app texts
// without raw paths, mails with the whole address, and a timeline with step actions and names
// instead of ids (the same texts on both engines).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import type { Aanvraag } from "../../domain/aanvragen/index.ts";
import { volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";

const KMAR = "politie-3-kmar-oo";

perEngine("aanvraag teksten", (engine) => {
  let t: TestApp;
  let rccb: TestClient;

  before(async () => {
    t = await testApp(engine);
    rccb = await t.als("demo-rccb-medewerker");
  });
  after(() => t.sluit());

  test("titles, in-app texts, mails and timeline", async () => {
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    for (const stap of ["vooroverleg-kmar", "contact-locc"]) {
      const taak = a.taken.find((x) => x.stapId.endsWith(`/${stap}`));
      const c = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
        type: "StapAfronden",
        taakId: taak?.id,
        verwachteVersie: a.versie,
      });
      assert.equal(c.statusCode, 200, c.body);
      a = (c.json() as { aanvraag: Aanvraag }).aanvraag;
    }
    const ref = a.referentienummer;
    const meldingen = await t.database.db
      .selectFrom("meldingen")
      .select(["titel", "tekst", "link"])
      .where("onderwerp_id", "=", a.id)
      .execute();
    assert.ok(meldingen.length > 0);
    for (const m of meldingen) {
      assert.equal(m.titel.split(ref).length - 1, 1, `"${m.titel}" noemt het referentienummer één keer`);
      assert.ok(!m.tekst.includes("/aanvragen/"), `geen pad in de app-tekst: ${m.tekst}`);
      assert.equal(m.link, `/aanvragen/${a.id}`);
      assert.match(m.tekst, /Status: [a-z ]+\./);
    }
    const mails = await t.database.db.selectFrom("outbox").select(["gegevens", "sleutel"]).execute();
    const eigen = mails
      .filter((m) => m.sleutel?.startsWith(`aanvraag:${a.id}:`))
      .map(
        (m) =>
          (typeof m.gegevens === "string" ? JSON.parse(m.gegevens) : m.gegevens) as Record<string, string>,
      );
    assert.ok(eigen.length > 0);
    for (const m of eigen) {
      const tekst = JSON.stringify(m);
      assert.ok(tekst.includes(`${t.app.deps.config.publicUrl}/aanvragen/${a.id}`), tekst);
    }

    const tl = (await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}/tijdlijn`)).json() as {
      tijdlijn: { type: string; omschrijving: string }[];
    };
    const afgerond = tl.tijdlijn.filter((x) => x.type === "StapAfgerond").map((x) => x.omschrijving);
    assert.equal(afgerond.length, 2);
    for (const o of afgerond) assert.ok(!/"(vooroverleg-kmar|contact-locc)"/.test(o), o);
    assert.ok(
      afgerond.some((o) => o.includes("RCCB")),
      afgerond.join(" | "),
    );
    const aangemaakt = tl.tijdlijn.find((x) => x.type === "AanvraagAangemaakt")?.omschrijving ?? "";
    assert.ok(aangemaakt.includes(procedure(KMAR).titel), aangemaakt);
  });

  test("an open-ended period stays open (null is not coerced to an empty string)", async () => {
    const g = volledigeGegevens(procedure(KMAR), ["gm0344"]);
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: { ...g, periode: { van: "2030-01-01T10:00:00.000Z", tot: null } },
    });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal((r.json() as { aanvraag: Aanvraag }).aanvraag.gegevens.periode?.tot, null);
  });
});
