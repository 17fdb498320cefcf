import type { DaysRule, IsoDate, Person, Role, Settings, TimeRule } from "../model";
import { nameKey } from "../problem";
import { parseTime } from "../schedule";
import { describeSchedule } from "../words";
import { fingerprint } from "./hash";
import { email, heading, list, paragraph, type Block } from "./html";
import { calendarFile, type CalendarEvent } from "./ics";
import type { EmailAttachment, EmailMessage } from "./message";
import { coordinatorName, firstName, personSupported } from "./names";
import { rowsOf, type Roster } from "./roster";
import { taskWords } from "./task-words";

// A helper's brief: their own tasks and backup roles in plain words, who to contact, and a
// calendar file. It is built only from that helper's Assignments rows, the needs' names, types
// and times, and the public summary: never a need's Details or Notes, never anyone else's name
// or task, never the person supported's email or phone.

export interface HelperTask {
  need: string;
  type: string;
  role: Role;
  /** Dates still to come. */
  dates: IsoDate[];
  time: TimeRule;
  days: DaysRule;
  /** "every Tuesday and Thursday evening from 5 January to 28 January" */
  description: string;
}

/** The time a row says ("10:00-12:00" once quiet time is taken out), or else the need's. */
function rowTime(timeText: string, fallback: TimeRule): TimeRule {
  const parsed = parseTime(timeText);
  return parsed.ok ? parsed.value : fallback;
}

/** One task per need, role and time: two rows of the same slot read as one sentence. */
export function helperTasks(roster: Roster, person: Person, today: IsoDate): HelperTask[] {
  const groups = new Map<string, HelperTask>();
  for (const { assignment, need, dates } of rowsOf(roster, person)) {
    const time = rowTime(assignment.timeText, need.time);
    const key = [nameKey(need.name), assignment.role, time.start, time.end].join("|");
    const task = groups.get(key) ?? {
      need: need.name,
      type: need.type,
      role: assignment.role,
      dates: [],
      time,
      days: need.days,
      description: "",
    };
    task.dates.push(...dates.filter((d) => d >= today));
    groups.set(key, task);
  }
  const tasks = [...groups.values()].filter((t) => t.dates.length > 0);
  for (const t of tasks) {
    t.dates = [...new Set(t.dates)].sort();
    t.description = describeSchedule({ dates: t.dates, days: t.days, time: t.time });
  }
  return tasks.sort(
    (a, b) =>
      (a.role === b.role ? 0 : a.role === "primary" ? -1 : 1) ||
      (a.dates[0] < b.dates[0] ? -1 : a.dates[0] > b.dates[0] ? 1 : 0),
  );
}

/**
 * What a brief is about, as a fingerprint: the helper's address and every date and time they
 * hold. A brief is "changed" when this differs from the one last sent.
 */
export function briefFingerprint(roster: Roster, person: Person): string {
  const rows = rowsOf(roster, person)
    .map(({ assignment, need, dates }) =>
      [nameKey(need.name), assignment.role, assignment.timeText.trim(), dates.join(",")].join("|"),
    )
    .sort();
  return fingerprint(JSON.stringify([person.email.trim().toLowerCase(), rows]));
}

export interface BriefInput {
  person: Person;
  tasks: HelperTask[];
  settings: Settings;
  /** When the brief is made, milliseconds since 1970: the calendar's DTSTAMP. */
  stamp: number;
  /** Something unique to this support map (the spreadsheet id), for calendar UIDs. */
  mapId: string;
  /** The events with their SEQUENCE, when the sender keeps a record of what it sent. */
  events?: CalendarEvent[];
  /** Events the helper was sent before and no longer holds. */
  cancelled?: CalendarEvent[];
  /** The helper's personal "can't make it" link, if the map has the form. */
  changeLink?: string;
  /** Need name key → the Instructions for whoever is assigned. */
  instructions?: ReadonlyMap<string, string>;
}

function sentence(task: HelperTask, settings: Settings): string {
  if (task.role === "backup") return `Backup for ${task.need.trim()}: ${task.description}.`;
  return `You'll ${taskWords(task.type, task.need, personSupported(settings))} ${task.description}.`;
}

export function calendarFileName(settings: Settings): string {
  const slug = settings.supportedName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `helping-${slug || "support"}.ics`;
}

function contact(settings: Settings): string {
  const address = settings.coordinatorEmail.trim();
  return `${coordinatorName(settings)}${address ? ` (${address})` : ""}`;
}

function isAllDay(time: TimeRule): boolean {
  return time.kind === "any" || (time.start <= 0 && time.end >= 24 * 60);
}

