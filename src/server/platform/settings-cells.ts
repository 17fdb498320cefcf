import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import {
  SETTINGS_COLUMNS,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  columnFor,
  settingFor,
  type SettingKey,
} from "../../sheets/columns";
import type { SpreadsheetApi } from "../../gas/gas";

// Writes a few Settings values the add-on decides (Map state, a new End date): one read of the
// sheet, one write per changed row, a missing row added at the end with its label. The rows
// are found the way the reader finds them (the first row with that label or an alias).

export function writeSettings(
  spreadsheet: SpreadsheetApi,
  values: Partial<Record<SettingKey, string>>,
): void {
  const sheet =
    spreadsheet.getSheetByName(SETTINGS_SHEET) ?? spreadsheet.insertSheet(SETTINGS_SHEET);
  const grid = sheet.getDataRange().getValues();
  let labelCol = 0;
  let valueCol = 1;
  (grid[0] ?? []).forEach((h, i) => {
    const col = columnFor(SETTINGS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
    if (col?.key === "setting") labelCol = i;
    if (col?.key === "value") valueCol = i;
  });
  if (valueCol === labelCol) valueCol = labelCol + 1;
  const rowOf = new Map<SettingKey, number>();
  grid.forEach((r, i) => {
    const def = settingFor(cellText(r[labelCol], DEFAULT_TIME_ZONE));
    if (def && !rowOf.has(def.key)) rowOf.set(def.key, i + 1);
  });
  let next = Math.max(grid.length, 1) + 1;
  for (const [key, value] of Object.entries(values) as [SettingKey, string][]) {
    const row = rowOf.get(key);
    if (row) {
      sheet.getRange(row, valueCol + 1).setValue(value);
      continue;
    }
    const label = SETTINGS_ROWS.find((s) => s.key === key)?.label ?? key;
    const cells: unknown[] = [];
    cells[labelCol] = label;
    cells[valueCol] = value;
    const width = Math.max(labelCol, valueCol) + 1;
    sheet
      .getRange(next, 1, 1, width)
      .setValues([Array.from({ length: width }, (_, i) => cells[i] ?? "")]);
    next += 1;
  }
}
