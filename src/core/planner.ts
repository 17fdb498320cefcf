import { assignBackups, canBack, isOverEager } from "./backups";
import { Standby } from "./standby";
import { construct, needOrder } from "./construct";
import { mayAsk } from "./eligibility";
import { exchangeTasks } from "./exchange";
import type { Assignment, SheetError, SupportMap } from "./model";
import { PlanState } from "./plan-state";
import type { PlannedAssignment, PlanResult } from "./plan-types";
import { assignmentOccurrences, buildProblem, contentKey, nameKey, type Problem } from "./problem";
import { consolidateRuns } from "./freed-runs";
import { giveBackSeats } from "./keep-seats";
import { repair } from "./repair";
import { buildReport } from "./report";
import { helperRows } from "./kept-rows";

// The planner: the model it solves, and the function that enforces each part.
//
// Words. An occurrence is one date of a need; a slot is one need on one weekday across the
// weeks (construct.ts fills slot by slot); an assignment is one row of the Assignments sheet.
//
// Decision. For each seat of each occurrence (a need's Helpers), who takes it as primary; for
// each occurrence that wants one, who backs it up. Assignments are derived from this
// (assignment-rows.ts); PlanState holds it while the passes work.
//
// Hard rules, never broken, after every kind of change (test/core/replan.property.test.ts):
//  - a primary's offer fits the need's type, mode, days, dates and time, out of quiet times
//    for visits; backup-only offers only back up .................. buildProblem, eligibility.ts
//  - nobody is asked on a date they are paused, dropped or "do not involve" ... mayAsk
//  - professional needs are referred, never planned .............. buildProblem, needOrder
//  - declined dates are not offered again (same person, same role) . applyDeclined (problem.ts)
//  - at most the need's Helpers per occurrence, nobody twice ....... PlanState.canTake
//  - at most Max tasks needs as primary, Max visits per week ........ PlanState.canTake
//  - the backup is not a primary of the same occurrence ............ PlanState.canTake, canBack
//  - pinned rows stay as they are; nothing moves a pinned seat ...... keepExisting, isPinned
//
// Objectives, in order of importance:
//  1. priority-weighted coverage (each seat: high 100, medium 10, low 1): construct (fill slot
//     by slot), repair (augmenting paths), exchangeTasks (whole-task exchanges); each later
//     pass keeps a change only when PlanState.covered strictly rises
//  2. backups: assignBackups, after the primaries, so a backup never costs coverage
//  3. continuity: PrimaryChoice.breaksContinuity (construct.ts)
//  4. fairness: PrimaryChoice.load, BackupChoice.backupLoad
//  5. stability: keepExisting and keepBackups start from the previous plan's rows; a freed row
//     goes whole to one helper where anyone can take it (freed-runs.ts), and a kept row stays
//     word for word (kept-rows.ts)
// The passes are heuristics; bench/ measures them against the exact optimum (HiGHS).
// The same map gives the same plan whatever its row order: ties go by content, never by row
// (canonicalOrder and helpers by name in problem.ts, contentKey in keepExisting).

export interface PlanOptions {
  /** Errors found while reading the sheets, carried into the report. */
  errors?: SheetError[];
}

export function planSupport(map: SupportMap, options: PlanOptions = {}): PlanResult {
  const problem = buildProblem(map);
  const state = new PlanState(problem);
  const errors = [...(options.errors ?? [])];
  const order = needOrder(problem);
  const { passThrough: kept, backups } = keepExisting(state, order, errors);
  construct(state, order);
  repair(state);
  exchangeTasks(state);
  giveBackSeats(state);
  consolidateRuns(state);
  keepBackups(state, backups);
  assignBackups(state, order);
  const assignments = [...kept, ...rowsOf(state)].sort(rowOrder(problem));
  carryOver(assignments, map.assignments);
  return { assignments, report: buildReport(state, assignments, errors) };
}

function sheetError(a: Assignment, column: string, message: string): SheetError {
  return { sheet: "Assignments", row: a.row, column, value: "", message };
}

/** An unpinned backup the previous plan had: [helper, occurrence]. */
type KeptBackup = [number, number];

/**
 * Start from the Assignments the coordinator already has: pinned rows stay as they are, and
 * other rows are kept wherever they still fit every rule, so a re-plan changes as little as it can.
 * Rows that pass through unchanged (pinned, declined) are returned, with the unpinned backups
 * to keep once the primaries are settled: coverage comes before backups, so an old backup must
 * not stop someone from becoming the primary, and must not end up backing themselves.
 */
