// Data validation rules (SpreadsheetApp.newDataValidation()). A rule that rejects invalid input
// also rejects a script's setValue(s), with Google's message, so a fake run fails where a real one
// would.

import type { DataValidationApi, DataValidationBuilderApi } from "../gas/gas";
import { counted } from "./calls";
import { enumOf, gasError, isDate, type FakeContext } from "./context";
import type { CellValue } from "./values";

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export const DataValidationCriteria = enumOf<
  typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria
>(
  "DATE_AFTER DATE_BEFORE DATE_BETWEEN DATE_EQUAL_TO DATE_IS_VALID_DATE " +
    "DATE_NOT_BETWEEN DATE_ON_OR_AFTER DATE_ON_OR_BEFORE NUMBER_BETWEEN NUMBER_EQUAL_TO " +
    "NUMBER_GREATER_THAN NUMBER_GREATER_THAN_OR_EQUAL_TO NUMBER_LESS_THAN " +
    "NUMBER_LESS_THAN_OR_EQUAL_TO NUMBER_NOT_BETWEEN NUMBER_NOT_EQUAL_TO TEXT_CONTAINS " +
    "TEXT_DOES_NOT_CONTAIN TEXT_EQUAL_TO TEXT_IS_VALID_EMAIL TEXT_IS_VALID_URL " +
    "VALUE_IN_LIST VALUE_IN_RANGE CUSTOM_FORMULA CHECKBOX",
);

interface Rule {
  criteria?: Criteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const copyValues = (values: unknown[]) => values.map((v) => (Array.isArray(v) ? [...v] : v));

export class FakeDataValidation implements DataValidationApi {
  constructor(
    private readonly ctx: FakeContext,
    readonly rule: Readonly<Rule> & { criteria: Criteria },
  ) {
    return counted("DataValidation", this, ctx.calls);
  }

  getCriteriaType(): Criteria {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyValues(this.rule.values);
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    return this.rule.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.ctx, {
      ...this.rule,
      values: copyValues(this.rule.values),
    });
  }
}

/** Whether a cell with this rule takes the value; blanks always pass. */
export function accepts(validation: FakeDataValidation, value: CellValue): boolean {
  const { rule } = validation;
  if (rule.allowInvalid || value === "") return true;
  const [first, second] = rule.values;
  switch (rule.criteria) {
    case DataValidationCriteria.VALUE_IN_LIST:
      return (first as unknown[]).some((item) => String(item) === String(value));
    case DataValidationCriteria.CHECKBOX:
      return typeof value === "boolean";
    case DataValidationCriteria.NUMBER_BETWEEN:
      return typeof value === "number" && value >= Number(first) && value <= Number(second);
    case DataValidationCriteria.DATE_IS_VALID_DATE:
      return isDate(value);
    default:
      return true;
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilderApi {
  private readonly rule: Rule;

  constructor(
    private readonly ctx: FakeContext,
    rule?: Rule,
  ) {
    this.rule = rule ?? { values: [], allowInvalid: true, helpText: null };
    return counted("DataValidationBuilder", this, ctx.calls);
  }

  private require(criteria: Criteria, values: unknown[]): this {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.require(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }

  requireDate(): this {
    return this.require(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }

  requireCheckbox(): this {
    return this.require(DataValidationCriteria.CHECKBOX, []);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.require(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.rule.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.rule.helpText = helpText;
    return this;
  }

  getCriteriaType(): Criteria {
    if (this.rule.criteria === undefined) throw gasError("No criteria have been set.");
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyValues(this.rule.values);
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    return this.rule.helpText;
  }

  build(): FakeDataValidation {
    const criteria = this.getCriteriaType();
    return new FakeDataValidation(this.ctx, {
      ...this.rule,
      criteria,
      values: copyValues(this.rule.values),
    });
  }
}
