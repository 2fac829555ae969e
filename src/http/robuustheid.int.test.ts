// Bad input, every route: built from the OpenAPI document, so a new route is covered by itself.
// For each operation a plausible body and query are generated from its schema, then each field
// in turn is replaced by something wrong (wrong type, null, NUL byte, lone surrogate, huge
// string, impossible date, huge number). Every answer must be a problem document below 500,
// and an answer that refuses must leave the audit trail (so the state) as it was.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { sql } from "kysely";
import { type TestApp, testApp } from "../../test/support/app.ts";
import { perEngine } from "../../test/support/database.ts";
import { volledigeGegevens } from "../domain/aanvragen/testhulp.ts";
import { voorbeeldAlert } from "../domain/nl-alert/index.ts";
import { procedure } from "../domain/wegwijzer/catalogus.ts";
import type { ProcedureId } from "../domain/wegwijzer/typen.ts";

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  minimum?: number;
  minItems?: number;
  minLength?: number;
  nullable?: boolean;
  default?: unknown;
};

interface Operatie {
  methode: string;
  pad: string;
  body?: Schema;
  query: { naam: string; schema: Schema }[];
  padParams: string[];
}

/** A value that fits the schema as far as types go (patterns and cross-field rules aside). */
function voorbeeld(s: Schema | undefined, diepte = 0): unknown {
  if (!s || diepte > 8) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const keuze = s.anyOf ?? s.oneOf;
  if (keuze?.length) return voorbeeld(keuze.find((x) => x.type !== "null") ?? keuze[0], diepte + 1);
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((x) => voorbeeld(x, diepte + 1) as object));
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== "null") : s.type;
  switch (type) {
    case "object": {
      const uit: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) uit[k] = voorbeeld(v, diepte + 1);
      return uit;
    }
    case "array":
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () => voorbeeld(s.items, diepte + 1));
    case "string":
      if (s.format === "uuid") return randomUUID();
      if (s.format === "date-time") return "2026-11-22T10:00:00.000Z";
      if (s.format === "date") return "2026-11-22";
      if (s.format === "email") return "iemand@example.nl";
      return "tekst".padEnd(Math.max(5, s.minLength ?? 0), "x");
    case "integer":
    case "number":
      return s.minimum ?? 1;
    case "boolean":
      return true;
    default:
      return "tekst";
  }
}

/** Wrong things to put where a value of schema `s` belongs. */
function verkeerd(s: Schema | undefined): unknown[] {
  const type = s ? (Array.isArray(s.type) ? s.type.find((x) => x !== "null") : s.type) : undefined;
  const algemeen: unknown[] = [null, "\u0000nul", "\ud800", { $ne: 1 }];
  switch (type) {
    case "string":
      return [
        ...algemeen,
        12345,
        "",
        " ",
        "x".repeat(100_000),
        "2026-02-30T25:61:00Z",
        "+275760-09-13T00:00:00.000Z",
        "0000-01-01T00:00:00Z",
        "00000000-0000-0000-0000-000000000000",
        "'; DROP TABLE aanvragen; --",
      ];
    case "integer":
    case "number":
      return [...algemeen, "twaalf", -1, 0, 0.5, 1e308, -1e308, 2 ** 53 + 1];
    case "boolean":
      return [...algemeen, "ja", 1];
    case "array":
      return [...algemeen, {}, [], Array.from({ length: 2000 }, () => voorbeeld(s?.items))];
    case "object":
      return [...algemeen, [], "tekst"];
    default:
      return algemeen;
  }
}

/** Every path to a field in the sample (objects and the first array item), with its schema. */
function velden(
  s: Schema | undefined,
  pad: (string | number)[] = [],
  diepte = 0,
): [(string | number)[], Schema][] {
  if (!s || diepte > 6) return [];
  const keuze = s.anyOf ?? s.oneOf;
  if (keuze?.length) return velden(keuze.find((x) => x.type !== "null") ?? keuze[0], pad, diepte);
  const uit: [(string | number)[], Schema][] = [];
  if (s.properties)
    for (const [k, v] of Object.entries(s.properties)) {
      uit.push([[...pad, k], v]);
      uit.push(...velden(v, [...pad, k], diepte + 1));
    }
  if (s.items && (s.type === "array" || (Array.isArray(s.type) && s.type.includes("array")))) {
    uit.push([[...pad, 0], s.items]);
    uit.push(...velden(s.items, [...pad, 0], diepte + 1));
  }
  return uit;
}

function metWaarde(basis: unknown, pad: (string | number)[], waarde: unknown): unknown {
  const kopie = structuredClone(basis) as Record<string | number, unknown>;
  let o: Record<string | number, unknown> = kopie;
  for (const k of pad.slice(0, -1)) {
    if (o[k] === null || typeof o[k] !== "object")
      o[k] = typeof pad[pad.indexOf(k) + 1] === "number" ? [] : {};
    o = o[k] as Record<string | number, unknown>;
  }
  o[pad[pad.length - 1] as string | number] = waarde;
  return kopie;
}

