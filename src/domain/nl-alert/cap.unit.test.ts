import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { decimaal, maakCap, msgType, responseTypes, webAdres } from "./cap.ts";
import { type Concept, leesConcept } from "./concept.ts";
import { CAP_TIJD_PATROON } from "./tijd.ts";
import { voorbeeldAlert, voorbeeldEinde } from "./voorbeelden.ts";

const opties = {
  identifier: "vru-2019-0002",
  sender: "nl-alert@vr-utrecht.nl",
  nu: new Date("2019-03-18T09:45:00Z"),
};
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (n) => ["info", "responseType", "polygon", "circle"].includes(n),
});

type Info = Record<string, unknown> & { area: Record<string, unknown>; responseType?: string[] };
function lees(c: Concept, o: Partial<typeof opties> & { senderName?: string } = {}) {
  const r = maakCap(c, { ...opties, ...o });
  assert.ok(r.ok, r.ok ? "" : JSON.stringify(r.fouten));
  const doc = parser.parse(r.xml) as { alert: Record<string, unknown> & { info: Info[] } };
  return { xml: r.xml, alert: doc.alert };
}

describe("CAP mapping", () => {
  test("alert: identifier, sender, sent with offset, status, msgType, scope, nl-NL info", () => {
    const { alert } = lees(voorbeeldAlert(), { senderName: "Veiligheidsregio Utrecht" });
    assert.equal(alert["@_xmlns"], "urn:oasis:names:tc:emergency:cap:1.2");
    assert.equal(alert.identifier, "vru-2019-0002");
    assert.equal(alert.sender, "nl-alert@vr-utrecht.nl");
    assert.equal(alert.sent, "2019-03-18T10:45:00+01:00");
    assert.equal(alert.status, "Actual");
    assert.equal(alert.msgType, "Alert");
    assert.equal(alert.scope, "Public");
    assert.equal(alert.references, undefined);
    assert.equal(alert.info.length, 1);
    const i = alert.info[0] as Info;
    assert.equal(i.language, "nl-NL");
    assert.equal(i.category, "Security");
    assert.equal(i.event, "Grote schietpartij");
    assert.deepEqual(i.responseType, ["Evacuate"]);
    assert.equal(i.urgency, "Immediate");
    assert.equal(i.severity, "Extreme");
    assert.equal(i.certainty, "Observed");
    assert.equal(i.senderName, "Veiligheidsregio Utrecht");
    assert.equal(i.headline, "Grote schietpartij - Utrecht, 24 Oktoberplein en omgeving");
    assert.match(String(i.description), /^NL-Alert 18-03-2019 10:45\nGrote schietpartij\n/);
    assert.equal(i.instruction, "Verlaat direct het gebied");
    assert.equal(i.web, "https://politie.nl/");
    assert.equal(i.area.areaDesc, "Utrecht, 24 Oktoberplein en omgeving");
    assert.deepEqual(i.area.polygon, [
      "52.0895,5.0895 52.0935,5.0985 52.0875,5.1045 52.0835,5.0945 52.0895,5.0895",
    ]);
  });

  test("sent is never Z, also in summer", () => {
    const { alert } = lees(voorbeeldAlert({ sent: "2024-07-01T10:00:00Z" }));
    assert.equal(alert.sent, "2024-07-01T12:00:00+02:00");
    assert.match(String(alert.sent), CAP_TIJD_PATROON);
  });

  test("status Exercise and Test pass through", () => {
    assert.equal(lees(voorbeeldAlert({ status: "Exercise" })).alert.status, "Exercise");
    assert.equal(lees(voorbeeldAlert({ status: "Test" })).alert.status, "Test");
  });

  test("severity and certainty per scenario (§4c)", () => {
    const sc = (s: Concept["scenario"]) => {
      const i = lees(voorbeeldAlert({ scenario: s })).alert.info[0] as Info;
      return [i.severity, i.certainty];
    };
    assert.deepEqual(sc("acute-dreiging"), ["Extreme", "Likely"]);
    assert.deepEqual(sc("acute-situatie"), ["Extreme", "Observed"]);
    assert.deepEqual(sc("nafase"), ["Severe", "Possible"]);
  });

  test("einde situatie: Update with references and responseType AllClear", () => {
    const { alert } = lees(voorbeeldEinde());
    assert.equal(alert.msgType, "Update");
    assert.equal(alert.references, "nl-alert@vr-utrecht.nl,vru-2019-0001,2019-03-18T10:45:00+01:00");
    const i = alert.info[0] as Info;
    assert.deepEqual(i.responseType, ["AllClear"]);
    assert.equal(i.event, "Einde situatie: Grote schietpartij");
    assert.deepEqual([i.severity, i.certainty, i.urgency], ["Minor", "Observed", "Immediate"]);
  });

  test("an alert with references is an Update; several references are space-separated", () => {
    const refs = [
      { sender: "a@x.nl", identifier: "1", sent: "2019-03-18T10:45:00+01:00" },
      { sender: "a@x.nl", identifier: "2", sent: "2019-03-18T10:55:00+01:00" },
    ];
    const { alert } = lees(voorbeeldAlert({ references: refs }));
    assert.equal(alert.msgType, "Update");
    assert.equal(alert.references, "a@x.nl,1,2019-03-18T10:45:00+01:00 a@x.nl,2,2019-03-18T10:55:00+01:00");
    assert.equal(msgType(voorbeeldAlert()), "Alert");
  });

  test("en-GB info when English is given, with its own texts and area description", () => {
    const { alert } = lees(
      voorbeeldAlert({
        english: {
          risk: "Major shooting",
          location: "Utrecht, 24 Oktoberplein area",
          actions: ["Leave the area immediately"],
          moreInfo: "More information at www.politie.nl/english",
        },
      }),
    );
    assert.deepEqual(
      alert.info.map((i) => i.language),
      ["nl-NL", "en-GB"],
    );
    const en = alert.info[1] as Info;
    assert.equal(en.event, "Major shooting");
    assert.equal(en.area.areaDesc, "Utrecht, 24 Oktoberplein area");
    assert.equal(en.web, "https://www.politie.nl/english");
    assert.match(
      String((alert.info[0] as Info & { parameter: { value: string } }).parameter.value),
      /\n\*\*\*\nMajor shooting/,
    );
  });

  test("circle: lat,lon radius in km", () => {
    const i = lees(voorbeeldAlert({ area: { circle: { lat: 52.09, lon: 5.1, radiusKm: 1.5 } } })).alert
      .info[0] as Info;
    assert.deepEqual(i.area.circle, ["52.09,5.1 1.5"]);
    assert.equal(i.area.polygon, undefined);
  });

  test("responseType from the handelingsperspectief", () => {
    const rt = (...a: string[]) => responseTypes(voorbeeldAlert({ actions: a }));
    assert.deepEqual(rt("Verlaat direct het gebied"), ["Evacuate"]);
    assert.deepEqual(rt("Verlaat direct het gebied óf verberg je"), ["Evacuate", "Shelter"]);
    assert.deepEqual(rt("Volg instructies op van hulpdiensten"), ["Execute"]);
    assert.deepEqual(rt("Volg instructies op van autoriteiten"), ["Execute"]);
    assert.deepEqual(rt("Geef hulpdiensten de ruimte"), ["Avoid"]);
    assert.deepEqual(rt("Ga naar binnen en sluit ramen en deuren"), ["Shelter"]);
    assert.deepEqual(rt("Mijd de binnenstad"), ["Avoid"]);
    assert.deepEqual(rt("Volg het nieuws op radio en tv"), ["Monitor"]);
    assert.deepEqual(rt("Iets onbekends"), []);
    assert.deepEqual(responseTypes(voorbeeldEinde()), ["AllClear"]);
  });

  test("a negated instruction never gives its responseType: 'Verlaat uw woning niet' is no Evacuate", () => {
    const rt = (...a: string[]) => responseTypes(voorbeeldAlert({ actions: a }));
    // Staying in is sheltering in place.
    assert.deepEqual(rt("Verlaat uw woning niet"), ["Shelter"]);
    assert.deepEqual(rt("Verlaat het gebouw niet"), ["Shelter"]);
    assert.deepEqual(rt("Do not leave your home"), ["Shelter"]);
    assert.deepEqual(rt("Ga niet naar buiten"), ["Shelter"]);
    assert.deepEqual(rt("Verberg je niet"), []);
    assert.deepEqual(rt("Volg de instructies niet op van onbekenden"), []);
    // A negation elsewhere (a condition) does not negate the instruction.
    assert.deepEqual(rt("Verlaat het gebied als u niet binnen bent"), ["Evacuate"]);
    assert.deepEqual(rt("Verlaat direct het gebied, ga niet naar het centrum"), ["Evacuate", "Avoid"]);
    assert.deepEqual(
      responseTypes(
        voorbeeldAlert({
          actions: ["Verlaat uw woning niet"],
          english: { risk: "Major shooting", location: "Utrecht", actions: ["Don't leave your home"] },
        }),
      ),
      ["Shelter"],
    );
  });

  test("the CAP of a negated instruction carries no Evacuate", () => {
    const { xml, alert } = lees(voorbeeldAlert({ actions: ["Verlaat uw woning niet"] }));
    assert.deepEqual((alert.info[0] as Info).responseType, ["Shelter"]);
    assert.ok(!xml.includes("Evacuate"));
  });

  test("XML special characters are escaped", () => {
    const { xml, alert } = lees(voorbeeldAlert({ location: "Café <De Smid> & Zn" }));
    assert.ok(xml.includes("Café &lt;De Smid&gt; &amp; Zn"));
    assert.equal((alert.info[0] as Info).area.areaDesc, "Café <De Smid> & Zn");
  });

  test("a draft with errors gives no CAP but the errors", () => {
    const r = maakCap(voorbeeldEinde({ references: [] }), opties);
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.fouten.map((f) => f.code),
        ["einde-zonder-verwijzing"],
      );
  });

  test("identifier and sender must be CAP-safe", () => {
    const r = maakCap(voorbeeldAlert(), { ...opties, identifier: "a b", sender: "" });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.fouten.map((f) => f.veld),
        ["identifier", "sender"],
      );
  });

  test("warnings do not block CAP", () => {
    const r = maakCap(voorbeeldAlert({ risk: "Bomdreiging", moreInfo: undefined }), opties);
    assert.ok(r.ok);
    assert.ok(r.beoordeling.waarschuwingen.length >= 2);
  });

  test("helpers: decimaal never uses exponents; webAdres finds the address", () => {
    assert.equal(decimaal(1e-7), "0.0000001");
    assert.equal(decimaal(-0), "0");
    assert.equal(decimaal(52.0907), "52.0907");
    assert.equal(decimaal(1.5e-10), "0.00000000015");
    assert.equal(webAdres("Meer informatie op www.nl-alert.nl."), "https://www.nl-alert.nl/");
    assert.equal(webAdres("Volg voor meer informatie @politieutrecht"), undefined);
  });
});

