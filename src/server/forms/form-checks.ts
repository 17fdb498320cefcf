import { INTAKE_ISSUES_SHEET, openIssueCount } from "../../sheets/intake-issues";
import type { SetupCheck, SetupProblem } from "../setup/check-types";
import { readFormConfig } from "./form-config";
import { SUBMIT_HANDLER } from "./offer-form";
import { services } from "../platform/services";

// What Check setup says about the offer form: responses waiting on Intake issues, and a form
// whose answers would go nowhere because its trigger is gone.

export const INTAKE_ISSUES_CHECK: SetupCheck = {
  name: "form answers on Intake issues",
  run({ read }): SetupProblem[] {
    // The panel reads Intake issues with the map's sheets: no second read of it then.
    const values =
      INTAKE_ISSUES_SHEET in read.sheets
        ? read.values[INTAKE_ISSUES_SHEET]
        : read.spreadsheet.getSheetByName(INTAKE_ISSUES_SHEET)?.getDataRange().getValues();
    if (!values) return [];
    const open = openIssueCount(values, read.timeZone);
    if (open === 0) return [];
    return [
      {
        sheet: INTAKE_ISSUES_SHEET,
        message:
          `${open} form response${open > 1 ? "s" : ""} could not become a helper. Each row of ` +
          "the Intake issues sheet says why; set its Status to done once you have dealt with it.",
        severity: "warning",
      },
    ];
  },
};

export const OFFER_FORM_TRIGGER_CHECK: SetupCheck = {
  name: "the offer form's trigger",
  run({ read }): SetupProblem[] {
    if (!readFormConfig()) return [];
    const app = services().scriptApp;
    const ok = app
      .getUserTriggers(read.spreadsheet)
      .some(
        (t) =>
          t.getEventType() === app.EventType.ON_FORM_SUBMIT &&
          t.getHandlerFunction() === SUBMIT_HANDLER,
      );
    if (ok) return [];
    return [
      {
        message:
          "The offer form's answers are not being read as they arrive. Choose Support Map > " +
          "Refresh form to turn that back on, then Sync offers to catch up.",
        severity: "warning",
      },
    ];
  },
};
