import type { IsoDate } from "../model";
import { fingerprint } from "./hash";
import type { CalendarEvent } from "./ics";

// What a helper's calendar holds, as far as the add-on knows: every event it last sent them,
// with its SEQUENCE. Comparing that record with the helper's events now says which events are
// new, which changed (their SEQUENCE rises, so calendars take the newer copy) and which are gone
// (sent as cancellations, so no calendar keeps a visit its helper no longer has). Events before
// today are left as they are: a visit that happened is not cancelled because it is over.

export interface SentEvent {
  uid: string;
  sequence: number;
  /** What the event said when it was last sent. */
  fingerprint: string;
  date: IsoDate;
  /** Minutes from local midnight; absent for an all-day event. */
  start?: number;
  end?: number;
  summary: string;
  cancelled: boolean;
}

export interface CalendarUpdate {
  /** Every current event with its SEQUENCE: a whole brief's calendar. */
  all: CalendarEvent[];
  /** Only the events that are new or changed since last sent. */
  changed: CalendarEvent[];
  /** Events last sent and no longer held: for a METHOD:CANCEL file. */
  cancelled: CalendarEvent[];
  /** The record after this update is sent. */
  record: SentEvent[];
}

export function eventFingerprint(e: CalendarEvent): string {
  return fingerprint(
    JSON.stringify([e.summary, e.description, e.date, e.time?.start, e.time?.end, !!e.free]),
  );
}

function sentEvent(e: CalendarEvent, sequence: number, cancelled: boolean): SentEvent {
  return {
    uid: e.uid,
    sequence,
    fingerprint: eventFingerprint(e),
    date: e.date,
    ...(e.time ? { start: e.time.start, end: e.time.end } : {}),
    summary: e.summary,
    cancelled,
  };
}

/** The cancellation of an event as last sent. */
function cancellation(s: SentEvent): CalendarEvent {
  return {
    uid: s.uid,
    summary: s.summary,
    description: "Cancelled: this is no longer one of your tasks.",
    date: s.date,
    ...(s.start !== undefined && s.end !== undefined
      ? { time: { start: s.start, end: s.end } }
      : {}),
    sequence: s.sequence + 1,
    cancelled: true,
    free: true,
  };
}

export function calendarUpdate(
  previous: readonly SentEvent[],
  current: readonly CalendarEvent[],
  today: IsoDate,
): CalendarUpdate {
  const before = new Map(previous.map((s) => [s.uid, s]));
  const all: CalendarEvent[] = [];
  const changed: CalendarEvent[] = [];
  const record = new Map<string, SentEvent>();
  for (const e of current) {
    const last = before.get(e.uid);
    const same = last && !last.cancelled && last.fingerprint === eventFingerprint(e);
    const sequence = last ? (same ? last.sequence : last.sequence + 1) : 0;
    const event = { ...e, sequence };
    all.push(event);
    if (!same) changed.push(event);
    record.set(e.uid, sentEvent(event, sequence, false));
  }
  const cancelled: CalendarEvent[] = [];
  for (const s of previous) {
    if (record.has(s.uid)) continue;
    if (s.cancelled || s.date < today) {
      record.set(s.uid, s);
      continue;
    }
    const c = cancellation(s);
    cancelled.push(c);
    record.set(s.uid, { ...s, sequence: c.sequence ?? s.sequence + 1, cancelled: true });
  }
  return { all, changed, cancelled, record: [...record.values()] };
}
