// Request commands written as a bundle (ADR 0671), on both engines: each command is decided on
// the state its predecessor left, a refusal or a taken key touches only its own command, and a
// bundle that fails as a whole is retried command by command — with the same rows, one audit
// record per event and an unbroken chain.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { type TestApp, testApp } from "../../test/support/app.ts";
import { perEngine } from "../../test/support/database.ts";
import {
  type Aanvraag,
  type AanvraagCommando,
  type Gebruiker,
  openTaakEigenaars,
  PROJECTIE_VERSIE,
} from "../domain/aanvragen/index.ts";
import { volledigeGegevens } from "../domain/aanvragen/testhulp.ts";
import { procedure } from "../domain/wegwijzer/catalogus.ts";
import type { ProcedureId } from "../domain/wegwijzer/typen.ts";
import { herbouwVerouderdeProjecties, laadAanvraag, laadDemoAanvragen, staatUitOpslag } from "./aanvragen.ts";
import {
  type BundelUitkomst,
  IdempotentieBezig,
  type Opdracht,
  voerBundelUit,
  voerUitBundel,
} from "./aanvragen-schrijven.ts";
import { type Actor, verifieerAudit } from "./audit.ts";
import { laadGebruikers } from "./gebruikers.ts";

const KMAR = "politie-3-kmar-oo" as ProcedureId;

