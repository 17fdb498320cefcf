import type { Weekday } from "./model";
import { formatDays, formatMinutes, PERIODS, type PeriodName } from "./schedule";

// When a helper is free, as ticked on the offer form's grid (days × parts of the day), written as
// Offers rows in the schedule language. An Offers row holds one Days rule and one time window, so:
//  1. each day's ticked periods are joined into windows: neighbouring periods make one window
//     (morning + afternoon is 06:00-17:00), a gap starts another (morning and evening are two);
//     all four periods make "any";
//  2. days with the same window share one row: Mon–Fri mornings are one row "weekdays, morning",
//     and Saturday's 06:00-17:00 is another.
// A day with morning and evening ticked is in both the morning row and the evening row, so every
// ticked box is covered by exactly one row and nothing unticked is.

export const PERIOD_ORDER: readonly PeriodName[] = ["morning", "afternoon", "evening", "night"];

/** The parts of the day ticked for each weekday; a missing day has none. */
export type FreeGrid = Partial<Record<Weekday, readonly PeriodName[]>>;

export interface FreeWindow {
  weekdays: Weekday[];
  /** For the Days column: "weekdays", "Mon, Wed", "daily". */
  daysText: string;
  /** For the Time column: "morning", "06:00-17:00", "any". */
  timeText: string;
  start: number;
  end: number;
}

interface Window {
  start: number;
  end: number;
  label: string;
}

/** A day's ticked periods as windows, earliest first. */
function windowsOf(periods: readonly PeriodName[]): Window[] {
  const ticked = new Set(periods);
  if (PERIOD_ORDER.every((p) => ticked.has(p))) return [{ start: 0, end: 24 * 60, label: "any" }];
  const out: Window[] = [];
  let run: PeriodName[] = [];
  const close = () => {
    if (run.length === 0) return;
    const start = PERIODS[run[0]].start;
    const end = PERIODS[run[run.length - 1]].end;
    const label = run.length === 1 ? run[0] : `${formatMinutes(start)}-${formatMinutes(end)}`;
    out.push({ start, end, label });
    run = [];
  };
  for (const p of PERIOD_ORDER) {
    if (ticked.has(p)) run.push(p);
    else close();
  }
  close();
  return out;
}

/** One row per distinct window, with every day that has it; ordered by time, then first day. */
export function freeWindows(grid: FreeGrid): FreeWindow[] {
  const byLabel = new Map<string, { window: Window; days: Weekday[] }>();
  for (let d = 1; d <= 7; d++) {
    const day = d as Weekday;
    for (const w of windowsOf(grid[day] ?? [])) {
      const entry = byLabel.get(w.label) ?? { window: w, days: [] };
      entry.days.push(day);
      byLabel.set(w.label, entry);
    }
  }
  return [...byLabel.values()]
    .sort(
      (a, b) =>
        a.window.start - b.window.start || a.window.end - b.window.end || a.days[0] - b.days[0],
    )
    .map(({ window, days }) => ({
      weekdays: days,
      daysText: formatDays({ kind: "weekly", weekdays: days }),
      timeText: window.label,
      start: window.start,
      end: window.end,
    }));
}
