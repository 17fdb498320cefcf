import { addDays } from "../../core/dates";
import { settingsOn } from "../../core/lifecycle/coordinators";
import { dayWords, MISSED_VISIT_CHOICES, missedVisitWords } from "../../core/messages/change";
import {
  CHANGE_CHOICES,
  changeKind,
  FOLLOW_THROUGH,
  matchDates,
} from "../../core/messages/change-request";
import { buildRoster, type Roster } from "../../core/messages/roster";
import { firstName } from "../../core/messages/names";
import { localStamp } from "../../core/messages/zone";
import type { IsoDate, Need, Person, SupportMap } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { MarkConfirmedArgs, MarkVisitArgs } from "../../shared/contract";
import type {
  HelperConfirmed,
  PastVisitRow,
  PastVisits,
  VisitMarked,
} from "../../shared/panel-types";
import { CHANGES_SHEET, readChangeRows, type ChangeRow } from "../../sheets/changes-sheet";
import { SHEET_NAMES } from "../../sheets/columns";
import { appendChangeRows } from "../messages/change-answers";
import { namedIn, taskName } from "../messages/change-plan";
import { unconfirmedHelpers } from "../messages/coordinator-note";
import { now } from "../platform/clock";
import { withDocumentLock } from "../platform/lock";
import { readMapSheets, type MapSheets } from "../platform/map-sheets";
import { answer, PanelError } from "../platform/rpc";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { readForActions } from "./check-in-choices";

// Follow-through in one place (issue 13): the last two weeks' visits, each with Done and Missed.
// A button writes the very row a coordinator would type on the Changes sheet (Helper, "Visit
// done" or "Visit missed", the date and the need), through the writer the form answers use, so
// the hourly run handles it as it handles any other; a missed visit shows the kind message
// drafted for the coordinator at once. Beside them, helpers who have not confirmed their brief
// two days after it, as the coordinator's weekly note lists them.

/** How far back the panel lists visits. */
export const PAST_DAYS = 14;

interface Visit {
  person: Person;
  need: Need;
  date: IsoDate;
}

/** Main helpers' visits from 14 days ago to today, newest first. */
function recentVisits(roster: Roster, today: IsoDate): Visit[] {
  const from = addDays(today, -PAST_DAYS);
  const out: Visit[] = [];
  for (const e of roster.entries) {
    if (e.date < from || e.date > today) continue;
    for (const person of e.primaries) out.push({ person, need: e.need, date: e.date });
  }
  return out.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      a.need.row - b.need.row ||
      a.person.name.localeCompare(b.person.name),
  );
}

/**
 * Whether a Changes row marks this visit, read the way the hourly run reads it: the helper's
 * "Visit done" or "Visit missed" naming the date, and the need when it names one.
 */
function marks(row: ChangeRow, visit: Visit, heldThatDay: Need[]): boolean {
  const kind = changeKind(row.request);
  if (kind !== "done" && kind !== "missed") return false;
  if (nameKey(row.helper) !== nameKey(visit.person.name)) return false;
  if (!matchDates(row.dates, [visit.date]).dates.length) return false;
  return namedIn(
    row.dates,
    heldThatDay.map((need) => ({ need })),
  ).some((h) => h.need === visit.need);
}

interface Follow {
  map: SupportMap;
  today: IsoDate;
  open: Visit[];
  marked: Visit[];
  /** Helpers whose "Got it, I'm in" waits on Changes for the hourly run (name keys). */
  confirming: Set<string>;
}

