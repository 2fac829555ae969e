// Who must hear of what (notificaties) and who may see a request at all (zichtbaarVoor). The edge
// turns notifications into e-mails and inbox items, and filters every list and page through
// zichtbaarVoor, so a request never shows up at an organisation that has no part in it.

import type { Rol } from "../organisaties/rollen.ts";
import { procedure as procedureVan } from "../wegwijzer/catalogus.ts";
import { evolve } from "./evolve.ts";
import {
  aanvragendeRollen,
  gezagOrganisaties,
  isLocc,
  leverendePartijen,
  ontvangers,
  procedureVanFase,
  stapVanTaak,
} from "./taken.ts";
import type { Aanvraag, AanvraagEvent, Eigenaar, Fase, Gebruiker } from "./typen.ts";

export type NotificatieSoort =
  | "taak"
  | "ontvangst"
  | "afschrift"
  | "aanvulling"
  | "besluit"
  | "status"
  | "contact"
  | "herinnering"
  | "escalatie";

export interface Notificatie {
  aanvraagId: string;
  referentienummer: string;
  /** Index of the event in the list passed in, and its type. */
  eventIndex: number;
  event: AanvraagEvent["type"];
  soort: NotificatieSoort;
  rol: Rol;
  organisatieId: string;
  taakId: string | null;
  /** Why this party is told, in Dutch (subject line material). */
  reden: string;
}

const LOCC: Eigenaar = { rol: "locc-piket", organisaties: ["locc"] };

function aanvragendeKant(a: Aanvraag): Eigenaar[] {
  const p = procedureVan(a.procedureId);
  const rollen = aanvragendeRollen(p);
  const rol =
    a.taken.find(
      (t) => rollen.includes(t.eigenaar.rol) && t.eigenaar.organisaties.includes(a.aanvrager.organisatieId),
    )?.eigenaar.rol ?? p.voorbereiding.rollen[0];
  const uit: Eigenaar[] = [];
  if (rol) uit.push({ rol, organisaties: [a.aanvrager.organisatieId] });
  // An exercise has no gezag: no mayor or officer is told (ADR 0621).
  if (a.gezag) uit.push({ rol: a.gezag.rol, organisaties: gezagOrganisaties(a) });
  return uit;
}

function deelnemers(a: Aanvraag): Eigenaar[] {
  return [
    ...aanvragendeKant(a),
    LOCC,
    ...a.taken.filter((t) => t.status === "gereed" || t.beschikbaar).map((t) => t.eigenaar),
    ...leveranciers(a),
  ];
}

/**
 * Who supplies: the units or regions named as supplying (fp toelichting 1: LE-POB coordinates "tussen
 * de RCCB's van de eenheden die bijstand gaan leveren"; fb toelichting 1: the other regions), and
 * whoever received the request for assistance or its copy (a `verzoeken` step that was done: "Het
 * LOCC richt een verzoek om bijstand aan DJZ … en aan DOPS-KMar … in afschrift … DOC", fp 3, 4, 7,
 * 8). They deploy the people, so they hear when the deployment starts, shrinks, ends or is
 * withdrawn, not only the task owners (review F12.f).
 */
function leveranciers(a: Aanvraag): Eigenaar[] {
  const uit = leverendePartijen(a);
  for (const t of a.taken) {
    if (t.status !== "gereed" || t.soort !== "verzoeken") continue;
    const stap = stapVanTaak(a, t);
    const p = procedureVanFase(a.fasen[t.fase] as Fase);
    uit.push(...ontvangers([...stap.aan, ...stap.afschriftAan], a, p));
  }
  return uit;
}

const UITKOMST: Record<string, string> = {
  toegekend: "toegekend",
  gedeeltelijk: "gedeeltelijk toegekend",
  afgewezen: "afgewezen",
};

