import { SETTINGS_SHEET } from "../../src/sheets/columns";
import type { Sheets } from "../messages/message-env";

// Settings rows for the map's life, added to a scenario's sheets as a coordinator would type them.

/** Sets a Settings row, adding it at the end when the sheet has none by that label. */
export function withSetting(sheets: Sheets, label: string, value: unknown): Sheets {
  const rows = sheets[SETTINGS_SHEET];
  const has = rows.some((r) => r[0] === label);
  return {
    ...sheets,
    [SETTINGS_SHEET]: has
      ? rows.map((r) => (r[0] === label ? [r[0], value] : r))
      : [...rows, [label, value]],
  };
}

export function withSettings(sheets: Sheets, rows: Record<string, unknown>): Sheets {
  return Object.entries(rows).reduce((s, [label, value]) => withSetting(s, label, value), sheets);
}

export const CRISIS = "Samaritans 116 123 (free, any time); emergency 911";
