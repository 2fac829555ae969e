// The demand a request puts in the register gets its objective from the capacity asked for, else from
// the procedure (ADR 0356), on both engines: an ambulance asked through fb §4 serves "redden" (priority
// 1), IFV blankets through the same procedure "veerkracht" (5), and when the request changes its type the
// stored objective follows along with priority and explanation.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestApp, type TestClient, testApp } from "../../../test/support/app.ts";
import { perEngine } from "../../../test/support/database.ts";
import type { Aanvraag, AanvraagGegevens } from "../../domain/aanvragen/index.ts";
import { taakVoorStap as taak, volledigeGegevens } from "../../domain/aanvragen/testhulp.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";

const B4 = "bevolkingszorg-4-middelen";
const UUR = 3_600_000;

perEngine("doelstelling van de vraag uit een aanvraag", (engine) => {
  let t: TestApp;
  let acb: TestClient;
  let locc: TestClient;

  before(async () => {
    t = await testApp(engine);
    [acb, locc] = await Promise.all([
      t.als("demo-algemeen-commandant-bevolkingszorg"),
      t.als("demo-locc-piket"),
    ]);
  });
  after(() => t.sluit());

  async function stap(c: TestClient, a: Aanvraag, body: Record<string, unknown>): Promise<Aanvraag> {
    const r = await c.vraag("POST", `/api/v1/aanvragen/${a.id}/commando`, {
      verwachteVersie: a.versie,
      ...body,
    });
    assert.equal(r.statusCode, 200, `${body.type}: ${r.body}`);
    return (r.json() as { aanvraag: Aanvraag }).aanvraag;
  }

  /** An urgent fb §4 request for `typeId`, agreed by phone with the LOCC, so its demand is registered. */
  async function telefonischAfgesproken(typeId: string): Promise<Aanvraag> {
    const nu = Date.now();
    const g = volledigeGegevens(procedure(B4)) as AanvraagGegevens;
    const r = await acb.vraag("POST", "/api/v1/aanvragen", {
      procedureId: B4,
      veiligheidsregioId: "vr09",
      gezag: { rol: "voorzitter-veiligheidsregio", naam: "S. Dijksma" },
      spoed: true,
      gegevens: {
        ...g,
        gevraagd: { capaciteitType: typeId, aantal: 2, specialisme: null, omschrijving: "Twee eenheden." },
        periode: { van: new Date(nu + UUR).toISOString(), tot: new Date(nu + 25 * UUR).toISOString() },
      },
    });
    assert.equal(r.statusCode, 201, r.body);
    const a = (r.json() as { aanvraag: Aanvraag }).aanvraag;
    return stap(acb, a, {
      type: "TelefonischContactVastleggen",
      van: {
        naam: "ACB Utrecht",
        rol: "algemeen-commandant-bevolkingszorg",
        organisatieId: "vr09",
        telefoon: null,
      },
      aan: { naam: "LOCC piket", rol: "locc-piket", organisatieId: "locc", telefoon: null },
      op: new Date(nu - 60_000).toISOString(),
      afspraken: "Spoed: formulier volgt.",
      taakIds: [taak(a, "vooroverleg-locc").id],
    });
  }

  type V = {
    id: string;
    aanvraagId: string | null;
    doelstelling: string;
    prioriteit: number;
    motivering: string;
  };
  async function vraagVan(a: Aanvraag): Promise<V | undefined> {
    const r = await locc.vraag("GET", "/api/v1/capaciteit/vraag");
    assert.equal(r.statusCode, 200, r.body);
    return (r.json().vraag as V[]).find((v) => v.aanvraagId === a.id);
  }

  test("ambulance via fb §4: redden, prioriteit 1; IFV-dekens via dezelfde procedure: veerkracht, 5", async () => {
    const amb = await vraagVan(await telefonischAfgesproken("ambulance"));
    assert.equal(amb?.doelstelling, "redden");
    assert.equal(amb?.prioriteit, 1);
    assert.match(amb?.motivering ?? "", /Het redden van mensenlevens/);

    const dekens = await vraagVan(await telefonischAfgesproken("ifv-dekens"));
    assert.equal(dekens?.doelstelling, "veerkracht");
    assert.equal(dekens?.prioriteit, 5);
  });

  test("verandert het gevraagde type, dan volgt de opgeslagen doelstelling (niet alleen de prioriteit)", async () => {
    let a = await telefonischAfgesproken("ifv-dekens");
    const voor = await vraagVan(a);
    assert.equal(voor?.doelstelling, "veerkracht");
    a = await stap(acb, a, {
      type: "ConceptBijwerken",
      wijzigingen: {
        gevraagd: {
          capaciteitType: "ambulance",
          aantal: 2,
          specialisme: null,
          omschrijving: "Twee ambulances.",
        },
      },
    });
    const na = await vraagVan(a);
    assert.equal(na?.id, voor?.id, "dezelfde vraag, bijgewerkt");
    assert.equal(na?.doelstelling, "redden");
    assert.equal(na?.prioriteit, 1);
    assert.match(na?.motivering ?? "", /Het redden van mensenlevens/);
  });
});
