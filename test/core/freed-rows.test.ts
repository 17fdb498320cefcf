import type { Assignment, Role, SupportMap } from "../../src/core/model";
import { planSupport } from "../../src/core/planner";
import { buildMap } from "./build-map";
import { brokenRules } from "./hard-rules";

// Who takes a freed row. Cat walks the dog on Tuesdays and Thursdays (8 to 17 December) and
// drops out. A helper who can take the whole row takes it whole: one new row for one person,
// rather than Tuesdays for one and Thursdays for another, two people told of a change. And a
// helper who takes on dates keeps the row they had word for word, with the new dates beside it.

function row(
  need: string,
  who: string,
  daysText: string,
  timeText: string,
  [from, until]: [string, string],
  n: number,
  role: Role = "primary",
): Assignment {
  return {
    row: n,
    need,
    person: who,
    role,
    daysText,
    timeText,
    from,
    until,
    status: "confirmed",
    pinned: false,
    briefed: "2026-12-01T09:00:00.000Z",
  };
}

const dropCat = (map: SupportMap): SupportMap => ({
  ...map,
  people: map.people.map((p) => (p.name === "Cat" ? { ...p, status: { kind: "dropped" } } : p)),
});

const rowsOf = (rows: Assignment[], need: string) =>
  rows
    .filter((a) => a.need === need)
    .map((a) => `${a.person} ${a.role} ${a.daysText} ${a.from}..${a.until} ${a.status}`);

describe("a freed row", () => {
  // Ann could walk on Tuesdays only; Bob on Tuesdays and Thursdays, and he already shops on
  // Wednesdays, so slot by slot Ann (less to do) would get the Tuesdays and Bob the Thursdays.
  const network = (): SupportMap => {
    const map = buildMap({
      needs: [
        { name: "Walk", type: "pet care", days: "Tue, Thu", time: "evening" },
        { name: "Shopping", type: "errands", days: "Wed", time: "any" },
      ],
      offers: [
        { person: "Ann", type: "pet care", days: "Tue", time: "evening" },
        { person: "Bob", type: "pet care", days: "Tue, Thu", time: "evening" },
        { person: "Bob", type: "errands", days: "Wed", time: "any" },
        { person: "Cat", type: "pet care", days: "Tue, Thu", time: "evening" },
      ],
    });
    return {
      ...map,
      assignments: [
        row("Walk", "Cat", "Tue, Thu", "evening", ["2026-12-08", "2026-12-17"], 2),
        row("Shopping", "Bob", "Wed", "any", ["2026-12-09", "2026-12-16"], 3),
      ],
    };
  };

  it("goes whole to the one helper with room for all of it, not split between two", () => {
    const map = dropCat(network());
    const result = planSupport(map);
    expect(brokenRules(map, result)).toEqual([]);
    // Bob's Tuesdays and Thursdays are the dates Cat had (8, 10, 15, 17 December): one row.
    expect(rowsOf(result.assignments, "Walk")).toEqual([
      "Bob primary Tue, Thu 2026-12-08..2026-12-17 planned",
    ]);
    const walk = result.assignments.find((a) => a.need === "Walk");
    expect(walk && "occurrences" in walk ? walk.occurrences : []).toEqual([
      "2026-12-08",
      "2026-12-10",
      "2026-12-15",
      "2026-12-17",
    ]);
    // Ann hears nothing; Bob's shopping row is untouched.
    expect(result.assignments.filter((a) => a.person === "Ann")).toEqual([]);
    expect(rowsOf(result.assignments, "Shopping")).toEqual([
      "Bob primary Wed 2026-12-09..2026-12-16 confirmed",
    ]);
    expect(result.report.gaps).toEqual([]);
  });

  it("still goes to two when nobody can take all of it", () => {
    // Bob's week is full with the shopping and one walk: nobody has room for every date.
    const base = network();
    const map = dropCat({
      ...base,
      people: base.people.map((p) => (p.name === "Bob" ? { ...p, maxVisitsPerWeek: 2 } : p)),
    });
    const result = planSupport(map);
    expect(brokenRules(map, result)).toEqual([]);
    expect(rowsOf(result.assignments, "Walk")).toEqual([
      "Ann primary Tue 2026-12-08..2026-12-15 planned",
      "Bob primary Thu 2026-12-10..2026-12-17 planned",
    ]);
    expect(result.report.gaps).toEqual([]);
  });

  it("leaves the row a helper kept as it was, and adds the dates they take beside it", () => {
    // Cat walks on Tuesdays, Eve on Thursdays; Eve alone can take Cat's Tuesdays too.
    const map = buildMap({
      needs: [{ name: "Walk", type: "pet care", days: "Tue, Thu", time: "evening" }],
      offers: [
        { person: "Cat", type: "pet care", days: "Tue", time: "evening" },
        { person: "Eve", type: "pet care", days: "Tue, Thu", time: "evening" },
      ],
    });
    const before: SupportMap = {
      ...map,
      assignments: [
        row("Walk", "Cat", "Tue", "evening", ["2026-12-08", "2026-12-15"], 2),
        row("Walk", "Eve", "Thu", "evening", ["2026-12-10", "2026-12-17"], 3),
      ],
    };
    const after = dropCat(before);
    const result = planSupport(after);
    expect(brokenRules(after, result)).toEqual([]);
    // Not one rewritten "Tue, Thu" row: her Thursdays keep their Status and Briefed stamp.
    expect(rowsOf(result.assignments, "Walk")).toEqual([
      "Eve primary Tue 2026-12-08..2026-12-15 planned",
      "Eve primary Thu 2026-12-10..2026-12-17 confirmed",
    ]);
    const thursdays = result.assignments.find((a) => a.daysText === "Thu");
    expect(thursdays?.briefed).toBe("2026-12-01T09:00:00.000Z");
    expect(result.assignments.find((a) => a.daysText === "Tue")?.briefed).toBeUndefined();
  });
});
