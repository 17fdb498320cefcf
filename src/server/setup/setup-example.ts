import { MARIA } from "../../examples/maria";
import { cellText, DEFAULT_TIME_ZONE, isBlank, isBlankRow } from "../../sheets/cells";
import {
  type ColumnKind,
  columnFor,
  NEEDS_SHEET,
  OFFERS_SHEET,
  PEOPLE_SHEET,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  settingFor,
  SHEET_DEFS,
} from "../../sheets/columns";
import { valueForCell } from "../../sheets/literal";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { services } from "../platform/services";
import {
  describeSetUp,
  setUpMap,
  type SetUpReport,
  type SetUpResult,
  type SettingsRowSetUp,
} from "./setup";

// "Set up with the example": Set up, then Maria's two weeks (the guide's walkthrough) written
// into the empty sheets, so a new coordinator has a map to press Plan on. A map that already
// has needs, people or offers is never touched: the example would mix with the real one.

const EXAMPLE_SHEETS = [NEEDS_SHEET, PEOPLE_SHEET, OFFERS_SHEET];

export interface ExampleOutcome {
  filled: boolean;
  report: SetUpReport;
}

export function setUpExample(
  example: Record<string, unknown[][]> = MARIA,
  spreadsheet = activeSpreadsheet(),
): ExampleOutcome {
  const result = setUpMap(spreadsheet);
  if (EXAMPLE_SHEETS.some((name) => result.tables[name]?.hasRows))
    return { filled: false, report: result.report };
  for (const def of SHEET_DEFS) {
    if (def.name !== SETTINGS_SHEET) fillTable(result, def.name, example[def.name] ?? []);
  }
  // The example is for trying things out, sending included: it is active unless it says otherwise.
  const settingRows = example[SETTINGS_SHEET] ?? [];
  const hasState = settingRows.some(
    (r) => settingFor(cellText(r[0], DEFAULT_TIME_ZONE))?.key === "mapState",
  );
  fillSettings(result, hasState ? settingRows : [...settingRows, ["Map state", "active"]]);
  result.tables[NEEDS_SHEET]?.sheet.activate();
  return { filled: true, report: result.report };
}

/**
 * A value of the example as a coordinator would type it: text stays exactly that text in a cell
 * of this format; a date or a number is typed, for Sheets to read as one.
 */
function literal(value: unknown, format: string, kind: ColumnKind | undefined): unknown {
  return kind === "date" || kind === "number" ? value : valueForCell(value, format);
}

/** The example's rows, put under the sheet's own headers (whatever their order). */
function fillTable(result: SetUpResult, name: string, rows: unknown[][]): void {
  const table = result.tables[name];
  const def = SHEET_DEFS.find((d) => d.name === name);
  const data = rows.slice(1).filter((r) => !isBlankRow(r));
  if (!table || !def || data.length === 0) return;
  const keyOf = (h: unknown) => columnFor(def.columns, cellText(h, DEFAULT_TIME_ZONE))?.key;
  const source = new Map<string, number>();
  rows[0].forEach((h, i) => {
    const key = keyOf(h);
    if (key && !source.has(key)) source.set(key, i);
  });
  const from = table.header.map((h) => {
    const key = keyOf(h);
    return key === undefined ? undefined : source.get(key);
  });
  const kinds = table.header.map(
    (h) => columnFor(def.columns, cellText(h, DEFAULT_TIME_ZONE))?.kind,
  );
  const values = data.map((r) =>
    from.map((i, j) =>
      i === undefined ? "" : literal(r[i] ?? "", table.formats[j] ?? "", kinds[j]),
    ),
  );
  if (values.length + 1 > table.maxRows)
    table.sheet.insertRowsAfter(table.maxRows, values.length + 1 - table.maxRows);
  table.sheet.getRange(2, 1, values.length, table.header.length).setValues(values);
}

/** A setting still as Set up left it (blank or its default) takes the example's value. */
function fillSettings(result: SetUpResult, rows: unknown[][]): void {
  const { settings, timeZone } = result;
  const changed = new Map<number, unknown>();
  for (const [label, value] of rows.slice(1)) {
    const setting = settingFor(cellText(label, DEFAULT_TIME_ZONE));
    if (!setting || isBlank(value)) continue;
    const row = settings.rows.find((r) => r.key === setting.key);
    const def = SETTINGS_ROWS.find((s) => s.key === setting.key);
    if (!row || !def) continue;
    const current = cellText(row.value, timeZone).toLowerCase();
    const untouched =
      current === "" ||
      current === def.defaultValue.toLowerCase() ||
      (def.key === "timeZone" && current === timeZone.toLowerCase());
    if (untouched) changed.set(row.row, literal(value, row.format, def.kind));
  }
  if (changed.size === 0) return;
  const touched = [...changed.keys()];
  const top = Math.min(...touched);
  const bottom = Math.max(...touched);
  const byRow = new Map(settings.rows.map((r) => [r.row, r]));
  const column = Array.from({ length: bottom - top + 1 }, (_, i) => {
    const r = top + i;
    if (changed.has(r)) return [changed.get(r)];
    const row = byRow.get(r);
    return [row ? unchanged(row) : ""];
  });
  settings.sheet.getRange(top, settings.valueColumn + 1, column.length, 1).setValues(column);
}

/**
 * A value read from the sheet, written back so that it stays exactly what it was: text in a
 * cell that is not plain text gets an apostrophe (Sheets does not store it), or "TRUE" or
 * "2026-12-07" typed as text would come back as a boolean or a date.
 */
function unchanged(row: SettingsRowSetUp): unknown {
  if (row.written) return row.value;
  return valueForCell(row.value, row.format);
}

export function menuSetUpExample(): void {
  const outcome = withDocumentLock(() => setUpExample());
  const ui = services().spreadsheetApp.getUi();
  if (outcome.filled) {
    activeSpreadsheet().toast(
      "Maria's example is in: her needs, her friends and what they offered. Now choose Support Map > Plan to see who does what.",
      "Support Map: example ready",
      15,
    );
    return;
  }
  ui.alert(
    "Set up with the example",
    "Your map already has needs, people or offers, so the example was not added: it would mix " +
      "with your own and Set up never overwrites a map. To try the example, use Set up with the " +
      `example in a new, empty spreadsheet.\n\n${describeSetUp(outcome.report)}`,
    ui.ButtonSet.OK,
  );
}
