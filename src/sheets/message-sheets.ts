import { CHECK_IN_QUESTIONS } from "../core/messages/check-in";

// The layouts of the two sheets that messages write: the Log of what was sent, and the
// Check-ins the person supported answered. Like every other sheet's layout, they live here.

export const LOG_SHEET = "Log";
export const LOG_HEADERS = ["When", "To", "Message", "Subject", "Status"];
/** Columns holding names, subjects and reasons: plain text, so "50%" or "5 Jan" stay as written. */
export const LOG_TEXT_HEADERS = ["To", "Message", "Subject", "Status"];

export const CHECK_INS_SHEET = "Check-ins";
export const CHECK_IN_RESPONSE_ID = "Response id";
export const CHECK_INS_HEADERS = [
  "Answered",
  "Check-in of",
  ...CHECK_IN_QUESTIONS,
  CHECK_IN_RESPONSE_ID,
];
/** The answers as the person typed them, and the id: plain text, never converted. */
export const CHECK_INS_TEXT_HEADERS = [...CHECK_IN_QUESTIONS, CHECK_IN_RESPONSE_ID];

/**
 * Added at the end of Check-ins the first time the panel acts on an answer: one line per action
 * ("Added as a need: …", "Paused need: …", "Thanked …"), so the panel shows what was done.
 */
export const CHECK_IN_ACTED_HEADER = "Acted on";
export const CHECK_IN_ACTED_NOTE =
  "Written by the panel when you act on an answer: a need added or paused, a helper thanked. Edit or clear it if you like; the panel reads it to show what was done.";
