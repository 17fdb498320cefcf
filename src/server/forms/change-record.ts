import type { PropertiesApi, SpreadsheetApi } from "../../gas/gas";
import {
  CHANGE_RECORD_SHEET,
  changeRecordValues,
  emptyChangeRecord,
  readChangeRecord,
  type ChangeRecord,
  type SectionRecord,
} from "../../sheets/change-form-record";
import { asText } from "../../sheets/write-assignments";
import { now } from "../platform/clock";
import { propertyLookup } from "../platform/map-properties";

// Where the "Can't make it" form's codes and sections are kept: the hidden Change form record
// sheet (sheets/change-form-record.ts), read once in a run (one getValues) and written whole
// (one setValues) when something changed. A sheet is there in every run, the add-on's timed
// trigger included (it opens the map by id), so no user-properties copy is needed.
//
// Maps made before kept the same in document properties (and the user's copy): every code in one
// value, each section in its own. They are read once, when the sheet does not exist yet, written
// to the sheet at the first save, and then deleted, so old links with old codes still resolve.
//
// A save that fails (a sheet Google would not write) is kept in a small property that Check
// setup shows until the sheet's own Saved stamp is later; the run's own Log says so too. So a
// save that works costs no property call.

export const LEGACY_TOKENS_KEY = "sm.change.tokens";
export const LEGACY_ROUTES_KEY = "sm.change.routes";
export const LEGACY_SECTION_KEY = "sm.change.section.";
/** The last save that failed, for Check setup: stale once the sheet says it was saved since. */
export const RECORD_PROBLEM_KEY = "sm.change.recordProblem";

export interface ChangeRecordContext {
  props: PropertiesApi;
  read: { spreadsheet: SpreadsheetApi; timeZone: string };
}

interface Loaded {
  record: ChangeRecord;
  /** Old property keys still to delete once the sheet holds what they held. */
  legacy: string[];
  /** Changed since the last save, which is left to the next one in the run. */
  pending?: boolean;
  /** Why a save failed in this run: not tried again until the next run. */
  failed?: string;
  /** The sheet's rows as read (a whole-column read: all of them), when it exists. */
  rows?: number;
}

/** One load per run: each run has its own props object (the session's, or a snapshot). */
const loaded = new WeakMap<PropertiesApi, Loaded>();

