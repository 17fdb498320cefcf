// Form items: the stored state of each question and the typed views Google hands out for it.
// form.addCheckboxItem() gives a CheckboxItem; form.getItems() gives plain Items, which a script
// casts back with asCheckboxItem(). Views are made afresh on each call, as Google's are, and every
// call on them is counted under the view's class name ("CheckboxItem.setChoiceValues").

import type {
  ChoiceApi,
  CheckboxGridItemApi,
  CheckboxItemApi,
  DateItemApi,
  ItemApi,
  ItemType as ItemKind,
  ListItemApi,
  MultipleChoiceItemApi,
  PageBreakItemApi,
  PageNavigationType as NavigationKind,
  ParagraphTextItemApi,
  ScaleItemApi,
  TextItemApi,
  TextValidationApi,
  TextValidationBuilderApi,
} from "../gas/gas-forms";
import { counted } from "./calls";
import { enumOf, gasError, type FakeContext } from "./context";

export type { ItemKind };

export const ItemType = enumOf<typeof GoogleAppsScript.Forms.ItemType>(
  "CHECKBOX CHECKBOX_GRID DATE DATETIME DURATION GRID IMAGE LIST MULTIPLE_CHOICE PAGE_BREAK " +
    "PARAGRAPH_TEXT SCALE SECTION_HEADER TEXT TIME VIDEO FILE_UPLOAD",
);

export type TextRule =
  | { kind: "email" }
  | { kind: "number" }
  | { kind: "whole number" }
  | { kind: "number between"; start: number; end: number }
  | { kind: "max length"; max: number };

/**
 * Where a multiple-choice answer, or the end of the page before a page break, sends the
 * respondent: https://developers.google.com/apps-script/reference/forms/page-navigation-type
 */
export const PageNavigationType = enumOf<typeof GoogleAppsScript.Forms.PageNavigationType>(
  "CONTINUE GO_TO_PAGE RESTART SUBMIT",
);

export interface Navigation {
  type: NavigationKind;
  /** The page break's item id, for GO_TO_PAGE. */
  goTo?: number;
}

export interface TextValidationData {
  rule?: TextRule;
  helpText: string;
}

export interface ItemData {
  id: number;
  type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  /** Per choice, for a multiple-choice item whose choices navigate; empty otherwise. */
  choiceNav: Navigation[];
  /** A page break's go-to (what happens after the page before it). */
  navigation?: Navigation;
  hasOther: boolean;
  rows: string[];
  columns: string[];
  includesYear: boolean;
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
  validation?: TextValidationData;
}

/** What the views need: the form's items (for getIndex) and the environment. */
export interface ItemHost {
  ctx: FakeContext;
  items: ItemData[];
  /** A title or grid rows changed: a linked responses sheet updates its header. */
  changed?: () => void;
}

export function newItem(id: number, type: ItemKind): ItemData {
  return {
    id,
    type,
    title: "",
    helpText: "",
    required: false,
    choices: [],
    choiceNav: [],
    hasOther: false,
    rows: [],
    columns: [],
    includesYear: true,
    lowerBound: 1,
    upperBound: 5,
    leftLabel: "",
    rightLabel: "",
  };
}

/** The types that ask a question (and so get a column in the responses sheet). */
export const QUESTION_TYPES: readonly ItemKind[] = [
  ItemType.TEXT,
  ItemType.PARAGRAPH_TEXT,
  ItemType.CHECKBOX,
  ItemType.CHECKBOX_GRID,
  ItemType.MULTIPLE_CHOICE,
  ItemType.LIST,
  ItemType.DATE,
  ItemType.SCALE,
];

export class FakeChoice implements ChoiceApi {
  constructor(
    private readonly host: ItemHost,
    readonly value: string,
    /** Only a multiple-choice item's choices carry navigation. */
    readonly navigation?: Navigation,
  ) {
    return counted("Choice", this, host.ctx.calls);
  }

  getValue(): string {
    return this.value;
  }

  /** https://developers.google.com/apps-script/reference/forms/choice#getGotoPage() */
  getGotoPage(): FakePageBreakItem | null {
    const id = this.navigation?.type === PageNavigationType.GO_TO_PAGE && this.navigation.goTo;
    const item = id ? this.host.items.find((i) => i.id === id) : undefined;
    return item ? new FakePageBreakItem(this.host, item) : null;
  }

  /** Null for choices of items other than multiple choice, as the reference says. */
  getPageNavigationType(): NavigationKind {
    return (this.navigation?.type ?? null) as NavigationKind;
  }
}

