// Every API route refuses a caller without the right role: anonymous → 401, logged in without
// one of the route's roles → 403. The list of routes comes from the app itself, so a new route
// cannot escape this test.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { leesConfig } from "../../config.ts";
import { ROL_IDS, type Rol } from "../../domain/organisaties/rollen.ts";
import { type App, buildApp } from "../app.ts";

const invullen = (url: string) => url.replace(/:(\w+)/g, "00000000-0000-4000-8000-000000000000");

perEngine("toegang per route", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine);
  });
  after(async () => t.sluit());

  test("er zijn routes en elke route heeft een toegangsregel", () => {
    assert.ok(t.app.apiRoutes.length >= 10);
  });

  test("zonder sessie: 401 op elke niet-publieke route", async () => {
    for (const r of t.app.apiRoutes) {
      if ("publiek" in r.toegang) continue;
      const res = await t.app.inject({ method: r.method as "GET", url: invullen(r.url) });
      assert.equal(res.statusCode, 401, `${r.method} ${r.url} gaf ${res.statusCode}`);
      assert.equal(res.headers["content-type"], "application/problem+json; charset=utf-8");
      assert.equal(res.json().code, "niet-ingelogd");
    }
  });

  test("met een sessie maar zonder de juiste rol: 403 op elke rol-route", async () => {
    const clients = new Map<Rol, Awaited<ReturnType<TestApp["als"]>>>();
    for (const r of t.app.apiRoutes) {
      if (!("rollen" in r.toegang)) continue;
      const buiten = ROL_IDS.find((rol) => !(r.toegang as { rollen: readonly Rol[] }).rollen.includes(rol));
      assert.ok(buiten, `${r.url}: elke rol heeft toegang?`);
      let c = clients.get(buiten);
      if (!c) {
        c = await t.als(`demo-${buiten}`);
        clients.set(buiten, c);
      }
      const res = await c.vraag(r.method as "GET", invullen(r.url), r.method === "GET" ? undefined : {});
      assert.equal(
        res.statusCode,
        403,
        `${r.method} ${r.url} als ${buiten} gaf ${res.statusCode}: ${res.body}`,
      );
      assert.equal(res.json().code, "geen-toegang");
    }
  });

  test("een route zonder toegangsregel start niet", async () => {
    const config = { ...leesConfig({}), logLevel: "silent" };
    const vergeten = async (a: App) => {
      a.get("/vergeten", async () => ({}));
    };
    await assert.rejects(
      buildApp({ database: t.database, config, capabilities: [vergeten] }),
      /geen toegangsregel/,
    );
  });
});
