// Wall-clock time in a time zone, from Intl's zone rules. Sheets hands dates over as instants
// standing for a wall-clock time in the spreadsheet's zone, and the schedule speaks wall-clock
// time in the map's zone, so both need the same two conversions, right across clock changes.

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday, as JavaScript counts. */
  weekday: number;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock on the wall in `timeZone` shows at this instant. */
export function wallClock(at: Date | number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines write midnight as 24 even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

const DAY_MS = 86_400_000;

/** How far the zone's clocks are ahead of UTC at this instant, in milliseconds. */
export function offsetAt(at: number, timeZone: string): number {
  // Intl shows whole seconds, so compare against the instant's whole second.
  const t = Math.floor(at / 1000) * 1000;
  const w = wallClock(t, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - t;
}

/**
 * The instant (milliseconds since 1970) at which the wall clock in `timeZone` shows this time,
 * resolved as Temporal's "compatible" disambiguation does, the same in every zone:
 *  - a time the clocks skip when they go forward (Santiago's midnight on 2026-09-06) is moved
 *    forward by the length of the gap: 00:00 becomes 01:00, the first instant of that day;
 *  - a time the clocks show twice when they go back is the earlier of the two instants.
 * Offsets are read a day either side, which holds while a zone changes its clocks at most
 * once in two days.
 */
export function instantOf(
  clock: Pick<WallClock, "year" | "month" | "day"> &
    Partial<Pick<WallClock, "hour" | "minute" | "second">>,
  timeZone: string,
): number {
  const wanted = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour ?? 0,
    clock.minute ?? 0,
    clock.second ?? 0,
  );
  const before = offsetAt(wanted - DAY_MS, timeZone);
  const after = offsetAt(wanted + DAY_MS, timeZone);
  // Each offset in force around then gives one reading; it counts if the clock agrees.
  const readings = [wanted - before, wanted - after].filter(
    (t) => offsetAt(t, timeZone) === wanted - t,
  );
  if (readings.length) return Math.min(...readings);
  // Skipped: read with the offset from before the change, the instant lands after it, as
  // late as the gap is long.
  return wanted - before;
}
