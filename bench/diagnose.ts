import { weekStart } from "../src/core/dates";
import { planSupport } from "../src/core/planner";
import { buildProblem, nameKey, type Problem } from "../src/core/problem";
import { firstCome } from "./first-come";
import { generateNetwork } from "./generate";
import { holdingsOfPlan, type Holding } from "./measure";
import { solveOptimum } from "./optimum";

// npx tsx bench/diagnose.ts --size 50 --seed 2 [--time-limit 120]
// For one benchmark network: the occurrences the optimum covers and the planner leaves open,
// with each candidate and what stopped the planner using them (task limit, weekly limit, or
// nothing: a seat it could have filled). For the lead, who owns the planner.

interface Held {
  /** Primary holders per occurrence. */
  byOcc: Set<number>[];
  /** Needs held as primary, per helper. */
  needs: Set<number>[];
  /** Primary visits per helper and week (Monday's day number). */
  weeks: Map<number, number>[];
}

function heldBy(problem: Problem, holdings: Holding[]): Held {
  const occAt = new Map<string, number>();
  for (const occ of problem.occurrences)
    occAt.set(`${nameKey(problem.needs[occ.need].need.name)}|${occ.date}`, occ.index);
  const held: Held = {
    byOcc: problem.occurrences.map(() => new Set()),
    needs: problem.helpers.map(() => new Set()),
    weeks: problem.helpers.map(() => new Map()),
  };
  for (const x of holdings) {
    if (x.role !== "primary") continue;
    const o = occAt.get(`${nameKey(x.need)}|${x.date}`);
    const h = problem.helperByName.get(nameKey(x.person));
    if (o === undefined || h === undefined) continue;
    const occ = problem.occurrences[o];
    held.byOcc[o].add(h);
    held.needs[h].add(occ.need);
    held.weeks[h].set(occ.week, (held.weeks[h].get(occ.week) ?? 0) + 1);
  }
  return held;
}

function blocked(problem: Problem, plan: Held, h: number, o: number): string {
  const occ = problem.occurrences[o];
  const helper = problem.helpers[h];
  if (plan.byOcc[o].has(h)) return "holds it";
  const why: string[] = [];
  if (!plan.needs[h].has(occ.need) && plan.needs[h].size >= helper.maxTasks) {
    const names = [...plan.needs[h]].map((n) => problem.needs[n].need.name);
    why.push(`task limit ${helper.maxTasks} (holds ${names.join(", ")})`);
  }
  const visits = plan.weeks[h].get(occ.week) ?? 0;
  if (visits >= helper.maxVisits)
    why.push(`weekly limit ${helper.maxVisits} (${visits} visits week of ${weekStart(occ.date)})`);
  return why.length ? why.join("; ") : "FREE: could have taken it";
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const size = arg("--size", 50);
  const seed = arg("--seed", 1);
  const map = generateNetwork(size, seed);
  const problem = buildProblem(map);
  const planned = holdingsOfPlan(planSupport(map).assignments);
  const optimum = await solveOptimum(problem, {
    timeLimit: arg("--time-limit", 120),
    starts: [planned, firstCome(map, problem)],
  });
  const plan = heldBy(problem, planned);
  const best = heldBy(problem, optimum.holdings);

  let planValue = 0;
  for (const occ of problem.occurrences)
    planValue += occ.weight * Math.min(occ.seats, plan.byOcc[occ.index].size);
  console.log(
    `${size} helpers, seed ${seed}: planner ${planValue}, ${optimum.status} ${optimum.value} ` +
      `(bound ${optimum.bound}) weighted seats; gap ${optimum.value - planValue}.`,
  );

  let missed = 0;
  let extra = 0;
  for (const occ of problem.occurrences) {
    const mine = Math.min(occ.seats, plan.byOcc[occ.index].size);
    const theirs = Math.min(occ.seats, best.byOcc[occ.index].size);
    const need = problem.needs[occ.need].need;
    if (theirs < mine) extra += (mine - theirs) * occ.weight;
    if (theirs <= mine) continue;
    missed += (theirs - mine) * occ.weight;
    const name = (h: number) => problem.helpers[h].name;
    console.log(
      `\n${need.name} (${need.priority}, weight ${occ.weight}, ${occ.seats} seat(s)) on ${occ.date}: ` +
        `planner ${mine}, optimum ${theirs}`,
    );
    const needsIn = (held: Held, h: number) =>
      [...held.needs[h]].map((n) => problem.needs[n].need.name).join(", ") || "nothing";
    for (const h of best.byOcc[occ.index])
      console.log(
        `  optimum uses ${name(h)}, who holds ${needsIn(best, h)} there (planner: ${needsIn(plan, h)})`,
      );
    console.log("  candidates in the planner's plan:");
    for (const h of occ.primary)
      console.log(`  ${name(h).padEnd(24)} ${blocked(problem, plan, h, occ.index)}`);
  }
  console.log(
    `\nOptimum covers ${missed} weighted seats the planner leaves open, and leaves open ${extra} ` +
      "that the planner covers.",
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
