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

/**
 * The instant (milliseconds since 1970) at which the wall clock in `timeZone` shows this time.
 * A time skipped when the clocks go forward lands just after the change.
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
  let guess = wanted;
  // Two rounds settle the offset, also next to a change of the clocks.
  for (let i = 0; i < 2; i++) {
    const seen = wallClock(guess, timeZone);
    guess +=
      wanted - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
  }
  return guess;
}