function parseObject(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function parseSection(text: string | undefined): SectionRecord | undefined {
  const v = parseObject(text) as Partial<SectionRecord>;
  if (!Array.isArray(v.shown) || !v.choices || typeof v.choices !== "object") return undefined;
  return {
    page: typeof v.page === "number" ? v.page : 0,
    dates: typeof v.dates === "number" ? v.dates : 0,
    shown: v.shown.filter((s): s is string => typeof s === "string"),
    choices: v.choices,
  };
}

/** What a map made before the sheet kept in properties, and the keys it used. */
function readLegacy(props: PropertiesApi): Loaded | undefined {
  // One call on the usual map (no old codes); all keys at once only where there are some.
  if (props.getProperty(LEGACY_TOKENS_KEY) === null) return undefined;
  const stored = propertyLookup(props);
  const keys = props.getKeys().filter((k) => k.startsWith("sm.change."));
  const record = emptyChangeRecord();
  for (const [helper, code] of Object.entries(parseObject(stored(LEGACY_TOKENS_KEY))))
    if (typeof code === "string" && code) record.tokens[helper] = code;
  for (const [code, page] of Object.entries(parseObject(stored(LEGACY_ROUTES_KEY))))
    if (typeof page === "number") record.routes[code] = page;
  for (const key of keys) {
    if (!key.startsWith(LEGACY_SECTION_KEY)) continue;
    const section = parseSection(stored(key));
    if (section) record.sections[key.slice(LEGACY_SECTION_KEY.length)] = section;
  }
  const legacy = keys.filter(
    (k) => k === LEGACY_TOKENS_KEY || k === LEGACY_ROUTES_KEY || k.startsWith(LEGACY_SECTION_KEY),
  );
  // Moved to the sheet at the run's first save, which a run that brings sections up to date
  // makes even when nothing else changed.
  return { record, legacy, pending: true };
}

function load(ctx: ChangeRecordContext): Loaded {
  const known = loaded.get(ctx.props);
  if (known) return known;
  const values = readRecordSheet(ctx.read.spreadsheet);
  const made: Loaded = values
    ? { record: readChangeRecord(values, ctx.read.timeZone), legacy: [], rows: values.length }
    : (readLegacy(ctx.props) ?? { record: emptyChangeRecord(), legacy: [] });
  loaded.set(ctx.props, made);
  return made;
}

/** The codes and sections, read once in a run. Changes are kept by saveChangeRecord. */
export function changeRecord(ctx: ChangeRecordContext): ChangeRecord {
  return load(ctx).record;
}

/** Leaves the save to the next one in this run (one write where two would do). */
export function saveChangeRecordLater(ctx: ChangeRecordContext): void {
  load(ctx).pending = true;
}

/** Whether a save failed in this run (said once in its Log). */
export function changeRecordFailed(ctx: ChangeRecordContext): boolean {
  return !!load(ctx).failed;
}

export function changeRecordPending(ctx: ChangeRecordContext): boolean {
  return !!load(ctx).pending;
}

/**
 * Writes the record to its sheet (one write), then deletes the old properties it replaced.
 * Throws when the sheet could not be written, after noting why for Check setup.
 */
export function saveChangeRecord(ctx: ChangeRecordContext): void {
  const state = load(ctx);
  if (state.failed) throw new Error(state.failed);
  try {
    const values = changeRecordValues(state.record, now().toISOString());
    state.rows = writeRecordSheet(ctx.read.spreadsheet, values, state.rows);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    try {
      ctx.props.setProperty(
        RECORD_PROBLEM_KEY,
        JSON.stringify({ at: now().toISOString(), message: message.slice(0, 500) }),
      );
    } catch {
      // The Log still says it.
    }
    state.failed = `the hidden ${CHANGE_RECORD_SHEET} sheet could not be written: ${message}`;
    throw new Error(state.failed);
  }
  state.pending = false;
  for (const key of state.legacy.splice(0)) ctx.props.deleteProperty(key);
}

/** The sheet's values (two calls), or undefined when there is no such sheet yet. */
export function readRecordSheet(ss: SpreadsheetApi): unknown[][] | undefined {
  try {
    // A range naming a sheet that does not exist throws:
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)
    return ss.getRange(`'${CHANGE_RECORD_SHEET}'!A:L`).getValues();
  } catch {
    return undefined;
  }
}

/** Writes the whole sheet; returns its rows. Three calls where the sheet is big enough. */
function writeRecordSheet(ss: SpreadsheetApi, rows: string[][], known?: number): number {
  const values = rows.map((r) => r.map(asText));
  const width = values[0].length;
  if (known && values.length <= known) {
    // Blank rows below clear what an earlier, longer record left.
    while (values.length < known) values.push(values[0].map(() => ""));
    ss.getRange(`'${CHANGE_RECORD_SHEET}'!A1:L${known}`).setNumberFormat("@").setValues(values);
    return known;
  }
  let sheet = ss.getSheetByName(CHANGE_RECORD_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(CHANGE_RECORD_SHEET);
    sheet.setFrozenRows(1);
    sheet.hideSheet();
  }
  if (values.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.clearContents();
  // Plain text: a code, an id or a date stays exactly what was written.
  sheet.getRange(1, 1, values.length, width).setNumberFormat("@").setValues(values);
  return sheet.getMaxRows();
}

/** The last save that failed, if the next one has not worked yet. */
export function recordProblem(props: PropertiesApi): { at: string; message: string } | undefined {
  const v = parseObject(props.getProperty(RECORD_PROBLEM_KEY) ?? undefined);
  return typeof v.at === "string" && typeof v.message === "string"
    ? { at: v.at, message: v.message }
    : undefined;
}