export function briefEvents(input: BriefInput): CalendarEvent[] {
  const { settings, person } = input;
  const who = personSupported(settings);
  return input.tasks.flatMap((task) =>
    task.dates.map((date) => ({
      uid: `${fingerprint([input.mapId, nameKey(person.name), nameKey(task.need), task.role, date].join("|"))}@support-map`,
      summary:
        task.role === "backup"
          ? `Backup, only if asked: ${task.need.trim()} (helping ${who})`
          : `${task.need.trim()} (helping ${who})`,
      description:
        (task.role === "backup"
          ? `You are the backup: keep this time free if you can; ${coordinatorName(settings)} will ask you if you are needed.`
          : `You'll ${taskWords(task.type, task.need, who)}.`) +
        ` To swap or drop out, contact ${contact(settings)}, not ${who}.`,
      date,
      ...(isAllDay(task.time) ? {} : { time: { start: task.time.start, end: task.time.end } }),
      free: task.role === "backup",
    })),
  );
}

export function helperBrief(input: BriefInput): EmailMessage {
  const { settings, person, tasks } = input;
  const who = personSupported(settings);
  const coordinator = coordinatorName(settings);
  const primaries = tasks.filter((t) => t.role === "primary");
  const backups = tasks.filter((t) => t.role === "backup");
  const summary = settings.publicSummary.trim();
  const blocks: Block[] = [
    paragraph(`Hello ${firstName(person.name) || "there"},`),
    paragraph(`Thank you for helping ${who}.${summary ? ` ${summary}` : ""}`),
  ];
  if (tasks.length === 0) {
    blocks.push(
      paragraph(
        `You have no tasks in the plan for now. Thank you for being ready to help: ${coordinator} will be in touch if that changes.`,
      ),
      paragraph(`Thank you,\n${coordinator}`),
    );
    return email(
      `No tasks for you for now: helping ${who}`,
      blocks,
      cancellationFiles(input.cancelled ?? [], settings, input.stamp),
    );
  }
  if (primaries.length) {
    blocks.push(heading("Your tasks"), list(primaries.map((t) => sentence(t, settings))));
  }
  if (backups.length) {
    blocks.push(
      heading("Your backup roles"),
      list(backups.map((t) => sentence(t, settings))),
      paragraph(
        `A backup keeps that time free if they can, and steps in only when ${coordinator} asks: for example if the main helper is ill or away. If nobody asks, there is nothing to do.`,
      ),
    );
  }
  const notes = instructionBlocks(tasks, input.instructions);
  if (notes.length) blocks.push(heading("What to know"), list(notes));
  const file = calendarFileName(settings);
  blocks.push(
    heading("Can't make it, or need to swap?"),
    paragraph(
      input.changeLink
        ? `Tell ${coordinator} here, no account needed: ${input.changeLink} (this link is yours alone; please don't share it). The same link is where to say "Got it, I'm in" once you have read this; replying to this email works too. Or contact ${contact(settings)}, not ${who}. Saying so early is always fine.`
        : `If you need to swap a day, or can't keep doing this, contact ${contact(settings)}, not ${who}. Saying so early is always fine.`,
    ),
    paragraph(`The attached calendar file (${file}) puts these dates in your calendar.`),
    paragraph(`Please keep what you know of ${who}'s situation to yourself.`),
    paragraph(`Thank you,\n${coordinator}`),
  );
  const calendar = calendarFile({
    name: `Helping ${who}`,
    timeZone: settings.timeZone,
    stamp: input.stamp,
    events: input.events ?? briefEvents(input),
  });
  return email(`Your tasks helping ${who}`, blocks, [
    { name: file, contentType: "text/calendar", content: calendar },
    ...cancellationFiles(input.cancelled ?? [], settings, input.stamp),
  ]);
}

/** One line per need the helper holds that has Instructions: never a need's Details. */
export function instructionBlocks(
  tasks: readonly { need: string; role: Role }[],
  instructions: ReadonlyMap<string, string> | undefined,
): string[] {
  if (!instructions) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tasks) {
    const key = nameKey(t.need);
    const text = instructions.get(key)?.trim();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(`${t.need.trim()}: ${text}`);
  }
  return out;
}

/** A METHOD:CANCEL file for events the helper no longer holds, if there are any. */
export function cancellationFiles(
  cancelled: readonly CalendarEvent[],
  settings: Settings,
  stamp: number,
): EmailAttachment[] {
  if (!cancelled.length) return [];
  const content = calendarFile({
    name: `Helping ${personSupported(settings)}`,
    timeZone: settings.timeZone,
    stamp,
    events: [...cancelled],
    method: "CANCEL",
  });
  return [
    {
      name: calendarFileName(settings).replace(/\.ics$/, "-cancelled.ics"),
      contentType: "text/calendar",
      content,
    },
  ];
}
