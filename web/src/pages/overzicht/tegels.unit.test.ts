// Every tile on the overview leads to a page the role may open: a tile to nowhere (or to "geen
// toegang") is a dead end for someone in a hurry.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ROLLEN } from "../../../../src/domain/organisaties/rollen.ts";
import { magNaar, menuVoor, zoekRoute } from "../../routes.ts";
import { ROL_TEGELS, TEGELS } from "./tegels.ts";

test("elke tegel van elke rol opent een pagina die die rol mag zien", () => {
  const fout: string[] = [];
  for (const rol of Object.keys(ROLLEN) as (keyof typeof ROL_TEGELS)[])
    for (const id of ROL_TEGELS[rol]) {
      const href = TEGELS[id].href;
      const gevonden = zoekRoute(href);
      if (!gevonden) fout.push(`${rol}: ${href} bestaat niet`);
      else if (!magNaar(gevonden.route.toegang, [rol])) fout.push(`${rol}: ${href} geeft geen toegang`);
    }
  assert.deepEqual(fout, [], fout.join("\n"));
});

test("de beheerder krijgt geen aanvragen in zijn menu (hij ziet er geen, ADR 0611), wel gebruikers en audittrail", () => {
  const menu = menuVoor(["beheerder"]).map((m) => m.label);
  assert.ok(!menu.includes("Aanvragen") && !menu.includes("Mijn taken"), menu.join(", "));
  assert.ok(menu.includes("Gebruikers") && menu.includes("Audittrail"), menu.join(", "));
  assert.ok(
    menuVoor(["locc-piket"]).some((m) => m.label === "Aanvragen"),
    "de LOCC-piket wel",
  );
});
