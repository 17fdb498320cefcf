import { DEFAULT_TIME_ZONE, cellText } from "../sheets/cells";
import { normaliseHeader } from "../sheets/columns";

/** A record of cells by header, so a step does not depend on the sheet's column order. */
export type RowByHeader = Record<string, unknown>;

/** One change a coordinator makes between two plans, as sheet edits. */
export interface MapStep {
  title: string;
  /** Rows added at the end of a sheet. */
  append?: Record<string, RowByHeader[]>;
  /** Cells changed in the row whose `where.column` holds `where.equals`. */
  change?: { sheet: string; where: { column: string; equals: string }; set: RowByHeader }[];
}

function columnIndex(header: readonly unknown[], name: string): number {
  const wanted = normaliseHeader(name);
  return header.findIndex((h) => normaliseHeader(cellText(h, DEFAULT_TIME_ZONE)) === wanted);
}

/** The sheets after a step; the input is left as it was. */
export function applyStep(
  sheets: Record<string, unknown[][]>,
  step: MapStep,
): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [name, rows.map((r) => [...r])]),
  );
  for (const [sheet, records] of Object.entries(step.append ?? {})) {
    const rows = out[sheet];
    if (!rows || rows.length === 0) throw new Error(`No ${sheet} sheet to add rows to.`);
    const header = rows[0];
    for (const record of records) {
      const row: unknown[] = header.map(() => "");
      for (const [name, value] of Object.entries(record)) {
        const i = columnIndex(header, name);
        if (i < 0) throw new Error(`${sheet} has no column ${name}.`);
        row[i] = value;
      }
      rows.push(row);
    }
  }
  for (const c of step.change ?? []) {
    const rows = out[c.sheet];
    if (!rows || rows.length === 0) throw new Error(`No ${c.sheet} sheet to change.`);
    const key = columnIndex(rows[0], c.where.column);
    const wanted = c.where.equals.toLowerCase();
    const row = rows
      .slice(1)
      .find((r) => cellText(r[key], DEFAULT_TIME_ZONE).toLowerCase() === wanted);
    if (key < 0 || !row)
      throw new Error(`No ${c.sheet} row with ${c.where.column} ${c.where.equals}.`);
    for (const [name, value] of Object.entries(c.set)) {
      const i = columnIndex(rows[0], name);
      if (i < 0) throw new Error(`${c.sheet} has no column ${name}.`);
      row[i] = value;
    }
  }
  return out;
}

/** Every step applied in order. */
export function applySteps(
  sheets: Record<string, unknown[][]>,
  steps: readonly MapStep[],
): Record<string, unknown[][]> {
  return steps.reduce(applyStep, sheets);
}
