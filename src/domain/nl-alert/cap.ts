// CAP 1.2 (OASIS) output for a checked draft. String building with escaping, in the element order of
// CAP-v1.2.xsd. Mapping decisions: ADR 0201.
import { CAP_ID_PATROON, type Concept, type Fout, ongeldigTeken } from "./concept.ts";
import { type Beoordeling, beoordeel, CONTROLES } from "./controles.ts";
import { isOntkend, zinsdelen } from "./ontkenning.ts";
import { EINDE_SITUATIE, type Scenario } from "./sjablonen.ts";
import { type Elementen, normaliseer } from "./tekst.ts";
import { capTijd } from "./tijd.ts";

export const CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

export type CapResponseType = "Evacuate" | "Shelter" | "Avoid" | "Execute" | "Monitor" | "AllClear";
export type CapSeverity = "Extreme" | "Severe" | "Moderate" | "Minor";
export type CapCertainty = "Observed" | "Likely" | "Possible";

/** §4c scenario → CAP severity and certainty. An einde-situatie message is Minor/Observed. */
export const SCENARIO_CAP: Record<Scenario, { severity: CapSeverity; certainty: CapCertainty }> = {
  // "Zeer reële informatie ... op korte termijn": not yet happened, but likely.
  "acute-dreiging": { severity: "Extreme", certainty: "Likely" },
  // Active perpetrators: happening now.
  "acute-situatie": { severity: "Extreme", certainty: "Observed" },
  // "Restrisico's": remaining, possible danger.
  nafase: { severity: "Severe", certainty: "Possible" },
};

/**
 * Handelingsperspectief → responseType. `ontkend`: what a negated instruction means — another type
 * ("Verlaat uw woning niet" is staying in: Shelter), `null` (nothing), or absent when the pattern
 * is itself a prohibition ("ga niet naar", "mijd") and a negation check makes no sense.
 */
const RESPONS: { type: CapResponseType; patroon: RegExp; ontkend?: CapResponseType | null }[] = [
  {
    type: "Evacuate",
    patroon:
      /(?<![\p{L}\p{N}])(?:verlaat|verlaten|evacu\p{L}*|leave|vacate|ga (?:\p{L}+ ){0,2}buiten|go (?:\p{L}+ )?outside)(?![\p{L}\p{N}])/iu,
    ontkend: "Shelter",
  },
  {
    type: "Shelter",
    patroon:
      /(verberg|verstop|schuil|blijf binnen|ga (?:naar )?binnen|sluit (?:\w+ )?(?:ramen|deuren)|lock-?down|\bhide\b|shelter|stay (?:inside|indoors)|go (?:inside|indoors)|take cover)/iu,
    ontkend: null,
  },
  {
    type: "Avoid",
    patroon:
      /(\bmijd|vermijd|blijf (?:weg|uit)|ga niet naar(?! (?:buiten|binnen))|kom niet|geef .*ruimte|houd afstand|\bavoid|stay away|keep away|keep clear|give .*room|make way)/iu,
  },
  {
    type: "Execute",
    patroon:
      /(volg (?:de )?(?:instructies|aanwijzingen)|opvolgen|follow (?:the )?(?:instructions|directions|orders))/iu,
    ontkend: null,
  },
  {
    type: "Monitor",
    patroon:
      /(volg (?!(?:de )?(?:instructies|aanwijzingen)).*(nieuws|media|berichtgeving|updates|radio|tv|televisie|account|@|website)|houd .*in de gaten|luister naar|op de hoogte|stay tuned|monitor|listen to|keep (?:yourself )?informed|follow (?!(?:the )?(?:instructions|directions|orders)).*(news|media|updates|radio|account|@))/iu,
    ontkend: null,
  },
];
const RESPONS_ALLE = RESPONS.map((r) => ({ ...r, patroon: new RegExp(r.patroon.source, "giu") }));

/**
 * Handelingsperspectief → CAP responseType (both languages), in a fixed order; an end message is
 * AllClear. Per clause; a negation counts only where it negates the instruction itself (ontkenning.ts).
 */
