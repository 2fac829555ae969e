// Great-circle distance and arrival time as the allocation contract defines them (issue 5).
export const AARDSTRAAL_KM = 6371;

export interface Punt {
  lat: number;
  lon: number;
}

const RAD = Math.PI / 180;

/** Haversine distance in km on a sphere of radius 6371 km. */
export function afstandKm(a: Punt, b: Punt): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * s2 * s2;
  return 2 * AARDSTRAAL_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Arrival in minutes: ready time plus travel at `speedKmh` over the great-circle distance. */
export function aankomstMinuten(readyMinutes: number, base: Punt, doel: Punt, speedKmh: number): number {
  return readyMinutes + (afstandKm(base, doel) / speedKmh) * 60;
}
