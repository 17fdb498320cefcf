import { addDays, eachDate } from "../dates";
import type { IsoDate, Settings } from "../model";
import { checkInDates } from "./due";
import type { Roster } from "./roster";

// How many emails a day the map needs, against the account's daily quota, and what goes first
// when it is short. Counted from the Assignments as they stand for the next two weeks: the
// person supported's daily summary and check-in, the coordinator's note, and the day-before
// reminders and standby notes when they are on. Briefs and changes come on top, when they happen.

export interface MailBudget {
  /** The busiest day's count, and that day. */
  most: number;
  day: IsoDate;
}

export function mailBudget(input: {
  settings: Settings;
  roster: Roster;
  today: IsoDate;
  reminders: boolean;
  standby: boolean;
  coordinatorNote: boolean;
}): MailBudget {
  const { settings, roster, today } = input;
  const checkIns = new Set(checkInDates(settings));
  let best: MailBudget = { most: 0, day: today };
  for (const day of eachDate(today, addDays(today, 13))) {
    if (day > settings.endDate) break;
    const tomorrow = roster.entries.filter((e) => e.date === addDays(day, 1));
    let n = settings.dailySummary && day >= settings.startDate ? 1 : 0;
    if (checkIns.has(day)) n += 1 + (input.coordinatorNote ? 1 : 0);
    if (input.reminders) n += tomorrow.reduce((s, e) => s + e.primaries.length, 0);
    if (input.standby) n += tomorrow.reduce((s, e) => s + e.backups.length, 0);
    if (n > best.most) best = { most: n, day };
  }
  return best;
}

/** The order the hourly run sends in, which is what goes first when the quota is short. */
export const SEND_ORDER =
  "helpers' changes, reminders, alerts, the check-in, the daily summary, answer copies, then waiting briefs";

export function budgetText(b: MailBudget, quotaLeft: number): string {
  const day = b.most === 1 ? "email" : "emails";
  const short = quotaLeft < b.most ? " That is more than is left today." : "";
  return `Busiest day in the next two weeks: about ${b.most} scheduled ${day}, plus briefs and changes; ${quotaLeft} more can be sent today.${short} When short, in this order: ${SEND_ORDER}; the rest waits an hour.`;
}
