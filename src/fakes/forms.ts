// FormApp for the in-memory Apps Script: forms kept in the environment (as in the user's Drive),
// their items and responses, and the link to this spreadsheet as their destination.
//
//   const forms = installFormApp(env);             // sets env.globals.FormApp
//   … the script creates a form with FormApp.create and setDestination …
//   const { responseId } = forms.submit(formId, { "Your name": "Ana", … });
//   forms.edit(formId, responseId, { "Your name": "Ana Ruiz" });
//
// submit and edit play the respondent: they are not counted as the script's calls. As on Google's
// side, they write the destination sheet and then fire the spreadsheet's onFormSubmit triggers;
// an error thrown by a trigger is kept in `failures` (Google would email it to the owner) and
// never undoes the response.

import type { FormApi, FormAppApi } from "../gas/gas-forms";
import { counted } from "./calls";
import { enumOf, gasError, type FakeContext } from "./context";
import {
  FakeItem,
  FakeTextValidationBuilder,
  PrefillAnswer,
  ItemType,
  newItem,
  typedView,
  type ItemData,
  type ItemHost,
  type ItemKind,
} from "./form-items";
import {
  FakeFormResponse,
  linkDestination,
  noSuchResponse,
  publishedUrl,
  refreshHeader,
  storedAnswers,
  writeResponse,
  type Answers,
  type FormData,
  type SubmitEvent,
} from "./form-responses";
import type { BookData } from "./grid";
import type { AppsScriptEnv } from "./index";
import { FakeRange } from "./range";
import { FakeTrigger, EventType, TriggerSource, type TriggerData } from "./triggers";

export const DestinationType = enumOf<typeof GoogleAppsScript.Forms.DestinationType>("SPREADSHEET");

export class FakeForm implements FormApi {
  private readonly host: ItemHost;

  constructor(
    private readonly ctx: FakeContext,
    private readonly board: FormsBoard,
    readonly data: FormData,
  ) {
    this.host = { ctx, items: data.items, changed: () => refreshHeader(data) };
    return counted("Form", this, ctx.calls);
  }

  getId(): string {
    return this.data.id;
  }

  getTitle(): string {
    return this.data.title;
  }

  setTitle(title: string): this {
    this.data.title = String(title);
    return this;
  }

  getDescription(): string {
    return this.data.description;
  }

  setDescription(description: string): this {
    this.data.description = String(description);
    return this;
  }

  getConfirmationMessage(): string {
    return this.data.confirmationMessage;
  }

  setConfirmationMessage(message: string): this {
    this.data.confirmationMessage = String(message);
    return this;
  }

