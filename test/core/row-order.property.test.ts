import * as fc from "fast-check";
import type { SupportMap } from "../../src/core/model";
import type { PlanResult } from "../../src/core/plan-types";
import { planSupport } from "../../src/core/planner";
import { mapArb } from "./map-arb";

// The same map gives the same plan whatever order its rows are in (README, "How the planner
// decides"): the planner breaks ties by what rows say, never by where they sit.

/** Rows renumbered as they would be once the sheet is sorted. */
function reorder<T extends { row: number }>(rows: T[], order: number[]): T[] {
  return order.map((i, at) => ({ ...rows[i], row: at + 2 }));
}

const permutation = (n: number) =>
  fc
    .array(fc.nat(), { minLength: n, maxLength: n })
    .map((keys) => [...keys.keys()].sort((a, b) => keys[a] - keys[b] || a - b));

/** A permutation of each sheet of a map. */
const shuffled = (map: SupportMap) =>
  fc
    .tuple(
      permutation(map.needs.length),
      permutation(map.people.length),
      permutation(map.offers.length),
      permutation(map.assignments.length),
    )
    .map(([n, p, o, a]) => ({
      ...map,
      needs: reorder(map.needs, n),
      people: reorder(map.people, p),
      offers: reorder(map.offers, o),
      assignments: reorder(map.assignments, a),
    }));

/** The plan without row numbers, which follow the sheet's order by design. */
function planContent(r: PlanResult) {
  const rows = r.assignments.map(({ row: _r, needRow: _n, ...a }) => JSON.stringify(a)).sort();
  const needs = r.report.coverage.needs.map(({ needRow: _n, ...c }) => JSON.stringify(c)).sort();
  return { rows, needs };
}

describe("row order", () => {
  it("reversing People and Offers gives the same plan", () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const reversed = {
          ...map,
          people: reorder(map.people, [...map.people.keys()].reverse()),
          offers: reorder(map.offers, [...map.offers.keys()].reverse()),
        };
        expect(planContent(planSupport(reversed))).toEqual(planContent(planSupport(map)));
      }),
      { numRuns: 150 },
    );
  });

  it("any order of Needs, People, Offers and Assignments gives the same plan, also on re-plan", () => {
    const withPlan = mapArb.map((map) => ({
      ...map,
      // Some rows of an earlier plan, one of them pinned and one declined.
      assignments: planSupport(map)
        .assignments.filter((_, i) => i % 2 === 0)
        .map(({ needRow: _n, occurrences: _o, description: _d, ...a }, i) => ({
          ...a,
          row: i + 2,
          pinned: i === 1,
          status: i === 2 ? "declined" : a.status,
        })),
    }));
    fc.assert(
      fc.property(
        withPlan.chain((map) => fc.tuple(fc.constant(map), shuffled(map))),
        ([map, other]) => {
          expect(planContent(planSupport(other))).toEqual(planContent(planSupport(map)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
