// The command that completes a task, with a plain positive (or chosen) outcome: what the domain
// walker in the tests does per task, and what the demo data uses to take the steps of its
// requests with the demo users.
import { createHash } from "node:crypto";
import type { Rol } from "../organisaties/rollen.ts";
import { teOndertekenenInhoud } from "./gegevens.ts";
import { stapVanTaak } from "./taken.ts";
import type { Aanvraag, AanvraagCommando, Gebruiker, Taak, Uitkomst } from "./typen.ts";

export type Keuze = "positief" | "negatief" | "gedeeltelijk" | "meer-informatie";
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export const sha256 = (x: string) => createHash("sha256").update(x).digest("hex");

export function gebruiker(rol: Rol, organisatieId: string, naam = `${rol} ${organisatieId}`): Gebruiker {
  return { gebruikerId: `${rol}@${organisatieId}`, naam, rollen: [rol], organisatieId };
}

/** A user with exactly the task owner's role in its (first) organisation. */
export function actorVoor(t: Taak, org?: string): Gebruiker {
  return gebruiker(t.eigenaar.rol, org ?? (t.eigenaar.organisaties[0] as string));
}

const POSITIEF: Uitkomst[] = ["volledig", "goedkeuren", "toestemming"];
const NEGATIEF: Uitkomst[] = ["afwijzen", "geen-toestemming"];

function kies(t: Taak, keuze: Keuze): Uitkomst {
  const lijst =
    keuze === "positief"
      ? POSITIEF
      : keuze === "negatief"
        ? NEGATIEF
        : keuze === "gedeeltelijk"
          ? ["gedeeltelijk"]
          : ["meer-informatie"];
  const u = t.uitkomsten.find((x) => (lijst as string[]).includes(x));
  if (!u) throw new Error(`taak ${t.id} kent geen ${keuze} uitkomst (${t.uitkomsten.join(", ")})`);
  return u;
}

/** Does this task offer the choice? */
export function kent(t: Taak, keuze: Keuze): boolean {
  try {
    kies(t, keuze);
    return true;
  } catch {
    return false;
  }
}

/** The command that completes task `t` (with `actor`), for a given choice of outcome. */
export function commandoVoorTaak(
  s: { readonly a: Aanvraag; readonly nu: Date },
  t: Taak,
  keuze: Keuze = "positief",
  actor: Gebruiker = actorVoor(t),
): DistributiveOmit<AanvraagCommando, "aanvraagId" | "nu" | "verwachteVersie"> {
  const stap = stapVanTaak(s.a, t);
  const organisaties = stap.aan.some((x) => x.relatie === "andere-regio")
    ? ["vr14"]
    : stap.aan.some((x) => x.relatie === "leverende-eenheden")
      ? ["politie-re05-rccb"]
      : undefined;
  const taakId = t.id;
  switch (t.commando) {
    case "StapAfronden":
      return {
        type: "StapAfronden",
        actor,
        taakId,
        toelichting: "Gedaan.",
        ...(organisaties ? { organisaties } : {}),
      };
    case "Ondertekenen": {
      const inhoud = teOndertekenenInhoud(s.a, t.fase);
      return {
        type: "Ondertekenen",
        actor,
        taakId,
        herauthenticatieOp: new Date(s.nu.getTime() + 60_000),
        inhoud,
        inhoudHash: sha256(inhoud),
      };
    }
    case "ZienswijzeGeven":
      return { type: "ZienswijzeGeven", actor, taakId, zienswijze: "Geen bezwaar." };
    case "Toetsen":
      return {
        type: "Toetsen",
        actor,
        taakId,
        uitkomst: kies(t, keuze),
        redenen: keuze === "positief" ? [] : ["Onvoldoende onderbouwd."],
      };
    case "Leveranciersbesluit": {
      const u = kies(t, keuze) as "volledig" | "gedeeltelijk" | "afwijzen";
      return {
        type: "Leveranciersbesluit",
        actor,
        taakId,
        uitkomst: u,
        redenen: u === "volledig" ? [] : ["Beperkte beschikbaarheid."],
        ...(u === "gedeeltelijk"
          ? { geleverd: { aantal: 2, toelichting: "Twee van de vier pelotons." } }
          : {}),
        ...(organisaties ? { organisaties } : {}),
      };
    }
    case "Besluiten": {
      const u = kies(t, keuze);
      return {
        type: "Besluiten",
        actor,
        taakId,
        uitkomst: u,
        redenen: POSITIEF.includes(u) ? [] : ["Niet noodzakelijk."],
        ...(u === "gedeeltelijk" ? { geleverd: { aantal: 2, toelichting: "Twee van de vier." } } : {}),
      };
    }
    case "KorpschefWeigeren":
      return {
        type: "KorpschefWeigeren",
        actor,
        omvang: "afwijzen",
        redenen: ["Capaciteit nodig voor eigen taken."],
      };
    case "BeroepInstellen":
      return { type: "BeroepInstellen", actor, taakId, toelichting: "De bijstand is onmisbaar." };
    case "AdviesGeven":
      return { type: "AdviesGeven", actor, taakId, advies: "Herverdeling is verantwoord." };
    case "AanwijzingGeven": {
      const u = keuze === "negatief" ? "afwijzen" : "goedkeuren";
      return {
        type: "AanwijzingGeven",
        actor,
        taakId,
        uitkomst: u,
        aanwijzing: "Voorzie alsnog in de gevraagde bijstand.",
        redenen: u === "afwijzen" ? ["De afwijzing is terecht."] : [],
      };
    }
  }
}

/**
 * On the urgent path after the phone call: the next task someone decides on the phone agreement
 * (available, not one of the written steps that follow the start; ADR 0602 F3).
 */
export function volgendeTelefonischeTaak(a: Aanvraag): Taak | undefined {
  return a.taken.find((x) => x.beschikbaar && !x.formalisering && x.status === "open");
}
