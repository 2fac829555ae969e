// `knooppunt regiogrenzen import <geojson>`: the administrator loads the outlines of the 25
// safety regions (CBS Gebiedsindelingen via PDOK, e.g. cartomap/nl veiligheidsregio_2025.geojson) so
// the NL-Alert map still shows the regions when the PDOK tiles cannot be reached. All or nothing.
import type { Command } from "commander";
import type { Transaction } from "kysely";
import { SYSTEEM, schrijfAudit } from "../db/audit.ts";
import type { DB } from "../db/schema.ts";
import { VEILIGHEIDSREGIOS } from "../domain/organisaties/referentie.ts";
import type { CliIo } from "./io.ts";
import { leesBestand, openVoorCli } from "./main.ts";

export const REGIOGRENZEN_BRON =
  "Bron: CBS / PDOK – CBS Gebiedsindelingen 2025 (vereenvoudigd via cartomap/nl)";

type Positie = [number, number];
export type Geometrie =
  | { type: "Polygon"; coordinates: Positie[][] }
  | { type: "MultiPolygon"; coordinates: Positie[][][] };

export interface Regiogrens {
  code: string;
  naam: string;
  geometrie: Geometrie;
}

export type GelezenGrenzen = { ok: true; regios: Regiogrens[] } | { ok: false; fouten: string[] };

const isPositie = (p: unknown): p is Positie =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === "number" &&
  typeof p[1] === "number" &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  p[0] >= -180 &&
  p[0] <= 180 &&
  p[1] >= -90 &&
  p[1] <= 90;

/** RFC 7946 §3.1.6: a linear ring has ≥ 4 positions and is closed. */
function ringFout(ring: unknown, waar: string): string | undefined {
  if (!Array.isArray(ring) || ring.length < 4) return `${waar}: een ring heeft minstens 4 posities`;
  const fout = ring.findIndex((p) => !isPositie(p));
  if (fout >= 0) return `${waar}[${fout}]: geen geldige positie [lengtegraad, breedtegraad] in WGS 84`;
  const a = ring[0] as Positie;
  const z = ring[ring.length - 1] as Positie;
  if (a[0] !== z[0] || a[1] !== z[1]) return `${waar}: de ring is niet gesloten (eerste ≠ laatste positie)`;
  return undefined;
}

function polygoonFouten(poly: unknown, waar: string): string[] {
  if (!Array.isArray(poly) || poly.length === 0) return [`${waar}: een polygoon heeft minstens één ring`];
  return poly.map((r, i) => ringFout(r, `${waar}[${i}]`)).filter((f): f is string => f !== undefined);
}

