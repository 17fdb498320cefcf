import * as fc from "fast-check";
import { generateNetwork } from "../../bench/generate";
import type { Priority, SupportMap } from "../../src/core/model";
import type { PlannedAssignment } from "../../src/core/plan-types";
import { planSupport } from "../../src/core/planner";
import { brokenRules } from "./hard-rules";

// After a dropout, nobody else keeps fewer seats unless a higher-priority visit needed them.
// Checked on generated networks (bench/generate.ts) from the Assignments rows before and
// after alone, seat by seat (need, date, role, person), not from the planner's bookkeeping:
//  - a main-helper seat someone else lost is allowed only if they now hold a main-helper seat
//    they did not hold before, in a need of higher priority;
//  - a backup seat someone else lost is allowed only if they are now the main helper of that
//    same visit (the backup stepped in).

const RANK: Record<Priority, number> = { high: 3, medium: 2, low: 1 };

interface Seat {
  need: string;
  person: string;
  role: string;
  date: string;
}

const seats = (rows: PlannedAssignment[]): Seat[] =>
  rows
    .filter((r) => r.status !== "declined")
    .flatMap((r) => r.occurrences.map((date) => ({ ...r, date })));
const key = (s: Seat) => `${s.need}|${s.person}|${s.role}|${s.date}`;

/** Seats people other than `dropped` lost for no higher priority, in words. */
function needlessLosses(
  map: SupportMap,
  before: PlannedAssignment[],
  after: PlannedAssignment[],
  dropped: string,
): string[] {
  const rank = new Map(map.needs.map((n) => [n.name, RANK[n.priority]]));
  const had = new Set(seats(before).map(key));
  const has = new Set(seats(after).map(key));
  const gained = new Map<string, number>();
  for (const s of seats(after))
    if (s.role === "primary" && !had.has(key(s)))
      gained.set(s.person, Math.max(gained.get(s.person) ?? 0, rank.get(s.need) ?? 0));
  return seats(before)
    .filter((s) => s.person !== dropped && !has.has(key(s)))
    .filter((s) =>
      s.role === "primary"
        ? (gained.get(s.person) ?? 0) <= (rank.get(s.need) ?? 0)
        : !has.has(key({ ...s, role: "primary" })),
    )
    .map((s) => `${s.person} lost ${s.role} ${s.need} on ${s.date}`);
}

describe("a dropout on a generated network", () => {
  it("leaves everyone else every seat, unless a higher-priority visit needed it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(10, 20, 30),
        fc.integer({ min: 1, max: 10_000 }),
        fc.nat(),
        (size, seed, pick) => {
          const map = generateNetwork(size, seed);
          const first = planSupport(map).assignments;
          const holders = [
            ...new Set(first.filter((a) => a.role === "primary").map((a) => a.person)),
          ];
          if (!holders.length) return;
          const dropped = holders[pick % holders.length];
          const changed: SupportMap = {
            ...map,
            assignments: first.map((a, i) => ({ ...a, row: i + 2 })),
            people: map.people.map((p) =>
              p.name === dropped ? { ...p, status: { kind: "dropped" } } : p,
            ),
          };
          const again = planSupport(changed);
          expect(brokenRules(changed, again)).toEqual([]);
          expect(needlessLosses(changed, first, again.assignments, dropped)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
