import type { TimeRule, TimeWindow } from "./model";
import { DAY, formatMinutes, readClock, resolveRange, resolveSide, windowLabel } from "./clock";
import { closest, fail, ok, type Parsed, shown, tidy } from "./schedule-text";

// The Time language: periods, words people use for a time of day, ranges and one side of the
// day. Hours without am/pm follow the rule at the top of clock.ts.

export type PeriodName = "morning" | "afternoon" | "evening" | "night";

export const PERIODS: Record<PeriodName, TimeWindow> = {
  morning: { start: 6 * 60, end: 12 * 60 },
  afternoon: { start: 12 * 60, end: 17 * 60 },
  evening: { start: 17 * 60, end: 21 * 60 },
  // The guide: "one can only call after 9 p.m."
  night: { start: 21 * 60, end: 24 * 60 },
};

/**
 * Everyday words for a part of the day. Like the periods they are flexible: a need there wants
 * a helper for part of it. Overnight is exact: someone stays the whole night.
 */
const DAY_PARTS: Record<string, { start: number; end: number; exact?: boolean }> = {
  "early morning": { start: 6 * 60, end: 9 * 60 },
  "late morning": { start: 9 * 60, end: 12 * 60 },
  lunchtime: { start: 12 * 60, end: 14 * 60 },
  "early afternoon": { start: 12 * 60, end: 15 * 60 },
  "late afternoon": { start: 15 * 60, end: 17 * 60 },
  "after school": { start: 15 * 60, end: 18 * 60 },
  dinnertime: { start: 17 * 60, end: 19 * 60 },
  "early evening": { start: 17 * 60, end: 19 * 60 },
  "after work": { start: 18 * 60, end: 21 * 60 },
  daytime: { start: 9 * 60, end: 17 * 60 },
  overnight: { start: 22 * 60, end: DAY + 7 * 60, exact: true },
};

/** Other spellings of the words above. */
const DAY_PART_SPELLINGS: Record<string, string> = {
  lunch: "lunchtime",
  "lunch time": "lunchtime",
  "at lunch": "lunchtime",
  dinner: "dinnertime",
  "dinner time": "dinnertime",
  teatime: "dinnertime",
  "tea time": "dinnertime",
  "during the day": "daytime",
  "day time": "daytime",
  "working hours": "daytime",
  "office hours": "daytime",
  "over night": "overnight",
  "through the night": "overnight",
  "all night": "overnight",
};

export const TIME_HELP =
  "Write morning, afternoon, evening, night (after 9 pm), any, or a range like 18:00-20:00 " +
  '("after 21:00" and "before 10:00" work too). Morning is 06:00-12:00, afternoon 12:00-17:00, ' +
  'evening 17:00-21:00. Hours without am/pm read as people mean them ("5-7" is 17:00-19:00, ' +
  '"9-5" 09:00-17:00); add am or pm when in doubt.';

export const QUIET_TIMES_HELP =
  'Write none, or windows like "before 10:00", "after 21:00" (or "after 9pm") or "13:00-14:00", ' +
  "separated by commas.";

const ANY_TIME: TimeRule = { kind: "any", start: 0, end: DAY, label: "any" };
const ANY_WORDS = new Set([
  "any",
  "any time",
  "anytime",
  "all day",
  "whenever",
  "any time of day",
  "flexible",
]);
const NO_QUIET_TIMES = new Set(["none", "no", "nothing", "never", "n/a", "na", "-"]);
const RANGE_SEPARATOR = /\s*(?:-|\bto\b|\btill?\b|\buntil\b)\s*/i;

const TIME_TYPOS: Record<string, string> = {
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  night: "night",
  anytime: "any",
  lunchtime: "lunchtime",
  overnight: "overnight",
  whenever: "whenever",
  daytime: "daytime",
};

export { formatMinutes };

export function formatTime(rule: TimeRule): string {
  return rule.label;
}

/** Fold "p.m.", "5p", "between 6 and 8", "18h30", "5ish" into forms the window reader knows. */
function tidyTime(text: string): string {
  return tidy(text)
    .replace(/\b([ap])\.\s?m\b\.?/gi, "$1m")
    .replace(/(\d)\s*([ap])\b\.?/gi, "$1$2m")
    .replace(/\b(\d{1,2})h(\d\d)\b/gi, "$1:$2")
    .replace(/(\d)\s*-?ish\b/gi, "$1")
    .replace(/\bbetween\s+(.+?)\s+and\s+/gi, "$1-");
}

function splitWindows(text: string): string[] {
  return text.split(/\s*(?:[,;&+/]|\band\b|\bor\b)\s*/i).filter((piece) => piece !== "");
}

function isPeriod(word: string): word is PeriodName {
  return Object.prototype.hasOwnProperty.call(PERIODS, word);
}

