import { addDays } from "../dates";
import type { IsoDate, Person, Settings } from "../model";
import { nameKey } from "../problem";
import { dayWords } from "./change";
import { email, heading, list, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import { coordinatorName, firstName, personSupported } from "./names";
import type { Roster } from "./roster";
import { taskWords } from "./task-words";
import { describeTime } from "../words";

// The day before a visit: a reminder to whoever does it, and a note to the backup that they are
// on standby. Each is switched on by its own Settings row; each names only the reader's task.

/** Local time from which tomorrow's reminders go out: early evening. */
export const REMIND_AT = 17 * 60;

export interface Reminder {
  id: string;
  person: Person;
  message: EmailMessage;
}

export function dayBeforeReminders(input: {
  settings: Settings;
  roster: Roster;
  today: IsoDate;
  primaries: boolean;
  backups: boolean;
  instructions: ReadonlyMap<string, string>;
}): Reminder[] {
  const { settings, roster } = input;
  const tomorrow = addDays(input.today, 1);
  const who = personSupported(settings);
  const coordinator = coordinatorName(settings);
  const out: Reminder[] = [];
  for (const entry of roster.entries.filter((e) => e.date === tomorrow)) {
    const need = entry.need.name.trim();
    const time = entry.need.time.kind === "any" ? "" : `, ${describeTime(entry.need.time)}`;
    const when = `${dayWords(tomorrow)}${time}`;
    if (input.primaries)
      for (const person of entry.primaries) {
        const blocks: Block[] = [
          paragraph(`Hello ${firstName(person.name) || "there"},`),
          paragraph(
            `A reminder: tomorrow, ${when}, you'll ${taskWords(entry.need.type, need, who)}. Thank you!`,
          ),
        ];
        const note = input.instructions.get(nameKey(need));
        if (note) blocks.push(heading("What to know"), list([note]));
        blocks.push(
          paragraph(
            `If something came up, tell ${coordinator} as soon as you can (your brief has a link), not ${who}.`,
          ),
        );
        out.push({
          id: `remind:${tomorrow}:${nameKey(need)}:${nameKey(person.name)}`,
          person,
          message: email(`Tomorrow: ${need}, ${when}`, blocks),
        });
      }
    if (input.backups)
      for (const person of entry.backups)
        out.push({
          id: `standby:${tomorrow}:${nameKey(need)}:${nameKey(person.name)}`,
          person,
          message: email(`On standby tomorrow: ${need}, ${when}`, [
            paragraph(`Hello ${firstName(person.name) || "there"},`),
            paragraph(
              `You are the backup for ${need} tomorrow, ${when}. Nothing to do unless ${coordinator} asks; if you can keep that time free, thank you.`,
            ),
          ]),
        });
  }
  return out;
}
