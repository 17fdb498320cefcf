// Spreadsheet and SpreadsheetApp. The environment has one spreadsheet, the one the add-on runs in.

import type { SpreadsheetApi, SpreadsheetAppApi, UiApi } from "../gas/gas";
import { parseA1 } from "./a1";
import { counted } from "./calls";
import { gasError, type FakeContext } from "./context";
import type { BookData, SheetData } from "./grid";
import { FakeProtection, ProtectionType } from "./protection";
import { FakeRange } from "./range";
import { duplicateName, FakeSheet } from "./sheet";
import { DataValidationCriteria, FakeDataValidationBuilder } from "./validation";

/** The stored sheet behind a Sheet the script passes back to us. */
function dataOf(book: BookData, sheet: unknown): SheetData {
  const data = sheet instanceof FakeSheet ? sheet.data : undefined;
  if (!data || !book.sheets.includes(data)) throw gasError("Sheet not found");
  return data;
}

export class FakeSpreadsheet implements SpreadsheetApi {
  constructor(
    private readonly ctx: FakeContext,
    readonly book: BookData,
  ) {
    return counted("Spreadsheet", this, ctx.calls);
  }

  getId(): string {
    return this.book.id;
  }

  getName(): string {
    return this.book.name;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }

  /** Sheet names are unique regardless of case, and looked up the same way. */
  getSheetByName(name: string): FakeSheet | null {
    const data = this.book.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
    return data ? new FakeSheet(this.ctx, data) : null;
  }

  getSheets(): FakeSheet[] {
    return this.book.sheets.map((s) => new FakeSheet(this.ctx, s));
  }

  /** The new sheet goes at 0-based `sheetIndex` (default: last) and becomes the active sheet. */
  insertSheet(sheetName?: string | number, sheetIndex?: number): FakeSheet {
    const { book } = this;
    if (typeof sheetName === "number") [sheetName, sheetIndex] = [undefined, sheetName];
    let name = sheetName;
    for (let n = book.sheets.length + 1; name === undefined; n++) {
      if (!book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) name = `Sheet${n}`;
    }
    if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw duplicateName(name);
    const data = book.addSheet(name, sheetIndex);
    book.active = data;
    return new FakeSheet(this.ctx, data);
  }

  deleteSheet(sheet: unknown): void {
    const data = dataOf(this.book, sheet);
    if (this.book.sheets.length === 1)
      throw gasError("You can't remove all the sheets in a document.");
    this.book.sheets.splice(this.book.sheets.indexOf(data), 1);
    if (this.book.active === data) this.book.active = this.book.sheets[0];
  }

  getActiveSheet(): FakeSheet {
    return new FakeSheet(this.ctx, this.book.active);
  }

  setActiveSheet<S>(sheet: S): S {
    this.book.active = dataOf(this.book, sheet);
    this.book.active.hidden = false;
    return sheet;
  }

  /** "Needs!A2:K" or, without a sheet name, a range of the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const a1 = parseA1(a1Notation);
    const name = a1?.sheetName?.toLowerCase();
    const data =
      name === undefined
        ? this.book.active
        : this.book.sheets.find((s) => s.name.toLowerCase() === name);
    if (!a1 || !data) throw gasError("Range not found");
    const r = a1.resolve(data.maxRows, data.maxColumns);
    return new FakeRange(this.ctx, data, r.row, r.column, r.numRows, r.numColumns);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this.book.sheets.flatMap((s) =>
      s.protections.filter((p) => p.type === type).map((p) => new FakeProtection(this.ctx, p)),
    );
  }

  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.book.timeZone = timezone;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.toasts.push({
      message: String(msg),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
}

export class FakeSpreadsheetApp implements SpreadsheetAppApi {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;

  constructor(
    private readonly ctx: FakeContext,
    private readonly book: BookData,
    private readonly ui: () => UiApi,
  ) {
    return counted("SpreadsheetApp", this, ctx.calls);
  }

  /**
   * null in a run without a containing document: "a timed trigger will receive null when it calls
   * getActiveSpreadsheet(), since there is no Sheets instance attached to it"
   * (https://github.com/mogsdad/SheetConverter/issues/2; add-on triggers: "time-driven triggers
   * ... are attached to the script, not the document",
   * https://developers.google.com/workspace/add-ons/concepts/editor-triggers). Self-test records
   * what a real timed run sees.
   */
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.ctx.noDocument ? null : new FakeSpreadsheet(this.ctx, this.book);
  }

  getActive(): FakeSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  /**
   * The one spreadsheet of this environment, by its id; any other id fails as Google's does for a
   * file that is gone or not shared. Needs the spreadsheets scope, not spreadsheets.currentonly.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
   */
  openById(id: string): FakeSpreadsheet {
    if (id !== this.book.id)
      throw gasError(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return new FakeSpreadsheet(this.ctx, this.book);
  }

  getActiveSheet(): FakeSheet {
    return new FakeSheet(this.ctx, this.book.active);
  }

  getUi(): UiApi {
    if (!this.ctx.uiAvailable)
      throw gasError("Cannot call SpreadsheetApp.getUi() from this context.");
    return this.ui();
  }

  /**
   * Writes are applied at once here, but Google may hold them back until a flush or the end of the
   * run; the fake Lock checks that a lock is not released over writes nobody flushed.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
   */
  flush(): void {
    this.ctx.calls.unflushed = false;
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.ctx);
  }
}
