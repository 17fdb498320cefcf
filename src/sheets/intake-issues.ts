import { cellText } from "./cells";
import type { ColumnDef } from "./columns";
import { SheetTable } from "./sheet-table";

// The Intake issues sheet: form responses that could not become a helper, one row per response,
// with the reason and the answers as they came. It is for the coordinator alone: a response from
// someone marked "do not involve" lands here and nowhere else. Rows are keyed by the response
// id, so an edited response updates its row, and one that is now fine removes it.

export const INTAKE_ISSUES_SHEET = "Intake issues";

export type IssueKey =
  "received" | "responseId" | "name" | "email" | "reason" | "answers" | "status" | "notes";

export const ISSUE_STATUSES = ["open", "done"] as const;

const column = (
  key: IssueKey,
  header: string,
  note: string,
  width: number,
  values?: readonly string[],
): ColumnDef<IssueKey> => ({
  key,
  header,
  aliases: [],
  required: false,
  kind: "text",
  note,
  width,
  ...(values && { values }),
});

export const INTAKE_ISSUE_COLUMNS: readonly ColumnDef<IssueKey>[] = [
  column("received", "Received", "When the response was last submitted.", 140),
  column("responseId", "Response ID", "The form response this row is about.", 120),
  column("name", "Name", "The name they gave.", 160),
  column("email", "Email", "The email they gave.", 200),
  column("reason", "Reason", "Why it did not become a helper, and what you can do.", 320),
  column("answers", "Answers", "Their answers, as they came.", 360),
  column(
    "status",
    "Status",
    "open, or done once you have dealt with it. done rows are not counted.",
    80,
    ISSUE_STATUSES,
  ),
  column("notes", "Notes", "Yours: kept when the response comes again.", 200),
];

/** Sheets refuses a cell over 50,000 characters; the answers cell stays well under. */
export const ANSWERS_LIMIT = 40_000;

export interface IntakeIssue {
  responseId: string;
  received: Date;
  name: string;
  email: string;
  reason: string;
  answers: string;
}

export function issuesTable(values: unknown[][] | undefined): SheetTable<IssueKey> {
  return new SheetTable(values, INTAKE_ISSUE_COLUMNS);
}

function rowOf(table: SheetTable<IssueKey>, responseId: string, tz: string): number {
  return table.rows.findIndex((r) => table.text(r, "responseId", tz) === responseId);
}

/** Adds or updates the response's issue, keeping the coordinator's Status and Notes. */
export function putIssue(table: SheetTable<IssueKey>, issue: IntakeIssue, tz: string): void {
  const at = rowOf(table, issue.responseId, tz);
  const row = at >= 0 ? table.rows[at] : table.blankRow();
  // New answers reopen an issue the coordinator had closed: there is something new to look at.
  const changed = at < 0 || table.text(row, "answers", tz) !== cellText(issue.answers, tz);
  table.set(row, "received", issue.received);
  table.set(row, "responseId", issue.responseId);
  table.set(row, "name", issue.name);
  table.set(row, "email", issue.email);
  table.set(row, "reason", issue.reason);
  table.set(row, "answers", issue.answers);
  if (changed || !table.text(row, "status", tz)) table.set(row, "status", "open");
  if (at < 0) table.add(row);
}

/**
 * The response is fine now, or a newer one of theirs replaced it: its issue row goes. One the
 * coordinator wrote Notes on stays, marked done with why, so their words are not lost.
 */
export function dropIssue(
  table: SheetTable<IssueKey>,
  responseId: string,
  tz: string,
  why = "Now on People and Offers.",
): void {
  const at = rowOf(table, responseId, tz);
  if (at < 0) return;
  const row = table.rows[at];
  if (!table.text(row, "notes", tz)) {
    table.remove(row);
    return;
  }
  const reason = table.text(row, "reason", tz);
  if (!reason.startsWith(why)) table.set(row, "reason", `${why} Was: ${reason}`);
  table.set(row, "status", "done");
}

/** Issues the coordinator has not marked done. */
export function openIssueCount(values: unknown[][] | undefined, tz: string): number {
  if (!values || values.length < 2) return 0;
  const table = issuesTable(values);
  return table.rows.filter(
    (r) =>
      (table.text(r, "responseId", tz) || table.text(r, "reason", tz)) &&
      table.text(r, "status", tz).toLowerCase() !== "done",
  ).length;
}

/** The answers as lines "Question: answer", cut to fit a cell. */
export function answersText(lines: Array<{ question: string; answer: unknown }>): string {
  const text = lines
    .filter((l) => l.answer !== undefined)
    .map((l) => `${l.question}: ${showAnswer(l.answer)}`)
    .join("\n");
  if (text.length <= ANSWERS_LIMIT) return text;
  // Sheets counts UTF-16 units; an emoji is two, and is never cut in half.
  const end = /[\uD800-\uDBFF]/.test(text[ANSWERS_LIMIT - 1]) ? ANSWERS_LIMIT - 1 : ANSWERS_LIMIT;
  return `${text.slice(0, end)}\n[Cut to ${ANSWERS_LIMIT.toLocaleString("en-US")} characters: the whole answers are on the Form Responses sheet.]`;
}

function showAnswer(answer: unknown): string {
  if (typeof answer === "string") return answer;
  if (Array.isArray(answer) && answer.every((a) => typeof a === "string")) return answer.join(", ");
  try {
    return JSON.stringify(answer) ?? String(answer);
  } catch {
    return String(answer);
  }
}
