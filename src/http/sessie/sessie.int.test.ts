import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { DEMO_WACHTWOORD, type TestApp, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { leesConfig } from "../../config.ts";
import type { DB } from "../../db/schema.ts";
import { buildApp } from "../app.ts";
import { capabilities } from "../capabilities.ts";

perEngine("inloggen en sessies", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine, { sessieInactiefMinuten: 60 });
  });
  after(async () => t.sluit());

  test("inloggen geeft de gebruiker, een HttpOnly SameSite-cookie en een CSRF-token", async () => {
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/sessie",
      payload: { gebruikersnaam: "demo-locc-piket", wachtwoord: DEMO_WACHTWOORD },
    });
    assert.equal(r.statusCode, 200);
    const cookie = r.cookies.find((c) => c.name === "knooppunt_sessie");
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie?.sameSite, "Strict");
    const body = r.json();
    assert.equal(body.gebruiker.gebruikersnaam, "demo-locc-piket");
    assert.deepEqual(body.gebruiker.rollen, ["locc-piket"]);
    assert.equal(body.gebruiker.organisatie.id, "locc");
    assert.ok(body.csrfToken.length > 10);
    assert.equal(body.gebruiker.wachtwoordHash, undefined);
  });

  test("een verkeerd wachtwoord geeft 401 met een Nederlandse uitleg en wordt geaudit", async () => {
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/sessie",
      payload: { gebruikersnaam: "demo-locc-piket", wachtwoord: "fout" },
    });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().code, "inloggen-mislukt");
    assert.match(r.json().detail, /wachtwoord is onjuist/);
    const a = await t.database.db
      .selectFrom("audit_records")
      .select("gegevens")
      .where("actie", "=", "sessie.inloggen-mislukt")
      .execute();
    assert.ok(a.some((x) => (x.gegevens as { reden: string }).reden === "wachtwoord"));
    assert.ok(!JSON.stringify(a).includes('"fout"'), "het geprobeerde wachtwoord staat niet in de audit");
  });

  test("ongeldige invoer: problem+json met het veld", async () => {
    const r = await t.app.inject({ method: "POST", url: "/api/v1/sessie", payload: { gebruikersnaam: "x" } });
    assert.equal(r.statusCode, 400);
    assert.match(String(r.headers["content-type"]), /application\/problem\+json/);
    assert.deepEqual(r.json().velden, [{ veld: "wachtwoord", melding: "is verplicht" }]);
  });

  test("zonder CSRF-token wordt een wijziging geweigerd, met token uitgevoerd", async () => {
    const c = await t.als("demo-burgemeester");
    const zonder = await t.app.inject({
      method: "DELETE",
      url: "/api/v1/sessie",
      headers: { cookie: c.cookie },
    });
    assert.equal(zonder.statusCode, 403);
    assert.equal(zonder.json().code, "csrf-ongeldig");
    const met = await c.vraag("DELETE", "/api/v1/sessie");
    assert.equal(met.statusCode, 204);
    const daarna = await c.vraag("GET", "/api/v1/sessie");
    assert.equal(daarna.statusCode, 401, "na uitloggen is de sessie ongeldig");
  });

  test("een geblokkeerde gebruiker verliest zijn sessie en kan niet meer inloggen", async () => {
    const beheer = await t.als("demo-beheerder");
    const ncc = await t.als("demo-ncc");
    const r = await beheer.vraag("POST", `/api/v1/gebruikers/${ncc.gebruiker.id}/blokkeren`, {});
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().gebruiker.actief, false);
    assert.equal((await ncc.vraag("GET", "/api/v1/sessie")).statusCode, 401);
    await assert.rejects(t.als("demo-ncc"), /401/);
  });

  test("beheerder voegt een gebruiker toe; zwak wachtwoord en dubbele naam worden uitgelegd", async () => {
    const beheer = await t.als("demo-beheerder");
    const zwak = await beheer.vraag("POST", "/api/v1/gebruikers", {
      gebruikersnaam: "j.jansen",
      naam: "J. Jansen",
      organisatieId: "vr09",
      rollen: ["burgemeester"],
      wachtwoord: "kort",
    });
    assert.equal(zwak.statusCode, 400);
    assert.equal(zwak.json().velden[0].veld, "wachtwoord");
    const org = await beheer.vraag("POST", "/api/v1/gebruikers", {
      gebruikersnaam: "j.jansen",
      naam: "J. Jansen",
      organisatieId: "bestaat-niet",
      rollen: ["burgemeester"],
      wachtwoord: "een lang genoeg wachtwoord",
    });
    assert.equal(org.json().velden[0].veld, "organisatieId");
    const ok = await beheer.vraag("POST", "/api/v1/gebruikers", {
      gebruikersnaam: "j.jansen",
      naam: "J. Jansen",
      organisatieId: "gm0344",
      rollen: ["burgemeester"],
      wachtwoord: "een lang genoeg wachtwoord",
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const dubbel = await beheer.vraag("POST", "/api/v1/gebruikers", {
      gebruikersnaam: "j.jansen",
      naam: "J. Jansen",
      organisatieId: "gm0344",
      rollen: ["burgemeester"],
      wachtwoord: "een lang genoeg wachtwoord",
    });
    assert.equal(dubbel.statusCode, 409);
    const nieuw = await t.als("j.jansen", "een lang genoeg wachtwoord");
    assert.equal((await nieuw.vraag("GET", "/api/v1/sessie")).json().gebruiker.organisatie.id, "gm0344");
  });

  test("herauthenticatie (voor ondertekenen) controleert het wachtwoord opnieuw", async () => {
    const c = await t.als("demo-officier-van-justitie");
    assert.equal(
      (await c.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: "fout" })).statusCode,
      401,
    );
    const ok = await c.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: DEMO_WACHTWOORD });
    assert.equal(ok.statusCode, 200);
    assert.ok(Date.parse(ok.json().geldigTot) > Date.now());
  });

  test("een sessie verloopt na de inactiviteitstermijn", async () => {
    const c = await t.als("demo-ifv");
    await t.database.db
      .updateTable("sessies")
      .set({ laatst_actief: new Date(Date.now() - 61 * 60_000) })
      .where("gebruiker_id", "=", c.gebruiker.id)
      .execute();
    assert.equal((await c.vraag("GET", "/api/v1/sessie")).statusCode, 401);
  });

  test("de keten blijft geldig na al deze wijzigingen", async () => {
    const a = await t.als("demo-auditor");
    const v = (await a.vraag("GET", "/api/v1/audit/verificatie")).json();
    assert.equal(v.ok, true);
    assert.ok(v.aantal > 20);
    const lijst = (await a.vraag("GET", "/api/v1/audit?actie=gebruiker.&limiet=5")).json();
    assert.ok(
      lijst.records.length > 0 &&
        lijst.records.every((r: { actie: string }) => r.actie.startsWith("gebruiker.")),
    );
  });
});

