// The deadline watcher as the service starts it: with PUBLIC_URL configured, its reminder and
// escalation mails carry the full link to the request, like the mails of the API's own commands.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { gemigreerdeDatabase, perEngine } from "../../../test/support/database.ts";
import { leesConfig } from "../../config.ts";
import { voerUit } from "../../db/aanvragen.ts";
import { SYSTEEM, schrijfAudit } from "../../db/audit.ts";
import type { Database } from "../../db/database.ts";
import { laadDemo } from "../../db/demo.ts";
import type { Aanvraag, AanvraagCommando } from "../../domain/aanvragen/index.ts";
import {
  commandoVoorTaak,
  gebruiker,
  Scenario,
  taakVoorStap,
  volledigeGegevens,
} from "../../domain/aanvragen/testhulp.ts";
import { volgendeTelefonischeTaak } from "../../domain/aanvragen/voorbeeldcommando.ts";
import { procedure } from "../../domain/wegwijzer/catalogus.ts";
import { buildApp } from "../app.ts";
import { bewaakTermijnen } from "./bewaking.ts";
import { aanvragenRoutes } from "./routes.ts";

const KMAR = "politie-3-kmar-oo";
const PUBLIC_URL = "https://knooppunt.example.nl";
const RCCB = gebruiker("rccb-medewerker", "politie-re03-rccb");
const LOCC = gebruiker("locc-piket", "locc");

/** A command without request id, time and version (filled in per step). */
type Stap = (voor: Aanvraag | null) => object;

/**
 * An urgent §3 request whose deployment started on the phone agreement two days ago: the written
 * formalisation (due 24 hours after the start) is late. Written through the store, without a link.
 */
async function teLateFormalisering(database: Database): Promise<string> {
  const id = randomUUID();
  let nu = Date.now() - 48 * 3_600_000;
  const stappen: Stap[] = [
    () => ({
      type: "ConceptAanmaken",
      actor: RCCB,
      procedureId: KMAR,
      volgnummer: 0,
      aanvragerOrganisatieId: "politie-re03-rccb",
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: true,
      gegevens: volledigeGegevens(procedure(KMAR)),
    }),
    (a) => ({
      type: "StapOverslaan",
      actor: RCCB,
      taakId: taakVoorStap(a as Aanvraag, "vooroverleg-kmar").id,
      reden: "Spoed.",
    }),
    (a) => ({
      type: "TelefonischContactVastleggen",
      actor: RCCB,
      van: {
        naam: "J. de Vries",
        rol: "rccb-medewerker",
        organisatieId: "politie-re03-rccb",
        telefoon: null,
      },
      aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: "0886628048" },
      op: new Date(nu),
      afspraken: "KMar-peloton toegezegd; formulier volgt.",
      taakIds: [taakVoorStap(a as Aanvraag, "contact-locc").id],
    }),
  ];
  // Then the deciders decide by phone (ADR 0602 F3): each available task that is not a written
  // step, by its owner; after that the deployment starts.
  let gestart = false;
  const volgende = (a: Aanvraag): object => {
    const taak = volgendeTelefonischeTaak(a);
    if (!taak) {
      gestart = true;
      return { type: "InzetStarten", actor: LOCC };
    }
    const s = new Scenario(a.id);
    s.state = a;
    return commandoVoorTaak(s, taak);
  };
  for (let i = 0; !gestart; i++) {
    assert.ok(i < 60, "teLateFormalisering: geen inzet na 60 stappen");
    nu += 60_000;
    const op = new Date(nu);
    const stap: Stap = stappen[i] ?? ((voor) => volgende(voor as Aanvraag));
    await database.db.transaction().execute((trx) =>
      voerUit(
        trx,
        id,
        (voor) =>
          ({ ...stap(voor), aanvraagId: id, nu: op, verwachteVersie: voor?.versie ?? 0 }) as AanvraagCommando,
        {
          audit: async (g) => {
            await schrijfAudit(trx, SYSTEEM, g);
          },
        },
      ),
    );
  }
  return id;
}

interface Mail {
  aan: string[];
  onderwerp: string;
  tekst: string;
}

async function mails(database: Database, soort: "Herinnering" | "Escalatie"): Promise<Mail[]> {
  const rijen = await database.db.selectFrom("outbox").select("gegevens").execute();
  return rijen
    .map((r) => (typeof r.gegevens === "string" ? JSON.parse(r.gegevens) : r.gegevens) as Mail)
    .filter((m) => m.onderwerp.startsWith(`[Knooppunt] ${soort} `));
}

perEngine("termijnbewaking: mails met de volledige link", (engine) => {
  let d: Awaited<ReturnType<typeof gemigreerdeDatabase>>;
  before(async () => {
    d = await gemigreerdeDatabase(engine);
    await laadDemo(d.database, { wachtwoord: "demo-wachtwoord-voor-tests" });
  });
  after(() => d.opruimen());

  test("de bewaking die de dienst start, herinnert en escaleert met de link uit PUBLIC_URL", async () => {
    const id = await teLateFormalisering(d.database);
    // The configuration as read from the environment (a trailing slash is dropped).
    const config = { ...leesConfig({ PUBLIC_URL: `${PUBLIC_URL}/` }), logLevel: "silent" };
    assert.equal(config.publicUrl, PUBLIC_URL);
    const app = await buildApp({
      database: d.database,
      config,
      capabilities: [(a) => aanvragenRoutes(a as unknown as FastifyInstance, { termijnbewakingMs: 20 })],
    });
    await app.ready();
    try {
      for (let i = 0; i < 250 && (await mails(d.database, "Escalatie")).length === 0; i++)
        await new Promise((z) => setTimeout(z, 20));
    } finally {
      await app.close();
    }
    const link = `${PUBLIC_URL}/aanvragen/${id}`;
    const herinneringen = await mails(d.database, "Herinnering");
    const escalaties = await mails(d.database, "Escalatie");
    assert.ok(
      herinneringen.some((m) => /te laat|formaliser/i.test(m.onderwerp)),
      herinneringen.map((m) => m.onderwerp).join("\n"),
    );
    assert.ok(
      escalaties.some((m) => m.aan.includes("demo-locc-piket@demo.knooppunt.local")),
      "escalatiemail aan het LOCC",
    );
    for (const m of [...herinneringen, ...escalaties]) {
      assert.ok(m.tekst.includes(`Open de aanvraag in Knooppunt: ${link}`), m.tekst);
      assert.doesNotMatch(m.tekst, /onder Aanvragen/);
    }
  });

  test("zonder publiek adres noemt de mail waar de aanvraag staat", async () => {
    const id = await teLateFormalisering(d.database);
    const voor = new Set((await mails(d.database, "Escalatie")).map((m) => m.tekst));
    const r = await bewaakTermijnen(d.database);
    assert.ok(r.bijgewerkt.includes(id));
    const nieuw = (await mails(d.database, "Escalatie")).filter((m) => !voor.has(m.tekst));
    assert.ok(nieuw.length > 0);
    for (const m of nieuw) {
      assert.doesNotMatch(m.tekst, /https?:\/\//);
      assert.match(m.tekst, /Open de aanvraag in Knooppunt onder Aanvragen \(B-\d{4}-VR09-\d{4}\)/);
    }
  });
});
