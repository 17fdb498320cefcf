import { SHEET_NAMES } from "../../sheets/columns";
import type { SheetApi, SpreadsheetApi } from "../../gas/gas";

// One read per sheet: getDataRange().getValues() on each of the map's sheets, nothing else.

export interface MapSheets {
  spreadsheet: SpreadsheetApi;
  /** The spreadsheet's time zone: Date cells are midnight there. */
  timeZone: string;
  sheets: Record<string, SheetApi | null>;
  values: Record<string, unknown[][]>;
}

export function readMapSheets(
  spreadsheet: SpreadsheetApi,
  names: readonly string[] = SHEET_NAMES,
): MapSheets {
  const sheets: Record<string, SheetApi | null> = {};
  const values: Record<string, unknown[][]> = {};
  for (const name of names) {
    const sheet = spreadsheet.getSheetByName(name);
    sheets[name] = sheet;
    if (sheet) values[name] = sheet.getDataRange().getValues();
  }
  return { spreadsheet, timeZone: spreadsheet.getSpreadsheetTimeZone(), sheets, values };
}

/**
 * The sheet, created at the end of the tabs when it is missing. A sheet the read did not look
 * for (Coverage) is looked up first: inserting a name that exists throws.
 */
export function sheetFor(read: MapSheets, name: string): SheetApi {
  const found =
    read.sheets[name] ?? (name in read.sheets ? null : read.spreadsheet.getSheetByName(name));
  return (read.sheets[name] = found ?? read.spreadsheet.insertSheet(name));
}

/** Pads a grid to a size with blanks, so one setValues also clears what a shorter grid left. */
export function padGrid(values: unknown[][], rows: number, columns: number): unknown[][] {
  const width = Math.max(columns, ...values.map((r) => r.length));
  const out = values.map((r) => [...r, ...Array<unknown>(width - r.length).fill("")]);
  while (out.length < rows) out.push(Array<unknown>(width).fill(""));
  return out;
}

/** Grows a sheet to at least `rows` rows: one call to ask, and one more only when it must grow. */
/**
 * Grows a sheet to hold `rows` rows. `known` is a height the sheet is already known to have
 * (the rows it had data in), so the usual re-plan that does not grow costs no call at all.
 */
export function ensureRows(sheet: SheetApi, rows: number, known = 0): void {
  if (rows <= known) return;
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}
