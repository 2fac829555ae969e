// Warnings a capaciteiten- en inzetplan carries. They do not block: the bevoegd gezag judges whether
// the capacity at hand is sufficient; the plan makes sure the Crisisberaad sees the question.
// Decision: docs/adr/0351-capaciteit-inzetplan.md.

export interface PlanWaarschuwing {
  code: "bewakingseenheden-vrij" | "instemming-ovj-ontbreekt";
  tekst: string;
  bron: string;
}

export const TIN_TYPE = "defensie-tin-peloton";
/** The police and KMar guarding units that TIN platoons support (LCP §6.2.2, leesbaar 66-67). */
export const BEWAKINGSEENHEDEN = ["politie-bewakingseenheid", "kmar-bewakingseenheid"] as const;

export const BRON_TOEREIKEND =
  'LCP extreem geweld en terrorisme §6.2.2 Capaciteitsdruk (leesbaar 49-51): "Op het moment dat politie- en KMar-capaciteiten niet meer toereikend zijn, kan het bevoegd gezag via het LOCC met een verzoek om bijstand van Defensie vragen"; TIN-bijstand "is bedoeld ter ondersteuning van de bewakingseenheden van de politie en de KMar" (leesbaar 66-67)';

/**
 * Defence TIN demand while police or KMar guarding units are free for the whole plan period: the
 * source's precondition ("niet meer toereikend") is in doubt, so the plan says so. `vrij` counts the
 * units free for the whole period per type; `tinVraag` is the open TIN demand in the plan.
 */
export function tinWaarschuwing(
  tinVraag: number,
  vrij: Partial<Record<(typeof BEWAKINGSEENHEDEN)[number], number>>,
): PlanWaarschuwing | null {
  const politie = vrij["politie-bewakingseenheid"] ?? 0;
  const kmar = vrij["kmar-bewakingseenheid"] ?? 0;
  if (tinVraag <= 0 || politie + kmar <= 0) return null;
  const delen = [
    politie > 0 ? `${politie} bewakingseenhe${politie === 1 ? "id" : "den"} van de politie` : "",
    kmar > 0 ? `${kmar} bewakingseenhe${kmar === 1 ? "id" : "den"} van de KMar` : "",
  ].filter(Boolean);
  return {
    code: "bewakingseenheden-vrij",
    tekst: `Let op: dit plan verdeelt ${tinVraag} TIN-peloton${tinVraag === 1 ? "" : "s"} van Defensie, terwijl in de hele planperiode ${delen.join(" en ")} vrij ${politie + kmar === 1 ? "is" : "zijn"} in het register. Bijstand van Defensie is er "op het moment dat politie- en KMar-capaciteiten niet meer toereikend zijn". Het bevoegd gezag beoordeelt of de eigen capaciteit toereikend is; leg vast waarom die vrije eenheden niet volstaan (bijvoorbeeld elders nodig, ongeschikt, te ver). Dit is een waarschuwing, geen weigering.`,
    bron: BRON_TOEREIKEND,
  };
}
