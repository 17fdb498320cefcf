import { cellText, DEFAULT_TIME_ZONE, isBlank, isBlankRow } from "../../sheets/cells";
import {
  columnFor,
  NEEDS_COLUMNS,
  NEEDS_SHEET,
  PEOPLE_SHEET,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  settingFor,
} from "../../sheets/columns";
import {
  RUN_SET_UP,
  type SetupCheck,
  type SetupCheckContext,
  type SetupProblem,
} from "./check-types";

// Check setup's look at the map itself: settings, people without an email, needs on the map's
// dates.

export const SETTINGS_CHECK: SetupCheck = { name: "Settings", run: settingsProblems };
export const PEOPLE_EMAIL_CHECK: SetupCheck = { name: "people's emails", run: peopleWithoutEmail };
export const NEED_DATES_CHECK: SetupCheck = { name: "needs' dates", run: needsWithoutDates };

function settingsProblems({ read, map, today }: SetupCheckContext): SetupProblem[] {
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
          message:
            s.key === "mapState"
              ? `Settings has no "${s.label}" row, so the map counts as active. ${RUN_SET_UP}`
              : s.absentValue !== undefined
                ? `Settings has no "${s.label}" row, so it counts as "${s.absentValue}". ${RUN_SET_UP}`
                : `Settings has no "${s.label}" row, so its default is used. ${RUN_SET_UP}`,
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
  if (map.settings.mapState === "closed")
    problems.push({
      sheet: SETTINGS_SHEET,
      column: "Map state",
      message: "The map is closed: nothing is sent and its forms accept no answers.",
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

function peopleWithoutEmail({ map }: SetupCheckContext): SetupProblem[] {
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

/** Needs with a blank From or Until run on the map's dates: worth saying, not wrong. */
function needsWithoutDates({ read, map }: SetupCheckContext): SetupProblem[] {
  const values = read.values[NEEDS_SHEET];
  if (!values || values.length < 2) return [];
  const at = (key: "from" | "until") =>
    values[0].findIndex(
      (h) => columnFor(NEEDS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === key,
    );
  const start = at("from");
  const end = at("until");
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
      column: "From",
      message:
        `${names.join(", ")} ${one ? "has" : "have"} no From or Until date, so ${one ? "it runs" : "they run"} ` +
        `on the map's dates from Settings, ${startDate} to ${endDate}. Write dates on a need that runs for less time.`,
      severity: "warning",
    },
  ];
}
