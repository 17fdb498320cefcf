import { eachDate, weekday } from "../../src/core/dates";
import type { PlanResult } from "../../src/core/plan-types";
import { planSupport } from "../../src/core/planner";
import { buildMap, person } from "./build-map";

// "One helper was primary three nights and backup the other three": tried as a new user
// would, two friends covering a nightly check were each on call nearly every night. Backups are
// now spread like primaries, and Settings › Max standby days per week caps the standby days.

const NIGHTS = {
  name: "Night check",
  type: "night",
  priority: "high" as const,
  days: "daily",
  time: "night",
};

function nightMap(options: { cap?: number; third?: boolean }) {
  return buildMap({
    settings: { maxStandbyDays: options.cap },
    needs: [
      NIGHTS,
      ...(options.third
        ? [{ name: "Groceries", type: "errands", days: "Sat", time: "afternoon" }]
        : []),
    ],
    offers: [
      { person: "Ana", type: "night", days: "daily", time: "night" },
      { person: "Ben", type: "night", days: "daily", time: "night" },
      ...(options.third
        ? [
            { person: "Cleo", type: "night", days: "daily", time: "night" },
            { person: "Cleo", type: "errands", days: "Sat", time: "afternoon" },
          ]
        : []),
    ],
    people: [
      person("Ana", { maxVisitsPerWeek: 3 }, 2),
      person("Ben", { maxVisitsPerWeek: 4 }, 3),
      ...(options.third ? [person("Cleo", { maxTasks: 1, maxVisitsPerWeek: 1 }, 4)] : []),
    ],
  });
}

/** Each helper's days on call (main or backup) in the week of Monday 7 December, counted by hand from the rows. */
function onCall(r: PlanResult, role?: "primary" | "backup"): Record<string, number> {
  const out: Record<string, Set<string>> = {};
  for (const a of r.assignments) {
    if (role && a.role !== role) continue;
    for (const d of eachDate(a.from, a.until)) {
      if (d > "2026-12-13" || !a.occurrences.includes(d)) continue;
      (out[a.person] ??= new Set()).add(d);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([p, s]) => [p, s.size]));
}

describe("standby load", () => {
  it("reproduces the problem without a cap: each of two helpers on call every night", () => {
    const r = planSupport(nightMap({}));
    expect(onCall(r, "primary")).toEqual({ Ana: 3, Ben: 4 });
    expect(onCall(r)).toEqual({ Ana: 7, Ben: 7 });
    const standby = Object.fromEntries(
      r.report.helpers.map((h) => [h.person, h.standbyDaysPerWeek]),
    );
    expect(standby).toEqual({ Ana: 4, Ben: 3 });
  });

  it("holds the Settings cap on standby days per week, and the report shows each helper's load", () => {
    const r = planSupport(nightMap({ cap: 2 }));
    const backups = onCall(r, "backup");
    expect(backups.Ana).toBeLessThanOrEqual(2);
    expect(backups.Ben).toBeLessThanOrEqual(2);
    for (const h of r.report.helpers) expect(h.standbyDaysPerWeek).toBeLessThanOrEqual(2);
    // Every week, not just the first.
    for (const a of r.assignments.filter((x) => x.role === "backup")) {
      const perWeek = new Map<string, number>();
      for (const d of a.occurrences) {
        const monday =
          [...eachDate("2026-12-07", "2026-12-20")]
            .filter((x) => weekday(x) === 1 && x <= d)
            .pop() ?? d;
        perWeek.set(monday, (perWeek.get(monday) ?? 0) + 1);
      }
      for (const n of perWeek.values()) expect(n).toBeLessThanOrEqual(2);
    }
    // Primaries are untouched by the cap.
    expect(onCall(r, "primary")).toEqual({ Ana: 3, Ben: 4 });
  });

  it("spreads backups to someone with an easier week", () => {
    const r = planSupport(nightMap({ third: true }));
    const backups = onCall(r, "backup");
    expect(backups.Cleo).toBeGreaterThan(0);
    // Counted by hand: Cleo's Saturday errand and two nights keep her week easy (3); then
    // the ceiling rises, Ana and Cleo one night each at 4, and again at 5. Nobody every night.
    expect(backups).toEqual({ Cleo: 5, Ana: 2 });
    expect(onCall(r)).toEqual({ Ana: 5, Ben: 4, Cleo: 5 });
    expect(r.report.helpers.find((h) => h.person === "Cleo")?.standbyDaysPerWeek).toBe(5);
  });
});
