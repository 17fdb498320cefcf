import type { Problem } from "../src/core/problem";

// The exact model of the planner's hard rules as a mixed-integer program, per occurrence o and
// helper h who may take it:
//   x[h,o] in {0,1}                         h holds o as primary
//   y[h,n] in {0,1}                         h holds need n at all
//   sum_h x[h,o] <= seats(o)
//   x[h,o] <= y[h,need(o)],  sum_n y[h,n] <= maxTasks(h)
//   sum_{o in week w} x[h,o] <= maxVisits(h)
//   maximise sum weight(o) x[h,o]
//
// Reductions that keep the optimum: occurrences of one need with the same candidates in the
// same week are alike for every constraint, so they are merged into a group g of c occurrences
// and x[h,g] is an integer 0..c (spread() splits any such solution back into seats). Weeks
// only matter to people with a weekly limit, so a group whose candidates have none spans all
// weeks. y is only needed for people who could take more needs than their limit allows, and a
// row only when it can bind.

export interface Group {
  need: number;
  weight: number;
  seats: number;
  week: number;
  occurrences: number[];
  candidates: number[];
  /** First x column of this group; candidate i is column first + i. */
  first: number;
}

export interface MipModel {
  groups: Group[];
  /** y column per helper and need, where the helper's task limit can bind. */
  yCol: Map<number, number>[];
  columns: number;
  colCost: number[];
  colUpper: number[];
  /** Least value of each column: 0, or the seats a plan must keep (fixSeats). */
  colLower: number[];
  rowUpper: number[];
  /** The constraint matrix by rows (CSR). */
  starts: number[];
  indices: number[];
  values: number[];
}

/** Whether h may be used on occurrence o; the full model keeps every candidate. */
export type Keep = (h: number, o: number) => boolean;

function groupsOf(problem: Problem, keep: Keep): Group[] {
  const byKey = new Map<string, Group>();
  for (const occ of problem.occurrences) {
    const candidates = occ.primary.filter((h) => keep(h, occ.index));
    if (!candidates.length) continue;
    const weekly = candidates.some((h) => Number.isFinite(problem.helpers[h].maxVisits));
    const key = `${occ.need}|${weekly ? occ.week : "*"}|${occ.seats}|${candidates.join(",")}`;
    const g = byKey.get(key);
    if (g) g.occurrences.push(occ.index);
    else
      byKey.set(key, {
        need: occ.need,
        weight: occ.weight,
        seats: occ.seats,
        week: occ.week,
        occurrences: [occ.index],
        candidates,
        first: 0,
      });
  }
  return [...byKey.values()];
}

export function buildMipModel(problem: Problem, keep: Keep = () => true): MipModel {
  const { helpers } = problem;
  const groups = groupsOf(problem, keep);
  let columns = 0;
  for (const g of groups) {
    g.first = columns;
    columns += g.candidates.length;
  }
  const colCost: number[] = [];
  const colUpper: number[] = [];
  for (const g of groups)
    for (let i = 0; i < g.candidates.length; i++) {
      colCost.push(g.weight);
      colUpper.push(g.occurrences.length);
    }

  const needsOf = helpers.map(() => new Set<number>());
  for (const g of groups) for (const h of g.candidates) needsOf[h].add(g.need);
  const yCol = helpers.map(() => new Map<number, number>());
  for (const h of helpers)
    if (needsOf[h.index].size > h.maxTasks)
      for (const n of [...needsOf[h.index]].sort((a, b) => a - b)) {
        yCol[h.index].set(n, columns++);
        colCost.push(0);
        colUpper.push(1);
      }

  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (cols: number[], coefs: number[], upper: number) => {
    for (let i = 0; i < cols.length; i++) {
      indices.push(cols[i]);
      values.push(coefs[i]);
    }
    starts.push(indices.length);
    rowUpper.push(upper);
  };
  const ones = (n: number) => new Array<number>(n).fill(1);

  const byWeek = helpers.map(() => new Map<number, { cols: number[]; size: number }>());
  for (const g of groups) {
    const size = g.occurrences.length;
    if (g.candidates.length > g.seats)
      addRow(
        g.candidates.map((_, i) => g.first + i),
        ones(g.candidates.length),
        g.seats * size,
      );
    g.candidates.forEach((h, i) => {
      const y = yCol[h].get(g.need);
      if (y !== undefined) addRow([g.first + i, y], [1, -size], 0);
      if (Number.isFinite(helpers[h].maxVisits)) {
        const w = byWeek[h].get(g.week) ?? { cols: [], size: 0 };
        w.cols.push(g.first + i);
        w.size += size;
        byWeek[h].set(g.week, w);
      }
    });
  }
  for (const h of helpers) {
    const ys = [...yCol[h.index].values()];
    if (ys.length) addRow(ys, ones(ys.length), h.maxTasks);
    for (const w of byWeek[h.index].values())
      if (w.size > h.maxVisits) addRow(w.cols, ones(w.cols.length), h.maxVisits);
  }
  const colLower = new Array<number>(columns).fill(0);
  return { groups, yCol, columns, colCost, colUpper, colLower, rowUpper, starts, indices, values };
}

/**
 * Make every plan the model allows keep these (helper, occurrence) seats: a group's column
 * gets at least the seats its helper keeps there. The occurrences of a group are alike for
 * every constraint, so a count is as good as the very dates. A seat the model has no column
 * for (the helper may not take it) cannot be kept and is returned.
 */
export function fixSeats(model: MipModel, seats: [number, number][]): [number, number][] {
  const at = new Map<string, number>();
  for (const g of model.groups)
    for (const o of g.occurrences) g.candidates.forEach((h, i) => at.set(`${h}|${o}`, g.first + i));
  const missing: [number, number][] = [];
  for (const [h, o] of seats) {
    const col = at.get(`${h}|${o}`);
    if (col === undefined) missing.push([h, o]);
    else model.colLower[col]++;
  }
  return missing;
}

/**
 * Split a group's integer solution into occurrences: lay each person's count end to end
 * round the group's occurrences. Nobody gets the same occurrence twice (a count is at most the
 * group's size), and no occurrence gets more than its seats (the total is at most seats x size).
 */
export function spread(counts: number[], size: number): number[][] {
  const out = counts.map(() => [] as number[]);
  let at = 0;
  counts.forEach((n, i) => {
    for (let k = 0; k < n; k++) out[i].push((at + k) % size);
    at += n;
  });
  return out;
}

/** Column values for a plan given as (helper, occurrence) pairs; undefined if one has no column. */
export function columnValues(
  model: MipModel,
  pairs: [number, number][],
  needOf: (o: number) => number,
): number[] | undefined {
  const col = new Map<string, number>();
  for (const g of model.groups)
    for (const o of g.occurrences)
      g.candidates.forEach((h, i) => col.set(`${o}|${h}`, g.first + i));
  const values = new Array<number>(model.columns).fill(0);
  for (const [h, o] of pairs) {
    const c = col.get(`${o}|${h}`);
    if (c === undefined) return undefined;
    values[c] += 1;
    const y = model.yCol[h].get(needOf(o));
    if (y !== undefined) values[y] = 1;
  }
  return values;
}
