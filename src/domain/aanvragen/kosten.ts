// Which cost expectation on the form fits the procedure's cost regime in the catalogue.
import type { Procedure } from "../wegwijzer/typen.ts";
import { fout } from "./fouten.ts";
import { KOSTEN_VERWACHTINGEN, type KostenRegime, type Kostenverwachting } from "./typen.ts";

/**
 * FNIK pays "additionele uitgaven voor militaire bijstand en steunverlening" (fp toelichting 10; fb
 * toelichting 5), so only a procedure whose catalogue regime is FNIK may expect it. There Defence
 * does not send its own bill: FNIK pays, or, for an exceptionally large or long deployment, the
 * parties agree otherwise "in onderling overleg" (fp voetnoot 5, art. 5 convenant). Elsewhere the
 * supplier may charge (fb toelichting 1 and 4: "De steunverlenende partij kan wel kosten in
 * rekening brengen"), costs are agreed, or the source says nothing. "Onbekend" always fits.
 */
export function passendeKostenverwachtingen(p: Pick<Procedure, "kosten">): KostenRegime[] {
  if (p.kosten.regimes.includes("fnik")) return ["fnik", "onderling-af-te-spreken", "onbekend"];
  return KOSTEN_VERWACHTINGEN.filter((r) => r !== "fnik");
}

/** Refuses (ongeldige-invoer) a cost expectation that does not fit the procedure. */
export function controleerKosten(
  p: Pick<Procedure, "id" | "kosten">,
  k: Kostenverwachting | null | undefined,
): void {
  if (!k) return;
  const passend = passendeKostenverwachtingen(p);
  if (passend.includes(k.regime)) return;
  throw fout(
    "ongeldige-invoer",
    k.regime === "fnik"
      ? `Veld kostenverwachting.regime is ongeldig: het FNIK vergoedt alleen militaire bijstand en steunverlening (factsheet politie, toelichting 10; factsheet bevolkingszorg, toelichting 5), niet ${p.id}. Mogelijk: ${passend.join(", ")}.`
      : `Veld kostenverwachting.regime is ongeldig: bij bijstand van Defensie vergoedt het FNIK de kosten, of spreken de partijen in onderling overleg iets anders af (factsheet politie, toelichting 10, voetnoot 5). Mogelijk: ${passend.join(", ")}.`,
    { veld: "kostenverwachting.regime", mogelijk: passend },
  );
}

/** The fitting expectation for complete form data (tests, demo): FNIK for Defence, else the supplier's bill or an agreement. */
export function standaardKostenverwachting(p: Pick<Procedure, "kosten">): KostenRegime {
  const r = p.kosten.regimes;
  if (r.includes("fnik")) return "fnik";
  if (r.includes("leverancier-mag-kosten-rekenen") || r.includes("ifv-prijslijst"))
    return "leverancier-brengt-kosten-in-rekening";
  if (r.includes("afspraken-over-kosten") || r.includes("onderling-af-te-spreken"))
    return "onderling-af-te-spreken";
  return "onbekend";
}
