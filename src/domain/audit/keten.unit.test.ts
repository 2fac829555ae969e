import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  type AuditRecord,
  berekenHash,
  canoniekeJson,
  controleerAnkers,
  leesAnkers,
  NUL_HASH,
  verifieerKeten,
} from "./keten.ts";

function keten(n: number): AuditRecord[] {
  const out: AuditRecord[] = [];
  let vorige = NUL_HASH;
  for (let i = 1; i <= n; i++) {
    const inhoud = {
      volgnummer: i,
      tijdstip: new Date(Date.UTC(2026, 10, 22, 10, i)).toISOString(),
      actorId: null,
      actorNaam: "test",
      actorRollen: ["beheerder"],
      actorOrganisatie: "locc",
      actie: "test.actie",
      onderwerpSoort: "x",
      onderwerpId: String(i),
      gegevens: { i, lijst: [1, "a", null], genest: { b: 2, a: 1 } },
      requestId: null,
      schemaVersie: 1,
    };
    const hash = berekenHash(vorige, inhoud);
    out.push({ ...inhoud, vorigeHash: vorige, hash });
    vorige = hash;
  }
  return out;
}

describe("canonieke JSON", () => {
  test("sorteert sleutels en laat undefined weg", () => {
    assert.equal(
      canoniekeJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } }),
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
  test("is onafhankelijk van de volgorde van sleutels", () => {
    assert.equal(canoniekeJson({ x: 1, y: 2 }), canoniekeJson({ y: 2, x: 1 }));
  });
});

describe("hashketen", () => {
  test("een ongewijzigde keten is geldig", () => {
    const r = verifieerKeten(keten(5));
    assert.deepEqual(r.ok, true);
    assert.equal(r.aantal, 5);
  });
  test("een gewijzigd record wordt bij naam gevonden", () => {
    const k = keten(5);
    k[2] = { ...k[2]!, gegevens: { i: 99 } };
    const r = verifieerKeten(k);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.eersteFout.volgnummer, 3);
  });
  test("een verwijderd record breekt de keten", () => {
    const k = keten(5);
    k.splice(1, 1);
    const r = verifieerKeten(k);
    assert.equal(!r.ok && r.eersteFout.volgnummer, 3);
  });
  test("een afgekapte keten valt op tegen de kop", () => {
    const k = keten(5);
    const r = verifieerKeten(k.slice(0, 4), { volgnummer: 5, hash: k[4]!.hash });
    assert.equal(r.ok, false);
  });
  test("een herberekende vervalsing past niet meer bij de kop", () => {
    const k = keten(3);
    const kop = { volgnummer: 3, hash: k[2]!.hash };
    const vervalst = { ...k[2]!, actie: "vervalst" };
    vervalst.hash = berekenHash(vervalst.vorigeHash, {
      ...vervalst,
      hash: undefined,
      vorigeHash: undefined,
    } as never);
    const r = verifieerKeten([k[0]!, k[1]!, vervalst], kop);
    assert.equal(r.ok, false);
  });
});

describe("ankers buiten de database", () => {
  const h = (c: string) => c.repeat(64);
  const opgeslagen = new Map([
    [1, h("a")],
    [2, h("b")],
  ]);
  test("een kloppend anker, ook dat van de lege keten", () => {
    const r = leesAnkers(
      `${JSON.stringify({ volgnummer: 2, hash: h("b"), tijdstip: "2026-11-22T00:00:00.000Z" })}\n${JSON.stringify({ volgnummer: 0, hash: NUL_HASH, tijdstip: "2026-11-01T00:00:00.000Z" })}\n`,
    );
    assert.ok("ankers" in r, JSON.stringify(r));
    assert.equal(r.ankers.length, 2);
    assert.deepEqual(
      controleerAnkers(r.ankers, (n) => opgeslagen.get(n)),
      [],
    );
  });
  test("een andere hash is herschreven, een ontbrekend record is ingekort", () => {
    const af = controleerAnkers(
      [
        { volgnummer: 1, hash: h("c"), tijdstip: "t1" },
        { volgnummer: 7, hash: h("d"), tijdstip: "t2" },
      ],
      (n) => opgeslagen.get(n),
    );
    assert.deepEqual(
      af.map((a) => a.anker.volgnummer),
      [1, 7],
    );
    assert.match(af[0]?.reden ?? "", /herschreven/);
    assert.match(af[1]?.reden ?? "", /ingekort/);
  });
  test("onleesbare regels worden genoemd", () => {
    assert.deepEqual(leesAnkers("{"), { fout: "regel 1 is geen JSON" });
    assert.match(
      (leesAnkers(`\n${JSON.stringify({ volgnummer: 1, hash: "kort", tijdstip: "t" })}`) as { fout: string })
        .fout,
      /regel 2 is geen anker/,
    );
  });
});
