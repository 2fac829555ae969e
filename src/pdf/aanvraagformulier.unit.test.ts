// The form tells the same story as the request: an urgent change and the call about it are on it.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gebruiker, loop, nieuweAanvraag } from "../domain/aanvragen/testhulp.ts";
import { aanvraagformulierPdf } from "./aanvraagformulier.ts";

const tekstVan = (pdf: Uint8Array) => {
  const map = mkdtempSync(join(tmpdir(), "formulier-"));
  writeFileSync(join(map, "f.pdf"), pdf);
  return execFileSync("pdftotext", [join(map, "f.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
};

test("een spoedopschaling en het gesprek erover staan op het formulier, met de fase (ADR 0608)", async () => {
  const s = nieuweAanvraag("politie-3-kmar-oo");
  loop(s);
  const rccb = gebruiker("rccb-medewerker", "politie-re03-rccb");
  s.doe({ type: "InzetStarten", actor: rccb });
  s.doe({
    type: "WijzigingAanvragen",
    actor: rccb,
    wijziging: { soort: "opschalen", nieuwTot: null, nieuwAantal: 6, reden: "Escalatie.", spoed: true },
  } as never);
  s.doe({
    type: "TelefonischContactVastleggen",
    actor: rccb,
    van: { naam: "J. de Vries", rol: "rccb-medewerker", organisatieId: "politie-re03-rccb", telefoon: null },
    aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: null },
    op: s.nu,
    afspraken: "Twee pelotons extra, formulier volgt.",
    taakIds: [],
  } as never);
  assert.equal(s.a.telefonischeContacten.at(-1)?.fase, 1, "het gesprek hoort bij de wijziging");
  const tekst = tekstVan(await aanvraagformulierPdf(s.a, { audit: null }));
  assert.match(tekst, /opschalen naar 6, SPOED \(telefonisch vooraf, schriftelijk binnen 24 uur\)/);
  assert.match(tekst, /over wijziging \(fase 1\)/);
  assert.match(tekst, /Twee pelotons extra, formulier volgt\./);
});

test("een oefening met de waterwerper: het formulier zegt dat geen bevoegd gezag nodig is (ADR 0621)", async () => {
  const s = nieuweAanvraag("politie-2-waterwerper", { oefening: true });
  loop(s);
  const tekst = tekstVan(await aanvraagformulierPdf(s.a, { audit: null }));
  assert.match(tekst, /OEFENING - geen daadwerkelijke inzet/);
  assert.match(tekst, /2\. Bevoegd gezag Bevoegd gezag niet nodig — oefening \(factsheet politie §2\)/);
  assert.doesNotMatch(tekst, /mr\. A\. Dijksma/);
  // An actual deployment still prints its gezag.
  const inzet = nieuweAanvraag("politie-2-waterwerper");
  const t2 = tekstVan(await aanvraagformulierPdf(inzet.a, { audit: null }));
  assert.match(t2, /2\. Bevoegd gezag Gezag Burgemeester Naam mr\. A\. Dijksma/);
  assert.match(t2, /Oefening Nee, daadwerkelijke inzet/);
});
