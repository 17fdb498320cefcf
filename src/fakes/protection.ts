// Protected sheets and ranges. The script runs as an editor, so protection never blocks its own
// writes; what matters to the add-on is that the protection exists and says what it should.

import type { ProtectionApi } from "../gas/gas";
import { counted } from "./calls";
import { enumOf, type FakeContext } from "./context";
import type { ProtectionData, SheetData } from "./grid";
import { FakeRange } from "./range";

type Type = GoogleAppsScript.Spreadsheet.ProtectionType;

export const ProtectionType =
  enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>("RANGE SHEET");

export function newProtection(
  type: Type,
  sheet: SheetData,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): ProtectionData {
  const data = {
    type,
    sheet,
    row,
    column,
    numRows,
    numColumns,
    description: "",
    warningOnly: false,
  };
  sheet.protections.push(data);
  return data;
}

export class FakeProtection implements ProtectionApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly data: ProtectionData,
  ) {
    return counted("Protection", this, ctx.calls);
  }

  getProtectionType(): Type {
    return this.data.type;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.data.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }

  setDescription(description: string): this {
    this.data.description = description;
    return this;
  }

  getDescription(): string {
    return this.data.description;
  }

  getRange(): FakeRange {
    const { sheet } = this.data;
    if (this.data.type === ProtectionType.SHEET) {
      return new FakeRange(this.ctx, sheet, 1, 1, sheet.maxRows, sheet.maxColumns);
    }
    const { row, column, numRows, numColumns } = this.data;
    return new FakeRange(this.ctx, sheet, row, column, numRows, numColumns);
  }

  canEdit(): boolean {
    return true;
  }

  remove(): void {
    const list = this.data.sheet.protections;
    const at = list.indexOf(this.data);
    if (at >= 0) list.splice(at, 1);
  }
}
