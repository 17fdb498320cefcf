import { DAY, windowLabel } from "./clock";
import { shortDate } from "./dates";
import type { DaysRule, IsoDate, TimeRule, Weekday } from "./model";
import {
  type DaysContext,
  DAYS_HELP,
  dayRuns,
  formatDays,
  formatTime,
  parseDays,
  parseTime,
  TIME_HELP,
} from "./schedule";
import { tidy } from "./schedule-text";

// How each Days and Time cell was read, so a coordinator can see "5-7 → 17:00-19:00" beside
// what they typed and catch a misreading before anyone is asked at the wrong hour.

/** One Days or Time cell and how it was read: a reading, or the error saying what to write. */
export interface CellReading {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The column's header: "Days" or "Time" (or "Quiet times" on Settings). */
  column: string;
  /** The cell as typed. */
  text: string;
  reading?: string;
  error?: string;
}

export type Reading = { reading: string } | { error: string };

function dayList(weekdays: Weekday[]): string {
  const days = [...new Set(weekdays)].sort((x, y) => x - y);
  return days.length === 7 ? "every day" : dayRuns(days);
}

/** "Wed 9 Dec 2026": the weekday and year show which date was understood. */
function fullDate(date: IsoDate): string {
  return `${shortDate(date)} ${date.slice(0, 4)}`;
}

/** A Days rule in words that show how it was read: "Mon, Wed, Fri", "Mon-Fri except Fri 25 Dec 2026". */
export function describeDaysReading(rule: DaysRule): string {
  const skip =
    rule.kind !== "dates" && rule.skip?.length
      ? ` except ${rule.skip.map(fullDate).join(", ")}`
      : "";
  switch (rule.kind) {
    case "weekly":
      return dayList(rule.weekdays) + skip;
    case "every":
      return `every ${rule.interval} days, counted from the first day${skip}`;
    case "dates":
      return rule.dates.map(fullDate).join(", ");
  }
}

/** A Time rule with its hours: "17:00-19:00", "morning (06:00-12:00)", "22:00-06:00 overnight". */
export function describeTimeReading(rule: TimeRule): string {
  const hours = windowLabel(rule.start, rule.end);
  const overnight = rule.end > DAY ? ", overnight from the day it starts" : "";
  if (rule.kind === "any") return "any time (00:00-24:00)";
  if (rule.kind === "range" && rule.label === hours) return `${hours}${overnight}`;
  return `${rule.label} (${hours}${overnight})`;
}

const withoutHelp = (error: string) =>
  error.replace(` ${DAYS_HELP}`, "").replace(` ${TIME_HELP}`, "");

export function readDaysCell(text: string, context: DaysContext = {}): Reading {
  const parsed = parseDays(text, context);
  return parsed.ok
    ? { reading: describeDaysReading(parsed.value) }
    : { error: withoutHelp(parsed.error) };
}

export function readTimeCell(text: string): Reading {
  const parsed = parseTime(text);
  return parsed.ok
    ? { reading: describeTimeReading(parsed.value) }
    : { error: withoutHelp(parsed.error) };
}

/** "5-7 → 17:00-19:00", or "8-10 → not read: …". */
export function readingLine(cell: Pick<CellReading, "text" | "reading" | "error">): string {
  return `${cell.text || "(blank)"} → ${cell.reading ?? `not read: ${cell.error ?? ""}`}`;
}

const same = (a: string, b: string) => tidy(a).toLowerCase() === tidy(b).toLowerCase();

/**
 * Whether a cell is worth showing: it could not be read, or it was not already written the
 * way the add-on writes it ("5-7", "MWF", "9 Dec" are; "daily", "morning", "18:00-20:00" are not).
 */
export function readingWorthShowing(cell: CellReading): boolean {
  if (cell.error !== undefined) return true;
  if (cell.column === "Quiet times") return !same(cell.reading ?? "", cell.text);
  if (cell.column === "Time") {
    const parsed = parseTime(cell.text);
    return !parsed.ok || !same(formatTime(parsed.value), cell.text);
  }
  const parsed = parseDays(cell.text);
  return !parsed.ok || !same(formatDays(parsed.value), cell.text);
}

/**
 * The lines a coordinator reads: each cell not written the add-on's way beside its reading
 * ("Needs, row 3, Time: 5-7 → 17:00-19:00"), then how many other cells read as written.
 */
export function readingLines(readings: CellReading[]): string[] {
  const shown = readings.filter(readingWorthShowing);
  const rest = readings.length - shown.length;
  const lines = shown.map((r) => `${r.sheet}, row ${r.row}, ${r.column}: ${readingLine(r)}`);
  const cells = rest === 1 ? "cell" : "cells";
  if (rest > 0) lines.push(`(${rest} other Days and Time ${cells} read just as written.)`);
  return lines;
}
