import { DEFAULT_TIME_ZONE, cellText, isBlankRow, isDate } from "./cells";
import { type ColumnDef, columnFor } from "./columns";

// A sheet's values as the intake edits them: rows found and changed by column key, the sheet's own
// header order and extra columns kept. Values stay as getValues gives them (text, numbers, Dates).
// Rows never move: a row keeps its place on the sheet, a new row goes after the last row in use,
// and a row taken away has only the cells of our columns cleared (and is deleted only when that
// leaves it wholly empty). What goes back to the sheet is worked out by cellEdits: only the cells
// whose value changed, so a cell the write does not own is never written.

export interface SheetChange {
  /** The values as read, header first. */
  before: unknown[][];
  /** The values after the edit, row for row with before, longer when rows were added. */
  after: unknown[][];
  /** 0-based indexes into after of rows left wholly empty: deleted once the edit is written. */
  deleteRows: number[];
}

export class SheetTable<K extends string> {
  readonly header: unknown[];
  /** The rows in use: the sheet's own rows (edit them in place), then rows added by add(). */
  readonly rows: unknown[][];
  private readonly index = new Map<K, number>();
  private readonly before: unknown[][];
  /** Where each of the sheet's own rows is in before. */
  private readonly origin = new Map<unknown[], number>();

  constructor(
    values: unknown[][] | undefined,
    private readonly columns: readonly ColumnDef<K>[],
  ) {
    const hasHeader = values !== undefined && values.length > 0 && !isBlankRow(values[0]);
    this.before = hasHeader ? values.map((r) => [...r]) : [];
    this.header = hasHeader ? [...values[0]] : columns.map((c) => c.header);
    this.header.forEach((h, i) => {
      const col = columnFor(columns, cellText(h, DEFAULT_TIME_ZONE));
      if (col && !this.index.has(col.key)) this.index.set(col.key, i);
    });
    this.rows = (hasHeader ? values.slice(1) : []).map((r, i) => {
      const row = [...r];
      this.origin.set(row, i + 1);
      return row;
    });
  }

  /** The column's position, adding the header at the end when the sheet lacks it. */
  column(key: K): number {
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.header.length;
      this.header.push(this.columns.find((c) => c.key === key)?.header ?? key);
      this.index.set(key, at);
    }
    return at;
  }

  has(key: K): boolean {
    return this.index.has(key);
  }

  get(row: readonly unknown[], key: K): unknown {
    const at = this.index.get(key);
    return at === undefined ? undefined : row[at];
  }

  /**
   * A cell as text, spaces collapsed. Text is taken exactly as the sheet holds it: the intake
   * compares what it wrote with what it writes, so nothing may be taken off (cellText drops an
   * apostrophe before "=", which a plain-text cell keeps as typed).
   */
  text(row: readonly unknown[], key: K, timeZone: string): string {
    const value = this.get(row, key);
    return typeof value === "string"
      ? value.trim().replace(/\s+/g, " ")
      : cellText(value, timeZone);
  }

  set(row: unknown[], key: K, value: unknown): void {
    const at = this.column(key);
    while (row.length < at) row.push("");
    row[at] = value;
  }

  blankRow(): unknown[] {
    return Array<unknown>(this.header.length).fill("");
  }

  /** A new row, placed after the last row in use when the sheet is written. */
  add(row: unknown[]): void {
    this.rows.push(row);
  }

  /** Takes a row away: its cells in our columns are cleared; other columns keep theirs. */
  remove(row: unknown[]): void {
    const at = this.rows.indexOf(row);
    if (at >= 0) this.rows.splice(at, 1);
  }

  /** The sheet before and after, row for row, and the rows left empty. */
  change(): SheetChange {
    const live = new Set(this.rows);
    const width = Math.max(
      this.header.length,
      ...this.before.map((r) => r.length),
      ...this.rows.map((r) => r.length),
    );
    const pad = (r: readonly unknown[]) => [
      ...r,
      ...Array<unknown>(Math.max(0, width - r.length)).fill(""),
    ];
    const after: unknown[][] = this.before.map((r) => pad(r));
    after[0] = pad(this.header);
    const emptied = new Set<number>();
    const ours = [...this.index.values()];
    for (const [row, at] of this.origin) {
      if (live.has(row)) {
        after[at] = pad(row);
        continue;
      }
      const cleared = pad(this.before[at]);
      for (const c of ours) cleared[c] = "";
      after[at] = cleared;
      if (isBlankRow(cleared)) emptied.add(at);
    }
    let end = after.length;
    while (end > 1 && (emptied.has(end - 1) || isBlankRow(after[end - 1]))) end--;
    for (const row of this.rows) {
      if (this.origin.has(row)) continue;
      after[end] = pad(row);
      emptied.delete(end);
      end++;
    }
    return {
      before: this.before,
      after,
      deleteRows: [...emptied].sort((a, b) => a - b),
    };
  }
}

/** Two cells hold exactly the same value: text to the character, a Date to the millisecond. */
export function sameValue(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === undefined || v === null || v === "";
  if (blank(a) && blank(b)) return true;
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b;
}

/** A rectangle of cells to write with one setValues. */
export interface Block {
  /** 1-based sheet row and column of the top-left cell. */
  row: number;
  column: number;
  values: unknown[][];
}

/**
 * The cells that differ between before and after, as few rectangles as can be made without
 * covering a cell that did not change: each row's runs of changed cells, and a run shared by rows
 * one under the other as one block. A row that is new (or was empty) is written whole. Rows to be
 * deleted are not written.
 */
export function cellEdits(change: SheetChange): Block[] {
  const { before, after } = change;
  const skip = new Set(change.deleteRows);
  const runs: Array<{ row: number; from: number; to: number }> = [];
  after.forEach((row, r) => {
    if (skip.has(r)) return;
    const old = before[r];
    const fresh = old === undefined || isBlankRow(old);
    let from = -1;
    for (let c = 0; c <= row.length; c++) {
      const changed = c < row.length && (fresh ? true : !sameValue(old[c], row[c]));
      if (changed && from < 0) from = c;
      if (!changed && from >= 0) {
        runs.push({ row: r, from, to: c - 1 });
        from = -1;
      }
    }
  });
  // A new, wholly empty row needs no write.
  const useful = runs.filter(
    (run) =>
      !(before[run.row] === undefined || isBlankRow(before[run.row])) ||
      !isBlankRow(after[run.row]),
  );
  const blocks: Block[] = [];
  let open: { first: number; from: number; to: number; rows: unknown[][] } | undefined;
  const close = () => {
    if (open) blocks.push({ row: open.first + 1, column: open.from + 1, values: open.rows });
    open = undefined;
  };
  for (const run of useful) {
    const cells = after[run.row].slice(run.from, run.to + 1);
    if (
      open &&
      open.from === run.from &&
      open.to === run.to &&
      open.first + open.rows.length === run.row
    ) {
      open.rows.push(cells);
      continue;
    }
    close();
    open = { first: run.row, from: run.from, to: run.to, rows: [cells] };
  }
  close();
  return blocks;
}
