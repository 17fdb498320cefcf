// The parts of Google Forms (FormApp) the offer form uses, as structural types, in the manner of
// gas.ts: methods that return plain values are picked from @types/google-apps-script, methods
// that return another Forms object are restated to return the narrower type. The real service
// satisfies them (test/forms/types.test.ts) and so does the fake in src/fakes/forms.ts.

type F = typeof GoogleAppsScript.Forms;
type Forms = GoogleAppsScript.Forms.Form;

export type ItemType = GoogleAppsScript.Forms.ItemType;
export type DestinationType = GoogleAppsScript.Forms.DestinationType;
export type PageNavigationType = GoogleAppsScript.Forms.PageNavigationType;

/**
 * getGotoPage and getPageNavigationType mean something only for a multiple-choice item's
 * choices (null otherwise): https://developers.google.com/apps-script/reference/forms/choice
 */
export interface ChoiceApi extends Pick<
  GoogleAppsScript.Forms.Choice,
  "getValue" | "getPageNavigationType"
> {
  getGotoPage(): PageBreakItemApi | null;
}

/** Built by FormApp.createTextValidation(); only ever handed back to setValidation. */
export type TextValidationApi = GoogleAppsScript.Forms.TextValidation;

export interface TextValidationBuilderApi {
  requireTextIsEmail(): TextValidationBuilderApi;
  requireNumber(): TextValidationBuilderApi;
  requireWholeNumber(): TextValidationBuilderApi;
  requireNumberBetween(start: number, end: number): TextValidationBuilderApi;
  requireTextLengthLessThanOrEqualTo(number: number): TextValidationBuilderApi;
  setHelpText(text: string): TextValidationBuilderApi;
  build(): TextValidationApi;
}

/** What every item has, whatever its type. */
export interface ItemBaseApi<Self> {
  getId(): number;
  getIndex(): number;
  getTitle(): string;
  getHelpText(): string;
  getType(): ItemType;
  setTitle(title: string): Self;
  setHelpText(text: string): Self;
}

/** An item as Form.getItems() and ItemResponse.getItem() give it: cast it to use it. */
export interface ItemApi extends ItemBaseApi<ItemApi> {
  asTextItem(): TextItemApi;
  asParagraphTextItem(): ParagraphTextItemApi;
  asCheckboxItem(): CheckboxItemApi;
  asCheckboxGridItem(): CheckboxGridItemApi;
  asMultipleChoiceItem(): MultipleChoiceItemApi;
  asListItem(): ListItemApi;
  asDateItem(): DateItemApi;
  asScaleItem(): ScaleItemApi;
  asPageBreakItem(): PageBreakItemApi;
}

/**
 * The start of a page (a "section" in Forms). Its go-to is where the form goes after the page
 * BEFORE it, when that page is left by normal linear progression:
 * https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)
 */
export interface PageBreakItemApi extends ItemBaseApi<PageBreakItemApi> {
  getGoToPage(): PageBreakItemApi | null;
  getPageNavigationType(): PageNavigationType;
  setGoToPage(goToPageItem: PageBreakItemApi): PageBreakItemApi;
  setGoToPage(navigationType: PageNavigationType): PageBreakItemApi;
}

export interface QuestionApi<Self> extends ItemBaseApi<Self> {
  isRequired(): boolean;
  setRequired(enabled: boolean): Self;
}

export interface TextItemApi extends QuestionApi<TextItemApi> {
  setValidation(validation: TextValidationApi): TextItemApi;
  clearValidation(): TextItemApi;
  /** An answer to pre-fill (FormResponse.withItemResponse), never submitted by itself. */
  createResponse(response: string): ItemResponseApi;
}

export type ParagraphTextItemApi = QuestionApi<ParagraphTextItemApi>;

export interface ChoicesApi<Self> extends QuestionApi<Self> {
  createChoice(value: string): ChoiceApi;
  getChoices(): ChoiceApi[];
  setChoiceValues(values: string[]): Self;
  setChoices(choices: ChoiceApi[]): Self;
}

export interface CheckboxItemApi extends ChoicesApi<CheckboxItemApi> {
  hasOtherOption(): boolean;
  /** The respondent may type their own answer; it comes back as one more value. */
  showOtherOption(enabled: boolean): CheckboxItemApi;
  /** Every value must be one of the choices (unless "other" is shown). */
  createResponse(responses: string[]): ItemResponseApi;
}