  getPublishedUrl(): string {
    return publishedUrl(this.data);
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.data.id}/edit`;
  }

  collectsEmail(): boolean {
    return this.data.collectEmail;
  }

  setCollectEmail(collect: boolean): this {
    this.data.collectEmail = Boolean(collect);
    return this;
  }

  canEditResponse(): boolean {
    return this.data.allowResponseEdits;
  }

  setAllowResponseEdits(enabled: boolean): this {
    this.data.allowResponseEdits = Boolean(enabled);
    return this;
  }

  /**
   * An unpublished form takes no answers whatever its own setting: "if is_published is set to
   * false, [accepting responses] is forced to false".
   * https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#PublishState
   */
  isAcceptingResponses(): boolean {
    return this.data.published && this.data.acceptingResponses;
  }

  /**
   * Forms made through the APIs after 30 June 2026 start unpublished and take no answers until
   * published (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms);
   * FormApp's Form.isPublished / setPublished
   * (https://developers.google.com/apps-script/reference/forms/form#isPublished()).
   * The self-test reports what a real form says.
   */
  isPublished(): boolean {
    return this.data.published;
  }

  setPublished(published: boolean): this {
    this.data.published = Boolean(published);
    return this;
  }

  setAcceptingResponses(enabled: boolean): this {
    this.data.acceptingResponses = Boolean(enabled);
    return this;
  }

  /** Only this environment's spreadsheet can be a destination here. */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): this {
    if (type !== DestinationType.SPREADSHEET) throw gasError("Invalid argument: type");
    const book = this.board.book;
    if (id !== book.id)
      throw gasError(
        "No item with the given ID could be found, or you do not have permission to access it.",
      );
    const current = this.data.destination;
    if (!current || current.spreadsheetId !== id || !book.sheets.includes(current.sheet))
      linkDestination(book, this.data, id);
    return this;
  }

  getDestinationId(): string {
    if (!this.data.destination)
      throw gasError("This form does not currently have a response destination.");
    return this.data.destination.spreadsheetId;
  }

  private add(type: ItemKind): ItemData {
    const item = newItem(this.board.nextItemId(), type);
    this.data.items.push(item);
    refreshHeader(this.data);
    return item;
  }

  addTextItem() {
    return typedView(this.host, this.add(ItemType.TEXT), "TEXT");
  }

  addParagraphTextItem() {
    return typedView(this.host, this.add(ItemType.PARAGRAPH_TEXT), "PARAGRAPH_TEXT");
  }

  addCheckboxItem() {
    return typedView(this.host, this.add(ItemType.CHECKBOX), "CHECKBOX");
  }

  addCheckboxGridItem() {
    return typedView(this.host, this.add(ItemType.CHECKBOX_GRID), "CHECKBOX_GRID");
  }

  addMultipleChoiceItem() {
    return typedView(this.host, this.add(ItemType.MULTIPLE_CHOICE), "MULTIPLE_CHOICE");
  }

  addListItem() {
    return typedView(this.host, this.add(ItemType.LIST), "LIST");
  }

  addDateItem() {
    return typedView(this.host, this.add(ItemType.DATE), "DATE");
  }

  addScaleItem() {
    return typedView(this.host, this.add(ItemType.SCALE), "SCALE");
  }

  getItems(): FakeItem[] {
    return this.data.items.map((item) => new FakeItem(this.host, item));
  }

  getItemById(id: number): FakeItem | null {
    const item = this.data.items.find((i) => i.id === Number(id));
    return item ? new FakeItem(this.host, item) : null;
  }

  /** In the order they were first submitted; with a time, those submitted or edited since. */
  getResponses(timestamp?: Date): FakeFormResponse[] {
    const since = timestamp === undefined ? -Infinity : new Date(timestamp).getTime();
    if (Number.isNaN(since)) throw gasError("Invalid argument: timestamp");
    return this.data.responses
      .filter((r) => r.timestamp >= since)
      .map((r) => new FakeFormResponse(this.ctx, this.data, r));
  }

  /**
   * A response to pre-fill a link with: https://developers.google.com/apps-script/reference/forms/form#createResponse()
   * and form-response#toPrefilledUrl(). Google's links name each item by an "entry." id of its
   * own; the fake uses the item's id, which FormsBoard.submit also accepts, so a test can follow
   * a link as a respondent would.
   */
  createResponse(): FakePrefill {
    return new FakePrefill(this.data);
  }

  getResponse(responseId: string): FakeFormResponse {
    const response = this.data.responses.find((r) => r.id === responseId);
    if (!response) throw noSuchResponse(responseId);
    return new FakeFormResponse(this.ctx, this.data, response);
  }
}

/** From this day, a form made by a script starts unpublished (see FakeForm.isPublished). */
export const UNPUBLISHED_FROM = "2026-06-30T00:00:00Z";

export class FakePrefill {
  private readonly answers: PrefillAnswer[] = [];

  constructor(private readonly form: FormData) {}

  withItemResponse(response: PrefillAnswer): this {
    if (!(response instanceof PrefillAnswer)) throw gasError("Invalid argument: response");
    this.answers.push(response);
    return this;
  }

  toPrefilledUrl(): string {
    const query = this.answers
      .map((a) => `entry.${a.item.id}=${encodeURIComponent(a.answer)}`)
      .join("&");
    return `${publishedUrl(this.form)}?usp=pp_url${query ? `&${query}` : ""}`;
  }
}

/** The answers a pre-filled link carries, keyed by item id as FormsBoard.submit takes them. */
export function prefilledAnswers(url: string): Record<string, string> {
  const query = url.split("?")[1] ?? "";
  const out: Record<string, string> = {};
  for (const part of query.split("&")) {
    const m = /^entry\.(\d+)=(.*)$/.exec(part);
    if (m) out[m[1]] = decodeURIComponent(m[2]);
  }
  return out;
}

export class FakeFormApp implements FormAppApi {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;

  constructor(
    private readonly ctx: FakeContext,
    private readonly board: FormsBoard,
  ) {
    return counted("FormApp", this, ctx.calls);
  }

  create(title: string): FakeForm {
    const data: FormData = {
      id: this.ctx.nextId("fake-form-"),
      title: String(title),
      description: "",
      confirmationMessage: "",
      collectEmail: false,
      allowResponseEdits: false,
      acceptingResponses: true,
      published: this.ctx.clock.now().getTime() < Date.parse(UNPUBLISHED_FROM),
      items: [],
      responses: [],
      trashed: false,
      owner: this.ctx.userEmail,
    };
    this.board.forms.push(data);
    return new FakeForm(this.ctx, this.board, data);
  }

  openById(id: string): FakeForm {
    const data = this.board.forms.find((f) => f.id === id && !f.trashed);
    if (!data)
      throw gasError(
        "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
      );
    return new FakeForm(this.ctx, this.board, data);
  }

  createTextValidation(): FakeTextValidationBuilder {
    return new FakeTextValidationBuilder(this.ctx);
  }
}

export interface TriggerFailure {
  handler: string;
  responseId: string;
  error: unknown;
}

export interface SubmitOptions {
  /** Store the answers as given, without the form's checks: what a hand-edited form could send. */
  raw?: boolean;
  /** The respondent's email, for a form that collects emails. */
  email?: string;
  /** false: Google "forgets" to run the triggers, as happens now and then. */
  fireTriggers?: boolean;
}

export interface Submitted {
  responseId: string;
  /** Its row in the destination sheet, if the form has one here. */
  row?: number;
  /** Errors thrown by the triggers this submission fired. */
  failures: TriggerFailure[];
}

export class FormsBoard {
  readonly forms: FormData[] = [];
  readonly failures: TriggerFailure[] = [];
  private itemIds = 1_000_000_000;

  constructor(
    private readonly ctx: FakeContext,
    readonly book: BookData,
    private readonly triggers: TriggerData[],
    private readonly fire: (trigger: FakeTrigger, event: Record<string, unknown>) => unknown,
  ) {}

  nextItemId(): number {
    return (this.itemIds += 7919);
  }

  form(id: string): FormData {
    const form = this.forms.find((f) => f.id === id);
    if (!form) throw new Error(`No form ${id}`);
    return form;
  }

  /** The form goes to the bin: openById fails from now on. */
  trash(id: string): void {
    this.form(id).trashed = true;
  }

  /** A respondent fills the form in and submits it, now by the environment's clock. */
  submit(formId: string, answers: Answers, options: SubmitOptions = {}): Submitted {
    const form = this.open(formId);
    if (form.collectEmail && !options.email)
      throw new Error("This form collects emails: pass options.email");
    const response = {
      id: this.ctx.nextId("2_ABaOnufake"),
      timestamp: this.ctx.clock.now().getTime(),
      email: options.email ?? "",
      answers: storedAnswers(form, answers, options.raw ?? false),
    };
    form.responses.push(response);
    return this.deliver(form, response, options);
  }

  /** The respondent opens their edit link and changes some answers (null clears one). */
  edit(
    formId: string,
    responseId: string,
    answers: Answers,
    options: SubmitOptions = {},
  ): Submitted {
    const form = this.open(formId);
    if (!form.allowResponseEdits) throw new Error("This form does not allow editing responses");
    const response = form.responses.find((r) => r.id === responseId);
    if (!response) throw noSuchResponse(responseId);
    response.answers = storedAnswers(form, answers, options.raw ?? false, response.answers);
    response.timestamp = this.ctx.clock.now().getTime();
    return this.deliver(form, response, options);
  }

  private open(formId: string): FormData {
    const form = this.form(formId);
    if (form.trashed || !form.acceptingResponses || !form.published)
      throw new Error(`Form ${formId} is not accepting responses`);
    return form;
  }

  private deliver(
    form: FormData,
    response: FormData["responses"][number],
    options: SubmitOptions,
  ): Submitted {
    const event = writeResponse(
      form,
      response,
      (sheet, row, width) => new FakeRange(this.ctx, sheet, row, 1, 1, width),
    );
    const failures: TriggerFailure[] = [];
    if (event && options.fireTriggers !== false)
      failures.push(...this.fireSubmit(event, response.id));
    this.failures.push(...failures);
    return { responseId: response.id, row: response.row, failures };
  }

  private fireSubmit(event: SubmitEvent, responseId: string): TriggerFailure[] {
    const failures: TriggerFailure[] = [];
    const submitTriggers = this.triggers.filter(
      (t) =>
        t.eventType === EventType.ON_FORM_SUBMIT &&
        t.source === TriggerSource.SPREADSHEETS &&
        t.sourceId === this.book.id,
    );
    for (const data of submitTriggers) {
      try {
        this.fire(new FakeTrigger(this.ctx, data), { ...event });
      } catch (error) {
        failures.push({ handler: data.handler, responseId, error });
      }
    }
    return failures;
  }
}

const boards = new WeakMap<AppsScriptEnv, FormsBoard>();

/**
 * Adds FormApp to an environment (env.globals.FormApp) and returns the board that holds its forms
 * and plays respondents. `scope` is where triggers' handler functions are looked up first.
 */
export function installFormApp(env: AppsScriptEnv, options: { scope?: object } = {}): FormsBoard {
  const existing = boards.get(env);
  if (existing) return existing;
  const board = new FormsBoard(env.context, env.book, env.triggers, (trigger, event) =>
    env.fireTrigger(trigger, event, options.scope),
  );
  env.globals.FormApp = new FakeFormApp(env.context, board);
  boards.set(env, board);
  return board;
}

export type { Answers, FormData, ResponseData } from "./form-responses";
export type { ItemData } from "./form-items";
