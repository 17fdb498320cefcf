import type { IsoDate, Weekday } from "./model";

// Calendar arithmetic on YYYY-MM-DD strings. Days are counted in UTC so that the server's
// own time zone and daylight-saving changes can never shift a date.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function weekday(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The Monday that starts the date's week. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, 1 - weekday(date));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Every date from `from` to `until`, both included. */
export function eachDate(from: IsoDate, until: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let n = dayNumber(from), end = dayNumber(until); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

/** "5 January" — the way a brief names a day. */
export function longDate(date: IsoDate): string {
  const [, m, d] = date.split("-");
  return `${+d} ${MONTH_NAMES[+m - 1]}`;
}

/** "Tue 5 Jan" — for tables and the coverage grid. */
export function shortDate(date: IsoDate): string {
  const [, m, d] = date.split("-");
  return `${WEEKDAY_NAMES[weekday(date) - 1].slice(0, 3)} ${+d} ${MONTH_NAMES[+m - 1].slice(0, 3)}`;
}
