import { cellText, DEFAULT_TIME_ZONE, isBlankRow } from "../../sheets/cells";
import {
  ASSIGNMENTS_SHEET,
  type ColumnDef,
  type ColumnKind,
  columnFor,
  SETTINGS_COLUMNS,
  SETTINGS_DEF,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  type SettingDef,
  type SettingKey,
  settingFor,
  SHEET_DEFS,
  type SheetDef,
} from "../../sheets/columns";
import type { DataValidationApi, RangeApi, SheetApi, SpreadsheetApi } from "../../gas/gas";
import { readMapSheets, type MapSheets } from "../platform/map-sheets";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { services } from "../platform/services";

// "Set up support map": creates the map's sheets from the layout in src/sheets/columns.ts, and
// on a map already in use puts back only what is missing. It never deletes, moves or rewrites a
// coordinator's rows, values, notes, rules or extra columns: each repair first looks at what is
// there (the header row, and the first data row as a sample of each column) and adds only what
// it does not find. Each sheet is read once; the number of calls does not grow with the map.

export const HEADER_PROTECTION =
  "Support Map headers: the add-on finds each column by its header. Rename or move a header only if you mean to.";
const HEADER_BACKGROUND = "#e8eaed";
/** Plain text: what a coordinator types stays as typed, even "=…", "+44 …" or "0042". */
export const PLAIN_TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";
/** What Sheets reports for a cell nobody has formatted ("Automatic"). */
const AUTOMATIC_FORMATS = new Set(["", "0.###############", "General"]);
export const TEXT_KINDS = new Set<ColumnKind>(["text", "email", "days", "time"]);

export interface SetUpReport {
  createdSheets: string[];
  addedHeaders: { sheet: string; headers: string[] }[];
  /** Labels of the Settings rows that were added. */
  addedSettings: string[];
  /** Other things put back on sheets that already existed, one line per sheet. */
  repaired: string[];
}

/** A table sheet (Needs, People, Offers, Assignments) as Set up leaves it. */
export interface TableSetUp {
  sheet: SheetApi;
  /** The header row after Set up (the coordinator's headers first, then any added). */
  header: unknown[];
  /** Whether any row under the header had something in it before Set up. */
  hasRows: boolean;
  maxRows: number;
  /** Each column's number format (of its first data row) after Set up. */
  formats: string[];
}

/** One row under the Settings header, as Set up leaves it. */
export interface SettingsRowSetUp {
  /** 1-based sheet row. */
  row: number;
  key?: SettingKey;
  value: unknown;
  /** True when Set up wrote this value just now: it is the text typed, not a value read back. */
  written: boolean;
  format: string;
}

export interface SettingsSetUp {
  sheet: SheetApi;
  /** 0-based columns of the labels and of the values. */
  labelColumn: number;
  valueColumn: number;
  rows: SettingsRowSetUp[];
}

export interface SetUpResult {
  report: SetUpReport;
  timeZone: string;
  tables: Record<string, TableSetUp>;
  settings: SettingsSetUp;
}

// ---- what each column wants -------------------------------------------------------------------

interface Controlled {
  kind: ColumnKind;
  values?: readonly string[];
  freeText?: boolean;
}

export type RuleSpec =
  { type: "list"; values: string[]; helpText: string } | { type: "date"; helpText: string };

/**
 * The validation rule of a column or setting. Every rule allows invalid input: Sheets then keeps
 * what was typed and marks the cell, and Check setup explains it; nothing typed is ever lost.
 */
export function ruleFor(c: Controlled): RuleSpec | null {
  if (c.values && c.values.length > 0)
    return {
      type: "list",
      values: [...c.values],
      helpText: c.freeText
        ? "Pick one from the list, or type your own."
        : `Pick one: ${c.values.join(", ")}. Other words are kept but marked, and Check setup lists them.`,
    };
  if (c.kind === "date")
    return {
      type: "date",
      helpText:
        "A date written YYYY-MM-DD (for example 2026-12-07), or pick one from the calendar. Other text is kept but marked, and Check setup lists it.",
    };
  return null;
}

