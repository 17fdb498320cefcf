// Dates in a time zone, as Apps Script shows them: Utilities.formatDate's Java patterns, and the
// Sheets number formats behind getDisplayValues. Intl supplies the zone rules, so daylight saving
// comes out as Google's does.

import {
  zonedInstant,
  zonedTime,
  zoneOffset as offsetAt,
  type ZonedTime as WallClock,
} from "./zone";
import { gasError } from "./context";

const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );
const DAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");

/** Wall-clock time in a zone; weekday 0 = Sunday. */
export function wallTime(ms: number, timeZone: string): WallClock {
  return zonedTime(ms, timeZone);
}

/** Minutes east of UTC in effect at `ms`. */
export function offsetMinutes(ms: number, timeZone: string): number {
  return offsetAt(ms, timeZone);
}

/** The instant at which the clocks in `timeZone` show the given wall time. */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return zonedInstant({ year, month, day, hour, minute, second }, timeZone);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function zoneOffset(ms: number, timeZone: string, letter: string, count: number): string {
  const off = offsetMinutes(ms, timeZone);
  if (off === 0 && letter === "X") return "Z";
  const sign = off < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(off) / 60), 2);
  const m = pad(Math.abs(off) % 60, 2);
  if (letter === "Z") return `${sign}${h}${m}`;
  return count === 1 ? `${sign}${h}` : count === 2 ? `${sign}${h}${m}` : `${sign}${h}:${m}`;
}

/** Utilities.formatDate: a Java SimpleDateFormat pattern, in the given time zone. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const w = wallTime(ms, timeZone);
  let out = "";
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end === -1 ? pattern.length : end;
      out += stop === i + 1 ? "'" : pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += field(ch, n, w, ms, timeZone);
  }
  return out;
}

function field(ch: string, n: number, w: WallClock, ms: number, timeZone: string): string {
  switch (ch) {
    case "y":
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case "M":
      return n >= 4
        ? MONTHS[w.month - 1]
        : n === 3
          ? MONTHS[w.month - 1].slice(0, 3)
          : pad(w.month, n);
    case "d":
      return pad(w.day, n);
    case "E":
      return n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
    case "u":
      return String(w.weekday === 0 ? 7 : w.weekday);
    case "H":
      return pad(w.hour, n);
    case "h":
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case "m":
      return pad(w.minute, n);
    case "s":
      return pad(w.second, n);
    case "S":
      return pad(((ms % 1000) + 1000) % 1000, n);
    case "a":
      return w.hour < 12 ? "AM" : "PM";
    case "X":
    case "Z":
      return zoneOffset(ms, timeZone, ch, n);
    default:
      throw gasError(`Illegal pattern character '${ch}'`);
  }
}

/** A Sheets number format ("yyyy-mm-dd", "h:mm", "dddd d mmmm") as a Java date pattern. */
export function sheetsDatePattern(format: string): string {
  const tokens = format.match(/am\/pm|"[^"]*"|([ymdhs])\1*|./gi) ?? [];
  const twelveHour = tokens.some((t) => t.toLowerCase() === "am/pm");
  return tokens
    .map((token, i) => {
      const t = token.toLowerCase();
      if (t === "am/pm") return "a";
      if (t.startsWith('"')) return `'${t.slice(1, -1)}'`;
      const n = t.length;
      switch (t[0]) {
        case "y":
          return n <= 2 ? "yy" : "yyyy";
        case "d":
          return n === 3 ? "EEE" : n >= 4 ? "EEEE" : "d".repeat(n);
        case "h":
          return (twelveHour ? "h" : "H").repeat(n);
        case "s":
          return "s".repeat(n);
        case "m": {
          const before = tokens
            .slice(0, i)
            .reverse()
            .find((x) => /^[ymdhs]/i.test(x));
          const after = tokens.slice(i + 1).find((x) => /^[ymdhs]/i.test(x));
          const minutes = /^h/i.test(before ?? "") || /^s/i.test(after ?? "");
          return minutes ? "m".repeat(n) : "M".repeat(Math.min(n, 4));
        }
        default:
          return /[A-Za-z]/.test(token) ? `'${token}'` : token;
      }
    })
    .join("");
}

/** The text Sheets shows for a number in the given number format. */
export function displayNumber(value: number, format: string): string {
  const m = /^[#,]*0(?:\.(0+))?(%?)$/.exec(format);
  if (!m) return String(Number(value.toPrecision(15)));
  const decimals = m[1]?.length ?? 0;
  const scaled = m[2] ? value * 100 : value;
  const grouped = format.includes(",");
  const text = grouped
    ? scaled.toLocaleString("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : scaled.toFixed(decimals);
  return text + m[2];
}
