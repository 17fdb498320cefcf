// The parts of Apps Script the add-on uses, as structural types. The real services satisfy them
// (see test/fakes/types.test.ts) and so do the in-memory fakes in src/fakes/, so server code typed
// against these runs unchanged on Google's servers, in tests and in the local playground.
// Methods that return plain values are picked from @types/google-apps-script; methods that return
// another service object are restated so that they return the narrower type.

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type HorizontalAlignment = "left" | "center" | "normal" | "right" | null;
export type VerticalAlignment = "top" | "middle" | "bottom" | null;
export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

export interface DataValidationApi extends Pick<
  GoogleAppsScript.Spreadsheet.DataValidation,
  "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues"
> {
  /** null when the rule has no help text. */
  getHelpText(): string | null;
  copy(): DataValidationBuilderApi;
}

export interface DataValidationBuilderApi extends Pick<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues" | "getHelpText"
> {
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderApi;
  requireDate(): DataValidationBuilderApi;
  requireCheckbox(): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface ProtectionApi extends Pick<
  GoogleAppsScript.Spreadsheet.Protection,
  "isWarningOnly" | "getDescription" | "getProtectionType" | "remove" | "canEdit"
> {
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  setDescription(description: string): ProtectionApi;
  getRange(): RangeApi;
}

export interface RangeApi extends Pick<
  GasRange,
  | "getValues"
  | "getValue"
  | "getDisplayValues"
  | "getDisplayValue"
  | "getFormulas"
  | "getFormula"
  | "getBackgrounds"
  | "getBackground"
  | "getNumberFormats"
  | "getNumberFormat"
  | "getNotes"
  | "getNote"
  | "getFontWeights"
  | "getFontWeight"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getA1Notation"
> {
  setValues(values: unknown[][]): RangeApi;
  setValue(value: unknown): RangeApi;
  setBackground(color: string | null): RangeApi;
  setBackgrounds(colors: Array<Array<string | null>>): RangeApi;
  setNumberFormat(numberFormat: string): RangeApi;
  setNumberFormats(numberFormats: string[][]): RangeApi;
  getDataValidation(): DataValidationApi | null;
  getDataValidations(): Array<Array<DataValidationApi | null>>;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  setDataValidations(rules: Array<Array<DataValidationApi | null>>): RangeApi;
  setNote(note: string | null): RangeApi;
  setNotes(notes: Array<Array<string | null>>): RangeApi;
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeApi;
  setFontColor(color: string | null): RangeApi;
  setFontColors(colors: Array<Array<string | null>>): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  setHorizontalAlignment(alignment: HorizontalAlignment): RangeApi;
  setVerticalAlignment(alignment: VerticalAlignment): RangeApi;
  clearContent(): RangeApi;
  clear(options?: ClearOptions): RangeApi;
  protect(): ProtectionApi;
  getSheet(): SheetApi;
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeApi;
}

export interface SheetApi extends Pick<
  GasSheet,
  | "getName"
  | "getSheetId"
  | "getIndex"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "getFrozenRows"
  | "setFrozenRows"
  | "getColumnWidth"
  | "deleteRows"
  | "isSheetHidden"
  | "getTabColor"
> {
  setName(name: string): SheetApi;
  getParent(): SpreadsheetApi;
  getDataRange(): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): RangeApi;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  appendRow(rowContents: unknown[]): SheetApi;
  deleteRow(rowPosition: number): SheetApi;
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): SheetApi;
  clearContents(): SheetApi;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  autoResizeColumns(startColumn: number, numColumns: number): SheetApi;
  protect(): ProtectionApi;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
  setTabColor(color: string | null): SheetApi;
  hideSheet(): SheetApi;
  showSheet(): SheetApi;
  activate(): SheetApi;
}

export interface SpreadsheetApi extends Pick<
  GasSpreadsheet,
  "getId" | "getName" | "getUrl" | "getSpreadsheetTimeZone" | "setSpreadsheetTimeZone" | "toast"
