import { localTime } from "../../core/messages/zone";
import type { SupportMap } from "../../core/model";
import type { MessagesState, Panel, SetupProblem } from "../../shared/panel-types";
import { TELL_WHAT_CHANGED_BUTTON } from "../../shared/send-questions";
import { SHEET_NAMES } from "../../sheets/columns";
import { INTAKE_ISSUES_SHEET, openIssueCount } from "../../sheets/intake-issues";
import { helpersToTell, type HelpersToTell } from "../messages/helpers-to-tell";
import { now } from "../platform/clock";
import { readFormConfig } from "../forms/form-config";
import type { MapSheets } from "../platform/map-sheets";
import { scheduledTrigger } from "../messages/scheduled-trigger";
import { runProblems } from "../messages/run-checks";
import { offerFormProblem } from "../forms/form-publish-check";
import { mapProperties } from "../platform/map-properties";
import { mailQuota } from "../messages/mail-budget";

// What the panel's "Helpers and messages" shows beside the map: offer form answers waiting on
// Intake issues, the offer form's link, whether scheduled messages are on, and what "Tell helpers
// what changed" would send. Built from the sheets the panel read anyway; beyond them it costs one
// read of the document properties for the form and one for the last briefs, once a brief has
// gone out one read of the hidden Sent calendar sheet, and one list of the triggers.

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

/** "To tell, 4 helpers: 3 get what changed, 1 a first brief." */
function tellText(t: HelpersToTell, scheduled: boolean): string {
  const parts = (
    [
      [t.whatChanged, "what changed"],
      [t.firstBriefs, "a first brief"],
      [t.waitingBriefs, "a brief the email quota held back"],
    ] as const
  ).filter(([k]) => k > 0);
  const n = t.whatChanged + t.firstBriefs + t.waitingBriefs;
  if (!n) return "Every helper's brief is up to date with their tasks.";
  const get = (k: number) => (k === 1 ? "gets" : "get");
  const said =
    parts.length === 1
      ? `To tell: ${plural(n, "helper")} ${get(n)} ${parts[0][1]}.`
      : `To tell, ${plural(n, "helper")}: ${parts.map(([k, what], i) => (i ? `${k} ${what}` : `${k} ${get(k)} ${what}`)).join(", ")}.`;
  const when =
    t.started && scheduled
      ? ` The hourly run sends these by itself within the hour; ${TELL_WHAT_CHANGED_BUTTON} sends them now.`
      : "";
  return said + when;
}

/**
 * After the coordinator's own Apply: who hears about it, and when (with a leading space, to
 * follow the Applied message). Nothing before the first briefs: until then nothing goes to
 * helpers by itself, and the panel says who has had none.
 */
export function afterApply(messages: MessagesState): string {
  if (!messages.briefsStarted) return "";
  const changed = messages.whatChanged ?? 0;
  const first = messages.firstBriefs ?? 0;
  const waiting = messages.waitingBriefs ?? 0;
  if (!changed && !first && !waiting)
    return " No helper's own tasks changed, so nobody is emailed.";
  const who = [
    ...(changed ? [`${plural(changed, "helper's", "helpers'")} tasks changed`] : []),
    ...(first
      ? [`${plural(first, "helper")} ${first === 1 ? "has" : "have"} had no brief yet`]
      : []),
    ...(waiting
      ? [`${plural(waiting, "brief")} ${waiting === 1 ? "waits" : "wait"} for email quota`]
      : []),
  ].join(", ");
  const what =
    first || waiting ? "they hear (what changed, or a whole brief)" : "they hear what changed";
  return messages.scheduled
    ? ` ${who}: ${what} within the hour, or now with ${TELL_WHAT_CHANGED_BUTTON}.`
    : ` ${who}: scheduled messages are off, so nothing goes until you press ${TELL_WHAT_CHANGED_BUTTON}.`;
}

/**
 * `map` holds the Assignments rows as they are on the sheet now (after Apply: as written), since
 * briefs are about what helpers were actually asked to do.
 */
export function helpersAndMessages(read: MapSheets, map: SupportMap): HelpersAndMessages {
  const open = openIssueCount(read.values[INTAKE_ISSUES_SHEET], read.timeZone);
  const form = readFormConfig();
  const today = localTime(now().getTime(), map.settings.timeZone).date;
  const tell = helpersToTell(map, today, mapProperties(read.spreadsheet), read.spreadsheet);
  const outOfDate = tell.whatChanged + tell.firstBriefs + tell.waitingBriefs;
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
      whatChanged: tell.whatChanged,
      firstBriefs: tell.firstBriefs,
      waitingBriefs: tell.waitingBriefs,
      briefsStarted: tell.started,
      text: tellText(tell, scheduled),
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