/**
 * The number format of a column or setting. Typed text stays text ("@"); dates show as
 * YYYY-MM-DD. Assignments are written by the planner with asText() (a leading apostrophe),
 * which a plain-text cell would keep as a visible character, so that sheet gets date formats only.
 */
export function formatFor(c: Controlled, sheet: string): string | null {
  if (c.kind === "date") return DATE_FORMAT;
  if (sheet === ASSIGNMENTS_SHEET) return null;
  return TEXT_KINDS.has(c.kind) ? PLAIN_TEXT_FORMAT : null;
}

export function isAutomaticFormat(format: string | undefined): boolean {
  return AUTOMATIC_FORMATS.has(format ?? "");
}

/** Builds each rule once per run: a yes/no rule serves every yes/no column. */
class Rules {
  private readonly built = new Map<string, DataValidationApi>();

  get(spec: RuleSpec): DataValidationApi {
    const key = JSON.stringify(spec);
    let rule = this.built.get(key);
    if (!rule) {
      const builder = services().spreadsheetApp.newDataValidation();
      const criteria =
        spec.type === "list"
          ? builder.requireValueInList(spec.values, true)
          : builder.requireDate();
      rule = criteria.setAllowInvalid(true).setHelpText(spec.helpText).build();
      this.built.set(key, rule);
    }
    return rule;
  }
}

// ---- the whole map ----------------------------------------------------------------------------

export function setUpMap(spreadsheet: SpreadsheetApi = activeSpreadsheet()): SetUpResult {
  const read = readMapSheets(spreadsheet);
  const report: SetUpReport = {
    createdSheets: [],
    addedHeaders: [],
    addedSettings: [],
    repaired: [],
  };
  placeMissingSheets(read, report);
  const rules = new Rules();
  const tables: Record<string, TableSetUp> = {};
  let settings: SettingsSetUp | undefined;
  for (const def of SHEET_DEFS) {
    const sheet = read.sheets[def.name] as SheetApi;
    const values = read.values[def.name] ?? [];
    const created = report.createdSheets.includes(def.name);
    if (def.name === SETTINGS_SHEET)
      settings = setUpSettings(sheet, values, created, read.timeZone, report, rules);
    else tables[def.name] = setUpTable(sheet, def, values, created, report, rules);
  }
  if (report.createdSheets.length > 0) read.sheets[report.createdSheets[0]]?.activate();
  return { report, timeZone: read.timeZone, tables, settings: settings as SettingsSetUp };
}

/** Missing sheets go next to the map's other sheets, in the layout's order. */
function placeMissingSheets(read: MapSheets, report: SetUpReport): void {
  if (SHEET_DEFS.every((def) => read.sheets[def.name])) return;
  let position = 0;
  for (const def of SHEET_DEFS) {
    const sheet = read.sheets[def.name];
    if (sheet) {
      position = sheet.getIndex();
      continue;
    }
    read.sheets[def.name] = read.spreadsheet.insertSheet(def.name, position);
    read.values[def.name] = [];
    report.createdSheets.push(def.name);
    position += 1;
  }
}

// ---- table sheets -----------------------------------------------------------------------------

