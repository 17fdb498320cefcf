import type { DaysRule, IsoDate, Weekday } from "./model";
import { isIsoDate, MONTH_NAMES, weekday, WEEKDAY_NAMES } from "./dates";
import {
  abbreviation,
  ALL_DAYS,
  DAY_SETS,
  dayFromWord,
  dayLetters,
  type LetterHints,
  letterHints,
  notADay,
} from "./day-words";
import { type DaysContext, isoDates } from "./loose-dates";
import { fail, type Failed, ok, type Parsed, shown, tidy } from "./schedule-text";
import { dayPart } from "./schedule-time";

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
export { type DateOrder, dateOrderOf, type DaysContext } from "./loose-dates";
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
  '"once 9 Dec" or a list of dates; "except" leaves days or dates out ("weekdays except Wed").';

function splitList(text: string): string[] {
  return text.split(/\s*(?:[,;&/+]|\band\b|\s)\s*/i).filter((word) => word !== "");
}

// ---------------------------------------------------------------------------------------------
// Days

const WHOLE_WEEK = new Set([
  "daily",
  "every day",
  "each day",
  "everyday",
  "all week",
  "7 days",
  "7 days a week",
  "seven days a week",
  "every day of the week",
]);
const DAY_FILLERS = new Set(["every", "each", "on", "only", "the", "and", "also"]);

