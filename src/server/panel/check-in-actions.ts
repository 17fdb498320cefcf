import { localStamp } from "../../core/messages/zone";
import { personSupported } from "../../core/messages/names";
import type { SheetError } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { AddNeedArgs, PauseNeedArgs } from "../../shared/contract";
import type {
  CheckInActionResult,
  CheckInActionRow,
  CheckInActions,
} from "../../shared/panel-types";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { addedLine, pausedLine } from "../../sheets/check-in-acted";
import {
  ASSIGNMENTS_SHEET,
  columnFor,
  NEEDS_COLUMNS,
  NEEDS_SHEET,
  PEOPLE_SHEET,
  SETTINGS_SHEET,
  SHEET_NAMES,
  type NeedKey,
} from "../../sheets/columns";
import { PLAIN_TEXT, valueForCell } from "../../sheets/literal";
import { CHECK_INS_SHEET } from "../../sheets/message-sheets";
import { readMap } from "../../sheets/read-map";
import { checkInsMessage, latestCheckInRows } from "../forms/check-in-answers";
import { changesText, countChanges, planChanges } from "../plan/plan-diff";
import { planFromSheets } from "../plan/plan";
import { now } from "../platform/clock";
import { withDocumentLock } from "../platform/lock";
import { ensureRows, readMapSheets, type MapSheets } from "../platform/map-sheets";
import { answer, PanelError } from "../platform/rpc";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { isAutomaticFormat } from "../setup/setup";
import {
  activeNeeds,
  helperNamed,
  needNamed,
  needNameFrom,
  newNeedForm,
  readForActions,
  thankableHelpers,
} from "./check-in-choices";
import {
  actedView,
  findCheckIn,
  MISSING,
  NOT_HELPFUL,
  readCheckInsTable,
  recordActed,
  WORKED,
} from "./check-in-rows";

// Check-ins become actions (issue 13): beside each of the person supported's answers, one step
// the coordinator can take. "Add a need" from what was missing appends a row to Needs, read by
// the Needs sheet's own reader first; "Pause a need" from what is not helpful sets that need's
// Status. Nothing is ever told to the person supported. Thanking a helper is in
// check-in-thanks.ts. Each records what was done on the Check-ins row ("Acted on").

const READ_SHEETS = [SETTINGS_SHEET, NEEDS_SHEET, PEOPLE_SHEET, ASSIGNMENTS_SHEET, CHECK_INS_SHEET];

/** The latest answers with their actions: one read of each sheet it needs. */
export function getCheckInActions(...args: unknown[]): CheckInActions {
  return answer("getCheckInActions", args, () => {
    const read = readMapSheets(activeSpreadsheet(), READ_SHEETS);
    const { map, today } = readForActions(read);
    const tz = map.settings.timeZone;
    const table = readCheckInsTable(read.values[CHECK_INS_SHEET], tz);
    const byRow = new Map(table.rows.map((r) => [r.row, r]));
    const { rows, total } = latestCheckInRows(read.values[CHECK_INS_SHEET], tz);
    const needs = activeNeeds(map);
    const helpers = thankableHelpers(map, today);
    const checkIns: CheckInActionRow[] = rows.map(({ row, checkIn }) => {
      const line = byRow.get(row);
      const answers = line?.answers ?? ["", "", ""];
      return {
        ...checkIn,
        ref: { row, responseId: line?.responseId ?? "", answered: line?.answered ?? "" },
        acted: actedView(line ?? { acted: "" }),
        needName: needNameFrom(answers[MISSING]),
        pauseNeed: needNamed(answers[NOT_HELPFUL], needs),
        thankHelper: helperNamed(answers[WORKED], helpers),
      };
    });
    return {
      checkIns,
      total,
      message: checkInsMessage(checkIns.length, total),
      activeNeeds: needs.map((n) => n.name),
      helpers: helpers.map((p) => p.name),
      newNeed: newNeedForm(map, today),
    };
  });
}

