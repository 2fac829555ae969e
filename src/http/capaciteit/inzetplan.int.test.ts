// API tests of the capaciteiten- en inzetplan on both engines (LCP §6.2.2): only for Defence
// assistance (TIN-pelotons) needed at several places and/or regions (ADR 0352); other capacity gets an
// advice that books nothing. The flow: plan → indienen → Crisisberaad (and ICCb) → booked; the PDF.
// Adoption needs the OvJ's consent for TIN demand that gets units (ADR 0353).
// Own database: every item here is available only in its own test's period, so tests do not share supply.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type TestApp, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";

const UUR = 3_600_000;
const basis = new Date(Math.ceil(Date.now() / UUR) * UUR + 24 * UUR);
const t = (uren: number) => new Date(basis.getTime() + uren * UUR).toISOString();
/** A moment in the past (consent cannot lie in the future). */
const geleden = (uren: number) => new Date(Date.now() - uren * UUR).toISOString();

/** A TIN item available only in [van - 1 h, tot + 1 h] (its own test's period). */
const tin = (
  naam: string,
  aantal: number,
  [lat, lon]: [number, number],
  regioId: string,
  [van, tot]: [number, number],
  reactie = 60,
) => ({
  typeId: "defensie-tin-peloton",
  naam,
  aantal,
  lat,
  lon,
  regioId,
  reactietijdMinuten: reactie,
  toestand: "beschikbaar",
  beschikbaarheid: [{ van: t(van - 1), tot: t(tot + 1) }],
  contact: "DOPS piket 24/7",
});

const pdfTekst = (pdf: Buffer, layout = false) => {
  const map = mkdtempSync(join(tmpdir(), "cip-"));
  writeFileSync(join(map, "plan.pdf"), pdf);
  return execFileSync("pdftotext", [...(layout ? ["-layout"] : []), join(map, "plan.pdf"), "-"], {
    encoding: "utf8",
  });
};

