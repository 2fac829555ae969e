// The capaciteiten- en inzetplan as a PDF (A4, Dutch): the document NSGBO/SGBO submits to the
// Crisisberaad Opschaling BB (LCP §6.2.2). Standard Helvetica (WinAnsi), so characters outside that
// set are mapped to plain equivalents.
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { capaciteitType } from "../../domain/capaciteit/catalogus.ts";
import { STATUS_LIJST } from "../../domain/capaciteit/doelstellingen.ts";
import { A4, BLAUW, GRIJS, tijdNl, winAnsi as winAnsiBasis } from "../../pdf/opmaak.ts";
import type { Plan } from "./plan.ts";

const MARGE = 56;
const LICHT = rgb(0.92, 0.94, 0.97);
const ORANJE = rgb(0.7, 0.3, 0);

// One WinAnsi mapping for every PDF we make; line breaks become spaces in this document.
const winAnsi = (s: string) => winAnsiBasis(s.replace(/\n/g, " "));

const STATUS: Record<string, string> = {
  concept: "Concept (voorstel)",
  ingediend: "Ingediend bij het Crisisberaad Opschaling BB",
  "voorgelegd-iccb": "Prioriteringskeuzes voorgelegd aan de ICCb",
  vastgesteld: "Vastgesteld door het Crisisberaad Opschaling BB",
  gewijzigd: "Gewijzigd vastgesteld door het Crisisberaad Opschaling BB",
  verworpen: "Verworpen door het Crisisberaad Opschaling BB",
  ingetrokken: "Ingetrokken",
};
export const statusTekst = (s: string) => STATUS[s] ?? s;