> {
  getSheetByName(name: string): SheetApi | null;
  getSheets(): SheetApi[];
  insertSheet(sheetName: string, sheetIndex?: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  getRange(a1Notation: string): RangeApi;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addSubMenu(menu: MenuApi): MenuApi;
  addToUi(): void;
}

export type PromptResponseApi = GoogleAppsScript.Base.PromptResponse;

export interface UiApi {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(
    title: string,
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button;
  prompt(prompt: string): PromptResponseApi;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponseApi;
  prompt(
    title: string,
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): PromptResponseApi;
  createAddonMenu(): MenuApi;
  createMenu(caption: string): MenuApi;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
  showModelessDialog(userInterface: HtmlOutputApi, title: string): void;
}

export interface SpreadsheetAppApi {
  DataValidationCriteria: typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  /** null where there is no document: an add-on's timed trigger, a web app. */
  getActiveSpreadsheet(): SpreadsheetApi | null;
  getActive(): SpreadsheetApi | null;
  openById(id: string): SpreadsheetApi;
  getActiveSheet(): SheetApi;
  getUi(): UiApi;
  flush(): void;
  newDataValidation(): DataValidationBuilderApi;
}

export interface HtmlOutputApi extends Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  "getContent" | "getTitle" | "getWidth" | "getHeight"
> {
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
  append(addedContent: string): HtmlOutputApi;
  setContent(content: string): HtmlOutputApi;
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutputApi;
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutputApi;
}

export interface HtmlTemplateApi {
  evaluate(): HtmlOutputApi;
  getRawContent(): string;
  [variable: string]: unknown;
}

export interface HtmlServiceApi {
  SandboxMode: typeof GoogleAppsScript.HTML.SandboxMode;
  XFrameOptionsMode: typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  createHtmlOutput(html?: string): HtmlOutputApi;
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
  createTemplate(html: string): HtmlTemplateApi;
  createTemplateFromFile(filename: string): HtmlTemplateApi;
}

export interface PropertiesApi extends Pick<
  GoogleAppsScript.Properties.Properties,
  "getProperty" | "getKeys" | "getProperties"
> {
  setProperty(key: string, value: string): PropertiesApi;
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
  deleteAllProperties(): PropertiesApi;
}

export interface PropertiesServiceApi {
  /** null outside a containing document. */
  getDocumentProperties(): PropertiesApi | null;
  getUserProperties(): PropertiesApi;
  getScriptProperties(): PropertiesApi;
}

export type LockApi = Pick<
  GoogleAppsScript.Lock.Lock,
  "tryLock" | "waitLock" | "releaseLock" | "hasLock"
>;

export interface LockServiceApi {
  /** null outside a containing document. */
  getDocumentLock(): LockApi | null;
  getScriptLock(): LockApi;
  getUserLock(): LockApi;
}

export interface TriggerApi extends Pick<
  GoogleAppsScript.Script.Trigger,
  "getHandlerFunction" | "getEventType" | "getUniqueId" | "getTriggerSource"
> {
  /** null for time-driven triggers. */
  getTriggerSourceId(): string | null;
}

export interface SpreadsheetTriggerBuilderApi {
  onOpen(): SpreadsheetTriggerBuilderApi;
  onEdit(): SpreadsheetTriggerBuilderApi;
  onChange(): SpreadsheetTriggerBuilderApi;
  onFormSubmit(): SpreadsheetTriggerBuilderApi;
  create(): TriggerApi;
}

export interface ClockTriggerBuilderApi {
  everyMinutes(n: number): ClockTriggerBuilderApi;
  everyHours(n: number): ClockTriggerBuilderApi;
  everyDays(n: number): ClockTriggerBuilderApi;
  everyWeeks(n: number): ClockTriggerBuilderApi;
  atHour(hour: number): ClockTriggerBuilderApi;
  nearMinute(minute: number): ClockTriggerBuilderApi;
  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilderApi;
  inTimezone(timezone: string): ClockTriggerBuilderApi;
  create(): TriggerApi;
}

export interface TriggerBuilderApi {
  forSpreadsheet(spreadsheet: SpreadsheetApi | string): SpreadsheetTriggerBuilderApi;
  timeBased(): ClockTriggerBuilderApi;
}

export interface ScriptAppApi {
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  EventType: typeof GoogleAppsScript.Script.EventType;
  TriggerSource: typeof GoogleAppsScript.Script.TriggerSource;
  WeekDay: typeof GoogleAppsScript.Base.Weekday;
  newTrigger(functionName: string): TriggerBuilderApi;
  getProjectTriggers(): TriggerApi[];
  getUserTriggers(spreadsheet: SpreadsheetApi): TriggerApi[];
  deleteTrigger(trigger: TriggerApi): void;
}

export type UserApi = Pick<GoogleAppsScript.Base.User, "getEmail">;

export interface SessionApi extends Pick<
  GoogleAppsScript.Base.Session,
  "getScriptTimeZone" | "getTemporaryActiveUserKey"
> {
  getActiveUser(): UserApi;
  getEffectiveUser(): UserApi;
}

/** Attachments are any BlobSource, as in Google's MailApp. */
export type MailAppApi = Pick<
  GoogleAppsScript.Mail.MailApp,
  "sendEmail" | "getRemainingDailyQuota"
>;
export type MailMessage = GoogleAppsScript.Mail.MailAdvancedParameters;
export type BlobApi = GoogleAppsScript.Base.Blob;

export type UtilitiesApi = Pick<
  GoogleAppsScript.Utilities.Utilities,
  "formatDate" | "getUuid" | "sleep" | "newBlob"
>;

export type LoggerApi = Pick<GoogleAppsScript.Base.Logger, "log" | "getLog" | "clear">;
