// The aanvragen API on both engines: a §3 KMar request from the router's advice to closure over
// HTTP, who may do which step, concurrency, Idempotency-Key, the urgent path with late
// formalisation, the audit trail, mails and the form as PDF.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { eigenaars } from "../../../test/support/aanvraag-eigenaars.ts";
import { DEMO_WACHTWOORD, type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { DEMO_AANVRAAG_IDS, laadDemoAanvragen } from "../../db/aanvragen.ts";
import { verifieerAudit } from "../../db/audit.ts";
import { voegGebruikerToe } from "../../db/gebruikers.ts";
import type { Aanvraag, Taak } from "../../domain/aanvragen/index.ts";
import { taakVoorStap as taak, volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";
import { CATALOGUS_VERSIE, procedure } from "../../domain/wegwijzer/catalogus.ts";
import { hashWachtwoord } from "../kern/wachtwoord.ts";
import { bewaakTermijnen, startTermijnbewaking } from "./bewaking.ts";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const KMAR = "politie-3-kmar-oo";
const gegevens = (gemeenten = ["gm0344"]) => volledigeGegevens(procedure(KMAR), gemeenten);

perEngine("aanvragen API", (engine) => {
  let t: TestApp;
  let rccb: TestClient;
  let bm: TestClient;
  let rbm: TestClient;
  let locc: TestClient;
  let djz: TestClient;
  let commandantKmar: TestClient;
  let bmAmersfoort: TestClient;
  let rccbAmsterdam: TestClient;

  before(async () => {
    t = await testApp(engine);
    const hash = await hashWachtwoord(DEMO_WACHTWOORD);
    await t.database.db.transaction().execute(async (trx) => {
      const extra: [string, string, Rol][] = [
        ["test-burgemeester-amersfoort", "gm0307", "burgemeester"],
        ["test-rccb-amsterdam", "politie-re05-rccb", "rccb-medewerker"],
      ];
      for (const [gebruikersnaam, organisatieId, rol] of extra)
        await voegGebruikerToe(trx, {
          gebruikersnaam,
          naam: gebruikersnaam,
          email: `${gebruikersnaam}@test.local`,
          organisatieId,
          rollen: [rol],
          wachtwoordHash: hash,
        });
    });
    [rccb, bm, rbm, locc, djz, bmAmersfoort, rccbAmsterdam, commandantKmar] = await Promise.all([
      t.als("demo-rccb-medewerker"),
      t.als("demo-burgemeester"),
      t.als("demo-regioburgemeester"),
      t.als("demo-locc-piket"),
      t.als("demo-defensie-djz"),
      t.als("test-burgemeester-amersfoort"),
      t.als("test-rccb-amsterdam"),
      t.als("demo-commandant-kmar"),
    ]);
  });
  after(() => t.sluit());

  async function nieuw(
    opties: { spoed?: boolean; gemeenten?: string[]; body?: Record<string, unknown> } = {},
  ): Promise<Aanvraag> {
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: opties.spoed ?? false,
      gegevens: gegevens(opties.gemeenten),
      ...opties.body,
    });
    assert.equal(r.statusCode, 201, r.body);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  const commando = (
    c: TestClient,
    a: Aanvraag,
    body: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => c.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, { verwachteVersie: a.versie, ...body }, headers);

  async function doe(c: TestClient, a: Aanvraag, body: Record<string, unknown>): Promise<Aanvraag> {
    const r = await commando(c, a, body);
    assert.equal(r.statusCode, 200, `${body.type}: ${r.body}`);
    const na = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    assert.ok(na.versie > a.versie);
    return na;
  }

  const afronden = (c: TestClient, a: Aanvraag, stap: string) =>
    doe(c, a, { type: "StapAfronden", taakId: taak(a, stap).id, toelichting: "Gedaan." });

  async function tekenen(a: Aanvraag, namens?: { naam: string; functie: string }): Promise<Aanvraag> {
    const herauth = await bm.vraag("POST", "/api/v1/sessie/herauthenticatie", {
      wachtwoord: DEMO_WACHTWOORD,
    });
    assert.equal(herauth.statusCode, 200, herauth.body);
    const detail = (await bm.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json() as {
      teOndertekenen: { taakId: string; inhoud: string; hash: string };
    };
    return doe(bm, a, {
      type: "Ondertekenen",
      taakId: detail.teOndertekenen.taakId,
      inhoudHash: detail.teOndertekenen.hash,
      ...(namens ? { namens } : {}),
    });
  }

  /** Up to and including the mayor's signature and the filing. */
  async function ingediend(): Promise<Aanvraag> {
    let a = await nieuw();
    a = await doe(rccb, a, {
      type: "StapOverslaan",
      taakId: taak(a, "vooroverleg-kmar").id,
      reden: "Niet nodig.",
    });
    a = await afronden(rccb, a, "contact-locc");
    a = await afronden(rccb, a, "formulier");
    a = await tekenen(a);
    return afronden(rccb, a, "verzenden");
  }

  test("§3 KMar van wegwijzer-advies tot afsluiting, met audit, mail, tijdlijn en PDF", async () => {
    const advies = await rccb.vraag("POST", "/api/v1/routing", {
      sector: "politie",
      ownCapacitySufficient: false,
      task: "openbare-orde",
      provider: "kmar",
      policeCapacityExhausted: false,
    });
    assert.equal(advies.statusCode, 200, advies.body);
    assert.equal(advies.json().procedureId, KMAR);

    const oud = await rccb.vraag("POST", "/api/v1/aanvragen", {
      advies: { ...advies.json(), catalogueVersion: "2019.1" },
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
    });
    assert.equal(oud.statusCode, 409);
    assert.equal(oud.json().code, "catalogus-verouderd");

    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      advies: advies.json(),
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: gegevens(),
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    assert.match(a.referentienummer, /^B-20\d\d-VR09-\d{4}$/);
    assert.equal(a.procedureId, KMAR);
    assert.equal(a.catalogusVersie, CATALOGUS_VERSIE);
    assert.equal(a.status, "concept");

    // RCCB drafts.
    a = await afronden(rccb, a, "vooroverleg-kmar");
    a = await afronden(rccb, a, "contact-locc");
    a = await afronden(rccb, a, "formulier");

    // The mayor got the task, by inbox and by mail.
    const taken = (await bm.vraag("GET", "/api/v1/mijn-taken")).json() as {
      taken: { aanvraagId: string; taak: Taak }[];
    };
    assert.ok(taken.taken.some((x) => x.aanvraagId === a.id && x.taak.commando === "Ondertekenen"));
    const mails = await t.database.db.selectFrom("outbox").select("gegevens").execute();
    assert.ok(
      mails.some((m) => {
        const g = m.gegevens as { aan: string[]; onderwerp: string };
        return (
          g.aan.includes("demo-burgemeester@demo.knooppunt.local") && g.onderwerp.includes(a.referentienummer)
        );
      }),
      "mail aan de burgemeester",
    );

    // Signing needs a fresh re-authentication; the server hashes what is signed.
    const detail = (await bm.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json() as {
      teOndertekenen: { taakId: string; inhoud: string; hash: string };
    };
    assert.equal(detail.teOndertekenen.hash, sha256(detail.teOndertekenen.inhoud));
    const zonder = await commando(bm, a, { type: "Ondertekenen", taakId: detail.teOndertekenen.taakId });
    assert.equal(zonder.statusCode, 401);
    assert.equal(zonder.json().code, "herauthenticatie-vereist");
    a = await tekenen(a, { naam: "S. Dijksma", functie: "burgemeester van Utrecht" });
    const h = a.handtekeningen[0];
    assert.equal(h?.inhoudHash, detail.teOndertekenen.hash);
    assert.equal(h?.namens?.naam, "S. Dijksma");
    assert.equal(h?.door.organisatieId, "gm0344");

    a = await afronden(rccb, a, "verzenden");
    // LOCC: register, check, inform, consult, ask Defence.
    a = await afronden(locc, a, "registreren");
    a = await doe(locc, a, {
      type: "Toetsen",
      taakId: taak(a, "toetsen").id,
      uitkomst: "goedkeuren",
      redenen: [],
    });
    a = await afronden(locc, a, "informeren-korpschef");
    a = await afronden(locc, a, "vooroverleg-dops-kmar");
    a = await afronden(locc, a, "verzoek-defensie");
    // The Commandant KMar and DJZ advise the SG (ADR 0100, reading 23); DJZ gives Defence's position.
    a = await doe(commandantKmar, a, {
      type: "AdviesGeven",
      taakId: taak(a, "advies-sg-commandant-kmar").id,
      advies: "Twee pelotons gereed.",
    });
    a = await doe(djz, a, {
      type: "AdviesGeven",
      taakId: taak(a, "advies-sg").id,
      advies: "KMar kan leveren.",
    });
    a = await doe(djz, a, {
      type: "Leveranciersbesluit",
      taakId: taak(a, "standpunt-defensie").id,
      uitkomst: "volledig",
      redenen: [],
    });
    // LOCC decides and informs the RCCB.
    a = await doe(locc, a, {
      type: "Besluiten",
      taakId: taak(a, "besluit").id,
      uitkomst: "volledig",
      redenen: [],
    });
    a = await afronden(locc, a, "informeren-rccb");
    assert.equal(a.status, "toegekend");
    // The Commandant KMar advised; he neither starts nor ends the deployment, and is not offered it
    // (review F12.e, ADR 0606).
    const ckPagina = (await commandantKmar.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json() as {
      handelingen: string[];
    };
    assert.ok(!ckPagina.handelingen.includes("InzetStarten"), ckPagina.handelingen.join());
    assert.equal((await commando(commandantKmar, a, { type: "InzetStarten" })).statusCode, 403);
    a = await doe(rccb, a, { type: "InzetStarten" });
    assert.equal(a.status, "in-uitvoering");
    a = await doe(rccb, a, { type: "Demobiliseren" });
    assert.equal(a.status, "gedemobiliseerd");
    a = await doe(rccb, a, {
      type: "Afsluiten",
      werkelijkeKosten: { bedragCent: 1_250_00, toelichting: "FNIK." },
    });
    assert.equal(a.status, "afgesloten");

    // One event per version, one audit record per event with its payload, and the chain verifies.
    const tijdlijn = (await locc.vraag("GET", `/api/v1/aanvragen/${a.id}/tijdlijn`)).json() as {
      tijdlijn: { volgnummer: number; type: string; door: { naam: string }; namens: string | null }[];
    };
    assert.equal(tijdlijn.tijdlijn.length, a.versie);
    assert.deepEqual(
      tijdlijn.tijdlijn.map((x) => x.volgnummer),
      Array.from({ length: a.versie }, (_, i) => i + 1),
    );
    assert.ok(tijdlijn.tijdlijn.some((x) => x.type === "Ondertekend" && x.namens?.includes("Dijksma")));
    const audit = await t.database.db
      .selectFrom("audit_records")
      .select(["actie", "gegevens", "hash", "actor_organisatie"])
      .where("onderwerp_soort", "=", "aanvraag")
      .where("onderwerp_id", "=", a.id)
      .orderBy("volgnummer")
      .execute();
    assert.equal(audit.length, a.versie);
    assert.deepEqual(
      audit.map((x) => (x.gegevens as { event: { type: string } }).event.type),
      tijdlijn.tijdlijn.map((x) => x.type),
    );
    assert.equal(audit.find((x) => x.actie === "aanvraag.Ondertekend")?.actor_organisatie, "gm0344");
    const v = await verifieerAudit(t.database.db);
    assert.equal(v.ok, true);

    // The form as PDF tells the same story, with the hash of the newest audit record.
    const pdf = await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}/formulier.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), "%PDF-");
    const map = mkdtempSync(join(tmpdir(), "aanvraag-"));
    writeFileSync(join(map, "f.pdf"), pdf.rawPayload);
    const tekst = execFileSync("pdftotext", [join(map, "f.pdf"), "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
    const laatste = audit[audit.length - 1]?.hash as string;
    for (const verwacht of [
      "Aanvraagformulier",
      a.referentienummer,
      procedure(KMAR).titel,
      "Politiewet 2012",
      "Acuut gevaar of acute vervolgdreiging",
      CATALOGUS_VERSIE,
      "Ondertekening door het bevoegd gezag",
      "Namens S. Dijksma (burgemeester van Utrecht)",
      h?.inhoudHash.slice(0, 32) ?? "?",
      h?.inhoudHash.slice(32) ?? "?",
      "Toetsing",
      "goedkeuren",
      "Besluit leverancier",
      "Demonstratie Domplein",
      "Domplein 1, Utrecht",
      "Afgesloten",
      laatste.slice(0, 32),
      laatste.slice(32),
      "Pagina 1 van",
    ])
      assert.ok(tekst.includes(verwacht), `PDF bevat "${verwacht}"`);
  });

  test("een onbekend bedrag blijft onbekend (null), nul blijft nul; geen geheel getal geeft 400 met het veld", async () => {
    // The app's ajv coerces types: a number|null union used to turn null into 0 ("€ 0,00").
    const met = (bedragCent: unknown) => ({
      gegevens: { ...gegevens(), kostenverwachting: { regime: "fnik", bedragCent, toelichting: "FNIK." } },
    });
    for (const bedrag of [null, 0, 1250])
      assert.equal((await nieuw({ body: met(bedrag) })).gegevens.kostenverwachting?.bedragCent, bedrag);
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      ...met(12.5),
    });
    assert.equal(r.statusCode, 400, r.body);
    assert.match(r.body, /bedragCent/);
  });

  test("plaats.gemeenten ligt in de eenheid (politie) of de regio (bevolkingszorg) van de aanvraag (review F12.c, ADR 0604)", async () => {
    const aanvragen = (c: TestClient, body: Record<string, unknown>) =>
      c.vraag("POST", "/api/v1/aanvragen", {
        veiligheidsregioId: "vr09",
        spoed: false,
        ...body,
      });
    const kmar = (gemeenten: string[]) =>
      aanvragen(rccb, {
        procedureId: KMAR,
        gezag: { rol: "burgemeester", naam: "S. Dijksma" },
        gegevens: gegevens(gemeenten),
      });
    // Given a §3 request of Eenheid Midden-Nederland (VR09), when Amsterdam (VR13, RE05) is named,
    // then 422 naming the field and the municipality.
    const amsterdam = await kmar(["gm0344", "gm0363"]);
    assert.equal(amsterdam.statusCode, 422, amsterdam.body);
    const p = amsterdam.json() as { code: string; veld: string; gemeenten: string[]; detail: string };
    assert.equal(p.code, "ongeldige-invoer");
    assert.equal(p.veld, "plaats.gemeenten");
    assert.deepEqual(p.gemeenten, ["gm0363"]);
    assert.match(p.detail, /plaats\.gemeenten: gm0363 \(VR13\) ligt niet in de politie-eenheid RE03/);
    // An unknown municipality is refused too.
    const onbekend = await kmar(["gm9999"]);
    assert.equal(onbekend.statusCode, 422, onbekend.body);
    assert.match(onbekend.json().detail, /gm9999 is geen bekende gemeente/);
    // Almere lies in VR25, which belongs to the same police unit (RE03): accepted for the police.
    const almere = await kmar(["gm0344", "gm0034"]);
    assert.equal(almere.statusCode, 201, almere.body);
    // Changing the draft's place to Rotterdam is refused the same way.
    const a = (almere.json() as { aanvraag: Aanvraag }).aanvraag;
    const r = await commando(rccb, a, {
      type: "ConceptBijwerken",
      wijzigingen: { plaats: { gemeenten: ["gm0599"], adres: null, coordinaten: null } },
    });
    assert.equal(r.statusCode, 422, r.body);
    assert.equal(r.json().veld, "plaats.gemeenten");
    // Bevolkingszorg asks per safety region: Almere (VR25) is not a place of a VR09 request.
    const acb = await t.als("demo-algemeen-commandant-bevolkingszorg");
    const bz = "bevolkingszorg-1-kennis-capaciteit";
    const bzAanvraag = (gemeenten: string[]) =>
      aanvragen(acb, {
        procedureId: bz,
        gezag: { rol: "algemeen-commandant-bevolkingszorg", naam: "J. Jansen" },
        gegevens: volledigeGegevens(procedure(bz), gemeenten),
      });
    const buitenRegio = await bzAanvraag(["gm0034"]);
    assert.equal(buitenRegio.statusCode, 422, buitenRegio.body);
    assert.match(buitenRegio.json().detail, /veiligheidsregio VR09/);
    assert.equal((await bzAanvraag(["gm0307"])).statusCode, 201);
  });

  test("wie mag welke stap: verkeerde rol, verkeerde organisatie, juiste rol uit een andere regio", async () => {
    let a = await nieuw({ gemeenten: ["gm0344", "gm0307"] });
    a = await doe(rccb, a, {
      type: "StapOverslaan",
      taakId: taak(a, "vooroverleg-kmar").id,
      reden: "Geen tijd.",
    });
    // The LOCC cannot do the RCCB's step; the LOCC cannot check before filing.
    let r = await commando(locc, a, { type: "StapAfronden", taakId: taak(a, "contact-locc").id });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, "verkeerde-rol");
    assert.match(r.json().detail, /Medewerker RCCB/);
    r = await commando(locc, a, {
      type: "Toetsen",
      taakId: taak(a, "toetsen").id,
      uitkomst: "goedkeuren",
      redenen: [],
    });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, "verkeerde-volgorde");
    // The RCCB of another region does not even see the request.
    r = await commando(rccbAmsterdam, a, { type: "StapAfronden", taakId: taak(a, "contact-locc").id });
    assert.equal(r.statusCode, 404);
    assert.match(r.json().detail, /niet bij betrokken/);
    a = await afronden(rccb, a, "contact-locc");
    a = await afronden(rccb, a, "formulier");
    // Each mayor signs for their own municipality: Amersfoort cannot sign for Utrecht.
    await bmAmersfoort.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: DEMO_WACHTWOORD });
    r = await commando(bmAmersfoort, a, {
      type: "Ondertekenen",
      taakId: "0:politie-3-kmar-oo/ondertekenen@gm0344",
    });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, "verkeerde-organisatie");
    assert.match(r.json().detail, /gm0344.*niet van gm0307/);
    // The regioburgemeester (also of Utrecht) is not the gezag of this request.
    r = await commando(rbm, a, { type: "Ondertekenen", taakId: "0:politie-3-kmar-oo/ondertekenen@gm0344" });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, "verkeerde-rol");
    // Defence is not involved yet: 404, and not in its list.
    r = await commando(djz, a, { type: "AdviesGeven", taakId: taak(a, "advies-sg").id, advies: "x" });
    assert.equal(r.statusCode, 404);
    // A role that may not start requests at all is refused at the door.
    r = await djz.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "x" },
      spoed: false,
    });
    assert.equal(r.statusCode, 403);
    // An RCCB of another region cannot file for Utrecht.
    r = await rccbAmsterdam.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "x" },
      spoed: false,
    });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, "verkeerde-organisatie");
    // A malformed command gets field messages.
    r = await commando(rccb, a, { type: "Toetsen", taakId: "x", uitkomst: "misschien" });
    assert.equal(r.statusCode, 400);
    assert.ok(r.json().velden.some((v: { veld: string }) => v.veld === "redenen"));
  });

  test("lijsten lekken niets: andere organisaties zien andermans aanvragen niet, het LOCC alles", async () => {
    const a = await nieuw();
    const b = await ingediend();
    const ids = async (c: TestClient, q = "") =>
      (
        (await c.vraag("GET", `/api/v1/aanvragen${q}`)).json() as { aanvragen: { id: string }[] }
      ).aanvragen.map((x) => x.id);
    for (const x of [a, b]) {
      assert.ok((await ids(locc)).includes(x.id));
      assert.ok((await ids(rccb)).includes(x.id));
      assert.ok((await ids(bm)).includes(x.id));
      assert.ok(!(await ids(rccbAmsterdam)).includes(x.id));
      assert.ok(!(await ids(djz)).includes(x.id), "Defensie ziet de aanvraag nog niet");
      assert.ok(!(await ids(bmAmersfoort)).includes(x.id));
      assert.equal((await rccbAmsterdam.vraag("GET", `/api/v1/aanvragen/${x.id}`)).statusCode, 404);
      assert.equal((await djz.vraag("GET", `/api/v1/aanvragen/${x.id}/tijdlijn`)).statusCode, 404);
      assert.equal((await djz.vraag("GET", `/api/v1/aanvragen/${x.id}/formulier.pdf`)).statusCode, 404);
    }
    // Filters.
    assert.ok((await ids(locc, "?status=concept")).includes(a.id));
    assert.ok(!(await ids(locc, "?status=concept")).includes(b.id));
    assert.ok((await ids(locc, `?procedure=${KMAR}&regio=VR09&spoed=false`)).includes(b.id));
    assert.ok(!(await ids(locc, "?regio=vr13")).includes(b.id));
    await t.database.db
      .updateTable("aanvragen")
      .set({ eerste_termijn: new Date(Date.now() - 3_600_000) })
      .where("id", "=", b.id)
      .execute();
    assert.ok((await ids(locc, "?teLaat=true")).includes(b.id));
    assert.ok(!(await ids(locc, "?teLaat=true")).includes(a.id));
    const item = (
      (await locc.vraag("GET", "/api/v1/aanvragen?teLaat=true")).json() as {
        aanvragen: { id: string; teLaat: boolean; titel: string; openTaken: number }[];
      }
    ).aanvragen.find((x) => x.id === b.id);
    assert.equal(item?.teLaat, true);
    assert.equal(item?.titel, procedure(KMAR).titel);
    assert.equal(item?.openTaken, b.taken.filter((x) => x.beschikbaar).length);
  });

  test("twee gelijktijdige afrondingen van één stap: één 200, één 409 met de actuele stand", async () => {
    const a = await nieuw();
    const body = { type: "StapAfronden", taakId: taak(a, "vooroverleg-kmar").id, toelichting: "Gedaan." };
    const [x, y] = await Promise.all([commando(rccb, a, body), commando(rccb, a, body)]);
    const statussen = [x.statusCode, y.statusCode].sort();
    assert.deepEqual(statussen, [200, 409]);
    const verliezer = (x.statusCode === 409 ? x : y).json();
    assert.equal(verliezer.code, "versie-conflict");
    assert.equal(verliezer.huidigeVersie, a.versie + 1);
    assert.equal(verliezer.aanvraag.versie, a.versie + 1);
    assert.equal(taak(verliezer.aanvraag, "vooroverleg-kmar").status, "gereed");
    const n = await t.database.db
      .selectFrom("aanvraag_events")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("aanvraag_id", "=", a.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), a.versie + 1);
  });

  test("Idempotency-Key: dezelfde klik twee keer doet één wijziging en geeft hetzelfde antwoord", async () => {
    const a = await nieuw();
    const body = { type: "StapAfronden", taakId: taak(a, "vooroverleg-kmar").id, toelichting: "Eén keer." };
    const kop = { "idempotency-key": `klik-${a.id}` };
    const een = await commando(rccb, a, body, kop);
    assert.equal(een.statusCode, 200);
    // A later change does not alter the replayed answer: it is the state this click left
    // (stored by reference and rebuilt from the events up to that version, ADR 0672).
    const daarna = await doe(rccb, een.json().aanvraag as Aanvraag, {
      type: "ConceptBijwerken",
      wijzigingen: { reden: "Later bijgewerkt, na de eerste klik." },
    });
    const twee = await commando(rccb, a, body, kop);
    assert.equal(twee.statusCode, 200);
    assert.equal(twee.headers["idempotent-replayed"], "true");
    assert.deepEqual(twee.json(), een.json());
    const opgeslagen = await t.database.db
      .selectFrom("idempotentie")
      .select(["status", "antwoord", "antwoord_type"])
      .where("sleutel", "=", `klik-${a.id}`)
      .executeTakeFirstOrThrow();
    assert.equal(opgeslagen.status, 200);
    assert.equal(opgeslagen.antwoord_type, "application/vnd.knooppunt.antwoord-verwijzing+json");
    assert.ok((opgeslagen.antwoord ?? "").length < 1000, "een verwijzing, niet de hele staat");
    const na = (await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json().aanvraag as Aanvraag;
    assert.equal(na.versie, daarna.versie);
    assert.equal(na.versie, a.versie + 2);
    // Creating twice with one key creates one request.
    const nieuwBody = {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "x" },
      spoed: false,
    };
    const k = { "idempotency-key": `nieuw-${a.id}` };
    const c1 = await rccb.vraag("POST", "/api/v1/aanvragen", nieuwBody, k);
    const c2 = await rccb.vraag("POST", "/api/v1/aanvragen", nieuwBody, k);
    assert.equal(c1.statusCode, 201);
    assert.equal(c2.statusCode, 201);
    assert.equal(c2.headers["idempotent-replayed"], "true");
    assert.deepEqual(c2.json(), c1.json());
    assert.equal(c2.json().aanvraag.id, c1.json().aanvraag.id);
    assert.equal(c2.json().aanvraag.referentienummer, c1.json().aanvraag.referentienummer);
  });

  test("spoed: telefonisch contact, inzet, te late formalisering escaleert naar het LOCC (één keer)", async () => {
    let a = await nieuw({ spoed: true });
    a = await doe(rccb, a, {
      type: "StapOverslaan",
      taakId: taak(a, "vooroverleg-kmar").id,
      reden: "Spoed.",
    });
    let r = await commando(locc, a, { type: "InzetStarten" });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, "inzet-zonder-besluit");
    a = await doe(rccb, a, {
      type: "TelefonischContactVastleggen",
      van: {
        naam: "J. de Vries",
        rol: "rccb-medewerker",
        organisatieId: "politie-re03-rccb",
        telefoon: "0612345678",
      },
      aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: "0886628048" },
      op: new Date(Date.now() - 60_000).toISOString(),
      afspraken: "KMar-peloton toegezegd; formulier volgt.",
      taakIds: [taak(a, "contact-locc").id],
    });
    // The call replaces the paper, not the decision (art. 57/58 Politiewet 2012; ADR 0602 F3).
    r = await commando(locc, a, { type: "InzetStarten" });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, "inzet-zonder-besluit");
    assert.match(r.json().detail, /telefonisch/);
    a = await eigenaars(t).besluitTelefonisch(a);
    assert.equal(a.fasen[0]?.uitkomst, "toegekend", "besluit telefonisch genomen en vastgelegd");
    assert.ok(
      a.taken.some((x) => x.formalisering && x.status === "open"),
      "de schriftelijke stappen volgen nog",
    );
    a = await doe(locc, a, { type: "InzetStarten" });
    assert.equal(a.inzet.voorFormalisering, true);
    const uiterlijk = a.inzet.formaliserenUiterlijk as string;
    assert.ok(uiterlijk);

    // Nothing due yet.
    assert.deepEqual((await bewaakTermijnen(t.database)).bijgewerkt, []);
    // Late: the watcher (as a loop with a clock past the deadline) reminds and escalates once.
    const laat = new Date(Date.parse(uiterlijk) + 3_600_000);
    const bewaking = startTermijnbewaking(t.database, 10, { klok: () => laat });
    const locUser = t.demo.find((d) => d.gebruikersnaam === "demo-locc-piket");
    assert.ok(locUser);
    const escalaties = async () =>
      t.database.db
        .selectFrom("meldingen as m")
        .innerJoin("gebruikers as g", "g.id", "m.gebruiker_id")
        .select(["m.titel", "m.soort"])
        .where("g.gebruikersnaam", "=", "demo-locc-piket")
        .where("m.onderwerp_id", "=", a.id)
        .where("m.soort", "=", "escalatie")
        .execute();
    for (let i = 0; i < 200 && (await escalaties()).length === 0; i++)
      await new Promise((z) => setTimeout(z, 20));
    await bewaking.stop();
    const e = await escalaties();
    assert.equal(e.length, 1);
    assert.match(e[0]?.titel ?? "", /te laat/);
    assert.equal((await bewaakTermijnen(t.database, laat)).bijgewerkt.length, 0, "niet twee keer");
    const mails = await t.database.db.selectFrom("outbox").select("gegevens").execute();
    assert.ok(
      mails.some((m) => {
        const g = m.gegevens as { aan: string[]; onderwerp: string };
        return g.aan.includes("demo-locc-piket@demo.knooppunt.local") && g.onderwerp.includes("Escalatie");
      }),
      "escalatiemail aan het LOCC",
    );
    a = (await locc.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json().aanvraag as Aanvraag;
    assert.ok(
      a.tijdlijn.some((x) => x.type === "GeescaleerdNaarLocc" && x.door.naam.includes("Termijnbewaking")),
    );
    r = await commando(locc, a, { type: "Afsluiten", werkelijkeKosten: { bedragCent: 0, toelichting: "-" } });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, "formalisering-open");
  });

  test("een spoedopschaling met een eigen gesprek en een eigen formaliseringstermijn, die per fase escaleert (review F4, ADR 0608)", async () => {
    // Given a regular §3 request, granted and running,
    const wie = eigenaars(t);
    let a = await nieuw();
    for (let i = 0; i < 60; i++) {
      const volgende = a.taken.find((x) => x.beschikbaar);
      if (!volgende) break;
      a = await wie.doeTaak(a, volgende);
    }
    assert.equal(a.status, "toegekend");
    a = await doe(rccb, a, { type: "InzetStarten" });
    // when the RCCB asks to scale up urgently and records the call for that change,
    a = await doe(rccb, a, {
      type: "WijzigingAanvragen",
      wijziging: { soort: "opschalen", nieuwTot: null, nieuwAantal: 6, reden: "Escalatie.", spoed: true },
    });
    assert.equal(a.fasen[1]?.wijziging?.spoed, true);
    a = await doe(rccb, a, {
      type: "TelefonischContactVastleggen",
      van: {
        naam: "J. de Vries",
        rol: "rccb-medewerker",
        organisatieId: "politie-re03-rccb",
        telefoon: null,
      },
      aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: "0886628048" },
      op: new Date(Date.now() - 60_000).toISOString(),
      afspraken: "Twee pelotons extra; formulier volgt.",
      taakIds: [],
      fase: 1,
    });
    // then the deciders decide by phone and the change's written steps follow under its own deadline,
    a = await wie.besluitTelefonisch(a);
    assert.equal(a.fasen[1]?.uitkomst, "toegekend");
    const termijn = new Date(Date.parse(a.fasen[1]?.gestartOp as string) + 24 * 3_600_000).toISOString();
    const open = a.taken.filter((x) => x.fase === 1 && x.formalisering && x.status === "open");
    assert.ok(open.length > 0 && open.every((x) => x.uiterlijk === termijn));
    // which the watcher escalates once, under the phase's own key.
    const laat = new Date(Date.parse(termijn) + 3_600_000);
    await bewaakTermijnen(t.database, laat);
    await bewaakTermijnen(t.database, laat);
    a = (await locc.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json().aanvraag as Aanvraag;
    assert.deepEqual(
      a.verstuurd.filter((k) => k.startsWith("formalisering:")),
      [`formalisering:1:herinnering:${termijn}`, `formalisering:1:escalatie:${termijn}`],
    );
  });

  test("demo-aanvragen: in verschillende fasen, één keer geladen", async () => {
    const n = await laadDemoAanvragen(t.database);
    assert.ok(n.length >= 3);
    const statussen = new Set<string>();
    for (const id of n) {
      const r = await locc.vraag("GET", `/api/v1/aanvragen/${id}`);
      assert.equal(r.statusCode, 200);
      statussen.add(r.json().aanvraag.status);
      // The form is downloadable at any moment, a draft too.
      const pdf = await locc.vraag("GET", `/api/v1/aanvragen/${id}/formulier.pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), "%PDF-");
    }
    assert.ok(statussen.size >= 3, [...statussen].join(", "));
    assert.deepEqual(await laadDemoAanvragen(t.database), []);

    // Who may change the form now is in the detail, by the decider's rule (the page shows the editor).
    const mag = async (c: TestClient, id: string) => {
      const r = await c.vraag("GET", `/api/v1/aanvragen/${id}`);
      assert.equal(r.statusCode, 200, r.body);
      return (r.json() as { magFormulierWijzigen: boolean }).magFormulierWijzigen;
    };
    const [concept, ingediend, spoed] = DEMO_AANVRAAG_IDS;
    // A draft: the requesting side, and the LOCC (which may take a request down by phone).
    assert.equal(await mag(rccb, concept), true);
    assert.equal(await mag(locc, concept), true);
    // Signed and filed: nobody.
    assert.equal(await mag(rccb, ingediend), false);
    assert.equal(await mag(locc, ingediend), false);
    // Urgent, deployed on a phone agreement, formalisation open (ADR 0603): the requesting side
    // and the authority (the mayor corrects the name it signs under), not the LOCC, which checks it.
    assert.equal(await mag(rccb, spoed), true);
    assert.equal(await mag(bm, spoed), true);
    assert.equal(await mag(locc, spoed), false);
    // Which lifecycle actions the page offers this user, also by the decider's rules.
    const handelingen = async (c: TestClient, id: string) =>
      ((await c.vraag("GET", `/api/v1/aanvragen/${id}`)).json() as { handelingen: string[] }).handelingen;
    assert.ok((await handelingen(rccb, ingediend)).includes("Intrekken"), "de RCCB mag intrekken");
    assert.ok(!(await handelingen(locc, ingediend)).includes("Intrekken"), "het LOCC niet");
    assert.ok(
      !(await handelingen(bm, ingediend)).includes("KorpschefWeigeren"),
      "alleen de korpschef weigert",
    );
    // Scaling down apart (ADR 0605): in §3 the RCCB files on the authority's behalf and may.
    assert.ok((await handelingen(rccb, ingediend)).includes("Afschalen"), "de RCCB mag afschalen");
    assert.ok(!(await handelingen(locc, ingediend)).includes("Afschalen"), "het LOCC niet");
  });

  test("§1: de pagina hoort van de server wie na de termijn 'geen zienswijze ontvangen' mag vastleggen (ADR 0607)", async () => {
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: "politie-1-bijstand-andere-eenheid-oo",
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure("politie-1-bijstand-andere-eenheid-oo"), ["gm0344"]),
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    const { doeTaak } = eigenaars(t);
    const zienswijze = () => a.taken.find((x) => x.soort === "zienswijze" && x.status === "open");
    for (let i = 0; i < 20 && !zienswijze()?.beschikbaar; i++) {
      const volgende = a.taken.find((x) => x.status === "open" && x.beschikbaar && x.soort !== "zienswijze");
      assert.ok(volgende, "een volgende stap vóór de zienswijze");
      a = await doeTaak(a, volgende);
    }
    const z = zienswijze();
    assert.ok(z?.beschikbaar && z.uiterlijk, "de zienswijze is gevraagd, met termijn");
    const detail = async (c: TestClient) => {
      const d = await c.vraag("GET", `/api/v1/aanvragen/${a.id}`);
      assert.equal(d.statusCode, 200, d.body);
      return (d.json() as { geenZienswijze: unknown[] }).geenZienswijze;
    };
    // The requesting side hears from when (the server's clock: not yet); the regioburgemeester,
    // who gives it himself, and the LOCC hear nothing.
    assert.deepEqual(await detail(rccb), [{ taakId: z.id, vanaf: z.uiterlijk, toegestaan: false }]);
    assert.deepEqual(await detail(rbm), []);
    assert.deepEqual(await detail(locc), []);
  });
});
