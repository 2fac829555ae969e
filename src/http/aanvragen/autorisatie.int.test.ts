// Who may do which step, over HTTP, for every procedure of the catalogue (issue 4: "every step is
// refused to the wrong user"). Generated from CATALOGUS, so a new procedure is tested here at once.
// Per procedure a request is created by its first preparing role and walked to its end with the
// domain walker's command per task (testhulp.ts commandoVoorTaak). Before each task is completed,
// the same command is sent by (a) a wrong role in the owner's organisation, (b) the right role in
// another organisation of the same kind, (c) where the owner is regional, the right role in another
// region, and (d) the LOCC, which sees every request. Each is refused — 404 bestaat-niet when the
// route's visibility check (zichtbaarVoor) hides the request from them, else 403 with the decider's
// code — and leaves no trace: same version, no audit record. Steps that exist only on the urgent
// path get a second, urgent walk; every step of the catalogue must have been checked.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type Body, bodyVan, eigenaars } from "../../../test/support/aanvraag-eigenaars.ts";
import { type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { type Aanvraag, type Taak, zichtbaarVoor } from "../../domain/aanvragen/index.ts";
import {
  andereOrganisatie,
  andereRol,
  organisatieVoorRol,
  REGIO,
  volledigeGegevens,
} from "../../domain/aanvragen/testhulp.ts";
import { eenheidVanRegio } from "../../domain/organisaties/referentie.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";
import { CATALOGUS } from "../../domain/wegwijzer/catalogus.ts";
import type { Procedure } from "../../domain/wegwijzer/typen.ts";

interface Org {
  id: string;
  soort: string;
  ouder: string | null;
  regio: string | null;
  code: string | null;
}

const IS_EENHEID = /^RE\d\d$/;

/**
 * The region a regional organisation serves (null for a national one): the safety region of a
 * municipality, a region or its Defence OVR; the police unit of a unit, its RCCB or its parket.
 */
function regioVan(o: Org, orgs: ReadonlyMap<string, Org>): string | null {
  if (o.soort === "veiligheidsregio") return o.id;
  if (o.regio) return o.regio;
  if (o.code && IS_EENHEID.test(o.code)) return o.code;
  const ouder = o.ouder ? orgs.get(o.ouder) : undefined;
  if (ouder?.code && IS_EENHEID.test(ouder.code)) return ouder.code;
  return null;
}

/** The police unit of a region key (a safety region's unit, or the unit itself). */
function eenheidVan(regio: string): string {
  return /^vr\d\d$/.test(regio) ? (eenheidVanRegio(regio.toUpperCase()) ?? regio) : regio;
}

/** How alike two national organisations are: same name ending (…-rccb), same parent, same prefix. */
function verwantschap(a: Org, b: Org): number {
  const eind = (id: string) => id.slice(id.lastIndexOf("-") + 1);
  const begin = (id: string) => id.split("-")[0];
  return (
    (eind(a.id) === eind(b.id) ? 4 : 0) +
    (a.ouder !== null && a.ouder === b.ouder ? 2 : 0) +
    (begin(a.id) === begin(b.id) ? 1 : 0)
  );
}

/** (c) The same kind of organisation in another region; null when the owner is not regional. */
function inAndereRegio(owner: Org, orgs: ReadonlyMap<string, Org>, uitgesloten: string[]): string | null {
  const regio = regioVan(owner, orgs);
  if (regio === null) return null;
  const kandidaten = [...orgs.values()].filter((x) => {
    const r = regioVan(x, orgs);
    return x.soort === owner.soort && r !== null && r !== regio && !uitgesloten.includes(x.id);
  });
  // The walker's counterpart (vr09 → vr13, re03 → re05, gm0344 → gm0363) when it qualifies.
  const voorkeur = andereOrganisatie(owner.id);
  const gekozen = kandidaten.find((x) => x.id === voorkeur) ?? kandidaten[0];
  assert.ok(gekozen, `geen ${owner.soort} in een andere regio dan ${owner.id}`);
  return gekozen.id;
}

/**
 * (b) Another organisation of the same kind, as near as there is one: in the same region
 * (Amersfoort for Utrecht), in the same police unit (Gooi en Vechtstreek for region Utrecht), a
 * national one of the same name (the RCCB of the Landelijke Eenheid for RCCB Midden-Nederland),
 * then any. A kind with one organisation (the LOCC, the korpsleiding, a ministry) falls back to a
 * part of it, its parent, or another national body.
 */
function zelfdeSoort(owner: Org, orgs: ReadonlyMap<string, Org>, uitgesloten: string[]): string {
  const vrij = [...orgs.values()].filter((x) => x.id !== owner.id && !uitgesloten.includes(x.id));
  const soort = vrij.filter((x) => x.soort === owner.soort);
  const regio = regioVan(owner, orgs);
  const r = (x: Org) => regioVan(x, orgs);
  const gekozen =
    (regio !== null ? soort.find((x) => r(x) === regio) : undefined) ??
    (regio !== null
      ? soort.find((x) => r(x) !== null && eenheidVan(r(x) as string) === eenheidVan(regio))
      : undefined) ??
    soort.filter((x) => r(x) === null).sort((x, y) => verwantschap(owner, y) - verwantschap(owner, x))[0] ??
    soort[0] ??
    vrij.find((x) => x.ouder === owner.id) ??
    vrij.find((x) => x.id === owner.ouder) ??
    vrij.find((x) => x.id === andereOrganisatie(owner.id));
  assert.ok(gekozen, `geen andere organisatie voor ${owner.id}`);
  return gekozen.id;
}

interface Poging {
  wie: "verkeerde rol" | "andere organisatie" | "andere regio" | "het LOCC";
  rol: Rol;
  organisatieId: string;
}

perEngine("autorisatie van elke stap van elke procedure (HTTP)", (engine) => {
  let t: TestApp;
  let orgs: Map<string, Org>;
  let als: ReturnType<typeof eigenaars>["als"];
  let herauthenticeer: ReturnType<typeof eigenaars>["herauthenticeer"];
  let stappen = 0;
  /** Refusals per attempt and answer, for the summary. */
  const uitkomsten = new Map<string, number>();
  const tel = (k: string) => uitkomsten.set(k, (uitkomsten.get(k) ?? 0) + 1);

  before(async () => {
    t = await testApp(engine);
    ({ als, herauthenticeer } = eigenaars(t));
    const rijen = await t.database.db
      .selectFrom("organisaties")
      .select(["id", "soort", "ouder_id", "regio_id", "code"])
      .orderBy("id")
      .execute();
    orgs = new Map(
      rijen.map((r) => [
        r.id,
        { id: r.id, soort: r.soort, ouder: r.ouder_id, regio: r.regio_id, code: r.code },
      ]),
    );
  });
  after(() => t.sluit());

  async function auditAantal(id: string): Promise<number> {
    const r = await t.database.db
      .selectFrom("audit_records")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("onderwerp_id", "=", id)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async function nieuw(p: Procedure, spoed: boolean): Promise<Aanvraag> {
    const rol = p.voorbereiding.rollen[0] as Rol;
    const c = await als(rol, organisatieVoorRol(rol));
    const r = await c.vraag("POST", "/api/v1/aanvragen", {
      procedureId: p.id,
      veiligheidsregioId: REGIO,
      gezag: { rol: p.gezag.rollen[0], naam: "mr. A. Dijksma" },
      spoed,
      gegevens: volledigeGegevens(p),
    });
    assert.equal(r.statusCode, 201, `${p.id} aanmaken: ${r.body}`);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  /** Who tries the task: wrong role in the owner's organisation, same kind elsewhere, another region. */
  function pogingen(taak: Taak): Poging[] {
    const eigenaar = taak.eigenaar.organisaties[0];
    assert.ok(eigenaar, `${taak.id} zonder organisatie`);
    const owner = orgs.get(eigenaar);
    assert.ok(owner, `organisatie ${eigenaar} onbekend`);
    const uit: Poging[] = [
      { wie: "verkeerde rol", rol: andereRol(taak.eigenaar.rol), organisatieId: eigenaar },
    ];
    const anders = inAndereRegio(owner, orgs, taak.eigenaar.organisaties);
    uit.push({
      wie: "andere organisatie",
      rol: taak.eigenaar.rol,
      organisatieId: zelfdeSoort(owner, orgs, [...taak.eigenaar.organisaties, ...(anders ? [anders] : [])]),
    });
    if (anders) uit.push({ wie: "andere regio", rol: taak.eigenaar.rol, organisatieId: anders });
    // The LOCC sees every request and may record calls and close for others: never someone's step.
    if (taak.eigenaar.rol !== "locc-piket")
      uit.push({ wie: "het LOCC", rol: "locc-piket", organisatieId: "locc" });
    return uit;
  }

  /** Sends the task's command as each wrong user; asserts the exact refusal and that nothing changed. */
  async function weigerAanDeVerkeerden(a: Aanvraag, taak: Taak, body: Body, eigenaar: TestClient) {
    const auditVoor = await auditAantal(a.id);
    for (const poging of pogingen(taak)) {
      const g = { rollen: [poging.rol], organisatieId: poging.organisatieId };
      const c = await als(poging.rol, poging.organisatieId);
      const wat = `${taak.id} door ${poging.wie} (${poging.rol}@${poging.organisatieId})`;
      // With a fresh re-authentication the refusal cannot be the missing one.
      if (body.type === "Ondertekenen" && zichtbaarVoor(a, g)) await herauthenticeer(c);
      const r = await c.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, body);
      const probleem = r.json() as { code?: string; detail?: string; rol?: string };
      const zien = await c.vraag("GET", `/api/v1/aanvragen/${a.id}`);
      tel(`${poging.wie}: ${r.statusCode} ${probleem.code}`);
      if (poging.wie === "verkeerde rol" || poging.wie === "het LOCC") {
        // The owner's organisation and the LOCC always see the request: the decider refuses.
        assert.equal(r.statusCode, 403, `${wat}: ${r.body}`);
        assert.equal(probleem.code, "verkeerde-rol", wat);
        assert.equal(probleem.rol, taak.eigenaar.rol, wat);
        assert.equal(zien.statusCode, 200, `${wat} ziet de aanvraag`);
      } else if (!zichtbaarVoor(a, g)) {
        // Not involved: the route does not even admit the request exists (routes.ts magZien).
        assert.equal(r.statusCode, 404, `${wat}: ${r.body}`);
        assert.equal(probleem.code, "bestaat-niet", wat);
        assert.equal(zien.statusCode, 404, `${wat} ziet de aanvraag niet: ${zien.body}`);
      } else {
        // Involved elsewhere in the request, so it sees it, but the step is not its organisation's.
        assert.equal(r.statusCode, 403, `${wat}: ${r.body}`);
        assert.equal(probleem.code, "verkeerde-organisatie", wat);
        assert.ok(probleem.detail?.includes(poging.organisatieId), `${wat}: ${probleem.detail}`);
        assert.equal(zien.statusCode, 200, `${wat} ziet de aanvraag`);
      }
    }
    const na = await eigenaar.vraag("GET", `/api/v1/aanvragen/${a.id}`);
    assert.equal(na.statusCode, 200, na.body);
    assert.equal((na.json() as { aanvraag: Aanvraag }).aanvraag.versie, a.versie, `${taak.id}: versie`);
    assert.equal(await auditAantal(a.id), auditVoor, `${taak.id}: geen auditrecord`);
  }

  /**
   * Walks a request to its end (first available task, positive outcome, as the walker does),
   * checking the refusals before each task `controleer` selects. Returns the checked step ids.
   */
  async function loop(a: Aanvraag, controleer: (t: Taak) => boolean): Promise<Set<string>> {
    const gecontroleerd = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const taak = a.taken.find((x) => x.beschikbaar);
      if (!taak) return gecontroleerd;
      const eigenaarOrg = taak.eigenaar.organisaties[0];
      assert.ok(eigenaarOrg, `${taak.id} zonder organisatie`);
      const eigenaar = await als(taak.eigenaar.rol, eigenaarOrg);
      const body = bodyVan(a, taak);
      if (controleer(taak)) {
        await weigerAanDeVerkeerden(a, taak, body, eigenaar);
        gecontroleerd.add(taak.stapId);
        stappen++;
      }
      if (body.type === "Ondertekenen") await herauthenticeer(eigenaar);
      const r = await eigenaar.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, body);
      assert.equal(r.statusCode, 200, `${taak.id} door de eigenaar: ${r.body}`);
      const na = (r.json() as { aanvraag: Aanvraag }).aanvraag;
      assert.ok(na.versie > a.versie);
      assert.notEqual(na.taken.find((x) => x.id === taak.id)?.status, "open", `${taak.id} afgerond`);
      a = na;
    }
    assert.fail("de aanvraag komt niet aan haar eind");
  }

  for (const p of CATALOGUS) {
    test(`${p.id}: elke stap geweigerd aan verkeerde rol, organisatie en regio`, async () => {
      const gewoon = await loop(await nieuw(p, false), () => true);
      const spoedStappen = p.stappen.filter((s) => s.alleenBijSpoed).map((s) => s.id);
      const spoed =
        spoedStappen.length > 0
          ? await loop(await nieuw(p, true), (x) => spoedStappen.includes(x.stapId))
          : new Set<string>();
      // Every step of the procedure was refused to the wrong users at least once.
      const gedekt = new Set([...gewoon, ...spoed]);
      for (const s of p.stappen) assert.ok(gedekt.has(s.id), `stap ${s.id} niet gecontroleerd`);
    });
  }

  test("elke procedure en elke stap gedekt", (tc) => {
    const geweigerd = [...uitkomsten.values()].reduce((n, x) => n + x, 0);
    tc.diagnostic(
      `${stappen} stappen, ${geweigerd} weigeringen: ${[...uitkomsten].map(([k, n]) => `${k} ×${n}`).join("; ")}`,
    );
    assert.equal(CATALOGUS.length, 18);
    const aantal = CATALOGUS.reduce((n, p) => n + p.stappen.length, 0);
    assert.ok(stappen >= aantal, `${stappen} stappen gecontroleerd, de catalogus heeft er ${aantal}`);
    assert.ok(geweigerd >= 2 * stappen, `${geweigerd} weigeringen`);
  });
});
