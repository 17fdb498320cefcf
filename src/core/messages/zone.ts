import { addDays } from "../dates";
import type { IsoDate } from "../model";

// Wall-clock time in the map's time zone. Everything the schedule decides ("the check-in goes
// at 10:00 on Friday", "dinner is at 17:00") is wall-clock time there, so the dates and hours
// stay right when the clocks change, whatever zone the server runs in.

export interface LocalTime {
  date: IsoDate;
  /** Minutes from local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(ms: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  out.hour %= 24;
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The date and time a clock on the wall shows at this instant (milliseconds since 1970). */
export function localTime(ms: number, timeZone: string): LocalTime {
  const p = parts(ms, timeZone);
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
  const [y, mo, d] = day.split("-").map(Number);
  const wanted = Date.UTC(y, mo - 1, d, Math.floor(m / 60), m % 60);
  let guess = wanted;
  // Two rounds settle the offset, also next to a change of the clocks.
  for (let i = 0; i < 2; i++) {
    const p = parts(guess, timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += wanted - seen;
  }
  return guess;
}
