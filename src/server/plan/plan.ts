import { coverageGrid } from "../../core/coverage-grid";
import type { SupportMap } from "../../core/model";
import type { PlanResult } from "../../core/plan-types";
import type { CellReading } from "../../core/readings";
import { planSupport } from "../../core/planner";
import {
  ASSIGNMENTS_SHEET,
  NEEDS_COLUMNS,
  NEEDS_SHEET,
  OFFERS_COLUMNS,
  OFFERS_SHEET,
  type ColumnDef,
} from "../../sheets/columns";
import { readAsCells } from "../../sheets/read-as";
import { sameGrid } from "../../sheets/same-cells";
import {
  COVERAGE_COLUMNS,
  COVERAGE_SHEET,
  coverageSheet,
  NEED_COLOURS,
} from "../../sheets/coverage-values";
import { readMap } from "../../sheets/read-map";
import { assignmentsToValues } from "../../sheets/write-assignments";
import { isoDateIn } from "../../sheets/cells";
import { syncChangeFormAfterPlan } from "../forms/change-form-sync";
import { now } from "../platform/clock";
import {
  padGrid,
  readMapSheets,
  sheetFor,
  writeRange,
  type MapSheets,
} from "../platform/map-sheets";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";

// Plan, as the menu and the sidebar run it: read every sheet once, plan in core, then write
// Assignments, the Needs colours, the Read as columns and the Coverage sheet once each. A write
// whose cells already hold what it would write is left out (compared with what was read), and
// no sheet is asked its size unless a write does not fit (calls: test/server/plan-calls.test.ts).

export interface Planned {
  read: MapSheets;
  map: SupportMap;
  result: PlanResult;
  /** How each Days and Time cell was read, to show beside what was typed. */
  readings: CellReading[];
}

export function planFromSheets(read: MapSheets = readMapSheets(activeSpreadsheet())): Planned {
  const { map, errors, readings } = readMap(read.values, {
    timeZone: read.timeZone,
    now: now(),
  });
  return { read, map, result: planSupport(map, { errors }), readings };
}

/** Writes a plan to the sheets. Each sheet gets one write of values (and one of colours). */
export function writePlan({ read, map, result, readings }: Planned, now: Date): void {
  const assignments = writeAssignments(read, result);
  syncChangeFormAfterPlan(read, assignments, now);

  colourNeeds(read, result);
  writeReadAs(read, NEEDS_SHEET, NEEDS_COLUMNS, readings);
  writeReadAs(read, OFFERS_SHEET, OFFERS_COLUMNS, readings);

  const coverage = sheetFor(read, COVERAGE_SHEET);
  const title = `Support map${map.settings.supportedName ? ` for ${map.settings.supportedName}` : ""}: who does what, week by week`;
  const sheet = coverageSheet(
    coverageGrid(map, result),
    title,
    isoDateIn(now, map.settings.timeZone),
  );
  // A sheet this run inserted is empty already.
  if (!read.inserted?.has(COVERAGE_SHEET)) coverage.clear();
  writeRange(
    coverage,
    { row: 1, column: 1, rows: sheet.values.length, columns: COVERAGE_COLUMNS },
    (range) =>
      range
        .setValues(sheet.values)
        .setBackgrounds(sheet.backgrounds)
        .setWrap(true)
        .setVerticalAlignment("top"),
  );
}

/**
 * Writes Assignments as planned, padded so one write also clears rows it no longer has: through
 * the range it was read from when the grid has the same shape, and not at all when every cell
 * already holds what the plan writes (a re-plan that moved nobody). Returns the grid.
 */
