import type { Priority } from "./model";
import { typeMatches } from "./help-types";

// Rows the reader could not use (a Days or Time it cannot read, a required cell left blank).
// They are never dropped from view: every count and list shows them, marked "can't read", with
// the cell and the fix, high priority first; and nothing downstream claims what such a row could
// contradict ("Nobody needs night feeds" while a night-feeds need cannot be read).

export type UnreadSheet = "Needs" | "People" | "Offers";

export interface UnreadRow {
  sheet: UnreadSheet;
  /** 1-based sheet row. */
  row: number;
  /** What the row is, as typed: the need's name, the person, or "Kim Park: meals". */
  label: string;
  /** A need's priority as typed; one that cannot be read either counts as high, to be safe. */
  priority: Priority;
  /** The need's or offer's type as typed ("" when blank). */
  type: string;
  /** Each cell that could not be read, with the fix. */
  problems: Array<{ column: string; value: string; message: string }>;
}

const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
const SHEET_RANK: Record<UnreadSheet, number> = { Needs: 0, Offers: 1, People: 2 };

/** Needs first, high priority first; then offers and people; each in sheet order. */
export function rankUnread(rows: readonly UnreadRow[]): UnreadRow[] {
  return [...rows].sort(
    (a, b) =>
      SHEET_RANK[a.sheet] - SHEET_RANK[b.sheet] ||
      RANK[a.priority] - RANK[b.priority] ||
      a.row - b.row,
  );
}

/** "Needs row 5 (Night feeds, high priority) can't read Time "22:00-02:00": ...". */
export function unreadLine(u: UnreadRow): string {
  const what =
    u.sheet === "Needs" ? `${u.label || "a need"}, ${u.priority} priority` : u.label || "blank";
  const cells = u.problems.map((p) => `${p.column}${p.value ? ` "${p.value}"` : ""}: ${p.message}`);
  return `${u.sheet} row ${u.row} (${what}) can't be read. ${cells.join(" ")}`;
}

/** Unread rows that could be of this type of help (a blank type could be any). */
export function unreadOfType(
  rows: readonly UnreadRow[] | undefined,
  sheet: UnreadSheet,
  type: string,
): UnreadRow[] {
  return (rows ?? []).filter(
    (u) =>
      u.sheet === sheet &&
      (u.type === "" || typeMatches(u.type, type) || typeMatches(type, u.type)),
  );
}

/** "Needs row 5" / "Needs rows 5 and 7". */
export function rowsWords(rows: readonly UnreadRow[]): string {
  if (rows.length === 0) return "";
  const numbers = rows.map((r) => String(r.row));
  const list =
    numbers.length === 1
      ? numbers[0]
      : `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
  return `${rows[0].sheet} row${rows.length > 1 ? "s" : ""} ${list}`;
}
