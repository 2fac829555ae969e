import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { bestaatSectie } from "./bronnen.ts";
import {
  CATALOGUS,
  CATALOGUS_VERSIE,
  eisGeldigeCatalogus,
  procedure,
  valideerCatalogus,
} from "./catalogus.ts";
import { CONTACTEN } from "./contacten.ts";
import { PROCEDURE_IDS, STAP_SOORTEN } from "./typen.ts";

const kopie = () => structuredClone([...CATALOGUS]) as unknown as Record<string, unknown>[];

describe("catalogus", () => {
  test("is valid against its schema and the cross-checks", () => {
    assert.deepEqual(valideerCatalogus(), []);
    assert.doesNotThrow(eisGeldigeCatalogus);
  });

  test("holds every procedure of the three sources exactly once", () => {
    assert.deepEqual(CATALOGUS.map((p) => p.id).sort(), [...PROCEDURE_IDS].sort());
    const secties = (f: string) => CATALOGUS.filter((p) => p.factsheet === f).map((p) => p.sectie);
    for (const s of ["1", "2", "3", "4", "5", "6", "7", "8", "9"])
      assert.ok(secties("politie").includes(s), `politie §${s}`);
    for (const s of ["1", "2", "3", "4", "5", "6"])
      assert.ok(secties("bevolkingszorg").includes(s), `bevolkingszorg §${s}`);
    assert.equal(
      CATALOGUS.filter((p) => p.sectie === "2" && p.factsheet === "politie").length,
      2,
      "both branches of §2",
    );
    assert.ok(secties("lcp-egt").includes("bijstand-defensie-bewaken-beveiligen"));
  });

  test("has a version string", () => {
    assert.match(CATALOGUS_VERSIE, /^\S+$/);
  });

  test("every citation points at an existing section", () => {
    const alle: unknown[] = [];
    const loop = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(loop);
      else if (x && typeof x === "object")
        for (const [k, v] of Object.entries(x)) k === "bron" && Array.isArray(v) ? alle.push(...v) : loop(v);
    };
    loop(CATALOGUS);
    assert.ok(alle.length > 200);
    for (const b of alle) assert.ok(bestaatSectie(b as never), JSON.stringify(b));
  });

  test("steps carry a machine-readable kind, an actor role and stable unique ids", () => {
    const ids = new Set<string>();
    for (const p of CATALOGUS)
      for (const s of p.stappen) {
        assert.ok(STAP_SOORTEN.includes(s.soort));
        assert.ok(!ids.has(s.id), s.id);
        ids.add(s.id);
        if (s.actor.relatie === "landelijk") assert.notEqual(s.actor.organisatie, null, s.id);
      }
  });

  test("records law discrepancies: §6 mayor vs art. 56 lid 2, §9 hoofdofficier, §4 overleg vs overeenstemming", () => {
    const p6 = procedure("politie-6-bijstand-andere-eenheid-justitie");
    assert.deepEqual(p6.gezag.rollen, ["officier-van-justitie"]);
    assert.ok(
      p6.afwijkingen.some((a) =>
        a.bron.some((b) => b.document === "politiewet-2012" && b.sectie === "art-56-lid-2"),
      ),
    );
    assert.ok(procedure("politie-9-afwijzing-en-beroep").afwijkingen.length > 0);
    assert.ok(
      procedure("politie-4-krijgsmacht-oo").afwijkingen.some((a) => /overeenstemming/.test(a.gevolgd)),
    );
  });

  test("zienswijze is skipped when urgent; pre-consultations are optional", () => {
    const z = procedure("politie-1-bijstand-andere-eenheid-oo").stappen.find((s) => s.soort === "zienswijze");
    assert.equal(z?.overslaanBijSpoed, true);
    assert.equal(
      procedure("politie-3-kmar-oo").stappen.find((s) => s.id.endsWith("/vooroverleg-kmar"))?.optioneel,
      true,
    );
    assert.equal(
      procedure("politie-4-krijgsmacht-oo").stappen.find((s) => s.id.endsWith("/vooroverleg-ovr"))?.optioneel,
      true,
    );
  });

  test("contacts carry the 24/7 numbers as printed in the sources", () => {
    assert.equal(CONTACTEN.locc.telefoon[0]?.nummer, "088 - 662 80 48");
    assert.equal(CONTACTEN.locc.telefoon[0]?.bereikbaarheid, "24/7-bij-spoed");
    assert.equal(CONTACTEN["le-pob"].telefoon[0]?.nummer, "088 - 661 55 40");
    assert.equal(CONTACTEN.ozi.telefoon[0]?.nummer, "070 - 370 78 98");
    assert.equal(CONTACTEN.ncc.telefoon[0]?.nummer, "070 - 751 50 00");
    assert.equal(CONTACTEN.locc.email, "locc@nctv.minvenj.nl");
  });
});

describe("valideerCatalogus rejects broken data", () => {
  test("a field without citation", () => {
    const c = kopie();
    (c[0] as { soort: { bron: unknown[] } }).soort.bron = [];
    assert.ok(valideerCatalogus(c).some((f) => f.pad.includes("soort")));
  });
  test("a citation of a section that does not exist", () => {
    const c = kopie();
    (c[0] as { bron: unknown[] }).bron = [{ document: "factsheet-politie", sectie: "99" }];
    assert.ok(valideerCatalogus(c).some((f) => /bestaat niet/.test(f.melding)));
  });
  test("a duplicate step id", () => {
    const c = kopie();
    const stappen = (c[0] as { stappen: { id: string }[] }).stappen;
    stappen[1]!.id = stappen[0]!.id;
    assert.ok(valideerCatalogus(c).some((f) => /dubbele stap-id/.test(f.melding)));
  });
  test("an unknown role, a missing procedure, an unknown field", () => {
    const c = kopie();
    (c[0] as { gezag: { rollen: string[] } }).gezag.rollen = ["koning"];
    assert.ok(valideerCatalogus(c).length > 0);
    assert.ok(valideerCatalogus(kopie().slice(1)).some((f) => /ontbreekt/.test(f.melding)));
    const d = kopie();
    (d[0] as Record<string, unknown>).extra = 1;
    assert.ok(valideerCatalogus(d).length > 0);
  });
});
