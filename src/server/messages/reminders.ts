import { dayBeforeReminders, REMIND_AT, type Reminder } from "../../core/messages/reminder";
import type { Outgoing } from "./mail-run";
import { localTime } from "../../core/messages/zone";
import { needInstructions } from "./instructions";
import type { MessageSession } from "./session";

// Day-before reminders and standby notes, each switched on by its Settings row (Day-before
// reminders, Standby notes to backups; a map without the row sends none).

/** Which of the two the Settings switch on. */
export function remindersOn(session: MessageSession): { primaries: boolean; backups: boolean } {
  return {
    primaries: session.map.settings.dayBeforeReminders === true,
    backups: session.map.settings.standbyNotes === true,
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
