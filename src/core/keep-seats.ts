import type { PlanState } from "./plan-state";
import { assignmentOccurrences, nameKey } from "./problem";

// A change moves only what it must. After a change (a dropout, a pause, a declined date),
// nobody keeps fewer seats than before unless a higher-priority visit needed them.
//
// Words. A seat is one person in one role on one date of one need. A seat is *forced* when the
// change itself takes it from its holder: they may no longer be asked that day (dropped,
// paused, "do not involve"), they declined it, their offer no longer covers it, or the need no
// longer has that date. A row is forced when it holds a forced seat. Every other seat is
// *kept*: keepExisting (planner.ts) puts it back first, within every limit, so a re-plan
// starts from the previous plan minus what the change forced, and the passes fill the freed
// seats around it. A kept main-helper seat moves only when its holder is needed for a visit
// of strictly higher priority (PlanState.mayGiveUp, used by the repair's chains and the
// whole-task exchanges): so a dropout never shuffles others to cover one more visit of the
// same priority, even where that would cover more, and the bench measures what that costs
// against the best plan that keeps every kept seat (bench/dropout.ts). Once someone gave up a
// kept seat, their new seats move only for a priority higher still, so the reason stays true.
// A kept backup seat goes only when its holder steps in as that visit's main helper.
//
// What is left here is a safety net: any helper still short of the visits they held before
// gets them back where it costs nothing: the seat is free, or its newcomer keeps at least as
// many seats as they held before. Coverage never drops, and every limit is checked again
// (canTake).

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
