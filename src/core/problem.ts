import { textKey } from "./text-key";
import { dayNumber, weekStart, weekday } from "./dates";
import { dateFit, mayAsk, staticFit } from "./eligibility";
import type {
  Assignment,
  IsoDate,
  Need,
  Offer,
  Person,
  Priority,
  SupportMap,
  Weekday,
} from "./model";
import { daysInclude, needDates, needSpan } from "./occurrences";
import { parseDays } from "./schedule";

// The map turned into indexed arrays: who could take which occurrence. The planner, the
// report and the benchmark's exact solver all read this, so they agree on the hard rules.

/** Priority weights for coverage: one high occurrence outweighs any mix of lower ones in a week. */
export const PRIORITY_WEIGHT: Record<Priority, number> = { high: 100, medium: 10, low: 1 };

export interface Helper {
  index: number;
  name: string;
  person: Person;
  maxTasks: number;
  /** Infinity when the person set no weekly limit. */
  maxVisits: number;
  /** Needs this helper could take as primary on at least one date. */
  candidateNeeds: Set<number>;
  /** Every offer of theirs is "backup only". */
  backupOnly: boolean;
}

export interface PlanNeed {
  index: number;
  need: Need;
  weight: number;
  wantsBackup: boolean;
  /** Professional needs are referred, never planned. */
  referral: boolean;
  occurrences: number[];
}

export interface Occurrence {
  index: number;
  need: number;
  date: IsoDate;
  /** Day number of the Monday of its week. */
  week: number;
  weekday: Weekday;
  seats: number;
  weight: number;
  wantsBackup: boolean;
  /** Helpers who may take it as primary, in sheet order. */
  primary: number[];
  /** Helpers who may back it up (backup-only offers included). */
  backup: number[];
}

export interface Problem {
  map: SupportMap;
  needs: PlanNeed[];
  helpers: Helper[];
  occurrences: Occurrence[];
  helperByName: Map<string, number>;
  needByName: Map<string, number>;
}

/**
 * Names are matched without case, extra spaces or invisible characters: "ana ruiz" is Ana Ruiz,
 * and so is "Ana\u200B Ruiz" (see text-key.ts).
 */
export function nameKey(name: string): string {
  return textKey(name);
}

/** A row's content without its row number: what tells two rows apart wherever they sit. */
export function contentKey(row: { row: number }): string {
  const { row: _row, ...rest } = row;
  return JSON.stringify(rest);
}

/**
 * Rows in an order that depends only on what they say (name first, then the rest), so every
 * tie the planner breaks "by index" is broken the same way however the sheet is sorted.
 */
export function canonicalOrder<T extends { row: number; name: string }>(rows: T[]): T[] {
  const keyed = rows.map((r) => ({ r, k: `${nameKey(r.name)}\u0000${contentKey(r)}` }));
  return keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.r);
}

/** Everyone who may ever be asked: People rows plus offers from people not yet in People. */
function helpersOf(map: SupportMap): Helper[] {
  const people = new Map<string, Person>();
  for (const p of map.people) if (!people.has(nameKey(p.name))) people.set(nameKey(p.name), p);
  for (const o of map.offers) {
    const key = nameKey(o.person);
    if (!people.has(key))
      people.set(key, {
        row: 0,
        name: o.person.trim(),
        email: "",
        phone: "",
        relationship: "",
        area: "",
        status: { kind: "active" },
        notes: "",
      });
  }
  const helpers: Helper[] = [];
  // By name, not by row: the same map gives the same plan whatever order its rows are in.
  const byName = [...people.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, person] of byName) {
    if (person.status.kind === "do not involve" || person.status.kind === "dropped") continue;
    const offers = map.offers.filter((o) => nameKey(o.person) === nameKey(person.name));
    helpers.push({
      index: helpers.length,
      name: person.name,
      person,
      maxTasks: person.maxTasks ?? map.settings.maxTasks,
      maxVisits: person.maxVisitsPerWeek ?? Infinity,
      candidateNeeds: new Set(),
      backupOnly: offers.length > 0 && offers.every((o) => o.backupOnly),
    });
  }
  return helpers;
}

