import { changesText, planChanges, planId, whenText } from "../../src/server/plan/plan-diff";

// What a new plan changes against the Assignments sheet.

const row = (person: string, over: Partial<Parameters<typeof whenText>[0]> = {}) => ({
  need: "Morning dog walk",
  person,
  role: "primary" as const,
  daysText: "weekdays",
  timeText: "morning",
  from: "2026-12-07",
  until: "2026-12-18",
  pinned: false,
  ...over,
});

describe("planChanges", () => {
  test("the same rows are unchanged, whatever the case or spacing of names", () => {
    const changes = planChanges([row("Ana Ruiz")], [row("ana  ruiz")]);
    expect(changes).toEqual({ added: [], removed: [], moved: [], changed: [], unchanged: 1 });
  });

  test("a slot given to someone else is moved, not removed and added", () => {
    const changes = planChanges([row("Ana Ruiz")], [row("Kim Park")]);
    expect(changes.moved).toEqual([
      {
        need: "Morning dog walk",
        role: "primary",
        when: "weekdays, morning, Mon 7 Dec to Fri 18 Dec",
        from: "Ana Ruiz",
        to: "Kim Park",
      },
    ]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  test("a helper who takes over another's days: moved to them, and their own row changed", () => {
    const before = [
      row("Eli Cohen", { daysText: "Mon-Wed", from: "2026-12-07", until: "2026-12-16" }),
      row("Fatima Noor", { daysText: "Thu-Sat", from: "2026-12-10", until: "2026-12-19" }),
    ];
    const after = [
      row("Fatima Noor", { daysText: "Mon-Sat", from: "2026-12-07", until: "2026-12-19" }),
    ];
    expect(planChanges(before, after)).toEqual({
      added: [],
      removed: [],
      moved: [
        {
          need: "Morning dog walk",
          role: "primary",
          when: "Mon-Wed, morning, Mon 7 Dec to Wed 16 Dec",
          from: "Eli Cohen",
          to: "Fatima Noor",
        },
      ],
      changed: [
        {
          need: "Morning dog walk",
          person: "Fatima Noor",
          role: "primary",
          when: "Mon-Sat, morning, Mon 7 Dec to Sat 19 Dec",
          was: "Thu-Sat, morning, Thu 10 Dec to Sat 19 Dec",
        },
      ],
      unchanged: 0,
    });
  });

  test("a helper paused halfway keeps the first weekend; a newcomer takes the second", () => {
    const before = [
      row("Kim Park", { daysText: "Sat, Sun", from: "2026-12-12", until: "2026-12-20" }),
    ];
    const after = [
      row("Kim Park", { daysText: "Sat, Sun", from: "2026-12-12", until: "2026-12-13" }),
      row("Lena Ortiz", { daysText: "Sat", from: "2026-12-19", until: "2026-12-19" }),
    ];
    const changes = planChanges(before, after);
    expect(changes.changed.map((c) => [c.person, c.when, c.was])).toEqual([
      [
        "Kim Park",
        "Sat, Sun, morning, Sat 12 Dec to Sun 13 Dec",
        "Sat, Sun, morning, Sat 12 Dec to Sun 20 Dec",
      ],
    ]);
    expect(changes.added.map((c) => c.person)).toEqual(["Lena Ortiz"]);
    expect(changes.moved).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  test("another task is not a move", () => {
    expect(
      planChanges([row("Ana Ruiz")], [row("Ben Okafor", { need: "Evening dog walk" })]),
    ).toMatchObject({
      moved: [],
      changed: [],
      added: [{ person: "Ben Okafor" }],
      removed: [{ person: "Ana Ruiz" }],
    });
  });
});

describe("changesText and planId", () => {
  test("says what changes in a sentence", () => {
    expect(changesText({ added: 3, removed: 1, moved: 2, changed: 1, unchanged: 40 })).toBe(
      "3 added, 1 removed, 2 moved to someone else, 1 changed, 40 unchanged.",
    );
    expect(changesText({ added: 0, removed: 0, moved: 0, changed: 0, unchanged: 4 })).toBe(
      "No changes: all 4 assignments stay as they are.",
    );
  });

  test("names a plan by its rows, in any order", () => {
    const a = [row("Ana Ruiz"), row("Ben Okafor", { role: "backup" as const })];
    expect(planId(a)).toBe(planId([...a].reverse()));
    expect(planId(a)).not.toBe(planId([row("Ana Ruiz")]));
    expect(planId(a)).not.toBe(planId([row("Ana Ruiz", { pinned: true }), a[1]]));
  });
});
