// The inbox: recipients resolved per user in the writer's transaction, each user sees and
// marks only their own messages, mail queued alongside; the beheerder's outbox overview and
// putting a failed message back in the queue.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { perEngine } from "../../../test/support/database.ts";
import { ontvangers, zetInInbox } from "../../db/inbox.ts";
import { outboxLijst } from "../../db/outbox.ts";
import { proefApp, proefDatabase } from "./proefapp.ts";

perEngine("inbox en outbox-overzicht", (engine) => {
  let d: Awaited<ReturnType<typeof proefDatabase>>;
  let t: Awaited<ReturnType<typeof proefApp>>;

  before(async () => {
    d = await proefDatabase(engine);
    t = await proefApp(d.database);
    // One user without an address (gets the inbox message only) and one with a real-looking one.
    await d.database.db
      .updateTable("gebruikers")
      .set({ email: "burgemeester@utrecht.test" })
      .where("gebruikersnaam", "=", "demo-burgemeester")
      .execute();
    await d.database.db
      .updateTable("gebruikers")
      .set({ email: null })
      .where("gebruikersnaam", "=", "demo-regioburgemeester")
      .execute();
  });
  after(async () => {
    await t.app.close();
    await d.opruimen();
  });

  test("ontvangers: per gebruiker, per organisatie, per rol binnen een organisatie; elk één keer", async () => {
    const db = d.database.db;
    const alleLocc = await ontvangers(db, [{ organisatieId: "locc" }]);
    const piket = await ontvangers(db, [{ organisatieId: "locc", rol: "locc-piket" }]);
    assert.ok(alleLocc.length >= 2, "piket en beheerder zitten bij het LOCC");
    assert.equal(piket.length, 1);
    const dubbel = await ontvangers(db, [
      { organisatieId: "locc", rol: "locc-piket" },
      { gebruikerId: piket[0]!.id },
      { organisatieId: "locc" },
    ]);
    assert.equal(dubbel.length, alleLocc.length);
    assert.deepEqual(await ontvangers(db, [{ organisatieId: "locc", rol: "burgemeester" }]), []);
  });

  test("zetInInbox: iedere ontvanger een eigen melding, mail aan wie een adres heeft, alles in de transactie", async () => {
    await assert.rejects(
      d.database.db.transaction().execute(async (trx) => {
        await zetInInbox(trx, { aan: [{ organisatieId: "gm0344" }], titel: "nooit", tekst: "x", mail: {} });
        throw new Error("teruggedraaid");
      }),
    );
    const res = await d.database.db.transaction().execute((trx) =>
      zetInInbox(trx, {
        aan: [{ organisatieId: "gm0344" }, { organisatieId: "locc", rol: "locc-piket" }],
        titel: "Nieuw verzoek om bijstand",
        tekst: "Verzoek B-2026-VR09-0007 is ingediend.",
        soort: "taak",
        link: "/aanvragen/7",
        onderwerpSoort: "aanvraag",
        onderwerpId: "7",
        mail: { onderwerp: "[Knooppunt] Nieuw verzoek B-2026-VR09-0007", sleutel: "aanvraag-7-ingediend" },
      }),
    );
    // gm0344 holds the burgemeester and regioburgemeester demo users; plus the piket.
    assert.equal(res.gebruikers.length, 3);
    assert.equal(res.meldingIds.length, 3);
    assert.equal(res.mailIds.length, 2, "de regioburgemeester heeft geen adres");
    const mails = await outboxLijst(d.database.db);
    assert.equal(mails.length, 2, "de teruggedraaide transactie liet geen mail achter");
    assert.deepEqual(
      mails.map((m) => m.gegevens).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      [
        {
          aan: ["burgemeester@utrecht.test"],
          onderwerp: "[Knooppunt] Nieuw verzoek B-2026-VR09-0007",
          tekst: "Verzoek B-2026-VR09-0007 is ingediend.",
        },
        {
          aan: ["demo-locc-piket@demo.knooppunt.local"],
          onderwerp: "[Knooppunt] Nieuw verzoek B-2026-VR09-0007",
          tekst: "Verzoek B-2026-VR09-0007 is ingediend.",
        },
      ],
    );
    assert.ok(mails.every((m) => m.sleutel?.startsWith("aanvraag-7-ingediend:")));
  });

  test("GET /meldingen: alleen de eigen, nieuwste eerst, met het aantal ongelezen", async () => {
    const bm = await t.als("demo-burgemeester");
    const ozi = await t.als("demo-ozi");
    const r = await bm.vraag("GET", "/api/v1/meldingen");
    assert.equal(r.statusCode, 200);
    const b = r.json();
    assert.equal(b.meldingen.length, 1);
    assert.equal(b.ongelezen, 1);
    assert.equal(b.meldingen[0].titel, "Nieuw verzoek om bijstand");
    assert.equal(b.meldingen[0].link, "/aanvragen/7");
    assert.equal(b.meldingen[0].gelezen, null);
    const leeg = (await ozi.vraag("GET", "/api/v1/meldingen")).json();
    assert.deepEqual(leeg, { meldingen: [], ongelezen: 0 });
  });

  test("POST /meldingen/:id/gelezen: eigen melding wel, andermans niet (404), met audit", async () => {
    const bm = await t.als("demo-burgemeester");
    const rbm = await t.als("demo-regioburgemeester");
    const eigen = (await bm.vraag("GET", "/api/v1/meldingen")).json().meldingen[0].id as string;
    const vreemd = await rbm.vraag("POST", `/api/v1/meldingen/${eigen}/gelezen`);
    assert.equal(vreemd.statusCode, 404);
    assert.equal(vreemd.json().code, "niet-gevonden");
    const ok = await bm.vraag("POST", `/api/v1/meldingen/${eigen}/gelezen`);
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json(), { gelezen: [eigen] });
    const nogmaals = await bm.vraag("POST", `/api/v1/meldingen/${eigen}/gelezen`);
    assert.deepEqual(nogmaals.json(), { gelezen: [] });
    const na = (await bm.vraag("GET", "/api/v1/meldingen")).json();
    assert.equal(na.ongelezen, 0);
    assert.ok(na.meldingen[0].gelezen);
    assert.equal((await bm.vraag("GET", "/api/v1/meldingen?ongelezen=true")).json().meldingen.length, 0);
    const regio = (await rbm.vraag("GET", "/api/v1/meldingen")).json();
    assert.equal(regio.ongelezen, 1, "de regioburgemeester heeft zijn eigen, ongelezen exemplaar");
    const audit = await d.database.db
      .selectFrom("audit_records")
      .selectAll()
      .where("actie", "=", "melding.gelezen")
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.onderwerp_id, eigen);
    assert.equal((await bm.vraag("POST", "/api/v1/meldingen/geen-uuid/gelezen")).statusCode, 400);
  });

  test("POST /meldingen/gelezen: alles van mij gelezen", async () => {
    const rbm = await t.als("demo-regioburgemeester");
    const r = await rbm.vraag("POST", "/api/v1/meldingen/gelezen");
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().gelezen.length, 1);
    assert.equal((await rbm.vraag("GET", "/api/v1/meldingen")).json().ongelezen, 0);
  });

  test("outbox-overzicht en opnieuw proberen: alleen de beheerder", async () => {
    const beheer = await t.als("demo-beheerder");
    const piket = await t.als("demo-locc-piket");
    assert.equal((await piket.vraag("GET", "/api/v1/outbox")).statusCode, 403);
    const m = (await outboxLijst(d.database.db)).find((r) =>
      (r.gegevens as { aan: string[] }).aan.includes("burgemeester@utrecht.test"),
    );
    await d.database.db
      .updateTable("outbox")
      .set({ status: "mislukt", pogingen: 10, laatste_fout: "SMTP 550: Mailbox bestaat niet" })
      .where("id", "=", m!.id)
      .execute();
    const lijst = (await beheer.vraag("GET", "/api/v1/outbox?status=mislukt")).json();
    assert.equal(lijst.telling.mislukt, 1);
    assert.equal(lijst.berichten.length, 1);
    assert.deepEqual(
      {
        aan: lijst.berichten[0].aan,
        pogingen: lijst.berichten[0].pogingen,
        laatsteFout: lijst.berichten[0].laatsteFout,
      },
      { aan: ["burgemeester@utrecht.test"], pogingen: 10, laatsteFout: "SMTP 550: Mailbox bestaat niet" },
    );
    const opnieuw = await beheer.vraag("POST", `/api/v1/outbox/${m!.id}/opnieuw`);
    assert.equal(opnieuw.statusCode, 200, opnieuw.body);
    const na = (await outboxLijst(d.database.db)).find((r) => r.id === m!.id);
    assert.equal(na?.status, "wachtend");
    assert.equal(na?.pogingen, 0);
    const weer = await beheer.vraag("POST", `/api/v1/outbox/${m!.id}/opnieuw`);
    assert.equal(weer.statusCode, 422, "alleen een mislukt bericht");
  });
});
