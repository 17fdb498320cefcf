import type { SpreadsheetApi } from "../../gas/gas";
import { services } from "./services";

// The spreadsheet a run works on. Menu items, the sidebar and form-submit triggers have an active
// one; an add-on's timed trigger has none and opens the map by id (see messages/run-map.ts), then
// runs its work inside withSpreadsheet so that the same code finds it.

let current: SpreadsheetApi | null = null;

export const NO_SPREADSHEET =
  "Support Map has no spreadsheet to work on: this run was started outside one.";

/** The spreadsheet the coordinator has open, or the one this run opened by id. */
export function activeSpreadsheet(): SpreadsheetApi {
  if (current) return current;
  const ss = services().spreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error(NO_SPREADSHEET);
  return ss;
}

/** Runs `work` with `spreadsheet` as the active one. */
export function withSpreadsheet<T>(spreadsheet: SpreadsheetApi, work: () => T): T {
  const before = current;
  current = spreadsheet;
  try {
    return work();
  } finally {
    current = before;
  }
}
