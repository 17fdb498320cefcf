import type { CellReading } from "../core/readings";
import { cellText, DEFAULT_TIME_ZONE } from "./cells";
import { columnFor, type ColumnDef } from "./columns";

// The "Read as" column of Needs and Offers: how Plan read each row's Days and Time, beside what
// was typed, so a coordinator sees "17:00-19:00" next to "5-7" in the sheet itself.

export interface ReadAsCells {
  /** 1-based column of "Read as". */
  column: number;
  /** One cell per data row, from row 2. */
  cells: string[][];
}

/** The Read as cells for one sheet, or undefined when it has no Read as column. */
export function readAsCells(
  values: readonly unknown[][] | undefined,
  columns: readonly ColumnDef[],
  sheet: string,
  readings: readonly CellReading[],
): ReadAsCells | undefined {
  if (!values || values.length < 2) return undefined;
  const at = values[0].findIndex(
    (h) => columnFor(columns, cellText(h, DEFAULT_TIME_ZONE))?.key === "readAs",
  );
  if (at < 0) return undefined;
  const byRow = new Map<number, CellReading[]>();
  for (const r of readings)
    if (r.sheet === sheet) byRow.set(r.row, [...(byRow.get(r.row) ?? []), r]);
  const cells = values.slice(1).map((_, i) => [readAsText(byRow.get(i + 2) ?? [])]);
  return { column: at + 1, cells };
}

/** "Mon, Wed, Fri · 17:00-19:00", or what could not be read. */
export function readAsText(row: readonly CellReading[]): string {
  const days = row.find((r) => r.column === "Days");
  const time = row.find((r) => r.column === "Time");
  if (!days && !time) return "";
  const part = (r: CellReading | undefined, what: string) =>
    !r ? "" : r.error !== undefined ? `${what} not read: ${r.error}` : (r.reading ?? "");
  return [part(days, "Days"), part(time, "Time")].filter(Boolean).join(" · ");
}
