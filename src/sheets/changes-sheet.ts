import { cellText, DEFAULT_TIME_ZONE } from "./cells";

// The Changes sheet: what helpers said through their "Can't make it, or need to swap?" link,
// one row each, and what the add-on did about it (Outcome). A row the coordinator types by
// hand (Helper, Request, Dates) is handled the same way on the next hourly run.

export const CHANGES_SHEET = "Changes";
export const CHANGES_HEADERS = [
  "Received",
  "Helper",
  "Request",
  "Dates",
  "Note",
  "Outcome",
  "Response id",
];

export interface ChangeRow {
  /** 1-based sheet row. */
  row: number;
  received: string;
  helper: string;
  request: string;
  dates: string;
  note: string;
  outcome: string;
  responseId: string;
}

/** The sheet's rows, its columns found by header (the sheet's own order when one is missing). */
export function readChangeRows(values: unknown[][] | undefined, timeZone: string): ChangeRow[] {
  if (!values || values.length < 2) return [];
  const header = values[0].map((h) => cellText(h, DEFAULT_TIME_ZONE).toLowerCase());
  const col = (name: string) => {
    const i = header.indexOf(name.toLowerCase());
    return i >= 0 ? i : CHANGES_HEADERS.indexOf(name);
  };
  return values
    .slice(1)
    .map((r, i) => ({
      row: i + 2,
      received: cellText(r[col("Received")], timeZone),
      helper: cellText(r[col("Helper")], timeZone),
      request: cellText(r[col("Request")], timeZone),
      dates: cellText(r[col("Dates")], timeZone),
      note: cellText(r[col("Note")], timeZone),
      outcome: cellText(r[col("Outcome")], timeZone),
      responseId: cellText(r[col("Response id")], timeZone),
    }))
    .filter((r) => r.helper || r.request || r.responseId);
}

/** The Outcome column's index (0-based) in this sheet. */
export function outcomeColumn(values: unknown[][]): number {
  const header = (values[0] ?? []).map((h) => cellText(h, DEFAULT_TIME_ZONE).toLowerCase());
  const i = header.indexOf("outcome");
  return i >= 0 ? i : CHANGES_HEADERS.indexOf("Outcome");
}
