import { nameKey, type Problem } from "../src/core/problem";
import type { Holding } from "./measure";
import {
  buildMipModel,
  columnValues,
  fixSeats,
  spread,
  type Keep,
  type MipModel,
} from "./mip-model";

// The exact best priority-weighted coverage under the planner's hard rules, with HiGHS. It is
// the yardstick the planner is measured against.
//
// Small networks: the whole model (mip-model.ts) is solved, and HiGHS proves the optimum.
// Large networks (hundreds of thousands of helper-occurrence pairs): that model is too big for
// HiGHS in WebAssembly (its first relaxation alone outlasts any sensible time limit), so two
// things are computed instead, both exact in what they claim:
//  - a bound no plan can beat: every seat that has someone who may take it;
//  - the best plan HiGHS finds when each occurrence keeps only a few candidates (those the
//    given plans use, and the least sought-after others).
// When the plan reaches the bound it is the optimum; otherwise the row says "bound".
// (A Lagrangian bound that priced seats was tried: on these networks it never beat the seat
// bound within its time, so it was dropped.)

export interface OptimumOptions {
  /** Seconds HiGHS may spend on the model. */
  timeLimit?: number;
  /** Plans to start from (the planner's first): never worse, and they speed up the proof. */
  starts?: Holding[][];
  /** Above this many helper-occurrence pairs, solve the restricted model and bound it. */
  maxPairs?: number;
  /** Candidates kept per occurrence in the restricted model, besides those the plans use. */
  keepPerOccurrence?: number;
  /** HiGHS's own log lines, for looking into a slow solve. */
  log?: (line: string) => void;
  /**
   * Main-helper seats every plan must keep (a re-plan that only fills the seats a change
   * freed). Solved on the whole model only; seats no one may hold any more are left out.
   */
  fixed?: Holding[];
}

export interface Optimum {
  /** "optimum" when proved; "bound" when only the bound is known for certain. */
  status: "optimum" | "bound";
  /** Weighted seats covered by the best plan found. */
  value: number;
  /** Proven upper bound on weighted seats covered (equal to value when optimal). */
  bound: number;
  holdings: Holding[];
  /** Time spent solving (bound and HiGHS), not building the network. */
  ms: number;
  method: "whole model" | "restricted model";
  /** Why the optimum is not proved: HiGHS ran out of time, or only a restricted model was solved. */
  unproved?: "time limit" | "restricted model";
  /** Whether HiGHS stopped at the time limit rather than solving its model. */
  timedOut: boolean;
  columns: number;
  rows: number;
}

type Pair = [number, number];

/** Every seat that has someone who may take it: no plan covers more. */
export function seatBound(problem: Problem): number {
  let sum = 0;
  for (const o of problem.occurrences) sum += o.weight * Math.min(o.seats, o.primary.length);
  return sum;
}

function pairsOf(problem: Problem, plan: Holding[]): Pair[] {
  const occAt = new Map<string, number>();
  for (const occ of problem.occurrences)
    occAt.set(`${nameKey(problem.needs[occ.need].need.name)}|${occ.date}`, occ.index);
  const out: Pair[] = [];
  for (const x of plan) {
    if (x.role !== "primary") continue;
    const o = occAt.get(`${nameKey(x.need)}|${x.date}`);
    const h = problem.helperByName.get(nameKey(x.person));
    if (o !== undefined && h !== undefined && problem.occurrences[o].primary.includes(h))
      out.push([h, o]);
  }
  return out;
}

function holdingsOf(problem: Problem, model: MipModel, x: ArrayLike<number>): Holding[] {
  const out: Holding[] = [];
  for (const g of model.groups) {
    const counts = g.candidates.map((_, i) => Math.round(x[g.first + i] ?? 0));
    const placed = spread(counts, g.occurrences.length);
    g.candidates.forEach((h, i) => {
      for (const k of placed[i])
        out.push({
          need: problem.needs[g.need].need.name,
          person: problem.helpers[h].name,
          role: "primary",
          date: problem.occurrences[g.occurrences[k]].date,
        });
    });
  }
  return out;
}

