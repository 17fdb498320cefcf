import { WEEKDAY_NAMES } from "../../core/dates";
import { DEFAULT_TIME_ZONE, cellText, readYesNo } from "../../sheets/cells";
import { now } from "../platform/clock";
import {
  SETTINGS_COLUMNS,
  SETTINGS_DEF,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  columnFor,
  headersOf,
  settingFor,
  type SettingDef,
  type SettingKey,
} from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import { stepInShown } from "../../sheets/message-settings";
import { readWeekday } from "../../sheets/schemas";
import { asText } from "../../sheets/write-assignments";
import type { SaveSettingsArgs } from "../../shared/contract";
import type {
  SettingField,
  SettingInput,
  SettingProblem,
  SettingsForm,
  SettingsSaved,
} from "../../shared/panel-types";
import { padGrid } from "../platform/map-sheets";
import { PLAIN_TEXT_FORMAT, TEXT_KINDS as SETTING_TEXT_KINDS } from "../setup/setup";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";

// The Settings sheet as a form. Values are checked by the same reader that plans (readMap), so
// the form accepts exactly what the planner accepts. One read of the sheet, at most one write.

interface Layout {
  labelCol: number;
  valueCol: number;
  /** Index in the values of each setting's row (the first one, as the reader takes). */
  rows: Map<SettingKey, number>;
}

