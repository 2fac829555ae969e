// Deadlines: which tasks are late, which reminders and escalations are due. The edge's scheduler
// sends TermijnenBewaken now and then; decide turns the due items into events exactly once (keys
// in `verstuurd`), and notificaties() turns those into mails.
import { TERMIJNEN } from "./taken.ts";
import type { Aanvraag, Eigenaar, Taak } from "./typen.ts";

export interface TeLaat {
  soort: "taak" | "formalisering";
  taakId: string | null;
  uiterlijk: string;
  eigenaren: Eigenaar[];
}

export interface Herinnering {
  soort: "herinnering" | "escalatie";
  /** Stable key: the same reminder is never sent twice. */
  sleutel: string;
  taakId: string | null;
  aan: Eigenaar[];
  uiterlijk: string;
  reden: string;
}

const LOCC: Eigenaar = { rol: "locc-piket", organisaties: ["locc"] };

function openFormalisering(a: Aanvraag): Taak[] {
  return a.taken.filter((t) => t.formalisering && t.status === "open");
}

/** Everything overdue at `nu`: open available tasks past their due time, and a late formalisation. */
export function teLaat(a: Aanvraag, nu: Date): TeLaat[] {
  if (a.status === "afgesloten" || a.status === "ingetrokken") return [];
  const t = nu.toISOString();
  const uit: TeLaat[] = a.taken
    .filter((x) => x.beschikbaar && !x.formalisering && x.uiterlijk !== null && x.uiterlijk < t)
    .map((x) => ({ soort: "taak", taakId: x.id, uiterlijk: x.uiterlijk as string, eigenaren: [x.eigenaar] }));
  const f = openFormalisering(a);
  const uiterlijk = a.inzet.formaliserenUiterlijk;
  if (uiterlijk && f.length > 0 && uiterlijk < t)
    uit.push({ soort: "formalisering", taakId: null, uiterlijk, eigenaren: f.map((x) => x.eigenaar) });
  return uit;
}

/** Reminders and escalations due at `nu` that have not been sent yet. */
export function herinneringen(a: Aanvraag, nu: Date): Herinnering[] {
  if (a.status === "afgesloten" || a.status === "ingetrokken") return [];
  const t = nu.toISOString();
  const uit: Herinnering[] = [];
  for (const x of a.taken)
    if (x.beschikbaar && !x.formalisering && x.uiterlijk !== null && x.uiterlijk < t)
      uit.push({
        soort: "herinnering",
        sleutel: `taak:${x.id}:${x.beschikbaarSinds}`,
        taakId: x.id,
        aan: [x.eigenaar],
        uiterlijk: x.uiterlijk,
        reden: `Stap "${x.stapId.split("/")[1]}" had uiterlijk ${x.uiterlijk} klaar moeten zijn.`,
      });
  const f = openFormalisering(a);
  const uiterlijk = a.inzet.formaliserenUiterlijk;
  if (uiterlijk && f.length > 0) {
    const herinnerOp = new Date(
      Date.parse(uiterlijk) - TERMIJNEN.herinnerenVoorMinuten * 60_000,
    ).toISOString();
    const namen = f.map((x) => `"${x.stapId.split("/")[1]}"`).join(", ");
    if (t >= herinnerOp)
      uit.push({
        soort: "herinnering",
        sleutel: `formalisering:herinnering:${uiterlijk}`,
        taakId: null,
        aan: f.map((x) => x.eigenaar),
        uiterlijk,
        reden: `De schriftelijke formalisering na het spoedpad (${namen}) moet uiterlijk ${uiterlijk} rond zijn.`,
      });
    if (t > uiterlijk)
      uit.push({
        soort: "escalatie",
        sleutel: `formalisering:escalatie:${uiterlijk}`,
        taakId: null,
        aan: [LOCC],
        uiterlijk,
        reden: `De formalisering van ${a.referentienummer} is te laat (uiterlijk ${uiterlijk}); open: ${namen}.`,
      });
  }
  const verstuurd = new Set(a.verstuurd);
  return uit.filter((h) => !verstuurd.has(h.sleutel));
}
