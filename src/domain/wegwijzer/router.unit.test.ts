import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Rol } from "../organisaties/rollen.ts";
import { procedure } from "./catalogus.ts";
import { type Advies, route } from "./router.ts";
import type { ProcedureId } from "./typen.ts";
import { VraagFout } from "./vraag.ts";

interface Verwacht {
  outcome: Advies["outcome"];
  factsheet: Advies["factsheet"];
  section: string;
  procedureId: ProcedureId | null;
  authority?: Rol | null;
  legalBasis?: Advies["legalBasis"];
  decidedBy?: string[];
  firstContact?: string;
  kind?: Advies["kind"];
  /** Step id suffixes that must be present / absent. */
  met?: string[];
  zonder?: string[];
  instead?: ProcedureId[];
}

const OO = { sector: "politie", ownCapacitySufficient: false, task: "openbare-orde" } as const;
const JUS = { sector: "politie", ownCapacitySufficient: false, task: "strafrechtelijk" } as const;
const PW = (article: number, paragraph: number | null) => ({
  law: "Politiewet 2012" as const,
  article,
  paragraph,
});

const ROUTES: [naam: string, vraag: Record<string, unknown>, verwacht: Verwacht][] = [
  // Flowchart police, question 1
  [
    "eigen capaciteit voldoende",
    { sector: "politie", ownCapacitySufficient: true },
    {
      outcome: "eigen-capaciteit",
      factsheet: "politie",
      section: "stroomschema-1",
      procedureId: null,
      authority: null,
    },
  ],
  // A: openbare orde
  [
    "A politie andere eenheid",
    { ...OO, provider: "politie" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "1",
      procedureId: "politie-1-bijstand-andere-eenheid-oo",
      authority: "burgemeester",
      legalBasis: PW(56, 1),
      decidedBy: ["korpschef"],
      firstContact: "le-pob",
      kind: "bijstand",
      met: ["zienswijze", "indienen"],
    },
  ],
  [
    "A politie andere eenheid, spoed: geen zienswijze",
    { ...OO, provider: "politie", urgent: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "1",
      procedureId: "politie-1-bijstand-andere-eenheid-oo",
      authority: "burgemeester",
      zonder: ["zienswijze"],
      met: ["indienen"],
    },
  ],
  [
    "A politie andere eenheid, niet plaatsgebonden: regioburgemeester",
    { ...OO, provider: "politie", locationBound: false },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "1",
      procedureId: "politie-1-bijstand-andere-eenheid-oo",
      authority: "regioburgemeester",
      zonder: ["zienswijze"],
    },
  ],
  [
    "A waterwerper via LOCC",
    { ...OO, provider: "middelen-jenv", means: "waterwerper" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "2",
      procedureId: "politie-2-waterwerper",
      authority: "burgemeester",
      legalBasis: null,
      decidedBy: ["locc"],
      firstContact: "locc",
      kind: "ondersteuning",
    },
  ],
  [
    "A bewakingscontainer via DB3",
    { ...OO, provider: "middelen-jenv", means: "bewakingscontainer" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "2",
      procedureId: "politie-2-bewakingscontainer-vrt",
      decidedBy: ["nctv-db3"],
      firstContact: "nctv-db3",
    },
  ],
  [
    "B VRT via DB3 onder gezag OvJ",
    { ...JUS, provider: "middelen-jenv", means: "vrt" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "2",
      procedureId: "politie-2-bewakingscontainer-vrt",
      authority: "officier-van-justitie",
      decidedBy: ["nctv-db3"],
    },
  ],
  [
    "means zonder provider leidt tot middelen-jenv",
    { ...JUS, means: "waterwerper" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "2",
      procedureId: "politie-2-waterwerper",
      authority: "officier-van-justitie",
    },
  ],
  [
    "A KMar zonder uitputting",
    { ...OO, provider: "kmar", policeCapacityExhausted: false },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "3",
      procedureId: "politie-3-kmar-oo",
      authority: "burgemeester",
      legalBasis: PW(57, 1),
      decidedBy: ["locc", "defensie-djz"],
      firstContact: "locc",
      met: ["vooroverleg-kmar", "ondertekenen"],
      zonder: ["formaliseren"],
    },
  ],
  [
    "A KMar spoed: formaliseren achteraf",
    { ...OO, provider: "kmar", urgent: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "3",
      procedureId: "politie-3-kmar-oo",
      met: ["formaliseren"],
    },
  ],
  [
    "A KMar niet plaatsgebonden: regioburgemeester als primus inter pares",
    { ...OO, provider: "kmar", locationBound: false, requester: "regioburgemeester" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "3",
      procedureId: "politie-3-kmar-oo",
      authority: "regioburgemeester",
    },
  ],
  [
    "A krijgsmacht na uitputting",
    { ...OO, provider: "krijgsmacht", policeCapacityExhausted: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "4",
      procedureId: "politie-4-krijgsmacht-oo",
      authority: "burgemeester",
      legalBasis: PW(58, 1),
      decidedBy: ["locc", "defensie-djz"],
      firstContact: "le-pob",
      met: ["uitputtingstoets", "besluit-defensie", "vooroverleg-ovr"],
    },
  ],
  [
    "A krijgsmacht om ontbrekend specialisme",
    { ...OO, provider: "krijgsmacht", policeCapacityExhausted: false, specialismUnavailable: true },
    { outcome: "procedure", factsheet: "politie", section: "4", procedureId: "politie-4-krijgsmacht-oo" },
  ],
  [
    "A krijgsmacht niet plaatsgebonden",
    { ...OO, provider: "krijgsmacht", specialismUnavailable: true, locationBound: false },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "4",
      procedureId: "politie-4-krijgsmacht-oo",
      authority: "regioburgemeester",
    },
  ],
  [
    "A krijgsmacht zonder uitputting of specialisme: niet toegestaan",
    { ...OO, provider: "krijgsmacht", policeCapacityExhausted: false, specialismUnavailable: false },
    {
      outcome: "niet-toegestaan",
      factsheet: "politie",
      section: "4",
      procedureId: "politie-4-krijgsmacht-oo",
      instead: ["politie-1-bijstand-andere-eenheid-oo", "politie-3-kmar-oo"],
    },
  ],
  [
    "A buitenland op verdragsbasis",
    { ...OO, provider: "buitenland" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "5",
      procedureId: "politie-5-buitenland-oo",
      legalBasis: { law: "verdrag", article: null, paragraph: null },
      firstContact: "le-pob",
    },
  ],
  [
    "hulpverlening volgt route A",
    { sector: "politie", ownCapacitySufficient: false, task: "hulpverlening", provider: "kmar" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "3",
      procedureId: "politie-3-kmar-oo",
      authority: "burgemeester",
    },
  ],
  // B: justitiële taken
  [
    "B politie andere eenheid: OvJ dient in (wet boven factsheet)",
    { ...JUS, provider: "politie" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "6",
      procedureId: "politie-6-bijstand-andere-eenheid-justitie",
      authority: "officier-van-justitie",
      legalBasis: PW(56, 2),
      decidedBy: ["korpschef"],
      met: ["zienswijze"],
    },
  ],
  [
    "B politie andere eenheid, spoed",
    { ...JUS, provider: "politie", urgent: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "6",
      procedureId: "politie-6-bijstand-andere-eenheid-justitie",
      zonder: ["zienswijze"],
    },
  ],
  [
    "B KMar via OvJ en Parket-Generaal",
    { ...JUS, provider: "kmar" },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "7",
      procedureId: "politie-7-kmar-justitie",
      authority: "officier-van-justitie",
      legalBasis: PW(57, 1),
      decidedBy: ["ozi", "defensie-djz"],
      firstContact: "parket-generaal",
      zonder: ["spoed-ozi"],
    },
  ],
  [
    "B KMar spoed: rechtstreeks OZI",
    { ...JUS, provider: "kmar", urgent: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "7",
      procedureId: "politie-7-kmar-justitie",
      firstContact: "ozi",
      met: ["spoed-ozi", "formaliseren"],
    },
  ],
  [
    "B krijgsmacht na uitputting",
    { ...JUS, provider: "krijgsmacht", policeCapacityExhausted: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "8",
      procedureId: "politie-8-krijgsmacht-justitie",
      authority: "officier-van-justitie",
      legalBasis: PW(58, 1),
      decidedBy: ["ozi", "defensie-djz"],
      met: ["uitputtingstoets", "inzenden", "informeren-korpsleiding"],
    },
  ],
  [
    "B krijgsmacht zonder uitputting of specialisme: niet toegestaan",
    { ...JUS, provider: "krijgsmacht", policeCapacityExhausted: false, specialismUnavailable: false },
    {
      outcome: "niet-toegestaan",
      factsheet: "politie",
      section: "8",
      procedureId: "politie-8-krijgsmacht-justitie",
      instead: ["politie-6-bijstand-andere-eenheid-justitie", "politie-7-kmar-justitie"],
    },
  ],
  [
    "B buitenland: andere (strafvorderlijke) procedure",
    { ...JUS, provider: "buitenland" },
    {
      outcome: "andere-procedure",
      factsheet: "politie",
      section: "stroomschema-B",
      procedureId: "politie-b-buitenland-justitie",
      authority: "officier-van-justitie",
      firstContact: "officier-van-justitie",
      instead: [],
    },
  ],
  // §9
  [
    "afwijzing door korpschef: beroep burgemeester",
    { ...OO, provider: "politie", refusedByKorpschef: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "9",
      procedureId: "politie-9-afwijzing-en-beroep",
      authority: "burgemeester",
      legalBasis: PW(56, 4),
      decidedBy: ["minister-jenv"],
      met: ["afwijzing", "beroep", "advies-dgpol", "aanwijzing"],
    },
  ],
  [
    "afwijzing door korpschef: beroep officier van justitie",
    { ...JUS, provider: "politie", refusedByKorpschef: true },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "9",
      procedureId: "politie-9-afwijzing-en-beroep",
      authority: "officier-van-justitie",
    },
  ],
  // §12 missing persons
  [
    "vermissing zonder misdrijf + krijgsmacht: burgemeester, toelichting 4",
    {
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: { crimeIndication: false },
      provider: "krijgsmacht",
      specialismUnavailable: true,
    },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "4",
      procedureId: "politie-4-krijgsmacht-oo",
      authority: "burgemeester",
    },
  ],
  [
    "vermissing met misdrijf + krijgsmacht: OvJ, toelichting 8",
    {
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: { crimeIndication: true },
      provider: "krijgsmacht",
      specialismUnavailable: true,
    },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "8",
      procedureId: "politie-8-krijgsmacht-justitie",
      authority: "officier-van-justitie",
    },
  ],
  [
    "vermissing met misdrijf + KMar: toelichting 7",
    {
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: { crimeIndication: true },
      provider: "kmar",
    },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "7",
      procedureId: "politie-7-kmar-justitie",
      authority: "officier-van-justitie",
    },
  ],
  [
    "vermissing zonder misdrijf + politie: toelichting 1",
    {
      sector: "politie",
      ownCapacitySufficient: false,
      missingPerson: { crimeIndication: false },
      provider: "politie",
    },
    {
      outcome: "procedure",
      factsheet: "politie",
      section: "1",
      procedureId: "politie-1-bijstand-andere-eenheid-oo",
      authority: "burgemeester",
    },
  ],
  // §11 military support
  [
    "militaire steunverlening door burgemeester voor politietaak",
    {
      sector: "politie",
      instrument: "militaire-steunverlening",
      requester: "burgemeester",
      task: "openbare-orde",
    },
    {
      outcome: "niet-toegestaan",
      factsheet: "politie",
      section: "11",
      procedureId: null,
      kind: "militaire-steunverlening",
      instead: ["politie-4-krijgsmacht-oo", "politie-3-kmar-oo"],
    },
  ],
  [
    "militaire steunverlening door officier van justitie",
    { sector: "politie", instrument: "militaire-steunverlening", requester: "officier-van-justitie" },
    {
      outcome: "niet-toegestaan",
      factsheet: "politie",
      section: "11",
      procedureId: null,
      instead: ["politie-8-krijgsmacht-justitie", "politie-7-kmar-justitie"],
    },
  ],
  [
    "militaire steunverlening door officier van justitie, ook voor bevolkingszorg",
    { sector: "bevolkingszorg", need: "defensie-openbaar-belang", requester: "officier-van-justitie" },
    {
      outcome: "niet-toegestaan",
      factsheet: "bevolkingszorg",
      section: "6",
      procedureId: "bevolkingszorg-6-militaire-steunverlening",
    },
  ],
  // LCP-EGT guarding
  [
    "TIN-pelotons aan de politie (art. 58)",
    { ...JUS, provider: "krijgsmacht", purpose: "bewaken-beveiligen", policeCapacityExhausted: true },
    {
      outcome: "procedure",
      factsheet: "lcp-egt",
      section: "bijstand-defensie-bewaken-beveiligen",
      procedureId: "lcp-egt-tin-bewaken-beveiligen",
      authority: "officier-van-justitie",
      legalBasis: PW(58, 1),
      decidedBy: ["nctv-cbb", "defensie-dops"],
      firstContact: "nctv-cbb",
      met: ["instemming-ovj", "oordeel-cbb", "alarmering"],
    },
  ],
  [
    "TIN-pelotons aan de KMar (art. 62), provider afgeleid",
    { sector: "politie", purpose: "bewaken-beveiligen", recipient: "kmar", policeCapacityExhausted: true },
    {
      outcome: "procedure",
      factsheet: "lcp-egt",
      section: "bijstand-defensie-bewaken-beveiligen",
      procedureId: "lcp-egt-tin-bewaken-beveiligen",
      legalBasis: PW(62, null),
    },
  ],
  [
    "TIN-pelotons zonder capaciteitstekort: niet toegestaan",
    { ...JUS, provider: "krijgsmacht", purpose: "bewaken-beveiligen", policeCapacityExhausted: false },
    {
      outcome: "niet-toegestaan",
      factsheet: "lcp-egt",
      section: "bijstand-defensie-bewaken-beveiligen",
      procedureId: "lcp-egt-tin-bewaken-beveiligen",
    },
  ],
  // Bevolkingszorg flowchart A
  [
    "kennis",
    { sector: "bevolkingszorg", need: "kennis" },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "1",
      procedureId: "bevolkingszorg-1-kennis-capaciteit",
      authority: "algemeen-commandant-bevolkingszorg",
      legalBasis: null,
      decidedBy: ["algemeen-commandant-bevolkingszorg"],
      kind: "ondersteuning",
      zonder: ["afstemmen-gezag"],
    },
  ],
  [
    "capaciteit bevolkingszorg",
    { sector: "bevolkingszorg", need: "capaciteit-bevolkingszorg" },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "1",
      procedureId: "bevolkingszorg-1-kennis-capaciteit",
      decidedBy: ["algemeen-commandant-bevolkingszorg", "contactpersoon-bevolkingszorg"],
      met: ["afstemmen-gezag"],
    },
  ],
  [
    "SIS",
    { sector: "bevolkingszorg", need: "sis", requester: "ovd-bevolkingszorg" },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "2",
      procedureId: "bevolkingszorg-2-sis",
      authority: "ovd-bevolkingszorg",
      firstContact: "locc",
    },
  ],
  [
    "BTC via NCC",
    { sector: "bevolkingszorg", need: "btc" },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "3",
      procedureId: "bevolkingszorg-3-btc",
      authority: "hoofd-taakorganisatie-crisiscommunicatie",
      decidedBy: ["hoofd-taakorganisatie-crisiscommunicatie", "ncc"],
      firstContact: "ncc",
    },
  ],
  [
    "IFV-middelen: art. 51 Wvr, voorzitter",
    { sector: "bevolkingszorg", need: "ifv-middelen" },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "4",
      procedureId: "bevolkingszorg-4-middelen",
      authority: "voorzitter-veiligheidsregio",
      legalBasis: { law: "Wet veiligheidsregio's", article: 51, paragraph: null },
      decidedBy: ["locc"],
      kind: "bijstand",
    },
  ],
  [
    "middelen hulpdiensten, spoed",
    { sector: "bevolkingszorg", need: "middelen-hulpdiensten", urgent: true },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "4",
      procedureId: "bevolkingszorg-4-middelen",
      met: ["formaliseren"],
    },
  ],
  [
    "middelen aangevraagd door een burgemeester: alleen de voorzitter",
    { sector: "bevolkingszorg", need: "ifv-middelen", requester: "burgemeester" },
    {
      outcome: "niet-toegestaan",
      factsheet: "bevolkingszorg",
      section: "4",
      procedureId: "bevolkingszorg-4-middelen",
      authority: "voorzitter-veiligheidsregio",
      instead: ["bevolkingszorg-4-middelen"],
    },
  ],
  [
    "defensie crisisbeheersing: CDS besluit",
    { sector: "bevolkingszorg", need: "defensie-crisisbeheersing" },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "5",
      procedureId: "bevolkingszorg-5-defensie-crisisbeheersing",
      authority: "voorzitter-veiligheidsregio",
      legalBasis: { law: "Wet veiligheidsregio's", article: 51, paragraph: null },
      decidedBy: ["cds"],
      met: ["vooroverleg-ovr", "besluit"],
    },
  ],
  [
    "defensie openbaar belang: militaire steunverlening, burgemeester",
    { sector: "bevolkingszorg", need: "defensie-openbaar-belang" },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "6",
      procedureId: "bevolkingszorg-6-militaire-steunverlening",
      authority: "burgemeester",
      kind: "militaire-steunverlening",
      legalBasis: {
        law: "Regeling militaire steunverlening in het openbaar belang",
        article: null,
        paragraph: null,
      },
      decidedBy: ["cds"],
    },
  ],
  [
    "defensie openbaar belang, niet plaatsgebonden: voorzitter",
    { sector: "bevolkingszorg", need: "defensie-openbaar-belang", locationBound: false },
    {
      outcome: "procedure",
      factsheet: "bevolkingszorg",
      section: "6",
      procedureId: "bevolkingszorg-6-militaire-steunverlening",
      authority: "voorzitter-veiligheidsregio",
    },
  ],
  [
    "instrument steunverlening voor crisisbeheersing: andere procedure (art. 51)",
    { sector: "bevolkingszorg", need: "defensie-crisisbeheersing", instrument: "militaire-steunverlening" },
    {
      outcome: "andere-procedure",
      factsheet: "bevolkingszorg",
      section: "5",
      procedureId: "bevolkingszorg-5-defensie-crisisbeheersing",
      instead: ["bevolkingszorg-5-defensie-crisisbeheersing"],
    },
  ],
  // Requester checks
  [
    "KMar justitieel ingezonden door RCCB: niet toegestaan (OvJ zelf)",
    { ...JUS, provider: "kmar", requester: "rccb-medewerker" },
    {
      outcome: "niet-toegestaan",
      factsheet: "politie",
      section: "7",
      procedureId: "politie-7-kmar-justitie",
      authority: "officier-van-justitie",
      instead: ["politie-7-kmar-justitie"],
    },
  ],
  [
    "burgemeester voor justitiële taak: niet toegestaan",
    { ...JUS, provider: "politie", requester: "burgemeester" },
    {
      outcome: "niet-toegestaan",
      factsheet: "politie",
      section: "6",
      procedureId: "politie-6-bijstand-andere-eenheid-justitie",
      authority: "officier-van-justitie",
    },
  ],
  [
    "regioburgemeester bij plaatsgebonden KMar-verzoek: niet toegestaan",
    { ...OO, provider: "kmar", requester: "regioburgemeester" },
    {
      outcome: "niet-toegestaan",
      factsheet: "politie",
      section: "3",
      procedureId: "politie-3-kmar-oo",
      authority: "burgemeester",
    },
  ],
];

