// Built-in reference organisations. Regions and police units are fixed by law (Wet
// veiligheidsregio's, bijlage; Politiewet 2012 art. 25 and the Besluit indeling regionale
// eenheden); municipalities are imported (knooppunt gemeenten import). Ids are stable: they end
// up in audit records and request numbers.

export const ORGANISATIE_SOORTEN = {
  veiligheidsregio: "Veiligheidsregio",
  gemeente: "Gemeente",
  politie: "Politie (korps)",
  "politie-eenheid": "Politie-eenheid",
  "politie-onderdeel": "Onderdeel politie",
  kmar: "Koninklijke Marechaussee",
  "kmar-onderdeel": "Onderdeel KMar",
  defensie: "Defensie",
  "defensie-onderdeel": "Onderdeel Defensie",
  locc: "LOCC",
  nctv: "NCTV",
  "nctv-onderdeel": "Onderdeel NCTV",
  ncc: "Nationaal Crisiscentrum",
  om: "Openbaar Ministerie",
  "om-onderdeel": "Onderdeel OM",
  arrondissementsparket: "Arrondissementsparket",
  ministerie: "Ministerie",
  "ministerie-onderdeel": "Onderdeel ministerie",
  ifv: "Instituut Fysieke Veiligheid",
} as const;
export type OrganisatieSoort = keyof typeof ORGANISATIE_SOORTEN;

export interface Organisatie {
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  ouderId: string | null;
  /** The veiligheidsregio an organisation belongs to, where it belongs to one. */
  regioId: string | null;
  /** Official code (VR09, RE03, GM0344), where there is one. */
  code: string | null;
}

/** VR code → name, police unit code (CBS Gebiedsindelingen 2025; Wet veiligheidsregio's bijlage). */
export const VEILIGHEIDSREGIOS: readonly [code: string, naam: string, eenheid: string][] = [
  ["VR01", "Groningen", "RE01"],
  ["VR02", "Fryslân", "RE01"],
  ["VR03", "Drenthe", "RE01"],
  ["VR04", "IJsselland", "RE02"],
  ["VR05", "Twente", "RE02"],
  ["VR06", "Noord- en Oost-Gelderland", "RE02"],
  ["VR07", "Gelderland-Midden", "RE02"],
  ["VR08", "Gelderland-Zuid", "RE02"],
  ["VR09", "Utrecht", "RE03"],
  ["VR10", "Noord-Holland-Noord", "RE04"],
  ["VR11", "Zaanstreek-Waterland", "RE04"],
  ["VR12", "Kennemerland", "RE04"],
  ["VR13", "Amsterdam-Amstelland", "RE05"],
  ["VR14", "Gooi en Vechtstreek", "RE03"],
  ["VR15", "Haaglanden", "RE06"],
  ["VR16", "Hollands-Midden", "RE06"],
  ["VR17", "Rotterdam-Rijnmond", "RE07"],
  ["VR18", "Zuid-Holland-Zuid", "RE07"],
  ["VR19", "Zeeland", "RE08"],
  ["VR20", "Midden- en West-Brabant", "RE08"],
  ["VR21", "Brabant-Noord", "RE09"],
  ["VR22", "Brabant-Zuidoost", "RE09"],
  ["VR23", "Limburg-Noord", "RE10"],
  ["VR24", "Limburg-Zuid", "RE10"],
  ["VR25", "Flevoland", "RE03"],
];

export const POLITIE_EENHEDEN: readonly [code: string, naam: string][] = [
  ["RE01", "Noord-Nederland"],
  ["RE02", "Oost-Nederland"],
  ["RE03", "Midden-Nederland"],
  ["RE04", "Noord-Holland"],
  ["RE05", "Amsterdam"],
  ["RE06", "Den Haag"],
  ["RE07", "Rotterdam"],
  ["RE08", "Zeeland-West-Brabant"],
  ["RE09", "Oost-Brabant"],
  ["RE10", "Limburg"],
];