function operaties(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operatie[] {
  const uit: Operatie[] = [];
  for (const [pad, ops] of Object.entries(doc.paths))
    for (const [methode, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []) as { in: string; name: string; schema: Schema }[];
      const body = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)
        ?.content?.["application/json"]?.schema;
      uit.push({
        methode: methode.toUpperCase(),
        pad,
        ...(body ? { body } : {}),
        query: params.filter((p) => p.in === "query").map((p) => ({ naam: p.name, schema: p.schema })),
        padParams: params.filter((p) => p.in === "path").map((p) => p.name),
      });
    }
  return uit;
}

/** Routes this test leaves alone, and why. */
const OVERGESLAGEN: Record<string, string> = {
  "GET /api/v1/live": "een SSE-stroom eindigt niet; live.int.test.ts test hem",
  "DELETE /api/v1/sessie": "zou de sessie van deze test beëindigen",
};

const GEBRUIKERS = [
  "demo-beheerder",
  "demo-locc-piket",
  "demo-rccb-medewerker",
  "demo-nl-alert-bevoegde",
  "demo-defensie-dops",
  "demo-burgemeester",
];

perEngine("robuustheid: onzin op elke route", (engine) => {
  let t: TestApp;
  const clients = new Map<string, Awaited<ReturnType<TestApp["als"]>>>();
  const ids: Record<string, string> = {};

  before(async () => {
    t = await testApp(engine);
    for (const g of GEBRUIKERS) clients.set(g, await t.als(g));
    const rccb = clients.get("demo-rccb-medewerker");
    const a = await rccb?.vraag("POST", "/api/v1/aanvragen", {
      procedureId: "politie-3-kmar-oo",
      veiligheidsregioId: "vr09",
      gezag: { rol: "burgemeester", naam: "S. Dijksma" },
      spoed: false,
      gegevens: volledigeGegevens(procedure("politie-3-kmar-oo" as ProcedureId)),
    });
    assert.equal(a?.statusCode, 201, a?.body);
    ids.aanvraag = a?.json().aanvraag.id;
    const n = await clients.get("demo-nl-alert-bevoegde")?.vraag("POST", "/api/v1/nl-alert", {
      incident: "Schietincident (robuustheid)",
      concept: voorbeeldAlert(),
    });
    assert.equal(n?.statusCode, 201, n?.body);
    ids.alert = n?.json().alert.id;
  });
  after(async () => t?.sluit());

  const auditAantal = async () =>
    Number(
      (await sql<{ n: string }>`SELECT count(*)::text AS n FROM audit_records`.execute(t.database.db)).rows[0]
        ?.n,
    );

  function padMet(o: Operatie, waarde: (param: string) => string): string {
    let p = o.pad;
    for (const param of o.padParams) p = p.replace(`{${param}}`, encodeURIComponent(waarde(param)));
    return p;
  }

  /** The id of an existing object where the route names one, so bad bodies reach the handler. */
  function bestaandId(o: Operatie, param: string): string {
    if (param === "id" && o.pad.startsWith("/api/v1/aanvragen/")) return ids.aanvraag ?? randomUUID();
    if (param === "id" && o.pad.startsWith("/api/v1/nl-alert/")) return ids.alert ?? randomUUID();
    return randomUUID();
  }

  test("geen antwoord 5xx, elk antwoord een probleemdocument, en een weigering verandert niets", async () => {
    const doc = (t.app as unknown as { swagger: () => Parameters<typeof operaties>[0] }).swagger();
    const ops = operaties(doc).filter((o) => !OVERGESLAGEN[`${o.methode} ${o.pad}`]);
    assert.ok(ops.length > 50, `te weinig routes in het OpenAPI-document: ${ops.length}`);
    const fouten: string[] = [];
    let verzoeken = 0;

    async function probeer(
      wie: string | null,
      o: Operatie,
      url: string,
      payload: unknown,
      rauw?: string,
      extraKoppen: Record<string, string> = {},
    ): Promise<number> {
      const c = wie ? clients.get(wie) : undefined;
      const voor = o.methode === "GET" ? 0 : await auditAantal();
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (c) {
        headers.cookie = c.cookie;
        if (o.methode !== "GET") headers["x-csrf-token"] = c.csrfToken;
      }
      const r = await t.app.inject({
        method: o.methode as "GET",
        url,
        headers: { ...(o.methode === "GET" ? { ...headers, "content-type": "" } : headers), ...extraKoppen },
        ...(o.methode === "GET"
          ? {}
          : rauw !== undefined
            ? { payload: rauw }
            : payload === undefined
              ? {}
              : { payload: JSON.stringify(payload) }),
      });
      verzoeken++;
      const wat = `${o.methode} ${url.slice(0, 120)} als ${wie ?? "niemand"} met ${(rauw ?? JSON.stringify(payload) ?? "").slice(0, 100)} ${JSON.stringify(extraKoppen).slice(0, 80)}`;
      if (r.statusCode >= 500) fouten.push(`${r.statusCode} op ${wat}: ${r.body.slice(0, 200)}`);
      else if (r.statusCode >= 400) {
        const type = String(r.headers["content-type"] ?? "");
        if (!type.includes("json")) fouten.push(`${r.statusCode} zonder JSON op ${wat}: ${type}`);
        else {
          const p = r.json() as { code?: string; detail?: string };
          if (!p.code || !p.detail)
            fouten.push(`${r.statusCode} zonder code/detail op ${wat}: ${r.body.slice(0, 200)}`);
        }
        // A failed login is itself recorded (who tried which name, when): that is not a change.
        const inlogpoging = r.statusCode === 401 && o.pad.startsWith("/api/v1/sessie");
        if (o.methode !== "GET" && !inlogpoging && (await auditAantal()) !== voor)
          fouten.push(`${r.statusCode} op ${wat}, maar het audittrail veranderde`);
      }
      return r.statusCode;
    }

    for (const o of ops) {
      const basis = o.body ? voorbeeld(o.body) : undefined;
      const query = new URLSearchParams();
      for (const q of o.query) {
        const v = voorbeeld(q.schema);
        if (v !== null && v !== undefined) query.set(q.naam, String(v));
      }
      const url = (p: string, q: URLSearchParams = query) => (q.size ? `${p}?${q}` : p);
      const bestaand = padMet(o, (p) => bestaandId(o, p));

      // Who gets past the access check with the sample, so the bad input reaches the handler.
      let wie = GEBRUIKERS[0] as string;
      for (const g of GEBRUIKERS) {
        const s = await probeer(g, o, url(bestaand), basis);
        if (s !== 401 && s !== 403) {
          wie = g;
          break;
        }
      }
      await probeer(null, o, url(bestaand), basis);

      for (const p of o.padParams)
        for (const onzin of [
          "niet-een-uuid",
          "\u0000",
          "x".repeat(600),
          "../../sessie",
          "00000000-0000-0000-0000-000000000000",
        ])
          await probeer(wie, o, url(padMet(o, (q) => (q === p ? onzin : bestaandId(o, q)))), basis);

      for (const q of o.query)
        for (const onzin of [
          "x",
          "-1",
          "1e400",
          "",
          "\u0000",
          "9".repeat(40),
          "2026-13-45",
          "x".repeat(5000),
        ]) {
          const qq = new URLSearchParams(query);
          qq.set(q.naam, onzin);
          await probeer(wie, o, url(bestaand, qq), basis);
        }

      if (o.methode === "GET") continue;
      for (const rauw of ["{", "[]", "null", '"tekst"', "42", "{}", '{"__proto__":{"isAdmin":true}}'])
        await probeer(wie, o, url(bestaand), undefined, rauw);
      await probeer(wie, o, url(bestaand), undefined, JSON.stringify({ x: "x".repeat(1_100_000) }));
      const koppen: Record<string, string>[] = [
        { "idempotency-key": "" },
        { "idempotency-key": "x".repeat(300) },
        { "idempotency-key": "met spaties en ; = tekens" },
        { "content-type": "text/plain" },
        { "content-type": "application/json; charset=utf-16" },
        { "content-type": "application/x-www-form-urlencoded" },
        { "content-type": "multipart/form-data; boundary=grens" },
        { "x-request-id": "<script>alert(1)</script>" },
        { "x-csrf-token": "vals" },
        { cookie: "knooppunt_sessie=vals; _csrf=vals" },
      ];
      for (const kop of koppen) await probeer(wie, o, url(bestaand), basis, undefined, kop);
      if (!o.body) continue;
      // A union (the request commands) is walked per member: each has its own fields.
      for (const lid of o.body.anyOf ?? o.body.oneOf ?? [o.body]) {
        const lidBasis = voorbeeld(lid);
        for (const [pad, schema] of velden(lid))
          for (const w of verkeerd(schema)) await probeer(wie, o, url(bestaand), metWaarde(lidBasis, pad, w));
      }
    }

    const keten = await clients.get("demo-beheerder")?.vraag("GET", "/api/v1/audit/verificatie");
    assert.equal(keten?.statusCode, 200, keten?.body);
    assert.equal(keten?.json().ok, true, `audittrail na ${verzoeken} verzoeken: ${keten?.body}`);
    assert.ok(verzoeken > 2000, `te weinig verzoeken gedaan: ${verzoeken}`);
    assert.deepEqual(fouten.slice(0, 60), [], `${fouten.length} fouten in ${verzoeken} verzoeken`);
  });
});
