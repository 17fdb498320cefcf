import type { PlanState } from "./plan-state";
import { fillSameNeed, placeSeat, repair } from "./repair";

// Third pass: whole-task exchanges. A helper at their task limit may be the one person who
// could open up a need, but only by giving up a whole task they hold. The augmenting search
// (repair.ts) judges such a hand-over by the seats open at that moment; it misses exchanges
// that pay off only once others rearrange around the newcomer (issue 12: Q gives up the garden
// for the second meals need, and P moves from Wednesdays to the Sundays only P can do). Here
// each exchange is played out, the others re-placed by the augmenting search, and kept only
// when priority-weighted coverage strictly rises, so the pass ends.

/** Rounds of exchanges, each followed by the augmenting repair. */
const ROUNDS = 3;
/** Exchanges tried per round, so a dense map cannot make this pass cost seconds. */
const EXCHANGE_BUDGET = 300;
/** Helper-weeks one refilled seat may try to free: far less than the repair's, as most fail. */
const REFILL_SEARCH = 10;
/**
 * Seat searches all exchanges together may spend. Playing an exchange out is what costs; on
 * the bench's 1000-helper networks this keeps the pass near a second and most of its gain.
 */
const SEAT_BUDGET = 2000;

interface Budget {
  seats: number;
}

/** Whole-task exchanges, then the repair again, while they raise coverage. */
export function exchangeTasks(state: PlanState): void {
  // A helper and need whose exchange failed are not tried again: the state rarely changes
  // enough around them, and trying again costs the most.
  const failed = new Set<string>();
  const budget: Budget = { seats: SEAT_BUDGET };
  for (let round = 0; round < ROUNDS && exchangeRound(state, failed, budget); round++)
    repair(state);
}

/** Open occurrences in the order the repair serves them: weightiest, then earliest. */
function openOccurrences(state: PlanState): number[] {
  return state.problem.occurrences
    .filter((o) => state.freeSeats(o.index) > 0 && o.primary.length > 0)
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        a.index - b.index,
    )
    .map((o) => o.index);
}

/** Try a whole-task exchange for each open seat's capped candidates; true when coverage rose. */
function exchangeRound(state: PlanState, failed: Set<string>, spend: Budget): boolean {
  const { occurrences } = state.problem;
  let budget = EXCHANGE_BUDGET;
  let improved = false;
  for (const o of openOccurrences(state)) {
    const need = occurrences[o].need;
    for (const h of occurrences[o].primary) {
      if (state.freeSeats(o) === 0 || budget <= 0 || spend.seats <= 0) break;
      const key = `${h}|${need}`;
      if (state.holdsNeed(h, need) || !state.taskFull(h) || failed.has(key)) continue;
      budget--;
      if (exchange(state, h, need, spend)) improved = true;
      else failed.add(key);
    }
  }
  return improved;
}

/**
 * The needs h could hand over whole to take `target`, least weighted coverage first: none of
 * it pinned, and none of it kept from the previous plan unless `target` is of higher priority.
 */
function handOverChoices(state: PlanState, h: number, target: number): number[] {
  const { occurrences, needs } = state.problem;
  const worth = new Map<number, number>();
  const pinned = new Set<number>();
  for (const o of state.held[h]) {
    const n = occurrences[o].need;
    worth.set(n, (worth.get(n) ?? 0) + occurrences[o].weight);
    if (!state.mayGiveUp(h, o, needs[target].weight)) pinned.add(n);
  }
  return [...worth.keys()]
    .filter((n) => !pinned.has(n))
    .sort((a, b) => (worth.get(a) ?? 0) - (worth.get(b) ?? 0) || a - b);
}

/** h gives up one whole need to take `target`; others refill both. Kept only if coverage rises. */
function exchange(state: PlanState, h: number, target: number, spend: Budget): boolean {
  const { needs, occurrences } = state.problem;
  for (const out of handOverChoices(state, h, target)) {
    const before = state.covered;
    const mark = state.mark();
    for (const o of [...state.held[h]]) if (occurrences[o].need === out) state.remove(h, o);
    for (const o of needs[target].occurrences) if (state.canTake(h, o)) state.add(h, o);
    // What h let go first, then the target's other open seats.
    const affected = [...needs[out].occurrences, ...needs[target].occurrences];
    if (refill(state, affected, before, spend)) return true;
    state.rollback(mark);
  }
  return false;
}

/** Weighted open seats among these occurrences that someone could take. */
function openWeight(state: PlanState, occs: number[]): number {
  let sum = 0;
  for (const o of occs)
    if (state.problem.occurrences[o].primary.length)
      sum += state.freeSeats(o) * state.problem.occurrences[o].weight;
  return sum;
}

/**
 * Give open seats among these occurrences one augmenting search each, until coverage passes
 * `target`. Stopping there is enough: the repair that follows fills whatever else it can.
 */
function refill(state: PlanState, occs: number[], target: number, spend: Budget): boolean {
  // Filling every open seat here could not pass the target: no search can help.
  if (state.covered + openWeight(state, occs) <= target) return false;
  for (const o of occs) {
    if (state.covered > target) return true;
    if (state.freeSeats(o) === 0 || !state.problem.occurrences[o].primary.length) continue;
    if (--spend.seats < 0) return false;
    const mark = state.mark();
    const before = state.covered;
    if (!placeSeat(state, o, REFILL_SEARCH)) continue;
    fillSameNeed(state, o);
    if (state.covered <= before) state.rollback(mark);
  }
  return state.covered > target;
}
