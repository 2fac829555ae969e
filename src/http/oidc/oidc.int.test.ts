// OpenID Connect login against a real provider (oidc-provider) in its own process: the full
// authorization-code flow over real HTTP, with cookies handled the way a browser would.

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { after, before, test } from "node:test";
import { type TestApp, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";

const CLIENT_ID = "knooppunt";
const CLIENT_SECRET = "geheim-voor-tests";
const PIKET_SUBJECT = "sub-locc-piket-7f3a";

async function vrijePoort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const addr = s.address();
  await new Promise((r) => s.close(r));
  if (!addr || typeof addr !== "object") throw new Error("geen poort");
  return addr.port;
}

async function startProvider(redirectUri: string): Promise<{ proces: ChildProcess; issuer: string }> {
  const proces = spawn(process.execPath, [new URL("./test-provider.mjs", import.meta.url).pathname], {
    env: {
      ...process.env,
      OIDC_TEST_REDIRECT_URI: redirectUri,
      OIDC_TEST_CLIENT_ID: CLIENT_ID,
      OIDC_TEST_CLIENT_SECRET: CLIENT_SECRET,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let fouten = "";
  proces.stderr?.on("data", (d) => {
    fouten += d;
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let uit = "";
    const klok = setTimeout(() => reject(new Error(`provider start niet:\n${fouten}`)), 15_000);
    proces.stdout?.on("data", (d) => {
      uit += d;
      const regel = uit.split("\n")[0];
      if (uit.includes("\n") && regel) {
        clearTimeout(klok);
        resolve((JSON.parse(regel) as { issuer: string }).issuer);
      }
    });
    proces.on("exit", (code) => {
      clearTimeout(klok);
      reject(new Error(`provider stopte (${code}):\n${fouten}`));
    });
  });
  return { proces, issuer };
}

/** A minimal browser: a cookie jar per origin, redirects followed by hand. */
class Browser {
  private jars = new Map<string, Map<string, string>>();

  cookie(origin: string, naam: string): string | undefined {
    return this.jars.get(origin)?.get(naam);
  }

  private cookieHeader(url: URL): string {
    return [...(this.jars.get(url.origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private bewaar(url: URL, res: Response) {
    const jar = this.jars.get(url.origin) ?? new Map<string, string>();
    this.jars.set(url.origin, jar);
    for (const regel of res.headers.getSetCookie()) {
      const [paar = "", ...attrs] = regel.split(";");
      const i = paar.indexOf("=");
      const naam = paar.slice(0, i).trim();
      const waarde = paar.slice(i + 1).trim();
      const weg = attrs.some((a) => {
        const [k = "", v = ""] = a.trim().split("=");
        return (
          (k.toLowerCase() === "max-age" && Number(v) <= 0) ||
          (k.toLowerCase() === "expires" && new Date(v).getTime() < Date.now())
        );
      });
      if (weg || waarde === "") jar.delete(naam);
      else jar.set(naam, waarde);
    }
  }

  async vraag(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const u = new URL(url);
    const headers: Record<string, string> = { cookie: this.cookieHeader(u) };
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(u, {
      method: init.method ?? (body ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    this.bewaar(u, res);
    return res;
  }
}

const volgende = (res: Response, basis: string) => new URL(res.headers.get("location") ?? "", basis).href;

function leesFormulier(html: string): { action: string; velden: Record<string, string> } {
  const ontsnap = (s: string) =>
    s.replaceAll("&amp;", "&").replaceAll("&#x2F;", "/").replaceAll("&#x3D;", "=");
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`geen formulier in:\n${html.slice(0, 500)}`);
  const velden: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
    velden[m[1]!] = ontsnap(m[2]!);
  return { action: ontsnap(action), velden };
}

perEngine("OIDC-login tegen een echte provider", (engine) => {
  let t: TestApp;
  let provider: ChildProcess;
  let appUrl: string;

  before(async () => {
    const poort = await vrijePoort();
    appUrl = `http://127.0.0.1:${poort}`;
    const redirectUrl = `${appUrl}/api/v1/oidc/callback`;
    const p = await startProvider(redirectUrl);
    provider = p.proces;
    t = await testApp(engine, {
      oidc: { issuer: p.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUrl },
    });
    await t.app.listen({ port: poort, host: "127.0.0.1" });
  });

  after(async () => {
    provider?.kill("SIGTERM");
    await t?.sluit();
  });

  /**
   * Start at Knooppunt, log in at the provider as `login`, give consent, and return the
   * answer of Knooppunt's callback. `wijzigTerugkeer` may tamper with the callback URL.
   */
  async function inloggen(b: Browser, login: string, wijzigTerugkeer = (u: URL) => u): Promise<Response> {
    let res = await b.vraag(`${appUrl}/api/v1/oidc/start`);
    assert.equal(res.status, 302);
    let url = volgende(res, appUrl);
    assert.ok(b.cookie(appUrl, "knooppunt_oidc"), "start zet het poging-cookie");
    for (let stap = 0; stap < 20; stap++) {
      if (url.startsWith(`${appUrl}/api/v1/oidc/callback`))
        return b.vraag(wijzigTerugkeer(new URL(url)).href);
      res = await b.vraag(url);
      if (res.status >= 300 && res.status < 400) {
        url = volgende(res, url);
        continue;
      }
      const html = await res.text();
      assert.equal(res.status, 200, html.slice(0, 500));
      const f = leesFormulier(html);
      const velden = f.velden.prompt === "login" ? { ...f.velden, login, password: "wat-dan-ook" } : f.velden;
      res = await b.vraag(new URL(f.action, url).href, { form: velden });
      assert.ok(res.status >= 300 && res.status < 400, `formulier ${f.velden.prompt}: ${res.status}`);
      url = volgende(res, url);
    }
    throw new Error("te veel stappen");
  }

  const auditActies = async (actie: string) =>
    t.database.db.selectFrom("audit_records").selectAll().where("actie", "=", actie).execute();

  test("status meldt dat OIDC aan staat", async () => {
    const res = await fetch(`${appUrl}/api/v1/oidc/status`);
    assert.deepEqual(await res.json(), { ingeschakeld: true });
  });

  test("bekende gebruiker: koppelen op preferred_username, daarna een geldige Knooppunt-sessie", async () => {
    const b = new Browser();
    const res = await inloggen(b, PIKET_SUBJECT);
    assert.equal(res.status, 302);
    assert.equal(res.headers.get("location"), "/");
    assert.equal(b.cookie(appUrl, "knooppunt_oidc"), undefined, "poging-cookie is opgeruimd");
    const sessie = b.cookie(appUrl, "knooppunt_sessie");
    assert.ok(sessie, "sessiecookie gezet");

    const ik = await fetch(`${appUrl}/api/v1/sessie`, { headers: { cookie: `knooppunt_sessie=${sessie}` } });
    assert.equal(ik.status, 200);
    const body = (await ik.json()) as { gebruiker: { gebruikersnaam: string } };
    assert.equal(body.gebruiker.gebruikersnaam, "demo-locc-piket");

    const rij = await t.database.db
      .selectFrom("gebruikers")
      .select(["oidc_subject"])
      .where("gebruikersnaam", "=", "demo-locc-piket")
      .executeTakeFirstOrThrow();
    assert.equal(rij.oidc_subject, PIKET_SUBJECT);
    const koppelingen = await auditActies("gebruiker.oidc-gekoppeld");
    assert.equal(koppelingen.length, 1);
    const sessies = await t.database.db
      .selectFrom("sessies")
      .select("bron")
      .where("bron", "=", "oidc")
      .execute();
    assert.equal(sessies.length, 1);
  });

  test("tweede keer: gevonden op subject, geen nieuwe koppeling", async () => {
    const b = new Browser();
    const res = await inloggen(b, PIKET_SUBJECT);
    assert.equal(res.headers.get("location"), "/");
    assert.ok(b.cookie(appUrl, "knooppunt_sessie"));
    assert.equal((await auditActies("gebruiker.oidc-gekoppeld")).length, 1);
  });

  test("onbekend subject: geweigerd, geen sessie, wel een auditrecord", async () => {
    const b = new Browser();
    const res = await inloggen(b, "iemand-zonder-account");
    assert.equal(res.status, 302);
    assert.equal(res.headers.get("location"), "/?fout=oidc-onbekend");
    assert.equal(b.cookie(appUrl, "knooppunt_sessie"), undefined);
    const geweigerd = await auditActies("sessie.oidc-geweigerd");
    assert.equal(geweigerd.length, 1);
    assert.equal((geweigerd[0]!.gegevens as { reden: string }).reden, "onbekend");
    const aantal = await t.database.db
      .selectFrom("gebruikers")
      .select("id")
      .where("gebruikersnaam", "=", "iemand-zonder-account")
      .execute();
    assert.equal(aantal.length, 0, "geen automatische aanmaak");
  });

  test("wie bij de provider de naam van een account kiest, koppelt het niet zonder het bevestigde e-mailadres van dat account", async () => {
    for (const [login, account, detail] of [
      ["sub-kaper-1", "demo-beheerder", "provider bevestigt het e-mailadres niet"],
      ["sub-kaper-2", "demo-auditor", "e-mailadres verschilt"],
    ] as const) {
      const b = new Browser();
      const res = await inloggen(b, login);
      assert.equal(res.headers.get("location"), "/?fout=oidc-onbekend", login);
      assert.equal(b.cookie(appUrl, "knooppunt_sessie"), undefined, `${login}: geen sessie`);
      const rij = await t.database.db
        .selectFrom("gebruikers")
        .select("oidc_subject")
        .where("gebruikersnaam", "=", account)
        .executeTakeFirstOrThrow();
      assert.equal(rij.oidc_subject, null, `${account} is niet gekoppeld`);
      const geweigerd = (await auditActies("sessie.oidc-geweigerd")).map(
        (r) => r.gegevens as { reden: string; reden_detail?: string; subject?: string },
      );
      assert.ok(
        geweigerd.some(
          (g) => g.subject === login && g.reden === "email-niet-bevestigd" && g.reden_detail === detail,
        ),
        `${login}: ${JSON.stringify(geweigerd)}`,
      );
    }
  });

  test("geblokkeerde gebruiker: geweigerd, ook met gekoppeld subject", async () => {
    await t.database.db
      .updateTable("gebruikers")
      .set({ actief: false })
      .where("gebruikersnaam", "=", "demo-locc-piket")
      .execute();
    try {
      const b = new Browser();
      const res = await inloggen(b, PIKET_SUBJECT);
      assert.equal(res.headers.get("location"), "/?fout=oidc-onbekend");
      assert.equal(b.cookie(appUrl, "knooppunt_sessie"), undefined);
    } finally {
      await t.database.db
        .updateTable("gebruikers")
        .set({ actief: true })
        .where("gebruikersnaam", "=", "demo-locc-piket")
        .execute();
    }
  });

  test("gewijzigde state: geweigerd, geen sessie", async () => {
    const b = new Browser();
    const res = await inloggen(b, PIKET_SUBJECT, (u) => {
      u.searchParams.set("state", `${u.searchParams.get("state")}x`);
      return u;
    });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get("location"), "/?fout=oidc-mislukt");
    assert.equal(b.cookie(appUrl, "knooppunt_sessie"), undefined);
    const mislukt = await auditActies("sessie.oidc-mislukt");
    assert.ok(mislukt.some((r) => (r.gegevens as { reden: string }).reden === "validatie"));
  });

  test("terugkeer zonder poging-cookie: geweigerd", async () => {
    const res = await fetch(`${appUrl}/api/v1/oidc/callback?code=abc&state=def`, { redirect: "manual" });
    assert.equal(res.headers.get("location"), "/?fout=oidc-mislukt");
    assert.equal(
      res.headers.getSetCookie().some((c) => c.startsWith("knooppunt_sessie=")),
      false,
    );
  });
});

perEngine("OIDC uitgeschakeld", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine, { oidc: undefined });
  });
  after(() => t?.sluit());

  test("status false, start en callback 404", async () => {
    const s = await t.app.inject({ url: "/api/v1/oidc/status" });
    assert.deepEqual(s.json(), { ingeschakeld: false });
    for (const url of ["/api/v1/oidc/start", "/api/v1/oidc/callback?code=x&state=y"]) {
      const r = await t.app.inject({ url });
      assert.equal(r.statusCode, 404);
      assert.equal(r.json().code, "niet-gevonden");
    }
  });
});
