// Dreigingsniveau 5 and the local measures under it: pure rules, no I/O (ADR 0800).
// Source: LCP extreem geweld en terrorisme, "Dreigingsniveau 5" (seeds/lcp-egt-leesbaar.md r.12-29;
// original lcp-egt-dreigingsniveau-capaciteitsdruk.txt r.2-28); glossary "Dreigingsniveau".
import type { Rol } from "../organisaties/rollen.ts";

export const BRON = {
  afkondigen:
    'LCP-EGT, Dreigingsniveau 5 (leesbaar r.12-13): "De NCTV geeft bij het afkondigen van dreigingsniveau 5 een eerste duiding van de situatie en roept burgers op om de aanwijzingen van het lokaal gezag te volgen."',
  maatregelen:
    'LCP-EGT, Dreigingsniveau 5 (leesbaar r.14-18): "Het lokaal bevoegd gezag beslist over het al dan niet treffen van maatregelen passend binnen het dreigingsniveau. […] De lijst met maatregelen is uitdrukkelijk niet uitputtend."',
  voorbeelden:
    'LCP-EGT, Dreigingsniveau 5 (leesbaar r.21-22): "Het gaat hier bijvoorbeeld over het sluiten van scholen en het stilleggen van het openbaar vervoer."',
  afschalen:
    'LCP-EGT, Dreigingsniveau 5 (leesbaar r.25-27): "Afschaling van het dreigingsniveau vindt plaats na overleg door de NCTV met de gemeente of regio waar de dreiging zich manifesteerde. Het is vervolgens aan de NCTV om de maatschappij te informeren over de verlaging van het dreigingsniveau."',
  nietVervallen:
    'LCP-EGT, Dreigingsniveau 5 (leesbaar r.27-29): "De maatregelen die eventueel door het lokaal bevoegd gezag zijn getroffen komen niet automatisch te vervallen met een verlaging van het dreigingsniveau. Het bevoegd gezag bepaalt en communiceert over de verlaging van dergelijke maatregelen."',
  niveau: 'Woordenlijst, "Dreigingsniveau": "Threat level (1–5, 5 = critical), set by NCTV."',
} as const;

export const LAAGSTE_NIVEAU = 1;
export const HOOGSTE_NIVEAU = 5;

/** Only the NCTV sets and lowers the level (ADR 0800: a role of its own, not CBB or DB3). */
export const NIVEAU_ROLLEN: readonly Rol[] = ["nctv-dreiging"];

/**
 * The lokaal bevoegd gezag: the burgemeester for his municipality; the voorzitter veiligheidsregio
 * for his region when the mayors' powers passed to him (Wet veiligheidsregio's art. 39; ADR 0800).
 */
export const GEZAG_ROLLEN = ["burgemeester", "voorzitter-veiligheidsregio"] as const satisfies readonly Rol[];
export type GezagRol = (typeof GEZAG_ROLLEN)[number];
/** The organisation kind each gezag role acts for. */
export const GEZAG_SOORT: Record<GezagRol, "gemeente" | "veiligheidsregio"> = {
  burgemeester: "gemeente",
  "voorzitter-veiligheidsregio": "veiligheidsregio",
};

/** Who reads every measure (the national picture): the NCTV, the LOCC and the auditor. */
export const OVERZICHT_ROLLEN: readonly Rol[] = ["nctv-dreiging", "locc-piket", "auditor"];

/** Who opens the page at all: the national overview and the gezag (each sees his own measures). */
export const DREIGING_LEES_ROLLEN: readonly Rol[] = [...OVERZICHT_ROLLEN, ...GEZAG_ROLLEN];

/** Examples of bijlage 3 the source names; suggestions only, the list is not exhaustive. */
export const VOORBEELD_MAATREGELEN = {
  "scholen-sluiten": "Sluiten van scholen",
  "ov-stilleggen": "Stilleggen van het openbaar vervoer",
} as const;
export type VoorbeeldMaatregel = keyof typeof VOORBEELD_MAATREGELEN;

export interface VeldFout {
  veld: string;
  melding: string;
}

const leeg = (s: string | null | undefined) => !s || s.trim() === "";

export interface Afkondiging {
  niveau: number;
  duiding?: string | null;
  oproepBurgers?: string | null;
}

/**
 * Raising the level. `huidig` is null while Knooppunt has no level recorded yet (a fresh
 * installation): the first recording may be any level. Level 5 needs the NCTV's first duiding and
 * its call to follow the local gezag's instructions (BRON.afkondigen).
 */
export function controleerAfkondiging(huidig: number | null, a: Afkondiging): VeldFout[] {
  const f: VeldFout[] = [];
  if (!Number.isInteger(a.niveau) || a.niveau < LAAGSTE_NIVEAU || a.niveau > HOOGSTE_NIVEAU)
    f.push({
      veld: "niveau",
      melding: `moet een dreigingsniveau van ${LAAGSTE_NIVEAU} tot en met ${HOOGSTE_NIVEAU} zijn`,
    });
  else if (huidig !== null && a.niveau <= huidig)
    f.push({
      veld: "niveau",
      melding: `moet hoger zijn dan het huidige dreigingsniveau ${huidig}; verlagen gaat via afschalen, na overleg met de gemeente of regio`,
    });
  if (a.niveau === HOOGSTE_NIVEAU) {
    if (leeg(a.duiding))
      f.push({
        veld: "duiding",
        melding: "is verplicht bij dreigingsniveau 5: de eerste duiding van de situatie door de NCTV",
      });
    if (leeg(a.oproepBurgers))
      f.push({
        veld: "oproepBurgers",
        melding:
          "is verplicht bij dreigingsniveau 5: de oproep aan burgers om de aanwijzingen van het lokaal gezag te volgen",
      });
  }
  return f;
}

