import { assignBackups } from "./backups";
import { construct, needOrder } from "./construct";
import { mayAsk } from "./eligibility";
import type { Assignment, SheetError, SupportMap } from "./model";
import { PlanState } from "./plan-state";
import type { PlannedAssignment, PlanResult } from "./plan-types";
import { assignmentOccurrences, buildProblem, nameKey, type Problem } from "./problem";
import { giveBackSeats } from "./keep-seats";
import { repair } from "./repair";
import { buildReport } from "./report";
import { plannedRows } from "./slots";

// The planner. Objectives, in order: priority-weighted coverage, backups, continuity,
// fairness, stability. Hard rules are never broken: limits, exclusions, referrals.

export interface PlanOptions {
  /** Errors found while reading the sheets, carried into the report. */
  errors?: SheetError[];
}

export function planSupport(map: SupportMap, options: PlanOptions = {}): PlanResult {
  const problem = buildProblem(map);
  const state = new PlanState(problem);
  const errors = [...(options.errors ?? [])];
  const order = needOrder(problem);
  const kept = keepExisting(state, order, errors);
  construct(state, order);
  repair(state);
  giveBackSeats(state);
  assignBackups(state, order);
  const assignments = [...kept, ...rowsOf(state)].sort(rowOrder(problem));
  carryOver(assignments, map.assignments);
  return { assignments, report: buildReport(state, assignments, errors) };
}

function sheetError(a: Assignment, column: string, message: string): SheetError {
  return { sheet: "Assignments", row: a.row, column, value: "", message };
}

/**
 * Start from the Assignments the coordinator already has: pinned rows stay as they are, and
 * other rows are kept wherever they still fit every rule, so a re-plan changes as little as it can.
 * Rows that pass through unchanged (pinned, declined) are returned.
 */
function keepExisting(
  state: PlanState,
  order: number[],
  errors: SheetError[],
): PlannedAssignment[] {
  const { problem } = state;
  const rank = new Map(order.map((n, i) => [n, i]));
  const rows = problem.map.assignments
    .map((a) => ({ a, n: problem.needByName.get(nameKey(a.need)) }))
    .sort(
      (x, y) =>
        Number(y.a.pinned) - Number(x.a.pinned) ||
        (x.n === undefined ? 1e9 : (rank.get(x.n) ?? 1e9)) -
          (y.n === undefined ? 1e9 : (rank.get(y.n) ?? 1e9)) ||
        x.a.row - y.a.row,
    );
  const passThrough: PlannedAssignment[] = [];
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
            mayAsk(person, occ.date)
          ) {
            state.add(h, o);
            state.pinned.add(`${o}|${h}`);
            taken.push(o);
          }
        } else if (state.canTake(h, o)) state.add(h, o);
      } else if (state.backup[o] < 0 && !state.primaries[o].includes(h)) {
        if (a.pinned && mayAsk(person, occ.date)) {
          state.setBackup(h, o);
          state.pinnedBackup.add(o);
          taken.push(o);
        } else if (occ.wantsBackup && occ.backup.includes(h)) state.setBackup(h, o);
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
  return passThrough;
}

function asPlanned(a: Assignment, needRow: number, occurrences: string[]): PlannedAssignment {
  return { ...a, needRow, occurrences, description: "" };
}

/** Rows for everything not pinned, grouped into recurring slots per person. */
function rowsOf(state: PlanState): PlannedAssignment[] {
  const { problem } = state;
  const { settings } = problem.map;
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
        out.push(
          ...plannedRows(pn.need, pn.need.row, settings, problem.helpers[h].name, role, dates),
        );
  }
  return out;
}

function rowOrder(problem: Problem) {
  const needIndex = (name: string) => problem.needByName.get(nameKey(name)) ?? 1e9;
  return (a: PlannedAssignment, b: PlannedAssignment) =>
    needIndex(a.need) - needIndex(b.need) ||
    (a.role === b.role ? 0 : a.role === "primary" ? -1 : 1) ||
    (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
    (a.person < b.person ? -1 : a.person > b.person ? 1 : 0);
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
