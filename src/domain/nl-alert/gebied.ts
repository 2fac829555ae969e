// Where a broadcast area lies against the bevoegde's safety region, and how large it is (review
// finding 7; ADR 0251). Pure and browser-safe: the composer runs the same code as the server.
// Geometry on a local flat projection around the area (equirectangular): at the scale of a safety
// region (≤ ~100 km) the error is far below the generalisation of the region outlines.
import type { Gebied } from "./concept.ts";

/** A GeoJSON position: [longitude, latitude] (RFC 7946), as the region outlines are stored. */
type LonLat = number[];
export type RegioGeometrie =
  | { type: "Polygon"; coordinates: LonLat[][] }
  | { type: "MultiPolygon"; coordinates: LonLat[][][] };

/** The outline of one safety region (table regiogrenzen, `knooppunt regiogrenzen import`). */
export interface RegioVorm {
  code: string;
  naam: string;
  geometrie: RegioGeometrie;
}

/**
 * The imported outlines are generalised (CBS "gegeneraliseerd", then mapshaper 10% and 0.001°): a
 * border vertex can lie a few hundred metres off. What lies within this distance of the border
 * counts as inside, so an area drawn up to the real border does not trip the check (ADR 0251).
 */
export const GRENS_TOLERANTIE_KM = 1;

/**
 * §4a.1 "burgers in de directe omgeving van het incident": above this size an alert is no longer
 * "directe omgeving" without a second look. 100 km² is about a whole city (the municipality of
 * Utrecht is 99 km²; a circle of 5.6 km radius). A warning, not a limit (ADR 0251).
 */
export const DIRECTE_OMGEVING_KM2 = 100;

const KM_PER_GRAAD_BREEDTE = 110.574;
const KM_PER_GRAAD_LENGTE_EVENAAR = 111.32;
const CIRKEL_HOEKEN = 72;

type Punt = [x: number, y: number];
type Ring = Punt[];

interface Projectie {
  naar(lat: number, lon: number): Punt;
}

function projectie(lat0: number): Projectie {
  const kx = KM_PER_GRAAD_LENGTE_EVENAAR * Math.cos((lat0 * Math.PI) / 180);
  return { naar: (lat, lon) => [lon * kx, lat * KM_PER_GRAAD_BREEDTE] };
}

function middenBreedte(g: Gebied): number {
  if (g.circle) return g.circle.lat;
  const p = g.polygon ?? [];
  return p.length ? p.reduce((s, [lat]) => s + lat, 0) / p.length : 52;
}

/** The area as rings in km: the polygon, and the circle as a 72-gon (CAP: polygon and/or circle). */
function gebiedRingen(g: Gebied, pr: Projectie): Ring[] {
  const uit: Ring[] = [];
  if (g.polygon && g.polygon.length >= 3) uit.push(g.polygon.map(([lat, lon]) => pr.naar(lat, lon)));
  if (g.circle) {
    const [cx, cy] = pr.naar(g.circle.lat, g.circle.lon);
    const r = g.circle.radiusKm;
    const ring: Ring = [];
    for (let i = 0; i <= CIRKEL_HOEKEN; i++) {
      const h = (2 * Math.PI * i) / CIRKEL_HOEKEN;
      ring.push([cx + r * Math.cos(h), cy + r * Math.sin(h)]);
    }
    uit.push(ring);
  }
  return uit;
}

/** Ray casting (even-odd); the ring may or may not repeat its first point. */
export function inRing([x, y]: Punt, ring: readonly Punt[]): boolean {
  let binnen = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) binnen = !binnen;
  }
  return binnen;
}