perEngine("inlogpogingen beperken", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine, { loginPogingenPerMinuut: 3 });
  });
  after(async () => t.sluit());
  test("na 3 pogingen per minuut: 429 met Nederlandse uitleg", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({
        method: "POST",
        url: "/api/v1/sessie",
        payload: { gebruikersnaam: "demo-cds", wachtwoord: "fout" },
      });
      codes.push(r.statusCode);
      if (r.statusCode === 429) assert.equal(r.json().code, "te-veel-verzoeken");
    }
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
    // Someone else behind the same address (an office's NAT) is not locked out by it.
    const ander = await t.app.inject({
      method: "POST",
      url: "/api/v1/sessie",
      payload: { gebruikersnaam: "demo-dgpol", wachtwoord: "fout" },
    });
    assert.equal(ander.statusCode, 401);
  });

  test("twee instanties op één database tellen samen: na 3 pogingen 429, ook op de andere; adres en naam staan niet in de tabel", async () => {
    const tweede = await buildApp({
      database: t.database,
      config: { ...leesConfig({}), logLevel: "silent", loginPogingenPerMinuut: 3 },
      capabilities: capabilities(),
    });
    await tweede.ready();
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const app = i % 2 === 0 ? t.app : tweede;
        const r = await app.inject({
          method: "POST",
          url: "/api/v1/sessie",
          payload: { gebruikersnaam: "demo-ozi", wachtwoord: "fout" },
        });
        codes.push(r.statusCode);
      }
      assert.deepEqual(codes, [401, 401, 401, 429, 429]);
      const rijen = await t.database.db.selectFrom("verzoek_tellers").select(["sleutel", "aantal"]).execute();
      assert.ok(rijen.length >= 1, "de pogingen staan in de database");
      assert.ok(
        rijen.every((r) => /^[0-9a-f]{64}$/.test(r.sleutel) && !r.sleutel.includes("demo-ozi")),
        "alleen een hash van adres en naam",
      );
    } finally {
      await tweede.close();
    }
  });
});