/** Google refuses a blank choice; it keeps the values as given otherwise. */
function choiceValues(values: unknown, method: string): string[] {
  if (!Array.isArray(values)) throw gasError(`Invalid argument: ${method}`);
  const out = values.map((v) => String(v));
  if (out.some((v) => v.trim() === "")) throw gasError("Invalid data updating form.");
  return out;
}

abstract class ItemBase {
  constructor(
    protected readonly host: ItemHost,
    readonly data: ItemData,
    service: string,
  ) {
    return counted(service, this, host.ctx.calls);
  }

  getId(): number {
    return this.data.id;
  }

  /** 0-based position among the form's items; -1 once the item is deleted. */
  getIndex(): number {
    return this.host.items.indexOf(this.data);
  }

  getTitle(): string {
    return this.data.title;
  }

  getHelpText(): string {
    return this.data.helpText;
  }

  getType(): ItemKind {
    return this.data.type;
  }

  setTitle(title: string): this {
    this.data.title = String(title);
    this.host.changed?.();
    return this;
  }

  setHelpText(text: string): this {
    this.data.helpText = String(text);
    return this;
  }
}

abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return this.data.required;
  }

  setRequired(enabled: boolean): this {
    this.data.required = Boolean(enabled);
    return this;
  }
}

abstract class ChoicesBase extends QuestionBase {
  createChoice(value: string): FakeChoice {
    return new FakeChoice(this.host, String(value));
  }

  getChoices(): FakeChoice[] {
    return this.data.choices.map((v, i) => new FakeChoice(this.host, v, this.data.choiceNav[i]));
  }

  setChoiceValues(values: string[]): this {
    this.data.choices = choiceValues(values, "values");
    this.data.choiceNav = [];
    return this;
  }

  /**
   * "Choices that use page navigation cannot be combined in the same item with choices that do
   * not": https://developers.google.com/apps-script/reference/forms/page-navigation-type
   */
  setChoices(choices: ChoiceApi[]): this {
    if (!Array.isArray(choices) || !choices.every((c) => c instanceof FakeChoice))
      throw gasError("Invalid argument: choices");
    const navs = choices.map((c) => (c as FakeChoice).navigation);
    const some = navs.filter((n) => n !== undefined).length;
    if (some && some !== navs.length)
      throw gasError(
        "Choices that use page navigation cannot be combined with choices that do not.",
      );
    this.data.choices = choiceValues(
      choices.map((c) => c.getValue()),
      "choices",
    );
    this.data.choiceNav = some ? (navs as Navigation[]) : [];
    return this;
  }
}

export class FakeTextItem extends QuestionBase implements TextItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "TextItem");
  }

  setValidation(validation: TextValidationApi): this {
    if (!(validation instanceof FakeTextValidation)) throw gasError("Invalid argument: validation");
    this.data.validation = { ...validation.data };
    return this;
  }

  clearValidation(): this {
    delete this.data.validation;
    return this;
  }

  /** https://developers.google.com/apps-script/reference/forms/text-item#createResponse(String) */
  createResponse(response: string): PrefillAnswer {
    return new PrefillAnswer(this.host, this.data, String(response));
  }
}

/**
 * An ItemResponse made by createResponse: only for FormResponse.withItemResponse. Google's
 * reference describes it as the item plus the answer; nothing is stored until submit().
 */
export class PrefillAnswer {
  constructor(
    private readonly host: ItemHost,
    readonly item: ItemData,
    /** A list for a checkbox item. */
    readonly answer: string | string[],
  ) {}

  getItem(): FakeItem {
    return new FakeItem(this.host, this.item);
  }

  getResponse(): string | string[] {
    return structuredClone(this.answer);
  }
}

export class FakeParagraphTextItem extends QuestionBase implements ParagraphTextItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "ParagraphTextItem");
  }
}

export class FakeCheckboxItem extends ChoicesBase implements CheckboxItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "CheckboxItem");
  }

  hasOtherOption(): boolean {
    return this.data.hasOther;
  }

  showOtherOption(enabled: boolean): this {
    this.data.hasOther = Boolean(enabled);
    return this;
  }

  /**
   * "Throws an exception if any value does not match a valid choice for this item, unless
   * showOtherOption(enabled) is set to true":
   * https://developers.google.com/apps-script/reference/forms/checkbox-item#createResponse(String)
   */
  createResponse(responses: string[]): PrefillAnswer {
    if (!Array.isArray(responses)) throw gasError("Invalid argument: responses");
    const values = responses.map((v) => String(v));
    const others = values.filter((v) => !this.data.choices.includes(v));
    if (others.length > (this.data.hasOther ? 1 : 0))
      throw gasError(`Invalid response submitted to item ${this.data.id}: ${others[0]}`);
    return new PrefillAnswer(this.host, this.data, values);
  }
}

