import { CHECK_IN_QUESTIONS } from "../../core/messages/check-in";
import type { SheetApi } from "../../gas/gas";
import type { CheckInActedView, CheckInRef } from "../../shared/panel-types";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { readActed, withLine } from "../../sheets/check-in-acted";
import { PLAIN_TEXT } from "../../sheets/literal";
import {
  CHECK_IN_ACTED_HEADER,
  CHECK_IN_ACTED_NOTE,
  CHECK_IN_RESPONSE_ID,
} from "../../sheets/message-sheets";
import { PanelError } from "../platform/rpc";

// The Check-ins sheet's rows as the panel's actions need them: the whole of each answer (the list
// cuts long ones), the row's "Acted on" cell, and the row found again from what the panel showed,
// so an action never lands on another answer if the sheet was sorted or edited meanwhile.

export const WORKED = 0;
export const MISSING = 1;
export const NOT_HELPFUL = 2;

export interface CheckInLine {
  /** 1-based sheet row. */
  row: number;
  responseId: string;
  answered: string;
  /** The three answers, whole, as the sheet holds them. */
  answers: string[];
  acted: string;
}

export interface CheckInsTable {
  rows: CheckInLine[];
  /** The "Acted on" column (0-based), or -1 when the sheet has none yet. */
  actedCol: number;
  /** The header's width: where "Acted on" goes when it is added. */
  width: number;
}

/**
 * A cell's text with its line breaks (cellText makes one line of it), without the apostrophe an
 * older writer may have left before "=…".
 */
function textOf(value: unknown, timeZone: string): string {
  if (typeof value !== "string") return cellText(value, timeZone);
  return value.trim().replace(/^'(?=[=+\-@])/, "");
}

export function readCheckInsTable(
  values: unknown[][] | undefined,
  timeZone: string,
): CheckInsTable {
  const header = (values?.[0] ?? []).map((h) => cellText(h, DEFAULT_TIME_ZONE).toLowerCase());
  const col = (name: string, fallback: number) => {
    const i = header.indexOf(name.toLowerCase());
    return i >= 0 ? i : fallback;
  };
  const answered = col("Answered", 0);
  const checkInOf = col("Check-in of", 1);
  const asked = CHECK_IN_QUESTIONS.map((q, i) => col(q, 2 + i));
  const id = col(CHECK_IN_RESPONSE_ID, 2 + CHECK_IN_QUESTIONS.length);
  const actedCol = header.indexOf(CHECK_IN_ACTED_HEADER.toLowerCase());
  const rows = (values ?? []).slice(1).map((r, i) => ({
    row: i + 2,
    responseId: cellText(r[id], timeZone),
    answered: cellText(r[answered], timeZone),
    checkInOf: cellText(r[checkInOf], timeZone),
    answers: asked.map((at) => textOf(r[at], timeZone)),
    acted: actedCol >= 0 ? textOf(r[actedCol], timeZone) : "",
  }));
  let width = header.length;
  while (width > 0 && header[width - 1] === "") width -= 1;
  return { rows, actedCol, width };
}

export function actedView(line: Pick<CheckInLine, "acted">): CheckInActedView {
  return readActed(line.acted);
}

/** The row the panel showed: by its response id, else by its row and when it was answered. */
export function findCheckIn(table: CheckInsTable, ref: CheckInRef): CheckInLine {
  const found = ref.responseId
    ? table.rows.find((r) => r.responseId === ref.responseId)
    : table.rows.find((r) => r.row === ref.row && r.answered === ref.answered);
  if (!found)
    throw new PanelError(
      `That check-in answer (answered ${ref.answered || "at an unknown time"}) is no longer on row ${ref.row} of the Check-ins sheet, so nothing was done. Press "Load again" under Check-ins and try once more.`,
    );
  return found;
}

/** The key of one answer in message ids: its response id, or its row for a row typed by hand. */
export function answerKey(line: CheckInLine): string {
  return line.responseId || `row${line.row}`;
}

/**
 * Adds a line to the row's "Acted on" cell (adding the column at the end of the header the first
 * time): plain text, so the need's name stays as typed.
 */
export function recordActed(
  sheet: SheetApi,
  table: CheckInsTable,
  line: CheckInLine,
  text: string,
): CheckInActedView {
  let col = table.actedCol;
  if (col < 0) {
    col = table.width;
    if (col + 1 > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), col + 1 - sheet.getMaxColumns());
    const head = sheet.getRange(1, col + 1);
    head.setValue(CHECK_IN_ACTED_HEADER);
    head.setNote(CHECK_IN_ACTED_NOTE);
    table.actedCol = col;
  }
  const value = withLine(line.acted, text);
  const cell = sheet.getRange(line.row, col + 1);
  cell.setNumberFormat(PLAIN_TEXT);
  cell.setValue(value);
  line.acted = value;
  return readActed(value);
}
