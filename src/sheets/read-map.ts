import { nameKey } from "../core/problem";
import { addDays } from "../core/dates";
import type {
  Assignment,
  IsoDate,
  Need,
  Offer,
  Person,
  Settings,
  SheetError,
  SupportMap,
} from "../core/model";
import type { CellReading } from "../core/readings";
import { dateOrderOf, type DaysContext, parseQuietTimes } from "../core/schedule";
import { helpOnce, moveTimeOutOfDays, quietReading, rowReadings } from "./cell-readings";
import { parseDateRanges } from "../core/lifecycle/coordinators";
import { readMessageSettings } from "./message-settings";
import { rankUnread, type UnreadRow, type UnreadSheet } from "../core/unread";
import {
  DEFAULT_TIME_ZONE,
  cellText,
  isBlank,
  isoDateIn,
  isValidTimeZone,
  looksLikeEmail,
  readChoice,
  readDate,
  readWholeNumber,
  readYesNo,
} from "./cells";
import {
  ASSIGNMENTS_COLUMNS,
  ASSIGNMENTS_SHEET,
  type ColumnDef,
  NEEDS_COLUMNS,
  NEEDS_SHEET,
  OFFERS_COLUMNS,
  OFFERS_SHEET,
  PEOPLE_COLUMNS,
  PEOPLE_SHEET,
  PRIORITIES,
  SETTINGS_COLUMNS,
  SETTINGS_SHEET,
  type SettingKey,
  columnFor,
  MAP_STATES,
  settingFor,
} from "./columns";
import {
  type Fields,
  type RowProblem,
  assignmentFields,
  needFields,
  offerFields,
  personFields,
  readPersonStatus,
  readRow,
  readWeekday,
} from "./schemas";

/**
 * How to read the map. Today is always the caller's (the server's clock, or a test's), never
 * this module's own new Date(): one clock for the whole request. Pass `today` in the map's
 * zone, or `now` to have it read in the map's zone. It is used when Settings have no start date.
 */
export type ReadMapOptions = {
  /** The spreadsheet's time zone; the Settings' Time zone wins when it is set. */
  timeZone?: string;
  /**
   * The spreadsheet's locale ("en_GB", "en_US"), which says whether 9/12 in a Days cell is
   * 9 December or 12 September; without it such a date is read only when the map's dates allow
   * one reading.
   */
  locale?: string;
} & ({ today: IsoDate; now?: undefined } | { now: Date; today?: undefined });

export type SheetValues = Record<string, unknown[][] | undefined>;

/** How long a map runs when the coordinator has not said (the guide: set an end date). */
const DEFAULT_WEEKS = 4;

export { nameKey };