export interface MultipleChoiceItemApi extends ChoicesApi<MultipleChoiceItemApi> {
  hasOtherOption(): boolean;
  showOtherOption(enabled: boolean): MultipleChoiceItemApi;
  createResponse(response: string): ItemResponseApi;
  /**
   * A choice that goes to a page when picked; choices with and without navigation cannot be
   * mixed in one item: https://developers.google.com/apps-script/reference/forms/page-navigation-type
   */
  createChoice(value: string): ChoiceApi;
  createChoice(value: string, navigationItem: PageBreakItemApi): ChoiceApi;
  createChoice(value: string, navigationType: PageNavigationType): ChoiceApi;
}

/** A response built to make a pre-filled link (Form.createResponse), not to be read. */
export interface PrefillResponseApi {
  withItemResponse(response: ItemResponseApi): PrefillResponseApi;
  toPrefilledUrl(): string;
}

export type ListItemApi = ChoicesApi<ListItemApi>;

export interface CheckboxGridItemApi extends QuestionApi<CheckboxGridItemApi> {
  getRows(): string[];
  getColumns(): string[];
  setRows(rows: string[]): CheckboxGridItemApi;
  setColumns(columns: string[]): CheckboxGridItemApi;
}

export interface DateItemApi extends QuestionApi<DateItemApi> {
  includesYear(): boolean;
  setIncludesYear(enableYear: boolean): DateItemApi;
}

export interface ScaleItemApi extends QuestionApi<ScaleItemApi> {
  getLowerBound(): number;
  getUpperBound(): number;
  getLeftLabel(): string;
  getRightLabel(): string;
  setBounds(lower: number, upper: number): ScaleItemApi;
  setLabels(lower: string, upper: string): ScaleItemApi;
}

export interface ItemResponseApi {
  getItem(): ItemApi;
  /**
   * A string for most items, string[] for checkboxes, string[][] for a checkbox grid. Read it as
   * unknown and check it: a grid row nobody ticked comes back as null (Google's reference says
   * ''), and a form someone edited by hand can give anything.
   */
  getResponse(): unknown;
}

/** getTimestamp() is when it was last submitted: an edit moves it. */
export interface FormResponseApi extends Pick<
  GoogleAppsScript.Forms.FormResponse,
  "getId" | "getRespondentEmail" | "getEditResponseUrl" | "getTimestamp"
> {
  /** Only the questions that were answered. */
  getItemResponses(): ItemResponseApi[];
}

export interface FormApi extends Pick<
  Forms,
  | "getId"
  | "getTitle"
  | "getDescription"
  | "getPublishedUrl"
  | "getEditUrl"
  | "getDestinationId"
  | "collectsEmail"
  | "canEditResponse"
  | "getConfirmationMessage"
  | "isAcceptingResponses"
> {
  setTitle(title: string): FormApi;
  setDescription(description: string): FormApi;
  setConfirmationMessage(message: string): FormApi;
  setDestination(type: DestinationType, id: string): FormApi;
  setCollectEmail(collect: boolean): FormApi;
  setAllowResponseEdits(enabled: boolean): FormApi;
  setAcceptingResponses(enabled: boolean): FormApi;
  /** Optional: a runtime from before Forms' publishing settings may lack them. */
  isPublished?(): boolean;
  setPublished?(published: boolean): FormApi;
  addTextItem(): TextItemApi;
  addParagraphTextItem(): ParagraphTextItemApi;
  addCheckboxItem(): CheckboxItemApi;
  addCheckboxGridItem(): CheckboxGridItemApi;
  addMultipleChoiceItem(): MultipleChoiceItemApi;
  addListItem(): ListItemApi;
  addDateItem(): DateItemApi;
  addScaleItem(): ScaleItemApi;
  addPageBreakItem(): PageBreakItemApi;
  /** By index: https://developers.google.com/apps-script/reference/forms/form#deleteItem(Integer) */
  deleteItem(index: number): void;
  /** By index: https://developers.google.com/apps-script/reference/forms/form#moveItem(Integer,Integer) */
  moveItem(from: number, to: number): ItemApi;
  getItems(): ItemApi[];
  /** null when the form has no item with this id (the coordinator may have deleted it). */
  getItemById(id: number): ItemApi | null;
  getResponses(): FormResponseApi[];
  /** The responses submitted (or last edited) at or after this time. */
  getResponses(timestamp: Date): FormResponseApi[];
  getResponse(responseId: string): FormResponseApi;
  createResponse(): PrefillResponseApi;
}

export interface FormAppApi {
  DestinationType: F["DestinationType"];
  ItemType: F["ItemType"];
  PageNavigationType: F["PageNavigationType"];
  create(title: string): FormApi;
  openById(id: string): FormApi;
  createTextValidation(): TextValidationBuilderApi;
}
