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
  PageNavigationType,
  newItem,
  typedView,
  type ItemData,
  type ItemHost,
  type ItemKind,
} from "./form-items";
import { pagesVisited } from "./form-pages";
import {
  FakeFormResponse,
  itemFor,
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

  addPageBreakItem() {
    return typedView(this.host, this.add(ItemType.PAGE_BREAK), "PAGE_BREAK");
  }

  /**
   * https://developers.google.com/apps-script/reference/forms/form#deleteItem(Integer): a
   * question's column stays in the responses sheet, as Google leaves it.
   */
  deleteItem(index: number): void {
    const i = Number(index);
    if (!Number.isInteger(i) || i < 0 || i >= this.data.items.length)
      throw gasError(`Invalid argument: index (${index})`);
    this.data.items.splice(i, 1);
    refreshHeader(this.data);
  }

  /** https://developers.google.com/apps-script/reference/forms/form#moveItem(Integer,Integer) */
  moveItem(from: number, to: number): FakeItem {
    const n = this.data.items.length;
    const [f, t] = [Number(from), Number(to)];
    if (![f, t].every((i) => Number.isInteger(i) && i >= 0 && i < n))
      throw gasError(`Invalid argument: index (${from} → ${to})`);
    const [item] = this.data.items.splice(f, 1);
    this.data.items.splice(t, 0, item);
    return new FakeItem(this.host, item);
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

  /** A checkbox answer repeats its entry, once per ticked choice. */
  toPrefilledUrl(): string {
    const query = this.answers
      .flatMap((a) =>
        (Array.isArray(a.answer) ? a.answer : [a.answer]).map(
          (v) => `entry.${a.item.id}=${encodeURIComponent(v)}`,
        ),
      )
      .join("&");
    return `${publishedUrl(this.form)}?usp=pp_url${query ? `&${query}` : ""}`;
  }
}

/**
 * The answers a pre-filled link carries, keyed by item id as FormsBoard.submit takes them. An
 * entry given more than once (ticked checkboxes) comes back as a list; FormsBoard.openLink
 * reads a single ticked checkbox as a list too.
 */
export function prefilledAnswers(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, values] of prefilledEntries(url)) out[id] = values[values.length - 1];
  return out;
}

function prefilledEntries(url: string): Map<string, string[]> {
  const query = url.split("?")[1] ?? "";
  const out = new Map<string, string[]>();
  for (const part of query.split("&")) {
    const m = /^entry\.(\d+)=(.*)$/.exec(part);
    if (m) out.set(m[1], [...(out.get(m[1]) ?? []), decodeURIComponent(m[2])]);
  }
  return out;
}

/** What a respondent sees on one page of a form: its title and its questions. */
export interface SeenPage {
  title: string;
  helpText: string;
  questions: { id: number; title: string; type: string; choices: string[] }[];
}

export class FakeFormApp implements FormAppApi {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;
  readonly PageNavigationType = PageNavigationType;

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

  /** The form a pre-filled link opens, and its answers typed as the form's items take them. */
  openLink(url: string): { formId: string; answers: Answers } {
    const form = this.forms.find((f) => url.includes(`/e/${f.id}-published`));
    if (!form) throw new Error(`The link opens no form: ${url}`);
    const answers: Answers = {};
    for (const [id, values] of prefilledEntries(url)) {
      const item = form.items.find((i) => String(i.id) === id);
      answers[id] = item?.type === ItemType.CHECKBOX ? values : values[values.length - 1];
    }
    return { formId: form.id, answers };
  }

  /** The pages a respondent giving these answers goes through, as they see them. */
  pagesSeen(formId: string, answers: Answers): SeenPage[] {
    const form = this.form(formId);
    const byId = new Map<number, unknown>();
    for (const [key, value] of Object.entries(answers)) byId.set(itemFor(form, key).id, value);
    return pagesVisited(form.items, byId).map((p) => ({
      title: p.start?.title ?? form.title,
      helpText: p.start?.helpText ?? form.description,
      questions: p.items.map((i) => ({
        id: i.id,
        title: i.title,
        type: String(i.type),
        choices: [...i.choices, ...i.rows],
      })),
    }));
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
      answers: storedAnswers(form, byVisibleTitle(form, answers), options.raw ?? false),
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

/**
 * Answers keyed by item id. A title several questions share (each helper's "Which date or
 * dates?" in its own section) names the one on a page the other answers lead to, as a
 * respondent answers the question in front of them.
 */
function byVisibleTitle(form: FormData, answers: Answers): Answers {
  const out: Answers = {};
  const shared: [string, unknown][] = [];
  for (const [key, value] of Object.entries(answers)) {
    const byTitle = form.items.filter((i) => i.title === key);
    if (byTitle.length > 1 && !form.items.some((i) => String(i.id) === key))
      shared.push([key, value]);
    else out[String(itemFor(form, key).id)] = value;
  }
  if (!shared.length) return out;
  const known = new Map(Object.entries(out).map(([id, v]) => [Number(id), v]));
  const visible = new Set(pagesVisited(form.items, known).flatMap((p) => p.items.map((i) => i.id)));
  for (const [key, value] of shared) {
    const items = form.items.filter((i) => i.title === key);
    out[String((items.find((i) => visible.has(i.id)) ?? items[0]).id)] = value;
  }
  return out;
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
