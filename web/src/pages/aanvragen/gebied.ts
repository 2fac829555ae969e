// The municipalities the form offers as the place of the incident: the server's list for the
// procedure and region (GET /aanvragen/gebied, ADR 0604, 0614), never a rule of its own.
import { useEffect, useState } from "react";
import type { Organisatie } from "../../api.ts";
import { aanvragenApi, type Gebied } from "./api.ts";

/** "geen": procedure or region not chosen yet; "fout": the list could not be fetched. */
export type GebiedStand =
  | { stand: "geen" | "laden" | "fout" }
  | { stand: "klaar"; gebied: Gebied; procedureId: string; regio: string };

export function useGebied(procedureId: string, regio: string): GebiedStand {
  const [s, zetS] = useState<GebiedStand>({ stand: "geen" });
  useEffect(() => {
    if (!procedureId || !regio) {
      zetS({ stand: "geen" });
      return;
    }
    let actief = true;
    zetS({ stand: "laden" });
    aanvragenApi
      .gebied(procedureId, regio)
      .then((gebied) => actief && zetS({ stand: "klaar", gebied, procedureId, regio }))
      .catch(() => actief && zetS({ stand: "fout" }));
    return () => {
      actief = false;
    };
  }, [procedureId, regio]);
  // Until the effect has run, an area of the previous choice is not this one's.
  if (s.stand === "klaar" && (s.procedureId !== procedureId || s.regio !== regio))
    return procedureId && regio ? { stand: "laden" } : { stand: "geen" };
  return s;
}

/**
 * The checkboxes: the area's municipalities, plus every chosen one (a chosen municipality outside
 * the area stays visible, so the server's refusal beside the field can be acted on). While the
 * area is loading only the chosen ones; without an area (nothing chosen yet, or the lookup
 * failed) all of them: the server checks what is sent.
 */
export function gemeentenVoorKeuze(
  alle: readonly Organisatie[],
  s: GebiedStand,
  gekozen: readonly string[],
): Organisatie[] {
  if (s.stand === "geen" || s.stand === "fout") return [...alle];
  const binnen = new Set(s.stand === "klaar" ? s.gebied.gemeenten : []);
  return alle.filter((g) => binnen.has(g.id) || gekozen.includes(g.id));
}

/** The sentence under the checkboxes' legend that says whose area it is. */
export function gebiedUitleg(s: GebiedStand): string | undefined {
  if (s.stand === "klaar") return s.gebied.omschrijving;
  if (s.stand === "laden") return "De gemeenten van het gebied worden geladen.";
  if (s.stand === "fout")
    return "De gemeenten van het gebied konden niet worden geladen; de server controleert uw keuze.";
  return undefined;
}
