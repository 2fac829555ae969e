// Doing a request's tasks over HTTP as their owners: a logged-in client with exactly the owner's
// role in the owner's organisation (the demo user where there is one, else a test user made on
// first use), and the HTTP body of the domain walker's command for a task.
import assert from "node:assert/strict";
import { voegGebruikerToe } from "../../src/db/gebruikers.ts";
import type { Aanvraag, Taak } from "../../src/domain/aanvragen/index.ts";
import { commandoVoorTaak, Scenario } from "../../src/domain/aanvragen/testhulp.ts";
import { volgendeTelefonischeTaak } from "../../src/domain/aanvragen/voorbeeldcommando.ts";
import type { Rol } from "../../src/domain/organisaties/rollen.ts";
import { hashWachtwoord } from "../../src/http/kern/wachtwoord.ts";
import { DEMO_WACHTWOORD, type TestApp, type TestClient } from "./app.ts";

export type Body = Record<string, unknown> & { type: string };

/** The HTTP body of the walker's command: the server sets actor, time, re-authentication and content. */
export function bodyVan(a: Aanvraag, t: Taak): Body {
  const s = new Scenario(a.id);
  s.state = a;
  const {
    actor: _actor,
    herauthenticatieOp: _herauth,
    inhoud: _inhoud,
    ...rest
  } = commandoVoorTaak(s, t) as unknown as Body;
  return { ...rest, type: rest.type as string, verwachteVersie: a.versie };
}

export function eigenaars(t: TestApp) {
  const clients = new Map<string, TestClient>();
  let hash: string | undefined;

  /** A logged-in client with exactly this role in this organisation. */
  async function als(rol: Rol, organisatieId: string): Promise<TestClient> {
    const demo = t.demo.find(
      (d) => d.organisatieId === organisatieId && d.rollen.length === 1 && d.rollen[0] === rol,
    );
    const naam = demo?.gebruikersnaam ?? `test-${rol}-${organisatieId}`;
    const bekend = clients.get(naam);
    if (bekend) return bekend;
    if (!demo) {
      const org = await t.database.db
        .selectFrom("organisaties")
        .select("id")
        .where("id", "=", organisatieId)
        .executeTakeFirst();
      assert.ok(org, `organisatie ${organisatieId} bestaat niet`);
      hash ??= await hashWachtwoord(DEMO_WACHTWOORD);
      await t.database.db.transaction().execute((trx) =>
        voegGebruikerToe(trx, {
          gebruikersnaam: naam,
          naam,
          email: `${naam}@test.local`,
          organisatieId,
          rollen: [rol],
          wachtwoordHash: hash as string,
        }),
      );
    }
    const c = await t.als(naam);
    clients.set(naam, c);
    return c;
  }

  async function herauthenticeer(c: TestClient): Promise<void> {
    const r = await c.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: DEMO_WACHTWOORD });
    assert.equal(r.statusCode, 200, r.body);
  }

  /** The task done by its owner with the walker's command; the new state. */
  async function doeTaak(a: Aanvraag, taak: Taak): Promise<Aanvraag> {
    const org = taak.eigenaar.organisaties[0];
    assert.ok(org, `${taak.id} zonder organisatie`);
    const c = await als(taak.eigenaar.rol, org);
    const body = bodyVan(a, taak);
    if (body.type === "Ondertekenen") await herauthenticeer(c);
    const r = await c.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, body);
    assert.equal(r.statusCode, 200, `${taak.stapId} door ${taak.eigenaar.rol}: ${r.body}`);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  /**
   * The urgent path after the phone call: every available task that is not a written step, done by
   * its owner, until none is left — the decision is taken by phone and recorded (ADR 0602 F3).
   */
  async function besluitTelefonisch(a: Aanvraag): Promise<Aanvraag> {
    for (let i = 0; i < 50; i++) {
      const taak = volgendeTelefonischeTaak(a);
      if (!taak) return a;
      a = await doeTaak(a, taak);
    }
    throw new Error("besluitTelefonisch: geen einde na 50 taken");
  }

  return { als, herauthenticeer, doeTaak, besluitTelefonisch };
}
