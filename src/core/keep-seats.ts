import type { PlanState } from "./plan-state";
import { assignmentOccurrences, nameKey } from "./problem";

// After a change, nobody should hold fewer visits than before unless a higher-priority visit
// needed them. Construction and repair chase coverage and may hand someone's seat to a newcomer
// while that person ends with fewer; this gives such seats back where it costs nothing: the
// seat is free, or its newcomer keeps at least as many seats as they held before. Coverage
// never drops, and every limit is checked again (canTake).

/** Occurrences each helper held as the main helper on the Assignments sheet before this plan. */
function heldBefore(state: PlanState): Map<number, Set<number>> {
  const { problem } = state;
  const out = new Map<number, Set<number>>();
  for (const a of problem.map.assignments) {
    if (a.role !== "primary" || a.status.trim().toLowerCase() === "declined") continue;
    const n = problem.needByName.get(nameKey(a.need));
    const h = problem.helperByName.get(nameKey(a.person));
    if (n === undefined || h === undefined) continue;
    const set = out.get(h) ?? new Set<number>();
    for (const o of assignmentOccurrences(problem, n, a)) set.add(o);
    out.set(h, set);
  }
  return out;
}

export function giveBackSeats(state: PlanState): number {
  const before = heldBefore(state);
  if (!before.size) return 0;
  const count = (h: number) => state.held[h].size;
  const owed = (h: number) => (before.get(h)?.size ?? 0) - count(h);
  let given = 0;
  for (const [h, seats] of before) {
    for (const o of [...seats].sort((x, y) => x - y)) {
      if (owed(h) <= 0) break;
      if (state.held[h].has(o)) continue;
      if (state.canTake(h, o)) {
        state.add(h, o);
        given++;
        continue;
      }
      const newcomer = state.primaries[o].find(
        (q) => !before.get(q)?.has(o) && !state.isPinned(q, o) && owed(q) < 0,
      );
      if (newcomer === undefined) continue;
      const mark = state.mark();
      state.remove(newcomer, o);
      if (state.canTake(h, o)) {
        state.add(h, o);
        given++;
      } else state.rollback(mark);
    }
  }
  return given;
}
