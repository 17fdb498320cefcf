import { asText } from "../../sheets/write-assignments";
import type { SpreadsheetApi } from "../../gas/gas";

// Appends rows to a record-keeping sheet (Log, Check-ins) in one write, creating the sheet with
// its header the first time. Columns of text a person wrote are given the plain-text format
// before the write, so Sheets keeps the text exactly ("50%", "5 Jan", "=nothing" stay text, with
// no apostrophe); Sheets would otherwise convert it by the spreadsheet's locale
// (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)).
// Other columns (times) keep the automatic format, with "=…" made literal.

export const PLAIN_TEXT = "@";

/** Runs of adjacent column indexes: [[1, 4]] for columns 1 to 4. */
function runsOf(indexes: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

export function appendRows(
  spreadsheet: SpreadsheetApi,
  name: string,
  headers: string[],
  rows: string[][],
  textHeaders: readonly string[] = [],
): void {
  if (!rows.length) return;
  const existing = spreadsheet.getSheetByName(name);
  const sheet = existing ?? spreadsheet.insertSheet(name);
  const last = existing ? sheet.getLastRow() : 0;
  const plain = headers.map((h) => textHeaders.includes(h));
  const values = (last === 0 ? [headers, ...rows] : rows).map((r) =>
    headers.map((_, i) => (plain[i] ? (r[i] ?? "") : asText(r[i] ?? ""))),
  );
  const start = last + 1;
  const end = start + values.length - 1;
  if (end > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), end - sheet.getMaxRows());
  const indexes = plain.flatMap((p, i) => (p ? [i] : []));
  for (const [from, to] of runsOf(indexes))
    sheet.getRange(start, from + 1, values.length, to - from + 1).setNumberFormat(PLAIN_TEXT);
  sheet.getRange(start, 1, values.length, headers.length).setValues(values);
  if (last === 0) sheet.setFrozenRows(1);
}
