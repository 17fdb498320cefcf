import { services } from "./services";

/** The spreadsheet the coordinator has open (menu, sidebar and bound triggers). */
export function activeSpreadsheet() {
  return services().spreadsheetApp.getActiveSpreadsheet();
}