function headerIndex<K extends string>(columns: readonly ColumnDef<K>[], header: unknown[]) {
  const index = new Map<K, number>();
  header.forEach((h, i) => {
    const col = columnFor(columns, cellText(h, DEFAULT_TIME_ZONE));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  return index;
}

function setUpTable(
  sheet: SheetApi,
  def: SheetDef,
  values: unknown[][],
  created: boolean,
  report: SetUpReport,
  rules: Rules,
): TableSetUp {
  const empty = values.every(isBlankRow);
  const header: unknown[] = empty ? [] : [...values[0]];
  const width = empty ? 0 : Math.max(...values.map((r) => r.length));
  while (header.length < width) header.push("");
  const index = headerIndex(def.columns, header);
  const fixed: string[] = [];

  // Missing headers go after the last column in use, so no column of data is ever covered.
  const missing = def.columns.filter((c) => !index.has(c.key));
  if (missing.length > 0) {
    const first = header.length + 1;
    const needed = header.length + missing.length;
    const maxColumns = sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
    sheet
      .getRange(1, first, 1, missing.length)
      .setValues([missing.map((c) => c.header)])
      .setFontWeight("bold")
      .setBackground(HEADER_BACKGROUND);
    missing.forEach((c, i) => {
      sheet.setColumnWidth(first + i, c.width);
      index.set(c.key, first - 1 + i);
      header.push(c.header);
    });
    if (!created)
      report.addedHeaders.push({ sheet: def.name, headers: missing.map((c) => c.header) });
  }

  if (freezeHeader(sheet)) fixed.push("the frozen header row");
  if (protectHeader(sheet)) fixed.push("the header protection");

  const byIndex = new Map<number, ColumnDef>();
  for (const c of def.columns) byIndex.set(index.get(c.key) as number, c);
  const noted = fillNotes(sheet.getRange(1, 1, 1, header.length), [
    header.map((_, i) => {
      const note = byIndex.get(i)?.note ?? "";
      return i === 0 ? (note ? `${def.note}\n\n${note}` : def.note) : note;
    }),
  ]);
  if (noted) fixed.push("header notes");

  // Every cell under the header is looked at, in one read of formats and one of rules: a cell
  // gets our format only if it has none, and our rule only if it has none, so a coordinator's
  // own formats and rules stay. Only our columns are written, one write per column that lacks
  // something: writing back a cell's "Automatic" format would fix it as a number format.
  const maxRows = sheet.getMaxRows();
  let formats: string[] = header.map(() => "");
  if (maxRows >= 2) {
    const block = sheet.getRange(2, 1, maxRows - 1, header.length);
    const cellFormats = block.getNumberFormats();
    const cellRules = block.getDataValidations();
    const ruled: string[] = [];
    let formatted = false;
    for (const c of def.columns) {
      const i = index.get(c.key) as number;
      const format = formatFor(c, def.name);
      const spec = ruleFor(c);
      const lacksFormat = format !== null && cellFormats.some((r) => isAutomaticFormat(r[i]));
      const lacksRule = spec !== null && cellRules.some((r) => !r[i]);
      if (!lacksFormat && !lacksRule) continue;
      const column = sheet.getRange(2, i + 1, maxRows - 1, 1);
      if (lacksFormat) {
        for (const r of cellFormats) if (isAutomaticFormat(r[i])) r[i] = format as string;
        column.setNumberFormats(cellFormats.map((r) => [r[i]]));
        formatted = true;
      }
      if (lacksRule) {
        const rule = rules.get(spec as RuleSpec);
        column.setDataValidations(cellRules.map((r) => [r[i] ?? rule]));
        ruled.push(c.header);
      }
    }
    if (ruled.length) fixed.push(`dropdowns and date checks (${ruled.join(", ")})`);
    if (formatted) fixed.push("text and date formats");
    formats = cellFormats[0];
  }

  if (!created && fixed.length) report.repaired.push(`${def.name}: ${fixed.join(", ")}`);
  return {
    sheet,
    header,
    hasRows: !empty && values.slice(1).some((r) => !isBlankRow(r)),
    maxRows,
    formats,
  };
}

function freezeHeader(sheet: SheetApi): boolean {
  if (sheet.getFrozenRows() >= 1) return false;
  sheet.setFrozenRows(1);
  return true;
}

/** Adds the header protection unless it is there (a coordinator's own protections stay). */
function protectHeader(sheet: SheetApi): boolean {
  const type = services().spreadsheetApp.ProtectionType.RANGE;
  if (sheet.getProtections(type).some((p) => p.getDescription() === HEADER_PROTECTION))
    return false;
  sheet.getRange("1:1").protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
  return true;
}

/** Writes the wanted notes into cells that have none; a note already there is kept. */
function fillNotes(range: RangeApi, wanted: string[][]): boolean {
  const notes = range.getNotes();
  let changed = false;
  const next = notes.map((row, r) =>
    row.map((note, c) => {
      if (note || !wanted[r]?.[c]) return note;
      changed = true;
      return wanted[r][c];
    }),
  );
  if (changed) range.setNotes(next);
  return changed;
}

// ---- Settings ---------------------------------------------------------------------------------

function setUpSettings(
  sheet: SheetApi,
  values: unknown[][],
  created: boolean,
  timeZone: string,
  report: SetUpReport,
  rules: Rules,
): SettingsSetUp {
  const empty = values.every(isBlankRow);
  const fixed: string[] = [];
  let labelColumn = 0;
  let valueColumn = 1;
  let hasHeader = false;
  let hasValueHeader = false;
  if (!empty) {
    (values[0] ?? []).forEach((h, i) => {
      const col = columnFor(SETTINGS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
      if (col?.key === "setting" && !hasHeader) {
        labelColumn = i;
        hasHeader = true;
      }
      if (col?.key === "value" && !hasValueHeader) {
        valueColumn = i;
        hasValueHeader = true;
      }
    });
    if (hasHeader && (!hasValueHeader || valueColumn === labelColumn))
      valueColumn = labelColumn + 1;
  }

  if (empty) {
    sheet
      .getRange(1, 1, 1, 2)
      .setValues([SETTINGS_COLUMNS.map((c) => c.header)])
      .setFontWeight("bold")
      .setBackground(HEADER_BACKGROUND);
    SETTINGS_COLUMNS.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
    hasHeader = true;
  } else if (hasHeader && !hasValueHeader && values[0][valueColumn] === "") {
    sheet
      .getRange(1, valueColumn + 1)
      .setValue("Value")
      .setFontWeight("bold")
      .setBackground(HEADER_BACKGROUND);
    sheet.setColumnWidth(valueColumn + 1, SETTINGS_COLUMNS[1].width);
    report.addedHeaders.push({ sheet: SETTINGS_SHEET, headers: ["Value"] });
  }

  const first = hasHeader ? 2 : 1;
  const lastRow = empty ? 1 : values.length;
  const rows: SettingsRowSetUp[] = [];
  const present = new Set<SettingKey>();
  for (let r = first; r <= lastRow; r++) {
    const cells = values[r - 1] ?? [];
    const setting = settingFor(cellText(cells[labelColumn], DEFAULT_TIME_ZONE));
    const key = setting && !present.has(setting.key) ? setting.key : undefined;
    if (key) present.add(key);
    rows.push({ row: r, key, value: cells[valueColumn] ?? "", written: false, format: "" });
  }
  const missing = SETTINGS_ROWS.filter((s) => !present.has(s.key));
  missing.forEach((s, i) =>
    rows.push({
      row: lastRow + 1 + i,
      key: s.key,
      // A row added to a map made before it existed keeps what the map did without it: a map
      // from before Map state keeps sending (active), one from before reminders sends none.
      value:
        s.key === "timeZone"
          ? timeZone
          : present.size > 0 && s.absentValue !== undefined
            ? s.absentValue
            : s.defaultValue,
      written: true,
      format: "",
    }),
  );
  const last = lastRow + missing.length;
  if (missing.length > 0) {
    const maxRows = sheet.getMaxRows();
    if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
  }
  const defOf = (row: SettingsRowSetUp): SettingDef | undefined =>
    SETTINGS_ROWS.find((s) => s.key === row.key);

  // Formats before values, so that a default written as text stays text.
  if (rows.length > 0) {
    const range = sheet.getRange(first, valueColumn + 1, rows.length, 1);
    const formats = range.getNumberFormats();
    const current = range.getDataValidations();
    const reformat: number[] = [];
    let reruled = false;
    rows.forEach((row, i) => {
      const def = defOf(row);
      const format = def ? formatFor(def, SETTINGS_SHEET) : null;
      if (format && isAutomaticFormat(formats[i][0])) {
        formats[i][0] = format;
        reformat.push(i);
      }
      row.format = formats[i][0];
      const spec = def ? ruleFor(def) : null;
      if (spec && !current[i][0]) {
        current[i][0] = rules.get(spec);
        reruled = true;
      }
    });
    // Only the rows that change, a run of rows at a time: writing back a cell's "Automatic"
    // format would fix it as a number format.
    for (const [start, length] of runs(reformat))
      sheet
        .getRange(first + start, valueColumn + 1, length, 1)
        .setNumberFormats(formats.slice(start, start + length));
    if (reformat.length) fixed.push("text and date formats");
    if (reruled) {
      range.setDataValidations(current);
      fixed.push("dropdowns and date checks");
    }
  }

  if (missing.length > 0) {
    const width = Math.max(labelColumn, valueColumn) + 1;
    const added = missing.map((s) => {
      const row: unknown[] = Array<unknown>(width).fill("");
      row[labelColumn] = s.label;
      row[valueColumn] = rows.find((r) => r.written && r.key === s.key)?.value ?? s.defaultValue;
      return row;
    });
    sheet.getRange(lastRow + 1, 1, added.length, width).setValues(added);
    if (!created) report.addedSettings.push(...missing.map((s) => s.label));
  }

  if (hasHeader) {
    if (freezeHeader(sheet)) fixed.push("the frozen header row");
    if (protectHeader(sheet)) fixed.push("the header protection");
  }
  const left = Math.min(labelColumn, valueColumn);
  const notes = Array.from({ length: last }, () =>
    Array<string>(Math.abs(valueColumn - labelColumn) + 1).fill(""),
  );
  if (hasHeader) {
    notes[0][labelColumn - left] = `${SETTINGS_DEF.note}\n\n${SETTINGS_COLUMNS[0].note}`;
    notes[0][valueColumn - left] = SETTINGS_COLUMNS[1].note;
  }
  for (const row of rows) notes[row.row - 1][labelColumn - left] = defOf(row)?.note ?? "";
  if (fillNotes(sheet.getRange(1, left + 1, last, notes[0].length), notes)) fixed.push("notes");

  if (!created && fixed.length) report.repaired.push(`${SETTINGS_SHEET}: ${fixed.join(", ")}`);
  return { sheet, labelColumn, valueColumn, rows };
}

/** Consecutive indexes as [first, length] runs: [1, 2, 3, 6] gives [1, 3] and [6, 1]. */
function runs(indexes: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const i of indexes) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else out.push([i, 1]);
  }
  return out;
}

// ---- the menu -----------------------------------------------------------------------------------

/** What Set up did, in a coordinator's words. */
export function describeSetUp(report: SetUpReport): string {
  const parts: string[] = [];
  if (report.createdSheets.length)
    parts.push(
      `Created the ${listWords(report.createdSheets)} sheet${plural(report.createdSheets)}.`,
    );
  for (const a of report.addedHeaders)
    parts.push(
      `Added the ${listWords(a.headers)} column${plural(a.headers)} at the end of ${a.sheet}.`,
    );
  if (report.addedSettings.length)
    parts.push(
      `Added the ${listWords(report.addedSettings)} row${plural(report.addedSettings)} to Settings.`,
    );
  for (const line of report.repaired) parts.push(`Put back on ${line}.`);
  if (parts.length === 0) return "Everything was already set up; nothing was changed.";
  if (report.createdSheets.includes(SETTINGS_SHEET))
    parts.push("Next: write the Start date and End date on Settings.");
  return parts.join(" ");
}

function plural(items: unknown[]): string {
  return items.length > 1 ? "s" : "";
}

function listWords(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function runSetUp(): SetUpReport {
  return withDocumentLock(() => setUpMap().report);
}

export function menuSetUp(): void {
  const report = runSetUp();
  activeSpreadsheet().toast(describeSetUp(report), "Support Map: set up", 10);
}