export class FakeMultipleChoiceItem extends ChoicesBase implements MultipleChoiceItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "MultipleChoiceItem");
  }

  hasOtherOption(): boolean {
    return this.data.hasOther;
  }

  showOtherOption(enabled: boolean): this {
    this.data.hasOther = Boolean(enabled);
    return this;
  }

  /**
   * A choice that navigates: to a page break, or CONTINUE / SUBMIT / RESTART.
   * https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createChoice(String,PageBreakItem)
   */
  override createChoice(value: string, navigation?: PageBreakItemApi | NavigationKind): FakeChoice {
    if (navigation === undefined) return new FakeChoice(this.host, String(value));
    if (navigation instanceof FakePageBreakItem)
      return new FakeChoice(this.host, String(value), {
        type: PageNavigationType.GO_TO_PAGE,
        goTo: navigation.getId(),
      });
    const type = String(navigation) as unknown as NavigationKind;
    if (!(String(type) in PageNavigationType) || type === PageNavigationType.GO_TO_PAGE)
      throw gasError("Invalid argument: navigationType");
    return new FakeChoice(this.host, String(value), { type });
  }

  /** https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createResponse(String) */
  createResponse(response: string): PrefillAnswer {
    const value = String(response);
    if (!this.data.hasOther && !this.data.choices.includes(value))
      throw gasError(`Invalid response submitted to item ${this.data.id}: ${value}`);
    return new PrefillAnswer(this.host, this.data, value);
  }
}

export class FakeListItem extends ChoicesBase implements ListItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "ListItem");
  }
}

export class FakeCheckboxGridItem extends QuestionBase implements CheckboxGridItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "CheckboxGridItem");
  }

  getRows(): string[] {
    return [...this.data.rows];
  }

  getColumns(): string[] {
    return [...this.data.columns];
  }

  setRows(rows: string[]): this {
    this.data.rows = choiceValues(rows, "rows");
    this.host.changed?.();
    return this;
  }

  setColumns(columns: string[]): this {
    this.data.columns = choiceValues(columns, "columns");
    return this;
  }
}

export class FakeDateItem extends QuestionBase implements DateItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "DateItem");
  }

  includesYear(): boolean {
    return this.data.includesYear;
  }

  setIncludesYear(enableYear: boolean): this {
    this.data.includesYear = Boolean(enableYear);
    return this;
  }
}

export class FakeScaleItem extends QuestionBase implements ScaleItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "ScaleItem");
  }

  getLowerBound(): number {
    return this.data.lowerBound;
  }

  getUpperBound(): number {
    return this.data.upperBound;
  }

  getLeftLabel(): string {
    return this.data.leftLabel;
  }

  getRightLabel(): string {
    return this.data.rightLabel;
  }

  /** Google's scales start at 0 or 1 and end at 3 to 10. */
  setBounds(lower: number, upper: number): this {
    if ((lower !== 0 && lower !== 1) || !Number.isInteger(upper) || upper < 3 || upper > 10)
      throw gasError("Invalid argument: bounds");
    this.data.lowerBound = lower;
    this.data.upperBound = upper;
    return this;
  }

  setLabels(lower: string, upper: string): this {
    this.data.leftLabel = String(lower);
    this.data.rightLabel = String(upper);
    return this;
  }
}

/** https://developers.google.com/apps-script/reference/forms/page-break-item */
export class FakePageBreakItem extends ItemBase implements PageBreakItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "PageBreakItem");
  }

  getGoToPage(): FakePageBreakItem | null {
    const id = this.data.navigation?.goTo;
    const item = id ? this.host.items.find((i) => i.id === id) : undefined;
    return item ? new FakePageBreakItem(this.host, item) : null;
  }

  getPageNavigationType(): NavigationKind {
    return this.data.navigation?.type ?? PageNavigationType.CONTINUE;
  }

  setGoToPage(target: PageBreakItemApi | NavigationKind): this {
    if (target instanceof FakePageBreakItem) {
      this.data.navigation = { type: PageNavigationType.GO_TO_PAGE, goTo: target.getId() };
      return this;
    }
    const type = String(target) as unknown as NavigationKind;
    if (!(String(type) in PageNavigationType) || type === PageNavigationType.GO_TO_PAGE)
      throw gasError("Invalid argument: navigationType");
    this.data.navigation = { type };
    return this;
  }
}