class Schrijver {
  page!: PDFPage;
  y = 0;
  paginas: PDFPage[] = [];
  constructor(
    readonly doc: PDFDocument,
    readonly f: PDFFont,
    readonly b: PDFFont,
    readonly kop: string,
  ) {
    this.nieuwePagina();
  }
  nieuwePagina() {
    this.page = this.doc.addPage(A4);
    this.paginas.push(this.page);
    const [w, h] = A4;
    this.page.drawRectangle({ x: 0, y: h - 28, width: w, height: 28, color: BLAUW });
    this.page.drawText("KNOOPPUNT", { x: MARGE, y: h - 19, size: 9, font: this.b, color: rgb(1, 1, 1) });
    this.page.drawText(winAnsi(this.kop), {
      x: w - MARGE - this.f.widthOfTextAtSize(winAnsi(this.kop), 9),
      y: h - 19,
      size: 9,
      font: this.f,
      color: rgb(1, 1, 1),
    });
    this.y = h - 60;
  }
  ruimte(n: number) {
    if (this.y - n < MARGE + 20) this.nieuwePagina();
  }
  regels(tekst: string, size: number, font: PDFFont, breedte: number): string[] {
    const woorden = winAnsi(tekst).split(/\s+/).filter(Boolean);
    const uit: string[] = [];
    let r = "";
    for (const w of woorden) {
      const kandidaat = r ? `${r} ${w}` : w;
      if (font.widthOfTextAtSize(kandidaat, size) <= breedte) r = kandidaat;
      else {
        if (r) uit.push(r);
        // A word longer than the line is cut.
        let rest = w;
        while (font.widthOfTextAtSize(rest, size) > breedte && rest.length > 1) {
          let n = rest.length - 1;
          while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > breedte) n--;
          uit.push(rest.slice(0, n));
          rest = rest.slice(n);
        }
        r = rest;
      }
    }
    if (r) uit.push(r);
    return uit.length ? uit : [""];
  }
  tekst(
    t: string,
    o: { size?: number; vet?: boolean; kleur?: ReturnType<typeof rgb>; inspring?: number } = {},
  ) {
    const size = o.size ?? 10;
    const font = o.vet ? this.b : this.f;
    const x = MARGE + (o.inspring ?? 0);
    for (const r of this.regels(t, size, font, A4[0] - MARGE - x)) {
      this.ruimte(size + 4);
      this.page.drawText(r, { x, y: this.y, size, font, color: o.kleur ?? rgb(0, 0, 0) });
      this.y -= size + 4;
    }
  }
  kopje(t: string) {
    this.ruimte(80);
    this.y -= 8;
    this.page.drawText(winAnsi(t), { x: MARGE, y: this.y, size: 12.5, font: this.b, color: BLAUW });
    this.y -= 6;
    this.page.drawLine({
      start: { x: MARGE, y: this.y },
      end: { x: A4[0] - MARGE, y: this.y },
      thickness: 0.6,
      color: BLAUW,
    });
    this.y -= 14;
  }
  /** A label/value form block, like the header of a government form. */
  velden(rijen: [string, string][]) {
    const lb = 150;
    for (const [label, waarde] of rijen) {
      const r = this.regels(waarde, 10, this.f, A4[0] - 2 * MARGE - lb - 8);
      const hoogte = r.length * 14 + 6;
      this.ruimte(hoogte);
      this.page.drawRectangle({
        x: MARGE,
        y: this.y - hoogte + 12,
        width: lb,
        height: hoogte,
        color: LICHT,
      });
      this.page.drawRectangle({
        x: MARGE,
        y: this.y - hoogte + 12,
        width: A4[0] - 2 * MARGE,
        height: hoogte,
        borderColor: rgb(0.7, 0.74, 0.8),
        borderWidth: 0.5,
      });
      this.page.drawText(winAnsi(label), {
        x: MARGE + 6,
        y: this.y - 2,
        size: 9.5,
        font: this.b,
        color: BLAUW,
      });
      let y = this.y - 2;
      for (const regel of r) {
        this.page.drawText(regel, { x: MARGE + lb + 8, y, size: 10, font: this.f });
        y -= 14;
      }
      this.y -= hoogte;
    }
    this.y -= 6;
  }
  tabel(koppen: string[], breedtes: number[], rijen: string[][]) {
    const totaal = A4[0] - 2 * MARGE;
    const som = breedtes.reduce((a, b) => a + b, 0);
    const ws = breedtes.map((b) => (b / som) * totaal);
    const rij = (cellen: string[], vet: boolean, achtergrond?: ReturnType<typeof rgb>) => {
      const font = vet ? this.b : this.f;
      const gesplitst = cellen.map((c, i) => this.regels(c, 9, font, ws[i]! - 8));
      const hoogte = Math.max(...gesplitst.map((g) => g.length)) * 12 + 6;
      this.ruimte(hoogte);
      if (achtergrond)
        this.page.drawRectangle({
          x: MARGE,
          y: this.y - hoogte + 10,
          width: totaal,
          height: hoogte,
          color: achtergrond,
        });
      let x = MARGE;
      gesplitst.forEach((g, i) => {
        let y = this.y;
        for (const r of g) {
          this.page.drawText(r, { x: x + 4, y, size: 9, font, color: vet ? BLAUW : rgb(0, 0, 0) });
          y -= 12;
        }
        x += ws[i]!;
      });
      this.y -= hoogte;
      this.page.drawLine({
        start: { x: MARGE, y: this.y + 10 },
        end: { x: MARGE + totaal, y: this.y + 10 },
        thickness: 0.4,
        color: rgb(0.75, 0.75, 0.75),
      });
    };
    rij(koppen, true, LICHT);
    for (const r of rijen) rij(r, false);
    this.y -= 8;
  }
}

const minuten = (m: number) => `${m.toFixed(0)} min`;

