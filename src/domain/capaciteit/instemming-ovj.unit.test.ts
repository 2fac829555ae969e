import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { BRON_INSTEMMING_OVJ, instemmingOvjVan, vraagtInstemmingOvj } from "./instemming-ovj.ts";

const leesbaar = readFileSync(
  new URL("../../../../shared/seeds/lcp-egt-leesbaar.md", import.meta.url),
  "utf8",
).replace(/\s+/g, " ");

describe("instemming van de officier van justitie bij TIN (LCP §6.2.2, leesbaar 66, 72-76)", () => {
  const aanvraag = (status: string | null) => ({
    referentienummer: "BIJ-2026-0001",
    taken: [
      {
        stapId: "verzoek-opstellen",
        afhandeling: { status: "gereed", op: "2026-03-10T08:00:00Z", door: null },
      },
      {
        stapId: "instemming-ovj",
        afhandeling: status
          ? { status, op: "2026-03-10T09:00:00Z", door: { naam: "mr. A. de Officier" } }
          : null,
      },
    ],
  });

  test("de bron staat er letterlijk", () => {
    for (const m of BRON_INSTEMMING_OVJ.matchAll(/"([^"]+)"/g))
      assert.ok(leesbaar.includes(m[1]!), `letterlijk in de bron: ${m[1]}`);
  });

  test("alleen TIN vraagt de instemming", () => {
    assert.equal(vraagtInstemmingOvj("defensie-tin-peloton"), true);
    assert.equal(vraagtInstemmingOvj("kmar-peloton"), false);
  });

  test("vastgelegde instemming (wie, wanneer) telt", () => {
    assert.deepEqual(
      instemmingOvjVan({ instemmingOvj: { naam: "mr. B. Jansen", op: "2026-03-10T07:00:00Z" } }, null),
      { naam: "mr. B. Jansen", op: "2026-03-10T07:00:00Z", bron: "vastgelegd" },
    );
  });

  test("een aanvraag telt alleen als de stap 'instemming OvJ' gereed is", () => {
    assert.deepEqual(instemmingOvjVan({ instemmingOvj: null }, aanvraag("gereed")), {
      naam: "mr. A. de Officier",
      op: "2026-03-10T09:00:00Z",
      bron: "aanvraag",
    });
    assert.equal(instemmingOvjVan({ instemmingOvj: null }, aanvraag(null)), null);
    assert.equal(instemmingOvjVan({ instemmingOvj: null }, aanvraag("overgeslagen")), null);
    assert.equal(instemmingOvjVan({ instemmingOvj: null }, aanvraag("vervallen")), null);
    assert.equal(instemmingOvjVan({}, null), null);
  });
});
