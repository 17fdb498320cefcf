import type { Assignment, Role } from "./model";
import type { PlanState } from "./plan-state";
import { assignmentOccurrences, nameKey, type Problem } from "./problem";

// A change moves only what it must (keep-seats.ts keeps every unforced seat); this is about
// who takes the seats it frees. A freed run is the dates of one previous row whose seats are
// open again (a dropped helper's "Mon, Wed from 4 to 29 January"). Where one helper can take
// a whole run, it becomes one new row for one person; shared out slot by slot among several,
// each of them hears of a change and the sheet gains a row per person. So construct offers
// each freed run whole first, and after the passes that raise coverage, consolidateRuns gives
// a run that ended up split to one of its takers (or anyone) who can hold it all, coverage and
// every limit unchanged.

/**
 * The previous plan's rows of a need in a role whose dates now lack someone in that role
 * (`open` says which), largest first; ties by the dates, never by where the rows sit.
 */
export function previousRuns(
  state: PlanState,
  need: number,
  role: Role,
  open: (o: number) => boolean,
): number[][] {
  const { problem } = state;
  const runs = new Map<string, number[]>();
  for (const a of previousRows(problem).get(need) ?? []) {
    if (a.role !== role) continue;
    const dates = assignmentOccurrences(problem, need, a).filter(open);
    if (dates.length) runs.set(dates.join(","), dates);
  }
  return [...runs.entries()]
    .sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([, run]) => run);
}

const byNeed = new WeakMap<Problem, Map<number, Assignment[]>>();

/**
 * The previous plan's rows (not pinned, not declined) by need, read once per plan: the passes
 * ask per need, and a large map has thousands of rows.
 */
export function previousRows(problem: Problem): Map<number, Assignment[]> {
  const known = byNeed.get(problem);
  if (known) return known;
  const out = new Map<number, Assignment[]>();
  for (const a of problem.map.assignments) {
    if (a.pinned || a.status.trim().toLowerCase() === "declined") continue;
    const n = problem.needByName.get(nameKey(a.need));
    if (n === undefined) continue;
    out.set(n, [...(out.get(n) ?? []), a]);
  }
  byNeed.set(problem, out);
  return out;
}

/** Main-helper runs of a need with a free seat on each date. */
export function freedRuns(state: PlanState, need: number, role: "primary"): number[][] {
  return previousRuns(state, need, role, (o) => state.freeSeats(o) > 0);
}

/** Whether h gave up a seat kept from the previous plan: their new seats are its reason. */
function gaveUpKept(state: PlanState, h: number): boolean {
  for (const k of state.kept[h]) if (!state.held[h].has(k)) return true;
  return false;
}

/**
 * Runs of the previous plan taken over by more than one newcomer, given whole to one helper
 * who can hold every date of it: a taker first (the one holding most of it), then anyone.
 * Only newcomers' seats move (never a kept or pinned seat, nor the seats of someone who gave
 * up a kept seat for them), every date stays covered, and every limit is checked (canTake).
 */
export function consolidateRuns(state: PlanState): number {
  const { problem } = state;
  let merged = 0;
  for (const pn of problem.needs) {
    if (pn.referral) continue;
    const newcomers = (o: number) =>
      state.primaries[o].filter((h) => !state.kept[h].has(o) && !state.isPinned(h, o));
    for (const run of previousRuns(state, pn.index, "primary", (o) => newcomers(o).length > 0)) {
      const takers = new Map<number, number>();
      for (const o of run) for (const h of newcomers(o)) takers.set(h, (takers.get(h) ?? 0) + 1);
      if (takers.size < 2) continue;
      // Someone who gave up a kept seat for these dates keeps them: they may only gain.
      const staying = [...takers.keys()].filter((h) => gaveUpKept(state, h));
      if (staying.length > 1) continue;
      const candidates = [
        ...[...takers].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([h]) => h),
        ...[...new Set(run.flatMap((o) => problem.occurrences[o].primary))]
          .filter((h) => !takers.has(h))
          .sort((a, b) => state.load[a] - state.load[b] || a - b),
      ];
      for (const h of staying.length ? staying : candidates) {
        const before = state.covered;
        const mark = state.mark();
        for (const o of run)
          for (const t of newcomers(o)) if (t !== h && takers.has(t)) state.remove(t, o);
        let ok = true;
        for (const o of run) {
          if (state.primaries[o].includes(h)) continue;
          if (!state.canTake(h, o)) {
            ok = false;
            break;
          }
          state.add(h, o);
        }
        if (ok && state.covered >= before) {
          merged++;
          break;
        }
        state.rollback(mark);
      }
    }
  }
  return merged;
}
