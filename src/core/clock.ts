// Clock times in a Time cell, and the am/pm rule for hours written without am or pm.
//
// THE AM/PM RULE (the README's "The schedule language" says the same):
// 1. Taken literally: an hour with am/pm ("5pm"), noon, midnight, the 24-hour clock (an hour of
//    0 or 13-24, a leading zero "07:00", or a two-digit hour with minutes "10:30", "1830", "18h").
// 2. Anything else is a bare hour, 1 to 12 ("5", "9", "5:30"), read the way people offering help
//    mean it:
//    - a bare hour next to a literal one takes the reading that makes the shorter window:
//      "6-8pm" is 18:00-20:00, "11-1pm" 11:00-13:00, "9am-12" 09:00-12:00, "22:00-2" 22:00-02:00.
//    - two bare hours: a start from 1 to 6 is afternoon or evening ("5-7" 17:00-19:00, "1-3"
//      13:00-15:00, "6-8" 18:00-20:00); 12 is noon ("12-2" 12:00-14:00); a start from 7 to 11 is
//      morning, and an end earlier on the 12-hour clock (or equal) spans noon ("9-5" 09:00-17:00,
//      "10-2" 10:00-14:00, "11-1" 11:00-13:00, "9-9" 09:00-21:00).
//    - one bare hour ("after 5", "before 3", "from 2"): 1 to 6 is afternoon or evening, 12 noon.
//    Still ambiguous, so the reader asks, naming both readings: two bare hours from 7 to 12 in
//    order ("8-10": 08:00-10:00 or 20:00-22:00; "10-12": 10:00-12:00 or 22:00-24:00), one bare
//    hour from 7 to 11 ("after 8", "from 9"), two bare hours that would cross midnight ("5-2"),
//    and "12am" after a bare hour ("9-12am": 09:00-12:00 or 21:00-24:00, since 12am is often
//    written for noon). "after midnight" asks until when rather than meaning the whole day.
//    Quiet times are the exception: "before 10" there is the morning and "after 9" the evening,
//    because no one keeps visitors away all day.
// 3. A window may cross midnight when it starts at noon or later and ends by noon the next day
//    ("22:00-06:00", "10pm-6am"): it is one window, on the day it starts, with its end past 24:00.

import type { Parsed } from "./schedule-text";

export const DAY = 24 * 60;
export const NOON = 12 * 60;

