// The stored state of a spreadsheet: its sheets, each a sparse grid of cells with Google's limits.
// The Fake* classes are views over this state, made afresh on each call as Google's are.

import type { Cell } from "./values";
import { hasContent } from "./values";

export interface ProtectionData {
  type: GoogleAppsScript.Spreadsheet.ProtectionType;
  sheet: SheetData;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  description: string;
  warningOnly: boolean;
}

export class BookData {
  readonly sheets: SheetData[] = [];
  active: SheetData;
  nextSheetId = 1;
  /** The environment's clock: "5 Jan" typed into a cell is 5 January of this year. */
  now: () => number = () => Date.now();

  /** A new spreadsheet has one sheet, "Sheet1", whose id (gid) is 0. */
  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
  ) {
    this.active = new SheetData("Sheet1", 0, this);
    this.sheets.push(this.active);
  }

  /** Google's sheet ids (gids) look random; ours are fixed so that test output is stable. */
  addSheet(name: string, index = this.sheets.length): SheetData {
    const sheet = new SheetData(name, this.nextSheetId++ * 1_000_003, this);
    this.sheets.splice(Math.min(Math.max(index, 0), this.sheets.length), 0, sheet);
    return sheet;
  }
}

/** Column width, in pixels, of a column nobody has resized. */
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetData {
  /** rows[r - 1][c - 1]; undefined where nothing was ever written. */
  rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  tabColor: string | null = null;
  hidden = false;
  protections: ProtectionData[] = [];

  constructor(
    public name: string,
    readonly id: number,
    readonly book: BookData,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  ensure(row: number, column: number): Cell {
    const cells = (this.rows[row - 1] ??= []);
    return (cells[column - 1] ??= { value: "" });
  }

  lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      for (let c = cells?.length ?? 0; c > last; c--) {
        if (hasContent(cells?.[c - 1])) last = c;
      }
    }
    return last;
  }

  insertRows(after: number, howMany: number): void {
    if (this.rows.length > after) this.rows.splice(after, 0, ...new Array<undefined>(howMany));
    this.maxRows += howMany;
  }

  insertColumns(after: number, howMany: number): void {
    for (const cells of this.rows) {
      if (cells && cells.length > after) cells.splice(after, 0, ...new Array<undefined>(howMany));
    }
    this.maxColumns += howMany;
  }

  deleteRows(start: number, howMany: number): void {
    this.rows.splice(start - 1, howMany);
    this.maxRows -= howMany;
  }
}
