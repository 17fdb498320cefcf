import { SHEET_NAMES } from "../../sheets/columns";
import type { RangeApi, SheetApi, SpreadsheetApi } from "../../gas/gas";

// One read per sheet: getDataRange().getValues() on each of the map's sheets, nothing else.
// Writes that follow reuse what the read found: the data range itself when a grid fits it
// exactly, and the row count, so a sheet is asked its size only when a write does not fit.

export interface MapSheets {
  spreadsheet: SpreadsheetApi;
  /** The spreadsheet's time zone: Date cells are midnight there. */
  timeZone: string;
  sheets: Record<string, SheetApi | null>;
  values: Record<string, unknown[][]>;
  /** The data range each sheet was read from: a grid of the same shape is written through it. */
  ranges?: Record<string, RangeApi>;
  /** Sheets this run inserted: empty, so nothing to clear. */
  inserted?: Set<string>;
}

export function readMapSheets(
  spreadsheet: SpreadsheetApi,
  names: readonly string[] = SHEET_NAMES,
): MapSheets {
  const sheets: Record<string, SheetApi | null> = {};
  const values: Record<string, unknown[][]> = {};
  const ranges: Record<string, RangeApi> = {};
  for (const name of names) {
    const sheet = spreadsheet.getSheetByName(name);
    sheets[name] = sheet;
    if (!sheet) continue;
    ranges[name] = sheet.getDataRange();
    values[name] = ranges[name].getValues();
  }
  return { spreadsheet, timeZone: spreadsheet.getSpreadsheetTimeZone(), sheets, values, ranges };
}

/**
 * The sheet, created at the end of the tabs when it is missing. A sheet the read did not look
 * for (Coverage) is looked up first: inserting a name that exists throws.
 */
export function sheetFor(read: MapSheets, name: string): SheetApi {
  const found =
    read.sheets[name] ?? (name in read.sheets ? null : read.spreadsheet.getSheetByName(name));
  if (found) return (read.sheets[name] = found);
  (read.inserted ??= new Set()).add(name);
  return (read.sheets[name] = read.spreadsheet.insertSheet(name));
}

/** Pads a grid to a size with blanks, so one setValues also clears what a shorter grid left. */
export function padGrid(values: unknown[][], rows: number, columns: number): unknown[][] {
  const width = Math.max(columns, ...values.map((r) => r.length));
  const out = values.map((r) => [...r, ...Array<unknown>(width - r.length).fill("")]);
  while (out.length < rows) out.push(Array<unknown>(width).fill(""));
  return out;
}

/**
 * Grows a sheet to hold `rows` rows. `known` is a height the sheet is already known to have
 * (the rows it had data in), so the usual re-plan that does not grow costs no call at all.
 */
export function ensureRows(sheet: SheetApi, rows: number, known = 0): void {
  if (rows <= known) return;
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}

/** Rows in a sheet Google makes. */
const NEW_SHEET_ROWS = 1000;

/**
 * Writes through the range at (row, column) of this size, growing the sheet first only if Google
 * says the range is outside it ("The coordinates of the range are outside the dimensions of the
 * sheet", thrown by getRange or by the write): a write that fits, the usual case, never asks the
 * sheet its size. Were Google to grow the sheet itself, the first try simply succeeds. `write`
 * may run twice, so it only sets (values, colours, formats), which gives the same sheet again.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
 */
export function writeRange(
  sheet: SheetApi,
  at: { row: number; column: number; rows: number; columns: number },
  write: (range: RangeApi) => void,
  known = 0,
): void {
  const range = () => sheet.getRange(at.row, at.column, at.rows, at.columns);
  // Longer than the rows read and than a new sheet's 1000: the sheet is asked first, as it
  // would only refuse the write.
  if (at.row + at.rows - 1 > Math.max(known, NEW_SHEET_ROWS)) {
    ensureRows(sheet, at.row + at.rows - 1, known);
    write(range());
    return;
  }
  try {
    write(range());
    return;
  } catch (error) {
    const max = sheet.getMaxRows();
    const last = at.row + at.rows - 1;
    if (last <= max) throw error;
    sheet.insertRowsAfter(max, last - max);
  }
  write(range());
}
