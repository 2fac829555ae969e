// Who may keep which capacity current (pure: no database).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Gebruiker } from "../../db/gebruikers.ts";
import type { Rol } from "../../domain/organisaties/rollen.ts";
import { EIGENAAR_ROLLEN, EIGENAARS, magTypeBeheren, OVERZICHT_ROLLEN } from "./rechten.ts";

const gebruiker = (rol: Rol, organisatie: string): Gebruiker => ({
  id: "00000000-0000-4000-8000-000000000001",
  gebruikersnaam: `demo-${rol}`,
  naam: rol,
  email: null,
  organisatie: { id: organisatie, naam: organisatie, soort: "rijk", regioId: null },
  rollen: [rol],
  actief: true,
});

test("JenV-middelen (waterwerper, bewakingscontainer, VRT) beheert het IFV, niet OZI (factsheet politie, toelichting 2)", () => {
  // "in eigendom bij het Ministerie van Veiligheid en Justitie en worden beheerd door het Instituut
  // Fysieke Veiligheid / Materieel en Logistiek" (factsheet-bijstand-politie.md, regel 134).
  assert.deepEqual(EIGENAAR_ROLLEN.jenv, ["ifv"]);
  const ozi = gebruiker("ozi", "jenv-ozi");
  const ifv = gebruiker("ifv", "ifv");
  for (const type of ["jenv-waterwerper", "jenv-bewakingscontainer", "jenv-vrt-voertuig"]) {
    assert.equal(magTypeBeheren(ozi, type), false, `ozi: ${type}`);
    assert.equal(magTypeBeheren(ifv, type), true, `ifv: ${type}`);
  }
});

test("OZI houdt geen capaciteit bij, maar ziet de landelijke cijfers (besluit over bijstand voor justitietaken)", () => {
  assert.equal(EIGENAARS.includes("ozi"), false);
  assert.equal(OVERZICHT_ROLLEN.includes("ozi"), true);
});

test("het BTC houdt het IFV bij als beheerder, niet het NCC (factsheet bevolkingszorg r.466-469; ADR 0355)", () => {
  // "Voor slachtofferinformatiesystematiek en het bovenregionaal team crisiscommunicatie is afgesproken
  // dat het IFV als de beheerder van deze capaciteiten een terugkoppeling krijgt" (fb r.465-469).
  const ifv = gebruiker("ifv", "ifv");
  const ncc = gebruiker("ncc", "ncc");
  for (const type of [
    "btc-crisiscommunicatieadviseur",
    "btc-hoofd-taakorganisatie",
    "btc-omgevingsspecialist",
    "sis",
  ]) {
    assert.equal(magTypeBeheren(ifv, type), true, `ifv: ${type}`);
    assert.equal(magTypeBeheren(ncc, type), false, `ncc: ${type}`);
  }
  // The NCC keeps no capacity, but still sees the national figures (and is where one asks for the BTC).
  assert.equal(EIGENAARS.includes("ncc"), false);
  assert.equal(OVERZICHT_ROLLEN.includes("ncc"), true);
});