/**
 * The notifications for `events` applied to `voor` (null for a new request): new tasks to their
 * owners, products to the step's recipients and copies (afschrift), decisions and status changes
 * to the requesting side and the LOCC, reminders and escalations to whom they name.
 */
export function notificaties(voor: Aanvraag | null, events: readonly AanvraagEvent[]): Notificatie[] {
  const uit: Notificatie[] = [];
  const gezien = new Set<string>();
  let a = voor;
  events.forEach((e, i) => {
    const na = evolve(a, e);
    const stuur = (
      ontv: Eigenaar[],
      soort: NotificatieSoort,
      reden: string,
      taakId: string | null = null,
    ) => {
      for (const o of ontv)
        for (const org of o.organisaties) {
          const k = `${i}|${o.rol}|${org}|${soort}|${taakId}`;
          if (gezien.has(k)) continue;
          gezien.add(k);
          uit.push({
            aanvraagId: na.id,
            referentienummer: na.referentienummer,
            eventIndex: i,
            event: e.type,
            soort,
            rol: o.rol,
            organisatieId: org,
            taakId,
            reden,
          });
        }
    };
    // New work.
    const eerder = new Set(a?.taken.filter((t) => t.beschikbaar).map((t) => t.id) ?? []);
    for (const t of na.taken)
      if (t.beschikbaar && !eerder.has(t.id)) stuur([t.eigenaar], "taak", `Nieuwe taak: ${t.actie}`, t.id);
    // Products of a completed step, to its recipients and copies.
    const taakId =
      "taakId" in e && e.taakId
        ? e.taakId
        : e.type === "KorpschefWeigerde" && e.nieuweFase !== null
          ? `${e.nieuweFase}:politie-9-afwijzing-en-beroep/afwijzing`
          : null;
    const t = taakId ? na.taken.find((x) => x.id === taakId) : undefined;
    if (
      t &&
      e.type !== "HerinneringVerstuurd" &&
      e.type !== "GeescaleerdNaarLocc" &&
      e.type !== "StapOvergeslagen"
    ) {
      const stap = stapVanTaak(na, t);
      const p = procedureVanFase(na.fasen[t.fase] as Fase);
      const wat = stap.product ?? stap.actie;
      stuur(ontvangers(stap.aan, na, p), "ontvangst", `${wat} (${na.referentienummer})`, t.id);
      stuur(
        ontvangers(stap.afschriftAan, na, p),
        "afschrift",
        `Afschrift: ${wat} (${na.referentienummer})`,
        t.id,
      );
    }
    // A step skipped by another organisation: its owner hears that it is no longer waited for
    // (e.g. the regioburgemeester whose zienswijze was not received in time, ADR 0607).
    if (t && e.type === "StapOvergeslagen" && !t.eigenaar.organisaties.includes(e.door.organisatieId))
      stuur(
        [t.eigenaar],
        "status",
        e.termijnVerstreken
          ? `Niet meer afgewacht (termijn verstreken): ${t.actie}. Reden: ${e.reden}`
          : `Overgeslagen door ${e.door.naam}: ${t.actie}. Reden: ${e.reden}`,
        t.id,
      );
    if ("gevolg" in e && e.gevolg.heropend.length > 0 && e.type === "Getoetst") {
      const eerste = na.taken.find((x) => x.id === e.gevolg.heropend[0]);
      if (eerste)
        stuur(
          [eerste.eigenaar],
          "aanvulling",
          `Meer informatie gevraagd: ${e.redenen.join("; ")}`,
          eerste.id,
        );
    }
    // Decisions per phase.
    na.fasen.forEach((f, nr) => {
      const vorig = a?.fasen[nr]?.uitkomst ?? null;
      if (f.uitkomst && f.uitkomst !== vorig) {
        const wat =
          f.aanleiding === "aanvraag"
            ? "De aanvraag"
            : f.aanleiding === "beroep"
              ? "Het beroep"
              : "De wijziging";
        stuur(
          [...aanvragendeKant(na), LOCC],
          "besluit",
          `${wat} is ${UITKOMST[f.uitkomst]} (${na.referentienummer}).`,
        );
      }
    });
    switch (e.type) {
      case "KorpschefWeigerde":
        stuur(
          [LOCC],
          "besluit",
          `De korpschef wijst ${na.referentienummer} ${e.omvang === "afwijzen" ? "geheel" : "gedeeltelijk"} af.`,
        );
        break;
      case "TelefonischContactVastgelegd":
        if (e.aan.rol)
          stuur(
            [{ rol: e.aan.rol, organisaties: [e.aan.organisatieId] }],
            "contact",
            `Telefonisch contact vastgelegd: ${e.afspraken}`,
          );
        break;
      case "InzetGestart":
      case "Gedemobiliseerd":
      case "WijzigingAangevraagd":
      case "Afgesloten":
      case "Ingetrokken":
        stuur(
          deelnemers(na),
          "status",
          `${na.referentienummer}: ${na.tijdlijn[na.tijdlijn.length - 1]?.omschrijving ?? e.type}`,
        );
        break;
      case "HerinneringVerstuurd":
        stuur(e.aan, "herinnering", e.reden, e.taakId);
        break;
      case "GeescaleerdNaarLocc":
        stuur([LOCC], "escalatie", e.reden, e.taakId);
        break;
      default:
        break;
    }
    a = na;
  });
  return uit;
}

