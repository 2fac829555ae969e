// The request form's fields: shape checks for drafts, completeness for the form step, the
// attachment rules, and the canonical content a signature covers.
import { isCapaciteitType } from "../capaciteit/catalogus.ts";
import type { Procedure } from "../wegwijzer/typen.ts";
import { fout } from "./fouten.ts";
import type { Aanvraag, AanvraagGegevens, Bijlage } from "./typen.ts";

export const BIJLAGE_MEDIATYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export const BIJLAGE_MAX_BYTES = 10 * 1024 * 1024;
export const BIJLAGEN_MAX = 20;

export function legeGegevens(): AanvraagGegevens {
  return {
    contact: null,
    incident: null,
    reden: "",
    beoogdEffect: "",
    gevraagd: null,
    plaats: { gemeenten: [], adres: null, coordinaten: null },
    periode: null,
    kostenverwachting: null,
    bijlagen: [],
    motiveringGeenMarktpartij: null,
  };
}

/**
 * The requester's statement that the exception of the uitgangspunten applies (LCP extreem geweld en
 * terrorisme §3.2.3: "Redden gaat voor opsporen, behalve bij acuut gevaar met een nog groter risico op
 * slachtoffers" and "Bij een acute vervolgdreiging kunnen opsporingsactiviteiten prioriteit hebben").
 * It sets the urgency of the request's capacity demand (ADR 0660); `spoed` does not.
 */
export const ACUTE_DREIGING_LABEL =
  "Er is acuut gevaar met een nog groter risico op slachtoffers, of een acute vervolgdreiging";
export const ACUTE_DREIGING_TOELICHTING =
  'Landelijk crisisplan extreem geweld en terrorisme §3.2.3: "Redden gaat voor opsporen, behalve bij acuut gevaar met een nog groter risico op slachtoffers" en "Bij een acute vervolgdreiging kunnen opsporingsactiviteiten prioriteit hebben." Vink alleen aan als dat zo is; spoed (eerst bellen, later formaliseren) is iets anders. Dit bepaalt de prioriteit bij schaarse capaciteit.';

const ISO = (s: unknown) => typeof s === "string" && !Number.isNaN(Date.parse(s));

/** Shape checks that hold even for a draft; throws ongeldige-invoer / ongeldige-bijlage. */
export function controleerGegevens(g: Partial<AanvraagGegevens>): void {
  const ongeldig = (veld: string, waarom: string) =>
    fout("ongeldige-invoer", `Veld ${veld} is ongeldig: ${waarom}.`, { veld });
  if (g.plaats) {
    for (const gm of g.plaats.gemeenten ?? [])
      if (!/^gm\d{4}$/.test(gm))
        throw ongeldig("plaats.gemeenten", `"${gm}" is geen gemeente-id (gm + 4 cijfers)`);
    if (new Set(g.plaats.gemeenten).size !== g.plaats.gemeenten.length)
      throw ongeldig("plaats.gemeenten", "een gemeente staat er dubbel in");
    const c = g.plaats.coordinaten;
    if (c && (!(Math.abs(c.lat) <= 90) || !(Math.abs(c.lon) <= 180)))
      throw ongeldig("plaats.coordinaten", "breedte −90..90, lengte −180..180");
  }
  if (g.periode) {
    if (!ISO(g.periode.van)) throw ongeldig("periode.van", "geen tijdstip");
    if (g.periode.tot !== null) {
      if (!ISO(g.periode.tot)) throw ongeldig("periode.tot", "geen tijdstip (of null voor open einde)");
      if (Date.parse(g.periode.tot) <= Date.parse(g.periode.van))
        throw ongeldig("periode.tot", "het einde ligt niet na het begin");
    }
  }
  if (g.incident && !ISO(g.incident.start)) throw ongeldig("incident.start", "geen tijdstip");
  if (
    g.gevraagd &&
    g.gevraagd.aantal !== undefined &&
    (!Number.isInteger(g.gevraagd.aantal) || g.gevraagd.aantal < 1)
  )
    throw ongeldig("gevraagd.aantal", "een geheel getal van minstens 1");
  if (
    g.kostenverwachting?.bedragCent != null &&
    (!Number.isInteger(g.kostenverwachting.bedragCent) || g.kostenverwachting.bedragCent < 0)
  )
    throw ongeldig("kostenverwachting.bedragCent", "een niet-negatief aantal eurocent");
  if (g.acuteDreiging !== undefined && typeof g.acuteDreiging !== "boolean")
    throw ongeldig("acuteDreiging", "ja (true) of nee (false)");
  if (g.bijlagen) controleerBijlagen(g.bijlagen);
}

