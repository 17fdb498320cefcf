import { CHECK_IN_QUESTIONS } from "../../core/messages/check-in";
import type { CheckInRow, CheckIns } from "../../shared/panel-types";
import { cellText, DEFAULT_TIME_ZONE, isBlank } from "../../sheets/cells";

// The person supported's latest check-in answers, read from the Check-ins sheet for the panel. Only
// that sheet's own columns go out (when, which check-in, the three answers): its Response id
// stays behind, and nothing is read from Needs, so a need's Details cannot get in.

/** How many answers the panel lists: the latest, enough to see how things are going. */
export const CHECK_INS_SHOWN = 20;
/** An answer longer than this is cut in the panel; the whole of it stays on the sheet. */
export const ANSWER_LIMIT = 2000;

/** An answer as written, its line breaks kept, cut when very long. */
function answerText(value: unknown, timeZone: string): string {
  if (typeof value !== "string") return cellText(value, timeZone);
  const text = value
    .replace(/^'(?=[=+\-@])/, "")
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return text.length <= ANSWER_LIMIT
    ? text
    : `${text.slice(0, ANSWER_LIMIT).replace(/\s+\S*$/, "")}… (the rest is on the Check-ins sheet)`;
}

/** "2027-03-05 18:20" sorts as text; anything else the coordinator typed sorts as oldest. */
const sortKey = (answered: string) => (/^\d{4}-\d{2}-\d{2}/.test(answered) ? answered : "");

/** The sheet's answers, newest first: at most `limit` of them, and how many there are. */
export function latestCheckIns(
  values: unknown[][] | undefined,
  timeZone: string,
  limit = CHECK_INS_SHOWN,
): { checkIns: CheckInRow[]; total: number } {
  const { rows, total } = latestCheckInRows(values, timeZone, limit);
  return { checkIns: rows.map((r) => r.checkIn), total };
}

/** As latestCheckIns, each answer with its 1-based row on the sheet. */
export function latestCheckInRows(
  values: unknown[][] | undefined,
  timeZone: string,
  limit = CHECK_INS_SHOWN,
): { rows: { row: number; checkIn: CheckInRow }[]; total: number } {
  if (!values || values.length < 2) return { rows: [], total: 0 };
  const header = values[0].map((h) => cellText(h, DEFAULT_TIME_ZONE).toLowerCase());
  // Columns are found by their header; the sheet's own order when a header is missing.
  const col = (name: string, fallback: number) => {
    const i = header.indexOf(name.toLowerCase());
    return i >= 0 ? i : fallback;
  };
  const answered = col("Answered", 0);
  const checkInOf = col("Check-in of", 1);
  const questions = CHECK_IN_QUESTIONS.map((q, i) => ({ question: q, at: col(q, 2 + i) }));
  const rows = values
    .slice(1)
    .map((r, i) => ({
      row: i,
      checkIn: {
        answered: cellText(r[answered], timeZone),
        checkInOf: cellText(r[checkInOf], timeZone),
        answers: questions.map(({ question, at }) => ({
          question,
          answer: answerText(r[at], timeZone),
        })),
      },
      blank: [answered, checkInOf, ...questions.map((q) => q.at)].every((at) => isBlank(r[at])),
    }))
    .filter((r) => !r.blank);
  rows.sort((a, b) => {
    const ka = sortKey(a.checkIn.answered);
    const kb = sortKey(b.checkIn.answered);
    return ka < kb ? 1 : ka > kb ? -1 : b.row - a.row;
  });
  return {
    rows: rows.slice(0, limit).map((r) => ({ row: r.row + 2, checkIn: r.checkIn })),
    total: rows.length,
  };
}

export function checkInsMessage(shown: number, total: number): string {
  if (!total)
    return "No check-in answers yet. With scheduled messages on, the person supported's answers reach the Check-ins sheet within the hour.";
  if (shown < total)
    return `The latest ${shown} of ${total} check-in answers, newest first. The Check-ins sheet has them all.`;
  return `${total} check-in answer${total === 1 ? "" : "s"}, newest first.`;
}

export function checkInsOf(values: unknown[][] | undefined, timeZone: string): CheckIns {
  const { checkIns, total } = latestCheckIns(values, timeZone);
  return { checkIns, total, message: checkInsMessage(checkIns.length, total) };
}
