import { isIsoDate } from "../core/dates";
import { instantOf as instantAt, wallClock, type WallClock } from "../core/wall-clock";
import type { IsoDate } from "../core/model";

// What getValues() hands back, turned into plain values. A Date from Sheets stands for a
// wall-clock time in the spreadsheet's time zone, so it is always read in that zone and never
// in the server's own.

export const DEFAULT_TIME_ZONE = "Etc/UTC";

export type CellResult<T> = { ok: true; value: T } | { ok: false; error: string };

export { isValidTimeZone, wallClock, type WallClock } from "../core/wall-clock";

/** The instant at which the wall clock in `timeZone` shows this time. */
export function instantOf(clock: Omit<WallClock, "weekday">, timeZone: string): Date {
  return new Date(instantAt(clock, timeZone));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The calendar date of an instant in a time zone. */
export function isoDateIn(date: Date, timeZone: string): IsoDate {
  const c = wallClock(date, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** "18:00": the time of day of an instant in a time zone, to the nearest minute. */
export function clockTimeIn(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  const minutes = (c.hour * 60 + c.minute + (c.second >= 30 ? 1 : 0)) % 1440;
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Midnight of a calendar date in a time zone: what Sheets gives for a date cell. */
export function midnightIn(date: IsoDate, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  return instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

export function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

export function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && value.trim() === "") ||
    (typeof value === "number" && Number.isNaN(value))
  );
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every(isBlank);
}

/** Sheets keeps "'=x" as the text "=x"; files written by asText still carry the apostrophe. */
function withoutTextMark(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/**
 * A cell as the coordinator sees it. Dates show as YYYY-MM-DD, times of day (Sheets keeps
 * them on 1899-12-30) as HH:MM, and anything else with both.
 */
export function cellText(value: unknown, timeZone: string): string {
  if (isBlank(value)) return "";
  if (typeof value === "string") return withoutTextMark(value.trim()).replace(/\s+/g, " ");
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) {
    const day = isoDateIn(value, timeZone);
    const time = clockTimeIn(value, timeZone);
    if (day === "1899-12-30") return time;
    if (time === "00:00") return day;
    return `${day} ${time}`;
  }
  if (value instanceof Date) return "";
  return String(value).trim();
}

/** A cell that should hold a date: a Date from Sheets, an ISO string from a file, or blank. */
export function readDate(
  value: unknown,
  timeZone: string,
  column: string,
): CellResult<IsoDate | undefined> {
  if (isBlank(value)) return { ok: true, value: undefined };
  if (isDate(value)) return { ok: true, value: isoDateIn(value, timeZone) };
  const text = cellText(value, timeZone);
  if (isIsoDate(text)) return { ok: true, value: text };
  // A JSON file may hold a full timestamp (a Date written out by JSON.stringify).
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const d = new Date(text);
    if (isDate(d)) return { ok: true, value: isoDateIn(d, timeZone) };
  }
  return {
    ok: false,
    error: `${column} "${text}" is not a date. Write it as YYYY-MM-DD, for example 2026-12-07.`,
  };
}

const YES = new Set(["yes", "y", "true", "x", "✓", "✔", "1"]);
const NO = new Set(["no", "n", "false", "0", "-", "✗"]);

/** yes, y, true, x, ✓ or a ticked checkbox; no, n, false or blank. Blank gives undefined. */
export function readYesNo(value: unknown, column: string): CellResult<boolean | undefined> {
  if (isBlank(value)) return { ok: true, value: undefined };
  if (typeof value === "boolean") return { ok: true, value };
  const text = cellText(value, DEFAULT_TIME_ZONE).toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return {
    ok: false,
    error: `${column} "${cellText(value, DEFAULT_TIME_ZONE)}" is not yes or no.`,
  };
}

/** A whole number between min and max, as a number or numeric text. Blank gives undefined. */
export function readWholeNumber(
  value: unknown,
  column: string,
  min: number,
  max: number,
): CellResult<number | undefined> {
  if (isBlank(value)) return { ok: true, value: undefined };
  const text = cellText(value, DEFAULT_TIME_ZONE);
  const n =
    typeof value === "number" ? value : /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return { ok: true, value: n };
  return {
    ok: false,
    error: `${column} "${text}" is not a whole number from ${min} to ${max}.`,
  };
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** One value from a fixed list, compared without case or extra spaces. */
export function readChoice<T extends string>(
  value: unknown,
  column: string,
  values: readonly T[],
): CellResult<T | undefined> {
  if (isBlank(value)) return { ok: true, value: undefined };
  const text = cellText(value, DEFAULT_TIME_ZONE);
  const key = text.toLowerCase();
  const found = values.find((v) => v.toLowerCase() === key);
  if (found !== undefined) return { ok: true, value: found };
  return { ok: false, error: `${column} "${text}" is not one of ${values.join(", ")}.` };
}
