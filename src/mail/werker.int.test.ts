// The outbox against a real SMTP server process: delivery, rollback, a server that is down
// (retries, nothing lost, delivery once it is back), max attempts, permanent refusal, two
// workers on one table, graceful stop.
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { gemigreerdeDatabase, perEngine } from "../../test/support/database.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { type OutboxRij, outboxLijst, zetInOutbox } from "../db/outbox.ts";
import { ProefSmtp, vrijePoort } from "./proef-smtp.ts";
import type { Logboek } from "./verzender.ts";
import { type OutboxWerker, startOutboxWerker, wachttijd } from "./werker.ts";

const stil: Logboek = { info() {}, warn() {}, error() {} };
const config = (smtpUrl: string | undefined) => ({
  smtpUrl,
  mailFrom: "Knooppunt <noreply@knooppunt.test>",
  mailMaxPogingen: 10,
});
const SNEL = { pollMs: 40, basisWachtMs: 40, maxWachtMs: 200, leaseMs: 60_000 };

async function wachtTot(voorwaarde: () => Promise<boolean>, ms = 10_000, wat = "voorwaarde"): Promise<void> {
  const einde = Date.now() + ms;
  while (!(await voorwaarde())) {
    if (Date.now() > einde) throw new Error(`${wat} niet bereikt binnen ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

test("wachttijd verdubbelt per poging, begrensd, met ±20 % spreiding", () => {
  assert.equal(wachttijd(1, 1000, 60_000, 0.5), 1000);
  assert.equal(wachttijd(2, 1000, 60_000, 0.5), 2000);
  assert.equal(wachttijd(4, 1000, 60_000, 0.5), 8000);
  assert.equal(wachttijd(30, 1000, 60_000, 0.5), 60_000);
  assert.equal(wachttijd(1, 1000, 60_000, 0), 800);
  assert.equal(wachttijd(1, 1000, 60_000, 1), 1200);
});

perEngine("outbox en mail", (engine) => {
  let d: Awaited<ReturnType<typeof gemigreerdeDatabase>>;
  let smtp: ProefSmtp;
  let werkers: OutboxWerker[] = [];
  const extraDbs: Database[] = [];

  const zet = (b: {
    aan: string | string[];
    onderwerp: string;
    tekst: string;
    html?: string;
    sleutel?: string;
  }) => d.database.db.transaction().execute((trx) => zetInOutbox(trx, { soort: "mail", ...b }));
  const rijen = async (): Promise<OutboxRij[]> => outboxLijst(d.database.db, { limiet: 1000 });
  const werker = async (
    opties: Parameters<typeof startOutboxWerker>[3] = {},
    db = d.database,
    url = smtp.url,
  ) => {
    const w = await startOutboxWerker(db, config(url), stil, { ...SNEL, ...opties });
    werkers.push(w);
    return w;
  };

  before(async () => {
    d = await gemigreerdeDatabase(engine);
    smtp = new ProefSmtp(await vrijePoort());
    await smtp.start();
  });
  beforeEach(async () => {
    for (const w of werkers) await w.stop();
    werkers = [];
    await d.database.db.deleteFrom("outbox").execute();
    smtp.ontvangen.length = 0;
  });
  after(async () => {
    for (const w of werkers) await w.stop();
    for (const x of extraDbs) await x.close();
    await smtp.stop();
    await d.opruimen();
  });

  test("een mail komt aan met de juiste ontvanger, afzender, onderwerp en tekst", async () => {
    await werker();
    await zet({
      aan: ["burgemeester@utrecht.test", "piket@locc.test"],
      onderwerp: "Verzoek B-2026-VR09-0042 wacht op uw ondertekening",
      tekst: "Geachte burgemeester,\n\nHet verzoek om bijstand wacht op uw handtekening (één klik).",
      html: "<p>Het verzoek wacht op uw <b>handtekening</b>.</p>",
    });
    const [m] = await smtp.wachtOp(1);
    assert.ok(m);
    assert.deepEqual(m.aan, ["burgemeester@utrecht.test", "piket@locc.test"]);
    assert.equal(m.van, "noreply@knooppunt.test");
    assert.equal(m.onderwerp, "Verzoek B-2026-VR09-0042 wacht op uw ondertekening");
    assert.match(m.tekst, /wacht op uw handtekening \(één klik\)\./);
    assert.match(m.data, /<b>handtekening<\/b>/);
    const [r] = await rijen();
    assert.match(m.data, new RegExp(`Message-ID: <outbox-${r?.id}@knooppunt\\.test>`, "i"));
    await wachtTot(async () => (await rijen())[0]?.status === "verzonden", 5000, "status verzonden");
    const [na] = await rijen();
    assert.equal(na?.pogingen, 1);
    assert.ok(na?.verwerkt instanceof Date);
  });

  test("een teruggedraaide transactie verstuurt niets", async () => {
    await werker();
    await assert.rejects(
      d.database.db.transaction().execute(async (trx) => {
        await zetInOutbox(trx, { soort: "mail", aan: "a@b.test", onderwerp: "nooit", tekst: "x" });
        throw new Error("wijziging mislukt");
      }),
      /wijziging mislukt/,
    );
    await zet({ aan: "a@b.test", onderwerp: "wel", tekst: "y" });
    await smtp.wachtOp(1);
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(
      smtp.ontvangen.map((m) => m.onderwerp),
      ["wel"],
    );
    assert.equal((await rijen()).length, 1);
  });

  test("dezelfde sleutel komt één keer in de outbox", async () => {
    const a = await zet({ aan: "a@b.test", onderwerp: "taak 1", tekst: "x", sleutel: "taak-1-toegewezen" });
    const b = await zet({ aan: "a@b.test", onderwerp: "taak 1", tekst: "x", sleutel: "taak-1-toegewezen" });
    assert.equal(a, b);
    assert.equal((await rijen()).length, 1);
  });

  test("ongeldige ontvanger wordt geweigerd bij het wegzetten", async () => {
    await assert.rejects(zet({ aan: [], onderwerp: "x", tekst: "x" }), /ongeldige ontvanger/);
    await assert.rejects(zet({ aan: "geen-adres", onderwerp: "x", tekst: "x" }), /ongeldige ontvanger/);
  });

  test("mailserver plat: pogingen met wachttijd, niets verloren, bezorgd zodra hij terug is", async () => {
    await smtp.stop();
    try {
      // A high attempt limit: on a loaded machine the retries may run many times before the
      // server is back, and this test is about not losing mail, not about the limit.
      await werker({ maxPogingen: 1000 });
      for (let i = 1; i <= 3; i++)
        await zet({ aan: `ontvanger${i}@x.test`, onderwerp: `bericht ${i}`, tekst: `tekst ${i}` });
      await wachtTot(
        async () => (await rijen()).every((r) => r.pogingen >= 3),
        10_000,
        "drie pogingen per rij",
      );
      const tussen = await rijen();
      assert.equal(tussen.length, 3);
      for (const r of tussen) {
        assert.equal(r.status === "wachtend" || r.status === "bezig", true, `status ${r.status}`);
        assert.match(r.laatsteFout ?? "", /ECONNREFUSED|connect/i);
      }
    } finally {
      await smtp.start();
    }
    const ontvangen = await smtp.wachtOp(3, 30_000);
    await wachtTot(
      async () => (await rijen()).every((r) => r.status === "verzonden"),
      5000,
      "alles verzonden",
    );
    assert.deepEqual(ontvangen.map((m) => m.onderwerp).sort(), ["bericht 1", "bericht 2", "bericht 3"]);
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(smtp.ontvangen.length, 3, "geen dubbele bezorging");
  });

  test("na het maximum aantal pogingen: 'mislukt', met de fout erbij", async () => {
    await smtp.stop();
    try {
      await werker({ maxPogingen: 2 });
      await zet({ aan: "a@b.test", onderwerp: "geeft op", tekst: "x" });
      await wachtTot(async () => (await rijen())[0]?.status === "mislukt", 5000, "mislukt");
      const [r] = await rijen();
      assert.equal(r?.pogingen, 2);
      assert.match(r?.laatsteFout ?? "", /ECONNREFUSED|connect/i);
    } finally {
      await smtp.start();
    }
  });

  test("een definitieve weigering (SMTP 550) is meteen 'mislukt'", async () => {
    await werker();
    await zet({ aan: "niemand@weiger.invalid", onderwerp: "weg", tekst: "x" });
    await wachtTot(async () => (await rijen())[0]?.status === "mislukt", 5000, "mislukt");
    const [r] = await rijen();
    assert.equal(r?.pogingen, 1);
    assert.match(r?.laatsteFout ?? "", /^SMTP 550/);
  });

  test("twee werkers (twee instanties) bezorgen elk bericht precies één keer", async () => {
    let tweede = d.database;
    if (engine === "postgres") {
      tweede = await openDatabase({ databaseUrl: d.url, poolSize: 4 });
      extraDbs.push(tweede);
    }
    await werker({ batch: 3 });
    await werker({ batch: 3 }, tweede);
    await d.database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 30; i++)
        await zetInOutbox(trx, { soort: "mail", aan: `x${i}@y.test`, onderwerp: `massa ${i}`, tekst: "z" });
    });
    await smtp.wachtOp(30);
    await wachtTot(
      async () => (await rijen()).every((r) => r.status === "verzonden"),
      5000,
      "alles verzonden",
    );
    await new Promise((r) => setTimeout(r, 200));
    const onderwerpen = smtp.ontvangen.map((m) => m.onderwerp);
    assert.equal(onderwerpen.length, 30);
    assert.equal(new Set(onderwerpen).size, 30);
  });

  test("een claim van een gestorven werker verloopt en wordt door een ander opgepakt", async () => {
    const id = await zet({ aan: "a@b.test", onderwerp: "wees", tekst: "x" });
    // A worker claimed it and died: status 'bezig' with an expired lease.
    await d.database.db
      .updateTable("outbox")
      .set({ status: "bezig", pogingen: 1, geclaimd_tot: new Date(Date.now() - 1000) })
      .where("id", "=", id)
      .execute();
    await werker();
    const [m] = await smtp.wachtOp(1);
    assert.equal(m?.onderwerp, "wees");
    await wachtTot(async () => (await rijen())[0]?.status === "verzonden", 5000, "verzonden");
    assert.equal((await rijen())[0]?.pogingen, 2);
  });

  test("stop() wacht netjes; daarna wordt niets meer verstuurd", async () => {
    const w = await werker();
    await zet({ aan: "a@b.test", onderwerp: "voor stop", tekst: "x" });
    await smtp.wachtOp(1);
    await w.stop();
    await zet({ aan: "a@b.test", onderwerp: "na stop", tekst: "x" });
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(
      smtp.ontvangen.map((m) => m.onderwerp),
      ["voor stop"],
    );
    const status = (await rijen()).map((r) => [(r.gegevens as { onderwerp: string }).onderwerp, r.status]);
    assert.deepEqual(status, [
      ["na stop", "wachtend"],
      ["voor stop", "verzonden"],
    ]);
  });

  test("zonder SMTP_URL blijft mail in de wachtrij staan", async () => {
    const waarschuwingen: string[] = [];
    const w = await startOutboxWerker(
      d.database,
      config(undefined),
      { ...stil, warn: (_o, m) => waarschuwingen.push(m ?? "") },
      SNEL,
    );
    werkers.push(w);
    await zet({ aan: "a@b.test", onderwerp: "blijft", tekst: "x" });
    assert.equal(await w.verwerkNu(), 0);
    await new Promise((r) => setTimeout(r, 150));
    const [r] = await rijen();
    assert.equal(r?.status, "wachtend");
    assert.equal(r?.pogingen, 0);
    assert.match(waarschuwingen.join(), /SMTP_URL is niet ingesteld/);
  });
});
