// What the request page offers comes from the decider itself: for the roles involved, an action is
// offered exactly when decide accepts it (afschalen, ADR 0605; geen zienswijze ontvangen, ADR 0607).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ProcedureId } from "../wegwijzer/typen.ts";
import {
  type AanvraagCommando,
  AanvraagFout,
  decide,
  geenZienswijzeMogelijk,
  type Handeling,
  toegestaneHandelingen,
} from "./index.ts";
import { actorVoor, gebruiker, loop, nieuweAanvraag, type Scenario } from "./testhulp.ts";
import type { Gebruiker } from "./typen.ts";

const RCCB = gebruiker("rccb-medewerker", "politie-re03-rccb");
const OVJ = gebruiker("officier-van-justitie", "om-parket-re03");
const LOCC = gebruiker("locc-piket", "locc");
const KORPSCHEF = gebruiker("korpschef", "politie");
const ANDERE_OVJ = gebruiker("officier-van-justitie", "om-parket-re05");

/** Does decide accept this command (with the scenario's version), without changing the scenario? */
function aanvaard(s: Scenario, cmd: Record<string, unknown>, nu: Date): boolean {
  try {
    decide({ aanvraagId: s.a.id, verwachteVersie: s.a.versie, nu, ...cmd } as AanvraagCommando, s.a);
    return true;
  } catch (e) {
    assert.ok(e instanceof AanvraagFout, String(e));
    return false;
  }
}

/** A granted request with its deployment running, started by `starter`. */
function lopend(id: ProcedureId, starter: Gebruiker): Scenario {
  const s = nieuweAanvraag(id);
  loop(s);
  s.doe({ type: "InzetStarten", actor: starter });
  return s;
}

function wijzigingen(s: Scenario) {
  const huidig = s.a.toegekendAantal ?? 0;
  const tot = s.a.gegevens.periode?.tot;
  assert.ok(huidig >= 2 && tot, "een aantal om af te schalen en een einde om te verlengen");
  return {
    Afschalen: { soort: "afschalen", nieuwTot: null, nieuwAantal: huidig - 1, reden: "Rustiger." },
    WijzigingAanvragen: {
      soort: "verlengen",
      nieuwTot: new Date(Date.parse(tot) + 86_400_000).toISOString(),
      nieuwAantal: null,
      reden: "Langer.",
    },
  } as const;
}

describe("afschalen en wijzigen: aangeboden ⇔ aanvaard (ADR 0605)", () => {
  const gevallen: [ProcedureId, Gebruiker, Gebruiker[]][] = [
    // §7: the RCCB draws up, the OvJ makes the request.
    ["politie-7-kmar-justitie", OVJ, [RCCB, OVJ, ANDERE_OVJ, LOCC, KORPSCHEF]],
    // §1: the RCCB files on the mayor's behalf, and may scale down.
    ["politie-1-bijstand-andere-eenheid-oo", RCCB, [RCCB, LOCC, KORPSCHEF]],
  ];
  for (const [id, starter, wie] of gevallen)
    test(`${id}: voor ${wie.map((g) => g.rollen[0]).join(", ")}`, () => {
      const s = lopend(id, starter);
      const w = wijzigingen(s);
      const nu = new Date(s.nu.getTime() + 60_000);
      for (const g of wie)
        for (const h of ["Afschalen", "WijzigingAanvragen"] as const satisfies readonly Handeling[]) {
          const aangeboden = toegestaneHandelingen(s.a, g, nu).includes(h);
          const ok = aanvaard(s, { type: "WijzigingAanvragen", actor: g, wijziging: w[h] }, nu);
          assert.equal(aangeboden, ok, `${h} voor ${g.rollen[0]} van ${g.organisatieId}`);
        }
    });

  test("§7: de RCCB krijgt afschalen niet aangeboden, verlengen wel; de officier van justitie beide", () => {
    const s = lopend("politie-7-kmar-justitie", OVJ);
    const nu = new Date(s.nu.getTime() + 60_000);
    const rccb = toegestaneHandelingen(s.a, RCCB, nu);
    assert.ok(!rccb.includes("Afschalen"));
    assert.ok(rccb.includes("WijzigingAanvragen"));
    const ovj = toegestaneHandelingen(s.a, OVJ, nu);
    assert.ok(ovj.includes("Afschalen") && ovj.includes("WijzigingAanvragen"));
  });

  test("wie eerst, dan of: voor het besluit weigert afschalen de RCCB van §7 om zijn rol, niet om de stand", () => {
    const s = nieuweAanvraag("politie-7-kmar-justitie");
    const f = (() => {
      try {
        decide(
          {
            type: "WijzigingAanvragen",
            aanvraagId: s.a.id,
            verwachteVersie: s.a.versie,
            nu: s.nu,
            actor: RCCB,
            wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: 1, reden: "x" },
          },
          s.a,
        );
      } catch (e) {
        return e as AanvraagFout;
      }
      assert.fail("afschalen voor het besluit aanvaard");
    })();
    assert.equal(f.code, "verkeerde-rol");
    assert.ok(!toegestaneHandelingen(s.a, RCCB, s.nu).includes("Afschalen"));
  });
});