export async function planPdf(plan: Plan, nu: Date = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Capaciteiten- en inzetplan ${plan.nummer}`);
  doc.setSubject("Capaciteiten- en inzetplan voor het Crisisberaad Opschaling Bewaken en Beveiligen");
  doc.setAuthor(plan.opgesteldNamens);
  doc.setCreator("Knooppunt");
  doc.setLanguage("nl-NL");
  doc.setCreationDate(nu);
  const f = await doc.embedFont(StandardFonts.Helvetica);
  const b = await doc.embedFont(StandardFonts.HelveticaBold);
  const s = new Schrijver(doc, f, b, `Capaciteiten- en inzetplan ${plan.nummer}`);

  s.tekst("Capaciteiten- en inzetplan", { size: 20, vet: true, kleur: BLAUW });
  s.tekst("Voorstel voor de verdeling van bijstand van Defensie (LCP §6.2.2)", { size: 12, kleur: GRIJS });
  s.y -= 8;
  const u = plan.uitkomst;
  const vastgesteld = plan.vastgesteldeToewijzingen;
  const typen = plan.typen.map((t) => capaciteitType(t)?.naam ?? t).join(", ");
  s.velden([
    ["Plannummer", plan.nummer],
    ["Status", statusTekst(plan.status)],
    ["Opgesteld door", `${plan.opgesteldDoor}, ${plan.opgesteldNamens}`],
    ["Opgesteld op", tijdNl(plan.opgesteldOp)],
    [
      "Voorgelegd aan",
      "Crisisberaad Opschaling Bewaken en Beveiligen (NCTV/CBB, politie/NSGBO, Defensie, LOCC, KMar, OM)",
    ],
    ["Periode", `${tijdNl(plan.periode.van)} tot ${tijdNl(plan.periode.tot)}`],
    ["Capaciteitstypen", typen || "(geen)"],
    ["Afgedrukt op", tijdNl(nu)],
  ]);

  s.kopje("1. Samenvatting");
  const gevraagd = plan.invoer.vragen.reduce((a, v) => a + v.aantal, 0);
  const tekort = u.uitleg.reduce((a, x) => a + x.tekort, 0);
  if (u.status === "infeasible") {
    s.tekst(
      "Met de gekozen beleidsopties is geen verdeling mogelijk. De redenen staan hieronder; pas de beleidsopties aan en bereken opnieuw.",
    );
    for (const r of u.redenen) s.tekst(`• ${r.nl}`, { inspring: 10 });
  } else {
    s.tekst(
      `Gevraagd: ${gevraagd} eenheden in ${plan.invoer.vragen.length} vragen. Beschikbaar in de periode: ${plan.invoer.eenheden.length} eenheden. Toegewezen: ${u.toewijzingen.length}. Niet vervuld: ${tekort}.`,
    );
    s.tekst(
      `De verdeling is exact berekend (${u.bewezen ? "optimaliteit bewezen" : "optimaliteit niet bewezen"}; rekentijd ${plan.rekentijdMs} ms). Volgorde: eerst de prioriteit van een vraag, daarna de vroegste aankomst (reactietijd plus reistijd). De prioriteit volgt Knooppunts standaardvolgorde van de doelstellingen (redden, dan het voorkomen van een (vervolg)aanslag, dan opsporen, dan onrust, dan veerkracht; ADR 0300), tenzij het Crisisberaad voor deze situatie een andere prioriteit heeft vastgesteld. Het crisisplan (§3.2.3) noemt de doelstellingen zonder rangorde, als "${STATUS_LIJST}".`,
    );
  }
  for (const w of plan.invoer.waarschuwingen ?? []) {
    s.y -= 4;
    s.tekst("Waarschuwing", { vet: true, kleur: ORANJE });
    s.tekst(w.tekst, { inspring: 10 });
    s.tekst(`Bron: ${w.bron}.`, { inspring: 10, size: 8.5, kleur: GRIJS });
  }

  s.kopje("2. Vragen");
  s.tabel(
    ["Vraag", "Type", "Aantal", "Doelstelling / urgentie", "Prioriteit", "Aanvrager"],
    [23, 18, 10, 22, 12, 20],
    plan.invoer.vragen.map((v) => [
      `${v.label} (${v.regioNaam})`,
      capaciteitType(v.typeId)?.naam ?? v.typeId,
      String(v.aantal),
      `${v.doelstellingNaam} (${v.urgentie})`,
      String(v.prioriteit),
      v.aanvrager,
    ]),
  );

  s.kopje(vastgesteld ? "3. Vastgestelde toewijzingen" : "3. Voorgestelde toewijzingen");
  const lijst = vastgesteld ?? u.toewijzingen;
  const eenheden = new Map(plan.invoer.eenheden.map((e) => [e.label, e]));
  if (lijst.length === 0) s.tekst("Geen toewijzingen.");
  else
    s.tabel(
      ["Vraag", "Eenheid", "Organisatie", "Basis (regio)", "Aankomst"],
      [24, 27, 17, 19, 13],
      lijst.map((t) => {
        const e = eenheden.get(t.unitId);
        return [
          t.demandId,
          t.unitId,
          e?.organisatieNaam ?? "",
          e?.regioNaam ?? "",
          `${minuten(t.arrivalMinutes)}${e && !e.reactietijdBekend ? "*" : ""}`,
        ];
      }),
    );
  if (plan.invoer.eenheden.some((e) => !e.reactietijdBekend))
    s.tekst(
      "* Reactietijd niet opgegeven door de eigenaar: alleen de reistijd (80 km/u, hemelsbreed) telt.",
      {
        size: 8.5,
        kleur: GRIJS,
      },
    );

  s.kopje("4. Toelichting per vraag");
  for (const x of u.uitleg) {
    s.ruimte(60);
    s.tekst(
      `${x.demandId} (prioriteit ${x.prioriteit}): ${x.toegewezen.length} van ${x.gevraagd} toegewezen`,
      {
        vet: true,
      },
    );
    const v = plan.invoer.vragen.find((q) => q.label === x.demandId);
    if (v) s.tekst(`Prioriteit: ${v.motivering}`, { inspring: 10 });
    s.tekst(`Waarom: ${x.waarom}`, { inspring: 10 });
    s.tekst(`Gevolg voor anderen: ${x.kosten}`, { inspring: 10 });
    if (x.marginaal) s.tekst(`Eén eenheid minder: ${x.marginaal}`, { inspring: 10 });
    if (x.tekortReden) s.tekst(`Niet vervuld: ${x.tekortReden}`, { inspring: 10 });
    s.y -= 4;
  }
  if (u.uitleg.length === 0 && u.status === "optimal") s.tekst("Er waren geen vragen in deze periode.");

  s.kopje("5. Niet vervulde vraag");
  const open = u.uitleg.filter((x) => x.tekort > 0);
  if (open.length === 0) s.tekst("Alle vragen zijn volledig vervuld.");
  else
    s.tabel(
      ["Vraag", "Tekort", "Reden"],
      [25, 10, 65],
      open.map((x) => [x.demandId, String(x.tekort), x.tekortReden ?? ""]),
    );

  s.kopje("6. Beleidsopties");
  const beleidRegels: string[] = [];
  for (const [t, n] of Object.entries(plan.beleid.minReservePerRegion ?? {}))
    if (n > 0)
      beleidRegels.push(
        `Minimale reserve per regio voor ${capaciteitType(t)?.naam ?? t}: ${n} eenheid/eenheden blijven in elke regio.`,
      );
  for (const [t, n] of Object.entries(plan.beleid.minUnitsPerDemand ?? {}))
    if (n > 0)
      beleidRegels.push(
        `Minimum per vraag voor ${capaciteitType(t)?.naam ?? t}: elke vraag krijgt ten minste ${n} (of wat zij vraagt).`,
      );
  if (beleidRegels.length === 0)
    s.tekst("Geen beleidsopties ingeschakeld: de verdeling volgt alleen prioriteit en aankomsttijd.");
  for (const r of beleidRegels) s.tekst(`• ${r}`, { inspring: 10 });

  s.kopje("7. Beoordeling en besluitvorming");
  if (plan.besluiten.length === 0) s.tekst("Nog geen beoordeling vastgelegd.");
  for (const x of plan.besluiten) {
    const orgaan = x.orgaan === "iccb" ? "ICCb" : "Crisisberaad Opschaling BB";
    s.tekst(`${tijdNl(x.op)}: ${orgaan}, ${x.soort}: ${x.uitkomst}`, { vet: true });
    s.tekst(`${x.toelichting} (vastgelegd door ${x.doorNaam})`, { inspring: 10 });
  }
  s.y -= 10;
  s.tekst(
    "Bron: Landelijk crisisplan extreem geweld en terrorisme, §6.2.2 Capaciteitsdruk, 'Prioritering en verdeling defensiecapaciteit'; doelstellingen en uitgangspunten: §3.2.3 (de rangorde 1-5 is Knooppunts standaardlezing, ADR 0300).",
    { size: 8.5, kleur: GRIJS },
  );

  const totaal = s.paginas.length;
  s.paginas.forEach((p, i) => {
    const t = `Pagina ${i + 1} van ${totaal}`;
    p.drawText(t, {
      x: A4[0] - MARGE - f.widthOfTextAtSize(t, 8.5),
      y: 30,
      size: 8.5,
      font: f,
      color: GRIJS,
    });
    p.drawText(winAnsi(`${plan.nummer} · ${statusTekst(plan.status)}`), {
      x: MARGE,
      y: 30,
      size: 8.5,
      font: f,
      color: GRIJS,
    });
  });
  return doc.save();
}
