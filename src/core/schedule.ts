import type { DaysRule, IsoDate, TimeRule, TimeWindow, Weekday } from "./model";
import { isIsoDate, MONTH_NAMES, weekday, WEEKDAY_NAMES } from "./dates";

// The Days and Time languages. Coordinators type these cells by hand, so reading is forgiving
// (case, spaces, dashes, plurals, am/pm) and every error quotes what was read and what would work.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
type Failed = { ok: false; error: string };

export type PeriodName = "morning" | "afternoon" | "evening" | "night";

export const PERIODS: Record<PeriodName, TimeWindow> = {
  morning: { start: 6 * 60, end: 12 * 60 },
  afternoon: { start: 12 * 60, end: 17 * 60 },
  evening: { start: 17 * 60, end: 21 * 60 },
  // The guide: "one can only call after 9 p.m."
  night: { start: 21 * 60, end: 24 * 60 },
};

export const DAYS_HELP =
  'Write daily, weekdays, weekends, days like "Mon, Wed, Fri" or "Tue-Thu", "every 3 days", ' +
  '"once 2026-12-09" or a list of dates.';

export const TIME_HELP =
  "Write morning, afternoon, evening, night (after 9 pm), any, or a range like 18:00-20:00 " +
  '("after 21:00" and "before 10:00" work too). Morning is 06:00-12:00, afternoon 12:00-17:00, ' +
  "evening 17:00-21:00.";

export const QUIET_TIMES_HELP =
  'Write none, or windows like "before 10:00", "after 21:00" (or "after 9pm") or "13:00-14:00", ' +
  "separated by commas.";

const DAY = 24 * 60;
const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const WEEKENDS: Weekday[] = [6, 7];

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): Failed => ({ ok: false, error });

