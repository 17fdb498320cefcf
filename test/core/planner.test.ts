import { weekday } from "../../src/core/dates";
import type { SupportMap } from "../../src/core/model";
import type { PlannedAssignment, PlanResult } from "../../src/core/plan-types";
import { planSupport } from "../../src/core/planner";
import { buildMap, MARIA_MAP, offer, person } from "./build-map";

// The planner's rules one by one, on small maps written the way a coordinator would type them.

const primaries = (r: PlanResult, need: string) =>
  r.assignments.filter((a) => a.need === need && a.role === "primary");
const backups = (r: PlanResult, need: string) =>
  r.assignments.filter((a) => a.need === need && a.role === "backup");
const datesOf = (rows: PlannedAssignment[]) => rows.flatMap((a) => a.occurrences).sort();
const people = (rows: PlannedAssignment[]) => [...new Set(rows.map((a) => a.person))].sort();

describe("candidates", () => {
  it("only people whose offer covers the type, days, time, mode and dates", () => {
    const map = buildMap({
      needs: [{ name: "Dinner", type: "meals", days: "Tue", time: "evening" }],
      offers: [
        { person: "Wrong type", type: "rides", days: "daily", time: "any" },
        { person: "Wrong day", type: "meals", days: "Wed", time: "any" },
        { person: "Wrong time", type: "meals", days: "daily", time: "morning" },
        { person: "Remote only", type: "meals", days: "daily", time: "any", mode: "remote" },
        { person: "Too late", type: "meals", days: "daily", time: "any", from: "2026-12-16" },
        { person: "Fits", type: "Meal", days: "Tue", time: "18:00-20:00" },
      ],
    });
    const r = planSupport(map);
    expect(people(primaries(r, "Dinner"))).toEqual(["Fits"]);
  });

  it("an exact time needs the whole window; a period needs only part of it", () => {
    const map = buildMap({
      needs: [
        { name: "Ride", type: "rides", days: "once 2026-12-09", time: "10:30-13:00" },
        { name: "Errand", type: "errands", days: "once 2026-12-09", time: "afternoon" },
      ],
      offers: [
        { person: "Short", type: "rides", days: "daily", time: "11:00-13:00" },
        { person: "Part afternoon", type: "errands", days: "daily", time: "15:00-18:00" },
      ],
    });
    const r = planSupport(map);
    expect(primaries(r, "Ride")).toHaveLength(0);
    expect(r.report.gaps.find((g) => g.need === "Ride")?.reason).toBe("no-time");
    expect(people(primaries(r, "Errand"))).toEqual(["Part afternoon"]);
  });

  it("never plans an in-person visit in the quiet time, and says so when that is the gap", () => {
    const map = buildMap({
      settings: { quiet: "before 10:00", quietTimesText: "before 10:00" },
      needs: [
        { name: "Breakfast", type: "meals", days: "Mon", time: "08:00-09:00" },
        {
          name: "Morning call",
          type: "phone call",
          days: "Mon",
          time: "08:00-09:00",
          mode: "remote",
        },
        { name: "Walk", type: "pet care", days: "Mon", time: "morning" },
      ],
      offers: [
        { person: "Early cook", type: "meals", days: "daily", time: "morning" },
        {
          person: "Early caller",
          type: "phone call",
          days: "daily",
          time: "morning",
          mode: "remote",
        },
        { person: "Early walker", type: "pet care", days: "daily", time: "06:00-11:00" },
      ],
    });
    const r = planSupport(map);
    expect(primaries(r, "Breakfast")).toHaveLength(0);
    expect(r.report.gaps.find((g) => g.need === "Breakfast")?.reason).toBe("quiet-time");
    expect(people(primaries(r, "Morning call"))).toEqual(["Early caller"]);
    const walk = primaries(r, "Walk");
    expect(people(walk)).toEqual(["Early walker"]);
    expect(walk[0].timeText).toBe("10:00-12:00");
  });
});

