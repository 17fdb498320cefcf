import * as fc from "fast-check";
import { firstCome } from "../../bench/first-come";
import { generateNetwork } from "../../bench/generate";
import { measure, type Holding } from "../../bench/measure";
import { spread } from "../../bench/mip-model";
import { seatBound, solveOptimum } from "../../bench/optimum";
import type { SupportMap } from "../../src/core/model";
import { buildProblem, type Problem } from "../../src/core/problem";
import { buildMap, person } from "../core/build-map";

// The bench's yardsticks on maps small enough to check by hand or by trying every plan.

/** The best weighted coverage by trying every plan (depth-first, with a bound to prune). */
function bruteForce(problem: Problem): number {
  const { occurrences, helpers } = problem;
  const needs = helpers.map(() => new Map<number, number>());
  const weeks = helpers.map(() => new Map<number, number>());
  const rest: number[] = [];
  let tail = 0;
  for (let i = occurrences.length - 1; i >= 0; i--) {
    const o = occurrences[i];
    tail += o.weight * Math.min(o.seats, o.primary.length);
    rest[i] = tail;
  }
  let best = 0;
  const fits = (h: number, o: number) => {
    const occ = occurrences[o];
    const helper = helpers[h];
    if (!needs[h].has(occ.need) && needs[h].size >= helper.maxTasks) return false;
    return (weeks[h].get(occ.week) ?? 0) < helper.maxVisits;
  };
  const take = (h: number, o: number, d: 1 | -1) => {
    const occ = occurrences[o];
    const n = (needs[h].get(occ.need) ?? 0) + d;
    if (n) needs[h].set(occ.need, n);
    else needs[h].delete(occ.need);
    weeks[h].set(occ.week, (weeks[h].get(occ.week) ?? 0) + d);
  };
  const go = (i: number, value: number) => {
    if (value > best) best = value;
    if (i === occurrences.length || value + rest[i] <= best) return;
    const occ = occurrences[i];
    // Choose who sits in the occurrence, one candidate after another, up to its seats.
    const seat = (from: number, left: number, v: number) => {
      go(i + 1, v);
      if (!left) return;
      for (let c = from; c < occ.primary.length; c++) {
        const h = occ.primary[c];
        if (!fits(h, i)) continue;
        take(h, i, 1);
        seat(c + 1, left - 1, v + occ.weight);
        take(h, i, -1);
      }
    };
    seat(0, occ.seats, value);
  };
  go(0, 0);
  return best;
}

function value(map: SupportMap, problem: Problem, holdings: Holding[]): number {
  const m = measure(map, problem, holdings);
  expect(m.violations).toEqual([]);
  return m.weightedCovered;
}

describe("spread", () => {
  it("splits a group's counts into distinct occurrences within the seats", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (size, seats, raw) => {
          let room = size * seats;
          const counts = raw.map((r) => {
            const n = Math.min(r % (size + 1), room);
            room -= n;
            return n;
          });
          const placed = spread(counts, size);
          const load = new Array<number>(size).fill(0);
          placed.forEach((occs, i) => {
            expect(occs).toHaveLength(counts[i]);
            expect(new Set(occs).size).toBe(occs.length);
            for (const k of occs) load[k]++;
          });
          for (const n of load) expect(n).toBeLessThanOrEqual(seats);
        },
      ),
    );
  });
});

