import { addDays, eachDate } from "../dates";
import type { IsoDate, Settings } from "../model";
import { checkInDates } from "./due";
import { between, type Roster } from "./roster";

// How many emails a day the map needs, against the account's daily quota, and what goes first
// when it is short. Counted from the Assignments as they stand for the next two weeks, the way
// the hourly run sends them: the person supported's daily summary (on a day with visits) and
// check-in (when they have an email), the coordinator's weekly note, and the day-before
// reminders and standby notes when they are on. Briefs, changes and alerts come on top, when
// they happen.

/** One day's scheduled emails, by kind. */
export interface MailCounts {
  summary: number;
  checkIn: number;
  coordinatorNote: number;
  reminders: number;
  standby: number;
}

export interface MailDay {
  day: IsoDate;
  total: number;
  counts: MailCounts;
}

export interface MailBudget {
  /** The busiest day's count, and that day. */
  most: number;
  day: IsoDate;
}

export interface MailSwitches {
  reminders: boolean;
  standby: boolean;
  coordinatorNote: boolean;
}

export const BUDGET_DAYS = 14;

/** The Settings' own switches, as the hourly run reads them. */
export function mailSwitches(settings: Settings): MailSwitches {
  return {
    reminders: settings.dayBeforeReminders === true,
    standby: settings.standbyNotes === true,
    coordinatorNote: settings.coordinatorNote === true,
  };
}

const total = (c: MailCounts) =>
  c.summary + c.checkIn + c.coordinatorNote + c.reminders + c.standby;

/** The busiest of the next two weeks (the first such day), with its emails by kind. */
export function busiestMailDay(
  input: { settings: Settings; roster: Roster; today: IsoDate } & MailSwitches,
): MailDay {
  const { settings, roster, today } = input;
  const checkIns = new Set(checkInDates(settings));
  const toSupported = settings.supportedEmail.trim() !== "";
  const toCoordinator =
    settings.coordinatorEmail.trim() !== "" || !!settings.backupCoordinatorEmail?.trim();
  const none: MailCounts = { summary: 0, checkIn: 0, coordinatorNote: 0, reminders: 0, standby: 0 };
  let best: MailDay = { day: today, total: 0, counts: none };
  for (const day of eachDate(today, addDays(today, BUDGET_DAYS - 1))) {
    if (day > settings.endDate) break;
    const tomorrow = between(roster, addDays(day, 1), addDays(day, 1));
    const counts: MailCounts = {
      summary:
        toSupported &&
        settings.dailySummary &&
        day >= settings.startDate &&
        between(roster, day, day).length > 0
          ? 1
          : 0,
      checkIn: toSupported && checkIns.has(day) ? 1 : 0,
      coordinatorNote: toCoordinator && input.coordinatorNote && checkIns.has(day) ? 1 : 0,
      reminders: input.reminders ? tomorrow.reduce((s, e) => s + e.primaries.length, 0) : 0,
      standby: input.standby ? tomorrow.reduce((s, e) => s + e.backups.length, 0) : 0,
    };
    if (total(counts) > best.total) best = { day, total: total(counts), counts };
  }
  return best;
}

export function mailBudget(
  input: { settings: Settings; roster: Roster; today: IsoDate } & MailSwitches,
): MailBudget {
  const best = busiestMailDay(input);
  return { most: best.total, day: best.day };
}

/**
 * The order one hourly run sends in (see the server's reassess and dispatcher): when the quota
 * runs out partway, everything after it waits for the next hour. What concerns a visit soon goes
 * first; the coordinator's notes and waiting briefs last.
 */
export const SEND_ORDER: readonly string[] = [
  "backups asked to step in for a date someone can't make",
  "alerts to you about a change nobody could cover, and missed-visit notes",
  "what changed, to the helpers whose tasks changed",
  "alerts to you about a worrying check-in answer",
  "alerts to you about a high-priority visit in the next 48 hours with nobody",
  "the weekly check-in to the person supported",
  "their daily summary",
  "notes to you about the map's end, open referrals or a handover",
  "day-before reminders and standby notes",
  "your weekly note",
  "copies of check-in answers to you",
  "briefs waiting to go",
];
