// Form responses: what a respondent's submission stores, the FormResponse and ItemResponse views
// of it, and what Google does with it when the form's destination is this spreadsheet: the answers
// become a row of "Form Responses 1" (Timestamp first, one column per question, one per row of a
// grid question, headed "Question [Row]"), an edit rewrites that response's row, and then the
// spreadsheet's onFormSubmit triggers fire with { range, values, namedValues }.

import type { FormResponseApi, ItemResponseApi } from "../gas/gas-forms";
import { counted } from "./calls";
import { gasError, type FakeContext } from "./context";
import { FakeItem, ItemType, QUESTION_TYPES, textRuleProblem, type ItemData } from "./form-items";
import { visibleItemIds } from "./form-pages";
import type { BookData, SheetData } from "./grid";
import { displayValue, parseInput } from "./values";

export interface ResponseData {
  id: string;
  /** When it was last submitted, in ms: an edit moves it. */
  timestamp: number;
  /** The respondent's email, when the form collects it. */
  email: string;
  /** By item id; unanswered items have no entry. */
  answers: Map<number, unknown>;
  /** Its row in the destination sheet, once written there. */
  row?: number;
}

export interface Destination {
  spreadsheetId: string;
  sheet: SheetData;
  /** "timestamp", "email", "<itemId>" or "<itemId>:<gridRow>", one per sheet column. */
  columns: string[];
  headers: string[];
}

export interface FormData {
  id: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  acceptingResponses: boolean;
  /** Published to responders; a form made after 30 June 2026 starts unpublished. */
  published: boolean;
  items: ItemData[];
  responses: ResponseData[];
  destination?: Destination;
  trashed: boolean;
  owner: string;
}

/** Answers keyed by question title or by item id (as a string). */
export type Answers = Record<string, unknown>;

export class FakeItemResponse implements ItemResponseApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly form: FormData,
    private readonly item: ItemData,
    private readonly answer: unknown,
  ) {
    return counted("ItemResponse", this, ctx.calls);
  }

  getItem(): FakeItem {
    const form = this.form;
    return new FakeItem(
      { ctx: this.ctx, items: form.items, changed: () => refreshHeader(form) },
      this.item,
    );
  }

  getResponse(): unknown {
    return structuredClone(this.answer);
  }
}

export class FakeFormResponse implements FormResponseApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly form: FormData,
    readonly data: ResponseData,
  ) {
    return counted("FormResponse", this, ctx.calls);
  }

  getId(): string {
    return this.data.id;
  }

  getTimestamp(): Date {
    return new this.ctx.DateCtor(this.data.timestamp);
  }

  /** Empty unless the form collects emails. */
  getRespondentEmail(): string {
    return this.form.collectEmail ? this.data.email : "";
  }

  getEditResponseUrl(): string {
    return `${publishedUrl(this.form)}?edit2=${encodeURIComponent(this.data.id)}`;
  }

  /**
   * The questions in the form's order: the answered ones, and unanswered text, paragraph, date
   * and time questions with the response "" (as reported of Google's; choice and grid questions
   * left blank are not listed). Code reading responses treats "" and a missing item alike, so it
   * works whichever Google does. https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
   */
  getItemResponses(): FakeItemResponse[] {
    return this.form.items
      .filter((item) => this.data.answers.has(item.id) || BLANK_AS_EMPTY.has(String(item.type)))
      .map(
        (item) =>
          new FakeItemResponse(this.ctx, this.form, item, this.data.answers.get(item.id) ?? ""),
      );
  }
}

const BLANK_AS_EMPTY = new Set<string>(["TEXT", "PARAGRAPH_TEXT", "DATE", "TIME"]);

export function publishedUrl(form: FormData): string {
  return `https://docs.google.com/forms/d/e/${form.id}-published/viewform`;
}

// ---- what a submission may hold -------------------------------------------------------------

function refuse(item: ItemData, why: string): Error {
  return new Error(`The form refuses this answer to "${item.title}": ${why}.`);
}

function isBlankAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value))
    return value.every((v) => v === null || v === "" || (Array.isArray(v) && v.length === 0));
  return false;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

