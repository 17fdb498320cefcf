import * as fc from "fast-check";
import type { Assignment, SupportMap } from "../../src/core/model";
import { planSupport } from "../../src/core/planner";
import { buildMap, need, offer, person } from "./build-map";
import { brokenRules } from "./hard-rules";
import { DAYS, mapArb, MODES, needArb, TIMES, TYPES } from "./map-arb";

// Re-planning after the map changes: the hard rules hold after every kind of change, checked
// from the rows alone (hard-rules.ts), not only on a fresh plan.

const changeArb = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), who: fc.nat() }),
  fc.record({
    kind: fc.constant("pause" as const),
    who: fc.nat(),
    from: fc.constantFrom("2026-12-07", "2026-12-10", "2026-12-15"),
  }),
  fc.record({
    kind: fc.constant("offer" as const),
    which: fc.nat(),
    type: fc.constantFrom(...TYPES, "any"),
    days: fc.constantFrom(...DAYS),
    time: fc.constantFrom(...TIMES),
    mode: fc.constantFrom(...MODES),
  }),
  fc.record({ kind: fc.constant("need" as const), spec: needArb }),
  fc.record({ kind: fc.constant("decline" as const), which: fc.nat() }),
  fc.record({ kind: fc.constant("pin" as const), which: fc.nat() }),
);
type Change = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

function apply(map: SupportMap, c: Change): SupportMap {
  const at = <T>(list: T[], i: number) => (list.length ? i % list.length : -1);
  const next = structuredClone(map);
  switch (c.kind) {
    case "drop":
    case "pause": {
      const i = at(next.people, c.who);
      if (i >= 0)
        next.people[i].status =
          c.kind === "drop" ? { kind: "dropped" } : { kind: "paused", from: c.from };
      break;
    }
    case "offer": {
      const i = at(next.offers, c.which);
      if (i >= 0) {
        const o = next.offers[i];
        next.offers[i] = offer(
          { person: o.person, type: c.type, days: c.days, time: c.time, mode: c.mode },
          o.row,
        );
      }
      break;
    }
    case "need": {
      const { professional: _p, ...spec } = c.spec;
      next.needs.push(need({ ...spec, name: `Added ${next.needs.length}` }, next.needs.length + 2));
      break;
    }
    case "decline":
    case "pin": {
      const i = at(next.assignments, c.which);
      if (i < 0) break;
      if (c.kind === "pin") next.assignments[i].pinned = true;
      else next.assignments[i].status = "declined";
      break;
    }
  }
  return next;
}

const asRows = (rows: Assignment[]): Assignment[] =>
  rows.map(({ row: _r, ...a }, i) => ({
    row: i + 2,
    need: a.need,
    person: a.person,
    role: a.role,
    daysText: a.daysText,
    timeText: a.timeText,
    from: a.from,
    until: a.until,
    status: a.status,
    pinned: a.pinned,
  }));

describe("re-planning after a change", () => {
  it("keeps every hard rule, from the rows alone, after any change and re-plan", () => {
    fc.assert(
      fc.property(mapArb, fc.array(changeArb, { minLength: 1, maxLength: 4 }), (map, changes) => {
        let current: SupportMap = { ...map, assignments: asRows(planSupport(map).assignments) };
        for (const c of changes) {
          const changed = apply(current, c);
          const result = planSupport(changed);
          expect(brokenRules(changed, result)).toEqual([]);
          current = { ...changed, assignments: asRows(result.assignments) };
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a backup who becomes the primary stops being the backup (issue 12)", () => {
    const map = buildMap({
      needs: [
        { name: "Dinner", type: "meals", priority: "high", days: "Mon, Wed", time: "evening" },
      ],
      offers: [
        { person: "Ann", type: "meals", days: "daily", time: "evening" },
        { person: "Bob", type: "meals", days: "daily", time: "evening" },
      ],
    });
    const first = planSupport(map);
    expect(first.assignments.map((a) => `${a.person} ${a.role}`)).toEqual([
      "Ann primary",
      "Bob backup",
    ]);
    const annDropped: SupportMap = {
      ...map,
      people: map.people.map((p) =>
        p.name === "Ann" ? person("Ann", { status: { kind: "dropped" } }, p.row) : p,
      ),
      assignments: asRows(first.assignments),
    };
    const again = planSupport(annDropped);
    expect(again.assignments.map((a) => `${a.person} ${a.role}`)).toEqual(["Bob primary"]);
    expect(again.report.coverage.needs[0]).toMatchObject({ backup: 0, state: "covered" });
    expect(brokenRules(annDropped, again)).toEqual([]);
  });
});
