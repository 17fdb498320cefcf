import type { SupportMap } from "../src/core/model";
import { planSupport } from "../src/core/planner";
import { buildProblem } from "../src/core/problem";
import { firstCome } from "./first-come";
import { generateNetwork, needsFor, weeksFor } from "./generate";
import { holdingsOfPlan, measure, type Holding, type Measure } from "./measure";
import { solveOptimum, type Optimum } from "./optimum";
import type { BenchOptions, Section, Target } from "./section";
import { percent } from "./table";

// Coverage: the planner against the sign-up sheet and against the exact optimum, on seeded
// networks of growing size. Every plan is re-checked from its own rows (measure.ts).

const TITLE = "Coverage: planner vs first-come vs optimum";

export interface CoverageRow {
  /** planner | first-come | optimum | bound (the solver stopped at its time limit). */
  name: string;
  /** Weighted seats covered over the optimum (or its proven upper bound). */
  ratio: number;
  weightedCoverage: number;
  /** Share of occurrences wanting a backup that have one; null for the optimum (no backups). */
  backups: number | null;
  maxTasksHeld: number;
  maxVisitsPerWeek: number;
  overLimit: number;
  ms: number;
  violations: string[];
}

export interface CoverageInstance {
  helpers: number;
  needs: number;
  weeks: number;
  seed: number;
  occurrences: number;
  /** Weighted seats in all: what 100% coverage would be. */
  weightedTotal: number;
  /** No plan covers more weighted seats than this; the optimum row covers `best`. */
  bound: number;
  best: number;
  rows: CoverageRow[];
}

