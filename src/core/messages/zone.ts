import { addDays } from "../dates";
import type { IsoDate } from "../model";
import { instantOf, wallClock } from "../wall-clock";

// Wall-clock time in the map's time zone. Everything the schedule decides ("the check-in goes
// at 10:00 on Friday", "dinner is at 17:00") is wall-clock time there, so the dates and hours
// stay right when the clocks change, whatever zone the server runs in.

export interface LocalTime {
  date: IsoDate;
  /** Minutes from local midnight. */
  minutes: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The date and time a clock on the wall shows at this instant (milliseconds since 1970). */
export function localTime(ms: number, timeZone: string): LocalTime {
  const p = wallClock(ms, timeZone);
  return {
    date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`,
    minutes: p.hour * 60 + p.minute,
  };
}

/** "2027-03-02 07:05": a local time as the Log and Briefed columns show it. */
export function localStamp(ms: number, timeZone: string): string {
  const t = localTime(ms, timeZone);
  return `${t.date} ${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}`;
}

/**
 * The instant the wall clock shows `minutes` after midnight on `date` (1440 is the next
 * midnight). A time skipped when the clocks go forward lands just after the change.
 */
export function instantAt(date: IsoDate, minutes: number, timeZone: string): number {
  const day = addDays(date, Math.floor(minutes / 1440));
  const m = ((minutes % 1440) + 1440) % 1440;
  const [year, month, d] = day.split("-").map(Number);
  return instantOf({ year, month, day: d, hour: Math.floor(m / 60), minute: m % 60 }, timeZone);
}
