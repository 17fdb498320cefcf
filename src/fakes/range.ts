// Range: a rectangle of one sheet, read and written as 2-D arrays.

import type { ClearOptions, DataValidationApi, RangeApi } from "../gas/gas";
import { a1Notation } from "./a1";
import { counted } from "./calls";
import { gasError, isDate, type FakeContext } from "./context";
import type { SheetData } from "./grid";
import { FakeProtection, newProtection, ProtectionType } from "./protection";
import { FakeSheet } from "./sheet";
import { accepts, FakeDataValidation } from "./validation";
import {
  DEFAULT_NUMBER_FORMAT,
  displayValue,
  parseInput,
  type Cell,
  type CellValue,
} from "./values";

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** How Apps Script names argument types in its errors: number, String, Boolean, number[]. */
function typeName(arg: unknown): string {
  if (arg === null || arg === undefined) return "null";
  if (Array.isArray(arg)) return `${arg.length ? typeName(arg[0]) : "Object"}[]`;
  const names: Record<string, string> = { number: "number", string: "String", boolean: "Boolean" };
  return names[typeof arg] ?? "Object";
}

export function signatureError(method: string, args: unknown[]): Error {
  return gasError(
    `The parameters (${args.map(typeName).join(",")}) don't match the method signature for ${method}.`,
  );
}

export function checkRange(
  sheet: SheetData,
  row: number,
  column: number,
  rows: number,
  columns: number,
) {
  if (row < 1) throw gasError("The starting row of the range is too small.");
  if (column < 1) throw gasError("The starting column of the range is too small.");
  if (rows < 1) throw gasError("The number of rows in the range must be at least 1.");
  if (columns < 1) throw gasError("The number of columns in the range must be at least 1.");
  if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
    throw gasError("The coordinates of the range are outside the dimensions of the sheet.");
  }
}

function checkShape(data: unknown, rows: number, columns: number, method: string): void {
  if (!Array.isArray(data) || !data.every(Array.isArray)) throw signatureError(method, [data]);
  if (data.length !== rows) {
    throw gasError(
      "The number of rows in the data does not match the number of rows in the range. " +
        `The data has ${data.length} but the range has ${rows}.`,
    );
  }
  const bad = (data as unknown[][]).find((r) => r.length !== columns);
  if (bad) {
    throw gasError(
      "The number of columns in the data does not match the number of columns in the range. " +
        `The data has ${bad.length} but the range has ${columns}.`,
    );
  }
}

/** Writes values as a script does: parsed as if typed, refused whole if a rule rejects one. */
export function writeValues(
  sheet: SheetData,
  row: number,
  column: number,
  values: unknown[][],
): void {
  const timeZone = sheet.book.timeZone;
  const parsed = values.map((cells, i) =>
    cells.map((input, j) => {
      const cell = sheet.cell(row + i, column + j);
      const written = parseInput(input, cell?.format, timeZone, sheet.book.now());
      if (cell?.validation && !accepts(cell.validation, written.value)) {
        throw gasError(
          `The data you entered in cell ${a1Notation(row + i, column + j, 1, 1)} ` +
            "violates the data validation rules set on this cell.",
        );
      }
      return written;
    }),
  );
  parsed.forEach((cells, i) =>
    cells.forEach((written, j) => {
      const cell = sheet.ensure(row + i, column + j);
      cell.value = written.value;
      if (written.formula === undefined) delete cell.formula;
      else cell.formula = written.formula;
      if (written.autoFormat && cell.format === undefined) cell.format = written.autoFormat;
    }),
  );
}

type Style = Exclude<keyof Cell, "value" | "formula">;
const FORMATS: Style[] = [
  "format",
  "background",
  "fontWeight",
  "fontColor",
  "wrap",
  "horizontalAlignment",
  "verticalAlignment",
];

function assign<K extends Style>(cell: Cell, key: K, value: Cell[K] | null): void {
  if (value === null || value === undefined) delete cell[key];
  else cell[key] = value;
}

/** Range.clear(options) on one cell: no options means contents and formats. */
export function clearCell(cell: Cell, options: ClearOptions = {}): void {
  const { contentsOnly, formatOnly, validationsOnly, commentsOnly } = options;
  const everything = !contentsOnly && !formatOnly && !validationsOnly && !commentsOnly;
  if (contentsOnly || everything) {
    cell.value = "";
    delete cell.formula;
  }
  if (formatOnly || everything) for (const key of FORMATS) delete cell[key];
  if (validationsOnly) delete cell.validation;
  if (commentsOnly) delete cell.note;
}

function copyValue(value: CellValue, DateCtor: DateConstructor): CellValue {
  return isDate(value) ? new DateCtor(value.getTime()) : value;
}

