import { asText } from "../../sheets/write-assignments";
import type { SpreadsheetApi } from "../../gas/gas";

// Appends rows to a record-keeping sheet (Log, Check-ins) in one write, creating the sheet with
// its header the first time. Text is written literally: a subject or an answer that starts with
// "=" stays text.

export function appendRows(
  spreadsheet: SpreadsheetApi,
  name: string,
  headers: string[],
  rows: string[][],
): void {
  if (!rows.length) return;
  const existing = spreadsheet.getSheetByName(name);
  const sheet = existing ?? spreadsheet.insertSheet(name);
  const last = existing ? sheet.getLastRow() : 0;
  const values = (last === 0 ? [headers, ...rows] : rows).map((r) =>
    headers.map((_, i) => asText(r[i] ?? "")),
  );
  const start = last + 1;
  const end = start + values.length - 1;
  if (end > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), end - sheet.getMaxRows());
  sheet.getRange(start, 1, values.length, headers.length).setValues(values);
  if (last === 0) sheet.setFrozenRows(1);
}
