import type { SupportMap } from "../src/core/model";
import { buildProblem, type Problem } from "../src/core/problem";
import type { Holding } from "./measure";

// The sign-up sheet: people answer in the order they appear in People (then Offers), and each
// writes their name into every open seat they fit, needs in sheet order, until a limit stops
// them. Nobody looks ahead. This is what a coordinator gets without a planner.

export function firstCome(map: SupportMap, problem: Problem = buildProblem(map)): Holding[] {
  const { helpers, occurrences, needs } = problem;
  const primaries = occurrences.map(() => [] as number[]);
  const backup = occurrences.map(() => -1);
  const candidateOf = helpers.map(() => [] as number[]);
  const backupOf = helpers.map(() => [] as number[]);
  for (const occ of occurrences) {
    for (const h of occ.primary) candidateOf[h].push(occ.index);
    if (occ.wantsBackup) for (const h of occ.backup) backupOf[h].push(occ.index);
  }

  for (const helper of helpers) {
    const held = new Set<number>();
    const week = new Map<number, number>();
    for (const o of candidateOf[helper.index]) {
      const occ = occurrences[o];
      if (primaries[o].length >= occ.seats) continue;
      if (!held.has(occ.need) && held.size >= helper.maxTasks) continue;
      if ((week.get(occ.week) ?? 0) >= helper.maxVisits) continue;
      primaries[o].push(helper.index);
      held.add(occ.need);
      week.set(occ.week, (week.get(occ.week) ?? 0) + 1);
    }
  }
  for (const helper of helpers)
    for (const o of backupOf[helper.index])
      if (backup[o] < 0 && !primaries[o].includes(helper.index)) backup[o] = helper.index;

  const out: Holding[] = [];
  for (const occ of occurrences) {
    const need = needs[occ.need].need.name;
    for (const h of primaries[occ.index])
      out.push({ need, person: helpers[h].name, role: "primary", date: occ.date });
    if (backup[occ.index] >= 0)
      out.push({ need, person: helpers[backup[occ.index]].name, role: "backup", date: occ.date });
  }
  return out;
}
