import type { SetupCheck, SetupProblem } from "../setup/check-types";
import { SETTINGS_SHEET } from "../../sheets/columns";
import { scheduledTrigger } from "./scheduled-trigger";

// What Check setup says about messages: who they would go to, and whether anything sends them.

export const MESSAGES_CHECK: SetupCheck = {
  name: "messages",
  run({ read, map }): SetupProblem[] {
    const problems: SetupProblem[] = [];
    const { settings } = map;
    if (!settings.coordinatorEmail)
      problems.push({
        sheet: SETTINGS_SHEET,
        column: "Coordinator email",
        message:
          "Coordinator email is blank: briefs tell helpers to contact you, and alerts about gaps and copies of check-ins go there. Write your email address.",
        severity: "warning",
      });
    if (!settings.supportedEmail)
      problems.push({
        sheet: SETTINGS_SHEET,
        column: "Person supported's email",
        message: `Person supported's email is blank, so ${settings.supportedName || "the person supported"} gets no weekly check-in or daily summary. Leave it blank if they would rather not.`,
        severity: "warning",
      });
    const on = !!scheduledTrigger(read.spreadsheet);
    if (!on && !settings.paused)
      problems.push({
        message:
          "Scheduled messages are off: the weekly check-in, the daily summary and alerts about gaps only go out once you choose Support Map > Turn on scheduled messages.",
        severity: "warning",
      });
    return problems;
  },
};