function notATime(piece: string): string {
  const guess = closest(piece.replace(/s$/i, "").replace(/\s+/g, ""), TIME_TYPOS);
  return guess ? `"${piece}" is not a time (did you mean ${guess}?)` : `"${piece}" is not a time`;
}

export function parseTime(text: string): Parsed<TimeRule> {
  const clean = tidyTime(text);
  if (clean === "") return fail(`Time is empty. ${TIME_HELP}`);
  const reads = splitWindows(clean).map((piece) => readWindow(piece, false));
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

/** Quiet times hold within a day: one that crosses midnight is kept as its two halves. */
export function parseQuietTimes(text: string): Parsed<TimeWindow[]> {
  const clean = tidyTime(text);
  if (clean === "" || NO_QUIET_TIMES.has(clean.toLowerCase())) return ok([]);
  const windows: TimeWindow[] = [];
  for (const piece of splitWindows(clean)) {
    const read = readWindow(piece.replace(/^no (?:in-person )?visits? /i, ""), true);
    if (!read.ok) {
      return fail(
        `Could not read "${shown(text)}" as quiet times: ${read.error}. ${QUIET_TIMES_HELP}`,
      );
    }
    const { start, end } = read.value;
    if (end > DAY) windows.push({ start, end: DAY }, { start: 0, end: end - DAY });
    else windows.push({ start, end });
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

function range(start: number, end: number): TimeRule {
  return { kind: "range", start, end, label: windowLabel(start, end) };
}

/** A word for a part of the day, if the piece is one: "morning", "lunchtime", "overnight". */
export function dayPart(piece: string): TimeRule | undefined {
  const lower = piece.toLowerCase().trim();
  const plain = (DAY_PART_SPELLINGS[lower] ?? lower)
    .replace(/^(?:(?:in|during) the|at|every|each|the)\s+/, "")
    .replace(/[.!]+$/, "")
    .trim();
  if (ANY_WORDS.has(plain)) return ANY_TIME;
  const single = plain.replace(/s$/, "");
  if (isPeriod(single)) return { kind: "period", ...PERIODS[single], label: single };
  const word = [plain, single].map((w) => DAY_PART_SPELLINGS[w] ?? w).find((w) => DAY_PARTS[w]);
  if (word === undefined) return undefined;
  const { start, end, exact } = DAY_PARTS[word];
  return { kind: exact ? "range" : "period", start, end, label: word };
}

/** One window: any, a part of the day, a range, or one side of the day. Errors are reasons only. */
function readWindow(piece: string, quiet: boolean): Parsed<TimeRule> {
  return dayPart(piece) ? ok(dayPart(piece) as TimeRule) : readRange(piece, quiet);
}

function readRange(piece: string, quiet: boolean): Parsed<TimeRule> {
  const after =
    /^(?:after|from|since|past)\s+(.+)$/i.exec(piece) ?? /^(.+?)\s*onwards?$/i.exec(piece);
  if (after && !RANGE_SEPARATOR.test(after[1])) return readOneSide(piece, after[1], "after", quiet);
  const before = /^(?:before|until|till?|up to|by)\s+(.+)$/i.exec(piece);
  if (before) return readOneSide(piece, before[1], "before", quiet);

  const ends = piece.replace(/^(?:from|at)\s+/i, "").split(RANGE_SEPARATOR);
  if (ends.length === 1) {
    const single = readClock(ends[0]);
    if (!single.ok) return /\d/.test(piece) ? single : fail(notATime(piece));
    const at = resolveSide(piece, single.value, "after", quiet);
    const from = at.ok ? at.value : single.value.minutes;
    return fail(
      `"${piece}" is one time, not a window: write a range like ${windowLabel(from, Math.min(from + 120, DAY))}, ` +
        `or after ${formatMinutes(from)}`,
    );
  }
  if (ends.length !== 2 || ends[0] === "" || ends[1] === "") {
    return fail(`"${piece}" is not one range: write it like 18:00-20:00`);
  }
  const from = readClock(ends[0]);
  if (!from.ok) return from;
  const to = readClock(ends[1]);
  if (!to.ok) return to;
  const window = resolveRange(piece, from.value, to.value);
  return window.ok ? ok(range(...window.value)) : window;
}

function readOneSide(
  piece: string,
  clockText: string,
  side: "after" | "before",
  quiet: boolean,
): Parsed<TimeRule> {
  const clock = readClock(clockText);
  if (!clock.ok) return clock;
  const at = resolveSide(piece, clock.value, side, quiet);
  if (!at.ok) return at;
  if (side === "before") return ok(range(0, at.value === 0 ? DAY : at.value));
  if (at.value >= DAY) return fail(`"${piece}" leaves no time in the day`);
  // "after midnight" means the small hours, not the whole day.
  if (at.value === 0)
    return fail(`"${piece}" does not say until when: write a range like 00:00-06:00`);
  return ok(range(at.value, DAY));
}