perEngine("capaciteiten- en inzetplan API", (engine) => {
  let ta: TestApp;
  before(async () => {
    ta = await testApp(engine);
  });
  after(async () => {
    await ta?.sluit();
  });

  /** Open TIN demand registered by the LOCC. */
  async function tinVraag(
    locatieNaam: string,
    aantal: number,
    doelstelling: string,
    [lat, lon]: [number, number],
    regioId: string,
    [van, tot]: [number, number],
    extra: Record<string, unknown> = {},
  ) {
    const locc = await ta.als("demo-locc-piket");
    const r = await locc.vraag("POST", "/api/v1/capaciteit/vraag", {
      typeId: "defensie-tin-peloton",
      aantal,
      lat,
      lon,
      regioId,
      locatieNaam,
      van: t(van),
      tot: t(tot),
      doelstelling,
      urgentie: "regulier",
      aanvrager: "NSGBO politie (test)",
      // TIN rests on the OvJ's consent (ADR 0353); the consent test below leaves it out.
      instemmingOvj: { naam: "mr. T. Est, officier van justitie", op: geleden(6) },
      ...extra,
    });
    assert.equal(r.statusCode, 201, r.body);
    return r.json().vraag;
  }

  async function tinItem(...a: Parameters<typeof tin>) {
    const dops = await ta.als("demo-defensie-dops");
    const r = await dops.vraag("POST", "/api/v1/capaciteit/items", tin(...a));
    assert.equal(r.statusCode, 201, r.body);
    return r.json().item;
  }

  test("schaarste → plan → indienen → Crisisberaad stelt vast → capaciteit geboekt; PDF", async () => {
    const locc = await ta.als("demo-locc-piket");
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const cbb = await ta.als("demo-nctv-cbb");
    const P: [number, number] = [100, 124];
    await tinItem("TIN Oirschot", 1, [51.5, 5.31], "vr22", P, 120);
    await tinItem("TIN Havelte", 1, [52.77, 6.24], "vr03", P, 120);
    // Defence assistance at two places in two regions (LCP §6.2.2, leesbaar 82-84).
    const eindhoven = await tinVraag(
      "Eindhoven Stationsplein",
      1,
      "voorkomen-aanslag",
      [51.44, 5.48],
      "vr22",
      P,
    );
    const zwolle = await tinVraag("Zwolle provinciehuis", 2, "onrust", [52.51, 6.09], "vr04", P);
    assert.equal(eindhoven.prioriteit, 2);
    assert.equal(zwolle.prioriteit, 4);

    const o = (
      await locc.vraag(
        "GET",
        `/api/v1/capaciteit/overzicht?van=${encodeURIComponent(t(100))}&tot=${encodeURIComponent(t(124))}`,
      )
    ).json();
    const s = o.schaarste.find((x: { typeId: string }) => x.typeId === "defensie-tin-peloton");
    assert.deepEqual(
      { vraag: s.vraag, beschikbaar: s.beschikbaar, tekort: s.tekort },
      { vraag: 3, beschikbaar: 2, tekort: 1 },
    );

    // The Crisisberaad may not compute; NSGBO/SGBO computes.
    assert.equal(
      (await cbb.vraag("POST", "/api/v1/capaciteit/plannen", { van: t(100), tot: t(124) })).statusCode,
      403,
    );
    const pr = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van: t(100), tot: t(124) });
    assert.equal(pr.statusCode, 201, pr.body);
    const plan = pr.json().plan;
    assert.deepEqual(plan.typen, ["defensie-tin-peloton"]);
    assert.equal(plan.status, "concept");
    assert.equal(plan.uitkomst.status, "optimal");
    assert.equal(plan.uitkomst.bewezen, true);
    const naar = (d: string) =>
      plan.uitkomst.toewijzingen.filter((x: { demandId: string }) => x.demandId === d);
    // Voorkomen-aanslag first: the unit closest to Eindhoven goes there; the other to Zwolle; one unfilled.
    assert.deepEqual(
      naar("Eindhoven Stationsplein").map((x: { unitId: string }) => x.unitId),
      ["TIN Oirschot"],
    );
    assert.equal(naar("Zwolle provinciehuis").length, 1);
    const uitleg = plan.uitkomst.uitleg.find(
      (u: { demandId: string }) => u.demandId === "Zwolle provinciehuis",
    );
    assert.equal(uitleg.tekort, 1);
    assert.match(uitleg.tekortReden, /hogere prioriteit/);
    assert.match(uitleg.waarom, /prioriteit 4/);

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
      keuzes: "Eindhoven (voorkomen vervolgaanslag) gaat voor Zwolle (onrust).",
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
        `/api/v1/capaciteit/overzicht?moment=${encodeURIComponent(t(101))}&type=defensie-tin-peloton`,
      )
    ).json();
    const gereserveerd = o2.rijen.reduce(
      (a: number, r: { telling: { gereserveerd: number } }) => a + r.telling.gereserveerd,
      0,
    );
    assert.equal(gereserveerd, 2);
    const vr = (await locc.vraag("GET", "/api/v1/capaciteit/vraag")).json().vraag;
    assert.equal(vr.find((v: { id: string }) => v.id === eindhoven.id).status, "toegewezen");
    assert.equal(vr.find((v: { id: string }) => v.id === zwolle.id).status, "deels-toegewezen");
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
    const tekst = pdfTekst(pdf.rawPayload, true);
    for (const verwacht of [
      "Capaciteiten- en inzetplan",
      plan.nummer,
      "Vastgesteld door het Crisisberaad Opschaling BB",
      "TIN Oirschot",
      "Eindhoven Stationsplein",
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
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const cbb = await ta.als("demo-nctv-cbb");
    const ncc = await ta.als("demo-ncc");
    const P: [number, number] = [300, 310];
    // One platoon, two places.
    await tinItem("TIN Ede", 1, [52.04, 5.66], "vr07", P);
    await tinVraag("Arnhem ziekenhuis", 1, "redden", [51.98, 5.9], "vr07", P);
    await tinVraag("Den Haag Binnenhof", 1, "voorkomen-aanslag", [52.08, 4.31], "vr15", P);
    const pr = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van: t(300), tot: t(310) });
    assert.equal(pr.statusCode, 201, pr.body);
    let plan = pr.json().plan;
    const naar = (pl: typeof plan) =>
      pl.uitkomst.toewijzingen.map((x: { unitId: string; demandId: string }) => `${x.unitId}->${x.demandId}`);
    assert.deepEqual(naar(plan), ["TIN Ede->Arnhem ziekenhuis"], "redden gaat voor in de standaardvolgorde");
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
      besluit: "Het Binnenhof gaat voor; Arnhem krijgt bewaking door de politie.",
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
      toewijzingen: [{ unitId: "TIN Ede", demandId: "Arnhem ziekenhuis" }],
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
          motivering: "Besluit ICCb: bewaking door de politie voor Arnhem.",
        },
      ],
    });
    assert.equal(h.statusCode, 200, h.body);
    plan = h.json().plan;
    assert.equal(plan.status, "ingediend");
    assert.deepEqual(naar(plan), ["TIN Ede->Den Haag Binnenhof"]);
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
    const tekst = pdfTekst(pdf.rawPayload).replace(/\s+/g, " ");
    assert.match(tekst, /Besluit ICCb: het Binnenhof gaat voor/);
    assert.match(tekst, /standaardvolgorde/);
    assert.doesNotMatch(tekst, /dan veerkracht; LCP §3\.2\.3/);
  });

  test("een ongewijzigd voorstel na een afwijkend ICCb-besluit kan met een verantwoording worden vastgesteld; die staat in het besluit", async () => {
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const cbb = await ta.als("demo-nctv-cbb");
    const ncc = await ta.als("demo-ncc");
    const P: [number, number] = [400, 410];
    await tinItem("TIN Ede 2", 2, [52.04, 5.66], "vr07", P);
    await tinVraag("Arnhem station", 1, "onrust", [51.98, 5.9], "vr07", P);
    await tinVraag("Nijmegen Waalbrug", 1, "onrust", [51.85, 5.87], "vr08", P);
    const plan = (
      await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van: t(400), tot: t(410) })
    ).json().plan;
    await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 1 });
    await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/iccb`, {
      versie: 2,
      keuzes: "Arnhem en Nijmegen nu of later?",
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
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const lepob = await ta.als("demo-le-pob");
    const P: [number, number] = [500, 510];
    const [van, tot] = [t(500), t(510)];
    await tinItem("TIN Assen", 2, [52.99, 6.56], "vr03", P);
    await tinVraag("Den Haag, ambassades", 1, "voorkomen-aanslag", [52.08, 4.31], "vr15", P);
    await tinVraag("Rotterdam, haven", 1, "voorkomen-aanslag", [51.92, 4.48], "vr17", P);
    const zonder = (await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van, tot })).json().plan;
    assert.deepEqual(
      zonder.invoer.waarschuwingen,
      [],
      "geen bewakingseenheden in het register: geen waarschuwing",
    );

    const item = await lepob.vraag("POST", "/api/v1/capaciteit/items", {
      ...tin("Bewakingseenheden Landelijke Eenheid", 5, [52.09, 5.1], "vr09", P),
      typeId: "politie-bewakingseenheid",
    });
    assert.equal(item.statusCode, 201, item.body);
    const r = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van, tot });
    assert.equal(r.statusCode, 201, r.body);
    const plan = r.json().plan;
    assert.deepEqual(plan.typen, ["defensie-tin-peloton"], "bewakingseenheden zelf staan niet in het plan");
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
    const tekst = pdfTekst(pdf.rawPayload).replace(/\s+/g, " ");
    assert.match(tekst, /Waarschuwing/);
    assert.match(tekst, /niet meer toereikend/);
  });

  test("onhaalbaar beleid wordt duidelijk gemeld en kan niet worden ingediend", async () => {
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const P: [number, number] = [800, 810];
    await tinItem("TIN Oirschot 2", 1, [51.5, 5.31], "vr22", P);
    await tinItem("TIN Havelte 2", 1, [52.77, 6.24], "vr03", P);
    await tinVraag("Eindhoven Airport", 1, "voorkomen-aanslag", [51.45, 5.38], "vr22", P);
    await tinVraag("Assen TT-circuit", 1, "onrust", [52.96, 6.52], "vr03", P);
    const r = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", {
      van: t(800),
      tot: t(810),
      beleid: { minReservePerRegion: { "defensie-tin-peloton": 2 } },
    });
    // Each region has one platoon: a reserve of two per region cannot be kept.
    assert.equal(r.statusCode, 201, r.body);
    const plan = r.json().plan;
    assert.equal(plan.uitkomst.status, "infeasible");
    assert.match(plan.uitkomst.redenen[0].nl, /heeft maar 1 .*reserve van 2 is niet haalbaar/);
    const i = await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 1 });
    assert.equal(i.statusCode, 422);
  });

  test("geen plan voor andere capaciteit dan bijstand van Defensie, of voor één plek; wel een advies dat niets boekt (LCP §6.2.2, leesbaar 82-86)", async () => {
    const locc = await ta.als("demo-locc-piket");
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const meldkamer = await ta.als("demo-meldkamer");
    const dops = await ta.als("demo-defensie-dops");
    const P: [number, number] = [900, 910];
    const [van, tot] = [t(900), t(910)];
    const amb = await meldkamer.vraag("POST", "/api/v1/capaciteit/items", {
      ...tin("Ambulances RAV Utrecht", 2, [52.09, 5.12], "vr09", P),
      typeId: "ambulance",
    });
    assert.equal(amb.statusCode, 201, amb.body);
    const water = await dops.vraag("POST", "/api/v1/capaciteit/items", {
      ...tin("Drinkwater Oirschot", 1, [51.5, 5.31], "vr22", P),
      typeId: "defensie-mobiele-drinkwaterinstallatie",
    });
    assert.equal(water.statusCode, 201, water.body);
    for (const [typeId, locatieNaam, regioId, lat, lon] of [
      ["ambulance", "Utrecht Jaarbeurs", "vr09", 52.09, 5.11],
      ["ambulance", "Amersfoort centrum", "vr09", 52.16, 5.39],
      ["defensie-mobiele-drinkwaterinstallatie", "Eindhoven opvang", "vr22", 51.44, 5.48],
      ["defensie-mobiele-drinkwaterinstallatie", "Zwolle noodopvang", "vr04", 52.51, 6.09],
    ] as const) {
      const r = await locc.vraag("POST", "/api/v1/capaciteit/vraag", {
        typeId,
        aantal: 1,
        lat,
        lon,
        regioId,
        locatieNaam,
        van,
        tot,
        doelstelling: "redden",
        urgentie: "regulier",
        aanvrager: "Veiligheidsregio (test)",
      });
      assert.equal(r.statusCode, 201, r.body);
    }
    const voor = (await nsgbo.vraag("GET", "/api/v1/capaciteit/plannen")).json().plannen.length;

    // Not Defence: refused, naming the field and who decides instead.
    const a = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van, tot, typen: ["ambulance"] });
    assert.equal(a.statusCode, 422, a.body);
    assert.match(a.json().detail, /geen capaciteit van Defensie/);
    assert.match(a.json().detail, /ambulancebijstandsplan/);
    assert.equal(a.json().velden[0].veld, "typen");
    // Defence for bevolkingszorg: the CDS decides on an art. 51 Wvr request, not the Crisisberaad.
    const w = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", {
      van,
      tot,
      typen: ["defensie-mobiele-drinkwaterinstallatie"],
    });
    assert.equal(w.statusCode, 422, w.body);
    assert.match(w.json().detail, /bevolkingszorg.*Commandant der Strijdkrachten/);
    // Without a choice of types the plan takes only Defence assistance; here there is none.
    const geen = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van, tot });
    assert.equal(geen.statusCode, 422, geen.body);
    assert.match(geen.json().detail, /geen open vraag naar bijstand van Defensie/);

    // TIN at one place: no plan (one request; the CBB judges it).
    await tinItem("TIN Ede 3", 2, [52.04, 5.66], "vr07", P);
    await tinVraag("Den Haag Binnenhof", 1, "voorkomen-aanslag", [52.08, 4.31], "vr15", P);
    await tinVraag("Den Haag  binnenhof", 1, "voorkomen-aanslag", [52.08, 4.31], "vr15", P);
    const een = await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van, tot });
    assert.equal(een.statusCode, 422, een.body);
    assert.match(een.json().detail, /één plek \('Den Haag Binnenhof'\).*meerdere plekken en\/of regio's/);
    assert.equal(een.json().velden[0].veld, "typen");
    assert.equal((await nsgbo.vraag("GET", "/api/v1/capaciteit/plannen")).json().plannen.length, voor);

    // The advice: for every type, computed, not stored, nothing booked.
    const adv = await locc.vraag("POST", "/api/v1/capaciteit/advies", { van, tot, typen: ["ambulance"] });
    assert.equal(adv.statusCode, 200, adv.body);
    const advies = adv.json();
    assert.equal(advies.advies, true);
    assert.deepEqual(advies.typen, ["ambulance"]);
    assert.equal(advies.uitkomst.status, "optimal");
    assert.equal(advies.uitkomst.toewijzingen.length, 2);
    assert.match(advies.toelichting, /geen besluit: er wordt niets geboekt/);
    const alle = await locc.vraag("POST", "/api/v1/capaciteit/advies", { van, tot });
    assert.deepEqual(alle.json().typen, [
      "ambulance",
      "defensie-mobiele-drinkwaterinstallatie",
      "defensie-tin-peloton",
    ]);
    assert.equal((await nsgbo.vraag("GET", "/api/v1/capaciteit/plannen")).json().plannen.length, voor);
    const o = (
      await locc.vraag(
        "GET",
        `/api/v1/capaciteit/overzicht?moment=${encodeURIComponent(t(905))}&type=ambulance`,
      )
    ).json();
    assert.equal(
      o.rijen.reduce((s: number, r: { telling: { gereserveerd: number } }) => s + r.telling.gereserveerd, 0),
      0,
      "een advies boekt niets",
    );
    // Who may not compute, may not ask for the advice either.
    const cbb = await ta.als("demo-nctv-cbb");
    assert.equal((await cbb.vraag("POST", "/api/v1/capaciteit/advies", { van, tot })).statusCode, 403);
    // The catalogue tells the web which types go into a plan.
    const cat = (await nsgbo.vraag("GET", "/api/v1/capaciteit/catalogus")).json();
    assert.deepEqual(
      cat.typen.filter((x: { inzetplan: boolean }) => x.inzetplan).map((x: { id: string }) => x.id),
      ["defensie-tin-peloton"],
    );
  });

  test("TIN zonder instemming van de OvJ: het plan waarschuwt, vaststellen geeft 422 'instemming OvJ ontbreekt'; na vastleggen wordt geboekt (LCP §6.2.2, leesbaar 66, 72-76)", async () => {
    const nsgbo = await ta.als("demo-nsgbo-sgbo");
    const cbb = await ta.als("demo-nctv-cbb");
    const ovj = await ta.als("demo-officier-van-justitie");
    const locc = await ta.als("demo-locc-piket");
    const P: [number, number] = [1000, 1010];
    const [van, tot] = [t(1000), t(1010)];
    await tinItem("TIN Ede 4", 2, [52.04, 5.66], "vr07", P);
    const binnenhof = await tinVraag("Den Haag Binnenhof", 1, "voorkomen-aanslag", [52.08, 4.31], "vr15", P, {
      instemmingOvj: null,
    });
    // Linked to a request that does not exist (or whose consent step is not done): no consent either.
    await tinVraag("Schiphol Plaza", 1, "voorkomen-aanslag", [52.31, 4.76], "vr12", P, {
      instemmingOvj: null,
      aanvraagId: crypto.randomUUID(),
    });
    assert.equal(binnenhof.instemmingOvj, null);

    const plan = (await nsgbo.vraag("POST", "/api/v1/capaciteit/plannen", { van, tot })).json().plan;
    const w = plan.invoer.waarschuwingen.find((x: { code: string }) => x.code === "instemming-ovj-ontbreekt");
    assert.ok(w, JSON.stringify(plan.invoer.waarschuwingen));
    assert.match(w.tekst, /Instemming OvJ ontbreekt bij: Den Haag Binnenhof, Schiphol Plaza/);
    assert.match(w.bron, /met instemming van de officier van justitie/);
    assert.equal(plan.uitkomst.toewijzingen.length, 2);
    assert.equal(
      (await nsgbo.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/indienen`, { versie: 1 })).statusCode,
      200,
    );
    const geweigerd = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: 2,
      uitkomst: "vastgesteld",
      toelichting: "Vastgesteld.",
    });
    assert.equal(geweigerd.statusCode, 422, geweigerd.body);
    assert.match(geweigerd.json().detail, /instemming OvJ ontbreekt bij Den Haag Binnenhof, Schiphol Plaza/);
    assert.deepEqual(
      geweigerd.json().velden.map((v: { veld: string }) => v.veld),
      ["instemmingOvj", "instemmingOvj"],
    );

    // The OvJ records his consent for the Binnenhof (who, when); only for TIN, and only once.
    const vastgelegd = await ovj.vraag("POST", `/api/v1/capaciteit/vraag/${binnenhof.id}/instemming-ovj`, {
      versie: binnenhof.versie,
      naam: "mr. A. de Vries, officier van justitie Den Haag",
      op: geleden(2),
    });
    assert.equal(vastgelegd.statusCode, 200, vastgelegd.body);
    assert.equal(
      vastgelegd.json().vraag.instemmingOvj.naam,
      "mr. A. de Vries, officier van justitie Den Haag",
    );
    const nogmaals = await ovj.vraag("POST", `/api/v1/capaciteit/vraag/${binnenhof.id}/instemming-ovj`, {
      versie: vastgelegd.json().vraag.versie,
      naam: "iemand anders",
      op: geleden(2),
    });
    assert.equal(nogmaals.statusCode, 422, nogmaals.body);
    assert.equal(
      (
        await cbb.vraag("POST", `/api/v1/capaciteit/vraag/${binnenhof.id}/instemming-ovj`, {
          versie: 2,
          naam: "x",
          op: geleden(2),
        })
      ).statusCode,
      403,
      "de CBB legt de instemming van de OvJ niet vast",
    );
    const amb = await locc.vraag("POST", "/api/v1/capaciteit/vraag", {
      typeId: "ambulance",
      aantal: 1,
      lat: 52.09,
      lon: 5.11,
      regioId: "vr09",
      locatieNaam: "Utrecht",
      van,
      tot,
      doelstelling: "redden",
      urgentie: "regulier",
      aanvrager: "test",
      instemmingOvj: { naam: "mr. X", op: geleden(2) },
    });
    assert.equal(amb.statusCode, 400, amb.body);

    // Schiphol still lacks it: adopting the whole plan is still refused, naming only Schiphol.
    const nogSteeds = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: 2,
      uitkomst: "vastgesteld",
      toelichting: "Vastgesteld.",
    });
    assert.equal(nogSteeds.statusCode, 422, nogSteeds.body);
    assert.match(nogSteeds.json().detail, /instemming OvJ ontbreekt bij Schiphol Plaza\./);
    // Changed to give units only where the consent is there: booked, with the consent in the audit.
    const unit = plan.uitkomst.toewijzingen.find(
      (x: { demandId: string }) => x.demandId === "Den Haag Binnenhof",
    );
    const gewijzigd = await cbb.vraag("POST", `/api/v1/capaciteit/plannen/${plan.id}/beoordeling`, {
      versie: 2,
      uitkomst: "gewijzigd",
      toelichting: "Alleen het Binnenhof, waarvoor de instemming er is.",
      toewijzingen: [{ unitId: unit.unitId, demandId: "Den Haag Binnenhof" }],
    });
    assert.equal(gewijzigd.statusCode, 200, gewijzigd.body);
    assert.equal(gewijzigd.json().plan.boekingen.length, 1);
    const audit = await ta.database.db
      .selectFrom("audit_records")
      .select("gegevens")
      .where("onderwerp_id", "=", plan.id)
      .where("actie", "=", "capaciteit.plan-beoordeeld")
      .executeTakeFirstOrThrow();
    assert.match(JSON.stringify(audit.gegevens), /mr\. A\. de Vries, officier van justitie Den Haag/);
  });
});
