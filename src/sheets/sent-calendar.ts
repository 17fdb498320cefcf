import type { SentEvent } from "../core/messages/calendar-update";
import { cellText } from "./cells";

// The hidden "Sent calendar" sheet: every calendar event the add-on sent each helper, with its
// SEQUENCE, so the next brief or change updates those events instead of adding copies. A sheet
// rather than a document property: a helper with a year of visits would pass the 9 KB a
// property value may hold.

export const SENT_CALENDAR_SHEET = "Sent calendar";
export const SENT_CALENDAR_HEADERS = [
  "Helper",
  "UID",
  "Sequence",
  "Fingerprint",
  "Date",
  "Start",
  "End",
  "Summary",
  "Cancelled",
];

/** Helper (name key) → the events last sent to them. */
export type SentCalendars = Map<string, SentEvent[]>;

const minutes = (v: unknown): number | undefined => {
  const n = typeof v === "number" ? v : Number(String(v ?? "").trim() || NaN);
  return Number.isFinite(n) ? n : undefined;
};

export function readSentCalendars(
  values: unknown[][] | undefined,
  timeZone: string,
): SentCalendars {
  const out: SentCalendars = new Map();
  for (const r of (values ?? []).slice(1)) {
    const helper = cellText(r[0], timeZone);
    const uid = cellText(r[1], timeZone);
    if (!helper || !uid) continue;
    const start = minutes(r[5]);
    const end = minutes(r[6]);
    const event: SentEvent = {
      uid,
      sequence: minutes(r[2]) ?? 0,
      fingerprint: cellText(r[3], timeZone),
      date: cellText(r[4], timeZone),
      ...(start !== undefined && end !== undefined ? { start, end } : {}),
      summary: cellText(r[7], timeZone),
      cancelled: cellText(r[8], timeZone).toLowerCase() === "yes",
    };
    out.set(helper, [...(out.get(helper) ?? []), event]);
  }
  return out;
}

/** The whole sheet, header first; every cell text, so nothing is read as a date or a number. */
export function sentCalendarValues(calendars: SentCalendars): string[][] {
  const rows: string[][] = [SENT_CALENDAR_HEADERS];
  for (const [helper, events] of [...calendars].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    for (const e of [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)))
      rows.push([
        helper,
        e.uid,
        String(e.sequence),
        e.fingerprint,
        e.date,
        e.start === undefined ? "" : String(e.start),
        e.end === undefined ? "" : String(e.end),
        e.summary,
        e.cancelled ? "yes" : "no",
      ]);
  return rows;
}
