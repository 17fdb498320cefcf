import * as fc from "fast-check";
import { holdingsOfPlan, measure } from "../../bench/measure";
import { solveOptimum } from "../../bench/optimum";
import type { Person } from "../../src/core/model";
import { planSupport } from "../../src/core/planner";
import { buildProblem } from "../../src/core/problem";
import { buildMap, person } from "../core/build-map";

// The planner against the exact optimum (HiGHS) on maps where a helper at their task limit
// has to hand over a whole task for coverage to reach the optimum (issue 12).

type Spec = Parameters<typeof buildMap>[0];
const SIX_WEEKS = { quiet: "before 10:00", startDate: "2027-05-04", endDate: "2027-06-14" };

async function plannerAndOptimum(spec: Spec): Promise<[number, number]> {
  const map = buildMap(spec);
  const problem = buildProblem(map);
  const m = measure(map, problem, holdingsOfPlan(planSupport(map).assignments));
  expect(m.violations).toEqual([]);
  const best = await solveOptimum(problem);
  expect(best.status).toBe("optimum");
  return [m.weightedCovered, best.value];
}

const three = (limits: Partial<Person>[]) =>
  ["P", "Q", "R"].map((name, i) => person(name, limits[i], i + 2));

describe("whole-task exchanges reach the optimum", () => {
  it("Q gives up the garden for the second meals need; P moves to its Sundays", async () => {
    const spec: Spec = {
      settings: SIX_WEEKS,
      needs: [
        {
          name: "Meals A",
          type: "meals",
          priority: "medium",
          days: "Tue, Wed, Fri",
          time: "morning",
          from: "2027-05-10",
          until: "2027-06-11",
          helpers: 2,
        },
        { name: "Garden", type: "garden", priority: "low", days: "Mon, Fri, Sat", time: "night" },
        {
          name: "Meals B",
          type: "meals",
          priority: "low",
          days: "Wed, Thu, Fri, Sun",
          time: "10:00-11:00",
        },
      ],
      offers: [
        {
          person: "P",
          type: "meals",
          days: "Mon, Wed, Fri, Sun",
          time: "09:00-12:00",
          mode: "either",
          from: "2027-05-09",
        },
        { person: "Q", type: "garden", days: "Mon, Sun", time: "any", mode: "either" },
        {
          person: "Q",
          type: "meals",
          days: "Mon, Wed, Fri",
          time: "10:00-13:00",
          until: "2027-06-10",
        },
      ],
      people: [person("P", { maxTasks: 3, maxVisitsPerWeek: 3 }, 2), person("Q", {}, 3)],
    };
    const r = planSupport(buildMap(spec));
    const covered = (need: string) => r.report.coverage.needs.find((n) => n.need === need)?.covered;
    // Before: medium 19, low 12 (Garden 6, Meals B 6). The optimum: medium 19, low 17.
    expect([covered("Meals A"), covered("Garden"), covered("Meals B")]).toEqual([19, 0, 17]);
    expect(await plannerAndOptimum(spec)).toEqual([207, 207]);
  });

  // Found by the family below: the planner fell short on each before whole-task exchanges.
  it("two medium meals needs and a garden a capped helper holds", async () => {
    const [got, best] = await plannerAndOptimum({
      settings: SIX_WEEKS,
      needs: [
        {
          name: "Need 1",
          type: "meals",
          days: "Tue, Wed, Fri",
          time: "any",
          helpers: 2,
          from: "2027-05-10",
        },
        { name: "Need 2", type: "garden", days: "Mon, Fri, Sat", time: "10:00-11:00" },
        { name: "Need 3", type: "meals", days: "Mon, Fri, Sat", time: "10:00-11:00", helpers: 2 },
      ],
      offers: [
        {
          person: "R",
          type: "garden",
          days: "Mon, Sun",
          time: "09:00-12:00",
          mode: "either",
          until: "2027-05-28",
        },
        { person: "P", type: "any", days: "Mon, Wed, Fri", time: "any" },
        { person: "R", type: "meals", days: "daily", time: "10:00-13:00", mode: "either" },
        {
          person: "Q",
          type: "garden",
          days: "weekends",
          time: "10:00-13:00",
          mode: "either",
          until: "2027-05-28",
        },
      ],
      people: three([
        { maxTasks: 2, maxVisitsPerWeek: 3 },
        { maxTasks: 3, maxVisitsPerWeek: 3 },
        { maxTasks: 2, maxVisitsPerWeek: 2 },
      ]),
    });
    expect(got).toBe(best);
    expect(best).toBe(350);
  });

  it("a high two-seat need and two medium ones, with one helper capped at one task", async () => {
    const [got, best] = await plannerAndOptimum({
      settings: SIX_WEEKS,
      needs: [
        { name: "Need 1", type: "meals", days: "Mon, Fri, Sat", time: "any", from: "2027-05-10" },
        {
          name: "Need 2",
          type: "meals",
          priority: "high",
          days: "Tue, Fri",
          time: "any",
          helpers: 2,
          from: "2027-05-10",
        },
        { name: "Need 3", type: "garden", priority: "high", days: "Mon", time: "any" },
        { name: "Need 4", type: "meals", days: "Mon, Fri, Sat", time: "any" },
      ],
      offers: [
        {
          person: "R",
          type: "meals",
          days: "Mon, Wed, Fri, Sun",
          time: "09:00-12:00",
          until: "2027-05-28",
        },
        { person: "P", type: "any", days: "weekends", time: "10:00-13:00" },
        { person: "P", type: "any", days: "daily", time: "10:00-13:00", until: "2027-05-28" },
        { person: "P", type: "any", days: "daily", time: "any", until: "2027-05-28" },
      ],
      people: three([
        { maxTasks: 3, maxVisitsPerWeek: 2 },
        { maxTasks: 1, maxVisitsPerWeek: 2 },
        { maxTasks: 2, maxVisitsPerWeek: 2 },
      ]),
    });
    expect(got).toBe(best);
    expect(best).toBe(990);
  });

  it("a low garden need handed over so a one-task helper's meals can move", async () => {
    const [got, best] = await plannerAndOptimum({
      settings: SIX_WEEKS,
      needs: [
        { name: "Need 1", type: "garden", priority: "low", days: "Mon, Wed", time: "any" },
        { name: "Need 2", type: "meals", days: "Mon", time: "night", helpers: 2 },
        {
          name: "Need 3",
          type: "meals",
          priority: "low",
          days: "Wed, Thu, Fri, Sun",
          time: "10:00-11:00",
          from: "2027-05-10",
        },
        {
          name: "Need 4",
          type: "garden",
          days: "Tue, Wed, Fri",
          time: "10:00-11:00",
          helpers: 2,
          from: "2027-05-10",
        },
      ],
      offers: [
        {
          person: "P",
          type: "garden",
          days: "daily",
          time: "any",
          mode: "either",
          until: "2027-05-28",
        },
        { person: "Q", type: "any", days: "Mon, Sun", time: "09:00-12:00", mode: "either" },
        {
          person: "R",
          type: "meals",
          days: "daily",
          time: "09:00-12:00",
          mode: "either",
          until: "2027-05-28",
        },
        {
          person: "P",
          type: "any",
          days: "Mon, Wed, Fri",
          time: "any",
          mode: "either",
          until: "2027-05-28",
        },
        { person: "P", type: "garden", days: "Mon, Wed, Fri, Sun", time: "09:00-12:00" },
      ],
      people: three([
        { maxTasks: 2, maxVisitsPerWeek: 2 },
        { maxTasks: 1, maxVisitsPerWeek: 2 },
        { maxTasks: 2, maxVisitsPerWeek: 3 },
      ]),
    });
    expect(got).toBe(best);
    expect(best).toBe(116);
  });

  it("on a seeded family of such maps, never beats the optimum and rarely falls short", async () => {
    const needSpec = fc.record({
      type: fc.constantFrom("meals", "garden"),
      priority: fc.constantFrom("high" as const, "medium" as const, "low" as const),
      days: fc.constantFrom("Mon", "Tue, Fri", "Mon, Wed", "Wed, Thu, Fri, Sun", "Tue, Wed, Fri"),
      time: fc.constantFrom("morning", "10:00-11:00", "night", "any"),
      helpers: fc.constantFrom(1, 1, 2),
      start: fc.constantFrom(undefined, "2027-05-10"),
    });
    const offerSpec = fc.record({
      person: fc.constantFrom("P", "Q", "R"),
      type: fc.constantFrom("meals", "garden", "any"),
      days: fc.constantFrom("Mon, Wed, Fri, Sun", "Mon, Sun", "Mon, Wed, Fri", "daily", "weekends"),
      time: fc.constantFrom("09:00-12:00", "any", "10:00-13:00"),
      mode: fc.constantFrom("either" as const, "in person" as const),
      until: fc.constantFrom(undefined, "2027-05-28"),
    });
    const limits = fc.record({
      maxTasks: fc.constantFrom(1, 2, 3),
      maxVisitsPerWeek: fc.constantFrom(undefined, 2, 3),
    });
    let short = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(needSpec, { minLength: 2, maxLength: 4 }),
        fc.array(offerSpec, { minLength: 2, maxLength: 6 }),
        fc.array(limits, { minLength: 3, maxLength: 3 }),
        async (needs, offers, people) => {
          const [got, best] = await plannerAndOptimum({
            settings: SIX_WEEKS,
            needs: needs.map((n, i) => ({ ...n, name: `Need ${i + 1}` })),
            offers,
            people: three(people),
          });
          expect(got).toBeLessThanOrEqual(best);
          if (got < best) short++;
        },
      ),
      { numRuns: 200, seed: 7 },
    );
    // A ratchet: whole-task exchanges took this from 4 to 1; what is left is weekly limits.
    expect(short).toBeLessThanOrEqual(1);
  });
});
