import { longDate } from "../../core/dates";
import { email, paragraph } from "../../core/messages/html";
import { countedUntil, helpersDone, thanksDraft } from "../../core/messages/thanks";
import { localStamp } from "../../core/messages/zone";
import { nameKey } from "../../core/problem";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { NEEDS_COLUMNS, NEEDS_SHEET, columnFor } from "../../sheets/columns";
import { THANKS_HEADERS, THANKS_SHEET } from "../../sheets/thanks-sheet";
import type { ClearDetailsArgs, ExtendArgs } from "../../shared/contract";
import type { MapEndResult } from "../../shared/panel-types";
import { changeFormsToRead, openChangeForm, readChangeFormConfig } from "../forms/change-form";
import { readFormConfig } from "../forms/form-config";
import { checkInForm } from "../forms/check-in-form";
import { briefHelpers } from "../messages/briefs";
import { forgetDeletedTriggers, scheduledTrigger } from "../messages/scheduled-trigger";
import { closeSession, openSession, type MessageSession } from "../messages/session";
import { appendRows } from "../platform/append-rows";
import { withDocumentLock } from "../platform/lock";
import { answer } from "../platform/rpc";
import { formApp, services } from "../platform/services";
import { writeSettings } from "../platform/settings-cells";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { runPlan } from "../plan/plan";

// The end of the map (the guide: an end date from the start, then extend or close). Extend
// moves the End date, re-plans and tells only the helpers whose tasks changed what changed. Close stops
// everything that reaches people by itself (the hourly trigger, the offer, check-in and change forms), drafts each
// helper's thank-you for the coordinator to edit, and archives the map (Map state: closed),
// which every sender and the activation step respect. Details are cleared only on request.

const result = (done: boolean, message: string): MapEndResult => ({ done, message });

/** A new end date, a re-plan for the extra weeks, and "what changed" to whom it concerns. */
export function extendMapTo(endDate: string): MapEndResult {
  const before = withDocumentLock(() => {
    const session = openSession();
    const { settings } = session.map;
    if (settings.mapState === "closed")
      return "The map is closed, so it cannot be extended. To support them again, start a new map.";
    if (endDate <= settings.endDate)
      return `The new end date must come after the current one, ${longDate(settings.endDate)}.`;
    writeSettings(session.read.spreadsheet, { endDate });
    services().spreadsheetApp.flush();
    return "";
  });
  if (before) return result(false, before);
  const plan = runPlan();
  const briefs = withDocumentLock(() => {
    const session = openSession();
    try {
      if (session.map.settings.mapState === "prepared") return undefined;
      return briefHelpers(session, "changed");
    } finally {
      closeSession(session);
    }
  });
  const sent = briefs
    ? ` Briefs: ${briefs.text}`
    : " The map is not active yet, so no briefs were sent.";
  return result(
    true,
    `The map now ends on ${longDate(endDate)}. Planned again: ${plan.text}${sent}`,
  );
}

function closeForms(session: MessageSession): number {
  let closed = 0;
  const form = checkInForm(session, false);
  if (form) {
    form.setAcceptingResponses(false);
    closed += 1;
  }
  const config = readFormConfig();
  if (config) {
    try {
      formApp().openById(config.formId).setAcceptingResponses(false);
      closed += 1;
    } catch {
      // Deleted from Drive already: nothing left to close.
    }
  }
  // The "Can't make it" form is linked from every brief: after closing, an answer there would
  // reach nobody, so it stops taking them too.
  // Older ones (made before each helper's dates could be ticked) still open from older briefs.
  const changeConfig = readChangeFormConfig(session);
  for (const ref of changeConfig ? changeFormsToRead(changeConfig) : []) {
    const changeForm = openChangeForm(ref);
    if (!changeForm) continue;
    try {
      changeForm.setAcceptingResponses(false);
      closed += 1;
    } catch {
      // Deleted from Drive meanwhile: nothing left to close.
    }
  }
  return closed;
}

/** Removes this map's hourly trigger, found by its stored id (getUserTriggers may not list it). */
function removeTrigger(): number {
  const { scriptApp } = services();
  let removed = 0;
  // A map has one; more than one (made by older versions) are removed too, within reason.
  for (let t = scheduledTrigger(activeSpreadsheet()); t && removed < 5; removed++) {
    scriptApp.deleteTrigger(t);
    forgetDeletedTriggers();
    t = scheduledTrigger(activeSpreadsheet());
  }
  return removed;
}

/** Drafts the thank-yous not drafted yet; the coordinator's edits to earlier drafts stay. */
function draftThanks(session: MessageSession): number {
  const { spreadsheet } = session.read;
  const existing = spreadsheet.getSheetByName(THANKS_SHEET)?.getDataRange().getValues() ?? [];
  const drafted = new Set(existing.slice(1).map((r) => nameKey(cellText(r[0], DEFAULT_TIME_ZONE))));
  const until = countedUntil(session.map.settings, session.today);
  // The coordinators write the thank-yous; they do not thank themselves.
  const { mainSettings: s } = session;
  const coordinators = [s.coordinatorEmail, s.backupCoordinatorEmail ?? ""]
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const coordinatorNames = [s.coordinatorName, s.backupCoordinatorName ?? ""]
    .map(nameKey)
    .filter(Boolean);
  const isCoordinator = (p: { name: string; email: string }) =>
    coordinators.includes(p.email.trim().toLowerCase()) ||
    coordinatorNames.includes(nameKey(p.name));
  const rows = helpersDone(session.roster, until)
    .filter((d) => d.person.email.trim() && !drafted.has(nameKey(d.person.name)))
    .filter((d) => !isCoordinator(d.person))
    .map((d) => [
      d.person.name.trim(),
      d.person.email.trim(),
      thanksDraft(session.map.settings, d),
      "",
    ]);
  appendRows(spreadsheet, THANKS_SHEET, THANKS_HEADERS, rows);
  return rows.length;
}

