// Time in Europe/Amsterdam via Intl (the runtime's tz database), never hand-made DST rules.

const TIJDZONE = "Europe/Amsterdam";

const onderdelen = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIJDZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

interface Wandklok {
  jaar: number;
  maand: number;
  dag: number;
  uur: number;
  minuut: number;
  seconde: number;
}

function wandklok(moment: Date): Wandklok {
  const d: Record<string, number> = {};
  for (const p of onderdelen.formatToParts(moment)) {
    if (p.type !== "literal") d[p.type] = Number(p.value);
  }
  return {
    jaar: d.year ?? 0,
    maand: d.month ?? 0,
    dag: d.day ?? 0,
    uur: (d.hour ?? 0) % 24,
    minuut: d.minute ?? 0,
    seconde: d.second ?? 0,
  };
}

const twee = (n: number) => String(n).padStart(2, "0");

/** The automatic first line of every NL-Alert: `NL-Alert DD-MM-YYYY HH:MM` in Dutch local time (§4f). */
export function nlAlertKop(moment: Date): string {
  const w = wandklok(moment);
  return `NL-Alert ${twee(w.dag)}-${twee(w.maand)}-${w.jaar} ${twee(w.uur)}:${twee(w.minuut)}`;
}

/** Minutes east of UTC in Amsterdam at that moment (+60 in winter, +120 in summer). */
export function amsterdamOffsetMinuten(moment: Date): number {
  const w = wandklok(moment);
  const alsUtc = Date.UTC(w.jaar, w.maand - 1, w.dag, w.uur, w.minuut, w.seconde);
  const zonderMs = Math.floor(moment.getTime() / 1000) * 1000;
  return Math.round((alsUtc - zonderMs) / 60000);
}

/**
 * CAP 1.2 `sent`/`effective`: `YYYY-MM-DDThh:mm:ss+hh:mm` in Amsterdam time. The official XSD
 * pattern rejects `Z` and fractional seconds, so neither is ever produced.
 */
export function capTijd(moment: Date): string {
  const w = wandklok(moment);
  const off = amsterdamOffsetMinuten(moment);
  const teken = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return (
    `${w.jaar}-${twee(w.maand)}-${twee(w.dag)}T${twee(w.uur)}:${twee(w.minuut)}:${twee(w.seconde)}` +
    `${teken}${twee(Math.floor(abs / 60))}:${twee(abs % 60)}`
  );
}

/** The CAP dateTime pattern from CAP-v1.2.xsd. */
export const CAP_TIJD_PATROON = /^\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-,+]\d\d:\d\d$/;

/** ISO 8601 date-time with an explicit zone (Z or ±hh:mm); local times without a zone are ambiguous. */
const ISO_MET_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Parses a `sent` given in a draft; undefined when it is not an ISO date-time with a zone. */
export function leesTijdstip(tekst: string): Date | undefined {
  if (!ISO_MET_ZONE.test(tekst)) return undefined;
  const d = new Date(tekst);
  if (Number.isNaN(d.getTime())) return undefined;
  const [jaar, maand, dag, uur, minuut, seconde] = [0, 5, 8, 11, 14, 17].map((i) =>
    Number(tekst.slice(i, i + (i ? 2 : 4))),
  );
  if (jaar === undefined || jaar < 1000) return undefined;
  // `new Date` rolls 30 February over into March; a calendar date that does not exist is invalid.
  const terug = new Date(
    Date.UTC(jaar, (maand ?? 1) - 1, dag, uur, minuut, Number.isNaN(seconde) ? 0 : seconde),
  );
  if (terug.getUTCMonth() !== (maand ?? 1) - 1 || terug.getUTCDate() !== dag || terug.getUTCHours() !== uur)
    return undefined;
  if (terug.getUTCMinutes() !== minuut) return undefined;
  return d;
}
