import type { SupportMap } from "../src/core/model";
import { planSupport } from "../src/core/planner";
import { buildProblem, nameKey } from "../src/core/problem";
import { generateNetwork } from "./generate";
import { holdingsOfPlan, measure } from "./measure";
import { solveOptimum } from "./optimum";
import { freedRows } from "./freed-rows";
import { seatChanges } from "./seat-changes";

// A dropout moves only what it must. For each generated network: plan, take the helper with the
// most main-helper seats out (Status: dropped), plan again from the rows the first plan wrote,
// and compare the rows before and after (seat-changes.ts says what is forced and what is not).
// Coverage after the re-plan is measured against two optima of the map after the dropout:
// the best plan that keeps every seat the dropout did not force (only the freed seats are
// filled: the least a minimal-change re-plan must reach), and the best plan of all (which may
// move anyone, so a re-plan that keeps seats can fall short of it).

export interface DropoutResult {
  helpers: number;
  seed: number;
  dropped: string;
  /** Seats (main helper and backup) the dropped helper held: these must move. */
  forcedSeats: number;
  /** Rows the dropped helper held: the rows the change forced. */
  rowsForced: number;
  /** Rows before that are not there after, plus rows after that are new. */
  rowsChanged: number;
  /** Of those, rows of people who only took seats (the freed ones, or gaps). */
  rowsTakingSeats: number;
  /** Of those, rows of people who gave up a seat for a higher-priority visit. */
  rowsForHigher: number;
  /** Of those, rows of people who lost a seat needlessly. */
  rowsNeedless: number;
  /** Rows before not there after: forced, given up for a higher priority (freed-rows.ts). */
  rowsReleased: number;
  /** The most rows changed a re-plan moving only what it must may reach (freed-rows.ts). */
  rowsAllowed: number;
  /** Released rows whose dates went to more than one person. */
  freedRowsSplit: number;
  /** People beyond the first on released rows that nobody could take whole. */
  extraTakersNeeded: number;
  /** Freed rows split although one person could have taken them whole, in words. */
  needlessSplits: string[];
  /** Seats other people held before and not after. */
  othersLost: number;
  /** Of those, seats given up for a higher-priority visit (seat-changes.ts). */
  othersLostForHigher: number;
  /** Of those, seats lost for no higher priority: the rule says 0. */
  othersLostNeedlessly: number;
  /** Priority-weighted main-helper seats the re-plan covers. */
  replanCovered: number;
  /** The most any plan keeping every unforced main-helper seat covers. */
  keepAllOptimum: number;
  /** The most any plan covers, moving anyone. */
  optimum: number;
  /** Whether HiGHS proved both optima within its time. */
  proved: boolean;
}

export async function dropoutOnce(
  helpers: number,
  seed: number,
  timeLimit = 60,
): Promise<DropoutResult | undefined> {
  const map = generateNetwork(helpers, seed);
  const first = planSupport(map);
  const rows = first.assignments.map((a, i) => ({ ...a, row: i + 2 }));
  const seats = holdingsOfPlan(first.assignments).filter((h) => h.role === "primary");
  const count = new Map<string, number>();
  for (const s of seats) count.set(nameKey(s.person), (count.get(nameKey(s.person)) ?? 0) + 1);
  const top = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!top) return undefined;
  const droppedKey = top[0];
  const after: SupportMap = {
    ...map,
    assignments: rows,
    people: map.people.map((p) =>
      nameKey(p.name) === droppedKey ? { ...p, status: { kind: "dropped" } } : p,
    ),
  };
  const second = planSupport(after);
  const forced = (s: { person: string }) => nameKey(s.person) === droppedKey;
  const c = seatChanges(after, first.assignments, second.assignments, forced);
  const f = freedRows(after, first.assignments, second.assignments, forced);

  const problem = buildProblem({ ...after, assignments: [] });
  const replan = holdingsOfPlan(second.assignments).filter((h) => h.role === "primary");
  const fresh = holdingsOfPlan(planSupport({ ...after, assignments: [] }).assignments).filter(
    (h) => h.role === "primary",
  );
  const replanCovered = measure(after, problem, replan).weightedCovered;
  const kept = seats.filter((s) => !forced(s));
  const keepAll = await solveOptimum(problem, { timeLimit, starts: [replan], fixed: kept });
  const best = await solveOptimum(problem, { timeLimit, starts: [replan, fresh] });
  return {
    helpers,
    seed,
    dropped: map.people.find((p) => nameKey(p.name) === droppedKey)?.name ?? droppedKey,
    forcedSeats: c.forcedSeats,
    rowsForced: c.forcedRows,
    rowsChanged: c.rowsChanged,
    rowsTakingSeats: c.rowsTakingSeats,
    rowsForHigher: c.rowsForHigher,
    rowsNeedless: c.rowsNeedless,
    rowsReleased: f.released,
    rowsAllowed: f.allowed,
    freedRowsSplit: f.split,
    extraTakersNeeded: f.extraTakersNeeded,
    needlessSplits: f.needlessSplits,
    othersLost: c.othersLost.length,
    othersLostForHigher: c.forHigher.length,
    othersLostNeedlessly: c.needless.length,
    replanCovered,
    keepAllOptimum: keepAll.value,
    optimum: best.value,
    proved: keepAll.status === "optimum" && best.status === "optimum",
  };
}
