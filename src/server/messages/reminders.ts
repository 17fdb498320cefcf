import { dayBeforeReminders, REMIND_AT } from "../../core/messages/reminder";
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

export function sendReminders(session: MessageSession): void {
  const primaries = settingSwitch(session, REMINDER_SETTINGS.primaries);
  const backups = settingSwitch(session, REMINDER_SETTINGS.backups);
  if (!primaries && !backups) return;
  if (localTime(session.at, session.map.settings.timeZone).minutes < REMIND_AT) return;
  for (const r of dayBeforeReminders({
    settings: session.map.settings,
    roster: session.roster,
    today: session.today,
    primaries,
    backups,
    instructions: needInstructions(session),
  }))
    session.run.send({
      id: r.id,
      to: r.person.email,
      toName: r.person.name,
      message: r.message,
      replyTo: session.map.settings.coordinatorEmail,
    });
}
