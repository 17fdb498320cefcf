import * as z from "zod";
import type { SpreadsheetApi } from "../../gas/gas";
import { now } from "../platform/clock";
import { services } from "../platform/services";
import { clearUnreached, recordUnreached, unreached, type RunContext } from "./run-record";
import { DISPATCHER, spreadsheetOfTrigger } from "./scheduled-trigger";

// Where the hourly run finds its map. Bound to a spreadsheet (a copy of the template), the run has
// an active spreadsheet, a document lock and document properties. As an editor add-on, a timed
// trigger is attached to the script, not the document: there may be none of the three
// (https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
// https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(),
// https://github.com/mogsdad/SheetConverter/issues/2). Then the event's triggerUid leads to the
// spreadsheet id stored when the trigger was made, and the map is opened by id.
// A run that cannot reach its map never ends silently: it records why (Check setup and the panel
// show it) and emails the coordinator, once per reason.

const TimedEvent = z.object({ triggerUid: z.union([z.string(), z.number()]).optional() });

export interface RunMap {
  spreadsheet: SpreadsheetApi;
  context: RunContext;
  opened: "active" | "by id";
}

function tellCoordinator(reason: string, triggerUid: string): void {
  const before = unreached();
  const record = { at: now().toISOString(), triggerUid, reason, emailed: before?.emailed };
  if (before?.emailed !== reason) {
    try {
      const { session, mail } = services();
      const to = session.getEffectiveUser().getEmail();
      if (to && mail.getRemainingDailyQuota() > 0) {
        mail.sendEmail({
          to,
          subject: "Support Map: scheduled messages could not run",
          body:
            `The hourly run of Support Map's scheduled messages could not reach your support map, so no check-in, daily summary or alert went out.\n\n` +
            `${reason}\n\n` +
            `Open the map's spreadsheet and choose Support Map > Turn on scheduled messages again; Support Map > Check setup shows this too. You get this email once; the run keeps trying every hour.`,
          name: "Support Map",
        });
        record.emailed = reason;
      }
    } catch {
      // No email this time (no quota, no address): the record below still shows it.
    }
  }
  recordUnreached(record);
}

/** The map of this run, or undefined after recording why there is none. */
export function findRunMap(event: unknown): RunMap | undefined {
  const { spreadsheetApp, locks, properties, scriptApp } = services();
  const parsed = TimedEvent.safeParse(event ?? {});
  const triggerUid =
    parsed.success && parsed.data.triggerUid !== undefined ? String(parsed.data.triggerUid) : "";
  const active = spreadsheetApp.getActiveSpreadsheet();
  const context: RunContext = {
    activeSpreadsheet: !!active,
    documentLock: !!locks.getDocumentLock(),
    documentProperties: !!properties.getDocumentProperties(),
    listedByGetUserTriggers: null,
  };
  let spreadsheet = active;
  let opened: RunMap["opened"] = "active";
  if (!spreadsheet) {
    const id = triggerUid ? spreadsheetOfTrigger(triggerUid) : null;
    if (!id) {
      tellCoordinator(
        triggerUid
          ? `The run's trigger (${triggerUid}) is not one Support Map stored with a spreadsheet, and the run has no open spreadsheet to use instead.`
          : "The run came without a trigger id and without an open spreadsheet.",
        triggerUid,
      );
      return undefined;
    }
    try {
      spreadsheet = spreadsheetApp.openById(id);
      opened = "by id";
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      tellCoordinator(
        `The map's spreadsheet (id ${id}) could not be opened: ${text} It may have been deleted, or no longer be shared with you.`,
        triggerUid,
      );
      return undefined;
    }
  }
  try {
    context.listedByGetUserTriggers = scriptApp
      .getUserTriggers(spreadsheet)
      .some((t) => t.getHandlerFunction() === DISPATCHER && t.getUniqueId() === triggerUid);
  } catch {
    context.listedByGetUserTriggers = false;
  }
  clearUnreached(triggerUid);
  return { spreadsheet, context, opened };
}
