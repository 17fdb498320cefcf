import { mayAsk } from "../eligibility";
import type { Assignment, IsoDate, Need, Person, SupportMap } from "../model";
import { assignmentOccurrences, buildProblem, nameKey, type Problem } from "../problem";

// Who does what on which day, read from the Assignments sheet as the coordinator left it (not
// from a fresh plan): messages describe what people were actually asked to do. A row counts
// unless it is declined, its need is no longer active, or its person may not be asked that day
// (paused, dropped, do not involve), so a stale row never passes for cover.

export interface RosterEntry {
  need: Need;
  date: IsoDate;
  /** Helpers wanted. */
  seats: number;
  /** People holding it as the main helper, in sheet order. */
  primaries: Person[];
  backups: Person[];
}

export interface Roster {
  entries: RosterEntry[];
  problem: Problem;
}

function counts(a: Assignment): boolean {
  return a.status.trim().toLowerCase() !== "declined";
}

/**
 * "need|person|role|date" for every date someone declined: a declined row for one date takes
 * that date out of the person's other rows of the same need and role, as it does for the planner.
 */
function declinedDates(problem: Problem): Set<string> {
  const out = new Set<string>();
  for (const a of problem.map.assignments) {
    if (counts(a)) continue;
    const n = problem.needByName.get(nameKey(a.need));
    if (n === undefined) continue;
    for (const o of assignmentOccurrences(problem, n, a))
      out.add(declinedKey(a, problem.occurrences[o].date));
  }
  return out;
}

const declinedKey = (a: Assignment, date: IsoDate) =>
  [nameKey(a.need), nameKey(a.person), a.role, date].join("|");

export function buildRoster(map: SupportMap): Roster {
  const problem = buildProblem(map);
  const entries = new Map<number, RosterEntry>();
  for (const pn of problem.needs) {
    if (pn.referral) continue;
    for (const o of pn.occurrences) {
      const occ = problem.occurrences[o];
      entries.set(o, {
        need: pn.need,
        date: occ.date,
        seats: occ.seats,
        primaries: [],
        backups: [],
      });
    }
  }
  const declined = declinedDates(problem);
  for (const a of map.assignments) {
    if (!counts(a)) continue;
    const n = problem.needByName.get(nameKey(a.need));
    const h = problem.helperByName.get(nameKey(a.person));
    if (n === undefined || h === undefined) continue;
    const person = problem.helpers[h].person;
    for (const o of assignmentOccurrences(problem, n, a)) {
      const entry = entries.get(o);
      if (!entry || !mayAsk(person, entry.date) || declined.has(declinedKey(a, entry.date)))
        continue;
      const list = a.role === "primary" ? entry.primaries : entry.backups;
      if (!list.some((p) => nameKey(p.name) === nameKey(person.name))) list.push(person);
    }
  }
  const sorted = [...entries.values()].sort(
    (x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) || x.need.row - y.need.row,
  );
  return { entries: sorted, problem };
}

export function isCovered(entry: RosterEntry): boolean {
  return entry.primaries.length >= entry.seats;
}

/** Entries from one date to another, both included. */
export function between(roster: Roster, from: IsoDate, until: IsoDate): RosterEntry[] {
  return roster.entries.filter((e) => e.date >= from && e.date <= until);
}

/** The assignments a person holds that still count, each with its need and the dates it means. */
export function rowsOf(
  roster: Roster,
  person: Person,
): { assignment: Assignment; need: Need; dates: IsoDate[] }[] {
  const { problem } = roster;
  const out: { assignment: Assignment; need: Need; dates: IsoDate[] }[] = [];
  if (person.status.kind === "do not involve" || person.status.kind === "dropped") return out;
  const declined = declinedDates(problem);
  for (const a of problem.map.assignments) {
    if (!counts(a) || nameKey(a.person) !== nameKey(person.name)) continue;
    const n = problem.needByName.get(nameKey(a.need));
    if (n === undefined || problem.needs[n].referral) continue;
    const dates = assignmentOccurrences(problem, n, a)
      .map((o) => problem.occurrences[o].date)
      .filter((date) => mayAsk(person, date) && !declined.has(declinedKey(a, date)));
    out.push({ assignment: a, need: problem.needs[n].need, dates });
  }
  return out;
}