export function buildProblem(map: SupportMap): Problem {
  const { settings } = map;
  const helpers = helpersOf(map);
  const helperByName = new Map(helpers.map((h) => [nameKey(h.name), h.index]));
  const offersOf: Offer[][] = helpers.map(() => []);
  for (const o of map.offers) {
    const h = helperByName.get(nameKey(o.person));
    if (h !== undefined) offersOf[h].push(o);
  }
  const needs: PlanNeed[] = [];
  const occurrences: Occurrence[] = [];
  const needByName = new Map<string, number>();

  for (const need of canonicalOrder(map.needs)) {
    if (need.status !== "active") continue;
    const index = needs.length;
    needByName.set(nameKey(need.name), index);
    const pn: PlanNeed = {
      index,
      need,
      weight: PRIORITY_WEIGHT[need.priority],
      wantsBackup: need.backup,
      referral: need.category === "professional",
      occurrences: [],
    };
    needs.push(pn);
    if (pn.referral) continue;
    // Offers that fit whatever the date, per helper, so each date only checks days and dates.
    const fitting = offersOf.map((offers) =>
      offers.filter((o) => staticFit(need, o, settings) === "ok"),
    );
    for (const date of needDates(need, settings)) {
      const primary: number[] = [];
      const backup: number[] = [];
      for (const h of helpers) {
        if (!mayAsk(h.person, date)) continue;
        let asPrimary = false;
        let asBackup = false;
        for (const o of fitting[h.index]) {
          if (dateFit(o, date, settings.startDate) !== "ok") continue;
          asBackup = true;
          if (!o.backupOnly) asPrimary = true;
        }
        if (asPrimary) {
          primary.push(h.index);
          h.candidateNeeds.add(index);
        }
        if (asBackup) backup.push(h.index);
      }
      const occ: Occurrence = {
        index: occurrences.length,
        need: index,
        date,
        week: dayNumber(weekStart(date)),
        weekday: weekday(date),
        seats: need.helpers,
        weight: pn.weight,
        wantsBackup: need.backup,
        primary,
        backup,
      };
      occurrences.push(occ);
      pn.occurrences.push(occ.index);
    }
  }
  const problem = { map, needs, helpers, occurrences, helperByName, needByName };
  applyDeclined(problem);
  return problem;
}

/**
 * A row the coordinator marked "declined" means that person said no to those dates: they
 * are taken out of the candidates for them, in that role.
 */
function applyDeclined(problem: Problem): void {
  for (const a of problem.map.assignments) {
    if (a.status.trim().toLowerCase() !== "declined") continue;
    const n = problem.needByName.get(nameKey(a.need));
    const h = problem.helperByName.get(nameKey(a.person));
    if (n === undefined || h === undefined) continue;
    for (const o of assignmentOccurrences(problem, n, a)) {
      const occ = problem.occurrences[o];
      if (a.role === "primary") occ.primary = occ.primary.filter((x) => x !== h);
      else occ.backup = occ.backup.filter((x) => x !== h);
    }
  }
}

/**
 * The occurrences an Assignments row stands for: the need's own dates between its From and
 * Until that its Days cell names. A Days cell that no longer reads keeps the whole span.
 */
export function assignmentOccurrences(problem: Problem, need: number, a: Assignment): number[] {
  const parsed = parseDays(a.daysText);
  const anchor = needSpan(problem.needs[need].need, problem.map.settings).from;
  return problem.needs[need].occurrences.filter((o) => {
    const occ = problem.occurrences[o];
    if (occ.date < a.from || occ.date > a.until) return false;
    if (!parsed.ok || parsed.value.kind === "every") return true;
    return daysInclude(parsed.value, occ.date, anchor);
  });
}
