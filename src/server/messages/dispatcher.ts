import { gapAlertMessage } from "../../core/messages/alert";
import { checkInMessage } from "../../core/messages/check-in";
import { dailySummaryMessage } from "../../core/messages/daily";
import {
  CHECK_IN_AT,
  DAILY_AT,
  dueMessages,
  manualCheckInId,
  quietReason,
} from "../../core/messages/due";
import { checkInNamer } from "../../core/messages/names";
import type { EmailMessage } from "../../core/messages/message";
import type { RosterEntry } from "../../core/messages/roster";
import { LINK_MADE_WHEN_SENT } from "../forms/change-form";
import type { Outgoing } from "./mail-run";
import { briefHelpers } from "./briefs";
import { sendCoordinatorNote } from "./coordinator-note";
import { sendReminders } from "./reminders";
import { alertDangerousAnswers } from "./danger-alerts";
import { lifecycleMessages, mapIsClosed } from "./lifecycle-messages";
import { reassess } from "./reassess";
import {
  canMakeForms,
  checkInForm,
  collectCheckInAnswers,
  coordinatorAddress,
  copyAnswersToCoordinator,
} from "../forms/check-in-form";
import { closeSession, openSession, type MessageSession } from "./session";
import { CHECK_IN_NOW, SCHEDULED_MESSAGES } from "../../shared/send-questions";
import { askedYes } from "../platform/ask";
import { mapLock, releaseMapLock, withDocumentLock } from "../platform/lock";
import { activeSpreadsheet, withSpreadsheet } from "../platform/spreadsheet";
import { copyMapPropertiesForUser } from "../platform/map-properties";
import { now } from "../platform/clock";
import { clearUnreached, recordRun } from "./run-record";
import { findRunMap } from "./run-map";
import {
  DISPATCHER,
  forgetDeletedTriggers,
  rememberTrigger,
  scheduledTrigger,
  unclaimedTriggers,
} from "./scheduled-trigger";
import { services } from "../platform/services";

// The one time-driven trigger. Editor add-ons may hold one time-driven trigger per document,
// firing at most hourly, so a single hourly dispatcher decides each time what is due: alerts
// for the coordinator, the person supported's check-in and daily summary, copies of check-in answers,
// and briefs the mail quota held back. Message ids (see due.ts) make a second run, or a run
// after one that died, send nothing twice.

export { DISPATCHER };

const hour = (minutes: number) => `${String(minutes / 60).padStart(2, "0")}:00`;

/** A message to the person supported, or undefined when the Settings give no address. */
function toSupported(
  session: MessageSession,
  id: string,
  message: EmailMessage,
): Outgoing | undefined {
  const { settings } = session.map;
  if (!settings.supportedEmail.trim()) return undefined;
  return {
    id,
    to: settings.supportedEmail,
    toName: settings.supportedName.trim() || "Person supported",
    message,
    replyTo: settings.coordinatorEmail,
  };
}

/** The check-in for `date`, as sent and as the panel previews it. */
export function composeCheckIn(
  session: MessageSession,
  id: string,
  date: string,
): Outgoing | undefined {
  const { settings } = session.map;
  if (!settings.supportedEmail.trim()) return undefined;
  const form = checkInForm(session, !session.preview);
  const formUrl =
    form?.getPublishedUrl() ??
    (session.preview && canMakeForms() ? LINK_MADE_WHEN_SENT : undefined);
  return toSupported(
    session,
    id,
    checkInMessage({
      settings,
      roster: session.roster,
      date,
      nameOf: checkInNamer(session.map.people),
      formUrl,
    }),
  );
}

/** The person supported's daily summary for `date`. */
export function composeDailySummary(
  session: MessageSession,
  id: string,
  date: string,
  entries: RosterEntry[],
): Outgoing | undefined {
  return toSupported(
    session,
    id,
    dailySummaryMessage({
      settings: session.map.settings,
      date,
      entries,
      unreadNeeds: (session.map.unread ?? []).filter((u) => u.sheet === "Needs").length,
    }),
  );
}

/** The coordinator's alert about a high-priority visit with nobody. */
export function composeGapAlert(
  session: MessageSession,
  id: string,
  entry: RosterEntry,
): Outgoing | undefined {
  const { settings } = session.map;
  const coordinator = coordinatorAddress(session);
  if (!coordinator) return undefined;
  return {
    id,
    to: coordinator,
    toName: settings.coordinatorName.trim() || "Coordinator",
    message: gapAlertMessage({ settings, entry }),
  };
}

function send(session: MessageSession, out: Outgoing | undefined): void {
  if (out) session.run.send(out);
}

function checkIn(session: MessageSession, id: string, date: string): void {
  if (session.ledger.has(id)) return;
  send(session, composeCheckIn(session, id, date));
}