function valueOf(model: MipModel, x: ArrayLike<number>): number {
  let v = 0;
  for (const g of model.groups)
    for (let i = 0; i < g.candidates.length; i++) v += g.weight * Math.round(x[g.first + i] ?? 0);
  return v;
}

interface HighsRun {
  x: ArrayLike<number>;
  optimal: boolean;
  /** HiGHS's proven bound; Infinity when it had none. */
  dualBound: number;
  ms: number;
}

type Highs = Awaited<ReturnType<(typeof import("highs"))["default"]>>;
let loaded: Promise<Highs> | undefined;

/** HiGHS is loaded once: compiling its WebAssembly takes longer than a small solve. */
function loadHighs(): Promise<Highs> {
  loaded ??= import("highs").then((m) => m.default());
  return loaded;
}

async function runHighs(
  model: MipModel,
  start: number[] | undefined,
  timeLimit: number,
  log?: (line: string) => void,
): Promise<HighsRun> {
  const highs = await loadHighs();
  const rows = model.rowUpper.length;
  const m = highs.createModel({
    numCols: model.columns,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.colCost,
    colLower: model.colLower,
    colUpper: model.colUpper,
    rowLower: new Array<number>(rows).fill(-highs.infinity),
    rowUpper: model.rowUpper,
    matrix: {
      format: "csr",
      numRows: rows,
      numCols: model.columns,
      starts: model.starts,
      indices: model.indices,
      values: model.values,
    },
    integrality: new Array(model.columns).fill(highs.constants.variableType.integer),
  });
  try {
    m.options.set({
      output_flag: log !== undefined,
      log_to_console: false,
      time_limit: timeLimit,
      mip_rel_gap: 0,
      // Weights are whole numbers, so a gap under 1 already proves the optimum.
      mip_abs_gap: 0.5,
    });
    if (start) m.setSolution({ colValue: start });
    const t0 = performance.now();
    // HiGHS checks its own time limit only now and then; this stops it on the wall clock too.
    const deadline = t0 + timeLimit * 1000 + 2000;
    const stop = (event: { interrupt(): void }) => {
      if (performance.now() > deadline) event.interrupt();
      return undefined;
    };
    const { callbackType } = highs.constants;
    m.run({
      [callbackType.simplexInterrupt]: stop,
      [callbackType.ipmInterrupt]: stop,
      [callbackType.mipInterrupt]: stop,
      ...(log
        ? {
            [callbackType.logging]: (event: { message: string }) => {
              log(event.message.trimEnd());
              return undefined;
            },
          }
        : {}),
    });
    const ms = performance.now() - t0;
    const optimal = m.getModelStatus() === highs.constants.modelStatus.optimal;
    let dualBound = Infinity;
    try {
      const d = Number(m.info.get("mip_dual_bound"));
      if (Number.isFinite(d)) dualBound = d;
    } catch {
      // No bound when HiGHS stopped before its first relaxation.
    }
    let feasible = false;
    try {
      // 2 = feasible: HiGHS may stop before it has any plan of its own.
      feasible = Number(m.info.get("primal_solution_status")) === 2;
    } catch {
      feasible = false;
    }
    const x = feasible ? m.getSolution().colValue : undefined;
    const better = x && (!start || valueOf(model, x) >= valueOf(model, start));
    return { x: better ? x : (start ?? []), optimal, dualBound, ms };
  } finally {
    m.dispose();
  }
}

/** The plans' pairs and the least sought-after candidates of each occurrence. */
function restriction(problem: Problem, pairs: Pair[], perOccurrence: number): Keep {
  const keys = new Set(pairs.map(([h, o]) => `${h}|${o}`));
  const sought = problem.helpers.map((h) => h.candidateNeeds.size);
  for (const occ of problem.occurrences)
    for (const h of [...occ.primary]
      .sort((a, b) => sought[a] - sought[b] || a - b)
      .slice(0, perOccurrence))
      keys.add(`${h}|${occ.index}`);
  return (h, o) => keys.has(`${h}|${o}`);
}