export function responseTypes(concept: Concept): CapResponseType[] {
  if (concept.kind === "einde-situatie") return ["AllClear"];
  const gevonden = new Set<CapResponseType>();
  for (const actie of [...concept.actions, ...(concept.english?.actions ?? [])])
    for (const deel of zinsdelen(normaliseer(actie)))
      for (const r of RESPONS_ALLE)
        for (const m of deel.matchAll(r.patroon)) {
          if (r.ontkend === undefined || !isOntkend(deel, m.index, m.index + m[0].length, 4))
            gevonden.add(r.type);
          else if (r.ontkend !== null) gevonden.add(r.ontkend);
        }
  return RESPONS.map((r) => r.type).filter((t) => gevonden.has(t));
}

/** CAP msgType: Alert, or Update when it references earlier messages (always for einde situatie). */
export function msgType(concept: Concept): "Alert" | "Update" {
  return concept.kind === "einde-situatie" || (concept.references ?? []).length > 0 ? "Update" : "Alert";
}

export function xmlTekst(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Plain decimal (never exponent notation, which CAP's "lat,lon" form does not allow). */
export function decimaal(x: number): string {
  const s = String(Object.is(x, -0) ? 0 : x);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const [, teken, heel = "", breuk = "", expTekst = "0"] = m;
  const cijfers = heel + breuk;
  const punt = heel.length + Number(expTekst);
  const plain =
    punt <= 0
      ? `0.${"0".repeat(-punt)}${cijfers}`
      : punt >= cijfers.length
        ? cijfers + "0".repeat(punt - cijfers.length)
        : `${cijfers.slice(0, punt)}.${cijfers.slice(punt)}`;
  return teken + plain;
}

/** The first web address in a "meer informatie" text, as an absolute https URL. */
export function webAdres(tekst: string): string | undefined {
  const m = /(https?:\/\/\S+|www\.\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:\/\S*)?)/iu.exec(
    tekst,
  );
  if (!m?.[1]) return undefined;
  const ruw = m[1].replace(/[.,;:!?)"']+$/u, "");
  try {
    const url = new URL(/^https?:\/\//i.test(ruw) ? ruw : `https://${ruw}`);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface CapOpties {
  /** Unique message identifier (CAP §3.2.1: no spaces, commas, < or &), generated by the caller. */
  identifier: string;
  /** The configured sender, e.g. `nl-alert@vr-utrecht.nl`. */
  sender: string;
  /** Human-readable sender, e.g. `Veiligheidsregio Utrecht`. */
  senderName?: string;
  /** Used for `sent` when the draft has none. */
  nu: Date;
}

export type CapResultaat =
  | { ok: true; xml: string; beoordeling: Beoordeling }
  | { ok: false; fouten: Fout[]; beoordeling?: Beoordeling };

interface InfoDeel {
  taal: "nl-NL" | "en-GB";
  elementen: Elementen;
  beschrijving: string;
  eindeVoorvoegsel: string;
}

function element(naam: string, waarde: string | undefined, inspringing: string): string {
  return waarde === undefined || waarde === ""
    ? ""
    : `${inspringing}<${naam}>${xmlTekst(waarde)}</${naam}>\n`;
}

function info(
  concept: Concept,
  deel: InfoDeel,
  opties: CapOpties,
  types: CapResponseType[],
  volledigeTekst?: string,
): string {
  const i = "    ";
  const e = deel.elementen;
  const einde = concept.kind === "einde-situatie";
  const gebeurtenis = einde ? `${deel.eindeVoorvoegsel}: ${e.risico}` : e.risico;
  const { severity, certainty } = einde
    ? { severity: "Minor", certainty: "Observed" }
    : SCENARIO_CAP[concept.scenario];
  let x = "  <info>\n";
  x += element("language", deel.taal, i);
  x += element("category", "Security", i);
  x += element("event", gebeurtenis, i);
  for (const t of types) x += element("responseType", t, i);
  x += element("urgency", "Immediate", i);
  x += element("severity", severity, i);
  x += element("certainty", certainty, i);
  x += element("senderName", opties.senderName, i);
  x += element("headline", `${gebeurtenis} - ${e.locatie}`, i);
  x += element("description", deel.beschrijving, i);
  x += element("instruction", e.handelingsperspectieven.join("\n"), i);
  x += element("web", webAdres(e.meerInformatie), i);
  if (volledigeTekst !== undefined) {
    // The exact cell-broadcast text (both languages, as checked and counted) for the gateway.
    x += `${i}<parameter>\n${i}  <valueName>NL-Alert-tekst</valueName>\n${i}  <value>${xmlTekst(volledigeTekst)}</value>\n${i}</parameter>\n`;
  }
  x += `${i}<area>\n`;
  x += element("areaDesc", e.locatie, `${i}  `);
  const { polygon, circle } = concept.area;
  if (polygon)
    x += element("polygon", polygon.map(([la, lo]) => `${decimaal(la)},${decimaal(lo)}`).join(" "), `${i}  `);
  if (circle)
    x += element(
      "circle",
      `${decimaal(circle.lat)},${decimaal(circle.lon)} ${decimaal(circle.radiusKm)}`,
      `${i}  `,
    );
  x += `${i}</area>\n`;
  x += "  </info>\n";
  return x;
}

function instellingFouten(opties: CapOpties): Fout[] {
  const fouten: Fout[] = [];
  const bron = CONTROLES["cap-instelling-ongeldig"].bron;
  if (!CAP_ID_PATROON.test(opties.identifier))
    fouten.push({
      code: "cap-instelling-ongeldig",
      message: "identifier: het kenmerk ontbreekt of bevat een spatie, komma, < of &.",
      bron,
      veld: "identifier",
    });
  if (!CAP_ID_PATROON.test(opties.sender))
    fouten.push({
      code: "cap-instelling-ongeldig",
      message: "sender: de afzender ontbreekt of bevat een spatie, komma, < of &.",
      bron,
      veld: "sender",
    });
  if (opties.senderName !== undefined && ongeldigTeken(opties.senderName) !== undefined)
    fouten.push({
      code: "cap-instelling-ongeldig",
      message: "senderName bevat een ongeldig teken.",
      bron,
      veld: "senderName",
    });
  return fouten;
}

/**
 * CAP 1.2 XML for a draft, or the reasons it cannot be made: every error of `beoordeel` blocks;
 * warnings do not (they are acknowledged in the release workflow).
 */
export function maakCap(concept: Concept, opties: CapOpties): CapResultaat {
  const beoordeling = beoordeel(concept, opties.nu);
  const fouten: Fout[] = [...beoordeling.fouten, ...instellingFouten(opties)];
  if (fouten.length > 0) return { ok: false, fouten, beoordeling };

  const s = beoordeling.samenstelling;
  const types = responseTypes(concept);
  const refs = (concept.references ?? []).map((r) => `${r.sender},${r.identifier},${r.sent}`).join(" ");
  let x = '<?xml version="1.0" encoding="UTF-8"?>\n';
  x += `<alert xmlns="${CAP_NAMESPACE}">\n`;
  x += element("identifier", opties.identifier, "  ");
  x += element("sender", opties.sender, "  ");
  x += element("sent", capTijd(s.moment), "  ");
  x += element("status", concept.status, "  ");
  x += element("msgType", msgType(concept), "  ");
  x += element("scope", "Public", "  ");
  x += element("references", refs, "  ");
  x += info(
    concept,
    { taal: "nl-NL", elementen: s.elementen.nl, beschrijving: s.nl, eindeVoorvoegsel: EINDE_SITUATIE.nl },
    opties,
    types,
    s.tekst,
  );
  if (s.en !== undefined && s.elementen.en) {
    x += info(
      concept,
      { taal: "en-GB", elementen: s.elementen.en, beschrijving: s.en, eindeVoorvoegsel: EINDE_SITUATIE.en },
      opties,
      types,
    );
  }
  x += "</alert>\n";
  return { ok: true, xml: x, beoordeling };
}
