import type { SupportMap } from "../src/core/model";
import { buildProblem, nameKey, type Problem } from "../src/core/problem";
import type { Holding } from "./measure";

// The sign-up sheet: people answer in the order they appear in People (then Offers), and each
// writes their name into every open seat they fit, needs in sheet order, until a limit stops
// them. Nobody looks ahead. This is what a coordinator gets without a planner.

/**
 * The problem lists helpers and needs by name (the planner must not depend on row order); the
 * sheet fills in the sheets' own order: People rows, then people only in Offers, by their
 * first offer; needs by their row in Needs, each date in turn.
 */
function sheetOrder(map: SupportMap, problem: Problem) {
  const firstOffer = new Map<string, number>();
  for (const o of map.offers)
    if (!firstOffer.has(nameKey(o.person))) firstOffer.set(nameKey(o.person), o.row);
  const rank = (h: Problem["helpers"][number]) =>
    h.person.row > 0 ? h.person.row : 1e9 + (firstOffer.get(nameKey(h.name)) ?? 0);
  const helpers = [...problem.helpers].sort((a, b) => rank(a) - rank(b));
  const needRow = (o: Problem["occurrences"][number]) => problem.needs[o.need].need.row;
  const occurrences = [...problem.occurrences].sort(
    (a, b) => needRow(a) - needRow(b) || a.index - b.index,
  );
  return { helpers, occurrences };
}

export function firstCome(map: SupportMap, problem: Problem = buildProblem(map)): Holding[] {
  const { occurrences, needs } = problem;
  const inOrder = sheetOrder(map, problem);
  const helpers = inOrder.helpers;
  const primaries = occurrences.map(() => [] as number[]);
  const backup = occurrences.map(() => -1);
  const candidateOf = problem.helpers.map(() => [] as number[]);
  const backupOf = problem.helpers.map(() => [] as number[]);
  for (const occ of inOrder.occurrences) {
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
      out.push({ need, person: problem.helpers[h].name, role: "primary", date: occ.date });
    const b = backup[occ.index];
    if (b >= 0) out.push({ need, person: problem.helpers[b].name, role: "backup", date: occ.date });
  }
  return out;
}