perEngine("mislukte inlogpogingen per account en per adres", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine, { loginFoutenPerAccount: 3, loginFoutenPerAdres: 4 });
  });
  after(async () => t.sluit());
  const poging = (gebruikersnaam: string, wachtwoord: string, adres: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/sessie",
      remoteAddress: adres,
      payload: { gebruikersnaam, wachtwoord },
    });

  test("één account vanaf steeds een ander adres: na 3 fouten 429, ook met het goede wachtwoord", async () => {
    const codes: number[] = [];
    for (let i = 1; i <= 4; i++) codes.push((await poging("demo-cds", "fout", `10.1.0.${i}`)).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 429]);
    const goed = await poging("demo-cds", DEMO_WACHTWOORD, "10.1.0.9");
    assert.equal(goed.statusCode, 429, "het account blijft het venster lang dicht");
    assert.match(goed.json().detail, /dit account/);
    assert.equal(goed.cookies.length, 0, "geen sessie");
    // Another account is not affected.
    assert.equal((await poging("demo-dgpol", DEMO_WACHTWOORD, "10.1.0.9")).statusCode, 200);
    const geweigerd = await t.database.db
      .selectFrom("audit_records")
      .select("gegevens")
      .where("actie", "=", "sessie.inloggen-geweigerd")
      .execute();
    assert.ok(
      geweigerd.some((a) => (a.gegevens as { reden: string }).reden === "te-veel-fouten-account"),
      "de weigering staat in de audit",
    );
  });

  test("veel accounts vanaf één adres: na 4 fouten 429 voor dat adres, een ander adres kan door", async () => {
    const namen = ["demo-ozi", "demo-ifv-piket", "demo-nctv-cbb", "demo-dgpol"];
    const codes: number[] = [];
    for (const n of namen) codes.push((await poging(n, "fout", "10.2.0.1")).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 401]);
    const daarna = await poging("demo-locc-piket", DEMO_WACHTWOORD, "10.2.0.1");
    assert.equal(daarna.statusCode, 429);
    assert.match(daarna.json().detail, /dit adres/);
    assert.equal((await poging("demo-locc-piket", DEMO_WACHTWOORD, "10.2.0.2")).statusCode, 200);
  });
});

perEngine("CSRF-geheim, verzoek-id en gereedheid", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine);
  });
  after(async () => t.sluit());

  test("elke login geeft een nieuw CSRF-geheim; uitloggen wist het", async () => {
    const login = (cookie?: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/sessie",
        payload: { gebruikersnaam: "demo-burgemeester", wachtwoord: DEMO_WACHTWOORD },
        ...(cookie ? { headers: { cookie } } : {}),
      });
    const eerste = await login();
    const geheim1 = eerste.cookies.find((c) => c.name === "_csrf");
    assert.ok(geheim1?.value, "de eerste login zet een CSRF-geheim");
    const tweede = await login(`_csrf=${geheim1.value}`);
    const geheim2 = tweede.cookies.find((c) => c.name === "_csrf");
    assert.ok(geheim2?.value && geheim2.value !== geheim1.value, "een tweede login zet een nieuw geheim");
    const sessie = tweede.cookies.find((c) => c.name === "knooppunt_sessie");
    const uit = await t.app.inject({
      method: "DELETE",
      url: "/api/v1/sessie",
      headers: {
        cookie: `knooppunt_sessie=${sessie?.value}; _csrf=${geheim2.value}`,
        "x-csrf-token": tweede.json().csrfToken,
      },
    });
    assert.equal(uit.statusCode, 204);
    const gewist = uit.cookies.find((c) => c.name === "_csrf");
    assert.equal(gewist?.value, "", "uitloggen wist het CSRF-geheim");
  });

  test("een verzoek-id uit de header komt zonder vertrouwde proxy niet in de audit", async () => {
    await t.app.inject({
      method: "POST",
      url: "/api/v1/sessie",
      headers: { "x-request-id": "vals-verzoek-id-123" },
      payload: { gebruikersnaam: "demo-burgemeester", wachtwoord: "fout" },
    });
    const rijen = await t.database.db
      .selectFrom("audit_records")
      .select("request_id")
      .where("actie", "=", "sessie.inloggen-mislukt")
      .execute();
    assert.ok(rijen.length > 0, "de mislukte poging is geaudit");
    assert.ok(
      rijen.every((r) => r.request_id !== "vals-verzoek-id-123"),
      "het verzoek-id is door de dienst gekozen",
    );
  });
});

perEngine("gereedheid zonder database", (engine) => {
  test("/ready noemt geen driverfout, alleen dat de database niet bereikbaar is", async () => {
    const t = await testApp(engine);
    const echt = t.database.db;
    // A database that refuses connections, as an unreachable server does (port 1 on loopback).
    const onbereikbaar = new Kysely<DB>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: "postgres://geheim@127.0.0.1:1/knooppunt", max: 1 }),
      }),
    });
    (t.database as { db: Kysely<DB> }).db = onbereikbaar;
    try {
      const r = await t.app.inject({ method: "GET", url: "/ready" });
      assert.equal(r.statusCode, 503);
      assert.equal(r.json().reden, "database niet bereikbaar");
      assert.ok(!r.body.includes("127.0.0.1") && !r.body.includes("geheim"), "geen adres of gebruiker");
    } finally {
      (t.database as { db: Kysely<DB> }).db = echt;
      await onbereikbaar.destroy();
      await t.sluit();
    }
  });
});
