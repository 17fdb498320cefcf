import type { SetupCheck, SetupProblem } from "../setup/check-types";
import { localStamp } from "../../core/messages/zone";
import { now } from "../platform/clock";
import { lastRun, unreached } from "./run-record";
import { scheduledTrigger, triggerMadeAt } from "./scheduled-trigger";

// What Check setup says about the hourly run itself: a run that could not reach the map, and a
// last run that failed. The run writes these to the user's properties, which every run has.

export function runProblems(spreadsheetId: string, timeZone: string): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const lost = unreached();
  if (lost)
    problems.push({
      message: `The hourly run of scheduled messages could not reach a support map on ${localStamp(Date.parse(lost.at), timeZone)}, so nothing was sent: ${lost.reason} Choose Support Map > Turn on scheduled messages in this map to connect it again.`,
      severity: "error",
    });
  const last = lastRun(spreadsheetId);
  if (last && !last.ok)
    problems.push({
      message: `The last hourly run (${localStamp(Date.parse(last.at), timeZone)}) did not finish: ${last.outcome}`,
      severity: "error",
    });
  return problems;
}

/** Two hourly runs missed: Google fires an hourly trigger somewhere in each hour. */
const NEVER_RAN_AFTER_MS = 2 * 3600_000 + 15 * 60_000;

export const SCHEDULED_RUN_CHECK: SetupCheck = {
  name: "scheduled run",
  run({ read, map }): SetupProblem[] {
    const id = read.spreadsheet.getId();
    const problems = runProblems(id, map.settings.timeZone);
    const trigger = scheduledTrigger(read.spreadsheet);
    const made = trigger ? triggerMadeAt(trigger) : null;
    if (made && !lastRun(id) && now().getTime() - Date.parse(made) > NEVER_RAN_AFTER_MS)
      problems.push({
        message: `Scheduled messages were turned on at ${localStamp(Date.parse(made), map.settings.timeZone)}, but no hourly run has reached this map since, so nothing has been sent by itself. Look in Extensions > Apps Script > Executions for failed runs of runScheduledMessages, or turn scheduled messages on again.`,
        severity: "warning",
      });
    return problems;
  },
};
