import { dayBeforeReminders, REMIND_AT, type Reminder } from "../../core/messages/reminder";
import type { Outgoing } from "./mail-run";
import { localTime } from "../../core/messages/zone";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { SETTINGS_SHEET } from "../../sheets/columns";
import { needInstructions } from "./instructions";
import type { MessageSession } from "./session";

// Day-before reminders and standby notes, each switched on by a Settings row ("Day-before
// reminders", "Standby notes to backups": yes or no; a map without the row sends none).

export const REMINDER_SETTINGS = {
  primaries: "Day-before reminders",
  backups: "Standby notes to backups",
} as const;

/** A yes/no row of Settings read by its label, for switches the model does not carry. */
export function settingSwitch(session: MessageSession, label: string): boolean {
  for (const r of session.read.values[SETTINGS_SHEET] ?? [])
    if (cellText(r[0], DEFAULT_TIME_ZONE).toLowerCase() === label.toLowerCase())
      return /^(yes|y|true|on)$/i.test(cellText(r[1], DEFAULT_TIME_ZONE));
  return false;
}

/** Which of the two the Settings switch on. */
export function remindersOn(session: MessageSession): { primaries: boolean; backups: boolean } {
  return {
    primaries: settingSwitch(session, REMINDER_SETTINGS.primaries),
    backups: settingSwitch(session, REMINDER_SETTINGS.backups),
  };
}

/** The reminders and standby notes for the day after `today` (the panel's preview asks for any day). */
export function composeReminders(
  session: MessageSession,
  today: string,
  on: { primaries: boolean; backups: boolean },
): { reminder: Reminder; out: Outgoing }[] {
  return dayBeforeReminders({
    settings: session.map.settings,
    roster: session.roster,
    today,
    ...on,
    instructions: needInstructions(session),
  }).map((reminder) => ({
    reminder,
    out: {
      id: reminder.id,
      to: reminder.person.email,
      toName: reminder.person.name,
      message: reminder.message,
      replyTo: session.map.settings.coordinatorEmail,
    },
  }));
}

export function sendReminders(session: MessageSession): void {
  const on = remindersOn(session);
  if (!on.primaries && !on.backups) return;
  if (localTime(session.at, session.map.settings.timeZone).minutes < REMIND_AT) return;
  for (const { out } of composeReminders(session, session.today, on)) session.run.send(out);
}
