import { addDays, daysBetween, weekday } from "../dates";
import type { IsoDate, Settings } from "../model";
import { nameKey } from "../problem";
import { between, type Roster, type RosterEntry } from "./roster";
import { instantAt, localTime } from "./zone";

// What the hourly dispatcher should send now. Everything is decided in the map's time zone from
// one instant, and each message has an id that says what it is, not when it was sent, so a
// second run in the same hour, or the next run after a failure, finds the same ids and the
// sender skips those already sent.

/** Local times: the daily summary from 07:00, the check-in from 10:00 on the check-in day. */
export const DAILY_AT = 7 * 60;
export const CHECK_IN_AT = 10 * 60;
/** A check-in that missed its day (mail quota, no run) still goes out this many days later. */
export const CHECK_IN_GRACE_DAYS = 2;
export const ALERT_HOURS = 48;

export type Due =
  | { kind: "check-in"; id: string; date: IsoDate }
  | { kind: "daily"; id: string; date: IsoDate; entries: RosterEntry[] }
  | { kind: "alert"; id: string; entry: RosterEntry };

export const checkInId = (date: IsoDate) => `checkin:${date}`;
export const dailyId = (date: IsoDate) => `daily:${date}`;
export const alertId = (entry: RosterEntry) => `alert:${nameKey(entry.need.name)}:${entry.date}`;

/** Why nothing may be sent today, in the coordinator's words; undefined when sending is fine. */
export function quietReason(settings: Settings, today: IsoDate): string | undefined {
  if (settings.mapState === "prepared")
    return "The map is prepared but not active yet (Settings, Map state): nothing is sent. Activate it in the panel when everything is ready.";
  if (settings.mapState === "closed")
    return "The map is closed (Settings, Map state): nothing is sent.";
  if (settings.paused) return "The map is paused (Settings, Map paused): nothing is sent.";
  if (today > settings.endDate)
    return `The map ended on ${settings.endDate} (Settings, End date): nothing is sent after it.`;
  return undefined;
}

/** Check-in days within the map, from the first one after the start. */
export function checkInDates(settings: Settings): IsoDate[] {
  const out: IsoDate[] = [];
  let d = addDays(settings.startDate, 1);
  while (weekday(d) !== settings.checkInDay) d = addDays(d, 1);
  for (; d <= settings.endDate; d = addDays(d, 7)) out.push(d);
  return out;
}

/**
 * The id of a check-in the coordinator sends by hand: it stands for the coming check-in when
 * that is at most three days away, so the scheduled one is not sent as well; otherwise it is
 * an extra check-in of its own.
 */
export function manualCheckInId(settings: Settings, today: IsoDate): string {
  const coming = checkInDates(settings).find((d) => d >= today);
  return coming && daysBetween(today, coming) <= 3 ? checkInId(coming) : `checkin-extra:${today}`;
}

function window(entry: RosterEntry, timeZone: string): { start: number; end: number } {
  const t = entry.need.time;
  const whole = t.kind === "any";
  return {
    start: instantAt(entry.date, whole ? 0 : t.start, timeZone),
    end: instantAt(entry.date, whole ? 24 * 60 : t.end, timeZone),
  };
}

export function dueMessages(input: { settings: Settings; roster: Roster; now: number }): Due[] {
  const { settings, roster, now } = input;
  const local = localTime(now, settings.timeZone);
  const today = local.date;
  if (quietReason(settings, today)) return [];
  const due: Due[] = [];

  const horizon = now + ALERT_HOURS * 3600_000;
  const soon = between(roster, addDays(today, -1), addDays(today, 3));
  for (const entry of soon) {
    if (entry.need.priority !== "high" || entry.primaries.length > 0) continue;
    const w = window(entry, settings.timeZone);
    if (w.end > now && w.start <= horizon) due.push({ kind: "alert", id: alertId(entry), entry });
  }

  for (const date of checkInDates(settings)) {
    // A late check-in waits for the morning rather than arriving in the night.
    const started = today === date ? local.minutes >= CHECK_IN_AT : local.minutes >= DAILY_AT;
    if (today >= date && started && daysBetween(date, today) <= CHECK_IN_GRACE_DAYS)
      due.push({ kind: "check-in", id: checkInId(date), date });
  }

  if (settings.dailySummary && today >= settings.startDate && local.minutes >= DAILY_AT) {
    const entries = between(roster, today, today);
    if (entries.length) due.push({ kind: "daily", id: dailyId(today), date: today, entries });
  }
  return due;
}
