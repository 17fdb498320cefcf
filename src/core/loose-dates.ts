import { isIsoDate, MONTH_NAMES } from "./dates";
import type { IsoDate } from "./model";
import { fail, ok, type Parsed } from "./schedule-text";

// Dates as people write them in a Days cell ("9 Dec", "Dec 9", "9th December", "25/12"), turned
// into YYYY-MM-DD before the Days reader sees them. A date without a year takes the year that
// puts it inside the map's dates; a numeric date is read only when it can mean one date: either
// only one of day/month and month/day is a real date, or the spreadsheet's locale picks one that
// falls inside the map's dates, or (with no locale) only one falls inside the map's dates.

export type DateOrder = "day-first" | "month-first";

/** The map's first and last day, which settle a date's year and a numeric date's order. */
export interface DaysContext {
  from?: IsoDate;
  until?: IsoDate;
  /** How the spreadsheet's locale writes numeric dates, when it is known. */
  dateOrder?: DateOrder;
}

// Regions that write the month first (9/12 is 12 September); Canada writes both ways.
const MONTH_FIRST = [
  "US",
  "PH",
  "FM",
  "MH",
  "PW",
  "AS",
  "GU",
  "MP",
  "PR",
  "VI",
  "JP",
  "CN",
  "KR",
  "TW",
];

/** "en_US" writes the month first, "en_GB" and "fr_FR" the day; undefined when it cannot say. */
export function dateOrderOf(locale: string | undefined): DateOrder | undefined {
  const region = locale?.split(/[-_]/)[1]?.toUpperCase();
  if (!region || region === "CA") return undefined;
  return MONTH_FIRST.includes(region) ? "month-first" : "day-first";
}

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" +
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";
const DAY_MONTH = new RegExp(`\\b${ORDINAL}(?:\\s+of)?\\s+${MONTH}${YEAR}\\b`, "gi");
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${ORDINAL}\\b${YEAR}`, "gi");
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b/g;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function iso(year: number, month: number, day: number): IsoDate | undefined {
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(date) ? date : undefined;
}

const inside = (date: IsoDate, ctx: DaysContext) =>
  (!ctx.from || date >= ctx.from) && (!ctx.until || date <= ctx.until);

/** The date in the year given, or the year that puts it inside the map (else the next one on). */
function withYear(
  month: number,
  day: number,
  year: number | undefined,
  ctx: DaysContext,
): IsoDate | undefined {
  if (year !== undefined) return iso(year, month, day);
  if (!ctx.from) return undefined;
  const first = +ctx.from.slice(0, 4);
  const candidates = [first, first + 1]
    .map((y) => iso(y, month, day))
    .filter((d): d is IsoDate => d !== undefined);
  return candidates.find((d) => inside(d, ctx)) ?? candidates.find((d) => d >= (ctx.from ?? ""));
}

const named = (month: number, day: number, year?: number) =>
  `${day} ${MONTH_NAMES[month - 1]}${year ? ` ${year}` : ""}`;

function noYear(written: string, month: number, day: number): string {
  return `"${written}" has no year: write ${named(month, day, 2026)} or 2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}, with the right year`;
}

/** Why a date written with a month name gave no date: not a real day, or no year to put it in. */
function unreadNamedDate(
  written: string,
  month: number,
  day: number,
  year: string | undefined,
): Parsed<IsoDate> {
  const y = year ? +year : undefined;
  if (!iso(y ?? 2028, month, day)) {
    return fail(`"${written}" is not a real date: ${MONTH_NAMES[month - 1]} has no day ${day}`);
  }
  return fail(noYear(written, month, day));
}

function numeric(
  written: string,
  a: number,
  b: number,
  yearText: string | undefined,
  ctx: DaysContext,
): Parsed<IsoDate> {
  const year = yearText ? (yearText.length === 2 ? 2000 + +yearText : +yearText) : undefined;
  const dayFirst = withYear(b, a, year, ctx);
  const monthFirst = withYear(a, b, year, ctx);
  const readings = [...new Set([dayFirst, monthFirst])].filter(
    (d): d is IsoDate => d !== undefined,
  );
  const fitting = readings.filter((d) => inside(d, ctx));
  if (readings.length === 1) return ok(readings[0]);
  const byLocale = { "day-first": dayFirst, "month-first": monthFirst, none: undefined }[
    ctx.dateOrder ?? "none"
  ];
  // The locale's reading stands unless the map's dates say it is the other one.
  if (byLocale && inside(byLocale, ctx)) return ok(byLocale);
  if (!byLocale && fitting.length === 1 && (ctx.from || ctx.until)) return ok(fitting[0]);
  if (readings.length === 0) {
    if (year === undefined && !ctx.from && (a <= 12 || b <= 12)) {
      return fail(`"${written}" has no year: write dates as YYYY-MM-DD, like 2026-12-09`);
    }
    return fail(`"${written}" is not a real date: write dates as YYYY-MM-DD, like 2026-12-09`);
  }
  const say = (d: IsoDate) => `${d} for ${named(+d.slice(5, 7), +d.slice(8, 10))}`;
  return fail(
    `"${written}" could be read two ways: write dates as YYYY-MM-DD, ${say(readings[0])} or ${say(readings[1])}`,
  );
}

/** The text with every date people write turned into YYYY-MM-DD, or why one cannot be read. */
export function isoDates(text: string, ctx: DaysContext = {}): Parsed<string> {
  let problem: string | undefined;
  const replace = (written: string, read: Parsed<IsoDate>) => {
    if (read.ok) return read.value;
    problem ??= read.error;
    return written;
  };
  const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const byName = (written: string, month: number, day: number, year: string | undefined) => {
    const date = withYear(month, day, year ? +year : undefined, ctx);
    return replace(written, date ? ok(date) : unreadNamedDate(written, month, day, year));
  };
  const out = text
    .replace(DAY_MONTH, (w: string, d: string, m: string, y?: string) =>
      byName(w.trim(), monthOf(m), +d, y),
    )
    .replace(MONTH_DAY, (w: string, m: string, d: string, y?: string) =>
      byName(w.trim(), monthOf(m), +d, y),
    )
    .replace(NUMERIC, (w: string, a: string, b: string, y?: string) =>
      replace(w, numeric(w, +a, +b, y, ctx)),
    );
  return problem === undefined ? ok(out) : fail(problem);
}
