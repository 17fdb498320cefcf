import type { SheetError } from "../core/model";
import { type CellReading, readDaysCell, readTimeCell } from "../core/readings";
import {
  type DaysContext,
  DAYS_HELP,
  parseQuietTimes,
  parseTime,
  QUIET_TIMES_HELP,
  splitDaysAndTime,
  TIME_HELP,
} from "../core/schedule";
import { windowLabel } from "../core/clock";
import { cellText, isBlank } from "./cells";
import { SETTINGS_SHEET } from "./columns";
import { daysText } from "./schemas";

// The Days and Time cells of Needs and Offers (and the Settings' Quiet times) as they were read,
// for the panel, Check setup and `npm run plan`; and the two kindnesses the reader does around
// them.

/**
 * "weekday evenings" typed in Days: the time of day goes to Time when Time is blank, or is
 * dropped from Days when Time already says the same. Otherwise the cells stay as typed and the
 * Days reader says where each half belongs. Returns the time taken into Time, if any.
 */
export function moveTimeOutOfDays(raw: Record<string, unknown>, tz: string): string | undefined {
  const split = splitDaysAndTime(daysText(raw.days, tz));
  if (!split || split.days === "") return undefined;
  if (isBlank(raw.time)) {
    raw.days = split.days;
    raw.time = split.time;
    return split.time;
  }
  const typed = parseTime(cellText(raw.time, tz));
  const named = parseTime(split.time);
  const same =
    typed.ok &&
    named.ok &&
    typed.value.start === named.value.start &&
    typed.value.end === named.value.end;
  if (same) raw.days = split.days;
  return undefined;
}

/** The readings of one row's Days and Time, from the cells as typed and as finally read. */
export function rowReadings(
  sheet: string,
  row: number,
  typed: Record<string, unknown>,
  read: Record<string, unknown>,
  tz: string,
  context: DaysContext,
  moved: string | undefined,
): CellReading[] {
  const days = readDaysCell(daysText(read.days, tz), context);
  const time = readTimeCell(cellText(read.time, tz));
  const daysReading: CellReading = { sheet, row, column: "Days", text: daysText(typed.days, tz) };
  const timeReading: CellReading = { sheet, row, column: "Time", text: cellText(typed.time, tz) };
  if ("reading" in days) {
    daysReading.reading = moved ? `${days.reading} (${moved} is read into Time)` : days.reading;
  } else daysReading.error = days.error;
  if ("reading" in time) {
    timeReading.reading = moved ? `${time.reading}, from Days` : time.reading;
  } else timeReading.error = time.error;
  return [daysReading, timeReading];
}

/** The Settings' Quiet times as read: "00:00-10:00, 21:00-24:00", or the error. */
export function quietReading(row: number, text: string): CellReading {
  const reading: CellReading = { sheet: SETTINGS_SHEET, row, column: "Quiet times", text };
  const parsed = parseQuietTimes(text);
  if (!parsed.ok) return { ...reading, error: parsed.error.replace(` ${QUIET_TIMES_HELP}`, "") };
  const windows = parsed.value.map((w) => windowLabel(w.start, w.end));
  return { ...reading, reading: windows.length ? windows.join(", ") : "none" };
}

const HELPS = [DAYS_HELP, TIME_HELP, QUIET_TIMES_HELP];

/**
 * The same syntax help under many cells is noise: the first error that carries it keeps it,
 * the later ones point back to that cell instead.
 */
export function helpOnce(errors: SheetError[]): SheetError[] {
  const first = new Map<string, SheetError>();
  return errors.map((e) => {
    const help = HELPS.find((h) => e.message.endsWith(` ${h}`));
    if (!help) return e;
    const earlier = first.get(help);
    if (!earlier) {
      first.set(help, e);
      return e;
    }
    const message = e.message.slice(0, -help.length - 1);
    return {
      ...e,
      message: `${message} (How to write it: see ${earlier.sheet}, row ${earlier.row}, ${earlier.column}.)`,
    };
  });
}
