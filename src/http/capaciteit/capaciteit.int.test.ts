// API tests of the capacity capability on both engines: who may see and change what, optimistic
// concurrency, bookings that cannot double-book under concurrency, history, CSV, the plan flow with
// the Crisisberaad's decision and the PDF.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  test("schaarste → plan → indienen → Crisisberaad stelt vast → capaciteit geboekt; PDF", async () => {
    const locc = await ta.als("demo-locc-piket");
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const cbb = await ta.als("demo-nctv-cbb");
    const dops = await ta.als("demo-defensie-dops");
    // A type nobody else in this file uses, so the test sees only its own supply and demand.
    const water = (naam: string, lat: number, lon: number, regioId: string) => ({
      ...tin(naam, 1, lat, lon, regioId, 120),
      typeId: "defensie-mobiele-drinkwaterinstallatie",
    });
    for (const [n, lat, lon, r] of [
      ["Drinkwater Oirschot", 51.5, 5.31, "vr22"],
      ["Drinkwater Havelte", 52.77, 6.24, "vr03"],
    ] as const)
      assert.equal(
        (await dops.vraag("POST", "/api/v1/capaciteit/items", water(n, lat, lon, r))).statusCode,
        201,
      );
    const vraag = async (
      locatieNaam: string,
      aantal: number,
      doelstelling: string,
      urgentie: string,
      lat: number,
      lon: number,
      regioId: string,
    ) => {
      const r = await locc.vraag("POST", "/api/v1/capaciteit/vraag", {
        typeId: "defensie-mobiele-drinkwaterinstallatie",
        aantal,
        lat,
        lon,
        regioId,
        locatieNaam,
        van: t(100),
        tot: t(124),
        doelstelling,
        urgentie,
        aanvrager: "Veiligheidsregio (test)",
      });
      assert.equal(r.statusCode, 201, r.body);
      return r.json().vraag;
    };
    const redden = await vraag("Eindhoven opvang gewonden", 1, "redden", "regulier", 51.44, 5.48, "vr22");
    const veerkracht = await vraag("Zwolle noodopvang", 2, "veerkracht", "regulier", 52.51, 6.09, "vr04");
    assert.equal(redden.prioriteit, 1);
    assert.equal(veerkracht.prioriteit, 5);

    const o = (
      await locc.vraag(
        "GET",
        `/api/v1/capaciteit/overzicht?van=${encodeURIComponent(t(100))}&tot=${encodeURIComponent(t(124))}`,
      )
    ).json();
    const s = o.schaarste.find(
      (x: { typeId: string }) => x.typeId === "defensie-mobiele-drinkwaterinstallatie",
    );
    assert.deepEqual(
      { vraag: s.vraag, beschikbaar: s.beschikbaar, tekort: s.tekort },
      { vraag: 3, beschikbaar: 2, tekort: 1 },
    );

    // The Crisisberaad may not compute; NSGBO/SGBO computes.
    assert.equal(
      (await cbb.vraag("POST", "/api/v1/capaciteit/plannen", { van: t(100), tot: t(124) })).statusCode,
      403,
    );
    const pr = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", {
      van: t(100),
      tot: t(124),
      typen: ["defensie-mobiele-drinkwaterinstallatie"],
    });
    assert.equal(pr.statusCode, 201, pr.body);
    const plan = pr.json().plan;
    assert.equal(plan.status, "concept");
    assert.equal(plan.uitkomst.status, "optimal");
    assert.equal(plan.uitkomst.bewezen, true);
    const naar = (d: string) =>
      plan.uitkomst.toewijzingen.filter((x: { demandId: string }) => x.demandId === d);
    // Redden first: the unit closest to Eindhoven goes there; the other to Zwolle; one unfilled.
    assert.deepEqual(
      naar("Eindhoven opvang gewonden").map((x: { unitId: string }) => x.unitId),
      ["Drinkwater Oirschot"],
    );
    assert.equal(naar("Zwolle noodopvang").length, 1);
    const uitleg = plan.uitkomst.uitleg.find((u: { demandId: string }) => u.demandId === "Zwolle noodopvang");
    assert.equal(uitleg.tekort, 1);
    assert.match(uitleg.tekortReden, /hogere prioriteit/);
    assert.match(uitleg.waarom, /prioriteit 5/);

    // Submit (stale version → 409), then the Crisisberaad adopts; the capacity is booked.
    assert.equal(
      (await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 99 }))
        .statusCode,
      409,
    );
    const ingediend = await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, {
      versie: 1,
    });
    assert.equal(ingediend.statusCode, 200, ingediend.body);
    assert.equal(
      (
        await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
          versie: 2,
          uitkomst: "vastgesteld",
          toelichting: "x",
        })
      ).statusCode,
      403,
      "NSGBO stelt zijn eigen plan niet vast",
    );
    // Prioritisation choice to the ICCb, its decision recorded by the NCC.
    const iccb = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/iccb`, {
      versie: 2,
      keuzes: "Eindhoven (redden) gaat voor Zwolle (veerkracht).",
      advies: "Volg het voorstel.",
    });
    assert.equal(iccb.statusCode, 200, iccb.body);
    const ncc = await ta.als("demo-ncc");
    const besluit = await ncc.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/iccb-besluit`, {
      versie: 3,
      uitkomst: "advies-overgenomen",
      besluit: "De ICCb neemt het advies over.",
    });
    assert.equal(besluit.statusCode, 200, besluit.body);
    const vast = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: 4,
      uitkomst: "vastgesteld",
      toelichting: "Vastgesteld in het Crisisberaad van 10.00 uur.",
    });
    assert.equal(vast.statusCode, 200, vast.body);
    const na = vast.json().plan;
    assert.equal(na.status, "vastgesteld");
    assert.equal(na.boekingen.length, 2);
    assert.deepEqual(
      na.besluiten.map((b: { orgaan: string; soort: string }) => `${b.orgaan}:${b.soort}`),
      ["crisisberaad:voorlegging", "iccb:besluit", "crisisberaad:beoordeling"],
    );
    const o2 = (
      await locc.vraag(
        "GET",
        `/api/v1/capaciteit/overzicht?moment=${encodeURIComponent(t(101))}&type=defensie-mobiele-drinkwaterinstallatie`,
      )
    ).json();
    const gereserveerd = o2.rijen.reduce(
      (a: number, r: { telling: { gereserveerd: number } }) => a + r.telling.gereserveerd,
      0,
    );
    assert.equal(gereserveerd, 2);
    const vr = (await locc.vraag("GET", "/api/v1/capaciteit/vraag")).json().vraag;
    assert.equal(vr.find((v: { id: string }) => v.id === redden.id).status, "toegewezen");
    assert.equal(vr.find((v: { id: string }) => v.id === veerkracht.id).status, "deels-toegewezen");
    // Adopting twice is not possible.
    assert.equal(
      (
        await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
          versie: 5,
          uitkomst: "vastgesteld",
          toelichting: "nogmaals",
        })
      ).statusCode,
      422,
    );

    // The PDF reads back with the allocations, the explanations and the decision.
    const pdf = await nsgbo.vraag("GET", `/api/v1/capaciteit/plannen/${plan.id}/pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), "%PDF-");
    const map = mkdtempSync(join(tmpdir(), "cip-"));
    writeFileSync(join(map, "plan.pdf"), pdf.rawPayload);
    const tekst = execFileSync("pdftotext", ["-layout", join(map, "plan.pdf"), "-"], { encoding: "utf8" });
    for (const verwacht of [
      "Capaciteiten- en inzetplan",
      plan.nummer,
      "Vastgesteld door het Crisisberaad Opschaling BB",
      "Drinkwater Oirschot",
      "Eindhoven opvang gewonden",
      "Niet vervulde vraag",
      "ICCb",
      "Pagina 1 van",
    ])
      assert.ok(tekst.includes(verwacht), `PDF bevat "${verwacht}"`);
    assert.match(tekst, /(CET|CEST|MET|MEZT)/, "tijden in Europe/Amsterdam");

    // Demobilisation by the LOCC frees the bookings.
    const v = await locc.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/vrijgeven`, {
      reden: "Inzet beëindigd",
    });
    assert.equal(v.statusCode, 200, v.body);
    assert.equal(v.json().vrijgegeven, 2);
  });

  test("OM (officier van justitie, Parket-Generaal) en de militair adviseur lezen de plannen; het OM ook de vraag en de details", async () => {
    // LCP §6.2.2 (leesbaar 79-86): the OM takes part in the Crisisberaad; the militair adviseur is
    // there for advice on Defence deployment.
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const plannen = (await nsgbo.vraag("GET", "/api/v1/capaciteit/plannen")).json().plannen as {
      id: string;
    }[];
    assert.ok(plannen.length > 0, "het vorige scenario heeft plannen opgeleverd");
    const id = plannen[0]!.id;
    for (const wie of ["demo-officier-van-justitie", "demo-parket-generaal", "demo-militair-adviseur"]) {
      const c = await ta.als(wie);
      assert.equal((await c.vraag("GET", "/api/v1/capaciteit/plannen")).statusCode, 200, wie);
      const p = await c.vraag("GET", `/api/v1/capaciteit/plannen/${id}`);
      assert.equal(p.statusCode, 200, `${wie}: ${p.body}`);
      assert.equal((await c.vraag("GET", `/api/v1/capaciteit/plannen/${id}/pdf`)).statusCode, 200, wie);
      const cat = (await c.vraag("GET", "/api/v1/capaciteit/catalogus")).json();
      assert.equal(cat.rechten.planLezen, true, wie);
      // Reading is not deciding.
      assert.equal(cat.rechten.crisisberaad, false, wie);
      assert.equal(
        (
          await c.vraag("POST", `/api/v1/capaciteit/plannen/${id}/beoordeling`, {
            versie: 1,
            uitkomst: "vastgesteld",
            toelichting: "x",
          })
        ).statusCode,
        403,
        wie,
      );
    }
    for (const wie of ["demo-officier-van-justitie", "demo-parket-generaal"]) {
      const c = await ta.als(wie);
      assert.equal((await c.vraag("GET", "/api/v1/capaciteit/vraag")).statusCode, 200, wie);
      const o = (await c.vraag("GET", "/api/v1/capaciteit/overzicht")).json();
      assert.equal(o.itemsVolledig, true, wie);
      assert.ok(o.items.length > 0, wie);
    }
    // The militair adviseur sees the national figures, not other organisations' items or the demand list.
    const ma = await ta.als("demo-militair-adviseur");
    const o = (await ma.vraag("GET", "/api/v1/capaciteit/overzicht")).json();
    assert.equal(o.itemsVolledig, false);
    assert.equal((await ma.vraag("GET", "/api/v1/capaciteit/vraag")).statusCode, 403);
  });

  test("ICCb neemt het advies niet over: het ongewijzigde voorstel wordt niet stil vastgesteld; het Crisisberaad stelt prioriteiten vast en het plan wordt herberekend", async () => {
    const locc = await ta.als("demo-locc-piket");
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const cbb = await ta.als("demo-nctv-cbb");
    const ncc = await ta.als("demo-ncc");
    const dops = await ta.als("demo-defensie-dops");
    // A type no other test here uses: one unit, two demands.
    const TYPE = "defensie-energievoorziening";
    assert.equal(
      (
        await dops.vraag("POST", "/api/v1/capaciteit/items", {
          ...tin("Aggregaat Ede", 1, 52.04, 5.66, "vr07"),
          typeId: TYPE,
        })
      ).statusCode,
      201,
    );
    for (const [locatieNaam, doelstelling, lat, lon, regioId] of [
      ["Arnhem ziekenhuis", "redden", 51.98, 5.9, "vr07"],
      ["Den Haag Binnenhof", "voorkomen-aanslag", 52.08, 4.31, "vr15"],
    ] as const) {
      const r = await locc.vraag("POST", "/api/v1/capaciteit/vraag", {
        typeId: TYPE,
        aantal: 1,
        lat,
        lon,
        regioId,
        locatieNaam,
        van: t(300),
        tot: t(310),
        doelstelling,
        urgentie: "regulier",
        aanvrager: "test",
      });
      assert.equal(r.statusCode, 201, r.body);
    }
    const pr = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", {
      van: t(300),
      tot: t(310),
      typen: [TYPE],
    });
    assert.equal(pr.statusCode, 201, pr.body);
    let plan = pr.json().plan;
    const naar = (pl: typeof plan) =>
      pl.uitkomst.toewijzingen.map((x: { unitId: string; demandId: string }) => `${x.unitId}->${x.demandId}`);
    assert.deepEqual(
      naar(plan),
      ["Aggregaat Ede->Arnhem ziekenhuis"],
      "redden gaat voor in de standaardvolgorde",
    );
    const motivering = plan.invoer.vragen.find(
      (v: { label: string }) => v.label === "Arnhem ziekenhuis",
    ).motivering;
    assert.match(motivering, /standaardvolgorde/);
    assert.equal(
      (await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 1 })).statusCode,
      200,
    );
    // Only the Crisisberaad fixes priorities, and only with a motivering.
    assert.equal(
      (
        await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/prioriteiten`, {
          versie: 2,
          prioriteiten: [{ vraag: "Den Haag Binnenhof", prioriteit: 1, motivering: "x" }],
        })
      ).statusCode,
      403,
    );
    assert.equal(
      (
        await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/iccb`, {
          versie: 2,
          keuzes: "Arnhem (redden) of het Binnenhof (voorkomen vervolgaanslag)?",
          advies: "Volg het voorstel: Arnhem.",
        })
      ).statusCode,
      200,
    );
    const besluit = await ncc.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/iccb-besluit`, {
      versie: 3,
      uitkomst: "advies-niet-overgenomen",
      besluit: "Het Binnenhof gaat voor; Arnhem krijgt een civiel aggregaat.",
    });
    assert.equal(besluit.statusCode, 200, besluit.body);

    // Adopting the unchanged proposal now: refused, naming the ICCb decision and the ways forward.
    const stil = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: 4,
      uitkomst: "vastgesteld",
      toelichting: "Vastgesteld.",
    });
    assert.equal(stil.statusCode, 422, stil.body);
    assert.match(stil.json().detail, /niet overgenomen.*Het Binnenhof gaat voor/);
    // "Gewijzigd" with the very same assignments is the same proposal.
    const zelfde = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: 4,
      uitkomst: "gewijzigd",
      toelichting: "Gewijzigd?",
      toewijzingen: [{ unitId: "Aggregaat Ede", demandId: "Arnhem ziekenhuis" }],
    });
    assert.equal(zelfde.statusCode, 422, zelfde.body);

    // The Crisisberaad fixes the priorities for this situation; the plan is recomputed.
    const onbekend = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/prioriteiten`, {
      versie: 4,
      prioriteiten: [{ vraag: "Utrecht", prioriteit: 1, motivering: "x" }],
    });
    assert.equal(onbekend.statusCode, 400, onbekend.body);
    const h = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/prioriteiten`, {
      versie: 4,
      prioriteiten: [
        { vraag: "Den Haag Binnenhof", prioriteit: 1, motivering: "Besluit ICCb: het Binnenhof gaat voor." },
        {
          vraag: "Arnhem ziekenhuis",
          prioriteit: 2,
          motivering: "Besluit ICCb: civiel aggregaat voor Arnhem.",
        },
      ],
    });
    assert.equal(h.statusCode, 200, h.body);
    plan = h.json().plan;
    assert.equal(plan.status, "ingediend");
    assert.deepEqual(naar(plan), ["Aggregaat Ede->Den Haag Binnenhof"]);
    const binnenhof = plan.invoer.vragen.find((v: { label: string }) => v.label === "Den Haag Binnenhof");
    assert.equal(binnenhof.prioriteit, 1);
    assert.match(binnenhof.motivering, /handmatig vastgesteld: Besluit ICCb: het Binnenhof gaat voor/);
    assert.equal(binnenhof.oorspronkelijk.prioriteit, 2);
    const uitleg = plan.uitkomst.uitleg.find(
      (u: { demandId: string }) => u.demandId === "Den Haag Binnenhof",
    );
    assert.match(uitleg.waarom, /prioriteit 1/);
    assert.equal(plan.besluiten.at(-1).uitkomst, "prioriteiten-vastgesteld");
    const audit = await ta.database.db
      .selectFrom("audit_records")
      .select(["actie", "actor_naam"])
      .where("onderwerp_id", "=", plan.id)
      .where("actie", "=", "capaciteit.plan-prioriteiten-vastgesteld")
      .execute();
    assert.deepEqual(audit, [
      { actie: "capaciteit.plan-prioriteiten-vastgesteld", actor_naam: "demo-nctv-cbb" },
    ]);

    // Now the changed proposal can be adopted; the Binnenhof's demand is booked.
    const vast = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: plan.versie,
      uitkomst: "vastgesteld",
      toelichting: "Vastgesteld volgens het besluit van de ICCb.",
    });
    assert.equal(vast.statusCode, 200, vast.body);
    assert.deepEqual(
      vast.json().plan.vastgesteldeToewijzingen.map((x: { demandId: string }) => x.demandId),
      ["Den Haag Binnenhof"],
    );
    const pdf = await cbb.vraag("GET", `/api/v1/capaciteit/plannen/${plan.id}/pdf`);
    const map = mkdtempSync(join(tmpdir(), "cip-"));
    writeFileSync(join(map, "plan.pdf"), pdf.rawPayload);
    const tekst = execFileSync("pdftotext", [join(map, "plan.pdf"), "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
    assert.match(tekst, /Besluit ICCb: het Binnenhof gaat voor/);
    assert.match(tekst, /standaardvolgorde/);
    assert.doesNotMatch(tekst, /dan veerkracht; LCP §3\.2\.3/);
  });

  test("een ongewijzigd voorstel na een afwijkend ICCb-besluit kan met een verantwoording worden vastgesteld; die staat in het besluit", async () => {
    const locc = await ta.als("demo-locc-piket");
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const cbb = await ta.als("demo-nctv-cbb");
    const ncc = await ta.als("demo-ncc");
    const TYPE = "defensie-energievoorziening";
    const r = await locc.vraag("POST", "/api/v1/capaciteit/vraag", {
      typeId: TYPE,
      aantal: 1,
      lat: 52.0,
      lon: 5.9,
      regioId: "vr07",
      locatieNaam: "Arnhem opvang",
      van: t(400),
      tot: t(410),
      doelstelling: "veerkracht",
      urgentie: "regulier",
      aanvrager: "test",
    });
    assert.equal(r.statusCode, 201, r.body);
    const plan = (
      await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van: t(400), tot: t(410), typen: [TYPE] })
    ).json().plan;
    await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 1 });
    await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/iccb`, {
      versie: 2,
      keuzes: "Arnhem nu of later?",
      advies: "Later.",
    });
    await ncc.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/iccb-besluit`, {
      versie: 3,
      uitkomst: "advies-aangepast",
      besluit: "Nu, zoals voorgesteld.",
    });
    const vast = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: 4,
      uitkomst: "vastgesteld",
      toelichting: "Vastgesteld.",
      verantwoordingIccb: "De ICCb wil de inzet nu; dat is precies het voorstel.",
    });
    assert.equal(vast.statusCode, 200, vast.body);
    const b = vast.json().plan.besluiten.at(-1);
    assert.match(b.toelichting, /Verantwoording bij het ICCb-besluit: De ICCb wil de inzet nu/);
  });

  test("TIN-vraag terwijl bewakingseenheden van de politie vrij zijn: het plan waarschuwt (LCP §6.2.2, leesbaar 49-51), en weigert niet", async () => {
    const locc = await ta.als("demo-locc-piket");
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const lepob = await ta.als("demo-le-pob");
    const van = t(500);
    const tot = t(510);
    const vraag = await locc.vraag("POST", "/api/v1/capaciteit/vraag", {
      typeId: "defensie-tin-peloton",
      aantal: 1,
      lat: 52.08,
      lon: 4.31,
      regioId: "vr15",
      locatieNaam: "Den Haag, ambassades",
      van,
      tot,
      doelstelling: "voorkomen-aanslag",
      urgentie: "regulier",
      aanvrager: "NSGBO (test)",
    });
    assert.equal(vraag.statusCode, 201, vraag.body);
    const zonder = (
      await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van, tot, typen: ["defensie-tin-peloton"] })
    ).json().plan;
    assert.deepEqual(
      zonder.invoer.waarschuwingen,
      [],
      "geen bewakingseenheden in het register: geen waarschuwing",
    );

    const item = await lepob.vraag("POST", "/api/v1/capaciteit/items", {
      ...tin("Bewakingseenheden Landelijke Eenheid", 5, 52.09, 5.1, "vr09"),
      typeId: "politie-bewakingseenheid",
    });
    assert.equal(item.statusCode, 201, item.body);
    const r = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", {
      van,
      tot,
      typen: ["defensie-tin-peloton"],
    });
    assert.equal(r.statusCode, 201, r.body);
    const plan = r.json().plan;
    assert.equal(plan.uitkomst.status, "optimal");
    assert.ok(plan.uitkomst.toewijzingen.length > 0, "het plan verdeelt wel");
    assert.equal(plan.invoer.waarschuwingen.length, 1);
    const w = plan.invoer.waarschuwingen[0];
    assert.equal(w.code, "bewakingseenheden-vrij");
    assert.match(w.tekst, /5 bewakingseenheden van de politie/);
    assert.match(w.bron, /leesbaar 49-51/);
    // A warning, not a refusal: it can be submitted.
    assert.equal(
      (await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 1 })).statusCode,
      200,
    );
    const pdf = await nsgbo.vraag("GET", `/api/v1/capaciteit/plannen/${plan.id}/pdf`);
    const map = mkdtempSync(join(tmpdir(), "cip-"));
    writeFileSync(join(map, "plan.pdf"), pdf.rawPayload);
    const tekst = execFileSync("pdftotext", [join(map, "plan.pdf"), "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
    assert.match(tekst, /Waarschuwing/);
    assert.match(tekst, /niet meer toereikend/);
  });

  test("onhaalbaar beleid wordt duidelijk gemeld en kan niet worden ingediend", async () => {
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const r = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", {
      van: t(100),
      tot: t(124),
      typen: ["defensie-mobiele-drinkwaterinstallatie"],
      beleid: { minReservePerRegion: { "defensie-mobiele-drinkwaterinstallatie": 2 } },
    });
    // Each region has one installation: a reserve of two per region cannot be kept.
    assert.equal(r.statusCode, 201, r.body);
    const plan = r.json().plan;
    assert.equal(plan.uitkomst.status, "infeasible");
    assert.match(plan.uitkomst.redenen[0].nl, /heeft maar 1 .*reserve van 2 is niet haalbaar/);
    const i = await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 1 });
    assert.equal(i.statusCode, 422);
  });
});
