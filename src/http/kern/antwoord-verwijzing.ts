// An idempotent answer stored by reference (ADR 0672): a request command's answer is the request's
// state at the version the command left (12–25 kB), which the events can rebuild exactly. The
// marker row keeps only what the events cannot give (status, capacity outcome); a replay — rare:
// a retried click — asks the route that registered the kind to rebuild the body.
import type { Database } from "../../db/database.ts";

export const ANTWOORD_VERWIJZING = "application/vnd.knooppunt.antwoord-verwijzing+json";

export interface AanvraagAntwoordVerwijzing {
  soort: "aanvraag";
  id: string;
  versie: number;
  capaciteit?: unknown;
}

export type AntwoordVerwijzing = AanvraagAntwoordVerwijzing;

type Herbouwer = (database: Database, v: AntwoordVerwijzing) => Promise<unknown>;
const herbouwers = new Map<AntwoordVerwijzing["soort"], Herbouwer>();

export function registreerAntwoordHerbouw(soort: AntwoordVerwijzing["soort"], h: Herbouwer): void {
  herbouwers.set(soort, h);
}

/** The body the route answered with, rebuilt; throws when the kind is unknown or the data gone. */
export async function herbouwAntwoord(database: Database, opgeslagen: string): Promise<unknown> {
  const v = JSON.parse(opgeslagen) as AntwoordVerwijzing;
  const h = herbouwers.get(v.soort);
  if (!h) throw new Error(`geen herbouw voor antwoord van soort ${String(v.soort)}`);
  return h(database, v);
}
