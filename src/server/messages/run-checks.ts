import type { SetupCheck, SetupProblem } from "../setup/check-types";
import { localStamp } from "../../core/messages/zone";
import { lastRun, unreached } from "./run-record";

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

export const SCHEDULED_RUN_CHECK: SetupCheck = {
  name: "scheduled run",
  run({ read, map }): SetupProblem[] {
    return runProblems(read.spreadsheet.getId(), map.settings.timeZone);
  },
};
