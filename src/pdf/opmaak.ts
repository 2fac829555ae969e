// A small government-form writer on pdf-lib: A4, a coloured header band, numbered section
// headings, boxed label/value fields, tables, and a footer on every page. Standard Helvetica
// (WinAnsi), so characters outside that set are mapped to plain equivalents.
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";

export const A4: [number, number] = [595.28, 841.89];
export const MARGE = 50;
export const BLAUW = rgb(0.082, 0.259, 0.451);
export const GRIJS = rgb(0.35, 0.35, 0.35);
const LICHT = rgb(0.92, 0.94, 0.97);
const RAND = rgb(0.62, 0.66, 0.74);
type Kleur = ReturnType<typeof rgb>;

const EXTRA = new Set("–—…‘’“”•€‚„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ");
const VERVANG: Record<string, string> = {
  "−": "-",
  "≥": ">=",
  "≤": "<=",
  "×": "x",
  "→": "->",
  "≈": "~",
  "\u00a0": " ",
};

export function winAnsi(s: string): string {
  let uit = "";
  for (const c of s) {
    if (VERVANG[c] !== undefined) uit += VERVANG[c];
    else if (c === "\t") uit += " ";
    else if ((c.codePointAt(0) ?? 0) <= 0xff || EXTRA.has(c)) uit += c;
    else uit += "?";
  }
  return uit;
}

export function tijdNl(d: Date | string | null | undefined): string {
  if (!d) return "-";
  return new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(d));
}

export class Formulier {
  page!: PDFPage;
  y = 0;
  readonly paginas: PDFPage[] = [];
  constructor(
    readonly doc: PDFDocument,
    readonly f: PDFFont,
    readonly b: PDFFont,
    readonly kop: string,
  ) {
    this.nieuwePagina();
  }

  nieuwePagina(): void {
    this.page = this.doc.addPage(A4);
    this.paginas.push(this.page);
    const [w, h] = A4;
    this.page.drawRectangle({ x: 0, y: h - 30, width: w, height: 30, color: BLAUW });
    this.page.drawText("KNOOPPUNT", { x: MARGE, y: h - 20, size: 9, font: this.b, color: rgb(1, 1, 1) });
    const k = winAnsi(this.kop);
    this.page.drawText(k, {
      x: w - MARGE - this.f.widthOfTextAtSize(k, 9),
      y: h - 20,
      size: 9,
      font: this.f,
      color: rgb(1, 1, 1),
    });
    this.y = h - 62;
  }

  ruimte(n: number): void {
    if (this.y - n < MARGE + 30) this.nieuwePagina();
  }

