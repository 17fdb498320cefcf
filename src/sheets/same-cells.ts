import { cellText, isDate } from "./cells";

// Whether a grid about to be written holds what the sheet holds already, so the write can be
// left out. A Date read back stands for an ISO date that was written ("2026-12-07"): Sheets
// turns it into midnight of that day in the spreadsheet's time zone. Anything else must be
// exactly equal (an ISO instant stays text when written, so a Date is not the same cell): when
// in doubt the write happens, as it always did.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function sameCell(read: unknown, written: unknown, timeZone: string): boolean {
  if (read === written) return true;
  if (!isDate(read)) return false;
  if (isDate(written)) return read.getTime() === written.getTime();
  if (typeof written !== "string") return false;
  return ISO_DATE.test(written) && cellText(read, timeZone) === written;
}

export function sameGrid(
  read: readonly unknown[][],
  written: readonly unknown[][],
  timeZone: string,
): boolean {
  return (
    read.length === written.length &&
    read.every(
      (row, i) =>
        row.length === written[i].length &&
        row.every((cell, j) => sameCell(cell, written[i][j], timeZone)),
    )
  );
}