function writeAssignments(read: MapSheets, result: PlanResult): unknown[][] {
  const sheet = sheetFor(read, ASSIGNMENTS_SHEET);
  const before = read.values[ASSIGNMENTS_SHEET] ?? [];
  const values = assignmentsToValues(before, result.assignments, { timeZone: read.timeZone });
  const grid = padGrid(values, before.length, before[0]?.length ?? 0);
  if (sameGrid(before, grid, read.timeZone)) return grid;
  const readRange = read.ranges?.[ASSIGNMENTS_SHEET];
  if (readRange && grid.length === before.length && grid[0].length === before[0]?.length)
    readRange.setValues(grid);
  else
    writeRange(
      sheet,
      { row: 1, column: 1, rows: grid.length, columns: grid[0].length },
      (range) => range.setValues(grid),
      before.length,
    );
  return grid;
}

/**
 * Fills the sheet's Read as column, when it has one, in one write of the rows that change. Only
 * that column is written, never whole rows: the document lock keeps other runs out, not the
 * coordinator's typing, and a cell typed while Plan ran must not be put back as it was read.
 */
function writeReadAs(
  read: MapSheets,
  name: string,
  columns: readonly ColumnDef[],
  readings: readonly CellReading[],
): void {
  const sheet = read.sheets[name];
  const values = read.values[name];
  const cells = readAsCells(values, columns, name, readings);
  if (!sheet || !values || !cells || cells.cells.length === 0) return;
  const changed = cells.cells
    .map(([text], i) => (values[i + 1][cells.column - 1] === text ? -1 : i))
    .filter((i) => i >= 0);
  if (!changed.length) return;
  const first = changed[0];
  const rows = cells.cells.slice(first, changed[changed.length - 1] + 1);
  sheet.getRange(2 + first, cells.column, rows.length, 1).setValues(rows);
}

/** Each Needs row takes the colour of its coverage; rows the planner did not read stay white. */
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

export interface PlanSummary {
  coverage: number;
  gaps: number;
  errors: number;
  text: string;
}

export function summarise(result: PlanResult): PlanSummary {
  const { report } = result;
  const primaryGaps = report.gaps.filter((g) => g.role === "primary").length;
  const pct = Math.round(report.coverage.overall * 100);
  // Rows that cannot be read come first: the rest of the summary is only about what was read.
  const unreadNeeds = report.unread.filter((u) => u.sheet === "Needs").length;
  const unreadOther = report.unread.length - unreadNeeds;
  const parts = [
    ...(unreadNeeds ? [`${unreadNeeds} need${unreadNeeds > 1 ? "s" : ""} can't be read`] : []),
    ...(unreadOther
      ? [`${unreadOther} offer or person row${unreadOther > 1 ? "s" : ""} can't be read`]
      : []),
    `${pct}% of ${report.unread.length ? "the visits that can be read" : "visits"} covered`,
    primaryGaps ? `${primaryGaps} gap${primaryGaps > 1 ? "s" : ""}` : "no gaps",
  ];
  if (report.pinWarnings.length)
    parts.push(
      `${report.pinWarnings.length} pinned row${report.pinWarnings.length > 1 ? "s" : ""} no longer fit${report.pinWarnings.length > 1 ? "" : "s"}`,
    );
  if (report.referrals.length) parts.push(`${report.referrals.length} to refer to a professional`);
  if (report.errors.length)
    parts.push(
      `${report.errors.length} cell${report.errors.length > 1 ? "s" : ""} to fix (see Check setup)`,
    );
  return {
    coverage: report.coverage.overall,
    gaps: primaryGaps,
    errors: report.errors.length,
    text: parts.join(", ") + ".",
  };
}

export function runPlan(): PlanSummary {
  return withDocumentLock(() => {
    const planned = planFromSheets();
    // A closed map is archived: its Assignments stay as the record of what was done.
    if (planned.map.settings.mapState === "closed")
      return {
        ...summarise(planned.result),
        text: "The map is closed (Settings, Map state), so nothing was planned: its Assignments stay as they were.",
      };
    writePlan(planned, now());
    return summarise(planned.result);
  });
}

export function menuPlan(): void {
  const summary = runPlan();
  activeSpreadsheet().toast(summary.text, "Support Map: planned", 10);
}