describe("geen zienswijze ontvangen: aangeboden ⇔ aanvaard, met de klok van de server (ADR 0607)", () => {
  test("§1: vóór de termijn aangekondigd voor de aanvragende partij, erna aangeboden; nooit voor anderen", () => {
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo");
    loop(s, { stop: (t) => t.soort === "zienswijze" });
    const z = s.a.taken.find((t) => t.soort === "zienswijze" && t.status === "open");
    assert.ok(z?.uiterlijk, "een open zienswijze met termijn");
    const rb = actorVoor(z);
    const gezag = gebruiker(s.a.gezag?.rol ?? "burgemeester", s.a.gegevens.plaats.gemeenten[0] ?? "");
    const wie = [RCCB, gezag, LOCC, KORPSCHEF, rb];
    const vroeg = new Date(Date.parse(z.uiterlijk) - 60_000);
    const na = new Date(Date.parse(z.uiterlijk) + 60_000);
    const skip = (g: Gebruiker) => ({ type: "StapOverslaan", actor: g, taakId: z.id, reden: "Gebeld." });

    // Before the due time: nobody may, the requesting side hears from when.
    for (const g of wie) {
      assert.equal(aanvaard(s, skip(g), vroeg), false, `${g.rollen[0]} vóór de termijn`);
      const m = geenZienswijzeMogelijk(s.a, g, vroeg);
      assert.ok(m.every((x) => !x.toegestaan));
      assert.equal(m.length > 0, aanvaard(s, skip(g), na), `aangekondigd ⇔ straks aanvaard (${g.rollen[0]})`);
    }
    assert.deepEqual(geenZienswijzeMogelijk(s.a, RCCB, vroeg), [
      { taakId: z.id, vanaf: z.uiterlijk, toegestaan: false },
    ]);
    assert.deepEqual(geenZienswijzeMogelijk(s.a, rb, vroeg), [], "de regioburgemeester geeft haar zelf");
    assert.deepEqual(geenZienswijzeMogelijk(s.a, LOCC, vroeg), []);

    // At the due time itself still not; just after it, yes.
    const op = new Date(Date.parse(z.uiterlijk));
    assert.equal(geenZienswijzeMogelijk(s.a, RCCB, op)[0]?.toegestaan, false);
    assert.equal(aanvaard(s, skip(RCCB), op), false);

    // After the due time: offered (now) ⇔ accepted, for each.
    for (const g of wie) {
      const m = geenZienswijzeMogelijk(s.a, g, na);
      assert.ok(m.every((x) => x.toegestaan));
      assert.equal(m.length > 0, aanvaard(s, skip(g), na), g.rollen[0]);
    }
    assert.equal(geenZienswijzeMogelijk(s.a, RCCB, na)[0]?.toegestaan, true);
    s.doe({ ...skip(RCCB), nu: na } as never);
    assert.deepEqual(geenZienswijzeMogelijk(s.a, RCCB, na), [], "vastgelegd: niets meer aan te bieden");
  });

  test("bij spoed slaat de aanvragende partij de zienswijze gewoon over: geen 'geen zienswijze'", () => {
    const s = nieuweAanvraag("politie-1-bijstand-andere-eenheid-oo", { spoed: true });
    loop(s, { stop: (t) => t.soort === "zienswijze" });
    const z = s.a.taken.find((t) => t.soort === "zienswijze" && t.status === "open");
    assert.equal(z?.magOverslaan, true);
    assert.deepEqual(geenZienswijzeMogelijk(s.a, RCCB, new Date(Date.parse(z?.uiterlijk ?? "") + 1)), []);
  });
});
