// Cell-broadcast size per 3GPP TS 23.038 (alphabets) and TS 23.041 (pages of 82 octets, at most 15). ADR 0202.
// A CBS page carries 82 octets: 93 septets in the GSM 7-bit default alphabet, or 41 UCS-2 characters.

/** TS 23.038 §6.2.1 default alphabet, basic set, in code order (0x00–0x7F; 0x1B is the escape). */
const BASIS =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/** TS 23.038 §6.2.1.1 extension table: escape + one septet, so two septets each. */
const UITBREIDING = "\f^{}\\[~]|€";

const BASIS_SET = new Set([...BASIS].filter((c) => c !== "\u001b"));
const UITBREIDING_SET = new Set([...UITBREIDING]);

export const GSM_PER_PAGINA = 93;
export const UCS2_PER_PAGINA = 41;
export const MAX_PAGINAS = 15;

export type Codering = "gsm7" | "ucs2";

/** Septets a character costs in GSM 7-bit, or undefined when it is outside the alphabet. */
export function gsmSeptetten(teken: string): 1 | 2 | undefined {
  if (BASIS_SET.has(teken)) return 1;
  if (UITBREIDING_SET.has(teken)) return 2;
  return undefined;
}

/** Explicit GSM-safe spellings for common characters outside the alphabet (punctuation, ligatures). */
const VERVANGINGEN: Record<string, string> = {
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201a": "'", // ‚
  "\u201b": "'",
  "\u2032": "'", // ′
  "`": "'",
  "\u00b4": "'", // ´
  "\u201c": '"', // “
  "\u201d": '"', // ”
  "\u201e": '"', // „
  "\u201f": '"',
  "\u2033": '"', // ″
  "\u00ab": '"', // «
  "\u00bb": '"', // »
  "\u2039": "'", // ‹
  "\u203a": "'", // ›
  "\u2010": "-", // ‐
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // ‒
  "\u2013": "-", // – en-dash
  "\u2014": "-", // — em-dash
  "\u2015": "-",
  "\u2212": "-", // minus
  "\u2026": "...", // …
  "\u00a0": " ", // no-break space
  "\u2007": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\t": " ",
  "\u2022": "-", // •
  "\u00b7": "-", // ·
  "\u0133": "ij", // ĳ
  "\u0132": "IJ", // Ĳ
  "\u00e7": "c", // ç: TS 23.038 has only the capital Ç (0x09)
  "\u0153": "oe",
  "\u0152": "OE",
  "\u00b0": "graden",
  "\u00bd": "1/2",
};

/**
 * A GSM-safe spelling for one character outside the alphabet, or null when none exists.
 * Accented letters lose their accent (ó→o, ë→e, ï→i) unless the accented form is itself in the alphabet.
 */
export function gsmVervanging(teken: string): string | null {
  if (gsmSeptetten(teken) !== undefined) return teken;
  // A combining accent typed separately (decomposed "ó") adds nothing readable on a phone.
  if (/^[\u0300-\u036f]$/u.test(teken)) return "";
  const expliciet = VERVANGINGEN[teken];
  if (expliciet !== undefined) return expliciet;
  const kaal = teken.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  if (kaal !== teken && kaal.length > 0 && [...kaal].every((c) => gsmSeptetten(c) !== undefined)) return kaal;
  return null;
}

export interface Ucs2Teken {
  /** The character as written. */
  teken: string;
  /** UTF-16 offsets where it occurs in the text. */
  posities: number[];
  /** GSM-safe spelling, or null when there is none (then the message stays UCS-2). */
  vervanging: string | null;
}

export interface Omvang {
  codering: Codering;
  /** GSM: septets (extension characters count 2). UCS-2: UTF-16 code units. */
  tekens: number;
  paginas: number;
  tekensPerPagina: number;
  maxPaginas: number;
  /** Room left on the last allowed page count (negative when too long), in the same unit as `tekens`. */
  resterend: number;
  /** Characters outside the GSM alphabet, each listed once, in order of first occurrence. */
  ucs2Tekens: Ucs2Teken[];
}

/**
 * Pages needed when units are packed greedily and a unit is never split across pages: an
 * escape + character pair (GSM) or a surrogate pair (UCS-2) must arrive on one page, since each
 * page is decoded on its own.
 */
function paginasVoor(eenheden: number[], perPagina: number): number {
  if (eenheden.length === 0) return 0;
  let paginas = 1;
  let vrij = perPagina;
  for (const n of eenheden) {
    if (n > vrij) {
      paginas += 1;
      vrij = perPagina;
    }
    vrij -= n;
  }
  return paginas;
}

/** Encoding, size and pages of a cell-broadcast text. */
export function meetOmvang(tekst: string): Omvang {
  const ucs2 = new Map<string, Ucs2Teken>();
  const septetten: number[] = [];
  let offset = 0;
  for (const teken of tekst) {
    const s = gsmSeptetten(teken);
    if (s === undefined) {
      const bestaand = ucs2.get(teken);
      if (bestaand) bestaand.posities.push(offset);
      else ucs2.set(teken, { teken, posities: [offset], vervanging: gsmVervanging(teken) });
    } else {
      septetten.push(s);
    }
    offset += teken.length;
  }
  if (ucs2.size === 0) {
    const tekens = septetten.reduce((a, b) => a + b, 0);
    return {
      codering: "gsm7",
      tekens,
      paginas: paginasVoor(septetten, GSM_PER_PAGINA),
      tekensPerPagina: GSM_PER_PAGINA,
      maxPaginas: MAX_PAGINAS,
      resterend: GSM_PER_PAGINA * MAX_PAGINAS - tekens,
      ucs2Tekens: [],
    };
  }
  const eenheden = [...tekst].map((c) => c.length);
  return {
    codering: "ucs2",
    tekens: tekst.length,
    paginas: paginasVoor(eenheden, UCS2_PER_PAGINA),
    tekensPerPagina: UCS2_PER_PAGINA,
    maxPaginas: MAX_PAGINAS,
    resterend: UCS2_PER_PAGINA * MAX_PAGINAS - tekst.length,
    ucs2Tekens: [...ucs2.values()],
  };
}

/** Applies every available GSM-safe replacement; characters without one are left as they are. */
export function maakGsmVeilig(tekst: string): string {
  let uit = "";
  for (const teken of tekst) uit += gsmVervanging(teken) ?? teken;
  return uit;
}

/** Replaces one character (the UI's one-click fix); a no-op when it has no GSM-safe spelling. */
export function vervangTeken(tekst: string, teken: string): string {
  const v = gsmVervanging(teken);
  return v === null ? tekst : tekst.split(teken).join(v);
}