describe("who may never be assigned", () => {
  it("skips paused, dropped and do-not-involve people, and never names the excluded", () => {
    const map = buildMap({
      needs: [{ name: "Walk", type: "pet care", days: "daily", time: "any", priority: "high" }],
      offers: [
        { person: "Paused", type: "pet care", days: "daily", time: "any" },
        { person: "Dropped", type: "pet care", days: "daily", time: "any" },
        { person: "Secret Brother", type: "pet care", days: "daily", time: "any" },
        { person: "Partly away", type: "pet care", days: "daily", time: "any" },
      ],
      people: [
        person("Paused", { status: { kind: "paused" } }),
        person("Dropped", { status: { kind: "dropped" } }),
        person("Secret Brother", { status: { kind: "do not involve" } }),
        person("Partly away", {
          status: { kind: "paused", from: "2026-12-10", until: "2026-12-20" },
        }),
      ],
    });
    const r = planSupport(map);
    expect(people(r.assignments)).toEqual(["Partly away"]);
    expect(datesOf(primaries(r, "Walk"))).toEqual(["2026-12-07", "2026-12-08", "2026-12-09"]);
    const text = JSON.stringify(r.report);
    expect(text).not.toContain("Secret Brother");
    expect(r.report.helpers.map((h) => h.person)).not.toContain("Secret Brother");
  });

  it("refers professional needs instead of giving them to a peer", () => {
    const map = buildMap({
      needs: [
        {
          name: "Physiotherapy plan",
          type: "physiotherapy",
          category: "professional",
          priority: "high",
          days: "once 2026-12-08",
          time: "any",
          mode: "either",
        },
      ],
      offers: [{ person: "Keen", type: "any", days: "daily", time: "any", mode: "either" }],
    });
    const r = planSupport(map);
    expect(r.assignments).toHaveLength(0);
    expect(r.report.referrals.map((x) => x.need)).toEqual(["Physiotherapy plan"]);
    expect(r.report.gaps).toHaveLength(0);
    expect(r.report.coverage.needs[0].state).toBe("referral");
  });
});

describe("backups", () => {
  it("gives every high-priority occurrence a backup who is not its primary", () => {
    const map = buildMap({
      needs: [{ name: "Ride", type: "rides", days: "Wed", time: "any", priority: "high" }],
      offers: [
        { person: "Driver A", type: "rides", days: "Wed", time: "any" },
        { person: "Driver B", type: "rides", days: "Wed", time: "any" },
      ],
    });
    const r = planSupport(map);
    const p = primaries(r, "Ride");
    const b = backups(r, "Ride");
    expect(datesOf(p)).toEqual(["2026-12-09", "2026-12-16"]);
    expect(datesOf(b)).toEqual(["2026-12-09", "2026-12-16"]);
    for (const d of datesOf(p)) {
      const prim = p.find((a) => a.occurrences.includes(d))?.person;
      const back = b.find((a) => a.occurrences.includes(d))?.person;
      expect(back).toBeDefined();
      expect(back).not.toBe(prim);
    }
    expect(r.report.coverage.needs[0].state).toBe("covered with backup");
  });

  it("prefers another helper to the backup-only coordinator, and reports a missing backup", () => {
    const map = buildMap({
      needs: [
        { name: "Ride", type: "rides", days: "Wed", time: "any", priority: "high" },
        { name: "Meds", type: "medical reminder", days: "Wed", time: "any", priority: "high" },
      ],
      offers: [
        { person: "Driver A", type: "rides", days: "Wed", time: "any" },
        { person: "Driver B", type: "rides", days: "Wed", time: "any" },
        { person: "Coordinator", type: "rides", days: "daily", time: "any", backupOnly: true },
        { person: "Reminder", type: "medical reminder", days: "daily", time: "any" },
      ],
    });
    const r = planSupport(map);
    expect(people(backups(r, "Ride"))).not.toContain("Coordinator");
    expect(backups(r, "Meds")).toHaveLength(0);
    const gap = r.report.gaps.find((g) => g.need === "Meds");
    expect(gap?.role).toBe("backup");
    expect(gap?.explanation).toMatch(/Nobody else who may be asked/);
  });

  it("backup roles do not count toward the task limit", () => {
    const map = buildMap({
      needs: [
        { name: "A", type: "x", days: "Mon", time: "any", priority: "high" },
        { name: "B", type: "x", days: "Tue", time: "any", priority: "high" },
        { name: "C", type: "x", days: "Wed", time: "any", priority: "high" },
      ],
      offers: [
        { person: "Busy", type: "x", days: "daily", time: "any" },
        { person: "Other", type: "x", days: "daily", time: "any" },
      ],
    });
    const r = planSupport(map);
    for (const h of r.report.helpers) expect(h.tasks).toBeLessThanOrEqual(2);
    const total = r.report.helpers.reduce((s, h) => s + h.backupRoles, 0);
    expect(total).toBeGreaterThanOrEqual(3);
  });
});

