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
import { recipientNamer } from "../../core/messages/names";
import type { EmailMessage } from "../../core/messages/message";
import { briefHelpers } from "./briefs";
import { reassess } from "./reassess";
import {
  checkInForm,
  collectCheckInAnswers,
  coordinatorAddress,
  copyAnswersToCoordinator,
} from "../forms/check-in-form";
import { closeSession, openSession, type MessageSession } from "./session";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { services } from "../platform/services";

// The one time-driven trigger. Editor add-ons may hold one time-driven trigger per document,
// firing at most hourly, so a single hourly dispatcher decides each time what is due: alerts
// for the coordinator, the recipient's check-in and daily summary, copies of check-in answers,
// and briefs the mail quota held back. Message ids (see due.ts) make a second run, or a run
// after one that died, send nothing twice.

export const DISPATCHER = "runScheduledMessages";

const hour = (minutes: number) => `${String(minutes / 60).padStart(2, "0")}:00`;

function recipientMail(session: MessageSession, id: string, message: EmailMessage): void {
  const { settings } = session.map;
  if (!settings.recipientEmail.trim()) return;
  session.run.send({
    id,
    to: settings.recipientEmail,
    toName: settings.recipientName.trim() || "Recipient",
    message,
    replyTo: settings.coordinatorEmail,
  });
}

function checkIn(session: MessageSession, id: string, date: string): void {
  const { settings } = session.map;
  if (!settings.recipientEmail.trim() || session.ledger.has(id)) return;
  const form = checkInForm(session, true);
  recipientMail(
    session,
    id,
    checkInMessage({
      settings,
      roster: session.roster,
      date,
      nameOf: recipientNamer(session.map.people),
      formUrl: form?.getPublishedUrl(),
    }),
  );
}

function dispatch(session: MessageSession): void {
  const { settings } = session.map;
  // Answers are filed even while paused; only sending waits.
  const answers = collectCheckInAnswers(session);
  if (quietReason(settings, session.today)) return;
  const coordinator = coordinatorAddress(session);
  for (const due of dueMessages({ settings, roster: session.roster, now: session.at })) {
    if (due.kind === "alert") {
      if (!coordinator) continue;
      session.run.send({
        id: due.id,
        to: coordinator,
        toName: settings.coordinatorName.trim() || "Coordinator",
        message: gapAlertMessage({ settings, entry: due.entry }),
      });
    } else if (due.kind === "check-in") {
      checkIn(session, due.id, due.date);
    } else {
      recipientMail(
        session,
        due.id,
        dailySummaryMessage({ settings, date: due.date, entries: due.entries }),
      );
    }
  }
  copyAnswersToCoordinator(session, answers);
  briefHelpers(session, "queue");
}

/** The trigger's handler. A run that finds another one (or a plan) busy leaves it to the next hour. */
export function runScheduledMessages(_event?: unknown): void {
  // A trigger runs in the document it was made in; without one there is nothing to read.
  if (!services().spreadsheetApp.getActiveSpreadsheet()) return;
  const lock = services().locks.getDocumentLock();
  if (!lock.tryLock(10_000)) return;
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
  } finally {
    lock.releaseLock();
  }
}

function ui() {
  return services().spreadsheetApp.getUi();
}

/** Creates the dispatcher's trigger, once. */
export function turnOnScheduledMessages(): string {
  const { scriptApp } = services();
  const existing = scriptApp
    .getUserTriggers(activeSpreadsheet())
    .find((t) => t.getHandlerFunction() === DISPATCHER);
  const when = `In the Settings' time zone, the check-in goes out on the check-in day from ${hour(CHECK_IN_AT)}, the daily summary (if the Settings say yes) from ${hour(DAILY_AT)}, and alerts as soon as a high-priority task in the next 48 hours has nobody. Nothing is sent while the map is paused or after its end date.`;
  if (existing) return `Scheduled messages are already on. ${when}`;
  try {
    scriptApp.newTrigger(DISPATCHER).timeBased().everyHours(1).create();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return `Scheduled messages could not be turned on: ${text} (an add-on may hold one timed trigger per document: remove any other one in Extensions > Apps Script > Triggers).`;
  }
  return `Scheduled messages are on. ${when}`;
}

export function menuTurnOnScheduledMessages(): void {
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
      if (!settings.recipientEmail.trim())
        return "The Settings have no Recipient email, so there is nowhere to send the check-in.";
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
  const u = ui();
  u.alert("Weekly check-in", sendCheckInNow(), u.ButtonSet.OK);
}