const VIEWS = {
  TEXT: FakeTextItem,
  PARAGRAPH_TEXT: FakeParagraphTextItem,
  CHECKBOX: FakeCheckboxItem,
  CHECKBOX_GRID: FakeCheckboxGridItem,
  MULTIPLE_CHOICE: FakeMultipleChoiceItem,
  LIST: FakeListItem,
  DATE: FakeDateItem,
  SCALE: FakeScaleItem,
  PAGE_BREAK: FakePageBreakItem,
} as const;

type ViewName = keyof typeof VIEWS;

/** The typed view of an item, as the form's add…Item() methods return it. */
export function typedView<N extends ViewName>(
  host: ItemHost,
  data: ItemData,
  type: N,
): InstanceType<(typeof VIEWS)[N]> {
  return new VIEWS[type](host, data) as InstanceType<(typeof VIEWS)[N]>;
}

/** A plain Item, as getItems() and ItemResponse.getItem() return it. */
export class FakeItem extends ItemBase implements ItemApi {
  constructor(host: ItemHost, data: ItemData) {
    super(host, data, "Item");
  }

  private as<N extends ViewName>(type: N): InstanceType<(typeof VIEWS)[N]> {
    if (this.data.type !== ItemType[type])
      throw gasError(`Item ${this.data.id} is a ${this.data.type} item, not ${type}.`);
    return typedView(this.host, this.data, type);
  }

  asTextItem(): FakeTextItem {
    return this.as("TEXT");
  }

  asParagraphTextItem(): FakeParagraphTextItem {
    return this.as("PARAGRAPH_TEXT");
  }

  asCheckboxItem(): FakeCheckboxItem {
    return this.as("CHECKBOX");
  }

  asCheckboxGridItem(): FakeCheckboxGridItem {
    return this.as("CHECKBOX_GRID");
  }

  asMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.as("MULTIPLE_CHOICE");
  }

  asListItem(): FakeListItem {
    return this.as("LIST");
  }

  asDateItem(): FakeDateItem {
    return this.as("DATE");
  }

  asScaleItem(): FakeScaleItem {
    return this.as("SCALE");
  }

  asPageBreakItem(): FakePageBreakItem {
    return this.as("PAGE_BREAK");
  }
}

// ---- text validation ------------------------------------------------------------------------

export class FakeTextValidation {
  constructor(readonly data: TextValidationData) {}
}

/** As Google's builder: the last require… call is the rule. */
export class FakeTextValidationBuilder implements TextValidationBuilderApi {
  private readonly data: TextValidationData = { helpText: "" };

  constructor(ctx: FakeContext) {
    return counted("TextValidationBuilder", this, ctx.calls);
  }

  private rule(rule: TextRule): this {
    this.data.rule = rule;
    return this;
  }

  requireTextIsEmail(): this {
    return this.rule({ kind: "email" });
  }

  requireNumber(): this {
    return this.rule({ kind: "number" });
  }

  requireWholeNumber(): this {
    return this.rule({ kind: "whole number" });
  }

  requireNumberBetween(start: number, end: number): this {
    return this.rule({ kind: "number between", start, end });
  }

  requireTextLengthLessThanOrEqualTo(number: number): this {
    return this.rule({ kind: "max length", max: number });
  }

  setHelpText(text: string): this {
    this.data.helpText = String(text);
    return this;
  }

  build(): FakeTextValidation {
    return new FakeTextValidation({ ...this.data });
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Why the form would refuse this text, or undefined if it takes it. */
export function textRuleProblem(rule: TextRule, text: string): string | undefined {
  const n = NUMBER.test(text.trim()) ? Number(text.trim()) : NaN;
  switch (rule.kind) {
    case "email":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim()) ? undefined : "must be an email";
    case "number":
      return Number.isNaN(n) ? "must be a number" : undefined;
    case "whole number":
      return Number.isInteger(n) ? undefined : "must be a whole number";
    case "number between":
      return n >= rule.start && n <= rule.end
        ? undefined
        : `must be a number from ${rule.start} to ${rule.end}`;
    case "max length":
      return text.length <= rule.max ? undefined : `must be at most ${rule.max} characters`;
  }
}