describe("limits", () => {
  it("holds nobody to more than Max tasks distinct needs, the Settings default when blank", () => {
    const map = buildMap({
      needs: ["A", "B", "C", "D"].map((n) => ({ name: n, type: "x", days: "Mon", time: "any" })),
      offers: [
        { person: "Eager", type: "x", days: "daily", time: "any" },
        { person: "One only", type: "x", days: "daily", time: "any" },
      ],
      people: [person("One only", { maxTasks: 1 })],
    });
    const r = planSupport(map);
    const load = Object.fromEntries(r.report.helpers.map((h) => [h.person, h.tasks]));
    expect(load).toEqual({ Eager: 2, "One only": 1 });
    expect(r.report.gaps.some((g) => g.reason === "at-limit")).toBe(true);
    expect(r.report.atLimit.sort()).toEqual(["Eager", "One only"]);
  });

  it("holds nobody to more visits a week than they said", () => {
    const map = buildMap({
      needs: [{ name: "Walk", type: "pet care", days: "daily", time: "any" }],
      offers: [
        { person: "Three a week", type: "pet care", days: "daily", time: "any" },
        { person: "Two a week", type: "pet care", days: "daily", time: "any" },
      ],
      people: [
        person("Three a week", { maxVisitsPerWeek: 3 }),
        person("Two a week", { maxVisitsPerWeek: 2 }),
      ],
    });
    const r = planSupport(map);
    for (const h of r.report.helpers)
      expect(h.visitsPerWeek).toBeLessThanOrEqual(h.maxVisitsPerWeek ?? 99);
    expect(r.report.coverage.needs[0].covered).toBe(10);
  });

  it("flags the over-eager helper and makes their surplus backup roles", () => {
    const map = buildMap({
      needs: [
        { name: "Dinner", type: "meals", days: "Tue", time: "evening", priority: "high" },
        { name: "Ride", type: "rides", days: "Wed", time: "any", priority: "high" },
        {
          name: "Call",
          type: "phone call",
          days: "Fri",
          time: "any",
          priority: "high",
          mode: "remote",
        },
      ],
      offers: [
        { person: "Rosa", type: "meals", days: "daily", time: "any" },
        { person: "Rosa", type: "rides", days: "daily", time: "any" },
        { person: "Rosa", type: "phone call", days: "daily", time: "any", mode: "either" },
        { person: "Cook", type: "meals", days: "daily", time: "any" },
        { person: "Driver", type: "rides", days: "daily", time: "any" },
        { person: "Caller", type: "phone call", days: "daily", time: "any", mode: "remote" },
      ],
    });
    const r = planSupport(map);
    expect(r.report.overEager).toEqual(["Rosa"]);
    const rosa = r.report.helpers.find((h) => h.person === "Rosa");
    expect(rosa?.tasks).toBeLessThanOrEqual(2);
    expect(rosa?.backupRoles).toBeGreaterThanOrEqual(1);
  });
});