describe("route: every route through both flowcharts and the guarding procedure", () => {
  for (const [naam, vraag, w] of ROUTES) {
    test(naam, () => {
      const a = route(vraag);
      assert.equal(a.outcome, w.outcome);
      assert.equal(a.factsheet, w.factsheet);
      assert.equal(a.section, w.section);
      assert.equal(a.procedureId, w.procedureId);
      if (w.authority !== undefined) assert.equal(a.authority, w.authority);
      if (w.legalBasis !== undefined) assert.deepEqual(a.legalBasis, w.legalBasis);
      if (w.decidedBy) assert.deepEqual(a.decidedBy, w.decidedBy);
      if (w.firstContact) assert.equal(a.firstContact?.id, w.firstContact);
      if (w.kind !== undefined) assert.equal(a.kind, w.kind);
      const ids = a.steps.map((s) => s.id.split("/")[1]);
      for (const m of w.met ?? []) assert.ok(ids.includes(m), `stap ${m} ontbreekt in ${ids.join(", ")}`);
      for (const z of w.zonder ?? []) assert.ok(!ids.includes(z), `stap ${z} hoort er niet bij`);
      if (w.instead) assert.deepEqual(a.instead?.procedureIds, w.instead);
      if (a.outcome === "niet-toegestaan" || a.outcome === "andere-procedure") {
        assert.ok(a.instead && a.instead.text.length > 0, "zegt wat in plaats daarvan");
        if (a.outcome === "niet-toegestaan") assert.equal(a.steps.length, 0);
      }
      assert.ok(a.reasons.length > 0);
      for (const r of a.reasons) assert.match(r.text, /^[A-Z'“"(]/, "een Nederlandse zin");
    });
  }
});

describe("route: urgent adapts the steps", () => {
  test("telefonisch nu, schriftelijk achteraf bij KMar-bijstand", () => {
    const a = route({ ...OO, provider: "kmar", urgent: true });
    const formulier = a.steps.find((s) => s.id.endsWith("/formulier"));
    assert.equal(formulier?.telefonischNu, true);
    assert.match(formulier?.wijze ?? "", /achteraf/);
    const nietSpoed = route({ ...OO, provider: "kmar" });
    assert.equal(nietSpoed.steps.find((s) => s.id.endsWith("/formulier"))?.telefonischNu, false);
  });
  test("zienswijze heeft bij spoed een cited reden", () => {
    const a = route({ ...OO, provider: "politie", urgent: true });
    assert.ok(a.reasons.some((r) => /zienswijze/.test(r.text) && r.citation.sectie === "1"));
  });
  test("primus inter pares: de regioburgemeester ondertekent", () => {
    const a = route({ ...OO, provider: "krijgsmacht", policeCapacityExhausted: true, locationBound: false });
    assert.equal(a.steps.find((s) => s.id.endsWith("/ondertekenen"))?.actor.rol, "regioburgemeester");
  });
  test("§9 beroep door de officier van justitie", () => {
    const a = route({ ...JUS, provider: "politie", refusedByKorpschef: true });
    assert.equal(a.steps.find((s) => s.soort === "beroep")?.actor.rol, "officier-van-justitie");
  });
  test("§6: de officier van justitie dient in, met afwijking vermeld", () => {
    const a = route({ ...JUS, provider: "politie" });
    assert.equal(a.steps.find((s) => s.id.endsWith("/indienen"))?.actor.rol, "officier-van-justitie");
    assert.ok(a.discrepancies.length > 0);
    assert.ok(a.reasons.some((r) => /Afwijking/.test(r.text)));
  });
});

const FOUTEN: [naam: string, vraag: unknown, veld: string, code: string][] = [
  ["geen object", "politie", "(vraag)", "geen-object"],
  ["sector ontbreekt", {}, "sector", "ontbreekt"],
  ["onbekende sector", { sector: "brandweer" }, "sector", "ongeldig"],
  ["onbekend veld", { sector: "politie", kleur: "rood" }, "kleur", "onbekend-veld"],
  ["eigen capaciteit ontbreekt", { sector: "politie" }, "ownCapacitySufficient", "ontbreekt"],
  ["taak ontbreekt", { sector: "politie", ownCapacitySufficient: false }, "task", "ontbreekt"],
  ["provider ontbreekt", { ...OO }, "provider", "ontbreekt"],
  ["middel ontbreekt", { ...OO, provider: "middelen-jenv" }, "means", "ontbreekt"],
  [
    "middel bij verkeerde provider",
    { ...OO, provider: "kmar", means: "vrt" },
    "means",
    "niet-van-toepassing",
  ],
  ["uitputting ontbreekt", { ...OO, provider: "krijgsmacht" }, "policeCapacityExhausted", "ontbreekt"],
  [
    "specialisme ontbreekt",
    { ...OO, provider: "krijgsmacht", policeCapacityExhausted: false },
    "specialismUnavailable",
    "ontbreekt",
  ],
  [
    "eigen capaciteit voldoende maar bijstand",
    { sector: "politie", ownCapacitySufficient: true, provider: "kmar" },
    "ownCapacitySufficient",
    "tegenstrijdig",
  ],
  [
    "politie en KMar uitgeput, toch een andere eenheid als leverancier (fp §4/§8)",
    { ...OO, provider: "politie", policeCapacityExhausted: true },
    "provider",
    "tegenstrijdig",
  ],
  [
    "specialisme niet bij politie of KMar, toch de KMar als leverancier (fp §4/§8)",
    { ...JUS, provider: "kmar", specialismUnavailable: true },
    "provider",
    "tegenstrijdig",
  ],
  [
    "vermissing met misdrijf, taak openbare orde",
    { ...OO, missingPerson: { crimeIndication: true }, provider: "politie" },
    "task",
    "tegenstrijdig",
  ],
  [
    "vermissing zonder misdrijf, taak strafrechtelijk",
    { ...JUS, missingPerson: { crimeIndication: false }, provider: "politie" },
    "task",
    "tegenstrijdig",
  ],
  [
    "TIN onder gezag burgemeester",
    { ...OO, provider: "krijgsmacht", purpose: "bewaken-beveiligen", policeCapacityExhausted: true },
    "task",
    "tegenstrijdig",
  ],
  [
    "TIN met provider kmar",
    { ...JUS, provider: "kmar", purpose: "bewaken-beveiligen" },
    "purpose",
    "tegenstrijdig",
  ],
  [
    "TIN uitputting onbekend",
    { ...JUS, provider: "krijgsmacht", purpose: "bewaken-beveiligen" },
    "policeCapacityExhausted",
    "ontbreekt",
  ],
  [
    "recipient zonder bewaken",
    { ...JUS, provider: "krijgsmacht", recipient: "kmar", policeCapacityExhausted: true },
    "recipient",
    "niet-van-toepassing",
  ],
  [
    "afwijzing korpschef bij KMar",
    { ...OO, provider: "kmar", refusedByKorpschef: true },
    "refusedByKorpschef",
    "tegenstrijdig",
  ],
  ["need bij politie", { ...OO, provider: "politie", need: "sis" }, "need", "niet-van-toepassing"],
  [
    "politieveld bij bevolkingszorg",
    { sector: "bevolkingszorg", need: "sis", provider: "kmar" },
    "provider",
    "niet-van-toepassing",
  ],
  ["need ontbreekt", { sector: "bevolkingszorg" }, "need", "ontbreekt"],
  [
    "steunverlening voor SIS",
    { sector: "bevolkingszorg", need: "sis", instrument: "militaire-steunverlening" },
    "instrument",
    "tegenstrijdig",
  ],
  ["onbekende rol", { sector: "bevolkingszorg", need: "sis", requester: "koning" }, "requester", "ongeldig"],
  ["urgent geen boolean", { sector: "bevolkingszorg", need: "sis", urgent: "ja" }, "urgent", "ongeldig"],
  [
    "missingPerson verkeerde vorm",
    { ...OO, provider: "politie", missingPerson: { misdrijf: true } },
    "missingPerson",
    "ongeldig",
  ],
];

describe("route: invalid, incomplete or contradictory questions are refused, naming the field", () => {
  for (const [naam, vraag, veld, code] of FOUTEN) {
    test(naam, () => {
      assert.throws(
        () => route(vraag),
        (e: unknown) => {
          assert.ok(e instanceof VraagFout, String(e));
          assert.equal(e.veld, veld);
          assert.equal(e.code, code);
          assert.ok(e.message.length > 10);
          return true;
        },
      );
    });
  }
});

test("the advice keeps the catalogue version and the normalised question", () => {
  const a = route({ sector: "bevolkingszorg", need: "btc" });
  assert.match(a.catalogueVersion, /\S/);
  assert.equal(a.question.need, "btc");
});

test("TIN aan de KMar zonder capaciteitstekort: het alternatief is andersom, politie aan de KMar (art. 61), niet bijstand aan de politie", () => {
  const kmar = route({
    sector: "politie",
    ownCapacitySufficient: false,
    purpose: "bewaken-beveiligen",
    recipient: "kmar",
    policeCapacityExhausted: false,
  });
  assert.equal(kmar.outcome, "niet-toegestaan");
  assert.match(kmar.instead?.text ?? "", /artikel 61 Politiewet 2012/);
  assert.deepEqual(kmar.instead?.procedureIds, []);
  const politie = route({
    ...JUS,
    provider: "krijgsmacht",
    purpose: "bewaken-beveiligen",
    policeCapacityExhausted: false,
  });
  assert.deepEqual(politie.instead?.procedureIds, [
    "politie-6-bijstand-andere-eenheid-justitie",
    "politie-7-kmar-justitie",
  ]);
});

test("KMar-bijstand (toelichting 3 en 7): over de wijze beslist Defensie mee, art. 57 lid 3 Politiewet 2012, niet alleen 'na overleg'", () => {
  for (const [vraag, beslisser] of [
    [{ ...OO, provider: "kmar" }, "locc"],
    [{ ...JUS, provider: "kmar" }, "ozi"],
  ] as const) {
    const a = route(vraag);
    assert.deepEqual(a.decidedBy, [beslisser, "defensie-djz"]);
    const afwijking = a.discrepancies.find((d) =>
      d.bron.some((b) => b.document === "politiewet-2012" && b.sectie === "art-57-lid-3"),
    );
    assert.ok(afwijking, "de afwijking van de factsheet is vastgelegd");
    assert.match(afwijking.gevolgd, /in overeenstemming/);
    const besluit = a.steps.find((s) => s.id.endsWith("/besluit"));
    assert.match(besluit?.actie ?? "", /in overeenstemming met hem op welke wijze/);
    assert.ok(
      a.reasons.some((r) => /Afwijking in de bron.*in overeenstemming met hem \(lid 3\)/.test(r.text)),
    );
  }
});

test("meer ambulances dan paraat in de eigen regio: de meldkamer stelt het ambulancebijstandsplan in werking (LCP § 6.2.2), geen aanvraag via het LOCC", () => {
  const a = route({ sector: "bevolkingszorg", need: "ambulances" });
  assert.equal(a.outcome, "andere-procedure");
  assert.equal(a.factsheet, "lcp-egt");
  assert.equal(a.section, "6.2.2");
  assert.equal(a.procedureId, null);
  assert.deepEqual(a.steps, []);
  assert.match(a.instead?.text ?? "", /meldkamer.*ambulancebijstandsplan/);
  assert.deepEqual(a.instead?.citation, { document: "lcp-egt", sectie: "6.2.2" });
  // Other means of the ambulance services stay bijstand under art. 51 Wvr, and that advice names
  // the plan for the acute shortage of ambulances.
  const middelen = route({ sector: "bevolkingszorg", need: "middelen-hulpdiensten" });
  assert.equal(middelen.procedureId, "bevolkingszorg-4-middelen");
  assert.ok(
    middelen.reasons.some((r) => /ambulancebijstandsplan/.test(r.text) && r.citation.sectie === "6.2.2"),
  );
});

test("TIN-pelotons: Defensie beslist over zijn deel (art. 58 lid 2 Politiewet 2012: in overeenstemming), het oordeel van de CBB blijft het besluit", () => {
  const a = route({
    ...JUS,
    provider: "krijgsmacht",
    purpose: "bewaken-beveiligen",
    policeCapacityExhausted: true,
  });
  assert.deepEqual(a.decidedBy, ["nctv-cbb", "defensie-dops"]);
  const p = procedure("lcp-egt-tin-bewaken-beveiligen");
  assert.equal(p.leveranciersbesluit?.door, "defensie-dops");
  assert.ok(
    p.leveranciersbesluit?.bron.some((b) => b.document === "politiewet-2012" && b.sectie === "art-58-lid-2"),
  );
  // The step that carries Defence's outcome is the one its decider owns.
  const stap = p.stappen.find((s) => s.id.endsWith("/voorbereiding-defensie"));
  assert.equal(stap?.actor.rol, p.leveranciersbesluit?.door);
  assert.deepEqual(p.besluit.door, ["nctv-cbb"]);
});

test("taken onder rechtstreeks gezag van de Minister (voetnoot 2, art. 56 lid 5 Politiewet 2012) vallen buiten de factsheet: geen procedure onder burgemeester of officier van justitie", () => {
  for (const provider of [undefined, "politie", "kmar", "krijgsmacht"] as const) {
    const a = route({
      sector: "politie",
      ownCapacitySufficient: false,
      task: "gezag-minister",
      ...(provider ? { provider } : {}),
    });
    assert.equal(a.outcome, "andere-procedure");
    assert.equal(a.section, "voetnoot-2");
    assert.equal(a.procedureId, null);
    assert.equal(a.authority, null);
    assert.deepEqual(a.steps, []);
    assert.match(
      a.instead?.text ?? "",
      /Minister van Justitie en Veiligheid|Minister van Veiligheid en Justitie/,
    );
    assert.ok(a.reasons.some((r) => r.citation.sectie === "politie-en-bevoegd-gezag"));
  }
  assert.throws(
    () =>
      route({
        sector: "politie",
        ownCapacitySufficient: false,
        task: "gezag-minister",
        missingPerson: { crimeIndication: false },
      }),
    (e: unknown) => e instanceof VraagFout && e.veld === "task" && e.code === "tegenstrijdig",
  );
});

test("een burgemeester die bewaking door Defensie zoekt, hoort waar dat wel kan: §4 onder zijn gezag, of TIN via NSGBO/SGBO met instemming van de OvJ (review dekking D7)", () => {
  const vraag = {
    ...OO,
    provider: "krijgsmacht",
    purpose: "bewaken-beveiligen",
    policeCapacityExhausted: true,
  } as const;
  let melding = "";
  assert.throws(
    () => route(vraag),
    (e: unknown) => {
      melding = e instanceof Error ? e.message : "";
      return e instanceof VraagFout && e.veld === "task" && e.code === "tegenstrijdig";
    },
  );
  assert.match(melding, /factsheet politie §4, art\. 58 lid 1/);
  assert.match(melding, /instemming van de officier van justitie/);
  // The way out the message names does lead to §4 under the mayor.
  const a = route({ ...OO, provider: "krijgsmacht", policeCapacityExhausted: true });
  assert.equal(a.procedureId, "politie-4-krijgsmacht-oo");
});

test("TIN-advies noemt het uitgangspunt van de eerste uren en de beperkte tijdsduur (LCP §6.2.2; review dekking D8)", () => {
  const a = route({
    ...JUS,
    provider: "krijgsmacht",
    purpose: "bewaken-beveiligen",
    policeCapacityExhausted: true,
  });
  assert.ok(
    a.reasons.some(
      (r) => /eerste uren/.test(r.text) && /beperkte tijdsduur/.test(r.text) && r.citation.sectie === "6.2.2",
    ),
    "reden met bron 6.2.2",
  );
});