describe("the exact optimum and the sign-up sheet", () => {
  it("spends a one-task helper on the high-priority need; the sheet takes what comes first", async () => {
    const map = buildMap({
      needs: [
        { name: "Check the mail", type: "house care", priority: "low", days: "Mon", time: "any" },
        { name: "Walk the dog", type: "pet care", priority: "high", days: "Mon", time: "any" },
        {
          name: "Physio plan",
          type: "pet care",
          category: "professional",
          days: "Mon",
          time: "any",
        },
      ],
      offers: [
        { person: "Ana Ruiz", type: "house care", days: "Mon", time: "any" },
        { person: "Ana Ruiz", type: "pet care", days: "Mon", time: "any" },
        { person: "Tomas Vega", type: "any", days: "daily", time: "any", mode: "either" },
      ],
      people: [
        person("Ana Ruiz", { maxTasks: 1 }, 2),
        person("Tomas Vega", { status: { kind: "do not involve" } }, 3),
      ],
    });
    const problem = buildProblem(map);
    const best = await solveOptimum(problem);
    expect(best.status).toBe("optimum");
    // Two Mondays of dog walks at 100 each.
    expect(best.value).toBe(200);
    expect(value(map, problem, best.holdings)).toBe(200);
    expect(best.holdings.every((x) => x.person === "Ana Ruiz" && x.need === "Walk the dog")).toBe(
      true,
    );
    const sheet = firstCome(map, problem);
    expect(value(map, problem, sheet)).toBe(2);
    expect(sheet.some((x) => x.person === "Tomas Vega" || x.need === "Physio plan")).toBe(false);
  });

  it("respects weekly limits and fills both seats of a two-helper need", async () => {
    const map = buildMap({
      needs: [{ name: "Visit", type: "visit", days: "daily", time: "any", helpers: 2 }],
      offers: [
        { person: "Ben Okafor", type: "visit", days: "daily", time: "any" },
        { person: "Cy Park", type: "visit", days: "daily", time: "any" },
      ],
      people: [person("Ben Okafor", { maxVisitsPerWeek: 3 }, 2), person("Cy Park", {}, 3)],
    });
    const problem = buildProblem(map);
    const best = await solveOptimum(problem);
    // Cy every day for two weeks, Ben three days a week; medium weighs 10.
    expect(best.value).toBe((14 + 6) * 10);
    expect(value(map, problem, best.holdings)).toBe(200);
    expect(value(map, problem, firstCome(map, problem))).toBe(200);
  });

  it("matches trying every plan on small random maps, and the sheet never beats it", async () => {
    const needSpec = fc.record({
      type: fc.constantFrom("meals", "rides"),
      priority: fc.constantFrom("high" as const, "medium" as const, "low" as const),
      days: fc.constantFrom("Mon", "Tue", "Mon, Wed", "Tue, Thu, Sat"),
      helpers: fc.constantFrom(1, 1, 2),
    });
    const offerSpec = fc.record({
      person: fc.constantFrom("Ana", "Ben", "Cy"),
      type: fc.constantFrom("meals", "rides", "any"),
      days: fc.constantFrom("Mon", "Tue", "Mon, Tue", "weekdays", "daily"),
    });
    const limits = fc.record({
      maxTasks: fc.constantFrom(1, 2),
      maxVisitsPerWeek: fc.constantFrom(undefined, 1, 2),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(needSpec, { minLength: 1, maxLength: 3 }),
        fc.array(offerSpec, { minLength: 1, maxLength: 5 }),
        fc.array(limits, { minLength: 3, maxLength: 3 }),
        async (needs, offers, people) => {
          const map = buildMap({
            settings: { startDate: "2026-12-07", endDate: "2026-12-13" },
            needs: needs.map((n, i) => ({ ...n, name: `Need ${i + 1}`, time: "any" })),
            offers: offers.map((o) => ({ ...o, time: "any", mode: "either" as const })),
            people: ["Ana", "Ben", "Cy"].map((name, i) => person(name, people[i], i + 2)),
          });
          const problem = buildProblem(map);
          const exact = bruteForce(problem);
          const best = await solveOptimum(problem);
          expect(best.status).toBe("optimum");
          expect(best.value).toBe(exact);
          expect(value(map, problem, best.holdings)).toBe(exact);

          const sheet = firstCome(map, problem);
          expect(value(map, problem, sheet)).toBeLessThanOrEqual(exact);

          // The large-network path: its plan is real and its bound is never below the optimum.
          const restricted = await solveOptimum(problem, { maxPairs: 0, starts: [sheet] });
          expect(value(map, problem, restricted.holdings)).toBe(restricted.value);
          expect(restricted.value).toBeLessThanOrEqual(exact);
          expect(restricted.bound).toBeGreaterThanOrEqual(exact);
          if (restricted.status === "optimum") expect(restricted.value).toBe(exact);
          expect(seatBound(problem)).toBeGreaterThanOrEqual(exact);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("solves a generated 10-helper network with a plan that breaks no rule", async () => {
    const map = generateNetwork(10, 1);
    expect(generateNetwork(10, 1)).toEqual(map);
    const problem = buildProblem(map);
    const best = await solveOptimum(problem);
    expect(best.status).toBe("optimum");
    expect(value(map, problem, best.holdings)).toBe(best.value);
    expect(value(map, problem, firstCome(map, problem))).toBeLessThanOrEqual(best.value);
  });
});

describe("measure", () => {
  it("catches excluded people, referrals and limits from the rows alone", () => {
    const map = buildMap({
      needs: [
        { name: "Dinner", type: "meals", days: "Mon, Tue", time: "any" },
        { name: "Lunch", type: "meals", days: "Mon", time: "any" },
        { name: "Physio plan", type: "meals", category: "professional", days: "Mon", time: "any" },
      ],
      offers: [
        { person: "Ana Ruiz", type: "meals", days: "daily", time: "any" },
        { person: "Tomas Vega", type: "meals", days: "daily", time: "any" },
      ],
      people: [
        person("Ana Ruiz", { maxTasks: 1, maxVisitsPerWeek: 1 }, 2),
        person("Tomas Vega", { status: { kind: "do not involve" } }, 3),
      ],
    });
    const problem = buildProblem(map);
    const at = (need: string, who: string, date: string, role: "primary" | "backup" = "primary") =>
      ({ need, person: who, role, date }) satisfies Holding;
    const m = measure(map, problem, [
      at("Dinner", "Ana Ruiz", "2026-12-07"),
      at("Dinner", "Ana Ruiz", "2026-12-08"),
      at("Lunch", "Ana Ruiz", "2026-12-07"),
      at("Lunch", "Ana Ruiz", "2026-12-07", "backup"),
      at("Dinner", "Tomas Vega", "2026-12-14"),
      at("Physio plan", "Ana Ruiz", "2026-12-14"),
    ]);
    const kinds = m.violations.map((v) => v.split(":")[0]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "EXCLUDED PERSON",
        "REFERRAL ASSIGNED",
        "PRIMARY IS ALSO BACKUP",
        "OVER TASK LIMIT",
        "OVER WEEKLY LIMIT",
      ]),
    );
    expect(m.overLimit).toBe(1);
    expect(m.maxTasksHeld).toBe(2);
    expect(m.maxVisitsPerWeek).toBe(3);
  });
});
