import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import {
  GSM_PER_PAGINA,
  gsmSeptetten,
  gsmVervanging,
  MAX_PAGINAS,
  maakGsmVeilig,
  meetOmvang,
  UCS2_PER_PAGINA,
  vervangTeken,
} from "./gsm.ts";

describe("GSM 7-bit default alphabet (3GPP TS 23.038)", () => {
  test("basic set characters cost one septet, including the Dutch-relevant é è à ä ö ü", () => {
    for (const c of "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà \n\r")
      assert.equal(gsmSeptetten(c), 1, c);
  });

  test("the extension table characters ^ { } \\ [ ~ ] | € cost two septets", () => {
    for (const c of "^{}\\[~]|€") assert.equal(gsmSeptetten(c), 2, c);
    assert.equal(meetOmvang("€").tekens, 2);
    assert.equal(meetOmvang("a^b").tekens, 4);
    assert.equal(meetOmvang("{}[]").tekens, 8);
  });

  test("ó, ë, ï, ç, curly quotes, en-dash and ` are outside the alphabet", () => {
    for (const c of ["ó", "ë", "ï", "ç", "‘", "’", "“", "”", "–", "—", "`", "…"])
      assert.equal(gsmSeptetten(c), undefined, c);
  });
});

describe("meetOmvang", () => {
  test("counts septets for GSM text, 93 per page", () => {
    const o = meetOmvang("a".repeat(93));
    assert.deepEqual([o.codering, o.tekens, o.paginas, o.tekensPerPagina], ["gsm7", 93, 1, GSM_PER_PAGINA]);
    assert.equal(meetOmvang("a".repeat(94)).paginas, 2);
    assert.equal(meetOmvang("").paginas, 0);
  });

  test("a two-septet character at the end of a page moves to the next page (never split)", () => {
    const net = meetOmvang(`${"a".repeat(91)}€`); // 93 septets
    assert.equal(net.tekens, 93);
    assert.equal(net.paginas, 1);
    const over = meetOmvang(`${"a".repeat(92)}€`); // 94 septets
    assert.equal(over.tekens, 94);
    assert.equal(over.paginas, 2);
    // 186 septets would fit 2 pages if the escape could be split; it cannot.
    const rand = meetOmvang(`${"a".repeat(92)}€${"a".repeat(92)}`);
    assert.equal(rand.tekens, 186);
    assert.equal(rand.paginas, 3);
  });

  test('"óf" flips the message to UCS-2 at 41 characters per page, and lists ó with replacement o', () => {
    const gsm = meetOmvang("Verlaat direct het gebied of verberg je");
    assert.equal(gsm.codering, "gsm7");
    assert.equal(gsm.paginas, 1);
    const tekst = "Verlaat direct het gebied óf verberg je";
    const o = meetOmvang(tekst);
    assert.equal(o.codering, "ucs2");
    assert.equal(o.tekens, tekst.length);
    assert.equal(o.tekensPerPagina, UCS2_PER_PAGINA);
    assert.equal(o.paginas, 1);
    assert.deepEqual(o.ucs2Tekens, [{ teken: "ó", posities: [26], vervanging: "o" }]);
    assert.equal(meetOmvang(`${tekst} ${tekst}`).paginas, 2); // 79 > 41
    assert.equal(meetOmvang(maakGsmVeilig(tekst)).codering, "gsm7");
  });

  test("UCS-2 counts UTF-16 units and keeps surrogate pairs on one page", () => {
    const o = meetOmvang(`${"a".repeat(40)}😀`);
    assert.equal(o.codering, "ucs2");
    assert.equal(o.tekens, 42);
    assert.equal(o.paginas, 2);
    assert.equal(o.ucs2Tekens[0]?.vervanging, null);
  });

  test("15 pages is the limit: 1395 septets fit, one more does not", () => {
    assert.equal(meetOmvang("a".repeat(GSM_PER_PAGINA * MAX_PAGINAS)).paginas, 15);
    assert.equal(meetOmvang("a".repeat(GSM_PER_PAGINA * MAX_PAGINAS + 1)).paginas, 16);
    assert.equal(meetOmvang("ë".repeat(UCS2_PER_PAGINA * MAX_PAGINAS)).paginas, 15);
    assert.equal(meetOmvang("ë".repeat(UCS2_PER_PAGINA * MAX_PAGINAS + 1)).paginas, 16);
  });

  test("each UCS-2 character is listed once with all its positions", () => {
    const o = meetOmvang("geïnformeerd, ‘ja’ – ó ó");
    assert.deepEqual(
      o.ucs2Tekens.map((t) => [t.teken, t.posities.length, t.vervanging]),
      [
        ["ï", 1, "i"],
        ["‘", 1, "'"],
        ["’", 1, "'"],
        ["–", 1, "-"],
        ["ó", 2, "o"],
      ],
    );
  });
});

describe("GSM-safe replacements", () => {
  test("ó→o, ë→e, ï→i, curly quotes→straight, en-dash→-, ellipsis→...", () => {
    assert.equal(gsmVervanging("ó"), "o");
    assert.equal(gsmVervanging("ë"), "e");
    assert.equal(gsmVervanging("Ë"), "E");
    assert.equal(gsmVervanging("ï"), "i");
    assert.equal(gsmVervanging("“"), '"');
    assert.equal(gsmVervanging("’"), "'");
    assert.equal(gsmVervanging("–"), "-");
    assert.equal(gsmVervanging("…"), "...");
    assert.equal(gsmVervanging("😀"), null);
    assert.equal(gsmVervanging("é"), "é", "é is in the alphabet and stays");
  });

  test("maakGsmVeilig applies all replacements and keeps GSM characters", () => {
    assert.equal(
      maakGsmVeilig("Verlaat óf verberg – “nu” geïnformeerd é €"),
      'Verlaat of verberg - "nu" geinformeerd é €',
    );
  });

  test("vervangTeken replaces one character everywhere and leaves unreplaceable ones", () => {
    assert.equal(vervangTeken("óf óf ë", "ó"), "of of ë");
    assert.equal(vervangTeken("a😀", "😀"), "a😀");
  });

  test("property: after maakGsmVeilig, only characters without a replacement remain outside GSM", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 60 }), (s) => {
        const o = meetOmvang(maakGsmVeilig(s));
        for (const t of o.ucs2Tekens) assert.equal(t.vervanging, null);
      }),
    );
  });
});
