import { localTime } from "../../core/messages/zone";
import type { SupportMap } from "../../core/model";
import type { Panel, SetupProblem } from "../../shared/panel-types";
import { SHEET_NAMES } from "../../sheets/columns";
import { INTAKE_ISSUES_SHEET, openIssueCount } from "../../sheets/intake-issues";
import { briefsOutOfDate } from "../messages/briefs";
import { now } from "../platform/clock";
import { readFormConfig } from "../forms/form-config";
import type { MapSheets } from "../platform/map-sheets";
import { scheduledTrigger } from "../messages/scheduled-trigger";
import { runProblems } from "../messages/run-checks";
import { offerFormProblem } from "../forms/form-publish-check";
import { mapProperties } from "../platform/map-properties";
import { mailQuota } from "../messages/mail-budget";

// What the panel's "Helpers and messages" shows beside the map: offer form answers waiting on
// Intake issues, the offer form's link, whether scheduled messages are on, and how many helpers'
// briefs are out of date. Built from the sheets the panel read anyway; beyond them it costs one
// read of the document properties for the form and one for the last briefs, and one list of
// the triggers.

/** The sheets the panel reads, each once: the map's, and Intake issues for its count. */
export const PANEL_SHEETS: readonly string[] = [...SHEET_NAMES, INTAKE_ISSUES_SHEET];

export type HelpersAndMessages = Pick<Panel, "intake" | "offerForm" | "messages">;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function intakeText(open: number): string {
  if (!open) return "";
  return (
    `${plural(open, "form response")} could not become a helper. Look at the Intake issues ` +
    "sheet: each row says why. Set its Status to done once you have dealt with it."
  );
}

function briefsText(outOfDate: number): string {
  if (!outOfDate) return "Every helper's brief is up to date with their tasks.";
  return `Briefs out of date: ${plural(outOfDate, "helper")} (tasks changed since their last brief, or never briefed).`;
}

/**
 * `map` holds the Assignments rows as they are on the sheet now (after Apply: as written), since
 * briefs are about what helpers were actually asked to do.
 */
export function helpersAndMessages(read: MapSheets, map: SupportMap): HelpersAndMessages {
  const open = openIssueCount(read.values[INTAKE_ISSUES_SHEET], read.timeZone);
  const form = readFormConfig();
  const today = localTime(now().getTime(), map.settings.timeZone).date;
  const outOfDate = briefsOutOfDate(map, today, mapProperties(read.spreadsheet));
  const scheduled = !!scheduledTrigger(read.spreadsheet);
  const formProblem = form ? offerFormProblem() : undefined;
  const problem = runProblems(read.spreadsheet.getId(), map.settings.timeZone)
    .map((p) => p.message)
    .join(" ");
  return {
    intake: { open, text: intakeText(open) },
    offerForm: {
      exists: !!form,
      url: form?.url ?? "",
      editUrl: form?.editUrl ?? "",
      ...(formProblem ? { problem: formProblem } : {}),
    },
    messages: {
      scheduled,
      briefsOutOfDate: outOfDate,
      text: briefsText(outOfDate),
      ...(problem ? { problem } : {}),
      // The quota is about scheduled emails: shown once they are on.
      ...(scheduled ? { quota: mailQuota(map, today) } : {}),
    },
  };
}

/** Check setup's own line about Intake issues: the panel shows the count in its place. */
export function withoutIntake(setup: SetupProblem[]): SetupProblem[] {
  return setup.filter((p) => p.where !== INTAKE_ISSUES_SHEET);
}
