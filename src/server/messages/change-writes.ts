import type { Person } from "../../core/model";
import type { PlannedAssignment } from "../../core/plan-types";
import { nameKey } from "../../core/problem";
import { plannedRows } from "../../core/assignment-rows";
import type { SheetApi } from "../../gas/gas";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { outcomeColumn } from "../../sheets/changes-sheet";
import {
  ASSIGNMENTS_COLUMNS,
  ASSIGNMENTS_SHEET,
  columnFor,
  PEOPLE_COLUMNS,
  PEOPLE_SHEET,
} from "../../sheets/columns";
import { asText } from "../../sheets/write-assignments";
import { type MessageSession } from "./session";
import type { Addition, Pending, Plan } from "./change-plan";

// The sheet edits a reassessment makes: each a single write.

/** Appends rows to Assignments under its own headers: one write. */
export function appendAssignments(session: MessageSession, additions: Addition[]): void {
  if (!additions.length) return;
  const { settings } = session.map;
  const sheet = session.read.sheets[ASSIGNMENTS_SHEET];
  const values = session.read.values[ASSIGNMENTS_SHEET];
  if (!sheet || !values?.length) return;
  const index = new Map<string, number>();
  values[0].forEach((h, i) => {
    const col = columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  const width = values[0].length;
  const rows: unknown[][] = [];
  for (const a of additions) {
    const planned: PlannedAssignment[] = plannedRows(
      a.need,
      a.need.row,
      settings,
      a.person,
      a.role,
      [a.date],
    );
    for (const r of planned) {
      const row: unknown[] = Array<unknown>(width).fill("");
      const put = (key: string, v: string) => {
        const i = index.get(key);
        if (i !== undefined) row[i] = asText(v);
      };
      put("need", r.need);
      put("person", r.person);
      put("role", r.role);
      put("days", r.daysText);
      put("time", r.timeText);
      put("from", r.from);
      put("until", r.until);
      put("status", a.status);
      put("pinned", a.pinned ? "yes" : "no");
      rows.push(row);
    }
  }
  const start = sheet.getLastRow() + 1;
  const end = start + rows.length - 1;
  if (end > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), end - sheet.getMaxRows());
  sheet.getRange(start, 1, rows.length, width).setValues(rows);
}

/** Their "planned" rows become "confirmed": one write of the Status column. */
export function confirmRows(session: MessageSession, people: Person[]): void {
  const sheet = session.read.sheets[ASSIGNMENTS_SHEET];
  const values = session.read.values[ASSIGNMENTS_SHEET];
  if (!people.length || !sheet || !values?.length) return;
  const col = values[0].findIndex(
    (h) => columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === "status",
  );
  if (col < 0) return;
  const who = new Set(people.map((p) => nameKey(p.name)));
  const column = values.slice(1).map((r) => [r[col] ?? ""]);
  for (const a of session.map.assignments)
    if (who.has(nameKey(a.person)) && /^(planned)?$/i.test(a.status.trim()) && column[a.row - 2])
      column[a.row - 2][0] = "confirmed";
  sheet.getRange(2, col + 1, column.length, 1).setValues(column);
  session.read.values[ASSIGNMENTS_SHEET] = [
    values[0],
    ...values.slice(1).map((r, i) => {
      const copy = [...r];
      copy[col] = column[i][0];
      return copy;
    }),
  ];
}

export function writeStatuses(session: MessageSession, statuses: Plan["statuses"]): void {
  const sheet = session.read.sheets[PEOPLE_SHEET];
  const values = session.read.values[PEOPLE_SHEET];
  if (!sheet || !values?.length || !statuses.length) return;
  const col = values[0].findIndex(
    (h) => columnFor(PEOPLE_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === "status",
  );
  if (col < 0) return;
  for (const s of statuses) sheet.getRange(s.person.row, col + 1).setValue(s.status);
}

export function writeOutcomes(sheet: SheetApi, pending: Pending[]): void {
  if (!pending.length) return;
  const values = sheet.getDataRange().getValues();
  const col = outcomeColumn(values);
  const column = values.slice(1).map((r) => [r[col] ?? ""]);
  for (const p of pending) {
    const cell = column[p.row.row - 2];
    if (cell) cell[0] = asText(p.outcome.join(" ") || "Nothing to do.");
  }
  sheet.getRange(2, col + 1, column.length, 1).setValues(column);
}
