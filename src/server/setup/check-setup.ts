import { cellText, DEFAULT_TIME_ZONE, isBlankRow, isoDateIn } from "../../sheets/cells";
import { columnFor, SETTINGS_SHEET, SHEET_DEFS } from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import { readingLines, readingWorthShowing, type CellReading } from "../../core/readings";
import { dialogPage, escapeHtml, htmlTable } from "../platform/dialog-html";
import { readMapSheets, type MapSheets } from "../platform/map-sheets";
import { now as clockNow } from "../platform/clock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { services } from "../platform/services";
import { SETUP_CHECKS } from "./check-list";
import { RUN_SET_UP, type SetupCheckContext, type SetupProblem } from "./check-types";

export type { SetupProblem } from "./check-types";
export { SETUP_CHECKS };

// "Check setup": everything that stops the map from working as the coordinator expects, each
// with where it is (sheet, row, column) and what to do. The same list, as plain data, serves
// the sidebar. The sheets' structure and unreadable cells come first; then every check in
// check-list.ts, in its order.

export interface SetupReport {
  problems: SetupProblem[];
  /** How each Days and Time cell was read, shown beside what was typed. */
  readings: CellReading[];
}

/** Every problem, errors first within each sheet, in the order of the sheets. */
export function setupProblems(read: MapSheets, now: Date = clockNow()): SetupProblem[] {
  return setupReport(read, now).problems;
}

/** Every problem, and how the Days and Time cells were read, from one reading of the map. */
export function setupReport(read: MapSheets, now: Date = clockNow()): SetupReport {
  const { map, errors, readings } = readMap(read.values, {
    timeZone: read.timeZone,
    today: isoDateIn(now, read.timeZone),
  });
  const today = isoDateIn(now, map.settings.timeZone);
  const structure = structureProblems(read);
  const covered = new Set(structure.map((p) => `${p.sheet}|${p.column ?? ""}`));
  const problems: SetupProblem[] = [
    ...structure,
    // A missing sheet or header is already listed above, with what to do about it.
    ...errors
      .filter(
        (e) =>
          !(e.row === 1 && (covered.has(`${e.sheet}|`) || covered.has(`${e.sheet}|${e.column}`))),
      )
      .map((e): SetupProblem => ({
        sheet: e.sheet,
        row: e.row,
        ...(e.column && { column: e.column }),
        message: e.message,
        severity: "error",
      })),
  ];
  const context: SetupCheckContext = { read, map, errors, today };
  for (const check of SETUP_CHECKS) {
    try {
      problems.push(...check.run(context));
    } catch (e) {
      problems.push({
        message: `Could not check ${check.name}: ${e instanceof Error ? e.message : String(e)}`,
        severity: "warning",
      });
    }
  }
  return { problems, readings };
}

/** The entry point the sidebar can call: reads the active spreadsheet. */
export function checkSetup(): SetupProblem[] {
  return setupProblems(readMapSheets(activeSpreadsheet()));
}

// ---- the checks -------------------------------------------------------------------------------

function structureProblems(read: MapSheets): SetupProblem[] {
  const problems: SetupProblem[] = [];
  for (const def of SHEET_DEFS) {
    const values = read.values[def.name];
    if (!read.sheets[def.name] || !values) {
      problems.push({
        sheet: def.name,
        message: `There is no ${def.name} sheet. ${RUN_SET_UP.replace("add it", "create it")}`,
        severity: "error",
      });
      continue;
    }
    if (def.name === SETTINGS_SHEET) continue;
    const empty = values.every(isBlankRow);
    const headers = empty ? [] : values[0].map((h) => cellText(h, DEFAULT_TIME_ZONE));
    const found = new Set(headers.map((h) => columnFor(def.columns, h)?.key));
    if (empty) {
      problems.push({
        sheet: def.name,
        row: 1,
        message: `The ${def.name} sheet is empty: it has no header row. ${RUN_SET_UP.replace("add it", "add the headers")}`,
        severity: "error",
      });
      continue;
    }
    for (const c of def.columns) {
      if (found.has(c.key)) continue;
      const blank = c.defaultText
        ? ` Until then every row counts as blank there (${c.defaultText}).`
        : "";
      problems.push({
        sheet: def.name,
        row: 1,
        column: c.header,
        message: c.required
          ? `The ${def.name} sheet has no "${c.header}" column, so none of its rows can be read. ${RUN_SET_UP.replace("add it", "add it at the end of the header row")}`
          : `The ${def.name} sheet has no "${c.header}" column.${blank} ${RUN_SET_UP.replace("add it", "add it at the end of the header row")}`,
        severity: c.required ? "error" : "warning",
      });
    }
  }
  return problems;
}

// ---- the dialog ---------------------------------------------------------------------------------

function where(p: SetupProblem): string {
  return [p.sheet, p.row !== undefined ? `row ${p.row}` : "", p.column ?? ""]
    .filter(Boolean)
    .join(", ");
}

/** How Days and Time cells were read, for the cells not written the add-on's own way. */
function readingsHtml(readings: CellReading[]): string {
  const lines = readingLines(readings);
  if (!readings.some(readingWorthShowing)) return "";
  return (
    "<h3>How Days and Time were read</h3><p>Check each reading against what was meant.</p>" +
    `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`
  );
}

/** The problems as a readable page; every text from the sheets is escaped. */
export function setupProblemsHtml(problems: SetupProblem[], readings: CellReading[] = []): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary =
    `${count(errors, "thing")} to fix and ${count(warnings, "thing")} to know. ` +
    "Fix a cell, then choose Check setup again.";
  const rows = [...problems]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
    .map((p) => [
      { html: `<span class="${p.severity}">${p.severity === "error" ? "Fix" : "Note"}</span>` },
      { html: `<span class="where">${escapeHtml(where(p) || "Map")}</span>` },
      p.message,
    ]);
  const table = problems.length
    ? `<p>${escapeHtml(summary)}</p>${htmlTable(["", "Where", "What to do"], rows)}`
    : `<p>${escapeHtml(ALL_WELL)}</p>`;
  return dialogPage(table + readingsHtml(readings));
}

const ALL_WELL =
  "All is well: every sheet, column and setting is in place, and every cell can be read.";

export function menuCheckSetup(): void {
  const { problems, readings } = setupReport(readMapSheets(activeSpreadsheet()));
  const { spreadsheetApp, html } = services();
  const ui = spreadsheetApp.getUi();
  if (problems.length === 0 && !readings.some(readingWorthShowing)) {
    ui.alert("Check setup", ALL_WELL, ui.ButtonSet.OK);
    return;
  }
  const page = html
    .createHtmlOutput(setupProblemsHtml(problems, readings))
    .setWidth(720)
    .setHeight(480);
  ui.showModalDialog(page, "Check setup");
}
