import { dayBeforeReminders, REMIND_AT } from "../../core/messages/reminder";
import { localTime } from "../../core/messages/zone";
import { needInstructions } from "./instructions";
import type { MessageSession } from "./session";

// Day-before reminders and standby notes, each switched on by its Settings row (Day-before
// reminders, Standby notes to backups; a map without the row sends none).

export function sendReminders(session: MessageSession): void {
  const primaries = session.map.settings.dayBeforeReminders === true;
  const backups = session.map.settings.standbyNotes === true;
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