// ── property: any draft yields CAP or a clear error ─────────────────────────────────────────────

const tekst = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "Grote schietpartij",
    "Verlaat direct het gebied óf verberg je",
    "Ga naar het station",
    "",
    "Bomdreiging",
  ),
);
const coord = fc.tuple(
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.double({ min: -200, max: 200, noNaN: true }),
);
const gesloten = fc
  .array(coord, { minLength: 3, maxLength: 6 })
  .map((p) => [...p, p[0] as [number, number]] as [number, number][]);
const concept = fc.record(
  {
    kind: fc.constantFrom("alert", "einde-situatie"),
    scenario: fc.constantFrom("acute-dreiging", "acute-situatie", "nafase"),
    status: fc.constantFrom("Actual", "Exercise", "Test"),
    sent: fc.oneof(fc.constant("2019-03-18T10:45:00+01:00"), fc.string({ maxLength: 30 })),
    risk: tekst,
    location: tekst,
    actions: fc.array(tekst, { maxLength: 3 }),
    moreInfo: tekst,
    english: fc.record({ risk: tekst, location: tekst, actions: fc.array(tekst, { maxLength: 2 }) }),
    area: fc.record(
      {
        polygon: fc.oneof(gesloten, fc.array(coord, { maxLength: 5 })),
        circle: fc.record({
          lat: fc.double({ min: -95, max: 95, noNaN: true }),
          lon: fc.double({ min: -185, max: 185, noNaN: true }),
          radiusKm: fc.double({ min: -1, max: 25000, noNaN: true }),
        }),
      },
      { requiredKeys: [] },
    ),
    references: fc.array(
      fc.record({
        sender: fc.constantFrom("a@b.nl", "a b"),
        identifier: fc.constantFrom("id-1", ""),
        sent: fc.constantFrom("2019-03-18T10:45:00+01:00", "2019-03-18T09:45:00Z"),
      }),
      { maxLength: 2 },
    ),
    extra: fc.string(),
  },
  { requiredKeys: ["risk"] },
);

describe("property", () => {
  test("any draft either yields well-formed CAP or errors with a code and a Dutch message", () => {
    fc.assert(
      fc.property(concept, (ruw) => {
        const gelezen = leesConcept(ruw);
        if (!gelezen.ok) {
          for (const f of gelezen.fouten)
            assert.ok(f.code === "invoer-ongeldig" && f.message.length > 5 && f.veld);
          return;
        }
        const r = maakCap(gelezen.waarde, opties);
        if (!r.ok) {
          assert.ok(r.fouten.length > 0);
          for (const f of r.fouten)
            assert.ok(f.code.length > 0 && f.message.length > 10 && f.bron.length > 0);
          return;
        }
        const doc = parser.parse(r.xml) as { alert: { sent: string; info: Info[] } };
        assert.match(doc.alert.sent, CAP_TIJD_PATROON);
        assert.ok(doc.alert.info.length >= 1);
        for (const i of doc.alert.info) {
          const poly = i.area.polygon as string[] | undefined;
          for (const p of poly ?? []) {
            const pts = p.split(" ");
            assert.ok(pts.length >= 4 && pts[0] === pts.at(-1));
            for (const pt of pts) assert.match(pt, /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