/** Weighted seats a plan covers, never counting more people than seats. */
function worthOf(problem: Problem, plan: Pair[]): number {
  const held = new Map<number, number>();
  for (const [, o] of plan) held.set(o, (held.get(o) ?? 0) + 1);
  let sum = 0;
  for (const [o, n] of held)
    sum += problem.occurrences[o].weight * Math.min(n, problem.occurrences[o].seats);
  return sum;
}

/** A given plan that already reaches the bound: nothing to solve. */
function proven(problem: Problem, plan: Pair[], bound: number, t0: number): Optimum {
  return {
    status: "optimum",
    value: bound,
    bound,
    holdings: plan.map(([h, o]) => ({
      need: problem.needs[problem.occurrences[o].need].need.name,
      person: problem.helpers[h].name,
      role: "primary" as const,
      date: problem.occurrences[o].date,
    })),
    ms: performance.now() - t0,
    method: "restricted model",
    columns: 0,
    rows: 0,
    timedOut: false,
  };
}

export async function solveOptimum(
  problem: Problem,
  options: OptimumOptions = {},
): Promise<Optimum> {
  const timeLimit = options.timeLimit ?? 120;
  const t0 = performance.now();
  const needOf = (o: number) => problem.occurrences[o].need;
  const plans = (options.starts ?? []).map((p) => pairsOf(problem, p));
  let pairCount = 0;
  for (const o of problem.occurrences) pairCount += o.primary.length;
  let bound = seatBound(problem);
  const whole = options.fixed !== undefined || pairCount <= (options.maxPairs ?? 60_000);

  let keep: Keep = () => true;
  if (!whole) {
    const worth = plans.map((p) => worthOf(problem, p));
    const known = Math.max(0, ...worth);
    const best = plans[worth.indexOf(known)];
    if (best && known >= bound) return proven(problem, best, bound, t0);
    keep = restriction(problem, plans.flat(), options.keepPerOccurrence ?? 3);
  }
  const model = buildMipModel(problem, keep);
  if (options.fixed) fixSeats(model, pairsOf(problem, options.fixed));
  const empty = {
    value: 0,
    holdings: [],
    method: whole ? ("whole model" as const) : ("restricted model" as const),
    columns: model.columns,
    rows: model.rowUpper.length,
  };
  if (model.columns === 0) return { ...empty, status: "optimum", bound: 0, ms: 0, timedOut: false };

  // The best start is the plan worth most; any plan the model cannot express is skipped.
  let start: number[] | undefined;
  let startValue = -1;
  for (const p of plans) {
    const v = columnValues(model, p, needOf);
    // A start that gives up a fixed seat is no plan of this model.
    if (v?.some((x, i) => x < model.colLower[i])) continue;
    if (v && valueOf(model, v) > startValue) {
      start = v;
      startValue = valueOf(model, v);
    }
  }
  const remaining = Math.max(1, timeLimit - (performance.now() - t0) / 1000);
  const run = await runHighs(model, start, remaining, options.log);
  const x = run.x.length ? run.x : new Array<number>(model.columns).fill(0);
  const value = valueOf(model, x);
  if (whole && run.optimal) bound = value;
  else if (whole && Number.isFinite(run.dualBound))
    bound = Math.min(bound, Math.floor(run.dualBound + 1e-6));
  bound = Math.max(bound, value);
  return {
    ...empty,
    status: value === bound ? "optimum" : "bound",
    unproved: value === bound ? undefined : whole ? "time limit" : "restricted model",
    value,
    bound,
    holdings: holdingsOf(problem, model, x),
    ms: performance.now() - t0,
    timedOut: !run.optimal,
  };
}
