import { DEFAULT_TIME_ZONE, cellText, isBlankRow, isDate } from "./cells";
import { type ColumnDef, columnFor } from "./columns";

// A sheet's values as the intake edits them: rows found and changed by column key, the sheet's own
// header order and extra columns kept. Values stay as getValues gives them (text, numbers, Dates);
// what goes back to the sheet is worked out by changedBlock, which keeps typed text literal.

export class SheetTable<K extends string> {
  readonly header: unknown[];
  /** The rows under the header, copied: edit them freely. */
  readonly rows: unknown[][];
  private readonly index = new Map<K, number>();

  constructor(
    values: unknown[][] | undefined,
    private readonly columns: readonly ColumnDef<K>[],
  ) {
    const hasHeader = values !== undefined && values.length > 0 && !isBlankRow(values[0]);
    this.header = hasHeader ? [...values[0]] : columns.map((c) => c.header);
    this.header.forEach((h, i) => {
      const col = columnFor(columns, cellText(h, DEFAULT_TIME_ZONE));
      if (col && !this.index.has(col.key)) this.index.set(col.key, i);
    });
    this.rows = (hasHeader ? values.slice(1) : []).map((r) => [...r]);
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

  text(row: readonly unknown[], key: K, timeZone: string): string {
    return cellText(this.get(row, key), timeZone);
  }

  set(row: unknown[], key: K, value: unknown): void {
    const at = this.column(key);
    while (row.length < at) row.push("");
    row[at] = value;
  }

  blankRow(): unknown[] {
    return Array<unknown>(this.header.length).fill("");
  }

  /** Where a new row goes: after the last row with anything in it. */
  endOfData(): number {
    let end = this.rows.length;
    while (end > 0 && isBlankRow(this.rows[end - 1])) end--;
    return end;
  }

  /** Header and rows, each as wide as the header. */
  values(): unknown[][] {
    const width = Math.max(this.header.length, ...this.rows.map((r) => r.length));
    const pad = (r: unknown[]) => [...r, ...Array<unknown>(width - r.length).fill("")];
    return [pad(this.header), ...this.rows.map(pad)];
  }
}

/** Two cells hold the same thing, as the coordinator would read them. */
export function sameCell(a: unknown, b: unknown, timeZone: string): boolean {
  if (a === b) return true;
  if (isDate(a) && isDate(b) && a.getTime() === b.getTime()) return true;
  if (isDate(a) || isDate(b)) return cellText(a, timeZone) === cellText(b, timeZone);
  if (typeof a !== typeof b && !(isBlank(a) && isBlank(b))) return false;
  return cellText(a, timeZone) === cellText(b, timeZone);
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

function sameRow(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined, tz: string) {
  if (a === b) return true;
  const width = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let i = 0; i < width; i++) if (!sameCell(a?.[i] ?? "", b?.[i] ?? "", tz)) return false;
  return true;
}

/**
 * Text as a person typed it, written so that Sheets keeps it as that text: anything that is not
 * plainly words (a formula, a number, a date, a phone number, "TRUE", a leading apostrophe) gets
 * the apostrophe that Sheets reads as "this is text" and does not show.
 */
export function literalText(text: string): string {
  if (text === "") return text;
  const plainWords =
    /^\p{L}/u.test(text) && !/\d/.test(text) && !/^(true|false)$/i.test(text.trim());
  return plainWords ? text : `'${text}`;
}

/** A value as it is written back: text stays literal, numbers and Dates stay what they are. */
export function toSheetCell(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? literalText(value) : value;
}

export interface Block {
  /** 1-based sheet row of the block's first row. */
  row: number;
  values: unknown[][];
}

/**
 * The rows that differ between two versions of a sheet, as one rectangle to write with one
 * setValues: from the first changed row to the last, cleared below when the sheet got shorter.
 * undefined when nothing changed.
 */
export function changedBlock(
  before: unknown[][],
  after: unknown[][],
  timeZone: string,
): Block | undefined {
  const length = Math.max(before.length, after.length);
  let first = 0;
  while (first < length && sameRow(before[first], after[first], timeZone)) first++;
  if (first === length) return undefined;
  let last = length - 1;
  if (before.length === after.length)
    while (last > first && sameRow(before[last], after[last], timeZone)) last--;
  const width = Math.max(
    ...after.map((r) => r.length),
    ...before.slice(first, last + 1).map((r) => r.length),
    1,
  );
  const values: unknown[][] = [];
  for (let i = first; i <= last; i++) {
    const row = after[i] ?? [];
    values.push(
      Array.from({ length: width }, (_, j) => (j < row.length ? toSheetCell(row[j]) : "")),
    );
  }
  return { row: first + 1, values };
}
