// API tests of the capacity capability on both engines: who may see and change what, optimistic
// concurrency, bookings that cannot double-book under concurrency, history, CSV. The plan flow with the
// Crisisberaad's decision and the PDF: inzetplan.int.test.ts (its own database, so its TIN supply is
// only its own).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "kysely";
import { type TestApp, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { boekCapaciteit, CapaciteitFout, geefVrij } from "../../db/capaciteit.ts";

const UUR = 3_600_000;
const basis = new Date(Math.ceil(Date.now() / UUR) * UUR + 24 * UUR);
const t = (uren: number) => new Date(basis.getTime() + uren * UUR).toISOString();

const tin = (naam: string, aantal: number, lat: number, lon: number, regioId: string, reactie = 60) => ({
  typeId: "defensie-tin-peloton",
  naam,
  aantal,
  lat,
  lon,
  regioId,
  reactietijdMinuten: reactie,
  toestand: "beschikbaar",
  beschikbaarheid: [],
  contact: "DOPS piket 24/7",
});

perEngine("capaciteit API", (engine) => {
  let ta: TestApp;
  before(async () => {
    ta = await testApp(engine);
  });
  after(async () => {
    await ta?.sluit();
  });

  test("eigenaar beheert eigen items; andere organisaties en rollen niet; LOCC ziet alles", async () => {
    const dops = await ta.als("demo-defensie-dops");
    const kmar = await ta.als("demo-kmar-ccb");
    const locc = await ta.als("demo-locc-piket");
    const rccb = await ta.als("demo-rccb-medewerker");
    const burgemeester = await ta.als("demo-burgemeester");

    const r = await dops.vraag(
      "POST",
      "/api/v1/capaciteit/items",
      tin("TIN-peloton A", 2, 52.03, 5.66, "vr07"),
    );
    assert.equal(r.statusCode, 201, r.body);
    const item = r.json().item;
    assert.equal(item.organisatieId, "defensie-dops-natops");
    assert.equal(item.versie, 1);

    // KMar may not register Defence capacity, nor change Defence's item.
    const k1 = await kmar.vraag("POST", "/api/v1/capaciteit/items", tin("TIN van KMar?", 1, 52, 5, "vr09"));
    assert.equal(k1.statusCode, 403);
    assert.match(k1.json().detail, /defensie-dops/);
    const k2 = await kmar.vraag("PUT", `/api/v1/capaciteit/items/${item.id}`, {
      ...tin("x", 1, 52, 5, "vr09"),
      versie: 1,
    });
    assert.equal(k2.statusCode, 403);
    assert.match(k2.json().detail, /andere organisatie/);
    // An owner who may not see other organisations' items (the IFV) gets the same 404 as for an
    // id that does not exist: the answer does not tell it exists.
    const ifv = await ta.als("demo-ifv");
    const ander = await ifv.vraag("PUT", `/api/v1/capaciteit/items/${item.id}`, {
      ...tin("x", 1, 52, 5, "vr09"),
      versie: 1,
    });
    const onbekend = await ifv.vraag("PUT", "/api/v1/capaciteit/items/00000000-0000-4000-8000-000000000999", {
      ...tin("x", 1, 52, 5, "vr09"),
      versie: 1,
    });
    assert.equal(ander.statusCode, 404, ander.body);
    assert.deepEqual(ander.json(), onbekend.json(), "zelfde antwoord als voor een onbekend id");
    const kmarItem = await kmar.vraag("POST", "/api/v1/capaciteit/items", {
      ...tin("KMar-peloton Schiphol", 1, 52.31, 4.76, "vr12"),
      typeId: "kmar-peloton",
    });
    assert.equal(kmarItem.statusCode, 201, kmarItem.body);

    // The LOCC sees every item (also contact details); the police RCCB only its own organisation's.
    const alle = (await locc.vraag("GET", "/api/v1/capaciteit/items")).json().items;
    assert.ok(alle.some((i: { id: string }) => i.id === item.id));
    assert.ok(alle.some((i: { typeId: string }) => i.typeId === "kmar-peloton"));
    const eigen = (await rccb.vraag("GET", "/api/v1/capaciteit/items")).json().items;
    assert.deepEqual(eigen, []);
    // …but the national figures per type and region are there for the RCCB.
    const o = (await rccb.vraag("GET", "/api/v1/capaciteit/overzicht")).json();
    assert.ok(
      o.rijen.some(
        (x: { typeId: string; totaal: number }) => x.typeId === "defensie-tin-peloton" && x.totaal === 2,
      ),
    );
    assert.deepEqual(o.items, []);
    assert.equal(o.itemsVolledig, false);
    // A mayor has no part in the national overview.
    assert.equal((await burgemeester.vraag("GET", "/api/v1/capaciteit/overzicht")).statusCode, 403);
    assert.equal(
      (await locc.vraag("POST", "/api/v1/capaciteit/items", tin("x", 1, 52, 5, "vr09"))).statusCode,
      403,
    );

    // Each change is audited.
    const audit = await ta.database.db
      .selectFrom("audit_records")
      .select(["actie", "actor_naam"])
      .where("onderwerp_id", "=", item.id)
      .execute();
    assert.deepEqual(audit, [{ actie: "capaciteit.item-toegevoegd", actor_naam: "demo-defensie-dops" }]);
  });

  test("bijwerken met een verouderde versie geeft 409; het aantal verlagen onder geboekte eenheden 422", async () => {
    const dops = await ta.als("demo-defensie-dops");
    const item = (
      await dops.vraag("POST", "/api/v1/capaciteit/items", tin("TIN-peloton B", 3, 51.65, 5.62, "vr21"))
    ).json().item;
    const a = await dops.vraag("PUT", `/api/v1/capaciteit/items/${item.id}`, {
      ...tin("TIN-peloton B", 3, 51.65, 5.62, "vr21", 45),
      versie: 1,
    });
    assert.equal(a.statusCode, 200, a.body);
    assert.equal(a.json().item.versie, 2);
    const b = await dops.vraag("PUT", `/api/v1/capaciteit/items/${item.id}`, {
      ...tin("TIN-peloton B", 3, 51.65, 5.62, "vr21", 30),
      versie: 1,
    });
    assert.equal(b.statusCode, 409);
    assert.equal(b.json().code, "conflict");
    assert.match(b.json().detail, /versie 1.*versie 2/);

    await ta.database.db.transaction().execute((trx) =>
      boekCapaciteit(trx, {
        itemId: item.id,
        aantal: 3,
        aanvraagId: "AV-1",
        van: t(0),
        tot: t(4),
        soort: "inzet",
      }),
    );
    const c = await dops.vraag("PUT", `/api/v1/capaciteit/items/${item.id}`, {
      ...tin("TIN-peloton B", 1, 51.65, 5.62, "vr21", 45),
      versie: 2,
    });
    assert.equal(c.statusCode, 422, c.body);
    assert.match(c.json().detail, /eenheid 2, 3 is nog geboekt/);
  });

  test("gelijktijdige boekingen van de laatste eenheid: precies één slaagt", async () => {
    const dops = await ta.als("demo-defensie-dops");
    const item = (
      await dops.vraag("POST", "/api/v1/capaciteit/items", tin("TIN-peloton C", 1, 53.16, 6.4, "vr01"))
    ).json().item;
    const pogingen = Array.from({ length: 6 }, (_, i) =>
      ta.database.db.transaction().execute((trx) =>
        boekCapaciteit(trx, {
          itemId: item.id,
          aantal: 1,
          aanvraagId: `AV-par-${i}`,
          van: t(10 + i * 0.1),
          tot: t(20),
          soort: "reservering",
        }),
      ),
    );
    const uitkomsten = await Promise.allSettled(pogingen);
    const gelukt = uitkomsten.filter((u) => u.status === "fulfilled");
    const mislukt = uitkomsten.filter((u) => u.status === "rejected") as PromiseRejectedResult[];
    assert.equal(gelukt.length, 1, "precies één boeking slaagt");
    for (const m of mislukt) {
      assert.ok(m.reason instanceof CapaciteitFout, String(m.reason));
      assert.equal(m.reason.code, "conflict");
    }
    const n = await ta.database.db
      .selectFrom("capaciteit_boekingen")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("item_id", "=", item.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 1);
  });

  test("de database zelf weigert een overlappende boeking, ook zonder de controle in de code", async () => {
    const dops = await ta.als("demo-defensie-dops");
    const item = (
      await dops.vraag("POST", "/api/v1/capaciteit/items", tin("TIN-peloton D", 1, 52, 5.1, "vr09"))
    ).json().item;
    const eenheid = await ta.database.db
      .selectFrom("capaciteit_eenheden")
      .select("id")
      .where("item_id", "=", item.id)
      .executeTakeFirstOrThrow();
    const voegToe = (id: string, van: string, tot: string) =>
      ta.database.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO capaciteit_boekingen
          (id, eenheid_id, item_id, soort, aanvraag_id, periode, gevraagd_van, gevraagd_tot, geboekt_op)
          VALUES (${id}, ${eenheid.id}, ${item.id}, 'inzet', 'raw', tstzrange(${van}::timestamptz, ${tot}::timestamptz),
                  ${van}::timestamptz, ${tot}::timestamptz, now())`.execute(trx);
        // Hold the transaction open a little so the two really overlap on PostgreSQL.
        await sql`SELECT pg_sleep(0.05)`.execute(trx);
      });
    const r = await Promise.allSettled([
      voegToe(crypto.randomUUID(), t(30), t(34)),
      voegToe(crypto.randomUUID(), t(33), t(36)),
    ]);
    assert.equal(r.filter((x) => x.status === "fulfilled").length, 1);
    const fout = (r.find((x) => x.status === "rejected") as PromiseRejectedResult).reason as {
      code?: string;
      message: string;
    };
    assert.ok(fout.code === "23P01" || /capaciteit_geen_dubbele_boeking/.test(fout.message), fout.message);
    // Adjacent periods do not overlap.
    await voegToe(crypto.randomUUID(), t(36), t(40));
  });

  test("historie: wat was waar ingezet op moment X; vrijgeven zet een einde en verwijdert niets", async () => {
    const dops = await ta.als("demo-defensie-dops");
    const locc = await ta.als("demo-locc-piket");
    const item = (
      await dops.vraag("POST", "/api/v1/capaciteit/items", tin("TIN-peloton E", 2, 52.5, 6, "vr04"))
    ).json().item;
    await ta.database.db.transaction().execute((trx) =>
      boekCapaciteit(trx, {
        itemId: item.id,
        aantal: 2,
        aanvraagId: "AV-hist",
        van: t(50),
        tot: t(60),
        soort: "inzet",
      }),
    );
    // Demobilised at t(55).
    const vrij = await ta.database.db
      .transaction()
      .execute((trx) =>
        geefVrij(trx, { aanvraagId: "AV-hist" }, { reden: "demobilisatie" }, new Date(t(55))),
      );
    assert.equal(vrij.vrijgegeven.length, 2);
    const op = async (uren: number) =>
      (await locc.vraag("GET", `/api/v1/capaciteit/historie?moment=${encodeURIComponent(t(uren))}`))
        .json()
        .boekingen.filter((b: { itemId: string }) => b.itemId === item.id);
    assert.equal((await op(52)).length, 2, "op t+52 waren beide eenheden ingezet");
    assert.equal((await op(52))[0].aanvraagId, "AV-hist");
    assert.equal((await op(57)).length, 0, "na de demobilisatie niet meer");
    // The overview at a moment and over a period.
    const o52 = (
      await locc.vraag("GET", `/api/v1/capaciteit/overzicht?moment=${encodeURIComponent(t(52))}&regio=vr04`)
    ).json();
    assert.equal(o52.rijen[0].telling.ingezet, 2);
    const o57 = (
      await locc.vraag("GET", `/api/v1/capaciteit/overzicht?moment=${encodeURIComponent(t(57))}&regio=vr04`)
    ).json();
    assert.equal(o57.rijen[0].telling.beschikbaar, 2);
    const periode = (
      await locc.vraag(
        "GET",
        `/api/v1/capaciteit/overzicht?van=${encodeURIComponent(t(40))}&tot=${encodeURIComponent(t(51))}&regio=vr04`,
      )
    ).json();
    assert.equal(periode.rijen[0].telling.ingezet, 2, "in een periode telt elke overlap");
    // State changes are history too: niet-inzetbaar from now on, but the past stays as it was.
    const u = await dops.vraag("PUT", `/api/v1/capaciteit/items/${item.id}`, {
      ...tin("TIN-peloton E", 2, 52.5, 6, "vr04"),
      toestand: "niet-inzetbaar",
      versie: 1,
    });
    assert.equal(u.statusCode, 200, u.body);
    const nu = (await locc.vraag("GET", "/api/v1/capaciteit/overzicht?regio=vr04")).json();
    assert.equal(nu.rijen[0].telling["niet-inzetbaar"], 2);
    const versies = await ta.database.db
      .selectFrom("capaciteit_item_versies")
      .select(["versie", "toestand"])
      .where("item_id", "=", item.id)
      .orderBy("versie")
      .execute();
    assert.deepEqual(versies, [
      { versie: 1, toestand: "beschikbaar" },
      { versie: 2, toestand: "niet-inzetbaar" },
    ]);
  });

  test("CSV-export: BOM, puntkomma's, Nederlandse kopjes", async () => {
    const locc = await ta.als("demo-locc-piket");
    const r = await locc.vraag("GET", "/api/v1/capaciteit/overzicht.csv");
    assert.equal(r.statusCode, 200);
    assert.match(r.headers["content-type"] as string, /text\/csv; charset=utf-8/);
    assert.match(r.headers["content-disposition"] as string, /attachment; filename="capaciteitenoverzicht-/);
    assert.equal(r.rawPayload.subarray(0, 3).toString("hex"), "efbbbf");
    const regels = r.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    assert.equal(
      regels[0],
      "Capaciteitstype;Teleenheid;Veiligheidsregio;Totaal;Beschikbaar;Gereserveerd;Ingezet;Niet inzetbaar;Open vraag;Periode van;Periode tot",
    );
    assert.ok(
      regels.some((l) => l.startsWith("TIN-peloton (Terrorisme In Nederland);peloton;Veiligheidsregio ")),
    );
  });
});