export function closeMapNow(): MapEndResult {
  return withDocumentLock(() => {
    const session = openSession();
    try {
      if (session.map.settings.mapState === "closed")
        return result(false, "The map is already closed.");
      const forms = closeForms(session);
      const triggers = removeTrigger();
      const drafts = draftThanks(session);
      writeSettings(session.read.spreadsheet, { mapState: "closed" });
      session.notes.push("The map was closed: forms closed, scheduled messages off.");
      services().spreadsheetApp.flush();
      const parts = [
        "The map is closed (Settings › Map state: closed). Nothing more is sent by itself",
        triggers ? "scheduled messages are off" : "",
        forms
          ? `the form${forms === 1 ? "" : "s"} no longer accept${forms === 1 ? "s" : ""} answers`
          : "",
      ].filter(Boolean);
      return result(
        true,
        `${parts.join(", ")}. ${drafts} thank-you${drafts === 1 ? " is" : "s are"} drafted on the ${THANKS_SHEET} sheet: edit them, then choose Send the thank-yous. The needs' Details are still on Needs; clear them when you no longer need them.`,
      );
    } finally {
      closeSession(session);
    }
  });
}

/** Sends each drafted thank-you whose Sent cell is blank, and stamps it. */
export function sendThanksNow(): MapEndResult {
  return withDocumentLock(() => {
    const session = openSession();
    try {
      const sheet = session.read.spreadsheet.getSheetByName(THANKS_SHEET);
      const values = sheet?.getDataRange().getValues() ?? [];
      if (!sheet || values.length < 2)
        return result(false, "There are no thank-yous to send. Close the map to draft them.");
      const tz = session.map.settings.timeZone;
      const stamp = localStamp(session.at, tz);
      const sentColumn = values.slice(1).map((r) => [r[3] ?? ""]);
      let sent = 0;
      values.slice(1).forEach((r, i) => {
        const [person, to, text, done] = [0, 1, 2, 3].map((c) => cellText(r[c], tz));
        if (done || !to || !text.trim()) return;
        const outcome = session.run.send({
          id: `thanks:${nameKey(person)}`,
          to,
          toName: person,
          message: email(
            "Thank you",
            text.split(/\n\s*\n/).map((p) => paragraph(p.trim())),
          ),
          replyTo: session.map.settings.coordinatorEmail,
        });
        if (outcome === "sent") {
          sentColumn[i][0] = stamp;
          sent += 1;
        }
      });
      if (sent) sheet.getRange(2, 4, sentColumn.length, 1).setValues(sentColumn);
      const problems = [...session.run.errors];
      if (session.run.waiting.length)
        problems.push(
          `${session.run.waiting.length} wait for more email quota: send again tomorrow.`,
        );
      return result(
        sent > 0,
        [`${sent} thank-you${sent === 1 ? "" : "s"} sent.`, ...problems].join(" "),
      );
    } finally {
      closeSession(session);
    }
  });
}

/** Empties the Details column of Needs: one write, only when confirmed. */
export function clearDetailsNow(): MapEndResult {
  return withDocumentLock(() => {
    const sheet = activeSpreadsheet().getSheetByName(NEEDS_SHEET);
    const values = sheet?.getDataRange().getValues() ?? [];
    const col = (values[0] ?? []).findIndex(
      (h) => columnFor(NEEDS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === "details",
    );
    if (!sheet || col < 0 || values.length < 2)
      return result(false, "Needs has no Details to clear.");
    const filled = values.slice(1).filter((r) => cellText(r[col], DEFAULT_TIME_ZONE) !== "").length;
    sheet.getRange(2, col + 1, values.length - 1, 1).setValues(values.slice(1).map(() => [""]));
    services().spreadsheetApp.flush();
    return result(true, `Cleared the Details of ${filled} need${filled === 1 ? "" : "s"}.`);
  });
}

export function extendMap(...args: unknown[]): MapEndResult {
  return answer("extendMap", args, ({ endDate }: ExtendArgs) => extendMapTo(endDate));
}

export function closeMap(...args: unknown[]): MapEndResult {
  return answer("closeMap", args, () => closeMapNow());
}

export function sendThanks(...args: unknown[]): MapEndResult {
  return answer("sendThanks", args, () => sendThanksNow());
}

export function clearDetails(...args: unknown[]): MapEndResult {
  return answer("clearDetails", args, (_confirmed: ClearDetailsArgs) => clearDetailsNow());
}

export function menuCloseMap(): void {
  const ui = services().spreadsheetApp.getUi();
  const sure = ui.alert(
    "Close the map",
    "Close the map now? The forms stop accepting answers, scheduled messages stop, and a thank-you for each helper is drafted for you to edit. To extend it instead, write a later End date in Settings and plan again.",
    ui.ButtonSet.YES_NO,
  );
  if (sure !== ui.Button.YES) return;
  ui.alert("Close the map", closeMapNow().message, ui.ButtonSet.OK);
  const clear = ui.alert(
    "Clear Details",
    "Also clear every need's Details (the private notes) now? This cannot be undone.",
    ui.ButtonSet.YES_NO,
  );
  if (clear === ui.Button.YES)
    ui.alert("Clear Details", clearDetailsNow().message, ui.ButtonSet.OK);
}

export function menuSendThanks(): void {
  const ui = services().spreadsheetApp.getUi();
  ui.alert("Thank-yous", sendThanksNow().message, ui.ButtonSet.OK);
}
