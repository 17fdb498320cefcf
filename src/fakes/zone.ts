// Wall-clock time in a zone, the fakes' own. Google's servers run Java, whose java.time resolves
// a local time the way ZonedDateTime.ofLocal documents: in a gap (clocks go forward) the time is
// moved later by the length of the gap; in an overlap (clocks go back) the earlier offset wins.
// Intl supplies the zone rules. This is written apart from src/core/wall-clock.ts on purpose, so
// that tests of the add-on's time arithmetic against the fakes check one against the other.

export interface ZonedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const cache = new Map<string, Intl.DateTimeFormat>();

function parts(ms: number, timeZone: string): Record<string, string> {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    cache.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(ms)) out[p.type] = p.value;
  return out;
}

export function zonedTime(ms: number, timeZone: string): ZonedTime {
  const p = parts(ms, timeZone);
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: SHORT_DAYS.indexOf(p.weekday),
  };
}

/** Minutes east of UTC in effect at `ms`. */
export function zoneOffset(ms: number, timeZone: string): number {
  const w = zonedTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/** The instant the clocks in `timeZone` show this local time, resolved as java.time does. */
export function zonedInstant(local: Omit<ZonedTime, "weekday">, timeZone: string): number {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  // Zone changes are days apart, so the offsets a day either side are the only candidates.
  const before = zoneOffset(asUtc - 86_400_000, timeZone);
  const after = zoneOffset(asUtc + 86_400_000, timeZone);
  const valid = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => {
      const w = zonedTime(ms, timeZone);
      return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) === asUtc;
    });
  if (valid.length > 0) return Math.min(...valid);
  // A gap: read the time with the offset before the change, which lands it after the change.
  return asUtc - before * 60_000;
}
