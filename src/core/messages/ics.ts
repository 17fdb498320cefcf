import { addDays } from "../dates";
import type { IsoDate } from "../model";
import { instantAt } from "./zone";

// iCalendar files (RFC 5545) for helpers' calendars. One VEVENT per date rather than an RRULE:
// a helper's dates are rarely a clean rule (a need ends, a week is someone else's), and each
// event says exactly one slot. Timed events are written in UTC, converted from the map's time
// zone date by date, so they land at the right local hour on both sides of a daylight-saving
// change without a VTIMEZONE block; "any time" tasks are all-day (date-only) events, which have
// no time zone at all. Lines end in CRLF, are folded at 75 octets, and text is escaped.

export interface CalendarEvent {
  /** Stable across briefs, so a newer brief's file updates the same event. */
  uid: string;
  summary: string;
  description: string;
  date: IsoDate;
  /** Minutes from local midnight; absent for an all-day event. */
  time?: { start: number; end: number };
  /** A slot that does not block the time (a backup role). */
  free?: boolean;
  /** Rises each time the event is sent changed, so calendars take the newer one. */
  sequence?: number;
  /** A slot the helper no longer holds: sent with METHOD:CANCEL so calendars drop it. */
  cancelled?: boolean;
}

export interface Calendar {
  name: string;
  timeZone: string;
  /** When the file was made, milliseconds since 1970 (DTSTAMP). */
  stamp: number;
  events: CalendarEvent[];
  /** PUBLISH (the default) adds or updates events; CANCEL removes them. One method per file. */
  method?: "PUBLISH" | "CANCEL";
}

const CRLF = "\r\n";

/** TEXT values: backslash, semicolon, comma and line breaks are escaped; other controls dropped. */
export function escapeText(text: string): string {
  return [...text.replace(/\r\n?/g, "\n")]
    .filter((c) => !isControl(c.charCodeAt(0)))
    .join("")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** Controls are not allowed in TEXT, except tab and the line break escaped as \n. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Splits a content line into lines of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

const compactDate = (date: IsoDate) => date.replace(/-/g, "");

function eventLines(event: CalendarEvent, calendar: Calendar): string[] {
  const when = event.time
    ? [
        `DTSTART:${utcStamp(instantAt(event.date, event.time.start, calendar.timeZone))}`,
        `DTEND:${utcStamp(instantAt(event.date, event.time.end, calendar.timeZone))}`,
      ]
    : [
        `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
        `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      ];
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(calendar.stamp)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `TRANSP:${event.free ? "TRANSPARENT" : "OPAQUE"}`,
    `STATUS:${event.cancelled || calendar.method === "CANCEL" ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

export function calendarFile(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Support Map//Helper brief//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${calendar.method ?? "PUBLISH"}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${escapeText(calendar.timeZone)}`,
    ...calendar.events.flatMap((e) => eventLines(e, calendar)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
