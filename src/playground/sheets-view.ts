import type { AppsScriptEnv } from "../fakes/index";
import type { SheetApi } from "../gas/gas";
import { SHEET_NAMES } from "../sheets/columns";
import { COVERAGE_SHEET } from "../sheets/coverage-values";
import type { EditRequest, SheetView } from "./protocol";

// The in-memory spreadsheet as the playground page draws it, and the page's cell edits.

const ORDER: string[] = [...SHEET_NAMES, COVERAGE_SHEET];

function view(sheet: SheetApi): SheetView {
  const rows = Math.max(1, sheet.getLastRow());
  const columns = Math.max(1, sheet.getLastColumn());
  const range = sheet.getRange(1, 1, rows, columns);
  return {
    name: sheet.getName(),
    values: range.getDisplayValues(),
    backgrounds: range
      .getBackgrounds()
      .map((row) => row.map((c) => (c && c.toLowerCase() !== "#ffffff" ? c : null))),
    headerNotes: sheet.getRange(1, 1, 1, columns).getNotes()[0] ?? [],
    widths: Array.from({ length: columns }, (_, i) => sheet.getColumnWidth(i + 1)),
    frozenRows: sheet.getFrozenRows(),
  };
}

export function sheetViews(env: AppsScriptEnv): SheetView[] {
  const sheets = env.spreadsheet
    .getSheets()
    .filter((s) => ORDER.includes(s.getName()) || s.getLastRow() > 0);
  const rank = (s: SheetApi) => {
    const i = ORDER.indexOf(s.getName());
    return i < 0 ? ORDER.length : i;
  };
  return sheets.sort((a, b) => rank(a) - rank(b)).map(view);
}

/** Types a value into a cell, as a coordinator would: "2026-12-19" becomes a date, "3" a number. */
export function editCell(env: AppsScriptEnv, edit: EditRequest): void {
  const sheet = env.spreadsheet.getSheetByName(edit.sheet);
  if (!sheet) throw new Error(`There is no sheet named ${edit.sheet}.`);
  if (
    !Number.isInteger(edit.row) ||
    !Number.isInteger(edit.column) ||
    edit.row < 1 ||
    edit.column < 1
  )
    throw new Error("A cell's row and column are whole numbers from 1.");
  if (edit.row > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), edit.row - sheet.getMaxRows());
  if (edit.column > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), edit.column - sheet.getMaxColumns());
  sheet.getRange(edit.row, edit.column).setValue(edit.value);
}