function dispatch(session: MessageSession): void {
  const { settings } = session.map;
  // Answers are filed even while paused; only sending waits.
  const answers = collectCheckInAnswers(session);
  alertDangerousAnswers(session, answers);
  if (quietReason(settings, session.today)) return;
  for (const due of dueMessages({ settings, roster: session.roster, now: session.at })) {
    if (due.kind === "alert") send(session, composeGapAlert(session, due.id, due.entry));
    else if (due.kind === "check-in") checkIn(session, due.id, due.date);
    else send(session, composeDailySummary(session, due.id, due.date, due.entries));
  }
  lifecycleMessages(session);
  // After what concerns a visit soon: with a short quota a reminder waits, an alert does not.
  sendReminders(session);
  sendCoordinatorNote(session);
  copyAnswersToCoordinator(session, answers);
  briefHelpers(session, "queue");
}

/** The trigger's handler. A run that finds another one (or a plan) busy leaves it to the next hour. */
export function runScheduledMessages(event?: unknown): void {
  const found = findRunMap(event);
  if (!found) return;
  const { spreadsheet, context, opened } = found;
  const record = (outcome: string, ok: boolean) =>
    recordRun(spreadsheet.getId(), {
      at: now().toISOString(),
      context,
      opened,
      outcome,
      ok,
    });
  withSpreadsheet(spreadsheet, () => {
    const lock = mapLock();
    if (!lock.tryLock(10_000)) {
      record("Another run or a plan held the map's lock; the next hour's run goes on.", true);
      return;
    }
    try {
      // Helpers' changes first, so this hour's alerts and summaries see the plan they made.
      reassess();
      const session = openSession();
      session.recordWaiting = true;
      try {
        dispatch(session);
      } finally {
        closeSession(session);
      }
      const n = session.run.sent.length;
      record(`${n} message${n === 1 ? "" : "s"} sent.`, true);
    } catch (error) {
      record(`The run failed: ${error instanceof Error ? error.message : String(error)}`, false);
      throw error;
    } finally {
      releaseMapLock(lock);
    }
  });
}

function ui() {
  return services().spreadsheetApp.getUi();
}

const WHEN = `In the Settings' time zone, the check-in goes out on the check-in day from ${hour(CHECK_IN_AT)}, the daily summary (if the Settings say yes) from ${hour(DAILY_AT)}, and alerts as soon as a high-priority visit in the next 48 hours has nobody. Nothing is sent while the map is paused or after its end date.`;

/**
 * Creates the dispatcher's trigger, once, and stores its id with this spreadsheet's, so that a
 * run without a document finds the map. "Already on" is decided from that stored id against the
 * project's triggers, since getUserTriggers(spreadsheet) may not list timed triggers.
 */
export function turnOnScheduledMessages(): string {
  const spreadsheet = activeSpreadsheet();
  const { scriptApp } = services();
  if (mapIsClosed())
    return "The map is closed (Settings, Map state), so scheduled messages stay off.";
  forgetDeletedTriggers();
  copyMapPropertiesForUser(spreadsheet);
  if (scheduledTrigger(spreadsheet)) return `Scheduled messages are already on. ${WHEN}`;
  try {
    const trigger = scriptApp.newTrigger(DISPATCHER).timeBased().everyHours(1).create();
    rememberTrigger(trigger, spreadsheet.getId(), now());
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // This document has a dispatcher trigger nobody stored (an older version made it): claim it.
    const unclaimed = unclaimedTriggers();
    if (/too many/i.test(text) && unclaimed.length === 1) {
      rememberTrigger(unclaimed[0], spreadsheet.getId(), now());
      return `Scheduled messages are already on. ${WHEN}`;
    }
    return `Scheduled messages could not be turned on: ${text} (an add-on may hold one timed trigger per document: remove any other one in Extensions > Apps Script > Triggers).`;
  }
  clearUnreached();
  return `Scheduled messages are on. ${WHEN}`;
}

export function menuTurnOnScheduledMessages(): void {
  if (!askedYes(SCHEDULED_MESSAGES)) return;
  const u = ui();
  u.alert("Scheduled messages", turnOnScheduledMessages(), u.ButtonSet.OK);
}

/** Sends this week's check-in now, unless it has gone already. */
export function sendCheckInNow(): string {
  return withDocumentLock(() => {
    const session = openSession();
    try {
      const { settings } = session.map;
      const quiet = quietReason(settings, session.today);
      if (quiet) return quiet;
      if (!settings.supportedEmail.trim())
        return "The Settings have no email for the person supported (Person supported's email), so there is nowhere to send the check-in.";
      const id = manualCheckInId(settings, session.today);
      if (session.ledger.has(id)) return "This week's check-in has already been sent.";
      checkIn(session, id, session.today);
      if (session.run.sent.length) return "The weekly check-in was sent.";
      if (session.run.waiting.length)
        return "Today's email quota is used up, so the check-in was not sent. Try again tomorrow; with scheduled messages on, it also goes out by itself on the check-in day.";
      return session.run.errors.join(" ") || "The check-in was not sent.";
    } finally {
      closeSession(session);
    }
  });
}

export function menuSendCheckInNow(): void {
  if (!askedYes(CHECK_IN_NOW)) return;
  const u = ui();
  u.alert("Weekly check-in", sendCheckInNow(), u.ButtonSet.OK);
}
