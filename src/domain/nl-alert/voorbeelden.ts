// Example drafts built from the guideline's blocks, for tests, demos and the composer's empty state.
import type { Concept } from "./concept.ts";

/** A closed ring around the Utrecht 24 Oktoberplein area (lat, lon). */
export const VOORBEELD_POLYGOON: [number, number][] = [
  [52.0895, 5.0895],
  [52.0935, 5.0985],
  [52.0875, 5.1045],
  [52.0835, 5.0945],
  [52.0895, 5.0895],
];

/** A complete acute-situatie alert with an English part, valid and free of errors. */
export function voorbeeldAlert(overschrijf: Partial<Concept> = {}): Concept {
  return {
    kind: "alert",
    scenario: "acute-situatie",
    status: "Actual",
    risk: "Grote schietpartij",
    location: "Utrecht, 24 Oktoberplein en omgeving",
    actions: ["Verlaat direct het gebied"],
    moreInfo: "Meer informatie op politie.nl",
    area: { polygon: VOORBEELD_POLYGOON },
    ...overschrijf,
  };
}

/** An einde-situatie message referencing an earlier alert. */
export function voorbeeldEinde(overschrijf: Partial<Concept> = {}): Concept {
  return {
    kind: "einde-situatie",
    scenario: "acute-situatie",
    status: "Actual",
    risk: "Grote schietpartij",
    location: "Utrecht, 24 Oktoberplein en omgeving",
    actions: ["U hoeft het gebied niet meer te vermijden"],
    moreInfo: "Meer informatie op politie.nl",
    area: { polygon: VOORBEELD_POLYGOON },
    references: [
      { sender: "nl-alert@vr-utrecht.nl", identifier: "vru-2019-0001", sent: "2019-03-18T10:45:00+01:00" },
    ],
    ...overschrijf,
  };
}