export interface Clock {
  /** Minutes from midnight, as written; for a bare hour its morning reading (12 is 00:xx). */
  minutes: number;
  /** Written so it can only mean one time of day; false for a bare hour 1 to 12. */
  fixed: boolean;
  /** "12am", which people write for noon as often as for midnight. */
  twelveAm?: boolean;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

export function formatMinutes(m: number): string {
  // A window that crosses midnight ends past 24:00; its end is the next morning's clock.
  const t = m > DAY ? m - DAY : m;
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
}

export function windowLabel(start: number, end: number): string {
  return `${formatMinutes(start)}-${formatMinutes(end)}`;
}

/** "8am", "8:30pm", "12pm": how to write a time so it reads one way. */
function twelveHour(m: number): string {
  const t = m % DAY;
  const hour = Math.floor(t / 60) % 12 || 12;
  const minute = t % 60 ? `:${String(t % 60).padStart(2, "0")}` : "";
  return `${hour}${minute}${t >= NOON ? "pm" : "am"}`;
}

export function readClock(text: string): Parsed<Clock> {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s*o'?clock$/, "");
  const shownText = text.trim();
  if (t === "noon" || t === "midday" || t === "12 noon") return ok({ minutes: NOON, fixed: true });
  if (t === "midnight") return ok({ minutes: 0, fixed: true });
  const m =
    /^(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|h|hrs)?$/.exec(t) ??
    /^(\d\d)(\d\d)()$/.exec(t) ??
    undefined;
  if (!m) return fail(`"${shownText}" is not a time`);
  const hour = +m[1];
  const minute = m[2] ? +m[2] : 0;
  if (minute > 59) return fail(`"${shownText}" is not a time: minutes go up to 59`);
  if (m[3] === "am" || m[3] === "pm") {
    if (hour < 1 || hour > 12) {
      return fail(`"${shownText}" is not a time: with am or pm the hour is 1 to 12`);
    }
    const minutes = ((hour % 12) + (m[3] === "pm" ? 12 : 0)) * 60 + minute;
    return ok({ minutes, fixed: true, ...(minutes < 60 && hour === 12 && { twelveAm: true }) });
  }
  if (hour > 24) return fail(`"${shownText}" is not a time: hours go up to 24`);
  if (hour === 24 && minute > 0) return fail(`"${shownText}" is not a time: the day ends at 24:00`);
  const twentyFourHour =
    hour === 0 ||
    hour > 12 ||
    m[1].startsWith("0") ||
    (m[1].length === 2 && m[2] !== undefined) ||
    m[3] === "h" ||
    m[3] === "hrs";
  if (twentyFourHour) return ok({ minutes: hour * 60 + minute, fixed: true });
  return ok({ minutes: (hour % 12) * 60 + minute, fixed: false });
}

/** The two readings of a clock: as written, and twelve hours on (only a bare hour has two). */
function readings(clock: Clock): number[] {
  return clock.fixed ? [clock.minutes] : [clock.minutes, clock.minutes + NOON];
}

/** An end at midnight is the end of the day. */
const asEnd = (m: number) => (m === 0 ? DAY : m);

/**
 * A window from start to end, which may cross midnight only from noon to noon; undefined when
 * it cannot be one window.
 */
function window(start: number, end: number): [number, number] | undefined {
  const e = asEnd(end);
  if (e > start) return [start, e];
  if (e < start && start >= NOON && e <= NOON) return [start, e + DAY];
  return undefined;
}

function ambiguous(piece: string, a: [number, number], b: [number, number]): string {
  const say = ([s, e]: [number, number]) => `${twelveHour(s)}-${twelveHour(e)}`;
  return (
    `"${piece}" could mean ${windowLabel(...a)} or ${windowLabel(...b)}: ` +
    `write ${say(a)} or ${say(b)}`
  );
}

/** Two ends of a range, by the am/pm rule above. The end passes 24:00 when it crosses midnight. */
export function resolveRange(piece: string, from: Clock, to: Clock): Parsed<[number, number]> {
  if (from.fixed && to.fixed) return checked(piece, from.minutes, to.minutes);
  // "9-12am" may mean 09:00-12:00 as often as 21:00-24:00: read as two bare hours, so it asks.
  if (to.twelveAm && to.fixed && !from.fixed) {
    return resolveRange(piece, from, { minutes: to.minutes, fixed: false });
  }
  if (from.fixed || to.fixed) {
    // One end is certain: the other takes whichever reading gives the shorter window.
    const options = readings(from)
      .flatMap((s) => readings(to).map((e) => window(s, e)))
      .filter((w): w is [number, number] => w !== undefined)
      .sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
    return options.length > 0 ? ok(options[0]) : checked(piece, from.minutes, to.minutes);
  }
  const a = from.minutes; // 12-hour clock: 0-719, with 12 o'clock as 0
  const b = to.minutes;
  const hourA = Math.floor(a / 60) || 12;
  const hourB = Math.floor(b / 60) || 12;
  if (hourA === 12) {
    // Noon onwards: "12-2" is 12:00-14:00.
    return b > a ? ok([NOON + a, NOON + b]) : checked(piece, NOON + a, NOON + b);
  }
  if (hourA <= 6) {
    // Afternoon or evening: "5-7", "1-3", "6-12" (to midnight).
    if (hourB === 12 && b % 60 === 0) return ok([NOON + a, DAY]);
    if (b > a && hourB !== 12) return ok([NOON + a, NOON + b]);
    return fail(ambiguous(piece, [NOON + a, b + DAY], [a, NOON + b]));
  }
  // A morning start: an end before it on the 12-hour clock, or from 1 to 6, is after noon.
  if (hourB !== 12 && (b <= a || hourB <= 6)) return ok([a, NOON + b]);
  const morning: [number, number] = [a, hourB === 12 ? NOON + (b % 60) : b];
  const evening: [number, number] = [NOON + a, hourB === 12 ? DAY + (b % 60) : NOON + b];
  if (evening[1] > DAY) return ok(morning);
  return fail(ambiguous(piece, morning, evening));
}

function checked(piece: string, start: number, end: number): Parsed<[number, number]> {
  const w = window(start, end);
  if (w) return ok(w);
  if (asEnd(end) === start) return fail(`"${piece}" starts and ends at ${formatMinutes(start)}`);
  const overnight = start >= NOON ? " (a window that crosses midnight ends by 12:00)" : "";
  return fail(
    `"${piece}" ends at ${formatMinutes(end)}, before it starts at ${formatMinutes(start)}${overnight}`,
  );
}

/**
 * One side of the day ("after 5", "before 10:00"): the minute it turns at. `quiet` reads
 * "before 10" as the morning and "after 9" as the evening, as quiet times always mean.
 */
export function resolveSide(
  piece: string,
  clock: Clock,
  side: "after" | "before",
  quiet: boolean,
): Parsed<number> {
  if (clock.fixed) return ok(clock.minutes);
  const hour = Math.floor(clock.minutes / 60) || 12;
  if (hour === 12 || hour <= 6) return ok(clock.minutes + NOON);
  if (quiet) return ok(side === "before" ? clock.minutes : clock.minutes + NOON);
  const am = twelveHour(clock.minutes);
  const pm = twelveHour(clock.minutes + NOON);
  return fail(
    `"${piece}" could mean ${side} ${formatMinutes(clock.minutes)} or ${side} ` +
      `${formatMinutes(clock.minutes + NOON)}: write ${side} ${am} or ${side} ${pm}`,
  );
}