/** Where the reader finds each setting (mirrors read-map's settingCells). */
function layoutOf(values: unknown[][]): Layout {
  let labelCol = 0;
  let valueCol = 1;
  let first = 0;
  (values[0] ?? []).forEach((h, i) => {
    const col = columnFor(SETTINGS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
    if (col?.key === "setting") {
      labelCol = i;
      first = 1;
    }
    if (col?.key === "value") valueCol = i;
  });
  if (first === 1 && valueCol === labelCol) valueCol = labelCol + 1;
  const rows = new Map<SettingKey, number>();
  for (let i = first; i < values.length; i++) {
    const def = settingFor(cellText(values[i]?.[labelCol], DEFAULT_TIME_ZONE));
    if (def && !rows.has(def.key)) rows.set(def.key, i);
  }
  return { labelCol, valueCol, rows };
}

function inputOf(def: SettingDef): { input: SettingInput; options: string[] } {
  if (def.kind === "yes/no") return { input: "choice", options: ["yes", "no"] };
  if (def.values) return { input: "choice", options: [...def.values] };
  if (def.kind === "date" || def.kind === "email" || def.kind === "number")
    return { input: def.kind, options: [] };
  return { input: "text", options: [] };
}

/** A cell as the form shows it: choices in their canonical spelling when they can be read. */
function shownValue(def: SettingDef, value: unknown, tz: string): string {
  if (def.kind === "yes/no") {
    const r = readYesNo(value, def.label);
    if (r.ok) return r.value === undefined ? "" : r.value ? "yes" : "no";
  }
  if (def.key === "stepIn") {
    const shown = stepInShown(value);
    if (shown !== undefined) return shown;
  }
  if (def.key === "checkInDay") {
    const r = readWeekday(value, def.label, tz);
    if (r.ok && r.value) return WEEKDAY_NAMES[r.value - 1];
  }
  return cellText(value, tz);
}

/**
 * The reader's messages end by saying what is used meanwhile ("2 is used until then"). That is
 * true of a cell in the sheet, not of a form that saved nothing, so a refused save leaves it out.
 */
export function refusedMessage(message: string): string {
  const sentences = message.replace(/, used until then\)/g, ")").split(/(?<=\.)\s+(?=[A-Z0-9"])/);
  const kept = sentences.filter((s) => !/until then/i.test(s));
  return (kept.length ? kept : sentences).join(" ");
}

/** What the reader says about each setting, by key. */
function problemsOf(
  values: unknown[][],
  tz: string,
  word: (message: string) => string = (m) => m,
): Map<SettingKey, string> {
  const { errors } = readMap({ [SETTINGS_SHEET]: values }, { timeZone: tz, now: now() });
  const out = new Map<SettingKey, string>();
  for (const e of errors) {
    if (e.sheet !== SETTINGS_SHEET) continue;
    const def = SETTINGS_ROWS.find((s) => s.label === e.column);
    if (def && !out.has(def.key)) out.set(def.key, word(e.message));
  }
  return out;
}

function formOf(values: unknown[][], tz: string, problems: Map<SettingKey, string>): SettingsForm {
  const layout = layoutOf(values);
  return {
    fields: SETTINGS_ROWS.map((def): SettingField => {
      const index = layout.rows.get(def.key);
      const raw = index === undefined ? "" : values[index]?.[layout.valueCol];
      return {
        key: def.key,
        label: def.label,
        value: shownValue(def, raw, tz),
        note: def.note,
        ...inputOf(def),
        required: def.required,
        problem: problems.get(def.key) ?? "",
      };
    }),
  };
}

function readSettingsSheet(withFormats = false) {
  const spreadsheet = activeSpreadsheet();
  const sheet = spreadsheet.getSheetByName(SETTINGS_SHEET);
  const range = sheet?.getDataRange();
  return {
    spreadsheet,
    sheet,
    tz: spreadsheet.getSpreadsheetTimeZone(),
    values: range ? range.getValues() : [],
    formats: range && withFormats ? range.getNumberFormats() : [],
  };
}

export function settingsForm(): SettingsForm {
  const { values, tz } = readSettingsSheet();
  return formOf(values, tz, problemsOf(values, tz));
}

export function saveSettingsForm(args: SaveSettingsArgs): SettingsSaved {
  return withDocumentLock(() => {
    const { spreadsheet, sheet, values, formats, tz } = readSettingsSheet(true);
    const grid = values.map((row) => [...row]);
    if (grid.length === 0) grid.push(headersOf(SETTINGS_DEF));
    const layout = layoutOf(grid);
    const width = Math.max(layout.labelCol, layout.valueCol) + 1;
    // Cells that get text a person typed and are not plain text yet: made plain before the write,
    // so Sheets keeps "50%" or "5 Jan" as typed rather than converting it by locale.
    const makePlain: number[] = [];
    for (const def of SETTINGS_ROWS) {
      const typed = args.values[def.key];
      if (typed === undefined) continue;
      const text = typed.trim();
      const textual = SETTING_TEXT_KINDS.has(def.kind);
      const index = layout.rows.get(def.key);
      if (index !== undefined) {
        // A plain-text cell keeps text as typed; elsewhere "=…" needs the apostrophe.
        const plain = formats[index]?.[layout.valueCol] === PLAIN_TEXT_FORMAT;
        if (!plain && textual && text !== "") makePlain.push(index);
        grid[index][layout.valueCol] = plain || textual ? text : asText(text);
        continue;
      }
      const row: unknown[] = Array<unknown>(width).fill("");
      row[layout.labelCol] = def.label;
      row[layout.valueCol] = textual ? text : asText(text);
      if (textual && text !== "") makePlain.push(grid.length);
      layout.rows.set(def.key, grid.length);
      grid.push(row);
    }

    const problems = problemsOf(grid, tz, refusedMessage);
    const form = formOf(grid, tz, problems);
    if (problems.size > 0) {
      const errors: SettingProblem[] = form.fields
        .filter((f) => f.problem)
        .map((f) => ({ key: f.key, label: f.label, value: f.value, message: f.problem }));
      return {
        saved: false,
        errors,
        message: `Nothing was saved: ${errors.length === 1 ? "1 setting needs" : `${errors.length} settings need`} fixing first.`,
        form,
      };
    }

    const target = sheet ?? spreadsheet.insertSheet(SETTINGS_SHEET);
    const padded = padGrid(grid, values.length, values[0]?.length ?? 0);
    if (padded.length > target.getMaxRows())
      target.insertRowsAfter(target.getMaxRows(), padded.length - target.getMaxRows());
    for (const index of makePlain)
      target.getRange(index + 1, layout.valueCol + 1).setNumberFormat(PLAIN_TEXT_FORMAT);
    target.getRange(1, 1, padded.length, padded[0].length).setValues(padded);
    return { saved: true, errors: [], message: "Settings saved.", form };
  });
}