export const vrId = (code: string) => code.toLowerCase();
export const eenheidId = (code: string) => `politie-${code.toLowerCase()}`;
export const rccbId = (code: string) => `politie-${code.toLowerCase()}-rccb`;
export const parketId = (code: string) => `om-parket-${code.toLowerCase()}`;
export const ovrId = (vrCode: string) => `defensie-ovr-${vrCode.toLowerCase()}`;
export const gemeenteId = (code: string) => code.toLowerCase();

function org(
  id: string,
  naam: string,
  soort: OrganisatieSoort,
  ouderId: string | null = null,
  regioId: string | null = null,
  code: string | null = null,
): Organisatie {
  return { id, naam, soort, ouderId, regioId, code };
}

/** Every built-in organisation, parents before children. */
export function referentieOrganisaties(): Organisatie[] {
  const o: Organisatie[] = [];
  for (const [code, naam] of VEILIGHEIDSREGIOS)
    o.push(org(vrId(code), `Veiligheidsregio ${naam}`, "veiligheidsregio", null, null, code));

  o.push(org("politie", "Nationale Politie (korpsleiding)", "politie"));
  for (const [code, naam] of POLITIE_EENHEDEN) {
    o.push(org(eenheidId(code), `Eenheid ${naam}`, "politie-eenheid", "politie", null, code));
    o.push(org(rccbId(code), `RCCB Eenheid ${naam}`, "politie-onderdeel", eenheidId(code)));
  }
  o.push(org("politie-le", "Landelijke Eenheid", "politie-eenheid", "politie", null, "LE"));
  o.push(org("politie-le-rccb", "RCCB Landelijke Eenheid", "politie-onderdeel", "politie-le"));
  o.push(
    org("politie-le-pob", "LE-POB (Preparatie en Operationeel Beheer)", "politie-onderdeel", "politie-le"),
  );
  o.push(
    org(
      "politie-le-operaties",
      "Landelijke Eenheid – Operaties (HOvD LE)",
      "politie-onderdeel",
      "politie-le",
    ),
  );
  o.push(org("politie-nsgbo", "Staf NSGBO", "politie-onderdeel", "politie"));

  o.push(org("kmar", "Koninklijke Marechaussee", "kmar"));
  o.push(org("kmar-ccb", "CCB-KMar", "kmar-onderdeel", "kmar"));
  o.push(org("kmar-dops", "DOPS-KMar", "kmar-onderdeel", "kmar"));
  o.push(org("kmar-sgbo", "SGBO KMar", "kmar-onderdeel", "kmar"));

  o.push(org("defensie", "Ministerie van Defensie", "defensie"));
  o.push(org("defensie-djz", "Defensie – Directie Juridische Zaken", "defensie-onderdeel", "defensie"));
  o.push(org("defensie-doc", "Defensie Operatiecentrum (DOC)", "defensie-onderdeel", "defensie"));
  o.push(org("defensie-dops-natops", "DOPS NATOPS", "defensie-onderdeel", "defensie"));
  o.push(org("defensie-cds", "Commandant der Strijdkrachten", "defensie-onderdeel", "defensie"));
  for (const [code, naam] of VEILIGHEIDSREGIOS)
    o.push(org(ovrId(code), `OVR Defensie ${naam}`, "defensie-onderdeel", "defensie", vrId(code)));

  o.push(org("locc", "Landelijk Operationeel Coördinatiecentrum", "locc"));
  o.push(org("nctv", "NCTV", "nctv"));
  o.push(org("nctv-cbb", "NCTV – Coördinator Bewaken en Beveiligen", "nctv-onderdeel", "nctv"));
  o.push(org("nctv-db3", "NCTV – DB3 (piket)", "nctv-onderdeel", "nctv"));
  o.push(org("ncc", "Nationaal Crisiscentrum", "ncc"));
  // A consultation, not an owner of capacity; it gets an id because plans are submitted to it.
  o.push(
    org(
      "crisisberaad-opschaling-bb",
      "Crisisberaad Opschaling Bewaken en Beveiligen",
      "nctv-onderdeel",
      "nctv",
    ),
  );

  o.push(org("om", "Openbaar Ministerie", "om"));
  o.push(org("om-pg", "College van procureurs-generaal / Parket-Generaal", "om-onderdeel", "om"));
  for (const [code, naam] of POLITIE_EENHEDEN)
    o.push(org(parketId(code), `Arrondissementsparket ${naam}`, "arrondissementsparket", "om", null, code));

  o.push(org("jenv", "Ministerie van Justitie en Veiligheid", "ministerie"));
  o.push(org("jenv-ozi", "JenV – Operationele Zaken en Incidentmanagement", "ministerie-onderdeel", "jenv"));
  o.push(org("jenv-dgpol", "JenV – Directoraat-Generaal Politie", "ministerie-onderdeel", "jenv"));
  o.push(org("ifv", "Instituut Fysieke Veiligheid", "ifv"));
  return o;
}

