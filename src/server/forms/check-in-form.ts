import { CHECK_IN_QUESTIONS, checkInAnswersMessage } from "../../core/messages/check-in";
import { checkInDates } from "../../core/messages/due";
import { coordinatorFirstName } from "../../core/messages/names";
import { localStamp, localTime } from "../../core/messages/zone";
import type { IsoDate } from "../../core/model";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import {
  CHECK_IN_RESPONSE_ID as RESPONSE_ID,
  CHECK_INS_HEADERS,
  CHECK_INS_SHEET,
  CHECK_INS_TEXT_HEADERS,
} from "../../sheets/message-sheets";
import { appendRows } from "../platform/append-rows";
import { ensureTakingAnswers } from "./form-publish";
import type { FormApi, FormAppApi } from "../../gas/gas-forms";
import type { MessageSession } from "../messages/session";
import { formApp, services } from "../platform/services";

// The person supported's check-in form: the guide's three questions, nothing else. It has no
// destination spreadsheet, so the offer form's onFormSubmit trigger (add-ons get one per
// document) never sees it; instead the hourly dispatcher reads new responses into the Check-ins
// sheet and sends the coordinator a copy of each. An answer reaches the coordinator within the
// hour, and none is lost when a trigger would not have fired.

export const CHECK_IN_FORM_KEY = "sm.checkin.form";
const FORM_KEY = CHECK_IN_FORM_KEY;

/** FormApp, if this project may use it (the fakes only have it when a test installs it). */
function forms(): FormAppApi | undefined {
  try {
    const app = formApp();
    return typeof app?.create === "function" ? app : undefined;
  } catch {
    return undefined;
  }
}

/** Whether sending could make a form (FormApp is there): the preview then shows a stand-in link. */
export function canMakeForms(): boolean {
  return forms() !== undefined;
}

/** The check-in form, made the first time a check-in needs it when `create` is set. */
export function checkInForm(session: MessageSession, create: boolean): FormApi | undefined {
  const app = forms();
  if (!app) return undefined;
  const id = session.props.getProperty(FORM_KEY);
  if (id) {
    try {
      const form = app.openById(id);
      // About to send its link: make sure it takes answers (forms start unpublished since 2026).
      if (create) ensureTakingAnswers(form);
      return form;
    } catch {
      // Deleted from Drive: a new one is made below when a check-in needs it.
    }
  }
  if (!create) return undefined;
  const { settings } = session.map;
  const coordinator = coordinatorFirstName(settings);
  const who = settings.supportedName.trim();
  const form = app.create(who ? `Weekly check-in for ${who}` : "Weekly check-in");
  form
    .setDescription(
      `Three short questions about this week. Your answers go to ${coordinator} only.`,
    )
    .setConfirmationMessage(`Thank you. ${coordinator} will read this soon.`)
    .setCollectEmail(false);
  for (const question of CHECK_IN_QUESTIONS)
    form.addParagraphTextItem().setTitle(question).setRequired(false);
  ensureTakingAnswers(form);
  session.props.setProperty(FORM_KEY, form.getId());
  return form;
}

/** The check-in an answer belongs to: the last check-in day on or before it. */
function checkInOf(session: MessageSession, date: IsoDate): IsoDate {
  const before = checkInDates(session.map.settings).filter((d) => d <= date);
  return before.length ? before[before.length - 1] : date;
}

function answerText(value: unknown): string {
  if (Array.isArray(value)) return value.map(answerText).join(", ");
  return value === null || value === undefined ? "" : String(value);
}

interface AnswerRow {
  responseId: string;
  answered: string;
  checkInOf: string;
  answers: string[];
}

/**
 * Copies responses not yet in Check-ins into it (one read, one write), and returns every row
 * that came from the form, for the coordinator's copies.
 */
export function collectCheckInAnswers(session: MessageSession): AnswerRow[] {
  const { spreadsheet } = session.read;
  const tz = session.map.settings.timeZone;
  const sheet = spreadsheet.getSheetByName(CHECK_INS_SHEET);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  const header = (values[0] ?? []).map((h) => cellText(h, DEFAULT_TIME_ZONE));
  const col = (name: string, fallback: number) => {
    const i = header.indexOf(name);
    return i >= 0 ? i : fallback;
  };
  const idCol = col(RESPONSE_ID, CHECK_INS_HEADERS.length - 1);
  const rows: AnswerRow[] = values
    .slice(1)
    .map((r) => ({
      responseId: cellText(r[idCol], tz),
      answered: cellText(r[col("Answered", 0)], tz),
      checkInOf: cellText(r[col("Check-in of", 1)], tz),
      answers: CHECK_IN_QUESTIONS.map((q, i) => cellText(r[col(q, 2 + i)], tz)),
    }))
    .filter((r) => r.responseId !== "");

  const form = checkInForm(session, false);
  if (form) {
    const known = new Set(rows.map((r) => r.responseId));
    const fresh: AnswerRow[] = [];
    for (const response of form.getResponses()) {
      const id = response.getId();
      if (known.has(id)) continue;
      const at = response.getTimestamp().getTime();
      const byTitle = new Map<string, string>();
      for (const item of response.getItemResponses())
        byTitle.set(item.getItem().getTitle(), answerText(item.getResponse()));
      fresh.push({
        responseId: id,
        answered: localStamp(at, tz),
        checkInOf: checkInOf(session, localTime(at, tz).date),
        answers: CHECK_IN_QUESTIONS.map((q) => byTitle.get(q) ?? ""),
      });
    }
    appendRows(
      spreadsheet,
      CHECK_INS_SHEET,
      CHECK_INS_HEADERS,
      fresh.map((r) => [r.answered, r.checkInOf, ...r.answers, r.responseId]),
      CHECK_INS_TEXT_HEADERS,
    );
    rows.push(...fresh);
  }
  return rows;
}

/** Where the coordinator's messages go: the Settings' address, or whoever runs the add-on. */
export function coordinatorAddress(session: MessageSession): string {
  const fromSettings = session.map.settings.coordinatorEmail.trim();
  if (fromSettings) return fromSettings;
  try {
    return services().session.getEffectiveUser().getEmail();
  } catch {
    return "";
  }
}

/** Sends the coordinator a copy of each answer not copied yet. */
export function copyAnswersToCoordinator(session: MessageSession, rows: AnswerRow[]): void {
  const to = coordinatorAddress(session);
  if (!to) return;
  const { settings } = session.map;
  for (const row of rows) {
    session.run.send({
      id: `answer:${row.responseId}`,
      to,
      toName: settings.coordinatorName.trim() || "Coordinator",
      message: checkInAnswersMessage({
        settings,
        answered: row.answered,
        checkInOf: /^\d{4}-\d{2}-\d{2}$/.test(row.checkInOf) ? row.checkInOf : session.today,
        answers: CHECK_IN_QUESTIONS.map((question, i) => ({ question, answer: row.answers[i] })),
      }),
    });
  }
}