function result(
  done: boolean,
  message: string,
  acted: CheckInActionResult["acted"],
  extra: Partial<CheckInActionResult> = {},
): CheckInActionResult {
  return { done, message, acted, planChanges: "", problems: [], ...extra };
}

/** Where each of the Needs sheet's columns is (0-based), by its header or an alias. */
function needColumns(values: unknown[][]): Map<NeedKey, number> {
  const index = new Map<NeedKey, number>();
  (values[0] ?? []).forEach((h, i) => {
    const col = columnFor(NEEDS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  return index;
}

const FORM_COLUMNS: NeedKey[] = ["name", "type", "days", "time", "priority", "from"];

function header(key: NeedKey): string {
  return NEEDS_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

/** A reader's problem with what was typed, in words that say the row, column and text. */
function problemText(e: SheetError): string {
  const where = `Needs row ${e.row}, ${e.column}`;
  const typed = e.value && !e.message.includes(`"${e.value}"`) ? ` ("${e.value}")` : "";
  return `${where}${typed}: ${e.message}`;
}

/** The typed values under the sheet's own headers, for the reader and the write alike. */
function typedRow(args: AddNeedArgs, columns: Map<NeedKey, number>, width: number): string[] {
  const row = Array<string>(width).fill("");
  const put = (key: NeedKey, value: string) => {
    const i = columns.get(key);
    if (i !== undefined) row[i] = value;
  };
  put("name", args.need);
  put("type", args.type);
  put("days", args.days);
  put("time", args.time);
  put("priority", args.priority);
  put("from", args.from);
  return row;
}

function addNeed(args: AddNeedArgs): CheckInActionResult {
  const read = readMapSheets(activeSpreadsheet(), [SETTINGS_SHEET, NEEDS_SHEET, CHECK_INS_SHEET]);
  const tz = read.timeZone;
  const table = readCheckInsTable(read.values[CHECK_INS_SHEET], tz);
  const line = findCheckIn(table, args.ref);
  const acted = actedView(line);
  if (acted.needAdded)
    return result(false, `This answer was already added as a need: ${acted.needAdded}.`, acted);
  const sheet = read.sheets[NEEDS_SHEET];
  const values = read.values[NEEDS_SHEET] ?? [];
  if (!sheet || !values.length)
    throw new PanelError(
      "There is no Needs sheet with its headers, so no need was added. Choose Set up support map in the Support Map menu, then try again.",
    );
  const columns = needColumns(values);
  const missing = FORM_COLUMNS.filter((k) => !columns.has(k));
  if (missing.length)
    throw new PanelError(
      `The Needs sheet has no ${missing.map((k) => `"${header(k)}"`).join(", ")} column, so no need was added. Choose Set up support map in the Support Map menu to add it, then try again.`,
    );
  const width = values[0].length;
  const row = values.length + 1;
  const typed = typedRow(args, columns, width);
  // The Needs sheet's own reader, over the sheet as it would be with the row added.
  const { map, errors } = readMap(
    { [SETTINGS_SHEET]: read.values[SETTINGS_SHEET], [NEEDS_SHEET]: [...values, typed] },
    { timeZone: tz, now: now() },
  );
  const problems = errors.filter((e) => e.sheet === NEEDS_SHEET && e.row === row);
  if (problems.length || !map.needs.some((n) => n.row === row)) {
    const fields = problems.map((p) => ({ field: p.column, message: problemText(p) }));
    return result(
      false,
      fields.length
        ? `Nothing was added. ${fields.map((f) => f.message).join(" ")}`
        : `Nothing was added: Needs row ${row} could not be read as a need.`,
      acted,
      { problems: fields },
    );
  }
  ensureRows(sheet, row);
  const range = sheet.getRange(row, 1, 1, width);
  const formats = range.getNumberFormats()[0] ?? [];
  // Text cells become plain text, as Set up makes them, so the name stays exactly as typed.
  for (const key of FORM_COLUMNS) {
    if (key === "from") continue;
    const i = columns.get(key) as number;
    if (!isAutomaticFormat(formats[i])) continue;
    sheet.getRange(row, i + 1).setNumberFormat(PLAIN_TEXT);
    formats[i] = PLAIN_TEXT;
  }
  const fromCol = columns.get("from") as number;
  // From is a date: typed as one, for Sheets to read as a date under the column's date format.
  range.setValues([typed.map((v, i) => (i === fromCol ? v : valueForCell(v, formats[i])))]);
  const stamp = localStamp(now().getTime(), tz);
  const checkIns = read.sheets[CHECK_INS_SHEET];
  const after = checkIns
    ? recordActed(checkIns, table, line, addedLine(args.need, row, stamp))
    : acted;
  return result(true, `Added to Needs row ${row}; Preview plan to see who could take it.`, after);
}

/** Adds a need from "What was missing?": one row appended to Needs, exactly as typed. */
export function addNeedFromCheckIn(...args: unknown[]): CheckInActionResult {
  return answer("addNeedFromCheckIn", args, (parsed) => withDocumentLock(() => addNeed(parsed)));
}

function pauseNeed(args: PauseNeedArgs): CheckInActionResult {
  const read: MapSheets = readMapSheets(activeSpreadsheet(), [...SHEET_NAMES, CHECK_INS_SHEET]);
  const { map } = readForActions(read);
  const table = readCheckInsTable(read.values[CHECK_INS_SHEET], map.settings.timeZone);
  const line = findCheckIn(table, args.ref);
  const acted = actedView(line);
  const need = map.needs.find((n) => nameKey(n.name) === nameKey(args.need));
  if (!need)
    throw new PanelError(
      `There is no need called "${args.need}" on the Needs sheet any more, so nothing was paused. Press "Load again" under Check-ins to see the needs as they are now.`,
    );
  if (need.status !== "active")
    return result(
      false,
      `"${need.name}" is already ${need.status} (Needs row ${need.row}, Status): nothing was changed.`,
      acted,
    );
  const values = read.values[NEEDS_SHEET] ?? [];
  const col = needColumns(values).get("status");
  const sheet = read.sheets[NEEDS_SHEET];
  if (col === undefined || !sheet)
    throw new PanelError(
      'The Needs sheet has no "Status" column, so nothing was paused. Choose Set up support map in the Support Map menu to add it, then try again.',
    );
  sheet.getRange(need.row, col + 1).setValue("paused");
  const stamp = localStamp(now().getTime(), map.settings.timeZone);
  const checkIns = read.sheets[CHECK_INS_SHEET];
  const after = checkIns ? recordActed(checkIns, table, line, pausedLine(need.name, stamp)) : acted;
  // What Preview plan would show now, planned from the sheets as just written (no second read).
  const row = values[need.row - 1];
  if (row) row[col] = "paused";
  let changes = "";
  try {
    const planned = planFromSheets(read);
    changes = changesText(
      countChanges(planChanges(planned.map.assignments, planned.result.assignments)),
    );
  } catch {
    changes = "";
  }
  const who = personSupported(map.settings);
  return result(
    true,
    `Paused "${need.name}" (Needs row ${need.row}, Status). Nothing was told to ${who}. ${
      changes
        ? `A new plan would change Assignments: ${changes} Preview plan to see it, then apply it.`
        : "Preview plan to see what a new plan would change."
    }`,
    after,
    { planChanges: changes },
  );
}

/** Pauses a need from "not helpful": one write to its Status cell; the plan is not applied. */
export function pauseNeedFromCheckIn(...args: unknown[]): CheckInActionResult {
  return answer("pauseNeedFromCheckIn", args, (parsed) =>
    withDocumentLock(() => pauseNeed(parsed)),
  );
}
