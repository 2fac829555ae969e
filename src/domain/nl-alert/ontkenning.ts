// Clauses and negation for the text patterns of the checks (controles.ts) and the CAP responseType
// (cap.ts). A negation counts only where it negates the matched instruction itself ("Ga niet naar X",
// "Do not go to X", "Verlaat uw woning niet"), not somewhere else in the clause ("Ga naar X als het
// niet lukt het gebied te verlaten"): review finding 5, ADR 0200.

/** A letter or digit, Unicode-aware: JS \b only knows ASCII, and Dutch has é, ë, ó. */
export const L = "[\\p{L}\\p{N}]";
export const woord = (bron: string) => new RegExp(`(?<!${L})(?:${bron})(?!${L})`, "iu");

export const ONTKENNING = woord(
  "niet|geen|nooit|nergens|not|don't|dont|do not|never|no|cannot|can't|mustn't|must not",
);

// Sentence punctuation only before a space or the end, so "politie.nl" stays one word.
const ZINSDELEN = /[.,;:!?]+(?=\s|$)|[()\n]+|\s+(?:en|of|óf|maar|and|or|but)\s+/iu;

/** A condition or reason after the instruction: its words do not belong to the instruction. */
export const BIJZIN =
  /\s+(?:als|wanneer|indien|tenzij|zodra|zolang|omdat|totdat|if|when|unless|until|once|because|as long as)\s+/iu;

/** The clauses of one text (split on sentence punctuation and on en/of/maar). */
export function zinsdelen(tekst: string): string[] {
  return tekst
    .split(ZINSDELEN)
    .map((d) => d.trim())
    .filter((d) => d !== "");
}

/** The main part of a clause, before a subordinate clause ("… als het niet lukt …"). */
export function hoofdzin(deel: string): string {
  return deel.split(BIJZIN)[0] ?? deel;
}

const woorden = (s: string) => s.trim().split(/\s+/u).filter(Boolean);

/**
 * Whether the instruction at `deel[begin, eind)` is negated: a negation word directly before it
 * ("Do not go", "Niet verzamelen"), inside it ("Ga niet naar"), or within `na` words after it and
 * before any subordinate clause ("Verzamel je niet", "Verlaat uw woning niet").
 */
export function isOntkend(deel: string, begin: number, eind: number, na = 0): boolean {
  // One word before: "Do not go", "Don't gather", "Never head", "Niet verzamelen". Not more, so the
  // "niet" of "Als het niet lukt ga naar X" does not count.
  const ervoor = woorden(deel.slice(0, begin)).slice(-1).join(" ");
  if (ONTKENNING.test(ervoor)) return true;
  if (ONTKENNING.test(deel.slice(begin, eind))) return true;
  if (na === 0) return false;
  const daarna = woorden(hoofdzin(` ${deel.slice(eind)}`))
    .slice(0, na)
    .join(" ");
  return ONTKENNING.test(daarna);
}