/** Organisations with a part in the request so far (see zichtbaarVoor). */
export function betrokkenOrganisaties(a: Aanvraag): Set<string> {
  const s = new Set<string>([a.aanvrager.organisatieId, ...gezagOrganisaties(a)]);
  for (const t of a.taken) {
    const actief =
      t.beschikbaar || t.status === "gereed" || (t.status === "overgeslagen" && t.afhandeling?.door);
    if (!actief) continue;
    for (const o of t.eigenaar.organisaties) s.add(o);
    if (t.status === "gereed") {
      const stap = stapVanTaak(a, t);
      const p = procedureVanFase(a.fasen[t.fase] as Fase);
      for (const o of [...ontvangers(stap.aan, a, p), ...ontvangers(stap.afschriftAan, a, p)])
        for (const org of o.organisaties) s.add(org);
    }
  }
  for (const c of a.telefonischeContacten) {
    s.add(c.van.organisatieId);
    s.add(c.aan.organisatieId);
  }
  for (const o of [...a.context.leverendeEenheden, ...a.context.andereRegios]) s.add(o);
  return s;
}

/**
 * Roles that take no part in requests: a user holding only these sees none through their
 * organisation (the beheerder manages accounts; the demo's sits in the LOCC). ADR 0611.
 */
export const GEEN_AANVRAAGROL: readonly Rol[] = ["beheerder"];

/** Does the user hold a role that takes part in requests (see GEEN_AANVRAAGROL)? */
export function neemtDeelAanAanvragen(g: Pick<Gebruiker, "rollen">): boolean {
  return g.rollen.some((r) => !GEEN_AANVRAAGROL.includes(r as Rol));
}

/**
 * Sees every request: the LOCC's operational role at the LOCC (it keeps the national overview) and
 * the auditor, by role, not by organisation (security review F4, ADR 0611).
 */
export function zietAlleAanvragen(g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  return isLocc(g) || g.rollen.includes("auditor");
}

/**
 * May this user see the request? The LOCC piket and the auditor see every request; anyone else
 * only when their organisation has a part in it and they hold a role that takes part in requests:
 * the requesting side and the authority from the start, other organisations once the procedure has
 * reached them (a task for them is available or done, or they received a product or copy).
 */
export function zichtbaarVoor(a: Aanvraag, g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  if (zietAlleAanvragen(g)) return true;
  return neemtDeelAanAanvragen(g) && betrokkenOrganisaties(a).has(g.organisatieId);
}
