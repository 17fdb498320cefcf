import type { SetupCheck, SetupProblem } from "../setup/check-types";
import { mapProperties } from "../platform/map-properties";
import { CHANGE_RECORD_SHEET, changeRecordSavedAt } from "../../sheets/change-form-record";
import { readRecordSheet, recordProblem } from "./change-record";

// What Check setup says when the "Can't make it" form's codes and sections could not be saved on
// their hidden sheet: briefs to helpers without a code then went without the personal link.

export const CHANGE_RECORD_CHECK: SetupCheck = {
  name: "change form record",
  run({ read }): SetupProblem[] {
    const problem = recordProblem(mapProperties(read.spreadsheet));
    if (!problem) return [];
    const saved = changeRecordSavedAt(readRecordSheet(read.spreadsheet), read.timeZone);
    if (saved && saved >= problem.at) return [];
    return [
      {
        sheet: CHANGE_RECORD_SHEET,
        message: `The "Can't make it" form's codes could not be saved on the hidden ${CHANGE_RECORD_SHEET} sheet (${problem.at.slice(0, 16).replace("T", " ")} UTC: ${problem.message}), so briefs to helpers without a code went without the personal link. Make sure the sheet is not protected or deleted, then send briefs again.`,
        severity: "warning",
      },
    ];
  },
};
