// Plain-text tables for the terminal: text columns to the left, figures to the right.

const FIGURE = /^[-+]?[\d.,]+(?:%|\s?ms|\s?s|\s?KB)?$|^-$/;

export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  // A column of figures (blank cells allowed, as under a grouped row) is right-aligned.
  const right = header.map(
    (_, i) => cells.some((r) => r[i]) && cells.every((r) => !r[i] || FIGURE.test(r[i])),
  );
  const line = (row: string[]) =>
    row
      .map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
