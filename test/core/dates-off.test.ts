import { planSupport } from "../../src/core/planner";
import { buildMap } from "./build-map";

// Issue 12: a need can skip dates (a holiday, a day the person supported is away) without
// splitting its row, and a helper can say which dates they are away. The map runs Mon 7 Dec to
// Sun 20 Dec 2026; Wed 9 Dec and Wed 16 Dec are the Wednesdays.

describe("dates off", () => {
  test("a need that skips a date is one row, planned on every other date", () => {
    const map = buildMap({
      needs: [{ name: "Dinner", type: "meals", days: "Wed except 2026-12-09", time: "evening" }],
      offers: [{ person: "Ana", type: "meals", days: "daily", time: "evening" }],
    });
    const r = planSupport(map);
    const rows = r.assignments.filter((a) => a.need === "Dinner" && a.role === "primary");
    expect(rows.flatMap((a) => a.occurrences)).toEqual(["2026-12-16"]);
    expect(r.report.coverage.needs[0]).toMatchObject({ covered: 1, total: 1 });
  });

  test("a helper away on a date is not asked that date, and the gap says why", () => {
    const map = buildMap({
      needs: [{ name: "Dinner", type: "meals", days: "Wed", time: "evening" }],
      offers: [{ person: "Ana", type: "meals", days: "weekdays except 2026-12-16", time: "any" }],
    });
    const r = planSupport(map);
    const rows = r.assignments.filter((a) => a.need === "Dinner" && a.role === "primary");
    expect(rows.flatMap((a) => a.occurrences)).toEqual(["2026-12-09"]);
    expect(r.report.gaps.filter((g) => g.role === "primary").map((g) => g.occurrences)).toEqual([
      ["2026-12-16"],
    ]);
  });
});
