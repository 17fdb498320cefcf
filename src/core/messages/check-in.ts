import { addDays, longDate, maxDate, minDate, weekday, WEEKDAY_NAMES } from "../dates";
import type { IsoDate, Person, Settings, TimeRule } from "../model";
import { describeTime, joinWords } from "../words";
import { email, heading, list, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import { coordinatorFirstName, personSupported } from "./names";
import { between, isCovered, type Roster, type RosterEntry } from "./roster";

// The person supported's weekly check-in: what was covered in the seven days up to the check-in day,
// what is planned for the seven after, and the guide's three questions. It names needs and
// helpers' first names only; never Details, Notes, surnames, emails or phones.

/** The guide's questions, asked every week (Phase 4, and "Limits of the Peer-Led Approach"). */
export const CHECK_IN_QUESTIONS = [
  "What worked this week?",
  "What was missing?",
  "Is there anything we're doing that's not helpful?",
] as const;

export interface DateWindow {
  from: IsoDate;
  until: IsoDate;
}

/** The seven days up to `date` and the seven after, each clipped to the map's dates. */
export function checkInWindows(
  date: IsoDate,
  settings: Settings,
): { past?: DateWindow; next?: DateWindow } {
  const clip = (from: IsoDate, until: IsoDate): DateWindow | undefined => {
    const w = { from: maxDate(from, settings.startDate), until: minDate(until, settings.endDate) };
    return w.from <= w.until ? w : undefined;
  };
  return { past: clip(addDays(date, -6), date), next: clip(addDays(date, 1), addDays(date, 7)) };
}

const dayName = (date: IsoDate) => `${WEEKDAY_NAMES[weekday(date) - 1]} ${longDate(date)}`;

/**
 * Dates within one week, as the person supported would say them: "every morning from Saturday 6 March
 * to Wednesday 10 March", "on Monday 1 March and Wednesday 3 March in the evening".
 */
export function weekPhrase(dates: IsoDate[], time: TimeRule): string {
  const sorted = [...new Set(dates)].sort();
  const period = ["morning", "afternoon", "evening"].includes(time.label) ? time.label : undefined;
  const consecutive =
    sorted.length >= 3 && sorted.every((d, i) => i === 0 || addDays(sorted[i - 1], 1) === d);
  const clock = describeTime(time);
  if (consecutive) {
    const every = period ? `every ${period}` : "every day";
    const at = period || clock === "any time" ? "" : `, ${clock}`;
    return `${every} from ${dayName(sorted[0])} to ${dayName(sorted[sorted.length - 1])}${at}`;
  }
  const at = period ? ` in the ${period}` : clock === "any time" ? "" : `, ${clock}`;
  return `on ${joinWords(sorted.map(dayName))}${at}`;
}

/** "Dinner: on Tuesday 2 March and Thursday 4 March in the evening (Rosa)", per need. */
export function weekLines(
  entries: RosterEntry[],
  nameOf: (person: Person) => string,
): { covered: string[]; open: string[] } {
  const byNeed = new Map<number, RosterEntry[]>();
  for (const e of entries) byNeed.set(e.need.row, [...(byNeed.get(e.need.row) ?? []), e]);
  const covered: string[] = [];
  const open: string[] = [];
  for (const [, list] of [...byNeed].sort((a, b) => a[0] - b[0])) {
    const need = list[0].need;
    const phrase = (es: RosterEntry[]) =>
      weekPhrase(
        es.map((e) => e.date),
        need.time,
      );
    const byPeople = new Map<string, RosterEntry[]>();
    for (const e of list.filter(isCovered)) {
      const names = e.primaries.map(nameOf).join(" and ");
      byPeople.set(names, [...(byPeople.get(names) ?? []), e]);
    }
    for (const [names, es] of byPeople)
      covered.push(`${need.name.trim()}: ${phrase(es)} (${names})`);
    const gaps = list.filter((e) => !isCovered(e));
    if (gaps.length) open.push(`${need.name.trim()}: ${phrase(gaps)}`);
  }
  return { covered, open };
}

const span = (w: DateWindow) =>
  w.from === w.until ? longDate(w.from) : `${longDate(w.from)} to ${longDate(w.until)}`;

export interface CheckInInput {
  settings: Settings;
  roster: Roster;
  /** The day the check-in speaks from: its "this week" ends here. */
  date: IsoDate;
  nameOf: (person: Person) => string;
  /** The check-in form, if there is one. */
  formUrl?: string;
}

export function checkInMessage(input: CheckInInput): EmailMessage {
  const { settings, roster, date, nameOf } = input;
  const coordinator = coordinatorFirstName(settings);
  const { past, next } = checkInWindows(date, settings);
  const blocks: Block[] = [
    paragraph(`Hello ${settings.supportedName.trim() || "there"},`),
    paragraph(
      `Here is your week at a glance. You don't need to organise anything: ${coordinator} looks after the plan.`,
    ),
  ];
  if (past) {
    const week = weekLines(between(roster, past.from, past.until), nameOf);
    blocks.push(heading(`This week (${span(past)})`));
    blocks.push(week.covered.length ? list(week.covered) : paragraph("Nothing was planned."));
    if (week.open.length)
      blocks.push(
        paragraph(`Nobody was free for these, and ${coordinator} knows:`),
        list(week.open),
      );
  }
  if (next) {
    const week = weekLines(between(roster, next.from, next.until), nameOf);
    blocks.push(heading(`Next week (${span(next)})`));
    blocks.push(week.covered.length ? list(week.covered) : paragraph("Nothing is planned yet."));
    if (week.open.length)
      blocks.push(paragraph(`${coordinator} is still looking for someone for:`), list(week.open));
  }
  if (settings.endDate <= addDays(date, 7)) {
    blocks.push(
      paragraph(
        `The plan ends on ${WEEKDAY_NAMES[weekday(settings.endDate) - 1]} ${longDate(settings.endDate)}. ${coordinator} will talk with you about what comes next. Do you feel ready to step out of the support network, or would more time help? Say so in your answer.`,
      ),
    );
  }
  blocks.push(
    heading("Three questions, when you have a minute"),
    list([...CHECK_IN_QUESTIONS], true),
  );
  if (input.formUrl)
    blocks.push({ kind: "link", label: "Answer in a short form", url: input.formUrl });
  blocks.push(
    paragraph(
      `${input.formUrl ? "Or simply reply to this email." : "Simply reply to this email."} Your answers go to ${coordinator} only.`,
    ),
    paragraph(`With care,\n${settings.coordinatorName.trim() || coordinator}`),
  );
  return email("Your weekly check-in: how did this week go?", blocks);
}

export interface CheckInAnswer {
  question: string;
  answer: string;
}

/** The coordinator's copy of one set of answers. */
export function checkInAnswersMessage(input: {
  settings: Settings;
  /** "2027-03-05 18:20", in the map's time zone. */
  answered: string;
  /** The check-in they answer. */
  checkInOf: IsoDate;
  answers: CheckInAnswer[];
}): EmailMessage {
  const who = personSupported(input.settings);
  const blocks: Block[] = [
    paragraph(
      `${who} answered the weekly check-in on ${input.answered}. The answers are also in the Check-ins sheet.`,
    ),
    ...input.answers.map((a): Block => ({
      kind: "answer",
      question: a.question,
      answer: a.answer,
    })),
  ];
  const day = `${WEEKDAY_NAMES[weekday(input.checkInOf) - 1]} ${longDate(input.checkInOf)}`;
  return email(`Check-in answers from ${who} (check-in of ${day})`, blocks);
}
