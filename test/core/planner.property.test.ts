import * as fc from "fast-check";
import { weekStart } from "../../src/core/dates";
import { mayAsk } from "../../src/core/eligibility";
import type { SupportMap } from "../../src/core/model";
import type { PlannedAssignment } from "../../src/core/plan-types";
import { planSupport } from "../../src/core/planner";
import { mapArb } from "./map-arb";

// Properties on random small maps: the hard rules hold whatever the coordinator typed.

function checkHardRules(map: SupportMap, rows: PlannedAssignment[]): void {
  const byName = new Map(map.people.map((p) => [p.name, p]));
  const seats = new Map<string, string[]>();
  const backups = new Map<string, string>();
  const tasks = new Map<string, Set<string>>();
  const visits = new Map<string, number>();
  for (const a of rows) {
    const need = map.needs.find((n) => n.name === a.need);
    expect(need?.category).not.toBe("professional");
    const p = byName.get(a.person);
    for (const d of a.occurrences) {
      if (p) expect(mayAsk(p, d)).toBe(true);
      const key = `${a.need}|${d}`;
      if (a.role === "primary") {
        const list = seats.get(key) ?? [];
        expect(list).not.toContain(a.person);
        list.push(a.person);
        seats.set(key, list);
        tasks.set(a.person, (tasks.get(a.person) ?? new Set()).add(a.need));
        const wk = `${a.person}|${weekStart(d)}`;
        visits.set(wk, (visits.get(wk) ?? 0) + 1);
      } else {
        expect(backups.has(key)).toBe(false);
        backups.set(key, a.person);
      }
    }
  }
  for (const [key, list] of seats) {
    const need = map.needs.find((n) => n.name === key.split("|")[0]);
    expect(list.length).toBeLessThanOrEqual(need?.helpers ?? 0);
    const b = backups.get(key);
    if (b) expect(list).not.toContain(b);
  }
  for (const [name, set] of tasks) {
    const max = byName.get(name)?.maxTasks ?? map.settings.maxTasks;
    expect(set.size).toBeLessThanOrEqual(max);
  }
  for (const [key, n] of visits) {
    const max = byName.get(key.split("|")[0])?.maxVisitsPerWeek;
    if (max !== undefined) expect(n).toBeLessThanOrEqual(max);
  }
}

const strip = (rows: PlannedAssignment[]) => rows.map(({ row: _row, ...rest }) => rest);

describe("planner properties", () => {
  it("never exceeds a limit, never assigns an excluded person, primary differs from backup", () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        checkHardRules(map, planSupport(map).assignments);
      }),
      { numRuns: 200 },
    );
  });

  it("re-running on its own output changes nothing", () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const first = planSupport(map);
        const again = planSupport({
          ...map,
          assignments: first.assignments.map((a, i) => ({ ...a, row: i + 2 })),
        });
        expect(strip(again.assignments)).toEqual(strip(first.assignments));
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        expect(planSupport(structuredClone(map))).toEqual(planSupport(structuredClone(map)));
      }),
      { numRuns: 100 },
    );
  });
});