export function controleerBijlagen(bijlagen: readonly Bijlage[]): void {
  if (bijlagen.length > BIJLAGEN_MAX)
    throw fout("ongeldige-bijlage", `Ten hoogste ${BIJLAGEN_MAX} bijlagen; dit zijn er ${bijlagen.length}.`);
  for (const b of bijlagen) {
    if (!(BIJLAGE_MEDIATYPES as readonly string[]).includes(b.mediatype))
      throw fout(
        "ongeldige-bijlage",
        `Bijlage "${b.naam}" heeft type ${b.mediatype}; toegestaan zijn PDF, PNG en JPEG.`,
        { bijlage: b.id },
      );
    if (!(b.grootteBytes > 0) || b.grootteBytes > BIJLAGE_MAX_BYTES)
      throw fout(
        "ongeldige-bijlage",
        `Bijlage "${b.naam}" is ${b.grootteBytes} bytes; de grens is ${BIJLAGE_MAX_BYTES} bytes (10 MB).`,
        { bijlage: b.id },
      );
    if (!/^[0-9a-f]{64}$/.test(b.sha256))
      throw fout("ongeldige-bijlage", `Bijlage "${b.naam}" heeft geen geldige sha256.`, { bijlage: b.id });
  }
}

const leeg = (s: string | null | undefined) => !s || s.trim() === "";

/** Fields still missing before the form can be completed, signed or filed (empty = complete). */
export function ontbrekendeVelden(a: Pick<Aanvraag, "gegevens">, p: Procedure): string[] {
  const g = a.gegevens;
  const m: string[] = [];
  if (!g.contact || leeg(g.contact.naam) || (leeg(g.contact.telefoon) && leeg(g.contact.email)))
    m.push("contact (naam en telefoon of e-mail)");
  if (!g.incident || leeg(g.incident.naam) || leeg(g.incident.plaats) || leeg(g.incident.type))
    m.push("incident (naam, plaats, start, type)");
  if (leeg(g.reden)) m.push("reden");
  if (leeg(g.beoogdEffect)) m.push("beoogd effect");
  if (!g.gevraagd || leeg(g.gevraagd.omschrijving)) m.push("gevraagd (capaciteit, aantal, omschrijving)");
  else if (!isCapaciteitType(g.gevraagd.capaciteitType))
    m.push(`gevraagd.capaciteitType (onbekend type "${g.gevraagd.capaciteitType}")`);
  if (g.plaats.gemeenten.length === 0) m.push("plaats.gemeenten (minstens één gemeente)");
  if (leeg(g.plaats.adres) && !g.plaats.coordinaten) m.push("plaats (adres of coördinaten)");
  if (!g.periode) m.push("periode (van, tot of open einde)");
  // TIN capacity is organised "met een verkorte reactietijd en voor een beperkte tijdsduur" (LCP
  // §6.2.2): the request names its end; a longer need is an extension (ADR 0620).
  else if (p.id === "lcp-egt-tin-bewaken-beveiligen" && g.periode.tot === null)
    m.push("periode.tot (TIN-inzet is voor een beperkte tijdsduur, LCP §6.2.2; langer is een verlenging)");
  if (!g.kostenverwachting) m.push("kostenverwachting");
  if (p.soort.waarde === "militaire-steunverlening" && leeg(g.motiveringGeenMarktpartij))
    m.push("motivering waarom geen marktpartij (regeling militaire steunverlening)");
  return m;
}

/** JSON with object keys sorted at every level: the same content always gives the same string. */
export function canoniekeJson(x: unknown): string {
  return JSON.stringify(sorteer(x));
}

function sorteer(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sorteer);
  if (x !== null && typeof x === "object") {
    const uit: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) {
      const v = (x as Record<string, unknown>)[k];
      if (v !== undefined) uit[k] = sorteer(v);
    }
    return uit;
  }
  return x;
}

/**
 * Exactly what a signature in phase `fase` covers, as canonical JSON: the form, the authority, the
 * procedure and catalogue version, the phase's change (if any) and the zienswijzen given in it.
 * The edge shows this, hashes it with sha256 and passes both in with the Ondertekenen command.
 */
export function teOndertekenenInhoud(a: Aanvraag, fase = 0): string {
  const f = a.fasen[fase];
  const zienswijzen = a.taken
    .filter((t) => t.fase === fase && t.soort === "zienswijze" && t.status === "gereed")
    .map((t) => {
      const r = [...a.besluiten].reverse().find((b) => b.taakId === t.id && b.soort === "zienswijze");
      return { taakId: t.id, door: r?.door.naam ?? null, tekst: r?.tekst ?? null };
    });
  return canoniekeJson({
    referentienummer: a.referentienummer,
    procedureId: f?.procedureId ?? a.procedureId,
    catalogusVersie: a.catalogusVersie,
    aanvrager: a.aanvrager,
    gezag: a.gezag,
    gegevens: a.gegevens,
    spoed: a.spoed,
    fase: f ? { nr: f.nr, aanleiding: f.aanleiding, wijziging: f.wijziging } : null,
    zienswijzen,
  });
}
