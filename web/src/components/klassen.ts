/** Joins class names, skipping empty ones. */
export function klassen(...namen: (string | false | null | undefined)[]): string {
  return namen.filter(Boolean).join(" ");
}
