import { coverageGrid } from "../../src/core/coverage-grid";
import type { PlanResult } from "../../src/core/plan-types";
import type { CellReading } from "../../src/core/readings";
import { syncChangeFormAfterPlan } from "../../src/server/forms/change-form-sync";
import { planFromSheets, type Planned } from "../../src/server/plan/plan";
import { now } from "../../src/server/platform/clock";
import { withDocumentLock } from "../../src/server/platform/lock";
import {
  ensureRows,
  padGrid,
  sheetFor,
  type MapSheets,
} from "../../src/server/platform/map-sheets";
import { isoDateIn } from "../../src/sheets/cells";
import {
  ASSIGNMENTS_SHEET,
  NEEDS_COLUMNS,
  NEEDS_SHEET,
  OFFERS_COLUMNS,
  OFFERS_SHEET,
  type ColumnDef,
} from "../../src/sheets/columns";
import {
  COVERAGE_COLUMNS,
  COVERAGE_SHEET,
  coverageSheet,
  NEED_COLOURS,
} from "../../src/sheets/coverage-values";
import { readAsCells } from "../../src/sheets/read-as";
import { assignmentsToValues } from "../../src/sheets/write-assignments";

// Plan's writes as they were before the calls were cut (commit b5187cb): every sheet written
// every time, whatever it held. The test compares the sheets this leaves with Plan's own.

export function referencePlan(): void {
  withDocumentLock(() => {
    const planned = planFromSheets();
    if (planned.map.settings.mapState === "closed") return;
    writeEverything(planned, now());
  });
}

function writeEverything({ read, map, result, readings }: Planned, at: Date): void {
  const assignments = sheetFor(read, ASSIGNMENTS_SHEET);
  const before = read.values[ASSIGNMENTS_SHEET] ?? [];
  const values = assignmentsToValues(before, result.assignments, { timeZone: read.timeZone });
  const grid = padGrid(values, before.length, before[0]?.length ?? 0);
  ensureRows(assignments, grid.length, before.length);
  assignments.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  syncChangeFormAfterPlan(read, grid, at);

  colourNeeds(read, result);
  writeReadAs(read, NEEDS_SHEET, NEEDS_COLUMNS, readings);
  writeReadAs(read, OFFERS_SHEET, OFFERS_COLUMNS, readings);

  const coverage = sheetFor(read, COVERAGE_SHEET);
  const title = `Support map${map.settings.supportedName ? ` for ${map.settings.supportedName}` : ""}: who does what, week by week`;
  const sheet = coverageSheet(
    coverageGrid(map, result),
    title,
    isoDateIn(at, map.settings.timeZone),
  );
  coverage.clear();
  ensureRows(coverage, sheet.values.length);
  coverage
    .getRange(1, 1, sheet.values.length, COVERAGE_COLUMNS)
    .setValues(sheet.values)
    .setBackgrounds(sheet.backgrounds)
    .setWrap(true)
    .setVerticalAlignment("top");
}

function writeReadAs(
  read: MapSheets,
  name: string,
  columns: readonly ColumnDef[],
  readings: readonly CellReading[],
): void {
  const sheet = read.sheets[name];
  const cells = readAsCells(read.values[name], columns, name, readings);
  if (!sheet || !cells || cells.cells.length === 0) return;
  sheet.getRange(2, cells.column, cells.cells.length, 1).setValues(cells.cells);
}

function colourNeeds(read: MapSheets, result: PlanResult): void {
  const sheet = read.sheets[NEEDS_SHEET];
  const values = read.values[NEEDS_SHEET];
  if (!sheet || !values || values.length < 2) return;
  const state = new Map(result.report.coverage.needs.map((n) => [n.needRow, n.state]));
  const width = values[0].length;
  const colours = values.slice(1).map((_, i) => {
    const s = state.get(i + 2);
    return Array<string | null>(width).fill(s ? NEED_COLOURS[s] : null);
  });
  sheet.getRange(2, 1, colours.length, width).setBackgrounds(colours);
}
