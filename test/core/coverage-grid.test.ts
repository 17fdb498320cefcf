import { cellText, coverageGrid, GRID_ROWS } from "../../src/core/coverage-grid";
import { planSupport } from "../../src/core/planner";
import { MARIA_MAP } from "./build-map";

describe("coverage grid", () => {
  const map = MARIA_MAP();
  const plan = planSupport(map);
  const weeks = coverageGrid(map, plan);
  const cell = (week: number, row: string, day: number) =>
    weeks[week].cells[GRID_ROWS.indexOf(row as (typeof GRID_ROWS)[number])][day];

  it("has one week per week of the map, Monday first", () => {
    expect(weeks.map((w) => w.start)).toEqual(["2026-12-07", "2026-12-14"]);
    expect(weeks[0].days[6]).toBe("2026-12-13");
  });

  it("names who does what, with the backup", () => {
    const monday = cell(0, "morning", 0);
    expect(monday.state).toBe("covered");
    expect(cellText(monday)).toBe("Morning dog walk: Ana Ruiz (backup Priya Shah)");
    expect(cellText(cell(0, "any time", 2))).toContain(
      "Cover the client report: Dev Patel (backup Priya Shah)",
    );
  });

  it("marks the weekend walks as gaps", () => {
    const saturday = cell(0, "morning", 5);
    expect(saturday.state).toBe("gap");
    expect(cellText(saturday)).toBe("Morning dog walk: NOBODY YET (backup Priya Shah)");
    expect(cell(1, "evening", 6).state).toBe("gap");
  });

  it("leaves empty cells empty", () => {
    expect(cell(0, "night", 0).state).toBe("empty");
    expect(cellText(cell(0, "night", 0))).toBe("");
  });
});
