import type { AppsScriptEnv } from "../fakes/index";
import type { SheetApi } from "../gas/gas";
import { SHEET_NAMES } from "../sheets/columns";
import { COVERAGE_SHEET, NEED_COLOURS } from "../sheets/coverage-values";
import type { EditRequest, SheetView } from "./protocol";

// The in-memory spreadsheet as the playground page draws it, and the page's cell edits.

const ORDER: string[] = [...SHEET_NAMES, COVERAGE_SHEET];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function legendOf(name: string): SheetView["legend"] {
  // Coverage carries its own key in its first rows; Needs rows are coloured with none.
  const colours: Record<string, string | null> = name === "Needs" ? NEED_COLOURS : {};
  const items = Object.entries(colours).flatMap(([label, colour]) =>
    colour ? [{ label: capital(label), colour }] : [],
  );
  return items.length ? items : undefined;
}

/** Rows past the last with data keep their column's rules, for the blank rows the page shows. */
const RULE_ROWS_PAST_DATA = 60;

function rulesOf(sheet: SheetApi, columns: number): SheetView["rules"] {
  const rows = Math.min(sheet.getMaxRows(), Math.max(1, sheet.getLastRow()) + RULE_ROWS_PAST_DATA);
  const rules: SheetView["rules"] = {};
  sheet
    .getRange(1, 1, rows, columns)
    .getDataValidations()
    .forEach((line, r) =>
      line.forEach((rule, c) => {
        if (!rule) return;
        const type = String(rule.getCriteriaType());
        if (type.startsWith("DATE_")) rules[`${r + 1},${c + 1}`] = { date: true };
        else if (type === "VALUE_IN_LIST") {
          const [list] = rule.getCriteriaValues();
          if (Array.isArray(list)) rules[`${r + 1},${c + 1}`] = { choices: list.map(String) };
        }
      }),
    );
  return rules;
}

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
    rules: rulesOf(sheet, columns),
    legend: legendOf(sheet.getName()),
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

function sheetNamed(env: AppsScriptEnv, name: string): SheetApi {
  const sheet = env.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`There is no sheet named ${name}.`);
  return sheet;
}

/** Types a value into a cell, as a coordinator would: "2026-12-19" becomes a date, "3" a number. */
export function editCell(env: AppsScriptEnv, edit: EditRequest): void {
  const sheet = sheetNamed(env, edit.sheet);
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

/** Inserts blank rows above `row` (2 or more: the header stays on top), as Sheets' Insert row above. */
export function insertRows(env: AppsScriptEnv, name: string, row: number, count: number): void {
  const sheet = sheetNamed(env, name);
  if (!Number.isInteger(row) || row < 2)
    throw new Error("Rows go in under the header: pick a cell in row 2 or below.");
  if (!Number.isInteger(count) || count < 1 || count > 1000)
    throw new Error("Insert from 1 to 1000 rows at a time.");
  if (row - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), row - 1 - sheet.getMaxRows());
  sheet.insertRowsAfter(row - 1, count);
}

/** Deletes rows from `row` down, as Sheets' Delete row; the header row stays. */
export function deleteRows(env: AppsScriptEnv, name: string, row: number, count: number): void {
  const sheet = sheetNamed(env, name);
  if (!Number.isInteger(row) || row < 2)
    throw new Error("The header row stays: pick a cell in row 2 or below to delete its row.");
  if (!Number.isInteger(count) || count < 1) throw new Error("Delete at least one row.");
  const last = sheet.getMaxRows();
  if (row > last) return;
  // Sheets keeps at least one row under a frozen header; a blank one stands in for the last.
  if (last - Math.min(count, last - row + 1) <= sheet.getFrozenRows())
    sheet.insertRowsAfter(last, 1);
  sheet.deleteRows(row, Math.min(count, last - row + 1));
}
