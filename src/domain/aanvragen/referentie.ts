// Readable reference numbers: B-<year>-<region>-<sequence>, e.g. B-2026-VR09-0042. The store keeps
// one counter per (year, region) and passes the next number in; the year is the calendar year in
// Dutch time, so a request filed at 00:30 on 1 January counts in the new year.

const JAAR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", year: "numeric" });

export interface ReferentieSleutel {
  jaar: number;
  regioCode: string;
}

/** Which counter the store must increment for a request filed now in this region. */
export function referentieSleutel(veiligheidsregioId: string, nu: Date): ReferentieSleutel {
  return { jaar: Number(JAAR.format(nu)), regioCode: veiligheidsregioId.toUpperCase() };
}

export function formatteerReferentienummer(sleutel: ReferentieSleutel, volgnummer: number): string {
  if (!Number.isInteger(volgnummer) || volgnummer < 1)
    throw new RangeError(`volgnummer moet een positief geheel getal zijn, niet ${volgnummer}`);
  if (!/^[A-Z]{2}\d{2}$/.test(sleutel.regioCode))
    throw new RangeError(`regiocode ${sleutel.regioCode} is geen VR-code (VR01..VR25)`);
  return `B-${sleutel.jaar}-${sleutel.regioCode}-${String(volgnummer).padStart(4, "0")}`;
}

const PATROON = /^B-(\d{4})-([A-Z]{2}\d{2})-(\d{4,})$/;

export function parseReferentienummer(s: string): (ReferentieSleutel & { volgnummer: number }) | null {
  const m = PATROON.exec(s);
  if (!m) return null;
  const volgnummer = Number(m[3]);
  if (volgnummer < 1) return null;
  return { jaar: Number(m[1]), regioCode: m[2] ?? "", volgnummer };
}
