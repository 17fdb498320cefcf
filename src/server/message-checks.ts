import { SETUP_CHECKS, type SetupProblem } from "./check-setup";
import { SETTINGS_SHEET } from "../sheets/columns";
import { DISPATCHER } from "./scheduled-messages";
import { services } from "./services";

// What Check setup says about messages: who they would go to, and whether anything sends them.
// Registered when scheduled-messages.ts loads; loading touches no Apps Script service.

SETUP_CHECKS.push({
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
    if (!settings.recipientEmail)
      problems.push({
        sheet: SETTINGS_SHEET,
        column: "Recipient email",
        message: `Recipient email is blank, so ${settings.recipientName || "the person you support"} gets no weekly check-in or daily summary. Leave it blank if they would rather not.`,
        severity: "warning",
      });
    const app = services().scriptApp;
    const on = app
      .getUserTriggers(read.spreadsheet)
      .some((t) => t.getHandlerFunction() === DISPATCHER);
    if (!on && !settings.paused)
      problems.push({
        message:
          "Scheduled messages are off: the weekly check-in, the daily summary and alerts about gaps only go out once you choose Support Map > Turn on scheduled messages.",
        severity: "warning",
      });
    return problems;
  },
});
