import type { PlanState } from "./plan-state";

// Second pass: for each seat still open, look for a short chain of moves that frees someone
// who could take it (an augmenting path). A chain may also let a lower-priority occurrence go
// to cover a higher one. Every accepted chain strictly raises weighted coverage, so it ends.

const DEPTH = 3;
/** A helper gives up a whole need only when it holds few enough occurrences to re-home. */
const MAX_MOVED_TASK = 16;
/** Helper-weeks one open seat may try to free before the search gives up on it. */
const SEARCH_BUDGET = 400;

interface Search {
  chain: Set<number>;
  /** A helper handing over a need may not take it back in the same search. */
  handedOver: Map<number, number>;
  seenOcc: Set<number>;
  /** Helper-weeks that could not be freed: no use trying them again in this search. */
  failedWeek: Set<string>;
  /** Work left for this search, so a dense map cannot make one seat cost seconds. */
  budget: number;
  seenTask: Set<number>;
}

export function repair(state: PlanState, passes = 4): void {
  const { occurrences } = state.problem;
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    const open = occurrences
      .filter((o) => state.freeSeats(o.index) > 0 && o.primary.length > 0)
      .sort(
        (a, b) =>
          b.weight - a.weight ||
          (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
          a.index - b.index,
      );
    for (const occ of open) {
      while (state.freeSeats(occ.index) > 0) {
        const before = state.covered;
        const mark = state.mark();
        if (!placeSeat(state, occ.index)) break;
        fillSameNeed(state, occ.index);
        if (state.covered <= before) {
          state.rollback(mark);
          break;
        }
        improved = true;
      }
    }
    if (!improved) return;
  }
}

/** One augmenting-path search for one open seat of o, with a fresh budget. */
export function placeSeat(state: PlanState, o: number, budget = SEARCH_BUDGET): boolean {
  const search: Search = {
    chain: new Set(),
    handedOver: new Map(),
    seenOcc: new Set(),
    failedWeek: new Set(),
    budget,
    seenTask: new Set(),
  };
  return place(state, o, DEPTH, search);
}

/** Once someone takes on a need, let them take its other open dates they can. */
export function fillSameNeed(state: PlanState, o: number): void {
  const { occurrences, needs } = state.problem;
  for (const h of state.primaries[o])
    for (const o2 of needs[occurrences[o].need].occurrences)
      if (state.freeSeats(o2) > 0 && state.canTake(h, o2)) state.add(h, o2);
}

function candidatesInOrder(state: PlanState, o: number): number[] {
  const occ = state.problem.occurrences[o];
  return occ.primary
    .filter((h) => !state.primaries[o].includes(h))
    .sort(
      (a, b) =>
        Number(state.holdsNeed(b, occ.need)) - Number(state.holdsNeed(a, occ.need)) ||
        state.load[a] - state.load[b] ||
        a - b,
    );
}

function place(state: PlanState, o: number, depth: number, s: Search): boolean {
  const occ = state.problem.occurrences[o];
  s.seenOcc.add(o);
  const cands = candidatesInOrder(state, o).filter(
    (h) => !s.chain.has(h) && s.handedOver.get(h) !== occ.need,
  );
  for (const h of cands)
    if (state.canTake(h, o)) {
      state.add(h, o);
      return true;
    }
  if (depth === 0) return false;
  for (const h of cands) {
    const mark = state.mark();
    s.chain.add(h);
    let ok = true;
    if (state.weekFull(h, occ.week)) ok = freeWeek(state, h, occ.week, occ.weight, depth - 1, s);
    if (ok && !state.holdsNeed(h, occ.need) && state.taskFull(h))
      ok = freeTask(state, h, occ.need, depth - 1, s);
    s.chain.delete(h);
    if (ok && state.canTake(h, o)) {
      state.add(h, o);
      return true;
    }
    state.rollback(mark);
  }
  return false;
}

/** Make room in h's week by moving one of their visits to someone else, or letting a lesser one go. */
function freeWeek(
  state: PlanState,
  h: number,
  week: number,
  gain: number,
  depth: number,
  s: Search,
): boolean {
  const key = `${h}|${week}`;
  if (s.failedWeek.has(key) || --s.budget < 0) return false;
  const { occurrences } = state.problem;
  const mine = [...state.held[h]]
    .filter((o) => occurrences[o].week === week && state.mayGiveUp(h, o, gain))
    .sort((a, b) => occurrences[a].weight - occurrences[b].weight || a - b);
  for (const o2 of mine) {
    const mark = state.mark();
    state.remove(h, o2);
    if (!s.seenOcc.has(o2) && place(state, o2, depth, s)) return true;
    if (occurrences[o2].weight < gain) return true;
    state.rollback(mark);
  }
  s.failedWeek.add(key);
  return false;
}

/** Free one of h's tasks by handing all their dates of another need to others. */
function freeTask(state: PlanState, h: number, target: number, depth: number, s: Search): boolean {
  if (s.seenTask.has(h)) return false;
  s.seenTask.add(h);
  const { occurrences, needs } = state.problem;
  const potential = needs[target].occurrences
    .filter((o) => state.freeSeats(o) > 0 && occurrences[o].primary.includes(h))
    .reduce((sum, o) => sum + occurrences[o].weight, 0);
  const byNeed = new Map<number, number[]>();
  for (const o of state.held[h]) {
    const n = occurrences[o].need;
    byNeed.set(n, [...(byNeed.get(n) ?? []), o]);
  }
  const gain = needs[target].weight;
  const choices = [...byNeed.entries()]
    .filter(([, os]) => os.length <= MAX_MOVED_TASK && os.every((o) => state.mayGiveUp(h, o, gain)))
    .sort((a, b) => a[1].length - b[1].length || a[0] - b[0]);
  for (const [, os] of choices) {
    const mark = state.mark();
    let lost = 0;
    for (const o2 of os) state.remove(h, o2);
    for (const o2 of os)
      if (s.seenOcc.has(o2) || !place(state, o2, depth, s)) lost += occurrences[o2].weight;
    if (lost < potential) return true;
    state.rollback(mark);
  }
  return false;
}
