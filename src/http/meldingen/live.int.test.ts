// Live updates over SSE on a listening server: only what the user may see, only after commit,
// heartbeats, no leaked subscribers, a clean shutdown with open streams, and — on PostgreSQL —
// an event published by one service instance arriving on another instance's stream.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { perEngine } from "../../../test/support/database.ts";
import { type Database, openDatabase } from "../../db/database.ts";
import { zetInInbox } from "../../db/inbox.ts";
import { publiceer, type Zichtbaarheid } from "../kern/live.ts";
import { proefApp, proefDatabase, sseLezer, wacht } from "./proefapp.ts";

perEngine("live (SSE)", (engine) => {
  let d: Awaited<ReturnType<typeof proefDatabase>>;
  let a: Awaited<ReturnType<typeof proefApp>>;
  let url: string;
  const open: { sluit(): void }[] = [];

  const publiceerVia = (database: Database, kanaal: string, data: unknown, z: Zichtbaarheid) =>
    database.db.transaction().execute((trx) => publiceer(trx, kanaal, data, z));

  async function lezer(gebruikersnaam: string, basis = url, app = a) {
    const c = await app.als(gebruikersnaam);
    const l = await sseLezer(basis, c.cookie);
    open.push(l);
    await l.wachtOp(() => l.gebeurtenissen.some((g) => g.event === "verbonden"), 5000, "verbonden");
    return { ...c, l };
  }

  before(async () => {
    d = await proefDatabase(engine);
    a = await proefApp(d.database, { config: { liveHartslagSeconden: 1 } });
    await a.app.listen({ port: 0, host: "127.0.0.1" });
    url = `http://127.0.0.1:${(a.app.server.address() as { port: number }).port}`;
  });
  after(async () => {
    for (const l of open) l.sluit();
    await a.app.close();
    await d.opruimen();
  });

  test("zonder sessie: 401, geen stroom", async () => {
    const r = await a.app.inject({ method: "GET", url: "/api/v1/live" });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().code, "niet-ingelogd");
  });

  test("alleen wat de gebruiker mag zien, pas na commit, in volgorde", async () => {
    const bm = await lezer("demo-burgemeester"); // gm0344
    const piket = await lezer("demo-locc-piket"); // locc
    assert.equal(bm.l.status, 200);
    assert.match(String(bm.l.headers["content-type"]), /^text\/event-stream/);
    assert.equal(bm.l.headers["cache-control"], "no-cache, no-transform");

    await assert.rejects(
      d.database.db.transaction().execute(async (trx) => {
        await publiceer(trx, "aanvraag", { n: 0 }, { iedereen: true });
        throw new Error("teruggedraaid");
      }),
    );
    await publiceerVia(d.database, "aanvraag", { n: 1 }, { organisatieIds: ["gm0344"] });
    await publiceerVia(d.database, "aanvraag", { n: 2 }, { rollen: ["locc-piket"] });
    await publiceerVia(d.database, "aanvraag", { n: 3 }, { gebruikerIds: [bm.gebruiker.id] });
    await publiceerVia(d.database, "aanvraag", { n: 4 }, {});
    await publiceerVia(d.database, "taak", { n: 5 }, { iedereen: true });

    const van = (l: typeof bm.l) => l.gebeurtenissen.filter((g) => g.event !== "verbonden");
    await bm.l.wachtOp(() => van(bm.l).length >= 3);
    await piket.l.wachtOp(() => van(piket.l).length >= 2);
    await wacht(100);
    assert.deepEqual(van(bm.l), [
      { event: "aanvraag", data: { n: 1 } },
      { event: "aanvraag", data: { n: 3 } },
      { event: "taak", data: { n: 5 } },
    ]);
    assert.deepEqual(van(piket.l), [
      { event: "aanvraag", data: { n: 2 } },
      { event: "taak", data: { n: 5 } },
    ]);
    bm.l.sluit();
    piket.l.sluit();
  });

  test("een nieuwe melding in de inbox komt live binnen bij de ontvanger", async () => {
    const bm = await lezer("demo-burgemeester");
    await d.database.db.transaction().execute((trx) =>
      zetInInbox(trx, {
        aan: [{ organisatieId: "gm0344", rol: "burgemeester" }],
        titel: "Ondertekening gevraagd",
        tekst: "Verzoek B-2026-VR09-0001 wacht op uw handtekening.",
        soort: "taak",
        onderwerpSoort: "aanvraag",
        onderwerpId: "a1",
      }),
    );
    await bm.l.wachtOp(() => bm.l.gebeurtenissen.some((g) => g.event === "melding"));
    assert.deepEqual(bm.l.gebeurtenissen.find((g) => g.event === "melding")?.data, {
      soort: "taak",
      onderwerpSoort: "aanvraag",
      onderwerpId: "a1",
    });
    bm.l.sluit();
  });

  test("hartslag als commentaarregel", async () => {
    const x = await lezer("demo-ozi");
    await x.l.wachtOp(() => x.l.commentaren >= 1, 3000, "hartslag");
    assert.ok(x.l.commentaren >= 1);
    x.l.sluit();
  });

  test("een weggevallen client laat geen abonnee achter", async () => {
    await wacht(50);
    const voor = a.app.live.aantal;
    const ls = await Promise.all([lezer("demo-ncc"), lezer("demo-ifv"), lezer("demo-ncc")]);
    assert.equal(a.app.live.aantal, voor + 3);
    for (const x of ls) x.l.sluit();
    const einde = Date.now() + 3000;
    while (a.app.live.aantal !== voor && Date.now() < einde) await wacht(20);
    assert.equal(a.app.live.aantal, voor);
    // Publishing to nobody-listening still works.
    await publiceerVia(d.database, "taak", {}, { iedereen: true });
  });

  test("uitloggen beëindigt de stroom bij de volgende sessiecontrole", async () => {
    const x = await lezer("demo-ifv");
    const y = await lezer("demo-ncc");
    const r = await x.vraag("DELETE", "/api/v1/sessie");
    assert.equal(r.statusCode, 204);
    await a.app.live.sessiecontrole();
    await x.l.wachtOp(() => x.l.gesloten, 2000, "einde van de stroom");
    assert.equal(x.l.gebeurtenissen.at(-1)?.event, "sessie-verlopen");
    assert.equal(y.l.gesloten, false);
    y.l.sluit();
  });

  test("te grote gebeurtenis of ongeldige kanaalnaam wordt geweigerd", async () => {
    await assert.rejects(
      publiceerVia(d.database, "x", { tekst: "a".repeat(8000) }, { iedereen: true }),
      /te groot/,
    );
    await assert.rejects(
      publiceerVia(d.database, "Geen Naam", {}, { iedereen: true }),
      /ongeldige kanaalnaam/,
    );
  });

  if (engine === "postgres") {
    test("twee service-instanties: gepubliceerd in de een, ontvangen via de SSE-stroom van de ander", async () => {
      const tweedeDb = await openDatabase({ databaseUrl: d.url, poolSize: 4 });
      const b = await proefApp(tweedeDb, { config: { liveHartslagSeconden: 1 } });
      await b.app.listen({ port: 0, host: "127.0.0.1" });
      const urlB = `http://127.0.0.1:${(b.app.server.address() as { port: number }).port}`;
      try {
        const opB = await lezer("demo-burgemeester", urlB, b);
        const opA = await lezer("demo-burgemeester", url, a);
        // A raw publish on instance A's database...
        await publiceerVia(d.database, "aanvraag", { via: "A" }, { organisatieIds: ["gm0344"] });
        // ...and a real API change on instance A (an inbox message marked read).
        const ids = await d.database.db
          .transaction()
          .execute((trx) =>
            zetInInbox(trx, { aan: [{ gebruikerId: opB.gebruiker.id }], titel: "t", tekst: "x" }),
          );
        const r = await opA.vraag("POST", `/api/v1/meldingen/${ids.meldingIds[0]}/gelezen`);
        assert.equal(r.statusCode, 200, r.body);
        await opB.l.wachtOp(() => opB.l.gebeurtenissen.some((g) => g.event === "melding.gelezen"));
        assert.deepEqual(
          opB.l.gebeurtenissen.filter((g) => g.event !== "verbonden").map((g) => g.event),
          ["aanvraag", "melding", "melding.gelezen"],
        );
        assert.deepEqual(opB.l.gebeurtenissen[1]?.data, { via: "A" });
        assert.ok(b.app.live.ontvangen >= 3);
      } finally {
        await b.app.close();
        await tweedeDb.close();
      }
    });
  }

  test("afsluiten met open stromen: de server wacht er niet op, de stroom eindigt", async () => {
    const eigen = await proefApp(d.database, { config: { liveHartslagSeconden: 0 } });
    await eigen.app.listen({ port: 0, host: "127.0.0.1" });
    const u = `http://127.0.0.1:${(eigen.app.server.address() as { port: number }).port}`;
    const x = await lezer("demo-ncc", u, eigen);
    const begin = Date.now();
    await eigen.app.close();
    assert.ok(Date.now() - begin < 2000, `sluiten duurde ${Date.now() - begin} ms`);
    await x.l.wachtOp(() => x.l.gesloten, 2000, "einde van de stroom");
    assert.equal(eigen.app.live.aantal, 0);
  });
});
