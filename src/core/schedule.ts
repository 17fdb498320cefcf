import type { DaysRule, IsoDate, Weekday } from "./model";
import { isIsoDate, MONTH_NAMES, weekday, WEEKDAY_NAMES } from "./dates";
import { closest, fail, ok, type Parsed, shown, tidy } from "./schedule-text";

// The Days and Time languages. Coordinators type these cells by hand, so reading is forgiving
// (case, spaces, dashes, plurals, am/pm) and every error quotes what was read and what would work.
// A silent misreading is the worst outcome: where a phrase could mean two things, the reader asks.
//
// HOURS WITHOUT AM/PM (the full rule, with examples, heads clock.ts):
// - am/pm, noon, midnight and the 24-hour clock ("07:00", "10:30", "18", "1830") are literal.
// - next to a literal end, a bare hour takes the reading that makes the shorter window
//   ("6-8pm" 18:00-20:00, "9am-12" 09:00-12:00).
// - two bare hours: a start from 1 to 6 is afternoon or evening ("5-7" 17:00-19:00), 12 is noon
//   ("12-2" 12:00-14:00), a start from 7 to 11 is morning and an end earlier on the 12-hour clock
//   spans noon ("9-5" 09:00-17:00, "10-2" 10:00-14:00).
// - one bare hour: 1 to 6 is afternoon or evening ("after 5" 17:00-24:00), 12 is noon.
// - still ambiguous, so refused with both readings named: "8-10", "7-9", "10-12", "after 8",
//   "from 9", "5-2". In quiet times "before 10" is the morning and "after 9" the evening.
// - a window may cross midnight from noon to noon ("22:00-06:00"): one window on its first day.

export type { Parsed } from "./schedule-text";
export {
  dayPart,
  formatMinutes,
  formatTime,
  parseQuietTimes,
  parseTime,
  PERIODS,
  type PeriodName,
  QUIET_TIMES_HELP,
  TIME_HELP,
} from "./schedule-time";

export const DAYS_HELP =
  'Write daily, weekdays, weekends, days like "Mon, Wed, Fri" or "Tue-Thu", "every 3 days", ' +
  '"once 2026-12-09" or a list of dates.';

const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const WEEKENDS: Weekday[] = [6, 7];

function splitList(text: string): string[] {
  return text.split(/\s*(?:[,;&/+]|\band\b|\s)\s*/i).filter((word) => word !== "");
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
