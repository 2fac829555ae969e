// Deadlines: which tasks are late, which reminders and escalations are due. The edge's scheduler
// sends TermijnenBewaken now and then; decide turns the due items into events exactly once (keys
// in `verstuurd`), and notificaties() turns those into mails.
import { formaliseringsTermijn, TERMIJNEN } from "./taken.ts";
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

/** The written formalisation still open per phase with a running deadline (ADR 0602, 0608). */
export interface OpenFormalisering {
  fase: number;
  /** A change of the request (not the request itself). */
  wijziging: boolean;
  uiterlijk: string;
  taken: Taak[];
}

export function openFormaliseringen(a: Aanvraag): OpenFormalisering[] {
  const uit: OpenFormalisering[] = [];
  for (const f of a.fasen) {
    const taken = a.taken.filter((t) => t.fase === f.nr && t.formalisering && t.status === "open");
    const uiterlijk = formaliseringsTermijn(a, f);
    if (taken.length > 0 && uiterlijk)
      uit.push({ fase: f.nr, wijziging: f.aanleiding === "wijziging", uiterlijk, taken });
  }
  return uit;
}

/** Everything overdue at `nu`: open available tasks past their due time, and a late formalisation. */
export function teLaat(a: Aanvraag, nu: Date): TeLaat[] {
  if (a.status === "afgesloten" || a.status === "ingetrokken") return [];
  const t = nu.toISOString();
  const uit: TeLaat[] = a.taken
    .filter((x) => x.beschikbaar && !x.formalisering && x.uiterlijk !== null && x.uiterlijk < t)
    .map((x) => ({ soort: "taak", taakId: x.id, uiterlijk: x.uiterlijk as string, eigenaren: [x.eigenaar] }));
  for (const f of openFormaliseringen(a))
    if (f.uiterlijk < t)
      uit.push({
        soort: "formalisering",
        taakId: null,
        uiterlijk: f.uiterlijk,
        eigenaren: f.taken.map((x) => x.eigenaar),
      });
  return uit;
}

/**
 * Reminders and escalations due at `nu` that have not been sent yet. The request's own
 * formalisation keeps its key (`formalisering:herinnering:<uiterlijk>`, as in stored events); an
 * urgent change's carries its phase (`formalisering:<fase>:…`), so each phase is reminded once.
 */
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
  for (const f of openFormaliseringen(a)) {
    const { uiterlijk } = f;
    const herinnerOp = new Date(
      Date.parse(uiterlijk) - TERMIJNEN.herinnerenVoorMinuten * 60_000,
    ).toISOString();
    const namen = f.taken.map((x) => `"${x.stapId.split("/")[1]}"`).join(", ");
    const prefix = f.wijziging ? `formalisering:${f.fase}` : "formalisering";
    const wat = f.wijziging ? `van de spoedwijziging (fase ${f.fase}) ` : "";
    if (t >= herinnerOp)
      uit.push({
        soort: "herinnering",
        sleutel: `${prefix}:herinnering:${uiterlijk}`,
        taakId: null,
        aan: f.taken.map((x) => x.eigenaar),
        uiterlijk,
        reden: `De schriftelijke formalisering ${wat}na het spoedpad (${namen}) moet uiterlijk ${uiterlijk} rond zijn.`,
      });
    if (t > uiterlijk)
      uit.push({
        soort: "escalatie",
        sleutel: `${prefix}:escalatie:${uiterlijk}`,
        taakId: null,
        aan: [LOCC],
        uiterlijk,
        reden: `De formalisering ${wat}van ${a.referentienummer} is te laat (uiterlijk ${uiterlijk}); open: ${namen}.`,
      });
  }
  const verstuurd = new Set(a.verstuurd);
  return uit.filter((h) => !verstuurd.has(h.sleutel));
}