perEngine("aanvraagcommando's gebundeld", (engine) => {
  let t: TestApp;
  let rccb: { gebruiker: Gebruiker; actor: Actor };
  let djz: { gebruiker: Gebruiker; actor: Actor };

  before(async () => {
    t = await testApp(engine);
    const rijen = await laadGebruikers(t.database.db);
    const wie = (naam: string) => {
      const g = rijen.find((x) => x.gebruikersnaam === naam);
      if (!g) throw new Error(`demo-gebruiker ${naam} ontbreekt`);
      return {
        gebruiker: { gebruikerId: g.id, naam: g.naam, rollen: g.rollen, organisatieId: g.organisatie.id },
        actor: { id: g.id, naam: g.gebruikersnaam, rollen: g.rollen, organisatieId: g.organisatie.id },
      };
    };
    rccb = wie("demo-rccb-medewerker");
    djz = wie("demo-defensie-djz");
  });
  after(() => t?.sluit());

  const nu = new Date();
  const aanmaken = (id: string): Opdracht => ({
    aanvraagId: id,
    actor: rccb.actor,
    requestId: `req-${id.slice(0, 8)}`,
    maak: () => ({
      type: "ConceptAanmaken",
      aanvraagId: id,
      actor: rccb.gebruiker,
      nu,
      verwachteVersie: 0,
      procedureId: KMAR,
      volgnummer: 0,
      aanvragerOrganisatieId: rccb.gebruiker.organisatieId,
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure(KMAR), ["gm0344"]),
    }),
  });
  const bijwerken = (id: string, door: typeof rccb, reden: string, versie?: number): Opdracht => ({
    aanvraagId: id,
    actor: door.actor,
    maak: (voor: Aanvraag | null): AanvraagCommando => ({
      type: "ConceptBijwerken",
      aanvraagId: id,
      actor: door.gebruiker,
      nu,
      verwachteVersie: versie ?? voor?.versie ?? 0,
      wijzigingen: { reden },
    }),
  });
  const bundel = (opdrachten: Opdracht[]) =>
    t.database.db.transaction().execute((trx) => voerUitBundel(trx, opdrachten));
  const code = (u: BundelUitkomst | undefined) =>
    u && !u.ok ? ((u.fout as { code?: string }).code ?? (u.fout as Error).constructor.name) : "ok";
  const rijen = async (id: string) => ({
    aanvraag: await t.database.db
      .selectFrom("aanvragen")
      .select(["versie", "state"])
      .where("id", "=", id)
      .executeTakeFirst(),
    events: (
      await t.database.db
        .selectFrom("aanvraag_events")
        .select(["volgnummer", "type", "request_id"])
        .where("aanvraag_id", "=", id)
        .orderBy("volgnummer")
        .execute()
    ).map((r) => `${r.volgnummer}:${r.type}`),
    audit: (
      await t.database.db
        .selectFrom("audit_records")
        .select(["actie", "actor_naam"])
        .where("onderwerp_soort", "=", "aanvraag")
        .where("onderwerp_id", "=", id)
        .orderBy("volgnummer")
        .execute()
    ).map((r) => `${r.actie}:${r.actor_naam}`),
  });

  test("elk commando beslist op de stand die zijn voorganger in de bundel achterliet; een weigering raakt alleen zichzelf", async () => {
    const a = randomUUID();
    const b = randomUUID();
    const uit = await bundel([
      aanmaken(a),
      aanmaken(b),
      bijwerken(a, rccb, "Eerste wijziging in dezelfde bundel."),
      bijwerken(a, djz, "Defensie mag het concept van de RCCB niet wijzigen."),
      bijwerken(b, rccb, "Met een verouderde versie.", 7),
      bijwerken(a, rccb, "Tweede wijziging, op versie 2."),
    ]);
    assert.deepEqual(uit.map(code), ["ok", "ok", "ok", "niet-betrokken", "versie-conflict", "ok"]);
    const ra = await rijen(a);
    assert.equal(Number(ra.aanvraag?.versie), 3);
    assert.deepEqual(ra.events, ["1:AanvraagAangemaakt", "2:ConceptBijgewerkt", "3:ConceptBijgewerkt"]);
    assert.deepEqual(ra.audit, [
      "aanvraag.AanvraagAangemaakt:demo-rccb-medewerker",
      "aanvraag.ConceptBijgewerkt:demo-rccb-medewerker",
      "aanvraag.ConceptBijgewerkt:demo-rccb-medewerker",
    ]);
    const state = (
      typeof ra.aanvraag?.state === "string" ? JSON.parse(ra.aanvraag.state) : ra.aanvraag?.state
    ) as Aanvraag;
    assert.equal(state.gegevens.reden, "Tweede wijziging, op versie 2.");
    assert.equal(state.versie, 3);
    const rb = await rijen(b);
    assert.equal(Number(rb.aanvraag?.versie), 1, "het geweigerde commando op B schreef niets");
    assert.deepEqual(rb.events, ["1:AanvraagAangemaakt"]);
    // Each command's answer is its own state, not the bundle's last.
    const eerste = uit[2];
    assert.ok(eerste?.ok);
    assert.equal(eerste.uitvoering.na.versie, 2);
    assert.equal(eerste.uitvoering.na.gegevens.reden, "Eerste wijziging in dezelfde bundel.");
    // Two new requests in one region in one bundle: consecutive reference numbers.
    const refs = [uit[0], uit[1]].map((u) => (u?.ok ? u.uitvoering.na.referentienummer : ""));
    const nrs = refs.map((r) => Number(r.split("-").at(-1)));
    assert.equal((nrs[1] ?? 0) - (nrs[0] ?? 0), 1, refs.join(", "));
    const v = await verifieerAudit(t.database.db);
    assert.ok(v.ok, JSON.stringify(v));
  });

  test("twee verzoeken met dezelfde Idempotency-Key in één bundel: het eerste telt, het tweede krijgt 'in behandeling' en schrijft niets", async () => {
    const a = randomUUID();
    assert.deepEqual((await bundel([aanmaken(a)])).map(code), ["ok"]);
    const sleutel = {
      gebruikerId: rccb.gebruiker.gebruikerId,
      sleutel: randomUUID(),
      methode: "POST",
      pad: `/x/${a}`,
      hash: "h",
    };
    const uit = await bundel([
      { ...bijwerken(a, rccb, "Eén keer."), idempotentie: sleutel },
      { ...bijwerken(a, rccb, "Eén keer."), idempotentie: sleutel },
    ]);
    assert.equal(code(uit[0]), "ok");
    assert.ok(uit[1] && !uit[1].ok && uit[1].fout instanceof IdempotentieBezig);
    assert.deepEqual((await rijen(a)).events, ["1:AanvraagAangemaakt", "2:ConceptBijgewerkt"]);
    const markers = await t.database.db
      .selectFrom("idempotentie")
      .select("sleutel")
      .where("sleutel", "=", sleutel.sleutel)
      .execute();
    assert.equal(markers.length, 1);
  });

  test("een commando dat na een bezette sleutel alleen opnieuw moet, houdt zijn eigen sleutel vrij voor die tweede poging", async () => {
    const a = randomUUID();
    assert.deepEqual((await bundel([aanmaken(a)])).map(code), ["ok"]);
    const sleutel = (s: string) => ({
      gebruikerId: rccb.gebruiker.gebruikerId,
      sleutel: s,
      methode: "POST",
      pad: `/x/${a}`,
      hash: "h",
      antwoord: { status: 200, metCapaciteit: true },
    });
    const [bezet, eigen] = [sleutel(randomUUID()), sleutel(randomUUID())];
    // The first key is held by a request still being finished elsewhere.
    await t.database.db
      .insertInto("idempotentie")
      .values({
        gebruiker_id: bezet.gebruikerId,
        sleutel: bezet.sleutel,
        methode: bezet.methode,
        pad: bezet.pad,
        verzoek_hash: "h",
        status: null,
      })
      .execute();
    const uit = await voerBundelUit(t.database, [
      { ...bijwerken(a, rccb, "Met de bezette sleutel."), idempotentie: bezet },
      { ...bijwerken(a, rccb, "Met een eigen sleutel."), idempotentie: eigen },
    ]);
    assert.ok(uit[0] && !uit[0].ok && uit[0].fout instanceof IdempotentieBezig);
    assert.equal(
      code(uit[1]),
      "ok",
      "alleen opnieuw gedaan, niet 'in behandeling' door zijn eigen eerdere marker",
    );
    assert.deepEqual((await rijen(a)).events, ["1:AanvraagAangemaakt", "2:ConceptBijgewerkt"]);
    const rij = await t.database.db
      .selectFrom("idempotentie")
      .select(["status", "antwoord"])
      .where("sleutel", "=", eigen.sleutel)
      .executeTakeFirstOrThrow();
    assert.equal(rij.status, 200);
    assert.deepEqual(JSON.parse(rij.antwoord ?? "{}").versie, 2);
  });

  test("een projectie van een oudere PROJECTIE_VERSIE wordt uit de events afgeleid: bij lezen, bij een commando en bij het opstarten (met auditrecord)", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    assert.deepEqual((await bundel([aanmaken(a), aanmaken(b)])).map(code), ["ok", "ok"]);
    // As an older release stored it: tasks inside, and a value the current rules do not derive.
    const verouderd = async (id: string) => {
      const echt = (await laadAanvraag(t.database.db, id)) as Aanvraag;
      await t.database.db
        .updateTable("aanvragen")
        .set({ projectie_versie: 1, state: JSON.stringify({ ...echt, toegekendAantal: 12345 }) })
        .where("id", "=", id)
        .execute();
      return echt;
    };
    const echtA = await verouderd(a);
    await verouderd(b);
    assert.deepEqual(await laadAanvraag(t.database.db, a), echtA, "lezen leidt opnieuw af");
    assert.deepEqual((await bundel([bijwerken(b, rccb, "Op de afgeleide stand.")])).map(code), ["ok"]);
    const projectieRij = (id: string) =>
      t.database.db
        .selectFrom("aanvragen")
        .select(["state", "projectie_versie"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
    const nb = await projectieRij(b);
    assert.equal(nb.projectie_versie, PROJECTIE_VERSIE);
    assert.equal(
      staatUitOpslag(nb.state).toegekendAantal,
      null,
      "het commando besliste op de events, niet op de oude projectie",
    );

    const voor = (await verifieerAudit(t.database.db)).aantal;
    assert.equal(await herbouwVerouderdeProjecties(t.database, 1), 1);
    const na = await projectieRij(a);
    assert.equal(na.projectie_versie, PROJECTIE_VERSIE);
    const opgeslagen = (typeof na.state === "string" ? JSON.parse(na.state) : na.state) as Record<
      string,
      unknown
    >;
    assert.equal(opgeslagen.toegekendAantal, null);
    assert.equal("taken" in opgeslagen, false, "de taken worden afgeleid, niet opgeslagen (ADR 0672)");
    assert.deepEqual(staatUitOpslag(na.state), echtA);
    const audit = await verifieerAudit(t.database.db);
    assert.ok(audit.ok, JSON.stringify(audit));
    assert.equal(audit.aantal, voor + 1, "één auditrecord voor de partij");
    const r = await t.database.db
      .selectFrom("audit_records")
      .select(["actie", "gegevens"])
      .orderBy("volgnummer", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    assert.equal(r.actie, "aanvragen.projecties-herbouwd");
    assert.match(JSON.stringify(r.gegevens), new RegExp(a));
    assert.equal(await herbouwVerouderdeProjecties(t.database), 0, "niets meer te doen");
  });

  test("een bundel die als geheel mislukt wordt commando voor commando opnieuw gedaan: alleen het commando met de fout faalt", async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const voor = (await verifieerAudit(t.database.db)).aantal;
    const { actor: _, ...zonderActor } = aanmaken(b);
    const stuk: Opdracht = {
      ...zonderActor,
      // A writer that fails halfway through the writes (after projections and events).
      audit: async () => {
        throw new Error("schijf vol");
      },
    };
    const uit = await voerBundelUit(t.database, [aanmaken(a), stuk, aanmaken(c)]);
    assert.deepEqual(
      uit.map((u) => (u.ok ? "ok" : (u.fout as Error).message)),
      ["ok", "schijf vol", "ok"],
    );
    assert.deepEqual((await rijen(a)).events, ["1:AanvraagAangemaakt"]);
    assert.equal((await rijen(b)).aanvraag, undefined, "van het mislukte commando staat niets");
    assert.deepEqual((await rijen(b)).events, []);
    assert.deepEqual((await rijen(c)).events, ["1:AanvraagAangemaakt"]);
    const na = await verifieerAudit(t.database.db);
    assert.ok(na.ok);
    assert.equal(
      na.aantal,
      voor + 2,
      "één auditrecord per geschreven event, niets van de teruggedraaide bundel",
    );
  });
});