function keepExisting(
  state: PlanState,
  order: number[],
  errors: SheetError[],
): { passThrough: PlannedAssignment[]; backups: KeptBackup[] } {
  const { problem } = state;
  const rank = new Map(order.map((n, i) => [n, i]));
  const rows = problem.map.assignments
    .map((a) => ({ a, n: problem.needByName.get(nameKey(a.need)) }))
    .sort(
      (x, y) =>
        Number(y.a.pinned) - Number(x.a.pinned) ||
        (x.n === undefined ? 1e9 : (rank.get(x.n) ?? 1e9)) -
          (y.n === undefined ? 1e9 : (rank.get(y.n) ?? 1e9)) ||
        // What the row says, then where it sits only for rows that say the same.
        compareText(contentKey(x.a), contentKey(y.a)) ||
        x.a.row - y.a.row,
    );
  const passThrough: PlannedAssignment[] = [];
  const backups: KeptBackup[] = [];
  for (const { a, n } of rows) {
    const declined = a.status.trim().toLowerCase() === "declined";
    const h = problem.helperByName.get(nameKey(a.person));
    if (n === undefined) {
      if (a.pinned || declined) passThrough.push(asPlanned(a, 0, []));
      if (a.pinned)
        errors.push(
          sheetError(
            a,
            "Need",
            `Pinned row names the need "${a.need}", which is not an active need in Needs.`,
          ),
        );
      continue;
    }
    const occs = assignmentOccurrences(problem, n, a);
    const needRow = problem.needs[n].need.row;
    if (declined) {
      passThrough.push(
        asPlanned(
          a,
          needRow,
          occs.map((o) => problem.occurrences[o].date),
        ),
      );
      continue;
    }
    if (h === undefined) {
      if (a.pinned)
        errors.push(
          sheetError(
            a,
            "Person",
            "This person may not be asked (see their Status in People), so the pinned row was dropped.",
          ),
        );
      continue;
    }
    const person = problem.helpers[h].person;
    const taken: number[] = [];
    for (const o of occs) {
      const occ = problem.occurrences[o];
      if (a.role === "primary") {
        if (a.pinned) {
          if (
            state.freeSeats(o) > 0 &&
            !state.primaries[o].includes(h) &&
            state.backup[o] !== h &&
            mayAsk(person, occ.date)
          ) {
            state.add(h, o);
            state.pinned.add(`${o}|${h}`);
            taken.push(o);
          }
        } else if (state.canTake(h, o)) {
          state.add(h, o);
          state.keep(h, o);
        }
      } else if (state.backup[o] < 0 && !state.primaries[o].includes(h)) {
        if (a.pinned && mayAsk(person, occ.date)) {
          state.setBackup(h, o);
          state.pinnedBackup.add(o);
          taken.push(o);
        } else if ((occ.wantsBackup || isOverEager(state, h)) && occ.backup.includes(h))
          // An over-eager helper backs up needs that want no backup too (backups.ts).
          backups.push([h, o]);
      }
    }
    if (a.pinned)
      passThrough.push(
        asPlanned(
          a,
          needRow,
          taken.map((o) => problem.occurrences[o].date),
        ),
      );
  }
  return { passThrough, backups };
}

/** The previous plan's backups, wherever they still fit now that the primaries are known. */
function keepBackups(state: PlanState, backups: KeptBackup[]): void {
  // A kept backup counts toward the standby cap like a new one.
  const standby = new Standby(state);
  for (const [h, o] of backups) if (canBack(state, standby, h, o)) standby.set(h, o);
}

function asPlanned(a: Assignment, needRow: number, occurrences: string[]): PlannedAssignment {
  return { ...a, needRow, occurrences, description: "" };
}

/** Assignments for everything not pinned: per need, role and person, dates grouped into rows. */
function rowsOf(state: PlanState): PlannedAssignment[] {
  const { problem } = state;
  const out: PlannedAssignment[] = [];
  for (const pn of problem.needs) {
    const primary = new Map<number, string[]>();
    const backup = new Map<number, string[]>();
    for (const o of pn.occurrences) {
      const occ = problem.occurrences[o];
      for (const h of state.primaries[o])
        if (!state.isPinned(h, o)) primary.set(h, [...(primary.get(h) ?? []), occ.date]);
      const b = state.backup[o];
      if (b >= 0 && !state.pinnedBackup.has(o)) backup.set(b, [...(backup.get(b) ?? []), occ.date]);
    }
    for (const [role, held] of [
      ["primary", primary],
      ["backup", backup],
    ] as const)
      for (const [h, dates] of held)
        out.push(...helperRows(problem, pn.index, problem.helpers[h].name, role, dates));
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Assignments rows in the Needs sheet's order, then primary first, by date and person. */
function rowOrder(problem: Problem) {
  const needRow = (name: string) => {
    const n = problem.needByName.get(nameKey(name));
    return n === undefined ? 1e9 : problem.needs[n].need.row;
  };
  return (a: PlannedAssignment, b: PlannedAssignment) =>
    needRow(a.need) - needRow(b.need) ||
    compareText(nameKey(a.need), nameKey(b.need)) ||
    (a.role === b.role ? 0 : a.role === "primary" ? -1 : 1) ||
    compareText(a.from, b.from) ||
    compareText(a.person, b.person) ||
    compareText(a.until, b.until) ||
    compareText(a.daysText, b.daysText);
}

/**
 * A re-planned row that matches an existing one (same need, person, role, days, time and
 * dates) keeps the coordinator's Status and the Briefed stamp: nothing about it changed.
 */
function carryOver(rows: PlannedAssignment[], existing: Assignment[]): void {
  const key = (a: Assignment) =>
    [a.need, a.person, a.role, a.daysText, a.timeText, a.from, a.until]
      .map((s) => nameKey(s))
      .join("|");
  const before = new Map(
    existing
      .filter((a) => !a.pinned && a.status.trim().toLowerCase() !== "declined")
      .map((a) => [key(a), a]),
  );
  for (const r of rows) {
    if (r.pinned || r.status === "declined") continue;
    const old = before.get(key(r));
    if (!old) continue;
    if (old.status.trim()) r.status = old.status;
    if (old.briefed) r.briefed = old.briefed;
  }
}
