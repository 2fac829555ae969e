// Input PostgreSQL cannot store, refused up front with the field that holds it: a NUL character
// (text and jsonb reject U+0000), a lone surrogate (jsonb rejects the escape; it is not Unicode
// either), and a number that is not finite (JSON.parse turns 1e400 into Infinity, and Ajv's
// query coercion lets "1e400" through as an integer), and an integer too large to be exact.
import type { VeldFout } from "../fouten.ts";

const MAX_DIEPTE = 64;

/** Every field of `waarde` (under the name `pad`) that holds such input, with the reason in Dutch. */
export function onopslaanbareInvoer(
  waarde: unknown,
  pad: string,
  uit: VeldFout[] = [],
  diepte = 0,
): VeldFout[] {
  if (uit.length >= 20) return uit;
  if (typeof waarde === "string") {
    if (waarde.includes("\u0000")) uit.push({ veld: pad || "body", melding: "bevat een NUL-teken (U+0000)" });
    else if (!waarde.isWellFormed())
      uit.push({ veld: pad || "body", melding: "bevat een ongeldig Unicode-teken (een losse surrogaat)" });
  } else if (typeof waarde === "number") {
    if (!Number.isFinite(waarde)) uit.push({ veld: pad || "body", melding: "is geen eindig getal" });
    // Beyond 2^53 an integer is no longer exact here, and a bigint column would refuse it.
    else if (Number.isInteger(waarde) && !Number.isSafeInteger(waarde))
      uit.push({ veld: pad || "body", melding: "is te groot" });
  } else if (waarde && typeof waarde === "object" && !ArrayBuffer.isView(waarde)) {
    if (diepte >= MAX_DIEPTE) {
      uit.push({ veld: pad, melding: `is dieper genest dan ${MAX_DIEPTE} niveaus` });
      return uit;
    }
    if (Array.isArray(waarde))
      for (const [i, x] of waarde.entries()) onopslaanbareInvoer(x, `${pad}[${i}]`, uit, diepte + 1);
    else
      for (const [k, x] of Object.entries(waarde)) {
        const naam = k.isWellFormed() && !k.includes("\u0000") ? k : "(ongeldige veldnaam)";
        if (naam !== k) uit.push({ veld: `${pad}.${naam}`, melding: "de veldnaam bevat een ongeldig teken" });
        onopslaanbareInvoer(x, pad ? `${pad}.${naam}` : naam, uit, diepte + 1);
      }
  }
  return uit;
}