perEngine("wie een open taak heeft (migratie 0008)", (engine) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(engine);
    await laadDemoAanvragen(t.database);
  });
  after(() => t?.sluit());

  test("de projectie noemt wie op een beschikbare taak kan handelen, zoals de migratie het uit de staat afleidt", async () => {
    const lees = async () =>
      (
        await t.database.db
          .selectFrom("aanvragen")
          .select(["id", "state", "open_taak_eigenaars"])
          .orderBy("id")
          .execute()
      ).map((r) => ({
        id: r.id,
        kolom: [...r.open_taak_eigenaars].sort(),
        uitStaat: openTaakEigenaars(staatUitOpslag(r.state)),
        staat: staatUitOpslag(r.state),
      }));
    const voor = await lees();
    assert.equal(voor.length, 3);
    for (const r of voor) assert.deepEqual(r.kolom, r.uitStaat, r.id);
    assert.ok(
      voor.some((r) => r.kolom.includes("locc-piket@locc")),
      "de ingediende demo-aanvraag wacht op het LOCC",
    );
    // The migration's backfill, run again over the same rows, gives the same column.
    const migratie = readFileSync(
      new URL("./migraties/0008_open_taak_eigenaars.sql", import.meta.url),
      "utf8",
    );
    const bijwerken = migratie.slice(migratie.indexOf("UPDATE aanvragen"), migratie.indexOf("CREATE INDEX"));
    // Rows of that time stored their tasks in the state (ADR 0672 leaves them out since).
    for (const r of voor)
      await t.database.db
        .updateTable("aanvragen")
        .set({ state: JSON.stringify(r.staat), open_taak_eigenaars: [] })
        .where("id", "=", r.id)
        .execute();
    await t.database.execScript(bijwerken);
    assert.deepEqual(await lees(), voor);
  });
});