describe("continuity and balance", () => {
  it("keeps the same person on the same weekday week after week and shares the load", () => {
    const r = planSupport(MARIA_MAP());
    const calls = primaries(r, "Call to vent (10 min)");
    expect(people(calls).length).toBeGreaterThanOrEqual(2);
    const byDay = new Map<number, Set<string>>();
    for (const a of calls)
      for (const d of a.occurrences)
        byDay.set(weekday(d), (byDay.get(weekday(d)) ?? new Set()).add(a.person));
    for (const holders of byDay.values()) expect(holders.size).toBe(1);
  });

  it("is deterministic", () => {
    expect(planSupport(MARIA_MAP())).toEqual(planSupport(MARIA_MAP()));
  });
});

describe("re-planning", () => {
  it("keeps pinned rows even when someone else would be chosen", () => {
    const map = buildMap({
      needs: [{ name: "Walk", type: "pet care", days: "Mon", time: "any" }],
      offers: [
        { person: "First", type: "pet care", days: "daily", time: "any" },
        { person: "Second", type: "pet care", days: "daily", time: "any" },
      ],
    });
    const fresh = planSupport(map);
    expect(people(fresh.assignments)).toEqual(["First"]);
    map.assignments = [
      {
        row: 2,
        need: "Walk",
        person: "Second",
        role: "primary",
        daysText: "Mon",
        timeText: "any",
        from: "2026-12-14",
        until: "2026-12-14",
        status: "confirmed",
        pinned: true,
      },
    ];
    const r = planSupport(map);
    const second = r.assignments.find((a) => a.person === "Second" && a.pinned);
    expect(second).toMatchObject({
      pinned: true,
      status: "confirmed",
      occurrences: ["2026-12-14"],
    });
    expect(datesOf(primaries(r, "Walk"))).toEqual(["2026-12-07", "2026-12-14"]);
  });

  it("does not put someone back on dates they declined", () => {
    const map = buildMap({
      needs: [{ name: "Walk", type: "pet care", days: "Mon", time: "any" }],
      offers: [
        { person: "First", type: "pet care", days: "daily", time: "any" },
        { person: "Second", type: "pet care", days: "daily", time: "any" },
      ],
    });
    map.assignments = [
      {
        row: 2,
        need: "Walk",
        person: "First",
        role: "primary",
        daysText: "Mon",
        timeText: "any",
        from: "2026-12-07",
        until: "2026-12-14",
        status: "declined",
        pinned: false,
      },
    ];
    const r = planSupport(map);
    expect(people(primaries(r, "Walk").filter((a) => a.status !== "declined"))).toEqual(["Second"]);
    expect(r.assignments.find((a) => a.status === "declined")?.person).toBe("First");
  });

  it("Maria's three steps: Kim closes the weekend gap, pauses, Lena and Marco step in", () => {
    const map = MARIA_MAP();
    const replan = (m: SupportMap) => {
      const r = planSupport(m);
      m.assignments = r.assignments.map((a, i) => ({ ...a, row: i + 2 }));
      return r;
    };
    const first = replan(map);
    const key = (a: PlannedAssignment) =>
      `${a.need}|${a.person}|${a.role}|${a.daysText}|${a.from}|${a.until}`;

    map.offers.push(
      offer({ person: "Kim Park", type: "pet care", days: "weekends", time: "any" }, 20),
    );
    map.people.push(person("Kim Park", { relationship: "neighbour" }));
    const step1 = replan(map);
    for (const a of first.assignments) expect(step1.assignments.map(key)).toContain(key(a));
    expect(step1.report.gaps.filter((g) => g.role === "primary")).toHaveLength(0);
    expect(step1.report.helpers.find((h) => h.person === "Kim Park")?.tasks).toBe(2);

    const kim = map.people.find((p) => p.name === "Kim Park");
    if (kim) kim.status = { kind: "paused", from: "2026-12-19" };
    const step2 = replan(map);
    const gaps2 = step2.report.gaps.filter((g) => g.role === "primary");
    expect(gaps2.flatMap((g) => g.occurrences).sort()).toEqual([
      "2026-12-19",
      "2026-12-19",
      "2026-12-20",
      "2026-12-20",
    ]);
    expect(datesOf(step2.assignments.filter((a) => a.person === "Kim Park"))).toEqual([
      "2026-12-12",
      "2026-12-12",
      "2026-12-13",
      "2026-12-13",
    ]);
    for (const need of ["Morning dog walk", "Evening dog walk"])
      expect(backups(step2, need).find((a) => a.occurrences.includes("2026-12-19"))?.person).toBe(
        "Priya Shah",
      );

    map.offers.push(
      offer(
        {
          person: "Lena Ortiz",
          type: "pet care",
          days: "Sat",
          time: "any",
          from: "2026-12-19",
          until: "2026-12-19",
        },
        21,
      ),
      offer(
        {
          person: "Marco Bianchi",
          type: "pet care",
          days: "Sun",
          time: "any",
          from: "2026-12-20",
          until: "2026-12-20",
        },
        22,
      ),
    );
    const step3 = replan(map);
    expect(step3.report.gaps.filter((g) => g.role === "primary")).toHaveLength(0);
    for (const a of step2.assignments) expect(step3.assignments.map(key)).toContain(key(a));
    expect(
      step3.assignments
        .filter((a) => !step2.assignments.map(key).includes(key(a)))
        .map((a) => a.person)
        .sort(),
    ).toEqual(["Lena Ortiz", "Lena Ortiz", "Marco Bianchi", "Marco Bianchi"]);
  });
});

