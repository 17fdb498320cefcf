import { dayNumber, weekStart, weekday } from "./dates";
import { outsideQuiet } from "./eligibility";
import type { DaysRule, IsoDate, Need, Role, Settings, Weekday } from "./model";
import { needDates } from "./occurrences";
import type { PlannedAssignment } from "./plan-types";
import { formatDays, formatMinutes } from "./schedule";
import { describeSchedule } from "./words";

// Turns the dates one person holds for one need into assignments (rows of the Assignments
// sheet) a person can read: "Mon, Wed, Fri from 7 December to 18 December" rather than a list
// of dates. Words, as in the planner: a slot is one need on one weekday, an occurrence is one
// date of a need, an assignment is one row.

export interface AssignmentSpan {
  daysText: string;
  from: IsoDate;
  until: IsoDate;
  dates: IsoDate[];
}

/** The time a task happens, with the quiet time taken out for visits ("10:00-12:00"). */
export function assignmentTime(need: Need, settings: Settings): string {
  if (need.mode !== "in person" || need.time.kind === "range") return need.time.label;
  const parts = outsideQuiet({ start: need.time.start, end: need.time.end }, settings.quietTimes);
  const longest = parts.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
  if (!longest || (longest.start === need.time.start && longest.end === need.time.end))
    return need.time.label;
  return `${formatMinutes(longest.start)}-${formatMinutes(longest.end)}`;
}

/** Rows for a set of dates (sorted) that one person holds of one need. */
export function assignmentSpans(need: Need, settings: Settings, held: IsoDate[]): AssignmentSpan[] {
  if (!held.length) return [];
  const all = needDates(need, settings);
  if (need.days.kind !== "weekly") {
    const from = held[0];
    const until = held[held.length - 1];
    const span = all.filter((d) => d >= from && d <= until);
    const whole = span.length === held.length;
    const rule: DaysRule =
      whole && need.days.kind === "every" ? need.days : { kind: "dates", dates: held };
    return [{ daysText: formatDays(rule), from, until, dates: held }];
  }
  // Per weekday, split into runs with no week missing, then join runs that span the same weeks.
  const runs: { day: Weekday; dates: IsoDate[] }[] = [];
  const heldSet = new Set(held);
  for (const day of [1, 2, 3, 4, 5, 6, 7] as Weekday[]) {
    const ofDay = all.filter((d) => weekday(d) === day);
    let run: IsoDate[] = [];
    for (const d of ofDay) {
      if (heldSet.has(d)) run.push(d);
      else if (run.length) {
        runs.push({ day, dates: run });
        run = [];
      }
    }
    if (run.length) runs.push({ day, dates: run });
  }
  const byWeeks = new Map<string, { days: Weekday[]; dates: IsoDate[] }>();
  for (const r of runs) {
    const key = `${weekKey(r.dates[0])}|${weekKey(r.dates[r.dates.length - 1])}`;
    const row = byWeeks.get(key) ?? { days: [], dates: [] };
    row.days.push(r.day);
    row.dates.push(...r.dates);
    byWeeks.set(key, row);
  }
  return [...byWeeks.values()]
    .map((r) => {
      const dates = r.dates.sort();
      return {
        daysText: formatDays({ kind: "weekly", weekdays: r.days.sort((a, b) => a - b) }),
        from: dates[0],
        until: dates[dates.length - 1],
        dates,
      };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function weekKey(date: IsoDate): number {
  return dayNumber(weekStart(date));
}

export function plannedRows(
  need: Need,
  needRow: number,
  settings: Settings,
  person: string,
  role: Role,
  held: IsoDate[],
): PlannedAssignment[] {
  const timeText = assignmentTime(need, settings);
  return assignmentSpans(need, settings, held).map((r) => ({
    row: 0,
    need: need.name,
    needRow,
    person,
    role,
    daysText: r.daysText,
    timeText,
    from: r.from,
    until: r.until,
    status: "planned",
    pinned: false,
    occurrences: r.dates,
    description: describeSchedule({ dates: r.dates, days: need.days, time: need.time }),
  }));
}