function afstandTotLijnstuk([px, py]: Punt, [ax, ay]: Punt, [bx, by]: Punt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function afstandTotRingen(p: Punt, ringen: readonly Ring[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const r of ringen)
    for (let i = 1; i < r.length; i++) min = Math.min(min, afstandTotLijnstuk(p, r[i - 1]!, r[i]!));
  return min;
}

/** Polygon shoelace area of one ring, in km². */
function ringOppervlakte(r: Ring): number {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += (r[j]![0] + r[i]![0]) * (r[j]![1] - r[i]![1]);
  return Math.abs(s) / 2;
}

/**
 * The size of the broadcast area in km². A circle is π r²; with both a polygon and a circle the
 * sum (an upper bound of their union: CAP sends to both).
 */
export function oppervlakteKm2(g: Gebied): number {
  const pr = projectie(middenBreedte(g));
  let s = 0;
  if (g.polygon && g.polygon.length >= 3) s += ringOppervlakte(gebiedRingen({ polygon: g.polygon }, pr)[0]!);
  if (g.circle) s += Math.PI * g.circle.radiusKm ** 2;
  return s;
}

export type LiggingSoort = "binnen" | "deels" | "buiten";

export interface Ligging {
  soort: LiggingSoort;
  /** Share of the area (sampled on a grid) outside the region, 0..1, after the border tolerance. */
  aandeelBuiten: number;
}

/** Points along the ring's edges, no further apart than `stap` km. */
function langsRand(r: Ring, stap: number): Punt[] {
  const uit: Punt[] = [];
  for (let i = 1; i < r.length; i++) {
    const a = r[i - 1]!;
    const b = r[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / stap));
    for (let k = 0; k < n; k++) uit.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return uit;
}

/**
 * Whether the area (polygon and/or circle) lies within the region. Samples the area's border (at
 * most ~50 m apart for small areas) and a 30×30 grid inside it against the region's polygons; a
 * region vertex deep inside the area means the region's border runs through it. Points within
 * `tolerantieKm` of the region border count as inside (generalised outlines).
 */
export function ligging(g: Gebied, regio: RegioGeometrie, tolerantieKm = GRENS_TOLERANTIE_KM): Ligging {
  // Far beyond any safety region: no need to sample (and the flat projection no longer holds).
  if ((g.circle?.radiusKm ?? 0) > 1000) return { soort: "deels", aandeelBuiten: 1 };
  const pr = projectie(middenBreedte(g));
  const ringen = gebiedRingen(g, pr);
  if (!ringen.length) return { soort: "binnen", aandeelBuiten: 0 };
  const polygonen = (regio.type === "Polygon" ? [regio.coordinates] : regio.coordinates).map((poly) =>
    poly.map((ring) => ring.map(([lon, lat]) => pr.naar(lat ?? 0, lon ?? 0))),
  );
  const regioRingen = polygonen.flat();
  const inRegio = (p: Punt) =>
    polygonen.some(([buiten, ...gaten]) => !!buiten && inRing(p, buiten) && !gaten.some((h) => inRing(p, h)));
  const binnenMetMarge = (p: Punt) => inRegio(p) || afstandTotRingen(p, regioRingen) <= tolerantieKm;
  const inGebied = (p: Punt) => ringen.some((r) => inRing(p, r));

  // Border samples.
  const omtrek = ringen.reduce(
    (s, r) => s + r.slice(1).reduce((t, b, i) => t + Math.hypot(b[0] - r[i]![0], b[1] - r[i]![1]), 0),
    0,
  );
  const stap = Math.max(0.05, omtrek / 600);
  const rand = ringen.flatMap((r) => langsRand(r, stap));
  // Interior samples on a grid over the bounding box.
  const alle = ringen.flat();
  const xs = alle.map((p) => p[0]);
  const ys = alle.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const N = 30;
  const binnenste: Punt[] = [];
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      const p: Punt = [x0 + ((x1 - x0) * (i + 0.5)) / N, y0 + ((y1 - y0) * (j + 0.5)) / N];
      if (inGebied(p)) binnenste.push(p);
    }
  const vlak = binnenste.length ? binnenste : rand;

  const regioPuntenInGebied = regioRingen.flat().filter(inGebied);
  const buitenAandeel = vlak.filter((p) => !binnenMetMarge(p)).length / vlak.length;
  const geheelBinnen =
    rand.every(binnenMetMarge) &&
    buitenAandeel === 0 &&
    !regioPuntenInGebied.some((v) => afstandTotRingen(v, ringen) > tolerantieKm);
  if (geheelBinnen) return { soort: "binnen", aandeelBuiten: 0 };
  const geheelBuiten = !rand.some(inRegio) && !vlak.some(inRegio) && regioPuntenInGebied.length === 0;
  return { soort: geheelBuiten ? "buiten" : "deels", aandeelBuiten: geheelBuiten ? 1 : buitenAandeel };
}
