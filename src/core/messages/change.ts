import { longDate, weekday, WEEKDAY_NAMES } from "../dates";
import type { IsoDate, Person, Settings } from "../model";
import { cancellationFiles, calendarFileName, instructionBlocks } from "./brief";
import type { CalendarUpdate } from "./calendar-update";
import { email, heading, list, paragraph, type Block } from "./html";
import { calendarFile, type CalendarEvent } from "./ics";
import type { EmailMessage } from "./message";
import { coordinatorName, firstName, personSupported } from "./names";

// Short messages for what changed: "what changed for you" to a helper whose own tasks moved,
// the question to a backup ("can you take it?"), and the coordinator's one alert when a change
// leaves a gap. Like a brief, a helper's message holds only their own tasks: never another
// helper's name, never a need's Details, and the person supported is never sent any of these.

const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function dayWords(date: IsoDate): string {
  return `${WEEKDAY_NAMES[weekday(date) - 1]} ${longDate(date)}`;
}

/** "Dog walk on Tuesday 9 March, 10:00-11:00" from a calendar event. */
export function eventWords(e: CalendarEvent): string {
  const what = e.summary.replace(/ \(helping .*\)$/, "");
  return `${what} on ${dayWords(e.date)}${e.time ? `, ${clock(e.time.start)}-${clock(e.time.end)}` : ""}`;
}

const byDate = (a: CalendarEvent, b: CalendarEvent) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

export interface ChangeInput {
  person: Person;
  settings: Settings;
  update: CalendarUpdate;
  stamp: number;
  changeLink?: string;
  instructions?: ReadonlyMap<string, string>;
}

/** Only what changed for this helper, with a calendar file of just those events. */
export function changeMessage(input: ChangeInput): EmailMessage {
  const { settings, person, update } = input;
  const who = personSupported(settings);
  const coordinator = coordinatorName(settings);
  const added = [...update.changed].sort(byDate);
  const gone = [...update.cancelled].sort(byDate);
  const blocks: Block[] = [
    paragraph(`Hello ${firstName(person.name) || "there"},`),
    paragraph(
      `Something changed in your tasks helping ${who}. Only this changed; everything else stays as it was.`,
    ),
  ];
  if (added.length) blocks.push(heading("New or changed for you"), list(added.map(eventWords)));
  if (gone.length) blocks.push(heading("No longer yours"), list(gone.map(eventWords)));
  const needs = added.map((e) => ({
    need: e.summary.replace(/^Backup, only if asked: /, "").replace(/ \(helping .*\)$/, ""),
    role: e.summary.startsWith("Backup") ? ("backup" as const) : ("primary" as const),
  }));
  const notes = instructionBlocks(needs, input.instructions);
  if (notes.length) blocks.push(heading("What to know"), list(notes));
  blocks.push(
    paragraph(
      input.changeLink
        ? `Can't make it, or need to swap? Tell ${coordinator} here, no account needed: ${input.changeLink}`
        : `Can't make it, or need to swap? Contact ${coordinator}, not ${who}.`,
    ),
    paragraph(`The attached calendar file updates these dates in your calendar.`),
    paragraph(`Thank you,\n${coordinator}`),
  );
  const attachments = added.length
    ? [
        {
          name: calendarFileName(settings),
          contentType: "text/calendar",
          content: calendarFile({
            name: `Helping ${who}`,
            timeZone: settings.timeZone,
            stamp: input.stamp,
            events: added,
          }),
        },
      ]
    : [];
  attachments.push(...cancellationFiles(gone, settings, input.stamp));
  const first = added[0] ?? gone[0];
  const subject = first
    ? `What changed for you: ${eventWords(first)}${added.length + gone.length > 1 ? ` (and ${added.length + gone.length - 1} more)` : ""}`
    : `What changed for you: helping ${who}`;
  return email(subject, blocks, attachments);
}

/** To a backup: can you take this date? No word of who could not. */
export function stepInMessage(input: {
  person: Person;
  settings: Settings;
  task: string;
  date: IsoDate;
  time?: string;
  link?: string;
}): EmailMessage {
  const { settings, person } = input;
  const coordinator = coordinatorName(settings);
  const what = `${input.task} on ${dayWords(input.date)}${input.time ? `, ${input.time}` : ""}`;
  return email(`${what}: can you take it?`, [
    paragraph(`Hello ${firstName(person.name) || "there"},`),
    paragraph(
      `You are the backup for ${what}, and the main helper can't make it. Can you take it?`,
    ),
    paragraph(
      input.link
        ? `If you can, say yes here (one click, then Submit): ${input.link}`
        : `If you can, reply to this email to tell ${coordinator}.`,
    ),
    paragraph(`If you can't, there is nothing to do: ${coordinator} will find someone else.`),
    paragraph(`Thank you,\n${coordinator}`),
  ]);
}

/** To the coordinator: a change left a gap nobody within their limits can fill. */
export function changeGapMessage(input: {
  settings: Settings;
  need: string;
  date: IsoDate;
  because: string;
  reason: string;
}): EmailMessage {
  const { settings } = input;
  const blocks: Block[] = [
    paragraph(`${input.need} on ${dayWords(input.date)} has nobody now: ${input.because}`),
    paragraph(input.reason),
    paragraph(
      "Open the support map to ask someone, or add an offer and plan again. The person supported has not been told.",
    ),
  ];
  if (settings.coordinatorName.trim())
    blocks.unshift(paragraph(`Hello ${firstName(settings.coordinatorName)},`));
  return email(`Gap after a change: ${input.need}, ${dayWords(input.date)}`, blocks);
}

/** The guide's two choices after a missed visit, for the coordinator. */
export const MISSED_VISIT_CHOICES =
  "The guide's two choices, whatever they answer: a lighter task (change their Offers or Max tasks on People), or off the roster without judgement (Status: paused or dropped on People). Then plan again; only the helpers whose tasks change will hear about it.";

export interface MissedVisit {
  settings: Settings;
  helper: Person;
  task: string;
  date: IsoDate;
}

/** The kind, private words for a helper who missed a visit: the coordinator sends them, or not. */
export function missedVisitWords(input: MissedVisit): string {
  const { settings, helper } = input;
  const first = firstName(helper.name) || helper.name.trim();
  const day = WEEKDAY_NAMES[weekday(input.date) - 1];
  return [
    `Hi ${first},`,
    `I noticed ${day}'s ${input.task.toLowerCase()} didn't happen. Is everything okay?`,
    `No need to explain. If it's a lot right now, I can give you something lighter, or take you off the roster for a while, no hard feelings at all. Just tell me what works for you.`,
    `Thank you for everything you've done for ${personSupported(settings)}.`,
    firstName(settings.coordinatorName) || "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

/**
 * For the coordinator to send, or not: a kind, private word to a helper who missed a visit, and
 * the guide's two choices. Nothing is sent to the helper by the add-on.
 */
export function missedVisitDraft(input: MissedVisit): EmailMessage {
  const { helper } = input;
  const first = firstName(helper.name) || helper.name.trim();
  const draft = missedVisitWords(input);
  return email(`A word for ${first}: ${input.task} on ${dayWords(input.date)} was missed`, [
    paragraph(
      `${helper.name.trim()} missed ${input.task} on ${dayWords(input.date)}. Here is a kind message you could send, privately, in your own words if you like (${helper.email.trim() || "no email on People"}):`,
    ),
    { kind: "answer", question: "Draft message", answer: draft },
    paragraph(MISSED_VISIT_CHOICES),
  ]);
}