function sortedDays(days: Iterable<Weekday>): Weekday[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * A Days cell. `context` (the map's first and last day) gives "9 Dec" its year and settles
 * which way round "9/12" is; without it such dates are refused with what to write.
 */
export function parseDays(text: string, context: DaysContext = {}): Parsed<DaysRule> {
  const clean = tidy(text);
  if (clean === "") return fail(`Days is empty. ${DAYS_HELP}`);
  const read = readDays(clean, context);
  if (read.ok) return read;
  return fail(`Could not read "${shown(text)}" as days: ${read.error}. ${DAYS_HELP}`);
}

const PART_OF_DAY =
  /\s*\b(?:in the |at )?((?:early |late )?mornings?|afternoons?|evenings?|nights?|lunchtimes?|overnights?|after work|after school|daytimes?)\b\s*/i;

/**
 * A part of the day written in the Days cell ("weekday evenings"): the days without it and the
 * time it names, so the reader of a row can take each into its own column.
 */
export function splitDaysAndTime(text: string): { days: string; time: string } | undefined {
  const m = PART_OF_DAY.exec(text);
  if (!m) return undefined;
  const time = dayPart(m[1]);
  if (!time) return undefined;
  const days = tidy(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`);
  return { days: days.replace(/^(?:and|on|,)\s+|\s*,$/i, ""), time: time.label };
}

const EXCEPT =
  /^(.*?)[\s,;]*\b(?:except(?: for| on)?|excluding|but not(?: on)?|but|no|apart from|other than|not on|not|minus|skip(?:ping)?|without)\s+(.+)$/i;

const COUNT_EXAMPLE = [
  "Wed",
  "Tue, Fri",
  "Mon, Wed, Fri",
  "Mon, Tue, Thu, Fri",
  "weekdays",
  "Mon-Sat",
];

/** "twice a week", "3 times a week", "2x weekly": how often, but not which days. */
function readCount(text: string): Failed | undefined {
  const perDay =
    /^(?:twice|thrice|two times|three times|\d+\s*(?:x|times?))\s*(?:a day|daily|per day|each day|every day)$/i;
  if (perDay.test(text)) {
    return fail(
      `"${text}" is more than once a day: write daily here, and one row per time of day ` +
        "(a morning row and an evening row)",
    );
  }
  const m =
    /^(once|twice|thrice|one|two|three|four|five|six|\d+)\s*(?:x|times?)?\s*(?:a|per|each|every|in a|\/)?\s*(week|wk|weekly|fortnight|month|monthly)\b/i.exec(
      text,
    ) ??
    /^(a few|a couple of|several|some|a couple|few)\s+(?:times|days)\s+(?:a|per|each)\s+(week|fortnight|month)\b/i.exec(
      text,
    );
  if (!m) return undefined;
  const counts: Record<string, number> = {
    once: 1,
    one: 1,
    twice: 2,
    two: 2,
    thrice: 3,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
  };
  const count = counts[m[1].toLowerCase()] ?? (/^\d+$/.test(m[1]) ? +m[1] : undefined);
  const weekly = /^w/i.test(m[2]);
  const example =
    weekly && count !== undefined && count >= 1 && count <= 6
      ? `, like "${COUNT_EXAMPLE[count - 1]}"`
      : weekly
        ? ', like "Tue, Fri"'
        : ", or list the dates";
  return fail(`"${text}" says how often but not which days: write the days it happens${example}`);
}

function readDays(clean: string, context: DaysContext): Parsed<DaysRule> {
  const count = readCount(clean);
  if (count) return count;
  const inDays = splitDaysAndTime(clean);
  if (inDays) {
    return fail(
      `"${clean}" names a time of day: write ${inDays.days ? `"${inDays.days}" in Days and ` : ""}` +
        `"${inDays.time}" in Time`,
    );
  }
  const dated = isoDates(
    clean.replace(/\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/g, "$1-$2-$3"),
    context,
  );
  if (!dated.ok) return dated;
  const text = dated.value;
  const except = EXCEPT.exec(text);
  if (!except) return readBase(text);
  const base =
    except[1].trim() === ""
      ? ok<DaysRule>({ kind: "weekly", weekdays: ALL_DAYS })
      : readBase(except[1].trim());
  if (!base.ok) return base;
  return withExceptions(base.value, except[2], text);
}

function readBase(text: string): Parsed<DaysRule> {
  const lower = text.toLowerCase().replace(/[.!]+$/, "");
  if (WHOLE_WEEK.has(lower)) return ok({ kind: "weekly", weekdays: ALL_DAYS });
  const interval = readInterval(text.replace(/[.!]+$/, ""));
  if (interval) return interval;
  if (/^once\b/.test(lower) || /\d{4}-\d{1,2}-\d{1,2}/.test(text)) return readDates(text);
  const days = readDayList(text);
  return days.ok ? ok({ kind: "weekly", weekdays: days.value }) : days;
}

/** "weekdays except Wed", "daily except 2026-12-25": days left out, and dates skipped. */
function withExceptions(rule: DaysRule, exceptText: string, whole: string): Parsed<DaysRule> {
  const words = dayWords(exceptText);
  const hints = letterHints(words);
  const skip: IsoDate[] = [];
  const removed: Weekday[] = [];
  for (const word of words) {
    // "not Sat or Sun" leaves out both.
    if (word === "" || DAY_FILLERS.has(word.toLowerCase()) || /^(?:or|nor)$/i.test(word)) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(word)) {
      const date = readDate(word);
      if (!date.ok) return date;
      skip.push(date.value);
      continue;
    }
    const days = readDayWord(word, hints);
    if (!days.ok && /^\p{L}{4,}$/u.test(word) && !days.error.includes("did you mean")) {
      // "except Christmas": a holiday is a date to the planner.
      return fail(`"${word}" is not a day or a date: write the dates to skip, like 25 Dec`);
    }
    if (!days.ok) return days;
    removed.push(...days.value);
  }
  if (rule.kind === "dates") {
    const dates = rule.dates.filter((d) => !skip.includes(d) && !removed.includes(weekday(d)));
    if (dates.length === 0) return fail(`"${whole}" leaves no dates`);
    return ok({ kind: "dates", dates });
  }
  if (rule.kind === "every" && removed.length > 0) {
    return fail(
      `"${whole}" skips a weekday, but "every ${rule.interval} days" does not follow the week: ` +
        "list the dates to skip, like every 3 days except 2026-12-25",
    );
  }
  let result: DaysRule = rule;
  if (rule.kind === "weekly" && removed.length > 0) {
    const outside = removed.find((d) => !rule.weekdays.includes(d));
    if (outside !== undefined) {
      return fail(`"${whole}" leaves out ${WEEKDAY_NAMES[outside - 1]}, which it does not include`);
    }
    const weekdays = rule.weekdays.filter((d) => !removed.includes(d));
    if (weekdays.length === 0) return fail(`"${whole}" leaves no days`);
    result = { kind: "weekly", weekdays };
  }
  return ok(skip.length > 0 ? { ...result, skip: [...new Set(skip)].sort() } : result);
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

/** The words of a list of days, with "week days" joined and "Mon to Wed" written Mon-Wed. */
function dayWords(text: string): string[] {
  const joined = text
    .replace(/\bweek\s+(days?|ends?)\b/gi, "week$1")
    .replace(/\s*(?:-|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)\s*/gi, "-");
  return splitList(joined).map((word) => word.replace(/^[^\p{L}\p{N}-]+|[^\p{L}\p{N}-]+$/gu, ""));
}

function readDayList(text: string): Parsed<Weekday[]> {
  const words = dayWords(text);
  const hints = letterHints(words);
  const found: Weekday[] = [];
  for (const bare of words) {
    if (bare === "" || DAY_FILLERS.has(bare.toLowerCase())) continue;
    const days = readDayWord(bare, hints);
    if (!days.ok) return days;
    found.push(...days.value);
  }
  if (found.length === 0) return fail(`"${shown(text)}" names no days`);
  return ok(sortedDays(found));
}

function readDayWord(word: string, hints: LetterHints): Parsed<Weekday[]> {
  if (word.includes("-")) return readDayRange(word, hints);
  const set = DAY_SETS[word.toLowerCase()];
  if (set) return ok(set);
  const day = dayFromWord(word);
  if (day !== undefined) return ok([day]);
  return dayLetters(word, hints) ?? fail(notADay(word));
}

/** One end of a range of days: a name or a single letter ("M-F"). */
function rangeEnd(word: string, hints: LetterHints): Parsed<Weekday> {
  const day = dayFromWord(word);
  if (day !== undefined) return ok(day);
  const letters = dayLetters(word, hints);
  if (letters && !letters.ok) return letters;
  if (letters?.ok && letters.value.length === 1) return ok(letters.value[0]);
  return fail(notADay(word));
}

/** "Tue-Thu", "M-F"; "Fri-Mon" wraps round the weekend. */
function readDayRange(word: string, hints: LetterHints): Parsed<Weekday[]> {
  const ends = word.split("-");
  if (ends.length !== 2 || ends[0] === "" || ends[1] === "") {
    return fail(`"${word}" is not a range of days: write it like Tue-Thu`);
  }
  const from = rangeEnd(ends[0], hints);
  if (!from.ok) return from;
  const to = rangeEnd(ends[1], hints);
  if (!to.ok) return to;
  if (from.value === to.value) {
    return fail(
      `"${word}" starts and ends on ${WEEKDAY_NAMES[from.value - 1]}: ` +
        `write ${abbreviation(from.value)} for one day, or daily`,
    );
  }
  const days: Weekday[] = [from.value];
  for (let day = from.value; day !== to.value;) {
    day = ((day % 7) + 1) as Weekday;
    days.push(day);
  }
  return ok(days);
}

/** Canonical Days text; parseDays reads it back to the same rule. */
export function formatDays(rule: DaysRule): string {
  const skip = rule.kind !== "dates" && rule.skip?.length ? ` except ${rule.skip.join(", ")}` : "";
  return formatRule(rule) + skip;
}

function formatRule(rule: DaysRule): string {
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
  return dayRuns(days);
}

/** Sorted weekdays as runs: "Mon-Wed, Fri" (three days or more in a row make a run). */
export function dayRuns(days: readonly Weekday[]): string {
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