export interface Overleg {
  /** Municipalities and/or safety regions where the threat manifested itself. */
  met: readonly { id: string; soort: string }[];
  moment: Date;
  samenvatting: string;
}

/** Lowering needs a level below the current one and the NCTV's overleg with gemeente or regio (BRON.afschalen). */
export function controleerAfschaling(
  huidig: number | null,
  niveau: number,
  overleg: Overleg,
  nu: Date,
): VeldFout[] {
  const f: VeldFout[] = [];
  if (huidig === null)
    f.push({ veld: "niveau", melding: "kan niet: er is nog geen dreigingsniveau vastgelegd" });
  else if (!Number.isInteger(niveau) || niveau < LAAGSTE_NIVEAU || niveau >= huidig)
    f.push({
      veld: "niveau",
      melding: `moet lager zijn dan het huidige dreigingsniveau ${huidig} (en minstens ${LAAGSTE_NIVEAU})`,
    });
  if (overleg.met.length === 0)
    f.push({
      veld: "overleg.met",
      melding: "noem de gemeente of regio waar de dreiging zich manifesteerde en waarmee is overlegd",
    });
  for (const [i, o] of overleg.met.entries())
    if (o.soort !== "gemeente" && o.soort !== "veiligheidsregio")
      f.push({ veld: `overleg.met[${i}]`, melding: `${o.id} is geen gemeente of veiligheidsregio` });
  if (Number.isNaN(overleg.moment.getTime()))
    f.push({ veld: "overleg.moment", melding: "is geen geldig tijdstip" });
  else if (overleg.moment.getTime() > nu.getTime())
    f.push({ veld: "overleg.moment", melding: "ligt in de toekomst: afschaling volgt op het overleg" });
  if (leeg(overleg.samenvatting))
    f.push({ veld: "overleg.samenvatting", melding: "is verplicht: wat is in het overleg besproken" });
  return f;
}

/** The NCTV's information to the public after a lowering: a follow-up step, open until recorded. */
export function controleerInformatie(tekst: string, moment: Date, afgeschaaldOp: Date, nu: Date): VeldFout[] {
  const f: VeldFout[] = [];
  if (leeg(tekst))
    f.push({
      veld: "tekst",
      melding: "is verplicht: hoe en met welke boodschap is de maatschappij geïnformeerd",
    });
  if (Number.isNaN(moment.getTime())) f.push({ veld: "moment", melding: "is geen geldig tijdstip" });
  else if (moment.getTime() > nu.getTime()) f.push({ veld: "moment", melding: "ligt in de toekomst" });
  // Times are entered to the minute: the minute of the lowering itself counts as after it.
  else if (moment.getTime() < Math.floor(afgeschaaldOp.getTime() / 60_000) * 60_000)
    f.push({ veld: "moment", melding: "ligt vóór de afschaling: het informeren volgt op de verlaging" });
  return f;
}

export interface GezagGebruiker {
  rollen: readonly string[];
  organisatie: { id: string; soort: string };
}

/** The gezag role under which this user records a measure for his own organisation, or null. */
export function gezagRolVan(g: GezagGebruiker): GezagRol | null {
  for (const r of GEZAG_ROLLEN) if (g.rollen.includes(r) && g.organisatie.soort === GEZAG_SOORT[r]) return r;
  return null;
}

export interface NieuweMaatregel {
  omschrijving: string;
  voorbeeld?: string | null;
}

/** Free text is always possible; a suggestion must be one of the named examples (BRON.maatregelen). */
export function controleerMaatregel(m: NieuweMaatregel): VeldFout[] {
  const f: VeldFout[] = [];
  if (leeg(m.omschrijving))
    f.push({ veld: "omschrijving", melding: "is verplicht: welke maatregel neemt het bevoegd gezag" });
  if (m.voorbeeld != null && !Object.hasOwn(VOORBEELD_MAATREGELEN, m.voorbeeld))
    f.push({
      veld: "voorbeeld",
      melding: `is geen bekend voorbeeld (${Object.keys(VOORBEELD_MAATREGELEN).join(", ")}); laat het leeg voor een eigen maatregel`,
    });
  return f;
}

export interface Maatregel {
  gezagOrganisatieId: string;
  gezagRol: GezagRol;
  genomenOp: Date;
  beeindigdOp: Date | null;
}

/**
 * Only the gezag that took a measure ends it (BRON.nietVervallen): a user with the same gezag
 * role at the same organisation. A lowering of the level never does.
 */
export function magMaatregelBeeindigen(g: GezagGebruiker, m: Maatregel): boolean {
  return g.rollen.includes(m.gezagRol) && g.organisatie.id === m.gezagOrganisatieId;
}

export function controleerBeeindiging(m: Maatregel, communicatie: string): VeldFout[] {
  const f: VeldFout[] = [];
  if (m.beeindigdOp) f.push({ veld: "maatregel", melding: "is al beëindigd" });
  if (leeg(communicatie))
    f.push({
      veld: "communicatie",
      melding: "is verplicht: wat heeft het bevoegd gezag over de beëindiging gecommuniceerd",
    });
  return f;
}

/**
 * A measure in force that was taken before a lowering of the level: it stays in force (the
 * lowering does not end it) and is shown as "nog van kracht na verlaging van het dreigingsniveau".
 */
export function nogVanKrachtNaVerlaging(m: Maatregel, afschalingen: readonly { op: Date }[]): boolean {
  if (m.beeindigdOp) return false;
  return afschalingen.some((a) => a.op.getTime() >= m.genomenOp.getTime());
}
