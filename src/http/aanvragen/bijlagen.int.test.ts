// Attachments over HTTP on both engines: upload by the requesting side while the form is editable,
// type by content (a PNG named .pdf and a text file are refused), the size limit, the download with
// its content type and disposition for who may see the request (404 for others), the event and
// the PDF that list it, and nothing stored when the command is refused.
import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import type { Transaction } from "kysely";
import { DEMO_WACHTWOORD, type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import { voegGebruikerToe } from "../../db/gebruikers.ts";
import type { DB } from "../../db/schema.ts";
import { type Aanvraag, AanvraagFout } from "../../domain/aanvragen/index.ts";
import { volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";
import { hashWachtwoord } from "../kern/wachtwoord.ts";
import { controleerBijlagenTotaal, herkenMediatype, schoneNaam } from "./bijlagen.ts";

const KMAR = "politie-3-kmar-oo";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 7),
]);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

test("magic bytes and names", () => {
  assert.equal(herkenMediatype(PDF), "application/pdf");
  assert.equal(herkenMediatype(PNG), "image/png");
  assert.equal(herkenMediatype(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), "image/jpeg");
  assert.equal(herkenMediatype(Buffer.from("<html>%PDF-")), null);
  assert.equal(schoneNaam('..\\map/kaart "x".pdf'), "kaart x.pdf");
});

