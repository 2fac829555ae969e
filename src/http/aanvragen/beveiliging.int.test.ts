// The security review's findings on requests, over HTTP on both engines (ADR 0609): each test
// shows the hole the review demonstrated is closed.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { bodyVan, eigenaars } from "../../../test/support/aanvraag-eigenaars.ts";
import { DEMO_WACHTWOORD, type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import {
  type Aanvraag,
  BIJLAGE_MAX_BYTES,
  betrokkenOrganisaties,
  type Taak,
} from "../../domain/aanvragen/index.ts";
import { volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";
import { magZien } from "../kern/live.ts";
import { sseLezer, wacht } from "../meldingen/proefapp.ts";
import { BIJLAGEN_TOTAAL_MAX_BYTES } from "./bijlagen.ts";

type Lezer = Awaited<ReturnType<typeof sseLezer>>;

const KMAR = "politie-3-kmar-oo";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

perEngine("aanvragen: bevindingen beveiligingsreview", (engine) => {
  let t: TestApp;
  let rccb: TestClient;
  let e: ReturnType<typeof eigenaars>;
  const open: Lezer[] = [];

  before(async () => {
    t = await testApp(engine);
    e = eigenaars(t);
    rccb = await t.als("demo-rccb-medewerker");
  });
  after(async () => {
    for (const l of open) l.sluit();
    await t.sluit();
  });

  const nieuwBody = (extra: Record<string, unknown> = {}) => ({
    procedureId: KMAR,
    veiligheidsregioId: "vr09",
    gezag: { rol: "burgemeester", naam: "S. Dijksma" },
    spoed: false,
    gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    ...extra,
  });

  async function nieuw(c: TestClient = rccb, extra: Record<string, unknown> = {}): Promise<Aanvraag> {
    const r = await c.vraag("POST", "/api/v1/aanvragen", nieuwBody(extra));
    assert.equal(r.statusCode, 201, r.body);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  const aantalAanvragen = async () =>
    Number(
      (
        await t.database.db
          .selectFrom("aanvragen")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("F1: regioburgemeesterOrganisatieId bepaalt de server", () => {
    test("een andere organisatie in het veld wordt geweigerd; er wordt niets opgeslagen", async () => {
      const voor = await aantalAanvragen();
      // RE03's RCCB tries to file in VR13's name by calling itself the regioburgemeester.
      const r = await rccb.vraag(
        "POST",
        "/api/v1/aanvragen",
        nieuwBody({
          veiligheidsregioId: "vr13",
          regioburgemeesterOrganisatieId: "politie-re03-rccb",
          gegevens: volledigeGegevens(procedure(KMAR), ["gm0363"]),
        }),
      );
      assert.equal(r.statusCode, 422, r.body);
      assert.equal(r.json().veld, "regioburgemeesterOrganisatieId");
      assert.match(r.json().detail, /regioburgemeesterOrganisatieId/);
      // The Utrecht mayor naming another region's municipality, or one that does not exist.
      const bm = await t.als("demo-burgemeester");
      for (const rb of ["gm0363", "bestaat-niet"]) {
        const x = await bm.vraag(
          "POST",
          "/api/v1/aanvragen",
          nieuwBody({ regioburgemeesterOrganisatieId: rb }),
        );
        assert.equal(x.statusCode, 422, x.body);
        assert.equal(x.json().veld, "regioburgemeesterOrganisatieId");
      }
      assert.equal(await aantalAanvragen(), voor);
    });

    test("zonder het veld, of met de juiste waarde, bepaalt de server de regioburgemeester van de eenheid", async () => {
      const a = await nieuw();
      assert.equal(a.context.regioburgemeesterOrganisatieId, "gm0344");
      const b = await nieuw(rccb, { regioburgemeesterOrganisatieId: "gm0344" });
      assert.equal(b.context.regioburgemeesterOrganisatieId, "gm0344");
      // Flevoland lies in RE03 too: its regioburgemeester is the one of the unit (Utrecht).
      const c = await nieuw(rccb, {
        veiligheidsregioId: "vr25",
        gegevens: volledigeGegevens(procedure(KMAR), ["gm0034"]),
      });
      assert.equal(c.context.regioburgemeesterOrganisatieId, "gm0344");
    });
  });

  describe("F2: een telefonisch contact maakt de aanvraag niet zichtbaar voor wie de procedure niet noemt", () => {
    test("gesprek met een regio buiten de procedure: 422, geen inzage, geen bericht", async () => {
      const a = await nieuw();
      const vr25 = await t.als("demo-contactpersoon-bevolkingszorg");
      assert.equal((await vr25.vraag("GET", `/api/v1/aanvragen/${a.id}`)).statusCode, 404);
      const r = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
        type: "TelefonischContactVastleggen",
        verwachteVersie: a.versie,
        van: { naam: "Korpschef", rol: "korpschef", organisatieId: "politie", telefoon: null },
        aan: {
          naam: "J. de Vries",
          rol: "contactpersoon-bevolkingszorg",
          organisatieId: "vr25",
          telefoon: null,
        },
        op: new Date().toISOString(),
        afspraken: "Klik op https://evil.example/login om te bevestigen",
        taakIds: [],
      });
      assert.equal(r.statusCode, 422, r.body);
      assert.equal(r.json().veld, "aan.organisatieId");
      assert.equal((await vr25.vraag("GET", `/api/v1/aanvragen/${a.id}`)).statusCode, 404);
      assert.equal((await vr25.vraag("GET", `/api/v1/aanvragen/${a.id}/formulier.pdf`)).statusCode, 404);
      const inbox = await t.database.db
        .selectFrom("meldingen")
        .select("id")
        .where("gebruiker_id", "=", vr25.gebruiker.id)
        .execute();
      assert.equal(inbox.length, 0);
    });
  });

  describe("F3: de bijlagenlijst op het formulier is die van de server", () => {
    test("vervalste gegevens of een nooit geüploade bijlage worden geweigerd; weglaten op id mag", async () => {
      const a = await nieuw();
      const up = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/bijlagen`, {
        naam: "situatieschets.pdf",
        inhoud: PDF.toString("base64"),
        verwachteVersie: a.versie,
      });
      assert.equal(up.statusCode, 201, up.body);
      const { aanvraag, bijlage } = up.json() as { aanvraag: Aanvraag; bijlage: Record<string, unknown> };
      const bijwerken = (bijlagen: unknown[], versie = aanvraag.versie) =>
        rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
          type: "ConceptBijwerken",
          verwachteVersie: versie,
          wijzigingen: { bijlagen },
        });
      const vervalst = await bijwerken([
        {
          ...bijlage,
          naam: "getekend-besluit-burgemeester.pdf",
          grootteBytes: 999999,
          sha256: "0".repeat(64),
        },
        {
          id: "00000000-0000-4000-8000-000000000000",
          naam: "advies-OM.pdf",
          mediatype: "application/pdf",
          grootteBytes: 10,
          sha256: "f".repeat(64),
        },
      ]);
      assert.equal(vervalst.statusCode, 422, vervalst.body);
      assert.equal(vervalst.json().code, "ongeldige-bijlage");
      assert.equal(vervalst.json().veld, "bijlagen");
      const nooit = await bijwerken([
        bijlage,
        { ...bijlage, id: "00000000-0000-4000-8000-000000000000", naam: "advies-OM.pdf" },
      ]);
      assert.equal(nooit.statusCode, 422, nooit.body);
      const nu = await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}`);
      assert.deepEqual((nu.json() as { aanvraag: Aanvraag }).aanvraag.gegevens.bijlagen, [bijlage]);
      // Removing by id; putting it back is an upload, not a list edit.
      const weg = await bijwerken([]);
      assert.equal(weg.statusCode, 200, weg.body);
      const na = (weg.json() as { aanvraag: Aanvraag }).aanvraag;
      assert.equal((await bijwerken([{ id: bijlage.id }], na.versie)).statusCode, 422);
      // A new request cannot bring a list of its own either.
      const metLijst = await rccb.vraag(
        "POST",
        "/api/v1/aanvragen",
        nieuwBody({ gegevens: { ...volledigeGegevens(procedure(KMAR), ["gm0344"]), bijlagen: [bijlage] } }),
      );
      assert.equal(metLijst.statusCode, 422, metLijst.body);
    });
  });

  describe("F4/F5: het LOCC-brede zicht hoort bij de piket van het LOCC en de auditor, ook live", () => {
    test("de beheerder (organisatie locc) ziet geen aanvragen; een piket-rol elders ook niet, ook niet live", async () => {
      await t.app.listen({ port: 0, host: "127.0.0.1" });
      const url = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
      const piketElders = await e.als("locc-piket", "gm0363");
      const beheerder = await t.als("demo-beheerder");
      const piket = await t.als("demo-locc-piket");
      const auditor = await t.als("demo-auditor");
      const lezers = await Promise.all(
        [beheerder, piketElders, piket, auditor].map(async (c) => {
          const l = await sseLezer(url, c.cookie);
          open.push(l);
          await l.wachtOp(() => l.gebeurtenissen.some((g) => g.event === "verbonden"), 5000, "verbonden");
          return l;
        }),
      );
      const [lBeheerder, lElders, lPiket, lAuditor] = lezers as [Lezer, Lezer, Lezer, Lezer];

      // A request the LOCC has a part in (a call to the LOCC piket), with an attachment.
      const a = await nieuw();
      const up = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/bijlagen`, {
        naam: "kaart.pdf",
        inhoud: PDF.toString("base64"),
        verwachteVersie: a.versie,
      });
      assert.equal(up.statusCode, 201, up.body);
      const { aanvraag: na, bijlage } = up.json() as { aanvraag: Aanvraag; bijlage: { id: string } };
      const bel = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
        type: "TelefonischContactVastleggen",
        verwachteVersie: na.versie,
        van: { naam: "RCCB", rol: "rccb-medewerker", organisatieId: "politie-re03-rccb", telefoon: null },
        aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: null },
        op: new Date().toISOString(),
        afspraken: "Bijstand afgestemd.",
        taakIds: [],
      });
      assert.equal(bel.statusCode, 200, bel.body);
      const laatste = (bel.json() as { aanvraag: Aanvraag }).aanvraag;
      assert.ok(betrokkenOrganisaties(laatste).has("locc"), "het LOCC is bij deze aanvraag betrokken");

      for (const [c, ziet] of [
        [beheerder, false],
        [piketElders, false],
        [piket, true],
        [auditor, true],
      ] as const) {
        const lijst = await c.vraag("GET", "/api/v1/aanvragen");
        assert.equal(
          (lijst.json() as { aanvragen: { id: string }[] }).aanvragen.some((x) => x.id === a.id),
          ziet,
        );
        const status = ziet ? 200 : 404;
        assert.equal((await c.vraag("GET", `/api/v1/aanvragen/${a.id}`)).statusCode, status);
        assert.equal((await c.vraag("GET", `/api/v1/aanvragen/${a.id}/formulier.pdf`)).statusCode, status);
        assert.equal((await c.vraag("GET", `/api/v1/aanvragen/${a.id}/tijdlijn`)).statusCode, status);
        assert.equal(
          (await c.vraag("GET", `/api/v1/aanvragen/${a.id}/bijlagen/${bijlage.id}`)).statusCode,
          status,
        );
      }

      const aanvraagEvents = (l: Lezer) =>
        l.gebeurtenissen.filter((g) => g.event === "aanvraag" && (g.data as { id?: string }).id === a.id);
      await lPiket.wachtOp(() => aanvraagEvents(lPiket).length >= 3, 5000, "piket live");
      await lAuditor.wachtOp(() => aanvraagEvents(lAuditor).length >= 3, 5000, "auditor live");
      await wacht(200);
      assert.equal(aanvraagEvents(lBeheerder).length, 0, "de beheerder krijgt geen aanvraag-events");
      assert.equal(aanvraagEvents(lElders).length, 0, "een piket-rol buiten het LOCC krijgt ze niet");
    });

    test("de live-regel: rol bij een organisatie, en geen zicht via de organisatie met alleen de beheerdersrol", () => {
      const z = {
        organisatieIds: ["locc", "gm0344"],
        nietAlleenRollen: ["beheerder"],
        rolBijOrganisatie: [{ rol: "locc-piket", organisatieId: "locc" }],
        rollen: ["auditor"],
      } as const;
      const k = (organisatieId: string, ...rollen: string[]) => ({ id: "x", organisatieId, rollen });
      assert.equal(magZien(k("locc", "beheerder"), z), false);
      assert.equal(magZien(k("locc", "beheerder", "locc-piket"), z), true);
      assert.equal(magZien(k("gm0363", "locc-piket"), z), false);
      assert.equal(magZien(k("gm0344", "burgemeester"), z), true);
      assert.equal(magZien(k("jenv", "auditor"), z), true);
      assert.equal(magZien(k("gm0363", "locc-piket"), { rolBijOrganisatie: z.rolBijOrganisatie }), false);
      assert.equal(magZien(k("locc", "locc-piket"), { rolBijOrganisatie: z.rolBijOrganisatie }), true);
    });
  });

  describe("F11: uploads", () => {
    test("wie de aanvraag niet ziet, krijgt 404 voordat de inhoud wordt gelezen", async () => {
      const a = await nieuw();
      const buiten = await t.als("demo-contactpersoon-bevolkingszorg");
      const r = await buiten.vraag("POST", `/api/v1/aanvragen/${a.id}/bijlagen`, {
        naam: "x.pdf",
        inhoud: "dit is geen base64!",
        verwachteVersie: a.versie,
      });
      assert.equal(r.statusCode, 404, r.body);
    });
    test("het totaal per aanvraag, verwijderde bijlagen meegeteld, is begrensd", async () => {
      const a = await nieuw();
      // Earlier uploads (since removed) that together come close to the limit.
      await t.database.db
        .insertInto("aanvraag_bijlagen")
        .values(
          Array.from({ length: BIJLAGEN_TOTAAL_MAX_BYTES / BIJLAGE_MAX_BYTES }, (_, i) => ({
            id: `22222222-2222-4222-8222-${String(i).padStart(12, "0")}`,
            aanvraag_id: a.id,
            naam: `oud-${i}.pdf`,
            mediatype: "application/pdf",
            grootte_bytes: BIJLAGE_MAX_BYTES,
            sha256: "2".repeat(64),
            inhoud: PDF,
            door_gebruiker_id: rccb.gebruiker.id,
            op: new Date(),
          })),
        )
        .execute();
      const r = await rccb.vraag("POST", `/api/v1/aanvragen/${a.id}/bijlagen`, {
        naam: "kaart.pdf",
        inhoud: PDF.toString("base64"),
        verwachteVersie: a.versie,
      });
      assert.equal(r.statusCode, 422, r.body);
      assert.equal(r.json().code, "ongeldige-bijlage");
      assert.match(r.json().detail, /100,0 MB/);
      const rijen = await t.database.db
        .selectFrom("aanvraag_bijlagen")
        .select("id")
        .where("aanvraag_id", "=", a.id)
        .execute();
      assert.equal(rijen.length, BIJLAGEN_TOTAAL_MAX_BYTES / BIJLAGE_MAX_BYTES, "niets opgeslagen");
      const na = await rccb.vraag("GET", `/api/v1/aanvragen/${a.id}`);
      assert.equal((na.json() as { aanvraag: Aanvraag }).aanvraag.versie, a.versie);
    });
  });
});

perEngine("aanvragen: REAUTH_MINUTES geldt ook voor het ondertekenen (F6)", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine, { herauthenticatieMinuten: 30 });
  });
  after(() => t.sluit());

  test("met een venster van 30 minuten tekent wie 10 minuten geleden opnieuw inlogde", async () => {
    const e = eigenaars(t);
    const rccb = await t.als("demo-rccb-medewerker");
    const r = await rccb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: KMAR,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    });
    assert.equal(r.statusCode, 201, r.body);
    let a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    let teken: Taak | undefined;
    for (let i = 0; i < 30 && !teken; i++) {
      const taak = a.taken.find((x) => x.beschikbaar && x.status === "open");
      assert.ok(taak, "een beschikbare taak");
      if (taak.commando === "Ondertekenen") teken = taak;
      else a = await e.doeTaak(a, taak);
    }
    assert.ok(teken, "de ondertekening");
    const org = teken.eigenaar.organisaties[0] as string;
    const bm = await e.als(teken.eigenaar.rol, org);
    const h = await bm.vraag("POST", "/api/v1/sessie/herauthenticatie", { wachtwoord: DEMO_WACHTWOORD });
    assert.equal(h.statusCode, 200, h.body);
    const geldigTot = Date.parse((h.json() as { geldigTot: string }).geldigTot);
    assert.ok(geldigTot - Date.now() > 25 * 60_000, "de sessie meldt het ingestelde venster");
    // The re-authentication was 10 minutes ago: inside the 30 reported, outside the fixed 5.
    await t.database.db
      .updateTable("sessies")
      .set({ herauthenticatie: new Date(Date.now() - 10 * 60_000) })
      .where("gebruiker_id", "=", bm.gebruiker.id)
      .execute();
    const s = await bm.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, bodyVan(a, teken));
    assert.equal(s.statusCode, 200, s.body);
    assert.equal((s.json() as { aanvraag: Aanvraag }).aanvraag.handtekeningen.length, 1);
  });
});