/** What Google stores for an answer the form UI accepted; throws what the form would refuse. */
function checkedAnswer(item: ItemData, value: unknown): unknown {
  const fail = (why: string) => {
    throw refuse(item, why);
  };
  switch (item.type) {
    case ItemType.TEXT:
    case ItemType.PARAGRAPH_TEXT: {
      if (typeof value !== "string") return fail("it takes text");
      const problem = item.validation?.rule && textRuleProblem(item.validation.rule, value);
      return problem ? fail(item.validation?.helpText || problem) : value;
    }
    case ItemType.CHECKBOX: {
      if (!isStringArray(value)) return fail("it takes a list of choices");
      const others = value.filter((v) => !item.choices.includes(v));
      if (others.length > (item.hasOther ? 1 : 0)) return fail(`"${others[0]}" is not a choice`);
      return [...value];
    }
    case ItemType.MULTIPLE_CHOICE:
    case ItemType.LIST:
      if (typeof value !== "string") return fail("it takes one choice");
      if (!item.choices.includes(value) && !(item.hasOther && item.type !== ItemType.LIST))
        return fail(`"${value}" is not a choice`);
      return value;
    case ItemType.CHECKBOX_GRID: {
      if (!Array.isArray(value) || value.length !== item.rows.length)
        return fail(`it takes one list per row (${item.rows.length})`);
      return value.map((row: unknown, i) => {
        if (row === null || row === "" || (Array.isArray(row) && row.length === 0)) {
          if (item.required) fail(`row "${item.rows[i]}" needs an answer`);
          return null;
        }
        if (!isStringArray(row) || row.some((v) => !item.columns.includes(v)))
          return fail(`row "${item.rows[i]}" takes columns of the grid`);
        return [...row];
      });
    }
    case ItemType.DATE: {
      const ok =
        typeof value === "string" &&
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
      return ok ? value : fail("it takes a date written YYYY-MM-DD");
    }
    case ItemType.SCALE: {
      const n = Number(value);
      if (!Number.isInteger(n) || n < item.lowerBound || n > item.upperBound)
        return fail(`it takes a whole number from ${item.lowerBound} to ${item.upperBound}`);
      return String(n);
    }
    default:
      return fail("it asks nothing");
  }
}

/** Stores the as-given answer: a "raw" submission, for what a hand-edited form could produce. */
function rawAnswer(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((v) => (Array.isArray(v) && v.length === 0 ? null : v));
  return value;
}

export function itemFor(form: FormData, key: string): ItemData {
  const item =
    form.items.find((i) => String(i.id) === key) ?? form.items.find((i) => i.title === key);
  if (!item) throw new Error(`The form has no question "${key}"`);
  return item;
}

/** The answers a submission stores, by item id. */
export function storedAnswers(
  form: FormData,
  answers: Answers,
  raw: boolean,
  previous?: Map<number, unknown>,
): Map<number, unknown> {
  const out = new Map(previous ?? []);
  for (const [key, value] of Object.entries(answers)) {
    const item = itemFor(form, key);
    if (!QUESTION_TYPES.includes(item.type)) throw new Error(`"${key}" asks no question`);
    if (isBlankAnswer(value)) out.delete(item.id);
    else out.set(item.id, raw ? rawAnswer(value) : checkedAnswer(item, value));
  }
  if (raw) return out;
  // Only the pages the respondent went through are asked, and kept (see form-pages.ts).
  const visible = visibleItemIds(form.items, out);
  for (const id of [...out.keys()]) if (!visible.has(id)) out.delete(id);
  for (const item of form.items)
    if (item.required && visible.has(item.id) && !out.has(item.id))
      throw refuse(item, "it is required");
  return out;
}

// ---- the destination sheet ------------------------------------------------------------------

/** The sheet Google makes when a form is linked: "Form Responses 1", or the next free number. */
export function linkDestination(
  book: BookData,
  form: FormData,
  spreadsheetId: string,
): Destination {
  let n = 1;
  const taken = (name: string) => book.sheets.some((s) => s.name.toLowerCase() === name);
  while (taken(`form responses ${n}`)) n++;
  const sheet = book.addSheet(`Form Responses ${n}`, 0);
  const destination: Destination = { spreadsheetId, sheet, columns: [], headers: [] };
  form.destination = destination;
  writeHeader(form, destination);
  return destination;
}

