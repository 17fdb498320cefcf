import type { Assignment, SupportMap } from "../../src/core/model";
import { planSupport } from "../../src/core/planner";
import { buildMap, person } from "./build-map";
import { brokenRules } from "./hard-rules";

// A dropout moves only what it must: every seat someone else held stays theirs unless a visit
// of higher priority needed it. Hand-built: Cat walks the dog on Tuesdays and Thursdays and
// drops out. Eve can walk on Thursdays. On Tuesdays only Ann could, and Ann already cooks
// Monday's dinner, her one task; Bob could cook the dinner instead. Whether Ann moves depends
// on whether the walk is of higher priority than the dinner.

// Rows as the planner writes them: from the first date held to the last.
function row(
  need: string,
  who: string,
  daysText: string,
  timeText: string,
  [from, until]: [string, string],
  n: number,
): Assignment {
  return {
    row: n,
    need,
    person: who,
    role: "primary",
    daysText,
    timeText,
    from,
    until,
    status: "confirmed",
    pinned: false,
  };
}

function network(walk: "medium" | "high"): SupportMap {
  const map = buildMap({
    needs: [
      { name: "Dinner", type: "meals", priority: "medium", days: "Mon", time: "evening" },
      {
        name: "Walk",
        type: "pet care",
        priority: walk,
        backup: false,
        days: "Tue, Thu",
        time: "evening",
      },
      { name: "Shopping", type: "errands", priority: "medium", days: "Wed", time: "any" },
    ],
    offers: [
      { person: "Ann", type: "meals", days: "Mon", time: "evening" },
      { person: "Ann", type: "pet care", days: "Tue", time: "evening" },
      { person: "Bob", type: "meals", days: "Mon", time: "evening" },
      { person: "Cat", type: "pet care", days: "Tue, Thu", time: "evening" },
      { person: "Dan", type: "errands", days: "Wed", time: "any" },
      { person: "Eve", type: "pet care", days: "Thu", time: "evening" },
    ],
    people: [person("Ann", { maxTasks: 1 }, 2)],
  });
  return {
    ...map,
    assignments: [
      row("Dinner", "Ann", "Mon", "evening", ["2026-12-07", "2026-12-14"], 2),
      row("Walk", "Cat", "Tue, Thu", "evening", ["2026-12-08", "2026-12-17"], 3),
      row("Shopping", "Dan", "Wed", "any", ["2026-12-09", "2026-12-16"], 4),
    ],
  };
}

const dropCat = (map: SupportMap): SupportMap => ({
  ...map,
  people: map.people.map((p) => (p.name === "Cat" ? { ...p, status: { kind: "dropped" } } : p)),
});

const seatsOf = (rows: Assignment[], who: string) =>
  rows
    .filter((a) => a.person === who && a.role === "primary")
    .map((a) => `${a.need} ${a.daysText} ${a.from}..${a.until}`);

describe("a dropout moves only what it must", () => {
  it("re-planning an unchanged map keeps every row as it is", () => {
    const map = network("medium");
    const again = planSupport(map).assignments.filter((a) => a.role === "primary");
    expect(again.map((a) => [a.need, a.person, a.daysText, a.from, a.until])).toEqual(
      map.assignments.map((a) => [a.need, a.person, a.daysText, a.from, a.until]),
    );
  });

  it("fills the freed seats and moves nobody else for a visit of the same priority", () => {
    const map = dropCat(network("medium"));
    const result = planSupport(map);
    expect(brokenRules(map, result)).toEqual([]);
    // Ann and Dan keep exactly the rows they had; Bob is not handed Ann's dinner.
    expect(seatsOf(result.assignments, "Ann")).toEqual(["Dinner Mon 2026-12-07..2026-12-14"]);
    expect(seatsOf(result.assignments, "Dan")).toEqual(["Shopping Wed 2026-12-09..2026-12-16"]);
    expect(seatsOf(result.assignments, "Bob")).toEqual([]);
    expect(seatsOf(result.assignments, "Cat")).toEqual([]);
    // Eve takes the Thursdays she offered (10 and 17 December).
    const eve = result.assignments.filter((a) => a.person === "Eve");
    expect(eve.map((a) => [a.need, a.daysText, a.from, a.until])).toEqual([
      ["Walk", "Thu", "2026-12-10", "2026-12-17"],
    ]);
    // The Tuesdays stay open, with the reason: the only one who could is at their limit.
    const gap = result.report.gaps.find((g) => g.need === "Walk");
    expect(gap?.occurrences).toEqual(["2026-12-08", "2026-12-15"]);
    expect(gap?.reason).toBe("at-limit");
  });

  it("moves someone when a visit of higher priority needs them", () => {
    const map = dropCat(network("high"));
    const result = planSupport(map);
    expect(brokenRules(map, result)).toEqual([]);
    // The high-priority Tuesday walks need Ann; her dinner goes to Bob, who is free for it.
    expect(seatsOf(result.assignments, "Ann")).toEqual(["Walk Tue 2026-12-08..2026-12-15"]);
    expect(seatsOf(result.assignments, "Bob")).toEqual(["Dinner Mon 2026-12-07..2026-12-14"]);
    expect(seatsOf(result.assignments, "Eve")).toEqual(["Walk Thu 2026-12-10..2026-12-17"]);
    expect(seatsOf(result.assignments, "Dan")).toEqual(["Shopping Wed 2026-12-09..2026-12-16"]);
    expect(result.report.gaps).toEqual([]);
  });
});
