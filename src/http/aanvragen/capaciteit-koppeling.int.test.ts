// Requests book capacity (ADR 0660), on both engines: the supplier's decision reserves units of its
// own registered capacity in the request's transaction, deployment turns them into inzet, a
// scale-down frees the surplus, demobilisation frees the rest (history keeps them), two decisions
// racing for the last unit cannot both win, and a supplier without registered capacity still decides.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as wacht } from "node:timers/promises";
import { DEMO_WACHTWOORD, type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import type { CapaciteitUitkomst } from "../../db/aanvraag-capaciteit.ts";
import type { Aanvraag, AanvraagGegevens, Taak } from "../../domain/aanvragen/index.ts";
import { taakVoorStap as taak, volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";

const KMAR = "politie-3-kmar-oo";
const UUR = 3_600_000;

perEngine("aanvragen boeken capaciteit", (engine) => {
  let t: TestApp;
  let rccb: TestClient;
  let bm: TestClient;
  let locc: TestClient;
  let djz: TestClient;
  let kmar: TestClient;
  let commandantKmar: TestClient;

  before(async () => {
    t = await testApp(engine);
    [rccb, bm, locc, djz, kmar, commandantKmar] = await Promise.all([
      t.als("demo-rccb-medewerker"),
      t.als("demo-burgemeester"),
      t.als("demo-locc-piket"),
      t.als("demo-defensie-djz"),
      t.als("demo-kmar-ccb"),
      t.als("demo-commandant-kmar"),
    ]);
  });
  after(() => t.sluit());

  const commando = (c: TestClient, a: Aanvraag, body: Record<string, unknown>) =>
    c.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, { verwachteVersie: a.versie, ...body });

  async function doe(
    c: TestClient,
    a: Aanvraag,
    body: Record<string, unknown>,
  ): Promise<{ a: Aanvraag; capaciteit: CapaciteitUitkomst | undefined }> {
    const r = await commando(c, a, body);
    assert.equal(r.statusCode, 200, `${body.type}: ${r.body}`);
    const j = r.json() as { aanvraag: Aanvraag; capaciteit?: CapaciteitUitkomst };
    return { a: j.aanvraag, capaciteit: j.capaciteit };
  }
  const stap = async (c: TestClient, a: Aanvraag, body: Record<string, unknown>) => (await doe(c, a, body)).a;
  const afronden = (c: TestClient, a: Aanvraag, s: string) =>
    stap(c, a, { type: "StapAfronden", taakId: taak(a, s).id, toelichting: "Gedaan." });

  async function item(c: TestClient, typeId: string, naam: string, aantal: number): Promise<string> {
    const r = await c.vraag("POST", "/api/v1/capaciteit/items", {
      typeId,
      naam,
      aantal,
      lat: 52.31,
      lon: 4.76,
      regioId: "vr12",
      reactietijdMinuten: 45,
      toestand: "beschikbaar",
      beschikbaarheid: [],
      contact: "CCB-KMar 24/7",
    });
    assert.equal(r.statusCode, 201, r.body);
    return r.json().item.id;
  }

  /** A §3 KMar request for `aantal` units of `typeId`, carried to the DJZ standpoint. */
  async function totStandpunt(typeId: string, aantal: number, periode: { van: Date; tot: Date }) {
    const g = volledigeGegevens(procedure(KMAR)) as AanvraagGegevens;
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: {
        ...g,
        gevraagd: { capaciteitType: typeId, aantal, specialisme: null, omschrijving: `${aantal} eenheden.` },
        plaats: { ...g.plaats, coordinaten: { lat: 52.09, lon: 5.11 } },
        periode: { van: periode.van.toISOString(), tot: periode.tot.toISOString() },
      },
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    a = await stap(rccb, a, {
      type: "StapOverslaan",
      taakId: taak(a, "vooroverleg-kmar").id,
      reden: "Niet nodig.",
    });
    a = await afronden(rccb, a, "contact-locc");
    a = await afronden(rccb, a, "formulier");
    const herauth = await bm.vraag("POST", "/api/v1/sessie/herauthenticatie", {
      wachtwoord: DEMO_WACHTWOORD,
    });
    assert.equal(herauth.statusCode, 200, herauth.body);
    const detail = (await bm.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json() as {
      teOndertekenen: { taakId: string; hash: string };
    };
    a = await stap(bm, a, {
      type: "Ondertekenen",
      taakId: detail.teOndertekenen.taakId,
      inhoudHash: detail.teOndertekenen.hash,
    });
    a = await afronden(rccb, a, "verzenden");
    a = await afronden(locc, a, "registreren");
    a = await stap(locc, a, {
      type: "Toetsen",
      taakId: taak(a, "toetsen").id,
      uitkomst: "goedkeuren",
      redenen: [],
    });
    a = await afronden(locc, a, "informeren-korpschef");
    a = await afronden(locc, a, "vooroverleg-dops-kmar");
    a = await afronden(locc, a, "verzoek-defensie");
    a = await stap(commandantKmar, a, {
      type: "AdviesGeven",
      taakId: taak(a, "advies-sg-commandant-kmar").id,
      advies: "Twee pelotons gereed.",
    });
    return stap(djz, a, {
      type: "AdviesGeven",
      taakId: taak(a, "advies-sg").id,
      advies: "KMar kan leveren.",
    });
  }

  const standpunt = (a: Aanvraag, extra: Record<string, unknown> = {}) =>
    commando(djz, a, {
      type: "Leveranciersbesluit",
      taakId: taak(a, "standpunt-defensie").id,
      uitkomst: "volledig",
      redenen: [],
      ...extra,
    });

  async function telling(typeId: string, moment: Date) {
    const r = await locc.vraag(
      "GET",
      `/api/v1/capaciteit/overzicht?type=${typeId}&moment=${encodeURIComponent(moment.toISOString())}`,
    );
    assert.equal(r.statusCode, 200, r.body);
    const rijen = r.json().rijen as { telling: Record<string, number>; totaal: number }[];
    const som: Record<string, number> = { beschikbaar: 0, gereserveerd: 0, ingezet: 0, "niet-inzetbaar": 0 };
    for (const x of rijen) for (const [k, v] of Object.entries(x.telling)) som[k] = (som[k] ?? 0) + v;
    return som;
  }

  async function vraagVan(aanvraagId: string) {
    const r = await locc.vraag("GET", "/api/v1/capaciteit/vraag");
    assert.equal(r.statusCode, 200, r.body);
    return (
      r.json().vraag as { aanvraagId: string; status: string; aantal: number; toegewezen: number }[]
    ).find((v) => v.aanvraagId === aanvraagId);
  }

  const boekingenVan = (aanvraagId: string) =>
    t.database.db
      .selectFrom("capaciteit_boekingen")
      .select(["id", "item_id", "soort", "vrijgegeven_op", "vrijgave_reden"])
      .where("aanvraag_id", "=", aanvraagId)
      .execute();

  test("besluit leverancier reserveert, inzet zet om, afschalen en demobiliseren geven vrij; historie blijft", async () => {
    // KMar registers two items; the second is named by DJZ, the rest is picked in a fixed order.
    const schiphol = await item(kmar, "kmar-peloton", "KMar-peloton Schiphol", 2);
    const denHaag = await item(kmar, "kmar-peloton", "KMar-peloton Den Haag", 1);
    const nu = Date.now();
    let a = await totStandpunt("kmar-peloton", 2, { van: new Date(nu - UUR), tot: new Date(nu + 24 * UUR) });

    // The filed request is open demand in the national overview.
    let v = await vraagVan(a.id);
    assert.equal(v?.status, "open");
    assert.equal(v?.aantal, 2);

    // A supplier cannot name more than it supplies.
    const teVeel = await standpunt(a, {
      items: [
        { itemId: schiphol, aantal: 2 },
        { itemId: denHaag, aantal: 1 },
      ],
    });
    assert.equal(teVeel.statusCode, 400, teVeel.body);
    assert.match(teVeel.json().detail, /tellen op tot 3 eenheden; dit besluit levert er 2/);

    const r = await standpunt(a, {
      items: [
        { itemId: denHaag, aantal: 1 },
        { itemId: schiphol, aantal: 1 },
      ],
    });
    assert.equal(r.statusCode, 200, r.body);
    const c = r.json().capaciteit as CapaciteitUitkomst;
    a = r.json().aanvraag;
    assert.deepEqual(c.geboekt.map((b) => b.itemNaam).sort(), [
      "KMar-peloton Den Haag",
      "KMar-peloton Schiphol",
    ]);
    assert.ok(c.geboekt.every((b) => b.soort === "reservering"));
    assert.deepEqual(c.meldingen, []);
    assert.deepEqual(await telling("kmar-peloton", new Date()), {
      beschikbaar: 1,
      gereserveerd: 2,
      ingezet: 0,
      "niet-inzetbaar": 0,
    });
    v = await vraagVan(a.id);
    assert.equal(v?.status, "toegewezen");
    assert.equal(v?.toegewezen, 2);

    a = await stap(locc, a, {
      type: "Besluiten",
      taakId: taak(a, "besluit").id,
      uitkomst: "volledig",
      redenen: [],
    });
    a = await afronden(locc, a, "informeren-rccb");
    const inzet = await doe(rccb, a, { type: "InzetStarten" });
    a = inzet.a;
    assert.equal(inzet.capaciteit?.omgezetNaarInzet, 2);
    assert.deepEqual(await telling("kmar-peloton", new Date()), {
      beschikbaar: 1,
      gereserveerd: 0,
      ingezet: 2,
      "niet-inzetbaar": 0,
    });

    // Scale down to one: the newest unit goes back.
    const af = await doe(rccb, a, {
      type: "WijzigingAanvragen",
      wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: 1, reden: "Rustiger dan verwacht." },
    });
    a = af.a;
    assert.equal(af.capaciteit?.vrijgegeven, 1);
    assert.deepEqual(await telling("kmar-peloton", new Date()), {
      beschikbaar: 2,
      gereserveerd: 0,
      ingezet: 1,
      "niet-inzetbaar": 0,
    });
    const moment = new Date();
    await wacht(5);

    const demob = await doe(rccb, a, { type: "Demobiliseren" });
    a = demob.a;
    assert.equal(demob.capaciteit?.vrijgegeven, 1);
    assert.deepEqual(await telling("kmar-peloton", new Date()), {
      beschikbaar: 3,
      gereserveerd: 0,
      ingezet: 0,
      "niet-inzetbaar": 0,
    });
    // History: at `moment` one KMar platoon was deployed for this request; nothing was deleted.
    const h = await locc.vraag(
      "GET",
      `/api/v1/capaciteit/historie?moment=${encodeURIComponent(moment.toISOString())}`,
    );
    assert.equal(h.statusCode, 200, h.body);
    const toen = (h.json().boekingen as { aanvraagId: string; soort: string }[]).filter(
      (b) => b.aanvraagId === a.id,
    );
    assert.deepEqual(
      toen.map((b) => b.soort),
      ["inzet"],
    );
    const rijen = await boekingenVan(a.id);
    assert.equal(rijen.length, 4, "2 reserveringen + 2 inzetboekingen, niets verwijderd");
    assert.ok(rijen.every((b) => b.vrijgegeven_op !== null));
    assert.equal((await vraagVan(a.id))?.status, "vervallen");

    // The timeline shows what each step did to capacity; the request's own trail stays one per event.
    const tl = (await locc.vraag("GET", `/api/v1/aanvragen/${a.id}/tijdlijn`)).json() as {
      tijdlijn: { type: string; capaciteit?: CapaciteitUitkomst }[];
    };
    assert.equal(tl.tijdlijn.length, a.versie);
    assert.equal(
      tl.tijdlijn.find((x) => x.type === "LeveranciersbesluitGenomen")?.capaciteit?.geboekt.length,
      2,
    );
    assert.equal(tl.tijdlijn.find((x) => x.type === "Gedemobiliseerd")?.capaciteit?.vrijgegeven, 1);
  });

  test("twee besluiten tegelijk om de laatste eenheid: precies één slaagt, de ander 409 en niets opgeslagen", async () => {
    await item(kmar, "kmar-bewakingseenheid", "Bewakingseenheid KMar Schiphol", 1);
    const periode = { van: new Date(Date.now() + 2 * UUR), tot: new Date(Date.now() + 26 * UUR) };
    const [a1, a2] = await Promise.all([
      totStandpunt("kmar-bewakingseenheid", 1, periode),
      totStandpunt("kmar-bewakingseenheid", 1, periode),
    ]);
    assert.ok(a1 && a2);
    const audit0 = await t.database.db
      .selectFrom("audit_records")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("onderwerp_id", "in", [a1.id, a2.id])
      .executeTakeFirstOrThrow();
    const antwoorden = await Promise.all([standpunt(a1), standpunt(a2)]);
    assert.deepEqual(
      antwoorden.map((r) => r.statusCode).sort(),
      [200, 409],
      antwoorden.map((r) => r.body).join("\n"),
    );
    const i = antwoorden.findIndex((r) => r.statusCode === 409);
    const verliezer = [a1, a2][i] as Aanvraag;
    const winnaar = [a1, a2][1 - i] as Aanvraag;
    const fout = antwoorden[i]?.json();
    assert.equal(fout.code, "conflict");
    assert.match(fout.detail, /niet vastgelegd en is er niets geboekt/);
    assert.match(fout.detail, new RegExp(verliezer.referentienummer));

    // The loser's request is exactly as before: same version, the task still open, no bookings.
    const nu = (await locc.vraag("GET", `/api/v1/aanvragen/${verliezer.id}`)).json().aanvraag as Aanvraag;
    assert.equal(nu.versie, verliezer.versie);
    assert.equal(taak(nu, "standpunt-defensie").status, "open");
    assert.equal((await boekingenVan(verliezer.id)).length, 0);
    assert.equal((await boekingenVan(winnaar.id)).length, 1);
    const audit1 = await t.database.db
      .selectFrom("audit_records")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("onderwerp_id", "=", verliezer.id)
      .executeTakeFirstOrThrow();
    const auditWinnaar = await t.database.db
      .selectFrom("audit_records")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("onderwerp_id", "=", winnaar.id)
      .executeTakeFirstOrThrow();
    // Winner: one event record + one capacity record more; loser: nothing.
    assert.equal(Number(audit1.n) + Number(auditWinnaar.n), Number(audit0.n) + 2);

    // Later, sequentially: the registry is full, so a full decision is refused with the reason…
    const weer = await standpunt(verliezer);
    assert.equal(weer.statusCode, 409);
    assert.match(weer.json().detail, /maar 0 van de benodigde 1 eenheden vrij/);
    // …and once the winner withdraws, the unit is free again for the other request.
    const w = (await locc.vraag("GET", `/api/v1/aanvragen/${winnaar.id}`)).json().aanvraag as Aanvraag;
    const weg = await doe(rccb, w, { type: "Intrekken", reden: "Niet meer nodig." });
    assert.equal(weg.capaciteit?.vrijgegeven, 1);
    const nuWel = await standpunt(verliezer);
    assert.equal(nuWel.statusCode, 200, nuWel.body);
    assert.equal((nuWel.json().capaciteit as CapaciteitUitkomst).geboekt.length, 1);
  });

  /** Completes the available tasks of a (change) phase with the right user, until `stop` says so. */
  async function doorloop(a: Aanvraag, stop: (t: Taak) => boolean): Promise<Aanvraag> {
    const wie: Record<string, TestClient> = {
      "rccb-medewerker": rccb,
      burgemeester: bm,
      "locc-piket": locc,
      "defensie-djz": djz,
      "commandant-kmar": commandantKmar,
    };
    for (let i = 0; i < 40; i++) {
      const t = a.taken.find((x) => x.beschikbaar);
      if (!t || stop(t)) return a;
      const c = wie[t.eigenaar.rol];
      assert.ok(c, `geen testgebruiker voor ${t.eigenaar.rol}`);
      if (t.commando === "Ondertekenen") {
        await bm.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: DEMO_WACHTWOORD });
        const d = (await bm.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json() as {
          teOndertekenen: { taakId: string; hash: string };
        };
        a = await stap(bm, a, { type: "Ondertekenen", taakId: t.id, inhoudHash: d.teOndertekenen.hash });
      } else if (t.commando === "Toetsen")
        a = await stap(c, a, { type: "Toetsen", taakId: t.id, uitkomst: "goedkeuren", redenen: [] });
      else if (t.commando === "AdviesGeven")
        a = await stap(c, a, { type: "AdviesGeven", taakId: t.id, advies: "Akkoord." });
      else if (t.commando === "Leveranciersbesluit")
        a = await stap(c, a, {
          type: "Leveranciersbesluit",
          taakId: t.id,
          uitkomst: "volledig",
          redenen: [],
        });
      else if (t.commando === "Besluiten")
        a = await stap(c, a, { type: "Besluiten", taakId: t.id, uitkomst: "volledig", redenen: [] });
      else a = await stap(c, a, { type: "StapAfronden", taakId: t.id, toelichting: "Gedaan." });
    }
    assert.fail("doorloop eindigt niet");
  }

  test("verlengen boekt dezelfde eenheden door; is een eenheid dan bezet, dan 409 en niets vastgelegd", async () => {
    await item(kmar, "kmar-opsporingsexpertise", "Opsporingsteam KMar", 1);
    const h = (uren: number) => new Date(Date.now() + uren * UUR);
    let a = await totStandpunt("kmar-opsporingsexpertise", 1, { van: h(2), tot: h(26) });
    a = (await standpunt(a)).json().aanvraag;
    a = await stap(locc, a, {
      type: "Besluiten",
      taakId: taak(a, "besluit").id,
      uitkomst: "volledig",
      redenen: [],
    });
    a = await afronden(locc, a, "informeren-rccb");
    assert.equal(a.status, "toegekend");
    // Another request books the same unit right after the first one's period.
    const b = await totStandpunt("kmar-opsporingsexpertise", 1, { van: h(30), tot: h(50) });
    assert.equal((await standpunt(b)).statusCode, 200);

    const nieuwTot = h(40).toISOString();
    a = await stap(rccb, a, {
      type: "WijzigingAanvragen",
      wijziging: { soort: "verlengen", nieuwTot, nieuwAantal: null, reden: "Het onderzoek loopt uit." },
    });
    const fase = a.fasen.length - 1;
    a = await doorloop(a, (t) => t.fase === fase && t.commando === "Besluiten");
    const besluit = a.taken.find((t) => t.fase === fase && t.commando === "Besluiten") as Taak;
    const body = { type: "Besluiten", taakId: besluit.id, uitkomst: "volledig", redenen: [] };
    const r = await commando(locc, a, body);
    assert.equal(r.statusCode, 409, r.body);
    assert.match(r.json().detail, /Verlengen tot .* kan niet met dezelfde eenheden/);
    const zelfde = (await locc.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json().aanvraag as Aanvraag;
    assert.equal(zelfde.versie, a.versie);
    assert.notEqual(zelfde.gegevens.periode?.tot, nieuwTot);

    // The other request is withdrawn: now the extension goes through and books the same unit on.
    const bNu = (await locc.vraag("GET", `/api/v1/aanvragen/${b.id}`)).json().aanvraag as Aanvraag;
    await stap(rccb, bNu, { type: "Intrekken", reden: "Niet meer nodig." });
    const ok = await doe(locc, a, body);
    assert.equal(ok.a.gegevens.periode?.tot, nieuwTot);
    assert.equal(ok.capaciteit?.verlengd.length, 1);
    assert.equal(ok.capaciteit?.verlengd[0]?.tot, nieuwTot);
    const eenheden = await t.database.db
      .selectFrom("capaciteit_boekingen")
      .select("eenheid_id")
      .where("aanvraag_id", "=", a.id)
      .distinct()
      .execute();
    assert.equal(eenheden.length, 1, "dezelfde eenheid, twee aansluitende boekingen");
  });

  test("het NCC levert het BTC en boekt de eenheden die het IFV als beheerder bijhoudt (fb toelichting 3, 'Tot slot')", async () => {
    const ifv = await t.als("demo-ifv");
    await item(ifv, "btc-crisiscommunicatieadviseur", "BTC-pool crisiscommunicatieadviseurs", 3);
    const P = "bevolkingszorg-3-btc";
    const p = procedure(P);
    const g = volledigeGegevens(p) as AanvraagGegevens;
    const acb = await t.als(`demo-${p.voorbereiding.rollen[0]}`);
    const r = await acb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: P,
      veiligheidsregioId: "vr09",
      gezag: { rol: p.gezag.rollen[0], naam: "K. Commandant" },
      spoed: false,
      gegevens: {
        ...g,
        gevraagd: {
          capaciteitType: "btc-crisiscommunicatieadviseur",
          aantal: 2,
          specialisme: null,
          omschrijving: "Twee adviseurs.",
        },
        plaats: { ...g.plaats, coordinaten: { lat: 52.09, lon: 5.11 } },
        periode: {
          van: new Date(Date.now() + 2 * UUR).toISOString(),
          tot: new Date(Date.now() + 26 * UUR).toISOString(),
        },
      },
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    const wie = new Map<string, TestClient>();
    let geboekt: number | null = null;
    let meldingen: string[] = [];
    for (let i = 0; i < 40 && geboekt === null; i++) {
      const tk = a.taken.find((x) => x.beschikbaar);
      assert.ok(tk, `geen beschikbare taak meer in status ${a.status}`);
      let c = wie.get(tk.eigenaar.rol);
      if (!c) {
        c = await t.als(`demo-${tk.eigenaar.rol}`);
        wie.set(tk.eigenaar.rol, c);
      }
      if (tk.commando === "Leveranciersbesluit") {
        assert.equal(tk.eigenaar.rol, "ncc", "het NCC geeft het antwoord van de leverancier");
        const u = await doe(c, a, {
          type: "Leveranciersbesluit",
          taakId: tk.id,
          uitkomst: "volledig",
          redenen: [],
        });
        a = u.a;
        geboekt = u.capaciteit?.geboekt.length ?? 0;
        meldingen = u.capaciteit?.meldingen ?? [];
      } else if (tk.commando === "Ondertekenen") {
        await c.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: DEMO_WACHTWOORD });
        const d = (await c.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json() as {
          teOndertekenen: { hash: string };
        };
        a = await stap(c, a, { type: "Ondertekenen", taakId: tk.id, inhoudHash: d.teOndertekenen.hash });
      } else if (tk.commando === "Toetsen")
        a = await stap(c, a, { type: "Toetsen", taakId: tk.id, uitkomst: "goedkeuren", redenen: [] });
      else if (tk.commando === "AdviesGeven")
        a = await stap(c, a, { type: "AdviesGeven", taakId: tk.id, advies: "Akkoord." });
      else if (tk.commando === "Besluiten")
        a = await stap(c, a, { type: "Besluiten", taakId: tk.id, uitkomst: "volledig", redenen: [] });
      else a = await stap(c, a, { type: "StapAfronden", taakId: tk.id, toelichting: "Gedaan." });
    }
    assert.equal(geboekt, 2, `twee adviseurs uit de pool van het IFV geboekt; ${meldingen.join(" ")}`);
  });

  test("leverancier zonder geregistreerde capaciteit besluit toch, met een duidelijke notitie", async () => {
    const periode = { van: new Date(Date.now() + 2 * UUR), tot: new Date(Date.now() + 26 * UUR) };
    let a = await totStandpunt("kmar-stadionexpertise", 2, periode);
    const r = await standpunt(a, {
      uitkomst: "gedeeltelijk",
      redenen: ["Eén peloton is elders nodig."],
      geleverd: { aantal: 1, toelichting: "Eén peloton stadionexpertise." },
    });
    assert.equal(r.statusCode, 200, r.body);
    a = r.json().aanvraag;
    const c = r.json().capaciteit as CapaciteitUitkomst;
    assert.deepEqual(c.geboekt, []);
    assert.equal(c.meldingen.length, 1);
    assert.match(c.meldingen[0] ?? "", /Niets geboekt: defensie-djz heeft geen capaciteit van het type/);
    assert.equal(taak(a, "standpunt-defensie").status, "gereed");
    const tl = (await locc.vraag("GET", `/api/v1/aanvragen/${a.id}/tijdlijn`)).json() as {
      tijdlijn: { type: string; capaciteit?: CapaciteitUitkomst }[];
    };
    assert.match(
      tl.tijdlijn.find((x) => x.type === "LeveranciersbesluitGenomen")?.capaciteit?.meldingen[0] ?? "",
      /Niets geboekt/,
    );
    // The promise counts as given, so it does not show as unmet demand.
    const v = await vraagVan(a.id);
    assert.equal(v?.toegewezen, 1);
    assert.equal(v?.status, "deels-toegewezen");
  });

  test("spoed is geen acuut: de vraag van een spoedaanvraag (justitie) is regulier tot de aanvrager acuut gevaar verklaart", async () => {
    // LCP-EGT §3.2.3: "Redden gaat voor opsporen, behalve bij acuut gevaar met een nog groter risico op
    // slachtoffers". Spoed is the procedural path (phone first), not that statement (ADR 0660).
    const P7 = "politie-7-kmar-justitie";
    const g = volledigeGegevens(procedure(P7)) as AanvraagGegevens;
    const nu = Date.now();
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: P7,
      veiligheidsregioId: "vr09",
      gezag: { rol: "officier-van-justitie", naam: "mr. A. Jansen" },
      spoed: true,
      gegevens: {
        ...g,
        gevraagd: {
          capaciteitType: "kmar-opsporingsexpertise",
          aantal: 1,
          specialisme: null,
          omschrijving: "Eén team opsporingsexpertise.",
        },
        periode: { van: new Date(nu + UUR).toISOString(), tot: new Date(nu + 25 * UUR).toISOString() },
      },
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    assert.equal(a.spoed, true);
    assert.equal(a.gegevens.acuteDreiging, undefined, "bestaande en nieuwe aanvragen zonder het veld");
    a = await stap(rccb, a, {
      type: "StapOverslaan",
      taakId: taak(a, "vooroverleg-kmar").id,
      reden: "Spoed.",
    });
    const ovj = await t.als("demo-officier-van-justitie");
    a = await stap(ovj, a, {
      type: "TelefonischContactVastleggen",
      van: {
        naam: "mr. A. Jansen",
        rol: "officier-van-justitie",
        organisatieId: "om-parket-re03",
        telefoon: null,
      },
      aan: { naam: "Parket-Generaal", rol: "parket-generaal", organisatieId: "om-pg", telefoon: null },
      op: new Date(nu - 60_000).toISOString(),
      afspraken: "Het College steunt de aanvraag; formulier volgt.",
      taakIds: [taak(a, "contact-college").id],
    });
    type V = { aanvraagId: string; urgentie: string; prioriteit: number; motivering: string };
    const vraag = async () =>
      ((await locc.vraag("GET", "/api/v1/capaciteit/vraag")).json().vraag as V[]).find(
        (v) => v.aanvraagId === a.id,
      );
    const regulier = await vraag();
    assert.equal(regulier?.urgentie, "regulier");
    assert.equal(regulier?.prioriteit, 3, "opsporen, niet naast redden");

    // The requester states the acute threat: now the exception applies, with the full condition quoted.
    a = await stap(rccb, a, { type: "ConceptBijwerken", wijzigingen: { acuteDreiging: true } });
    assert.equal(a.gegevens.acuteDreiging, true);
    const acuut = await vraag();
    assert.equal(acuut?.urgentie, "acuut");
    assert.equal(acuut?.prioriteit, 1);
    assert.match(acuut?.motivering ?? "", /met een nog groter risico op slachtoffers/);
  });
});
