import { weekStart } from "../src/core/dates";
import type { IsoDate, Person, Role, SupportMap } from "../src/core/model";
import type { PlannedAssignment } from "../src/core/plan-types";
import { nameKey, type Problem } from "../src/core/problem";

// Scores a plan and re-checks every hard rule from the plan's own rows, without trusting the
// planner's report: each date a person holds is looked up again in the map.

/** One person holding one occurrence of a need in one role. */
export interface Holding {
  need: string;
  person: string;
  role: Role;
  date: IsoDate;
}

export interface Measure {
  /** Priority-weighted seats with a primary, and all weighted seats. */
  weightedCovered: number;
  weightedTotal: number;
  /** Occurrences that want a backup, and how many have one. */
  backupWanted: number;
  backupHeld: number;
  /** Most distinct needs held as primary by one person. */
  maxTasksHeld: number;
  /** Most primary visits by one person in one week (Monday to Sunday). */
  maxVisitsPerWeek: number;
  /** People over their task or weekly limit. */
  overLimit: number;
  /** Broken hard rules, in words. Empty for a valid plan. */
  violations: string[];
}

/** The dates each row of a planner's output stands for. */
export function holdingsOfPlan(rows: PlannedAssignment[]): Holding[] {
  return rows
    .filter((r) => r.status.trim().toLowerCase() !== "declined")
    .flatMap((r) =>
      r.occurrences.map((date) => ({ need: r.need, person: r.person, role: r.role, date })),
    );
}

function pausedOn(person: Person, date: IsoDate): boolean {
  const s = person.status;
  return s.kind === "paused" && (!s.from || date >= s.from) && (!s.until || date <= s.until);
}

export function measure(map: SupportMap, problem: Problem, holdings: Holding[]): Measure {
  const violations: string[] = [];
  const people = new Map<string, Person>();
  for (const p of map.people) if (!people.has(nameKey(p.name))) people.set(nameKey(p.name), p);
  const referrals = new Set(
    map.needs.filter((n) => n.category === "professional").map((n) => nameKey(n.name)),
  );
  const occByKey = new Map<string, number>();
  for (const occ of problem.occurrences)
    occByKey.set(`${nameKey(problem.needs[occ.need].need.name)}|${occ.date}`, occ.index);

  const primaries = problem.occurrences.map(() => new Set<string>());
  const backups = problem.occurrences.map(() => new Set<string>());
  const tasks = new Map<string, Set<string>>();
  const visits = new Map<string, Map<IsoDate, number>>();

  for (const x of holdings) {
    const who = nameKey(x.person);
    const what = `${x.person} as ${x.role} on ${x.need} ${x.date}`;
    const person = people.get(who);
    if (person?.status.kind === "do not involve") violations.push(`EXCLUDED PERSON: ${what}`);
    if (person?.status.kind === "dropped") violations.push(`DROPPED PERSON: ${what}`);
    if (person && pausedOn(person, x.date)) violations.push(`PAUSED PERSON: ${what}`);
    if (referrals.has(nameKey(x.need))) {
      violations.push(`REFERRAL ASSIGNED: ${what}`);
      continue;
    }
    const o = occByKey.get(`${nameKey(x.need)}|${x.date}`);
    if (o === undefined) {
      violations.push(`NOT AN OCCURRENCE: ${what}`);
      continue;
    }
    const occ = problem.occurrences[o];
    const h = problem.helperByName.get(who);
    const candidates = x.role === "primary" ? occ.primary : occ.backup;
    if (h === undefined || !candidates.includes(h)) violations.push(`NO FITTING OFFER: ${what}`);
    const seen = x.role === "primary" ? primaries[o] : backups[o];
    if (seen.has(who)) violations.push(`SAME SEAT TWICE: ${what}`);
    seen.add(who);
    if (x.role !== "primary") continue;
    if (!tasks.has(who)) tasks.set(who, new Set());
    tasks.get(who)?.add(nameKey(x.need));
    const week = weekStart(x.date);
    const perWeek = visits.get(who) ?? new Map<IsoDate, number>();
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    visits.set(who, perWeek);
  }

  let weightedCovered = 0;
  let weightedTotal = 0;
  let backupWanted = 0;
  let backupHeld = 0;
  for (const occ of problem.occurrences) {
    const held = primaries[occ.index];
    if (held.size > occ.seats)
      violations.push(
        `TOO MANY PRIMARIES: ${problem.needs[occ.need].need.name} ${occ.date} has ${held.size} for ${occ.seats} seats`,
      );
    for (const who of backups[occ.index])
      if (held.has(who))
        violations.push(
          `PRIMARY IS ALSO BACKUP: ${who} on ${problem.needs[occ.need].need.name} ${occ.date}`,
        );
    weightedCovered += occ.weight * Math.min(held.size, occ.seats);
    weightedTotal += occ.weight * occ.seats;
    if (occ.wantsBackup) {
      backupWanted++;
      if (backups[occ.index].size > 0) backupHeld++;
    }
  }

  let maxTasksHeld = 0;
  let maxVisitsPerWeek = 0;
  const over = new Set<string>();
  for (const [who, needs] of tasks) {
    const person = people.get(who);
    const limit = person?.maxTasks ?? map.settings.maxTasks;
    maxTasksHeld = Math.max(maxTasksHeld, needs.size);
    if (needs.size > limit) {
      over.add(who);
      violations.push(`OVER TASK LIMIT: ${who} holds ${needs.size} needs, limit ${limit}`);
    }
  }
  for (const [who, perWeek] of visits) {
    const limit = people.get(who)?.maxVisitsPerWeek ?? Infinity;
    for (const [week, n] of perWeek) {
      maxVisitsPerWeek = Math.max(maxVisitsPerWeek, n);
      if (n > limit) {
        over.add(who);
        violations.push(
          `OVER WEEKLY LIMIT: ${who} has ${n} visits in week ${week}, limit ${limit}`,
        );
      }
    }
  }
  return {
    weightedCovered,
    weightedTotal,
    backupWanted,
    backupHeld,
    maxTasksHeld,
    maxVisitsPerWeek,
    overLimit: over.size,
    violations,
  };
}