perEngine("aanvraag bijlagen", (engine) => {
  let t: TestApp;
  let rccb: TestClient;
  let bm: TestClient;

  before(async () => {
    t = await testApp(engine);
    const hash = await hashWachtwoord(DEMO_WACHTWOORD);
    await t.database.db.transaction().execute((trx) =>
      voegGebruikerToe(trx, {
        gebruikersnaam: "test-rccb-amsterdam",
        naam: "RCCB Amsterdam",
        email: "rccb-a@test.local",
        organisatieId: "politie-re05-rccb",
        rollen: ["rccb-medewerker"],
        wachtwoordHash: hash,
      }),
    );
    [rccb, bm] = await Promise.all([t.als("demo-rccb-medewerker"), t.als("demo-burgemeester")]);
  });
  after(() => t.sluit());

  async function nieuw(): Promise<Aanvraag> {
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    });
    assert.equal(r.statusCode, 201, r.body);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  const upload = (c: TestClient, a: Aanvraag, naam: string, inhoud: Buffer, versie = a.versie) =>
    c.vraag("POST", `/api/v1/aanvragen/${a.id}/bijlagen`, {
      naam,
      inhoud: inhoud.toString("base64"),
      verwachteVersie: versie,
    });

  test("upload, list, download, PDF and audit", async () => {
    const a = await nieuw();
    const r = await upload(rccb, a, "situatieschets.pdf", PDF);
    assert.equal(r.statusCode, 201, r.body);
    const { aanvraag, bijlage } = r.json() as { aanvraag: Aanvraag; bijlage: { id: string; sha256: string } };
    assert.equal(aanvraag.versie, a.versie + 1);
    assert.deepEqual(aanvraag.gegevens.bijlagen, [
      {
        id: bijlage.id,
        naam: "situatieschets.pdf",
        mediatype: "application/pdf",
        grootteBytes: PDF.length,
        sha256: sha(PDF),
      },
    ]);
    // A second one keeps the first.
    const r2 = await upload(rccb, aanvraag, "kaart.png", PNG);
    assert.equal(r2.statusCode, 201, r2.body);
    const na = (r2.json() as { aanvraag: Aanvraag }).aanvraag;
    assert.deepEqual(
      na.gegevens.bijlagen.map((b) => b.naam),
      ["situatieschets.pdf", "kaart.png"],
    );

    const d = await bm.vraag("GET", `/api/v1/aanvragen/${a.id}/bijlagen/${bijlage.id}`);
    assert.equal(d.statusCode, 200);
    assert.equal(d.headers["content-type"], "application/pdf");
    assert.match(String(d.headers["content-disposition"]), /^attachment; filename="situatieschets\.pdf"/);
    assert.equal(d.headers["x-content-type-options"], "nosniff");
    assert.equal(sha(d.rawPayload), sha(PDF));

    const pdf = await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}/formulier.pdf`);
    assert.equal(pdf.statusCode, 200);

    const audit = await t.database.db
      .selectFrom("audit_records")
      .select(["gegevens"])
      .where("onderwerp_id", "=", a.id)
      .execute();
    const tekst = JSON.stringify(audit.map((x) => x.gegevens));
    assert.ok(tekst.includes(sha(PNG)), "the audit trail carries the attachment's hash");
  });

  test("type by content, not by name; size limit; wrong user; stale version", async () => {
    const a = await nieuw();
    const png = await upload(rccb, a, "brief.pdf", PNG);
    assert.equal(png.statusCode, 422, png.body);
    assert.equal((png.json() as { code: string }).code, "ongeldige-bijlage");
    const txt = await upload(rccb, a, "notitie.pdf", Buffer.from("gewoon tekst"));
    assert.equal(txt.statusCode, 422);
    assert.match((txt.json() as { detail: string }).detail, /geen PDF, PNG of JPEG/);
    const groot = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const te = await upload(rccb, a, "groot.pdf", groot);
    assert.ok(te.statusCode === 422 || te.statusCode === 413, `${te.statusCode} ${te.body.slice(0, 200)}`);

    // Defence (a later step's owner) is not the requesting side: refused, nothing stored.
    const djz = await t.als("demo-defensie-djz");
    const mis = await upload(djz, a, "x.pdf", PDF);
    assert.ok([403, 404].includes(mis.statusCode), `${mis.statusCode} ${mis.body.slice(0, 300)}`);
    const stale = await upload(rccb, a, "x.pdf", PDF, a.versie - 1);
    assert.equal(stale.statusCode, 409);
    const n = await t.database.db
      .selectFrom("aanvraag_bijlagen")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("aanvraag_id", "=", a.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 0);
  });

  test("download is 404 for who may not see the request", async () => {
    const a = await nieuw();
    const r = await upload(rccb, a, "s.pdf", PDF);
    const id = (r.json() as { bijlage: { id: string } }).bijlage.id;
    const vreemd = await t.als("test-rccb-amsterdam");
    const d = await vreemd.vraag("GET", `/api/v1/aanvragen/${a.id}/bijlagen/${id}`);
    assert.equal(d.statusCode, 404);
    const onbekend = await rccb.vraag(
      "GET",
      `/api/v1/aanvragen/${a.id}/bijlagen/00000000-0000-4000-8000-000000000000`,
    );
    assert.equal(onbekend.statusCode, 404);
  });
});

// ADR 0613: the total per request (ADR 0610) is checked under the request's row lock, in the
// transaction that inserts. A small limit from the config keeps the files small.
perEngine("aanvraag bijlagen: het totaal bij gelijktijdige uploads", (engine) => {
  const MAX = 1000;
  const bestand = (vulling: number) => Buffer.concat([PDF, Buffer.alloc(600 - PDF.length, vulling)]);
  let t: TestApp;
  let rccb: TestClient;

  before(async () => {
    t = await testApp(engine, { bijlagenTotaalMaxBytes: MAX });
    rccb = await t.als("demo-rccb-medewerker");
  });
  after(() => t.sluit());

  async function nieuw(): Promise<Aanvraag> {
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    });
    assert.equal(r.statusCode, 201, r.body);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }
  const opgeslagen = async (id: string) =>
    Number(
      (
        await t.database.db
          .selectFrom("aanvraag_bijlagen")
          .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>("grootte_bytes"), eb.lit(0)).as("n"))
          .where("aanvraag_id", "=", id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  test("twee uploads die samen niet passen: één slaagt, de ander hoort dat zij niet meer past", async () => {
    for (let ronde = 0; ronde < 5; ronde++) {
      const a = await nieuw();
      const [r1, r2] = await Promise.all(
        [1, 2].map((n) =>
          rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/bijlagen`, {
            naam: `deel-${n}.pdf`,
            inhoud: bestand(n).toString("base64"),
            verwachteVersie: a.versie,
          }),
        ),
      );
      const codes = [r1?.statusCode, r2?.statusCode].sort();
      assert.deepEqual(codes, [201, 422], `${r1?.body.slice(0, 300)} / ${r2?.body.slice(0, 300)}`);
      const fout = [r1, r2].find((r) => r?.statusCode === 422)?.json() as { code: string; detail: string };
      assert.equal(fout.code, "ongeldige-bijlage");
      assert.match(fout.detail, /past niet meer: bij deze aanvraag is al .* opgeslagen/);
      assert.equal(await opgeslagen(a.id), 600);
      const na = (await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}`)).json() as { aanvraag: Aanvraag };
      assert.equal(na.aanvraag.gegevens.bijlagen.length, 1);
    }
  });

  test("wie het slot niet heeft, wacht en telt daarna de bytes van de ander mee", async () => {
    const a = await nieuw();
    const bijlage = (n: number) => ({
      id: randomUUID(),
      naam: `deel-${n}.pdf`,
      mediatype: "application/pdf" as const,
      grootteBytes: 600,
      sha256: "0".repeat(64),
    });
    const invoegen = (trx: Transaction<DB>, b: ReturnType<typeof bijlage>) =>
      trx
        .insertInto("aanvraag_bijlagen")
        .values({
          id: b.id,
          aanvraag_id: a.id,
          naam: b.naam,
          mediatype: b.mediatype,
          grootte_bytes: b.grootteBytes,
          sha256: b.sha256,
          inhoud: PDF,
          door_gebruiker_id: rccb.gebruiker.id,
          op: new Date(),
        })
        .execute();
    let laatEerstePasGaan = () => {};
    const eersteMagCommitten = new Promise<void>((r) => {
      laatEerstePasGaan = r;
    });
    let eersteHeeftSlot = () => {};
    const slot = new Promise<void>((r) => {
      eersteHeeftSlot = r;
    });
    const eerste = t.database.db.transaction().execute(async (trx) => {
      const b = bijlage(1);
      await controleerBijlagenTotaal(trx, a.id, b, MAX);
      await invoegen(trx, b);
      eersteHeeftSlot();
      await eersteMagCommitten;
    });
    await slot;
    let tweedeKlaar = false;
    const tweede = t.database.db
      .transaction()
      .execute(async (trx) => {
        const b = bijlage(2);
        await controleerBijlagenTotaal(trx, a.id, b, MAX);
        await invoegen(trx, b);
      })
      .finally(() => {
        tweedeKlaar = true;
      });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(tweedeKlaar, false, "the second waits for the first's lock");
    laatEerstePasGaan();
    await eerste;
    await assert.rejects(tweede, (e: unknown) => e instanceof AanvraagFout && e.code === "ongeldige-bijlage");
    assert.equal(await opgeslagen(a.id), 600);
  });
});
