import type { IsoDate, SheetError, SupportMap } from "../core/model";
import { cellText, DEFAULT_TIME_ZONE, isBlank, isBlankRow, isoDateIn } from "../sheets/cells";
import {
  columnFor,
  NEEDS_COLUMNS,
  NEEDS_SHEET,
  PEOPLE_SHEET,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  settingFor,
  SHEET_DEFS,
} from "../sheets/columns";
import { readMap } from "../sheets/read-map";
import { dialogPage, escapeHtml, htmlTable } from "./dialog-html";
import { readMapSheets, type MapSheets } from "./map-sheets";
import { now as clockNow } from "./clock";
import { activeSpreadsheet } from "./plan-sheets";
import { services } from "./services";

// "Check setup": everything that stops the map from working as the coordinator expects, each
// with where it is (sheet, row, column) and what to do. The same list, as plain data, serves
// the sidebar. Later features add their own checks (triggers, form answers) to SETUP_CHECKS.

export interface SetupProblem {
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  column?: string;
  message: string;
  severity: "error" | "warning";
}

/** What a check gets: the sheets as read once, and the map read from them. */
export interface SetupCheckContext {
  read: MapSheets;
  map: SupportMap;
  errors: SheetError[];
  /** Today in the map's time zone. */
  today: IsoDate;
}

export interface SetupCheck {
  /** Names the check in the message shown if it fails to run. */
  name: string;
  run(context: SetupCheckContext): SetupProblem[];
}

/** Checks added by other features (form trigger, dispatcher trigger, intake issues…). */
export const SETUP_CHECKS: SetupCheck[] = [];

const RUN_SET_UP = "Choose Support Map > Set up support map to add it.";

/** Every problem, errors first within each sheet, in the order of the sheets. */
export function setupProblems(read: MapSheets, now: Date = clockNow()): SetupProblem[] {
  const { map, errors } = readMap(read.values, {
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
    ...settingsProblems(read, map, today),
    ...peopleWithoutEmail(map),
    ...needsWithoutDates(read, map),
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
  return problems;
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

function settingsProblems(read: MapSheets, map: SupportMap, today: IsoDate): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const values = read.values[SETTINGS_SHEET];
  if (values && !values.every(isBlankRow)) {
    const labels = new Set(
      values.flatMap((r) => r.map((c) => settingFor(cellText(c, DEFAULT_TIME_ZONE))?.key)),
    );
    // Required rows (the dates) are reported by the reader, with what is used meanwhile.
    for (const s of SETTINGS_ROWS)
      if (!s.required && !labels.has(s.key))
        problems.push({
          sheet: SETTINGS_SHEET,
          column: s.label,
          message: `Settings has no "${s.label}" row, so its default is used. ${RUN_SET_UP}`,
          severity: "warning",
        });
  }
  const { endDate, timeZone } = map.settings;
  if (endDate < today)
    problems.push({
      sheet: SETTINGS_SHEET,
      column: "End date",
      message: `The End date, ${endDate}, is past (today is ${today}), so nothing more is planned. If support goes on, write a later End date.`,
      severity: "warning",
    });
  if (map.settings.paused)
    problems.push({
      sheet: SETTINGS_SHEET,
      column: "Map paused",
      message:
        "Map paused is yes: nothing new is planned and nothing is sent until you set it back to no.",
      severity: "warning",
    });
  if (timeZone !== read.timeZone)
    problems.push({
      sheet: SETTINGS_SHEET,
      column: "Time zone",
      message: `The Time zone on Settings is ${timeZone} but the spreadsheet's is ${read.timeZone} (File > Settings). Dates picked from the calendar may then be read a day off. Make them the same, or leave Time zone blank.`,
      severity: "warning",
    });
  return problems;
}

function peopleWithoutEmail(map: SupportMap): SetupProblem[] {
  return map.people
    .filter((p) => p.status.kind === "active" && !p.email)
    .map((p) => ({
      sheet: PEOPLE_SHEET,
      row: p.row,
      column: "Email",
      message: `${p.name} has no email, so they cannot be sent their brief. Write their email address.`,
      severity: "warning" as const,
    }));
}

/** Needs with a blank Start or End run on the map's dates: worth saying, not wrong. */
function needsWithoutDates(read: MapSheets, map: SupportMap): SetupProblem[] {
  const values = read.values[NEEDS_SHEET];
  if (!values || values.length < 2) return [];
  const at = (key: "start" | "end") =>
    values[0].findIndex(
      (h) => columnFor(NEEDS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === key,
    );
  const start = at("start");
  const end = at("end");
  const blank = (row: number, col: number) => col < 0 || isBlank(values[row - 1]?.[col]);
  const undated = map.needs.filter(
    (n) => n.status !== "done" && (blank(n.row, start) || blank(n.row, end)),
  );
  if (undated.length === 0) return [];
  const { startDate, endDate } = map.settings;
  const names = undated.map((n) => `${n.name} (row ${n.row})`);
  const one = undated.length === 1;
  return [
    {
      sheet: NEEDS_SHEET,
      ...(one && { row: undated[0].row }),
      column: "Start",
      message:
        `${names.join(", ")} ${one ? "has" : "have"} no Start or End date, so ${one ? "it runs" : "they run"} ` +
        `on the map's dates from Settings, ${startDate} to ${endDate}. Write dates on a need that runs for less time.`,
      severity: "warning",
    },
  ];
}

// ---- the dialog ---------------------------------------------------------------------------------

function where(p: SetupProblem): string {
  return [p.sheet, p.row !== undefined ? `row ${p.row}` : "", p.column ?? ""]
    .filter(Boolean)
    .join(", ");
}

/** The problems as a readable page; every text from the sheets is escaped. */
export function setupProblemsHtml(problems: SetupProblem[]): string {
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
  return dialogPage(`<p>${escapeHtml(summary)}</p>${htmlTable(["", "Where", "What to do"], rows)}`);
}

export function menuCheckSetup(): void {
  const problems = checkSetup();
  const { spreadsheetApp, html } = services();
  const ui = spreadsheetApp.getUi();
  if (problems.length === 0) {
    ui.alert(
      "Check setup",
      "All is well: every sheet, column and setting is in place, and every cell can be read.",
      ui.ButtonSet.OK,
    );
    return;
  }
  const page = html.createHtmlOutput(setupProblemsHtml(problems)).setWidth(720).setHeight(480);
  ui.showModalDialog(page, "Check setup");
}