function sheetNamed(sheets: SheetValues, name: string): unknown[][] | undefined {
  if (sheets[name]) return sheets[name];
  const key = Object.keys(sheets).find((k) => k.trim().toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : sheets[key];
}

/**
 * Reads the whole support map from sheet values. Every cell problem becomes a SheetError; rows
 * that cannot be used are left out and the rest of the map still reads. `readings` says how
 * every Days and Time cell of Needs and Offers was read, in sheet and row order.
 */
export function readMap(
  sheets: SheetValues,
  options: ReadMapOptions,
): { map: SupportMap; errors: SheetError[]; readings: CellReading[] } {
  const errors: Record<string, SheetError[]> = {};
  const report = (e: SheetError) => (errors[e.sheet] ??= []).push(e);
  const readings: CellReading[] = [];
  const read: Read = { report, readings };
  const unread: UnreadRow[] = [];

  const settings = readSettings(sheetNamed(sheets, SETTINGS_SHEET), options, read);
  const tz = cellZone(options, settings.timeZone);
  const dateOrder = dateOrderOf(options.locale);
  const context: DaysContext = {
    from: settings.startDate,
    until: settings.endDate,
    ...(dateOrder && { dateOrder }),
  };
  const people = readPeople(sheetNamed(sheets, PEOPLE_SHEET), tz, report, unread);
  const needs = readNeeds(sheetNamed(sheets, NEEDS_SHEET), settings, tz, context, read, unread);
  const offers = readOffers(sheetNamed(sheets, OFFERS_SHEET), people, tz, context, read, unread);
  const assignments = readAssignments(sheetNamed(sheets, ASSIGNMENTS_SHEET), settings, tz, report);

  const order = [SETTINGS_SHEET, NEEDS_SHEET, PEOPLE_SHEET, OFFERS_SHEET, ASSIGNMENTS_SHEET];
  return {
    map: { settings, needs, people, offers, assignments, unread: rankUnread(unread) },
    errors: helpOnce(order.flatMap((sheet) => (errors[sheet] ?? []).sort((a, b) => a.row - b.row))),
    readings,
  };
}

type Report = (error: SheetError) => void;

/** Where a table's problems and its Days and Time readings go. */
interface Read {
  report: Report;
  readings: CellReading[];
}

/**
 * The zone date cells are read in. Sheets hands a date cell over as midnight in the
 * spreadsheet's own time zone, whatever the Settings say, so that zone reads the calendar day.
 */
function cellZone(options: ReadMapOptions, settingsZone: string): string {
  return options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : settingsZone;
}

// ---- tables ---------------------------------------------------------------------------------

interface TableRow<T> {
  row: number;
  raw: Record<string, unknown>;
  /** The cells as typed, before `prepare` moved anything. */
  typed: Record<string, unknown>;
  /** What `prepare` said it did (the time of day it took from Days into Time). */
  prepared?: string;
  value?: T;
  problems: RowProblem[];
}

function readTable<K extends string, T>(
  sheet: string,
  rows: unknown[][] | undefined,
  columns: readonly ColumnDef<K>[],
  fields: (header: (key: K) => string) => Fields<T>,
  report: Report,
  options: {
    sheetRequired: boolean;
    /** Adjusts a row's cells before they are read; what it returns is kept on the row. */
    prepare?: (raw: Record<string, unknown>) => string | undefined;
  },
): TableRow<T>[] {
  if (!rows || rows.length === 0) {
    if (options.sheetRequired)
      report({
        sheet,
        row: 1,
        column: "",
        value: "",
        message: `There is no ${sheet} sheet, or it is empty. Use Set up to create it with its headers.`,
      });
    return [];
  }
  const index = new Map<K, number>();
  (rows[0] ?? []).forEach((h, i) => {
    const col = columnFor(columns, cellText(h, DEFAULT_TIME_ZONE));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  const missing = columns.filter((c) => c.required && !index.has(c.key));
  for (const c of missing)
    report({
      sheet,
      row: 1,
      column: c.header,
      value: "",
      message: `The ${sheet} sheet has no "${c.header}" column. Add a column headed ${c.header}: no row can be read without it.`,
    });
  if (missing.length > 0) return [];

  const header = (key: K) => columns.find((c) => c.key === key)?.header ?? key;
  const rowFields = fields(header);
  const out: TableRow<T>[] = [];
  rows.slice(1).forEach((cells, i) => {
    const raw: Record<string, unknown> = {};
    for (const c of columns) {
      const col = index.get(c.key);
      raw[c.key] = col === undefined ? undefined : cells?.[col];
    }
    if (Object.values(raw).every(isBlank)) return;
    const typed = { ...raw };
    const prepared = options.prepare?.(raw);
    out.push({ row: i + 2, raw, typed, prepared, ...readRow(rowFields, raw) });
  });
  return out;
}

function reportProblems<K extends string>(
  sheet: string,
  row: TableRow<unknown>,
  columns: readonly ColumnDef<K>[],
  tz: string,
  report: Report,
): void {
  for (const p of row.problems)
    report({
      sheet,
      row: row.row,
      column: columns.find((c) => c.key === p.key)?.header ?? p.key,
      value: cellText(row.raw[p.key], tz),
      message: p.message,
    });
}

/** A row that cannot be used, kept in view with what it says and why it cannot be read. */
function unreadRow<K extends string>(
  sheet: UnreadSheet,
  row: TableRow<unknown>,
  columns: readonly ColumnDef<K>[],
  tz: string,
  label: string,
): UnreadRow {
  const typed = (key: string) => cellText(row.raw[key], tz);
  const priority = readChoice(row.raw.priority, "Priority", PRIORITIES);
  return {
    sheet,
    row: row.row,
    label,
    priority: sheet === "Needs" && priority.ok ? (priority.value ?? "medium") : "high",
    type: typed("type"),
    problems: row.problems.map((p) => ({
      column: columns.find((c) => c.key === p.key)?.header ?? p.key,
      value: typed(p.key),
      message: p.message,
    })),
  };
}

// ---- people and offers ----------------------------------------------------------------------

function readPeople(
  rows: unknown[][] | undefined,
  tz: string,
  report: Report,
  unread: UnreadRow[],
): Person[] {
  const people: Person[] = [];
  const seen = new Map<string, Person>();
  const table = readTable(PEOPLE_SHEET, rows, PEOPLE_COLUMNS, (h) => personFields(tz, h), report, {
    sheetRequired: true,
  });
  for (const r of table) {
    const status = readPersonStatus(r.raw.status, "Status", tz);
    const excluded = status.status.kind === "do not involve";
    // Someone the person supported does not want involved is never named, not even in an error.
    if (!excluded) reportProblems(PEOPLE_SHEET, r, PEOPLE_COLUMNS, tz, report);
    if (status.error)
      report({
        sheet: PEOPLE_SHEET,
        row: r.row,
        column: "Status",
        value: cellText(r.raw.status, tz),
        message: status.error,
      });
    if (!r.value) {
      if (!excluded)
        unread.push(unreadRow("People", r, PEOPLE_COLUMNS, tz, cellText(r.raw.name, tz)));
      continue;
    }
    const v = r.value;
    const earlier = seen.get(nameKey(v.name));
    if (earlier) {
      if (!excluded && earlier.status.kind !== "do not involve")
        report({
          sheet: PEOPLE_SHEET,
          row: r.row,
          column: "Name",
          value: v.name,
          message: `Name "${v.name}" is already on row ${earlier.row}. Keep one row per person; this row is left out.`,
        });
      continue;
    }
    const person: Person = {
      row: r.row,
      name: v.name,
      email: v.email,
      phone: v.phone,
      relationship: v.relationship,
      area: v.area,
      ...(v.maxTasks !== undefined && { maxTasks: v.maxTasks }),
      ...(v.maxVisitsPerWeek !== undefined && { maxVisitsPerWeek: v.maxVisitsPerWeek }),
      status: status.status,
      notes: v.notes,
    };
    seen.set(nameKey(v.name), person);
    people.push(person);
  }
  return people;
}

function readOffers(
  rows: unknown[][] | undefined,
  people: Person[],
  tz: string,
  context: DaysContext,
  { report, readings }: Read,
  unread: UnreadRow[],
): Offer[] {
  const byName = new Map(people.map((p) => [nameKey(p.name), p]));
  const offers: Offer[] = [];
  const table = readTable(
    OFFERS_SHEET,
    rows,
    OFFERS_COLUMNS,
    (h) => offerFields(tz, h, context),
    report,
    { sheetRequired: true, prepare: (raw) => moveTimeOutOfDays(raw, tz) },
  );
  for (const r of table) {
    const typed = cellText(r.raw.person, tz);
    const person = byName.get(nameKey(typed));
    const excluded = person?.status.kind === "do not involve";
    if (!excluded) reportProblems(OFFERS_SHEET, r, OFFERS_COLUMNS, tz, report);
    // Like their errors, the offers of someone not to be involved are not shown.
    if (!excluded)
      readings.push(...rowReadings(OFFERS_SHEET, r.row, r.typed, r.raw, tz, context, r.prepared));
    if (!r.value) {
      const type = cellText(r.raw.type, tz);
      if (!excluded)
        unread.push(
          unreadRow("Offers", r, OFFERS_COLUMNS, tz, [typed, type].filter(Boolean).join(": ")),
        );
      continue;
    }
    const v = r.value;
    if (!person)
      report({
        sheet: OFFERS_SHEET,
        row: r.row,
        column: "Person",
        value: v.person,
        message: `Person "${v.person}" is not on the People sheet. Add a row for them there (with their email); until then they are treated as active.`,
      });
    let until = v.until;
    if (v.from && until && until < v.from) {
      if (!excluded)
        report({
          sheet: OFFERS_SHEET,
          row: r.row,
          column: "Until",
          value: until,
          message: `Until ${until} is before From ${v.from}. Write a date on or after ${v.from}; until then the offer runs to the end.`,
        });
      until = undefined;
    }
    offers.push({
      row: r.row,
      person: person ? person.name : v.person,
      type: v.type,
      days: v.days.rule,
      daysText: v.days.text,
      time: v.time,
      mode: v.mode,
      ...(v.from && { from: v.from }),
      ...(until && { until }),
      backupOnly: v.backupOnly,
      notes: v.notes,
    });
  }
  return offers;
}

// ---- needs and assignments --------------------------------------------------------------------

function readNeeds(
  rows: unknown[][] | undefined,
  settings: Settings,
  tz: string,
  context: DaysContext,
  { report, readings }: Read,
  unread: UnreadRow[],
): Need[] {
  const needs: Need[] = [];
  const seen = new Map<string, number>();
  const table = readTable(
    NEEDS_SHEET,
    rows,
    NEEDS_COLUMNS,
    (h) => needFields(tz, h, context),
    report,
    { sheetRequired: true, prepare: (raw) => moveTimeOutOfDays(raw, tz) },
  );
  for (const r of table) {
    reportProblems(NEEDS_SHEET, r, NEEDS_COLUMNS, tz, report);
    readings.push(...rowReadings(NEEDS_SHEET, r.row, r.typed, r.raw, tz, context, r.prepared));
    if (!r.value) {
      unread.push(unreadRow("Needs", r, NEEDS_COLUMNS, tz, cellText(r.raw.name, tz)));
      continue;
    }
    const v = r.value;
    const earlier = seen.get(nameKey(v.name));
    if (earlier !== undefined) {
      report({
        sheet: NEEDS_SHEET,
        row: r.row,
        column: "Need",
        value: v.name,
        message: `Need "${v.name}" is already on row ${earlier}. Give each need its own name; this row is left out.`,
      });
      continue;
    }
    seen.set(nameKey(v.name), r.row);
    const from = v.from ?? settings.startDate;
    let until = v.until ?? settings.endDate;
    if (until < from) {
      report({
        sheet: NEEDS_SHEET,
        row: r.row,
        column: "Until",
        value: until,
        message: `Until ${until} is before From ${from}. Write a date on or after ${from}; meanwhile the map's end date ${settings.endDate} is used.`,
      });
      until = settings.endDate;
    }
    needs.push({
      row: r.row,
      name: v.name,
      type: v.type,
      category: v.category,
      priority: v.priority,
      days: v.days.rule,
      daysText: v.days.text,
      time: v.time,
      mode: v.mode,
      from,
      until,
      helpers: v.helpers,
      backup: v.backup ?? v.priority === "high",
      status: v.status,
      details: v.details,
      ...(v.instructions ? { instructions: v.instructions } : {}),
      notes: v.notes,
    });
  }
  return needs;
}

function readAssignments(
  rows: unknown[][] | undefined,
  settings: Settings,
  tz: string,
  report: Report,
): Assignment[] {
  const table = readTable(
    ASSIGNMENTS_SHEET,
    rows,
    ASSIGNMENTS_COLUMNS,
    (h) => assignmentFields(tz, h),
    report,
    { sheetRequired: false },
  );
  const out: Assignment[] = [];
  for (const r of table) {
    reportProblems(ASSIGNMENTS_SHEET, r, ASSIGNMENTS_COLUMNS, tz, report);
    if (!r.value) continue;
    const v = r.value;
    out.push({
      row: r.row,
      need: v.need,
      person: v.person,
      role: v.role,
      daysText: v.days,
      timeText: v.time,
      from: v.from ?? settings.startDate,
      until: v.until ?? settings.endDate,
      status: v.status,
      pinned: v.pinned,
      ...(v.briefed && { briefed: v.briefed }),
    });
  }
  return out;
}

// ---- settings -------------------------------------------------------------------------------

interface SettingCell {
  row: number;
  value: unknown;
}

function settingCells(rows: unknown[][] | undefined): {
  cells: Map<SettingKey, SettingCell>;
  nextRow: number;
} {
  const cells = new Map<SettingKey, SettingCell>();
  if (!rows || rows.length === 0) return { cells, nextRow: 2 };
  let labelCol = 0;
  let valueCol = 1;
  let first = 0;
  const header = rows[0] ?? [];
  header.forEach((h, i) => {
    const col = columnFor(SETTINGS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
    if (col?.key === "setting") {
      labelCol = i;
      first = 1;
    }
    if (col?.key === "value") valueCol = i;
  });
  if (first === 1 && valueCol === labelCol) valueCol = labelCol + 1;
  for (let i = first; i < rows.length; i++) {
    const setting = settingFor(cellText(rows[i]?.[labelCol], DEFAULT_TIME_ZONE));
    if (setting && !cells.has(setting.key))
      cells.set(setting.key, { row: i + 1, value: rows[i]?.[valueCol] });
  }
  return { cells, nextRow: rows.length + 1 };
}

function readSettings(
  rows: unknown[][] | undefined,
  options: ReadMapOptions,
  { report, readings }: Read,
): Settings {
  const { cells, nextRow } = settingCells(rows);
  const where = (key: SettingKey) => cells.get(key)?.row ?? nextRow;
  const raw = (key: SettingKey) => cells.get(key)?.value;
  const fail = (key: SettingKey, column: string, message: string, tz: string) =>
    report({
      sheet: SETTINGS_SHEET,
      row: where(key),
      column,
      value: cellText(raw(key), tz),
      message,
    });

  if (!rows || rows.length === 0)
    report({
      sheet: SETTINGS_SHEET,
      row: 1,
      column: "",
      value: "",
      message: "There is no Settings sheet, or it is empty. Use Set up to create it.",
    });

  // The time zone comes first: every date in the map is read in it.
  const fallbackZone =
    options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : DEFAULT_TIME_ZONE;
  const zoneText = cellText(raw("timeZone"), DEFAULT_TIME_ZONE);
  let timeZone = fallbackZone;
  if (zoneText && isValidTimeZone(zoneText)) timeZone = zoneText;
  else if (zoneText)
    fail(
      "timeZone",
      "Time zone",
      `Time zone "${zoneText}" is not a time zone name. Write one like Europe/London or America/New_York, or leave it blank for the spreadsheet's (${fallbackZone}, used until then).`,
      DEFAULT_TIME_ZONE,
    );

  const text = (key: SettingKey) => cellText(raw(key), timeZone);

  const email = (key: SettingKey, label: string): string => {
    const t = text(key);
    if (!t || looksLikeEmail(t)) return t;
    fail(
      key,
      label,
      `${label} "${t}" does not look like an email address (name@example.com).`,
      timeZone,
    );
    return "";
  };

  const date = (
    key: SettingKey,
    label: string,
    example: string,
    meanwhile: string,
  ): IsoDate | undefined => {
    const r = readDate(raw(key), cellZone(options, timeZone), label);
    if (!r.ok) {
      fail(key, label, `${r.error} ${meanwhile}`, timeZone);
      return undefined;
    }
    if (r.value === undefined)
      fail(
        key,
        label,
        cells.has(key)
          ? `${label} is empty. Write it as YYYY-MM-DD, for example ${example}. ${meanwhile}`
          : `Settings has no "${label}" row. Add one with the date written as YYYY-MM-DD, for example ${example}. ${meanwhile}`,
        timeZone,
      );
    return r.value;
  };

  const today = options.today !== undefined ? options.today : isoDateIn(options.now, timeZone);
  const startDate =
    date("startDate", "Start date", today, `Until then the map starts today (${today}).`) ?? today;
  const defaultEnd = addDays(startDate, DEFAULT_WEEKS * 7 - 1);
  const meanwhile = `Set an end date from the start; until then the map runs ${DEFAULT_WEEKS} weeks, to ${defaultEnd}.`;
  let endDate = date("endDate", "End date", defaultEnd, meanwhile);
  if (endDate !== undefined && endDate < startDate) {
    fail(
      "endDate",
      "End date",
      `End date ${endDate} is before Start date ${startDate}. Write the last day of support, on or after ${startDate}. ${meanwhile}`,
      timeZone,
    );
    endDate = undefined;
  }

  const checkIn = readWeekday(raw("checkInDay"), "Check-in day", timeZone);
  if (!checkIn.ok)
    fail("checkInDay", "Check-in day", `${checkIn.error} Friday is used until then.`, timeZone);

  const maxTasks = readWholeNumber(raw("maxTasks"), "Max tasks per helper", 1, 20);
  if (!maxTasks.ok)
    fail("maxTasks", "Max tasks per helper", `${maxTasks.error} 2 is used until then.`, timeZone);

  const quietText = text("quietTimes");
  let quietTimes: Settings["quietTimes"] = [];
  const quiet = parseQuietTimes(quietText);
  if (quiet.ok) quietTimes = quiet.value;
  else
    fail(
      "quietTimes",
      "Quiet times",
      `${quiet.error} No quiet times are kept until then.`,
      timeZone,
    );
  // Quiet times read bare hours their own way ("before 10" is the morning): show how.
  if (quietText) readings.push(quietReading(where("quietTimes"), quietText));

  const yesNo = (key: SettingKey, label: string): boolean => {
    const r = readYesNo(raw(key), label);
    if (r.ok) return r.value ?? false;
    fail(key, label, `${r.error} No is used until then.`, timeZone);
    return false;
  };

  const life = readLifecycle(raw, text, fail, (key, label) =>
    cells.has(key) ? date(key, label, today, "It is left blank until then.") : undefined,
  );

  return {
    ...life,
    ...readMessageSettings(raw, fail),
    supportedName: text("supportedName"),
    supportedEmail: email("supportedEmail", "Person supported's email"),
    coordinatorName: text("coordinatorName"),
    coordinatorEmail: email("coordinatorEmail", "Coordinator email"),
    startDate,
    endDate: endDate ?? defaultEnd,
    checkInDay: (checkIn.ok && checkIn.value) || 5,
    maxTasks: (maxTasks.ok && maxTasks.value) || 2,
    quietTimes,
    quietTimesText: quietTimes.length > 0 ? quietText : "",
    publicSummary: text("publicSummary"),
    timeZone,
    paused: yesNo("paused", "Map paused"),
    dailySummary: yesNo("dailySummary", "Daily summary"),
  };
}

/** The rows of the map's life (issue 14); each is left out when blank, so older maps read as before. */
function readLifecycle(
  raw: (key: SettingKey) => unknown,
  text: (key: SettingKey) => string,
  fail: (key: SettingKey, column: string, message: string, tz: string) => void,
  date: (key: SettingKey, label: string) => IsoDate | undefined,
): Partial<Settings> {
  const out: Partial<Settings> = {};
  const state = readChoice(raw("mapState"), "Map state", MAP_STATES);
  if (!state.ok)
    fail(
      "mapState",
      "Map state",
      `${state.error} The map counts as prepared until then: nothing is sent.`,
      DEFAULT_TIME_ZONE,
    );
  const mapState = state.ok ? state.value : "prepared";
  if (mapState) out.mapState = mapState;
  const agreed = readYesNo(raw("supportedAgreed"), "Person supported agreed");
  if (!agreed.ok)
    fail(
      "supportedAgreed",
      "Person supported agreed",
      `${agreed.error} It counts as not yet.`,
      DEFAULT_TIME_ZONE,
    );
  else if (agreed.value !== undefined) out.supportedAgreed = agreed.value;
  if (!isBlank(raw("agreedOn"))) {
    const on = date("agreedOn", "Agreed on");
    if (on) out.agreedOn = on;
  }
  for (const key of [
    "crisisResources",
    "professionalResources",
    "backupCoordinatorName",
  ] as const) {
    const t = text(key);
    if (t) out[key] = t;
  }
  const backupEmail = text("backupCoordinatorEmail");
  if (backupEmail && looksLikeEmail(backupEmail)) out.backupCoordinatorEmail = backupEmail;
  else if (backupEmail)
    fail(
      "backupCoordinatorEmail",
      "Backup coordinator email",
      `Backup coordinator email "${backupEmail}" does not look like an email address (name@example.com).`,
      DEFAULT_TIME_ZONE,
    );
  const away = parseDateRanges(text("coordinatorAway"));
  if (away.ok) {
    if (away.value.length) out.coordinatorAway = away.value;
  } else
    fail(
      "coordinatorAway",
      "Coordinator away",
      `${away.error} You coordinate on every date until then.`,
      DEFAULT_TIME_ZONE,
    );
  const standby = readWholeNumber(raw("maxStandbyDays"), "Max standby days per week", 1, 7);
  if (!standby.ok)
    fail(
      "maxStandbyDays",
      "Max standby days per week",
      `${standby.error} No limit is kept until then.`,
      DEFAULT_TIME_ZONE,
    );
  else if (standby.value !== undefined) out.maxStandbyDays = standby.value;
  return out;
}
