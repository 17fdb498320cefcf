import type { DaysRule, IsoDate, TimeRule, Weekday } from "./model";
import { addDays, daysBetween, eachDate, longDate, weekday, WEEKDAY_NAMES } from "./dates";
import { formatMinutes, PERIODS, type PeriodName } from "./schedule";

// Plain words for briefs and reports: a helper should understand their slot at a glance.
//
// How describeSchedule words the dates a person holds (the real occurrences, not the rule):
// - one date: "on Wednesday 9 December, any time".
// - a rule's dates ("2027-01-06, 2027-01-20"): listed, "on 6 January and 20 January, 10:30-13:00".
// - a weekly pattern that repeats (spans a week or more, or 5+ dates) with no holes:
//   "every Tuesday and Thursday evening from 5 January to 28 January".
//   Otherwise up to 4 dates are listed; 1 or 2 listed dates carry their weekday.
// - a repeating pattern with 1 or 2 holes and 5+ dates: "every … from … to … except 12 January".
// - more holes and 5+ dates: "on 7 of the 10 weekday mornings from 7 December to 18 December".
// - "every 3 days": whole or with 1-2 holes, 3+ dates, on the every-N grid; otherwise listed.
// Periods read as "every morning", "every weekday evening", "every 3 days in the morning", or
// "on 6 January in the morning" after a list. Night adds ", after 9 pm" so nobody reads it as
// overnight; other times follow a comma: ", any time", ", 10:30-13:00", ", before 10:00".

export function joinWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function periodOf(time: TimeRule): PeriodName | undefined {
  if (time.kind !== "period") return undefined;
  const names = Object.keys(PERIODS) as PeriodName[];
  return (
    names.find((name) => name === time.label) ??
    names.find((name) => PERIODS[name].start === time.start && PERIODS[name].end === time.end)
  );
}

export function describeTime(time: TimeRule): string {
  if (time.start <= 0 && time.end >= 24 * 60) return "any time";
  const period = periodOf(time);
  if (period === "night") return "night (after 9 pm)";
  if (period) return period;
  // A helper must not read 22:00-06:00 as two windows of the same day.
  if (time.end > 24 * 60)
    return `${formatMinutes(time.start)}-${formatMinutes(time.end)} overnight`;
  if (time.start === 0) return `before ${formatMinutes(time.end)}`;
  if (time.end === 24 * 60) return `after ${formatMinutes(time.start)}`;
  return `${formatMinutes(time.start)}-${formatMinutes(time.end)}`;
}

/** What follows "every": "day", "weekday", "Tuesday and Thursday", "Saturday and Sunday". */
export function describeWeekdays(days: Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return "day";
  if (sorted.join("") === "12345") return "weekday";
  return joinWords(sorted.map((day) => WEEKDAY_NAMES[day - 1]));
}

/** What follows "on 7 of the 10": "weekday mornings", "Tuesdays and Thursdays", "nights". */
function countedWeekdays(days: Weekday[], time: TimeRule): string {
  const subject = describeWeekdays(days);
  const period = periodOf(time);
  if (period) return subject === "day" ? `${period}s` : `${subject} ${period}s`;
  if (subject === "day" || subject === "weekday") return `${subject}s`;
  return joinWords(days.map((day) => `${WEEKDAY_NAMES[day - 1]}s`));
}

/** The time after a list of dates: " in the morning", ", after 9 pm", ", 10:30-13:00". */
function timeAfterDates(time: TimeRule): string {
  const period = periodOf(time);
  if (period === "night") return ", after 9 pm";
  if (period) return ` in the ${period}`;
  return `, ${describeTime(time)}`;
}

/** The time after an "every …" phrase, whose period is already said: "every Monday night". */
function timeAfterEvery(time: TimeRule): string {
  const period = periodOf(time);
  if (period === "night") return ", after 9 pm";
  return period ? "" : `, ${describeTime(time)}`;
}

function everyWeekday(days: Weekday[], time: TimeRule): string {
  const subject = describeWeekdays(days);
  const period = periodOf(time);
  if (!period) return `every ${subject}`;
  return subject === "day" ? `every ${period}` : `every ${subject} ${period}`;
}

function span(first: IsoDate, last: IsoDate): string {
  return `from ${longDate(first)} to ${longDate(last)}`;
}

function except(missing: IsoDate[]): string {
  return missing.length === 0 ? "" : ` except ${joinWords(missing.map(longDate))}`;
}

function listDates(dates: IsoDate[], time: TimeRule): string {
  const named = dates.length <= 2;
  const words = dates.map((date) =>
    named ? `${WEEKDAY_NAMES[weekday(date) - 1]} ${longDate(date)}` : longDate(date),
  );
  return `on ${joinWords(words)}${timeAfterDates(time)}`;
}

function describeWeekly(held: IsoDate[], time: TimeRule): string | undefined {
  const first = held[0];
  const last = held[held.length - 1];
  const pattern = [...new Set(held.map(weekday))].sort((a, b) => a - b);
  const expected = eachDate(first, last).filter((date) => pattern.includes(weekday(date)));
  const missing = expected.filter((date) => !held.includes(date));
  const repeats = daysBetween(first, last) >= 7 || expected.length > 4;
  if (!repeats || (missing.length > 0 && held.length <= 4)) return undefined;
  if (missing.length <= 2) {
    return `${everyWeekday(pattern, time)} ${span(first, last)}${except(missing)}${timeAfterEvery(time)}`;
  }
  const count = `${held.length} of the ${expected.length} ${countedWeekdays(pattern, time)}`;
  return `on ${count} ${span(first, last)}${timeAfterEvery(time)}`;
}

function describeInterval(held: IsoDate[], interval: number, time: TimeRule): string | undefined {
  const first = held[0];
  const last = held[held.length - 1];
  if (held.some((date) => daysBetween(first, date) % interval !== 0)) return undefined;
  const expected: IsoDate[] = [];
  for (let date = first; date <= last; date = addDays(date, interval)) expected.push(date);
  const missing = expected.filter((date) => !held.includes(date));
  if (held.length < 3 || (missing.length > 0 && (held.length <= 4 || missing.length > 2))) {
    return undefined;
  }
  const period = periodOf(time);
  const when = period && period !== "night" ? ` in the ${period}` : "";
  return `every ${interval} days${when} ${span(first, last)}${except(missing)}${timeAfterEvery(time)}`;
}

/** The dates one person holds, as a phrase: "every Tuesday and Thursday evening from 5 January to 28 January". */
export function describeSchedule(input: {
  dates: IsoDate[];
  days: DaysRule;
  time: TimeRule;
}): string {
  const { days, time } = input;
  const held = [...new Set(input.dates)].sort();
  if (held.length === 0) return "no dates";
  if (held.length === 1) return listDates(held, time);
  const phrase =
    days.kind === "every" && days.interval > 1
      ? describeInterval(held, days.interval, time)
      : days.kind === "dates"
        ? undefined
        : describeWeekly(held, time);
  return phrase ?? listDates(held, time);
}