/** Fold the dashes and spaces that word processors and phones insert. */
function tidy(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The cell as the coordinator typed it, on one line, for quoting in errors. */
function shown(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function splitList(text: string): string[] {
  return text.split(/\s*(?:[,;&/+]|\band\b|\s)\s*/i).filter((word) => word !== "");
}

/** Edits, counting a swap of neighbours as one ("Thrusday"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** A likely meant word. Typos keep the first letter and are near, so "Funday" suggests nothing. */
function closest(word: string, candidates: Record<string, string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = lower.length >= 7 ? 3 : 2;
  for (const [written, meant] of Object.entries(candidates)) {
    const distance = editDistance(lower, written);
    if (written[0] === lower[0] && distance < bestDistance) {
      best = meant;
      bestDistance = distance;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Days

const DAY_SETS: Record<string, Weekday[]> = {
  daily: ALL_DAYS,
  everyday: ALL_DAYS,
  weekday: WEEKDAYS,
  weekdays: WEEKDAYS,
  weekend: WEEKENDS,
  weekends: WEEKENDS,
};

const WHOLE_WEEK = new Set(["daily", "every day", "each day", "everyday", "all week"]);
const DAY_FILLERS = new Set(["every", "each", "on", "only", "the", "and", "also"]);

const DAY_TYPOS: Record<string, string> = Object.fromEntries(
  WEEKDAY_NAMES.flatMap((name) => [
    [name.toLowerCase(), name],
    [name.slice(0, 3).toLowerCase(), name],
  ]),
);

function abbreviation(day: Weekday): string {
  return WEEKDAY_NAMES[day - 1].slice(0, 3);
}

/** Monday, Mon, Mondays, mon., Tues, Thurs, Weds … */
function dayFromWord(word: string): Weekday | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower === "weds") return 3;
  if (lower === "thr" || lower === "thrs") return 4;
  for (let i = 0; i < 7; i++) {
    const full = WEEKDAY_NAMES[i].toLowerCase();
    if (lower === `${full}s` || (lower.length >= 3 && full.startsWith(lower))) {
      return (i + 1) as Weekday;
    }
  }
  return undefined;
}

function notADay(word: string): string {
  if (/^\d/.test(word)) {
    return `"${word}" is not a day (write dates as YYYY-MM-DD, like 2026-12-09)`;
  }
  const guess = closest(word, DAY_TYPOS);
  return guess ? `"${word}" is not a day (did you mean ${guess}?)` : `"${word}" is not a day`;
}

function sortedDays(days: Iterable<Weekday>): Weekday[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

export function parseDays(text: string): Parsed<DaysRule> {
  const clean = tidy(text);
  if (clean === "") return fail(`Days is empty. ${DAYS_HELP}`);
  const read = readDays(clean);
  if (read.ok) return read;
  return fail(`Could not read "${shown(text)}" as days: ${read.error}. ${DAYS_HELP}`);
}

function readDays(clean: string): Parsed<DaysRule> {
  const text = clean.replace(/\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/g, "$1-$2-$3");
  const lower = text.toLowerCase().replace(/[.!]+$/, "");
  if (WHOLE_WEEK.has(lower)) return ok({ kind: "weekly", weekdays: ALL_DAYS });

  const ambiguous = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/.exec(text);
  if (ambiguous) {
    return fail(
      `"${ambiguous[0]}" could be read two ways: write dates as YYYY-MM-DD, like 2026-12-09`,
    );
  }
  const interval = readInterval(text.replace(/[.!]+$/, ""));
  if (interval) return interval;
  if (/^once\b/.test(lower) || /\d{4}-\d{1,2}-\d{1,2}/.test(text)) return readDates(text);

  const days = readDayList(text);
  return days.ok ? ok({ kind: "weekly", weekdays: days.value }) : days;
}

const COUNT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  other: 2,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** "every 3 days", "every other day", "every 2nd day"; undefined when it is not a repeat at all. */
function readInterval(text: string): Parsed<DaysRule> | undefined {
  const lower = text.toLowerCase();
  if (/^(?:(?:every|each) (?:week|month)|weekly|monthly|fortnightly|biweekly)$/.test(lower)) {
    return fail(`"${text}" does not say which days: write the days, like "Mon" or "Tue, Thu"`);
  }
  const skipping = /^(?:every|each) (other|second|third|fourth|\d+(?:st|nd|rd|th)) ([a-z]+)$/.exec(
    lower,
  );
  if (skipping && dayFromWord(skipping[2]) !== undefined) {
    return fail(
      `"${text}" is not one weekly rule: list the dates, like 2027-01-06, 2027-01-20, 2027-02-03`,
    );
  }
  const m = /^(?:every|each) (\d+(?:st|nd|rd|th)?|[a-z]+) (days?|weeks?|months?|fortnights?)$/.exec(
    lower,
  );
  if (!m) return undefined;
  const count = /^\d/.test(m[1]) ? parseInt(m[1], 10) : COUNT_WORDS[m[1]];
  if (count === undefined) return undefined;
  if (!m[2].startsWith("day")) {
    return fail(
      `repeats by the ${m[2].replace(/s$/, "")} are not supported: ` +
        'write the days, like "Tue, Thu", or list the dates',
    );
  }
  if (count < 1 || count > 60) return fail(`an interval must be from 1 to 60 days, not ${count}`);
  if (count === 1) return ok({ kind: "weekly", weekdays: ALL_DAYS });
  return ok({ kind: "every", interval: count });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readDate(word: string): Parsed<IsoDate> {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(word);
  if (!m) return fail(`"${word}" is not a date: write dates as YYYY-MM-DD, like 2026-12-09`);
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  if (isIsoDate(iso)) return ok(iso);
  const month = +m[2];
  if (month < 1 || month > 12)
    return fail(`"${word}" is not a real date: there is no month ${month}`);
  const last = daysInMonth(+m[1], month);
  return fail(
    `"${word}" is not a real date: ${MONTH_NAMES[month - 1]} ${m[1]} has days 1 to ${last}`,
  );
}

/** "once 2026-12-09", "on 2026-12-09", "2027-01-06, 2027-01-20"; "Wed 2026-12-09" is checked. */
function readDates(text: string): Parsed<DaysRule> {
  const words = splitList(text.replace(/^(?:once(?: on)?|on)\b:?/i, ""));
  const dates: IsoDate[] = [];
  for (let i = 0; i < words.length; i++) {
    const day = dayFromWord(words[i]);
    if (day === undefined) {
      const date = readDate(words[i]);
      if (!date.ok) return date;
      dates.push(date.value);
      continue;
    }
    const next = readDate(words[i + 1] ?? "");
    if (!next.ok)
      return fail(
        `"${words[i]}" is a day, but this cell lists dates: write days or dates, not both`,
      );
    if (weekday(next.value) !== day) {
      const actual = WEEKDAY_NAMES[weekday(next.value) - 1];
      return fail(`"${words[i]}" does not match ${next.value}, which is a ${actual}`);
    }
  }
  if (dates.length === 0) return fail('"once" needs a date, like once 2026-12-09');
  return ok({ kind: "dates", dates: [...new Set(dates)].sort() });
}

function readDayList(text: string): Parsed<Weekday[]> {
  const joined = text
    .replace(/\bweek\s+(days?|ends?)\b/gi, "week$1")
    .replace(/\s*(?:-|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)\s*/gi, "-");
  const found: Weekday[] = [];
  for (const word of splitList(joined)) {
    const bare = word.replace(/^[^\p{L}\p{N}-]+|[^\p{L}\p{N}-]+$/gu, "");
    if (bare === "" || DAY_FILLERS.has(bare.toLowerCase())) continue;
    const days = readDayWord(bare);
    if (!days.ok) return days;
    found.push(...days.value);
  }
  if (found.length === 0) return fail(`"${shown(text)}" names no days`);
  return ok(sortedDays(found));
}

function readDayWord(word: string): Parsed<Weekday[]> {
  if (word.includes("-")) return readDayRange(word);
  const set = DAY_SETS[word.toLowerCase()];
  if (set) return ok(set);
  const day = dayFromWord(word);
  return day === undefined ? fail(notADay(word)) : ok([day]);
}

/** "Tue-Thu"; "Fri-Mon" wraps round the weekend. */
function readDayRange(word: string): Parsed<Weekday[]> {
  const ends = word.split("-");
  if (ends.length !== 2 || ends[0] === "" || ends[1] === "") {
    return fail(`"${word}" is not a range of days: write it like Tue-Thu`);
  }
  const from = dayFromWord(ends[0]);
  if (from === undefined) return fail(notADay(ends[0]));
  const to = dayFromWord(ends[1]);
  if (to === undefined) return fail(notADay(ends[1]));
  if (from === to) {
    return fail(
      `"${word}" starts and ends on ${WEEKDAY_NAMES[from - 1]}: ` +
        `write ${abbreviation(from)} for one day, or daily`,
    );
  }
  const days: Weekday[] = [from];
  for (let day = from; day !== to;) {
    day = ((day % 7) + 1) as Weekday;
    days.push(day);
  }
  return ok(days);
}

/** Canonical Days text; parseDays reads it back to the same rule. */
export function formatDays(rule: DaysRule): string {
  switch (rule.kind) {
    case "weekly":
      return formatWeekdays(rule.weekdays);
    case "every":
      return rule.interval === 1 ? "daily" : `every ${rule.interval} days`;
    case "dates": {
      const dates = [...new Set(rule.dates)].sort();
      return dates.length === 1 ? `once ${dates[0]}` : dates.join(", ");
    }
  }
}

function formatWeekdays(weekdays: Weekday[]): string {
  const days = sortedDays(weekdays);
  const key = days.join("");
  if (key === "1234567") return "daily";
  if (key === "12345") return "weekdays";
  if (key === "67") return "weekends";
  const parts: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    if (j - i >= 2) parts.push(`${abbreviation(days[i])}-${abbreviation(days[j])}`);
    else for (let k = i; k <= j; k++) parts.push(abbreviation(days[k]));
    i = j + 1;
  }
  return parts.join(", ");
}

// ---------------------------------------------------------------------------------------------
// Time

const ANY_TIME: TimeRule = { kind: "any", start: 0, end: DAY, label: "any" };
const ANY_WORDS = new Set(["any", "any time", "anytime", "all day", "whenever", "any time of day"]);
const NO_QUIET_TIMES = new Set(["none", "no", "nothing", "never", "n/a", "na", "-"]);
const RANGE_SEPARATOR = /\s*(?:-|\bto\b|\btill?\b|\buntil\b)\s*/i;

const TIME_TYPOS: Record<string, string> = {
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  night: "night",
  anytime: "any",
};

export function formatMinutes(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export function formatTime(rule: TimeRule): string {
  return rule.label;
}

/** Fold "p.m.", "between 6 and 8", "18h30" into forms the window reader knows. */
function tidyTime(text: string): string {
  return tidy(text)
    .replace(/\b([ap])\.\s?m\b\.?/gi, "$1m")
    .replace(/\b(\d{1,2})h(\d\d)\b/gi, "$1:$2")
    .replace(/\bbetween\s+(.+?)\s+and\s+/gi, "$1-");
}

function splitWindows(text: string): string[] {
  return text.split(/\s*(?:[,;&+/]|\band\b|\bor\b)\s*/i).filter((piece) => piece !== "");
}

function isPeriod(word: string): word is PeriodName {
  return Object.prototype.hasOwnProperty.call(PERIODS, word);
}

function notATime(piece: string): string {
  const guess = closest(piece.replace(/s$/i, ""), TIME_TYPOS);
  return guess ? `"${piece}" is not a time (did you mean ${guess}?)` : `"${piece}" is not a time`;
}

export function parseTime(text: string): Parsed<TimeRule> {
  const clean = tidyTime(text);
  if (clean === "") return fail(`Time is empty. ${TIME_HELP}`);
  const reads = splitWindows(clean).map(readWindow);
  const why = (reason: string) =>
    fail(`Could not read "${shown(text)}" as a time: ${reason}. ${TIME_HELP}`);
  const windows: TimeRule[] = [];
  for (const read of reads) {
    if (!read.ok) return why(read.error);
    windows.push(read.value);
  }
  if (windows.length === 1) return ok(windows[0]);
  const merged = mergeWindows(windows);
  const oneRange =
    merged.length === 1 ? `, or one range like ${windowLabel(merged[0].start, merged[0].end)}` : "";
  return why(
    `it names ${windows.length} windows (${windows.map((w) => w.label).join(", ")}), ` +
      `but a row holds one: write one row per window${oneRange}`,
  );
}

export function parseQuietTimes(text: string): Parsed<TimeWindow[]> {
  const clean = tidyTime(text);
  if (clean === "" || NO_QUIET_TIMES.has(clean.toLowerCase())) return ok([]);
  const windows: TimeWindow[] = [];
  for (const piece of splitWindows(clean)) {
    const read = readWindow(piece.replace(/^no (?:in-person )?visits? /i, ""));
    if (!read.ok) {
      return fail(
        `Could not read "${shown(text)}" as quiet times: ${read.error}. ${QUIET_TIMES_HELP}`,
      );
    }
    windows.push({ start: read.value.start, end: read.value.end });
  }
  return ok(mergeWindows(windows));
}

/** Sorted, with overlapping or touching windows joined. */
function mergeWindows(windows: TimeWindow[]): TimeWindow[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TimeWindow[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

function windowLabel(start: number, end: number): string {
  return `${formatMinutes(start)}-${formatMinutes(end)}`;
}

function range(start: number, end: number): TimeRule {
  return { kind: "range", start, end, label: windowLabel(start, end) };
}

/** One window: any, a period, a range, or one side of the day. Errors are reasons only. */
function readWindow(piece: string): Parsed<TimeRule> {
  const plain = piece
    .toLowerCase()
    .replace(/^(?:(?:in|during) the|at|every|each|the)\s+/, "")
    .replace(/[.!]+$/, "");
  if (ANY_WORDS.has(plain)) return ok(ANY_TIME);
  const period = plain.replace(/s$/, "");
  if (isPeriod(period)) return ok({ kind: "period", ...PERIODS[period], label: period });
  return readRange(piece);
}

function readRange(piece: string): Parsed<TimeRule> {
  const after =
    /^(?:after|from|since|past)\s+(.+)$/i.exec(piece) ?? /^(.+?)\s*onwards?$/i.exec(piece);
  if (after && !RANGE_SEPARATOR.test(after[1])) return readOneSide(piece, after[1], "after");
  const before = /^(?:before|until|till?|up to|by)\s+(.+)$/i.exec(piece);
  if (before) return readOneSide(piece, before[1], "before");

  const ends = piece.replace(/^(?:from|at)\s+/i, "").split(RANGE_SEPARATOR);
  if (ends.length === 1) {
    const single = readClock(ends[0]);
    if (!single.ok) return /\d/.test(piece) ? single : fail(notATime(piece));
    return fail(
      `"${piece}" is one time, not a window: write a range like ${windowLabel(single.value.minutes, Math.min(single.value.minutes + 120, DAY))}, ` +
        `or after ${formatMinutes(single.value.minutes)}`,
    );
  }
  if (ends.length !== 2 || ends[0] === "" || ends[1] === "") {
    return fail(`"${piece}" is not one range: write it like 18:00-20:00`);
  }
  const from = readClock(ends[0]);
  if (!from.ok) return from;
  const to = readClock(ends[1]);
  if (!to.ok) return to;
  const [start, end] = resolveMeridiem(from.value, to.value);
  return checkedRange(piece, start, end);
}

function readOneSide(piece: string, clockText: string, side: "after" | "before"): Parsed<TimeRule> {
  const clock = readClock(clockText);
  if (!clock.ok) return clock;
  const at = clock.value.minutes;
  if (side === "before") return checkedRange(piece, 0, at === 0 ? DAY : at);
  if (at >= DAY) return fail(`"${piece}" leaves no time in the day`);
  return checkedRange(piece, at, DAY);
}

function checkedRange(piece: string, start: number, end: number): Parsed<TimeRule> {
  if (end > start) return ok(range(start, end));
  if (end === start) return fail(`"${piece}" starts and ends at ${formatMinutes(start)}`);
  if (start >= 12 * 60 && end <= 12 * 60) {
    return fail(
      `"${piece}" crosses midnight: split it into two rows ` +
        `(${windowLabel(start, DAY)} and ${windowLabel(0, end)}), or use night`,
    );
  }
  return fail(
    `"${piece}" ends at ${formatMinutes(end)}, before it starts at ${formatMinutes(start)}`,
  );
}

interface Clock {
  minutes: number;
  meridiem?: "am" | "pm";
  /** Hour and minute as typed without am/pm, which the other end of a range may supply. */
  bare?: { hour: number; minute: number };
}

function readClock(text: string): Parsed<Clock> {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s*o'?clock$/, "");
  if (t === "noon" || t === "midday" || t === "12 noon") return ok({ minutes: 12 * 60 });
  if (t === "midnight") return ok({ minutes: 0 });
  const m =
    /^(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|h|hrs)?$/.exec(t) ??
    /^(\d\d)(\d\d)()$/.exec(t) ??
    undefined;
  if (!m) return fail(/\d/.test(t) ? `"${text.trim()}" is not a time` : notATime(text.trim()));
  const hour = +m[1];
  const minute = m[2] ? +m[2] : 0;
  if (minute > 59) return fail(`"${text.trim()}" is not a time: minutes go up to 59`);
  if (m[3] === "am" || m[3] === "pm") {
    if (hour < 1 || hour > 12) {
      return fail(`"${text.trim()}" is not a time: with am or pm the hour is 1 to 12`);
    }
    return ok({ minutes: withMeridiem(hour, minute, m[3]), meridiem: m[3] });
  }
  if (hour > 24) return fail(`"${text.trim()}" is not a time: hours go up to 24`);
  if (hour === 24 && minute > 0) {
    return fail(`"${text.trim()}" is not a time: the day ends at 24:00`);
  }
  const bare = hour >= 1 && hour <= 12 ? { hour, minute } : undefined;
  return ok({ minutes: hour * 60 + minute, bare });
}

function withMeridiem(hour: number, minute: number, meridiem: "am" | "pm"): number {
  return ((hour % 12) + (meridiem === "pm" ? 12 : 0)) * 60 + minute;
}

const otherMeridiem = (m: "am" | "pm") => (m === "am" ? "pm" : "am");
const asEnd = (minutes: number) => (minutes === 0 ? DAY : minutes);

/** "6-8pm" is 18:00-20:00, "11-1pm" 11:00-13:00, "9am-5" 09:00-17:00. */
function resolveMeridiem(from: Clock, to: Clock): [number, number] {
  let start = from.minutes;
  let end = asEnd(to.minutes);
  if (from.bare && !from.meridiem && to.meridiem) {
    const { hour, minute } = from.bare;
    start = withMeridiem(hour, minute, to.meridiem);
    if (start >= end) start = withMeridiem(hour, minute, otherMeridiem(to.meridiem));
  } else if (to.bare && !to.meridiem && from.meridiem) {
    const { hour, minute } = to.bare;
    end = asEnd(withMeridiem(hour, minute, from.meridiem));
    if (end <= start) end = asEnd(withMeridiem(hour, minute, otherMeridiem(from.meridiem)));
  }
  return [start, end];
}