export class FakeRange implements RangeApi {
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: SheetData,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    checkRange(sheet, row, column, numRows, numColumns);
    return counted("Range", this, ctx.calls);
  }

  private read<T>(get: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numColumns }, (_, j) =>
        get(this.sheet.cell(this.row + i, this.column + j)),
      ),
    );
  }

  private write<T>(method: string, data: T[][], set: (cell: Cell, value: T) => void): this {
    checkShape(data, this.numRows, this.numColumns, `SpreadsheetApp.Range.${method}`);
    data.forEach((cells, i) =>
      cells.forEach((v, j) => set(this.sheet.ensure(this.row + i, this.column + j), v)),
    );
    return this;
  }

  private fill<T>(value: T, set: (cell: Cell, value: T) => void): this {
    const grid = Array.from({ length: this.numRows }, () =>
      new Array<T>(this.numColumns).fill(value),
    );
    return this.write("fill", grid, set);
  }

  getValues(): unknown[][] {
    return this.read((cell) => copyValue(cell?.value ?? "", this.ctx.DateCtor));
  }

  getValue(): unknown {
    return this.getValues()[0][0];
  }

  setValues(values: unknown[][]): this {
    checkShape(values, this.numRows, this.numColumns, "SpreadsheetApp.Range.setValues");
    writeValues(this.sheet, this.row, this.column, values);
    return this;
  }

  setValue(value: unknown): this {
    const grid = Array.from({ length: this.numRows }, () =>
      new Array<unknown>(this.numColumns).fill(value),
    );
    writeValues(this.sheet, this.row, this.column, grid);
    return this;
  }

  getDisplayValues(): string[][] {
    return this.read((cell) => displayValue(cell, this.sheet.book.timeZone));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this.read((cell) => cell?.formula ?? "");
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }

  getBackgrounds(): string[][] {
    return this.read((cell) => cell?.background ?? "#ffffff");
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  setBackgrounds(colors: Array<Array<string | null>>): this {
    return this.write("setBackgrounds", colors, (cell, c) =>
      assign(cell, "background", c?.toLowerCase()),
    );
  }

  setBackground(color: string | null): this {
    return this.fill(color, (cell, c) => assign(cell, "background", c?.toLowerCase()));
  }

  getNumberFormats(): string[][] {
    return this.read((cell) => cell?.format ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  setNumberFormats(numberFormats: string[][]): this {
    return this.write("setNumberFormats", numberFormats, (cell, f) => assign(cell, "format", f));
  }

  setNumberFormat(numberFormat: string): this {
    return this.fill(numberFormat, (cell, f) => assign(cell, "format", f));
  }

  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    return this.read((cell) => cell?.validation ?? null);
  }

  getDataValidation(): FakeDataValidation | null {
    return this.getDataValidations()[0][0];
  }

  setDataValidations(rules: Array<Array<DataValidationApi | null>>): this {
    return this.write("setDataValidations", rules, (cell, rule) => {
      if (rule === null) delete cell.validation;
      else if (rule instanceof FakeDataValidation) cell.validation = rule;
      else throw signatureError("SpreadsheetApp.Range.setDataValidations", [rule]);
    });
  }

  setDataValidation(rule: DataValidationApi | null): this {
    return this.setDataValidations(
      Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(rule)),
    );
  }

  getNotes(): string[][] {
    return this.read((cell) => cell?.note ?? "");
  }

  getNote(): string {
    return this.getNotes()[0][0];
  }

  setNotes(notes: Array<Array<string | null>>): this {
    return this.write("setNotes", notes, (cell, note) => assign(cell, "note", note || null));
  }

  setNote(note: string | null): this {
    return this.setNotes(
      Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(note)),
    );
  }

  getFontWeights(): FontWeight[][] {
    return this.read((cell) => cell?.fontWeight ?? "normal");
  }

  getFontWeight(): FontWeight {
    return this.getFontWeights()[0][0];
  }

  setFontWeight(fontWeight: FontWeight | null): this {
    return this.fill(fontWeight, (cell, w) => assign(cell, "fontWeight", w));
  }

  getFontColors(): string[][] {
    return this.read((cell) => cell?.fontColor ?? "#000000");
  }

  setFontColors(colors: Array<Array<string | null>>): this {
    return this.write("setFontColors", colors, (cell, c) =>
      assign(cell, "fontColor", c?.toLowerCase()),
    );
  }

  setFontColor(color: string | null): this {
    return this.setFontColors(
      Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(color)),
    );
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.fill(isWrapEnabled, (cell, wrap) => assign(cell, "wrap", wrap));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.fill(alignment, (cell, a) => assign(cell, "horizontalAlignment", a));
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.fill(alignment, (cell, a) => assign(cell, "verticalAlignment", a));
  }

  clearContent(): this {
    return this.fill(null, (cell) => clearCell(cell, { contentsOnly: true }));
  }

  clear(options?: ClearOptions): this {
    return this.fill(null, (cell) => clearCell(cell, options));
  }

  protect(): FakeProtection {
    const { row, column, numRows, numColumns } = this;
    const data = newProtection(ProtectionType.RANGE, this.sheet, row, column, numRows, numColumns);
    return new FakeProtection(this.ctx, data);
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }

  getSheet(): FakeSheet {
    return new FakeSheet(this.ctx, this.sheet);
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheet,
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }
}