function defaultSeeds(helpers: number): number {
  return helpers <= 50 ? 3 : 1;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

function row(
  name: string,
  m: Measure,
  bound: number,
  ms: number,
  withBackups: boolean,
): CoverageRow {
  return {
    name,
    ratio: bound > 0 ? m.weightedCovered / bound : 1,
    weightedCoverage: m.weightedTotal > 0 ? m.weightedCovered / m.weightedTotal : 1,
    backups: !withBackups ? null : m.backupWanted > 0 ? m.backupHeld / m.backupWanted : 1,
    maxTasksHeld: m.maxTasksHeld,
    maxVisitsPerWeek: m.maxVisitsPerWeek,
    overLimit: m.overLimit,
    ms,
    violations: m.violations,
  };
}

export async function runInstance(
  helpers: number,
  seed: number,
  timeLimit: number,
): Promise<{ instance: CoverageInstance; map: SupportMap; optimum: Optimum; plan: Holding[] }> {
  const map = generateNetwork(helpers, seed);
  const problem = buildProblem(map);
  const planned = timed(() => planSupport(map));
  const plan = holdingsOfPlan(planned.value.assignments);
  const sheet = timed(() => firstCome(map));
  const optimum = await solveOptimum(problem, { timeLimit, starts: [plan, sheet.value] });
  const bound = optimum.bound;
  const plannerMeasure = measure(map, problem, plan);
  const rows = [
    row("planner", plannerMeasure, bound, planned.ms, true),
    row("first-come", measure(map, problem, sheet.value), bound, sheet.ms, true),
    row(
      optimum.status === "optimum" ? "optimum" : "bound",
      measure(map, problem, optimum.holdings),
      bound,
      optimum.ms,
      false,
    ),
  ];
  return {
    instance: {
      helpers,
      needs: map.needs.length,
      weeks: weeksFor(helpers),
      seed,
      occurrences: problem.occurrences.length,
      weightedTotal: plannerMeasure.weightedTotal,
      bound,
      best: optimum.value,
      rows,
    },
    map,
    optimum,
    plan,
  };
}

function tableRows(instances: CoverageInstance[]): string[][] {
  return instances.flatMap((inst) =>
    inst.rows.map((r, i) => [
      i === 0 ? String(inst.helpers) : "",
      i === 0 ? String(inst.needs) : "",
      i === 0 ? String(inst.weeks) : "",
      i === 0 ? String(inst.seed) : "",
      r.name,
      r.ratio.toFixed(3),
      percent(r.weightedCoverage),
      percent(r.backups),
      String(r.maxTasksHeld),
      String(r.maxVisitsPerWeek),
      String(r.overLimit),
      r.ms.toFixed(0),
    ]),
  );
}

function targets(instances: CoverageInstance[], sizes: number[]): Target[] {
  const out: Target[] = [];
  const planner = (inst: CoverageInstance) => inst.rows[0];
  const at = (h: number) => instances.filter((i) => i.helpers === h);
  const against = (list: CoverageInstance[]) =>
    list.some((i) => i.rows[2].name === "bound") ? " (against a bound)" : "";
  const worst = (list: CoverageInstance[]) => {
    const w = list.reduce((a, b) => (planner(b).ratio < planner(a).ratio ? b : a));
    return `${planner(w).ratio.toFixed(3)} (seed ${w.seed})${against(list)}`;
  };
  for (const h of sizes) {
    const list = at(h);
    if (!list.length) continue;
    const want = h <= 50 ? 1 : 0.99;
    out.push({
      section: TITLE,
      name: `planner ratio at ${h} helpers`,
      want: want === 1 ? "1.000" : ">= 0.990",
      got: worst(list),
      // 1.000 means exactly the optimum, not 0.9996 printed as 1.000.
      pass: list.every((i) => planner(i).ratio >= want - 1e-9),
    });
  }
  const over = instances.reduce((s, i) => s + planner(i).overLimit, 0);
  out.push({
    section: TITLE,
    name: "planner: helpers over a limit",
    want: "0",
    got: String(over),
    pass: over === 0,
  });
  const broken = instances.reduce((s, i) => s + planner(i).violations.length, 0);
  out.push({
    section: TITLE,
    name: "planner: hard-rule violations",
    want: "0",
    got: String(broken),
    pass: broken === 0,
  });
  for (const [h, limit] of [
    [200, 1000],
    [1000, 10000],
  ] as const) {
    const list = at(h);
    if (!list.length) continue;
    const slowest = Math.max(...list.map((i) => planner(i).ms));
    out.push({
      section: TITLE,
      name: `planner time at ${h} helpers (${needsFor(h)} needs x ${weeksFor(h)} weeks)`,
      want: `< ${limit / 1000} s`,
      got: `${(slowest / 1000).toFixed(2)} s`,
      pass: slowest < limit,
    });
  }
  return out;
}

export async function coverageSection(options: BenchOptions): Promise<Section> {
  // A first small plan, untimed, so the JIT warms up before anything is measured.
  planSupport(generateNetwork(10, 999));
  const instances: CoverageInstance[] = [];
  const notes: string[] = [];
  for (const helpers of options.sizes) {
    for (let seed = 1; seed <= (options.seeds ?? defaultSeeds(helpers)); seed++) {
      options.log(`coverage: ${helpers} helpers, seed ${seed} …`);
      const { instance, optimum } = await runInstance(helpers, seed, options.timeLimit);
      instances.push(instance);
      const [p, f] = instance.rows;
      options.log(
        `  planner ${p.ratio.toFixed(3)} in ${p.ms.toFixed(0)} ms, first-come ${f.ratio.toFixed(3)}, ` +
          `${optimum.status} (${optimum.columns} columns, ${optimum.rows} rows) in ${optimum.ms.toFixed(0)} ms`,
      );
      for (const r of instance.rows)
        for (const v of r.violations) {
          const line = `!!! HARD RULE BROKEN by ${r.name} (${helpers} helpers, seed ${seed}): ${v}`;
          notes.push(line);
          options.log(line);
        }
      if (optimum.status === "bound")
        notes.push(
          `${helpers} helpers, seed ${seed}: ratios are against an upper bound, ${optimum.bound} ` +
            `weighted seats; the best plan found covers ${optimum.value}. ` +
            (optimum.unproved === "time limit"
              ? `HiGHS stopped at the ${options.timeLimit} s limit.`
              : "The whole model is too big, so HiGHS solved one with fewer candidates per " +
                (optimum.timedOut
                  ? `occurrence, and stopped at the ${options.timeLimit} s limit.`
                  : "occurrence.")),
        );
    }
  }
  return {
    title: TITLE,
    header: [
      "helpers",
      "needs",
      "weeks",
      "seed",
      "plan",
      "ratio",
      "weighted",
      "backups",
      "tasks",
      "visits/wk",
      "over",
      "ms",
    ],
    rows: tableRows(instances),
    notes,
    json: {
      sizes: instances.map((i) => ({
        ...i,
        rows: i.rows.map(({ violations, ...r }) => ({ ...r, violations: violations.length })),
      })),
    },
    targets: targets(instances, options.sizes),
  };
}
