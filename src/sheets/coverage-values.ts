import { cellText, GRID_ROWS, type GridWeek } from "../core/coverage-grid";
import { longDate, shortDate } from "../core/dates";
import type { CoverageState } from "../core/plan-types";
import { asText } from "./write-assignments";

// The Coverage sheet and the colours of the Needs rows, as values and backgrounds.

export const COVERAGE_SHEET = "Coverage";

export const CELL_COLOURS = {
  covered: "#d9ead3",
  "partly covered": "#fff2cc",
  gap: "#f4cccc",
  empty: null,
} as const;

/** Needs rows are coloured by how well the plan covers them. */
export const NEED_COLOURS: Record<CoverageState, string> = {
  "covered with backup": "#b7e1cd",
  covered: "#e6f4ea",
  "partly covered": "#fff2cc",
  gap: "#f4cccc",
  referral: "#e1d5f5",
};

const ROW_LABELS: Record<(typeof GRID_ROWS)[number], string> = {
  morning: "Morning",
  afternoon: "Afternoon",
  evening: "Evening",
  night: "Night (after 9 pm)",
  "any time": "Any time",
};

export const COVERAGE_COLUMNS = 8;

export interface CoverageSheet {
  values: string[][];
  backgrounds: (string | null)[][];
  /** Rows (1-based) that head a week, for bold text. */
  headerRows: number[];
}

export function coverageSheet(weeks: GridWeek[], title: string, plannedOn: string): CoverageSheet {
  const values: string[][] = [];
  const backgrounds: (string | null)[][] = [];
  const headerRows: number[] = [];
  const push = (row: string[], colours: (string | null)[] = []) => {
    values.push([...row, ...Array<string>(COVERAGE_COLUMNS - row.length).fill("")]);
    backgrounds.push([...colours, ...Array<null>(COVERAGE_COLUMNS - colours.length).fill(null)]);
  };
  push([asText(title), "", "", "", "", "", "", `Planned ${plannedOn}`]);
  push(
    ["Cells:", "Covered", "Partly covered", "Gap: nobody yet"],
    [null, CELL_COLOURS.covered, CELL_COLOURS["partly covered"], CELL_COLOURS.gap],
  );
  push(
    ["Needs rows:", "Covered with backup", "Covered", "Partly covered", "Gap", "Referral"],
    [
      null,
      NEED_COLOURS["covered with backup"],
      NEED_COLOURS.covered,
      NEED_COLOURS["partly covered"],
      NEED_COLOURS.gap,
      NEED_COLOURS.referral,
    ],
  );
  for (const week of weeks) {
    push([]);
    headerRows.push(values.length + 1);
    push([`Week of ${longDate(week.start)}`, ...week.days.map(shortDate)]);
    GRID_ROWS.forEach((row, r) => {
      const cells = week.cells[r];
      push(
        [ROW_LABELS[row], ...cells.map((c) => asText(cellText(c)))],
        [null, ...cells.map((c) => CELL_COLOURS[c.state])],
      );
    });
  }
  return { values, backgrounds, headerRows };
}