  regels(tekst: string, size: number, font: PDFFont, breedte: number): string[] {
    const uit: string[] = [];
    for (const alinea of winAnsi(tekst).split("\n")) {
      const woorden = alinea.split(/\s+/).filter(Boolean);
      let r = "";
      for (const w of woorden) {
        const kandidaat = r ? `${r} ${w}` : w;
        if (font.widthOfTextAtSize(kandidaat, size) <= breedte) r = kandidaat;
        else {
          if (r) uit.push(r);
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
      uit.push(r);
    }
    return uit.length ? uit : [""];
  }

  tekst(t: string, o: { size?: number; vet?: boolean; kleur?: Kleur; inspring?: number } = {}): void {
    const size = o.size ?? 10;
    const font = o.vet ? this.b : this.f;
    const x = MARGE + (o.inspring ?? 0);
    for (const r of this.regels(t, size, font, A4[0] - MARGE - x)) {
      this.ruimte(size + 4);
      this.page.drawText(r, { x, y: this.y, size, font, color: o.kleur ?? rgb(0, 0, 0) });
      this.y -= size + 4;
    }
  }

  kopje(t: string): void {
    this.ruimte(70);
    this.y -= 10;
    this.page.drawRectangle({
      x: MARGE,
      y: this.y - 5,
      width: A4[0] - 2 * MARGE,
      height: 19,
      color: BLAUW,
    });
    this.page.drawText(winAnsi(t), { x: MARGE + 6, y: this.y, size: 11, font: this.b, color: rgb(1, 1, 1) });
    this.y -= 24;
  }

  /** Boxed label/value fields, as on a paper form. */
  velden(rijen: [string, string][]): void {
    const lb = 165;
    const breedte = A4[0] - 2 * MARGE;
    for (const [label, waarde] of rijen) {
      const r = this.regels(waarde || "-", 10, this.f, breedte - lb - 12);
      const l = this.regels(label, 9, this.b, lb - 10);
      const hoogte = Math.max(r.length * 13, l.length * 12) + 8;
      this.ruimte(hoogte);
      const onder = this.y - hoogte + 12;
      this.page.drawRectangle({ x: MARGE, y: onder, width: lb, height: hoogte, color: LICHT });
      this.page.drawRectangle({
        x: MARGE,
        y: onder,
        width: breedte,
        height: hoogte,
        borderColor: RAND,
        borderWidth: 0.6,
      });
      this.page.drawLine({
        start: { x: MARGE + lb, y: onder },
        end: { x: MARGE + lb, y: onder + hoogte },
        thickness: 0.6,
        color: RAND,
      });
      let y = this.y - 1;
      for (const x of l) {
        this.page.drawText(x, { x: MARGE + 5, y, size: 9, font: this.b, color: BLAUW });
        y -= 12;
      }
      y = this.y - 1;
      for (const x of r) {
        this.page.drawText(x, { x: MARGE + lb + 6, y, size: 10, font: this.f });
        y -= 13;
      }
      this.y -= hoogte;
    }
    this.y -= 8;
  }

  tabel(koppen: string[], breedtes: number[], rijen: string[][]): void {
    const totaal = A4[0] - 2 * MARGE;
    const som = breedtes.reduce((a, b) => a + b, 0);
    const ws = breedtes.map((b) => (b / som) * totaal);
    const rij = (cellen: string[], vet: boolean) => {
      const font = vet ? this.b : this.f;
      const gesplitst = cellen.map((c, i) => this.regels(c || "-", 8.5, font, (ws[i] ?? 40) - 8));
      const hoogte = Math.max(...gesplitst.map((g) => g.length)) * 11 + 7;
      this.ruimte(hoogte);
      const onder = this.y - hoogte + 10;
      if (vet) this.page.drawRectangle({ x: MARGE, y: onder, width: totaal, height: hoogte, color: LICHT });
      let x = MARGE;
      gesplitst.forEach((g, i) => {
        this.page.drawRectangle({
          x,
          y: onder,
          width: ws[i] ?? 0,
          height: hoogte,
          borderColor: RAND,
          borderWidth: 0.5,
        });
        let y = this.y;
        for (const r of g) {
          this.page.drawText(r, { x: x + 4, y, size: 8.5, font, color: vet ? BLAUW : rgb(0, 0, 0) });
          y -= 11;
        }
        x += ws[i] ?? 0;
      });
      this.y -= hoogte;
    };
    rij(koppen, true);
    for (const r of rijen) rij(r, false);
    this.y -= 10;
  }

  /** Footer on every page: a fixed line and "Pagina x van y". */
  voettekst(regel: string): void {
    const n = this.paginas.length;
    this.paginas.forEach((p, i) => {
      p.drawLine({
        start: { x: MARGE, y: MARGE + 8 },
        end: { x: A4[0] - MARGE, y: MARGE + 8 },
        thickness: 0.5,
        color: RAND,
      });
      const r = this.regels(regel, 7, this.f, A4[0] - 2 * MARGE - 70);
      let y = MARGE - 2;
      for (const x of r.slice(0, 3)) {
        p.drawText(x, { x: MARGE, y, size: 7, font: this.f, color: GRIJS });
        y -= 9;
      }
      const pag = `Pagina ${i + 1} van ${n}`;
      p.drawText(pag, {
        x: A4[0] - MARGE - this.f.widthOfTextAtSize(pag, 8),
        y: MARGE - 2,
        size: 8,
        font: this.f,
        color: GRIJS,
      });
    });
  }
}
