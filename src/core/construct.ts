import type { PlanState } from "./plan-state";
import { freedRuns } from "./freed-runs";
import type { Problem } from "./problem";

// First pass of the planner: fill each need slot by slot, where a slot is the same need on the
// same weekday week after week, so one person keeps "every Tuesday" rather than odd dates.

/**
 * Visits a week one person can keep up without it becoming the whole of their week. Past this,
 * the planner spreads a need across people rather than piling it on whoever holds it.
 */
const COMFORTABLE_WEEK = 3;

/** Needs in the order they are filled: high priority first, then the hardest to staff. */
export function needOrder(problem: Problem): number[] {
  const candidates = problem.needs.map((n) => {
    const people = new Set<number>();
    for (const o of n.occurrences) for (const h of problem.occurrences[o].primary) people.add(h);
    return people.size;
  });
  return problem.needs
    .filter((n) => !n.referral)
    .map((n) => n.index)
    .sort(
      (a, b) =>
        problem.needs[b].weight - problem.needs[a].weight || candidates[a] - candidates[b] || a - b,
    );
}

/** Occurrences of a need grouped into weekly slots (one group when the need is not weekly). */
export function slotGroups(problem: Problem, need: number): number[][] {
  const pn = problem.needs[need];
  if (pn.need.days.kind !== "weekly") return pn.occurrences.length ? [pn.occurrences.slice()] : [];
  const byDay = new Map<number, number[]>();
  for (const o of pn.occurrences) {
    const d = problem.occurrences[o].weekday;
    byDay.set(d, [...(byDay.get(d) ?? []), o]);
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}

/** How many of the group's open occurrences h could take, counting their weekly limit as it fills. */
function reach(state: PlanState, h: number, group: number[]): number {
  const { occurrences, helpers } = state.problem;
  const extra = new Map<number, number>();
  let n = 0;
  for (const o of group) {
    if (!state.canTake(h, o)) continue;
    const w = occurrences[o].week;
    const used = (state.weekCount[h].get(w) ?? 0) + (extra.get(w) ?? 0);
    if (used >= helpers[h].maxVisits) continue;
    extra.set(w, (extra.get(w) ?? 0) + 1);
    n++;
  }
  return n;
}

/** Who takes a slot's open dates: the first helper in this order, each field lower first. */
interface PrimaryChoice {
  /** Minus how many of the open dates they can take: whoever covers most goes first. */
  datesLeftOpen: number;
  /** When this would be their last task: how many unfilled needs they could still serve. */
  optionsSpent: number;
  /** 0 when they already hold this need and their week stays comfortable (continuity). */
  breaksContinuity: number;
  /** Visits they already hold (fairness). */
  load: number;
  /** Needs they could take at all: the less flexible are used first. */
  needsTheyCouldServe: number;
  /** Their index: names in order (problem.ts), so ties never depend on row order. */
  helper: number;
}

const PRIMARY_CHOICE: readonly (keyof PrimaryChoice)[] = [
  "datesLeftOpen",
  "optionsSpent",
  "breaksContinuity",
  "load",
  "needsTheyCouldServe",
  "helper",
];

export function construct(state: PlanState, order: number[]): void {
  const { problem } = state;
  const pending = new Set(order);
  // How many still-unfilled needs each helper could serve: spending their last task here
  // costs the map that many options.
  const options = (h: number) => {
    let n = 0;
    for (const need of problem.helpers[h].candidateNeeds) if (pending.has(need)) n++;
    return n;
  };
  for (const need of order) {
    pending.delete(need);
    // A freed row (a dropped helper's, say) goes whole to one helper where anyone can take it:
    // one new row for one person, rather than a row for each weekday, each for someone else.
    for (const run of freedRuns(state, need, "primary")) fillRunWhole(state, need, run, options);
    for (const group of slotGroups(problem, need)) fillGroup(state, need, group, options);
  }
}

/** The run's open dates to the one helper who can take every one of them, if anyone can. */
function fillRunWhole(
  state: PlanState,
  need: number,
  run: number[],
  options: (h: number) => number,
): void {
  const open = run.filter((o) => state.freeSeats(o) > 0);
  if (!open.length) return;
  const people = new Set<number>();
  for (const o of open) for (const h of state.problem.occurrences[o].primary) people.add(h);
  const able = [...people].filter((h) => reach(state, h, open) === open.length);
  const best = choosePrimary(state, need, open, able, options);
  if (best >= 0) for (const o of open) if (state.canTake(best, o)) state.add(best, o);
}

function fillGroup(
  state: PlanState,
  need: number,
  group: number[],
  options: (h: number) => number,
): void {
  const { problem } = state;
  for (;;) {
    const open = group.filter((o) => state.freeSeats(o) > 0);
    if (!open.length) return;
    const people = new Set<number>();
    for (const o of open) for (const h of problem.occurrences[o].primary) people.add(h);
    const best = choosePrimary(state, need, open, [...people], options);
    if (best < 0) return;
    for (const o of open) if (state.canTake(best, o)) state.add(best, o);
  }
}

/** The first of `people` in PRIMARY_CHOICE's order for these open dates; -1 when none can. */
function choosePrimary(
  state: PlanState,
  need: number,
  open: number[],
  people: number[],
  options: (h: number) => number,
): number {
  const { problem } = state;
  let best = -1;
  let bestKey: PrimaryChoice | undefined;
  for (const h of [...people].sort((a, b) => a - b)) {
    const r = reach(state, h, open);
    if (!r) continue;
    const spends = !state.holdsNeed(h, need);
    const lastTask = spends && state.tasks(h) + 1 >= problem.helpers[h].maxTasks;
    const key: PrimaryChoice = {
      datesLeftOpen: -r,
      optionsSpent: lastTask ? options(h) : 0,
      breaksContinuity: continues(state, h, need, open) ? 0 : 1,
      load: state.load[h],
      needsTheyCouldServe: problem.helpers[h].candidateNeeds.size,
      helper: h,
    };
    if (!bestKey || ranksBefore(key, bestKey, PRIMARY_CHOICE)) {
      best = h;
      bestKey = key;
    }
  }
  return best;
}

/**
 * Whether h already holds this need and can take this slot too without their week getting
 * heavy: continuity ("every Tuesday and Thursday") beats spreading thin, up to a point.
 */
function continues(state: PlanState, h: number, need: number, group: number[]): boolean {
  if (!state.holdsNeed(h, need)) return false;
  const weeks = new Set(group.map((o) => state.problem.occurrences[o].week));
  let busiest = 0;
  for (const w of weeks) busiest = Math.max(busiest, state.weekCount[h].get(w) ?? 0);
  return busiest + 1 <= COMFORTABLE_WEEK;
}

/**
 * Whether `a` ranks before `b`: compared field by field in `order`, lower first. A sort key is
 * written as a record of named fields, so what decides a choice can be read at the call.
 */
export function ranksBefore<K extends string>(
  a: Record<K, number>,
  b: Record<K, number>,
  order: readonly K[],
): boolean {
  for (const k of order) if (a[k] !== b[k]) return a[k] < b[k];
  return false;
}