/** Police unit code (RE01..RE10) that covers a safety region. */
export function eenheidVanRegio(vrCode: string): string | undefined {
  return VEILIGHEIDSREGIOS.find(([c]) => c === vrCode.toUpperCase())?.[2];
}

export interface GemeenteRegel {
  code: string;
  naam: string;
  vrCode: string;
  eenheidCode: string;
  provincie: string;
}

export class ImportFout extends Error {
  constructor(
    readonly regel: number,
    readonly veld: string,
    message: string,
  ) {
    super(`regel ${regel}, ${veld}: ${message}`);
  }
}

/**
 * Parses a municipalities CSV shaped like CBS's gemeenten.csv: header with at least gemeentecode,
 * gemeentenaam, veiligheidsregio_code, politie_eenheid_code, provincie. All-or-nothing: any bad
 * line throws before anything is written.
 */
export function parseGemeentenCsv(text: string): GemeenteRegel[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const header = splitCsv(lines[0] ?? "");
  const need = ["gemeentecode", "gemeentenaam", "veiligheidsregio_code", "politie_eenheid_code", "provincie"];
  for (const k of need) if (!header.includes(k)) throw new ImportFout(1, k, "kolom ontbreekt in de kop");
  const idx = (k: string) => header.indexOf(k);
  const vrs = new Set(VEILIGHEIDSREGIOS.map(([c]) => c));
  const out: GemeenteRegel[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    const f = splitCsv(line);
    const get = (k: string) => (f[idx(k)] ?? "").trim();
    const code = get("gemeentecode").toUpperCase();
    if (!/^GM\d{4}$/.test(code))
      throw new ImportFout(n, "gemeentecode", `ongeldige code '${code}' (verwacht GM + 4 cijfers)`);
    if (seen.has(code)) throw new ImportFout(n, "gemeentecode", `dubbele code ${code}`);
    seen.add(code);
    const naam = get("gemeentenaam");
    if (!naam) throw new ImportFout(n, "gemeentenaam", "leeg");
    const vrCode = get("veiligheidsregio_code").toUpperCase();
    if (!vrs.has(vrCode)) throw new ImportFout(n, "veiligheidsregio_code", `onbekende regio '${vrCode}'`);
    const eenheidCode = get("politie_eenheid_code").toUpperCase();
    if (eenheidVanRegio(vrCode) !== eenheidCode)
      throw new ImportFout(n, "politie_eenheid_code", `${eenheidCode} hoort niet bij ${vrCode}`);
    out.push({ code, naam, vrCode, eenheidCode, provincie: get("provincie") });
  });
  return out;
}

export function gemeenteOrganisatie(g: GemeenteRegel): Organisatie {
  return org(gemeenteId(g.code), `Gemeente ${g.naam}`, "gemeente", vrId(g.vrCode), vrId(g.vrCode), g.code);
}

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