function followThrough(read: MapSheets): Follow {
  const { map, today } = readForActions(read);
  const roster = buildRoster(map);
  const visits = recentVisits(roster, today);
  const changes = readChangeRows(read.values[CHANGES_SHEET], map.settings.timeZone);
  const held = (v: Visit) =>
    visits
      .filter((o) => o.date === v.date && nameKey(o.person.name) === nameKey(v.person.name))
      .map((o) => o.need);
  const open: Visit[] = [];
  const marked: Visit[] = [];
  for (const v of visits) (changes.some((r) => marks(r, v, held(v))) ? marked : open).push(v);
  const confirming = new Set(
    changes
      .filter((r) => changeKind(r.request) === "confirm" && !r.outcome.trim())
      .map((r) => nameKey(r.helper)),
  );
  return { map, today, open, marked, confirming };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function pastVisitsOf(follow: Follow): PastVisits {
  const visits: PastVisitRow[] = follow.open.map((v) => ({
    helper: v.person.name,
    need: taskName(v.need),
    date: v.date,
    when: v.date === follow.today ? `today, ${dayWords(v.date)}` : dayWords(v.date),
  }));
  const unconfirmed = unconfirmedHelpers({ today: follow.today, map: follow.map }).filter(
    (h) => !follow.confirming.has(nameKey(h)),
  );
  return {
    visits,
    unconfirmed,
    message: visits.length
      ? `${plural(visits.length, "visit")} of the last ${PAST_DAYS} days not marked yet, newest first. Mark each done or missed: it is written on the Changes sheet.`
      : `Every visit of the last ${PAST_DAYS} days is marked (or there were none).`,
    unconfirmedText: unconfirmed.length
      ? `Not confirmed two days after their brief: ${unconfirmed.join(", ")}. They confirm by their brief's link, or reply to you: then mark them confirmed here.`
      : "Everyone briefed two days ago or more has confirmed.",
  };
}

const SHEETS = [...SHEET_NAMES, CHANGES_SHEET];

/** Visits of the last 14 days not marked yet, and helpers who have not confirmed their brief. */
export function getPastVisits(...args: unknown[]): PastVisits {
  return answer("getPastVisits", args, () =>
    pastVisitsOf(followThrough(readMapSheets(activeSpreadsheet(), SHEETS))),
  );
}

const noDraft = (v: Visit): VisitMarked["draft"] => ({
  helper: v.person.name,
  email: "",
  text: "",
  choices: "",
});

function mark(args: MarkVisitArgs): VisitMarked {
  const read = readMapSheets(activeSpreadsheet(), SHEETS);
  const follow = followThrough(read);
  const same = (v: Visit) =>
    nameKey(v.person.name) === nameKey(args.helper) &&
    nameKey(v.need.name) === nameKey(args.need) &&
    v.date === args.date;
  const visit = follow.open.find(same);
  if (!visit) {
    const done = follow.marked.find(same);
    if (done)
      return {
        message: `${done.person.name}'s ${taskName(done.need)} on ${dayWords(done.date)} is already marked on the Changes sheet: nothing was written.`,
        draft: noDraft(done),
        pastVisits: pastVisitsOf(follow),
      };
    throw new PanelError(
      `There is no visit of ${args.helper}'s for "${args.need}" on ${args.date} in the last ${PAST_DAYS} days on Assignments, so nothing was written. Press "Load again" under Past visits to see them as they are now.`,
    );
  }
  const { map, today } = follow;
  const tz = map.settings.timeZone;
  const request = FOLLOW_THROUGH[args.outcome];
  const task = taskName(visit.need);
  // The row a coordinator would type: the hourly run reads "2027-03-09 (Dinner)" as that visit.
  const row = [
    localStamp(now().getTime(), tz),
    visit.person.name,
    request,
    `${visit.date} (${task})`,
    "Marked in the panel",
    "",
    "",
  ];
  const sheetRow = (read.values[CHANGES_SHEET]?.length ?? 1) + 1;
  appendChangeRows(read.spreadsheet, [row]);
  const after = pastVisitsOf({
    ...follow,
    open: follow.open.filter((v) => v !== visit),
    marked: [...follow.marked, visit],
  });
  const what = `${task} on ${dayWords(visit.date)}`;
  if (args.outcome === "done")
    return {
      message: `Marked done: ${visit.person.name}'s ${what} (Changes row ${sheetRow}).`,
      draft: noDraft(visit),
      pastVisits: after,
    };
  const first = firstName(visit.person.name) || visit.person.name;
  return {
    message: `Marked missed: ${visit.person.name}'s ${what} (Changes row ${sheetRow}). A kind message for ${first} is drafted below, for you to send privately if you wish. Nothing was sent to ${first}.`,
    draft: {
      helper: visit.person.name,
      email: visit.person.email.trim(),
      text: missedVisitWords({
        settings: settingsOn(map.settings, today),
        helper: visit.person,
        task,
        date: visit.date,
      }),
      choices: MISSED_VISIT_CHOICES,
    },
    pastVisits: after,
  };
}

/** Writes "Visit done" or "Visit missed" on Changes for one visit: one read, one append. */
export function markVisit(...args: unknown[]): VisitMarked {
  return answer("markVisit", args, (parsed) => withDocumentLock(() => mark(parsed)));
}

function confirm(args: MarkConfirmedArgs): HelperConfirmed {
  const read = readMapSheets(activeSpreadsheet(), SHEETS);
  const follow = followThrough(read);
  const name = unconfirmedHelpers({ today: follow.today, map: follow.map }).find(
    (h) => nameKey(h) === nameKey(args.helper),
  );
  if (!name)
    throw new PanelError(
      `${args.helper} is not listed as waiting to confirm (their rows on Assignments are confirmed, or their brief went out less than two days ago), so nothing was written. Press "Load again" under Past visits to see the list as it is now.`,
    );
  if (follow.confirming.has(nameKey(name)))
    return {
      message: `${name}'s confirmation is already on the Changes sheet: nothing was written. The hourly run marks their rows confirmed.`,
      pastVisits: pastVisitsOf(follow),
    };
  // The row "Got it, I'm in" through their link would write; the hourly run confirms their rows.
  const row = [
    localStamp(now().getTime(), follow.map.settings.timeZone),
    name,
    CHANGE_CHOICES.confirm,
    "",
    "Replied to you: marked in the panel",
    "",
    "",
  ];
  const sheetRow = (read.values[CHANGES_SHEET]?.length ?? 1) + 1;
  appendChangeRows(read.spreadsheet, [row]);
  follow.confirming.add(nameKey(name));
  return {
    message: `Marked confirmed: ${name} (Changes row ${sheetRow}). Their planned rows on Assignments become confirmed within the hour.`,
    pastVisits: pastVisitsOf(follow),
  };
}

/** Writes "Got it, I'm in" on Changes for a helper who confirmed by replying: one read, one append. */
export function markConfirmed(...args: unknown[]): HelperConfirmed {
  return answer("markConfirmed", args, (parsed) => withDocumentLock(() => confirm(parsed)));
}