/** Checks a GeoJSON FeatureCollection of the safety regions; Dutch messages naming the feature. */
export function leesRegiogrenzen(tekst: string): GelezenGrenzen {
  let doc: unknown;
  try {
    doc = JSON.parse(tekst);
  } catch (e) {
    return { ok: false, fouten: [`geen geldige JSON: ${(e as Error).message}`] };
  }
  const d = doc as { type?: unknown; features?: unknown };
  if (d?.type !== "FeatureCollection" || !Array.isArray(d.features))
    return {
      ok: false,
      fouten: ['verwacht een GeoJSON FeatureCollection ("type": "FeatureCollection" met "features")'],
    };
  const bekend = new Map(VEILIGHEIDSREGIOS.map(([code, naam]) => [code, naam]));
  const fouten: string[] = [];
  const regios: Regiogrens[] = [];
  const gezien = new Set<string>();
  for (const [i, f] of (d.features as unknown[]).entries()) {
    const feat = f as {
      type?: unknown;
      properties?: Record<string, unknown>;
      geometry?: { type?: unknown; coordinates?: unknown };
    };
    const waar = `features[${i}]`;
    if (feat?.type !== "Feature") {
      fouten.push(`${waar}: geen Feature`);
      continue;
    }
    const code = String(feat.properties?.statcode ?? feat.properties?.code ?? "");
    if (!bekend.has(code)) {
      fouten.push(`${waar}: onbekende veiligheidsregiocode '${code}' (verwacht VR01–VR25 in statcode)`);
      continue;
    }
    if (gezien.has(code)) {
      fouten.push(`${waar}: ${code} komt twee keer voor`);
      continue;
    }
    gezien.add(code);
    const g = feat.geometry;
    let gf: string[];
    if (g?.type === "Polygon") gf = polygoonFouten(g.coordinates, `${waar} (${code}).geometry`);
    else if (g?.type === "MultiPolygon")
      gf =
        Array.isArray(g.coordinates) && g.coordinates.length > 0
          ? g.coordinates.flatMap((p, j) => polygoonFouten(p, `${waar} (${code}).geometry[${j}]`))
          : [`${waar} (${code}): een MultiPolygon zonder polygonen`];
    else gf = [`${waar} (${code}): geometrie moet Polygon of MultiPolygon zijn (was ${String(g?.type)})`];
    if (gf.length) {
      fouten.push(...gf.slice(0, 3));
      continue;
    }
    regios.push({
      code,
      naam: String(feat.properties?.statnaam ?? bekend.get(code)),
      geometrie: g as unknown as Geometrie,
    });
  }
  if (!fouten.length && regios.length === 0) fouten.push("de FeatureCollection bevat geen regio's");
  return fouten.length ? { ok: false, fouten: fouten.slice(0, 20) } : { ok: true, regios };
}

/** Replaces the stored outlines by these (one transaction, one audit record). */
export async function schrijfRegiogrenzen(
  trx: Transaction<DB>,
  regios: readonly Regiogrens[],
  bron = REGIOGRENZEN_BRON,
): Promise<{ regios: number }> {
  await trx.deleteFrom("regiogrenzen").execute();
  for (const r of regios)
    await trx
      .insertInto("regiogrenzen")
      .values({ code: r.code, naam: r.naam, geometrie: JSON.stringify(r.geometrie), bron })
      .execute();
  await schrijfAudit(
    trx,
    { ...SYSTEEM, naam: "cli" },
    {
      actie: "regiogrenzen.geimporteerd",
      onderwerpSoort: "regiogrenzen",
      gegevens: { codes: regios.map((r) => r.code), bron },
    },
  );
  return { regios: regios.length };
}

export async function regiogrenzenImport(io: CliIo, pad: string): Promise<number> {
  let tekst: string;
  try {
    tekst = leesBestand(pad);
  } catch (e) {
    io.stderr(`knooppunt: kan '${pad}' niet lezen: ${(e as Error).message}`);
    return 1;
  }
  const g = leesRegiogrenzen(tekst);
  if (!g.ok) {
    io.stderr(`knooppunt: ${pad} is niet geïmporteerd:\n${g.fouten.map((f) => `  - ${f}`).join("\n")}`);
    return 1;
  }
  const { database } = await openVoorCli();
  try {
    const r = await database.db.transaction().execute((trx) => schrijfRegiogrenzen(trx, g.regios));
    io.stdout(
      JSON.stringify({ geimporteerd: r.regios, codes: g.regios.map((x) => x.code), bron: REGIOGRENZEN_BRON }),
    );
    return 0;
  } finally {
    await database.close();
  }
}

export function regiogrenzenCommands(program: Command, io: CliIo, zetExit: (c: number) => void) {
  const g = program
    .command("regiogrenzen")
    .description("Grenzen van de veiligheidsregio's voor de offline kaart");
  g.command("import")
    .description(
      "Importeert de veiligheidsregio's uit GeoJSON (FeatureCollection, statcode VR01–VR25); alles of niets",
    )
    .argument("<geojson>", "pad naar het GeoJSON-bestand")
    .action(async (pad: string) => zetExit(await regiogrenzenImport(io, pad)));
}