describe("gap reasons", () => {
  const base = { needs: [{ name: "Walk", type: "pet care", days: "Sat", time: "morning" }] };
  const reason = (
    offers: Parameters<typeof buildMap>[0]["offers"],
    extra: Partial<Parameters<typeof buildMap>[0]> = {},
  ) => planSupport(buildMap({ ...base, offers, ...extra })).report.gaps[0]?.reason;

  it("names each reason", () => {
    expect(reason([{ person: "A", type: "meals", days: "daily", time: "any" }])).toBe("no-offer");
    expect(reason([{ person: "A", type: "pet care", days: "weekdays", time: "any" }])).toBe(
      "no-time",
    );
    expect(reason([{ person: "A", type: "pet care", days: "Sat", time: "evening" }])).toBe(
      "no-time",
    );
    expect(
      reason([{ person: "A", type: "pet care", days: "Sat", time: "any", mode: "remote" }]),
    ).toBe("mode");
    expect(
      reason([{ person: "A", type: "pet care", days: "Sat", time: "any", until: "2026-12-10" }]),
    ).toBe("outside-dates");
    expect(
      reason([{ person: "A", type: "pet care", days: "Sat", time: "any" }], {
        people: [person("A", { status: { kind: "do not involve" } })],
      }),
    ).toBe("excluded-only");
    expect(
      reason([{ person: "A", type: "pet care", days: "Sat", time: "08:00-09:00" }], {
        settings: { quiet: "before 10:00", quietTimesText: "before 10:00" },
      }),
    ).toBe("quiet-time");
    expect(
      reason([{ person: "A", type: "pet care", days: "Sat", time: "any" }], {
        people: [person("A", { maxTasks: 0 })],
      }),
    ).toBe("at-limit");
  });

  it("explains Maria's weekend walks without naming Tomas, and suggests who to ask for", () => {
    const r = planSupport(MARIA_MAP());
    const walks = r.report.gaps.filter((g) => g.need.endsWith("dog walk") && g.role === "primary");
    expect(walks).toHaveLength(2);
    for (const g of walks) {
      expect(g.explanation).toMatch(/^Nobody who may be asked offers pet care on weekends/);
      expect(g.suggestion).toMatch(/Ask for someone free weekends/);
      expect(g.explanation + g.suggestion + g.when).not.toContain("Tomas");
      expect(g.occurrences.map(weekday).every((d) => d >= 6)).toBe(true);
    }
    expect(r.report.unusedOffers.map((u) => [u.person, u.why])).toEqual([
      ["Gus Lindqvist", "Nobody needs meals."],
      ["Hana Sato", "Nobody needs rides."],
    ]);
  });
});
