// CSV for Excel as Dutch users open it: UTF-8 with BOM, ';' as separator (the Dutch list separator),
// CRLF line ends, fields quoted when needed, and no cell that Excel would read as a formula.
export function csv(koppen: string[], rijen: (string | number | null)[][]): string {
  const cel = (v: string | number | null) => {
    let s = v === null ? "" : String(v);
    // CSV injection: a leading = + - @ would start a formula in Excel.
    if (/^[=+\-@\t\r]/.test(s) && typeof v !== "number") s = `'${s}`;
    return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[koppen, ...rijen].map((r) => r.map(cel).join(";")).join("\r\n")}\r\n`;
}