function headerOf(form: FormData, key: string): string | undefined {
  if (key === "timestamp") return "Timestamp";
  if (key === "email") return "Email Address";
  const [id, row] = key.split(":");
  const item = form.items.find((i) => String(i.id) === id);
  if (!item) return undefined;
  return row === undefined ? item.title : `${item.title} [${item.rows[Number(row)] ?? ""}]`;
}

/** A linked sheet's header follows the form's questions as they are added and renamed. */
export function refreshHeader(form: FormData): void {
  const dest = form.destination;
  if (dest && dest.sheet.book.sheets.includes(dest.sheet)) writeHeader(form, dest);
}

/** New questions get new columns at the end; a deleted question keeps its column. */
function writeHeader(form: FormData, dest: Destination): void {
  const wanted = ["timestamp", ...(form.collectEmail ? ["email"] : [])];
  for (const item of form.items) {
    if (!QUESTION_TYPES.includes(item.type)) continue;
    if (item.type === ItemType.CHECKBOX_GRID)
      item.rows.forEach((_, r) => wanted.push(`${item.id}:${r}`));
    else wanted.push(String(item.id));
  }
  for (const key of wanted) if (!dest.columns.includes(key)) dest.columns.push(key);
  dest.headers = dest.columns.map((key, i) => headerOf(form, key) ?? dest.headers[i] ?? "");
  writeRow(dest, 1, dest.headers);
}

/** Google writes answers as values (numbers and dates are recognised) but never as formulas. */
function writeRow(dest: Destination, row: number, values: unknown[]): void {
  const { sheet } = dest;
  sheet.maxRows = Math.max(sheet.maxRows, row);
  sheet.maxColumns = Math.max(sheet.maxColumns, values.length);
  values.forEach((input, i) => {
    const cell = sheet.ensure(row, i + 1);
    const written = parseInput(input, cell.format, sheet.book.timeZone);
    cell.value = written.formula === undefined ? written.value : String(input);
    delete cell.formula;
    if (written.autoFormat && cell.format === undefined) cell.format = written.autoFormat;
  });
}

function cellFor(form: FormData, response: ResponseData, key: string): unknown {
  if (key === "timestamp") return new Date(response.timestamp);
  if (key === "email") return response.email;
  const [id, row] = key.split(":");
  const answer = response.answers.get(Number(id));
  if (answer === undefined || answer === null) return "";
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x ?? "")).join(", ") : v);
  if (row !== undefined)
    return Array.isArray(answer) ? (list(answer[Number(row)] ?? "") ?? "") : "";
  return list(answer);
}

export interface SubmitEvent {
  range: unknown;
  values: string[];
  namedValues: Record<string, string[]>;
}

/**
 * Writes a response to its row (a new row at the end, or its own row after an edit) and returns
 * the event a spreadsheet onFormSubmit trigger gets; undefined when the form has no destination
 * here any more (its sheet was deleted), in which case no trigger fires either.
 */
export function writeResponse(
  form: FormData,
  response: ResponseData,
  makeRange: (sheet: SheetData, row: number, width: number) => unknown,
): SubmitEvent | undefined {
  const dest = form.destination;
  if (!dest || !dest.sheet.book.sheets.includes(dest.sheet)) return undefined;
  writeHeader(form, dest);
  const row = response.row ?? dest.sheet.lastRow() + 1;
  response.row = row;
  writeRow(
    dest,
    row,
    dest.columns.map((key) => cellFor(form, response, key)),
  );
  const tz = dest.sheet.book.timeZone;
  const values = dest.columns.map((_, i) => displayValue(dest.sheet.cell(row, i + 1), tz));
  const namedValues: Record<string, string[]> = {};
  dest.headers.forEach((h, i) => (namedValues[h] ??= []).push(values[i]));
  return { range: makeRange(dest.sheet, row, dest.columns.length), values, namedValues };
}

export function noSuchResponse(id: string): Error {
  return gasError(`No response with ID ${id} exists for this form.`);
}
