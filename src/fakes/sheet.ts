// Sheet: one tab of the spreadsheet. New sheets are 1000 rows by 26 columns, as Google makes them;
// writes outside that throw until rows or columns are inserted (appendRow grows the sheet itself).

import type { SheetApi } from "../gas/gas";
import { parseA1 } from "./a1";
import { counted } from "./calls";
import { gasError, type FakeContext } from "./context";
import { DEFAULT_COLUMN_WIDTH, type SheetData } from "./grid";
import { FakeProtection, newProtection, ProtectionType } from "./protection";
import { clearCell, FakeRange, signatureError, writeValues } from "./range";
import { FakeSpreadsheet } from "./spreadsheet";

export function duplicateName(name: string): Error {
  return gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

export class FakeSheet implements SheetApi {
  constructor(
    private readonly ctx: FakeContext,
    readonly data: SheetData,
  ) {
    return counted("Sheet", this, ctx.calls);
  }

  getName(): string {
    return this.data.name;
  }

  setName(name: string): this {
    const lower = name.toLowerCase();
    if (this.data.book.sheets.some((s) => s !== this.data && s.name.toLowerCase() === lower)) {
      throw duplicateName(name);
    }
    this.data.name = name;
    return this;
  }

  getSheetId(): number {
    return this.data.id;
  }

  getIndex(): number {
    return this.data.book.sheets.indexOf(this.data) + 1;
  }

  getParent(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.ctx, this.data.book);
  }

  getRange(...args: unknown[]): FakeRange {
    const [a, b, c, d] = args;
    if (typeof a === "string" && args.length === 1) {
      const a1 = parseA1(a);
      if (
        !a1 ||
        (a1.sheetName !== undefined && a1.sheetName.toLowerCase() !== this.data.name.toLowerCase())
      ) {
        throw gasError("Range not found");
      }
      const r = a1.resolve(this.data.maxRows, this.data.maxColumns);
      return new FakeRange(this.ctx, this.data, r.row, r.column, r.numRows, r.numColumns);
    }
    const numbers = args.every((x) => typeof x === "number" && !Number.isNaN(x));
    if (!numbers || args.length < 2 || args.length > 4) {
      throw signatureError("SpreadsheetApp.Sheet.getRange", args);
    }
    const [row, column, numRows = 1, numColumns = 1] = [a, b, c, d] as number[];
    return new FakeRange(this.ctx, this.data, row, column, numRows, numColumns);
  }

  /** From A1 to the last cell with content; just A1 on an empty sheet. */
  getDataRange(): FakeRange {
    const rows = Math.max(this.data.lastRow(), 1);
    const columns = Math.max(this.data.lastColumn(), 1);
    return new FakeRange(this.ctx, this.data, 1, 1, rows, columns);
  }

  getLastRow(): number {
    return this.data.lastRow();
  }

  getLastColumn(): number {
    return this.data.lastColumn();
  }

  getMaxRows(): number {
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    return this.data.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.data.maxRows)
      throw gasError("Those rows are out of bounds.");
    this.data.insertRows(afterPosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.data.maxColumns) {
      throw gasError("Those columns are out of bounds.");
    }
    this.data.insertColumns(afterPosition, howMany);
    return this;
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents))
      throw signatureError("SpreadsheetApp.Sheet.appendRow", [rowContents]);
    const row = this.data.lastRow() + 1;
    this.data.maxRows = Math.max(this.data.maxRows, row);
    this.data.maxColumns = Math.max(this.data.maxColumns, rowContents.length);
    writeValues(this.data, row, 1, [rowContents]);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.data.maxRows) {
      throw gasError("Those rows are out of bounds.");
    }
    if (this.data.maxRows - howMany <= this.data.frozenRows) {
      throw gasError("Sorry, it is not possible to delete all non-frozen rows.");
    }
    this.data.deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    for (const cells of this.data.rows)
      for (const cell of cells ?? []) if (cell) clearCell(cell, options);
    return this;
  }

  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }

  setFrozenRows(rows: number): void {
    this.data.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.data.frozenRows;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.data.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.data.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.data.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Sheets sizes the columns to their text; we have no fonts to measure, so widths stay. */
  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this;
  }

  /** As Google's: a sheet that is already protected gives its existing protection. */
  protect(): FakeProtection {
    const existing = this.data.protections.find((p) => p.type === ProtectionType.SHEET);
    const { maxRows, maxColumns } = this.data;
    const data =
      existing ?? newProtection(ProtectionType.SHEET, this.data, 1, 1, maxRows, maxColumns);
    return new FakeProtection(this.ctx, data);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this.data.protections
      .filter((p) => p.type === type)
      .map((p) => new FakeProtection(this.ctx, p));
  }

  setTabColor(color: string | null): this {
    this.data.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.data.tabColor;
  }

  hideSheet(): this {
    if (this.data.book.sheets.every((s) => s === this.data || s.hidden)) {
      throw gasError("You can't hide all the sheets in a document.");
    }
    this.data.hidden = true;
    return this;
  }

  showSheet(): this {
    this.data.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.data.hidden;
  }

  activate(): this {
    this.data.book.active = this.data;
    this.data.hidden = false;
    return this;
  }
}
