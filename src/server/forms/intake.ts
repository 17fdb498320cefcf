import * as z from "zod";
import { OFFERS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET } from "../../sheets/columns";
import { isoDateIn } from "../../sheets/cells";
import { INTAKE_ISSUES_SHEET } from "../../sheets/intake-issues";
import type { RawResponse } from "./offer-answers";
import type { OfferQuestionKey } from "./offer-questions";
import { intakeResponses, type IntakeOutcome } from "./offer-intake";
import { readMap } from "../../sheets/read-map";
import { cellEdits, type SheetChange } from "../../sheets/sheet-table";
import { valuesForCells } from "../../sheets/literal";
import type { RangeApi, SpreadsheetApi } from "../../gas/gas";
import type { FormApi, FormResponseApi } from "../../gas/gas-forms";
import { questionsById, readFormConfig, type OfferFormConfig } from "./form-config";
import { handleChangeSubmit } from "./change-intake";
import { readMapSheets, type MapSheets } from "../platform/map-sheets";
import { now } from "../platform/clock";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { formApp, services } from "../platform/services";

// Form answers into People, Offers and Intake issues. The onFormSubmit trigger handles the
// response it was fired for; Sync offers replays every response, for triggers that never fired.
// Either way, under the document lock: each sheet is read once and the rows that changed are
// written with one setValues per sheet, so a submission costs the same number of calls however
// long the sheets grow.

const INTAKE_SHEETS = [SETTINGS_SHEET, PEOPLE_SHEET, OFFERS_SHEET, INTAKE_ISSUES_SHEET];

const isDateValue = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === "[object Date]" && !Number.isNaN((v as Date).getTime());

const SubmitEvent = z.object({
  range: z
    .custom<RangeApi>((v) => typeof (v as { getValues?: unknown })?.getValues === "function")
    .optional(),
  source: z
    .custom<SpreadsheetApi>(
      (v) => typeof (v as { getSheetByName?: unknown })?.getSheetByName === "function",
    )
    .optional(),
});

function readResponse(r: FormResponseApi, ids: Map<number, OfferQuestionKey>): RawResponse {
  const answers: RawResponse["answers"] = {};
  const extra: RawResponse["extra"] = [];
  for (const ir of r.getItemResponses()) {
    const item = ir.getItem();
    const key = ids.get(item.getId());
    if (key) answers[key] = ir.getResponse();
    else extra.push({ title: item.getTitle(), value: ir.getResponse() });
  }
  return {
    id: r.getId(),
    submitted: new Date(r.getTimestamp().getTime()).toISOString(),
    answers,
    extra,
  };
}

/** How far apart the sheet's Timestamp and the response's may be, to be safe. */
const NEAR_MS = 5000;

/**
 * The responses behind the row the trigger was fired for: those submitted at its Timestamp (to
 * the millisecond, else the second, else within a few seconds). A row of another form linked to
 * this spreadsheet matches none, and nothing is done.
 */
function responsesAt(
  form: FormApi,
  stamp: number,
): { picked: FormResponseApi[]; later: FormResponseApi[] } {
  const tiers = [
    (t: number) => t === stamp,
    (t: number) => Math.floor(t / 1000) === Math.floor(stamp / 1000),
    (t: number) => Math.abs(t - stamp) <= 1000,
    (t: number) => Math.abs(t - stamp) <= NEAR_MS,
  ];
  // A second look further back only when the first finds nothing: bursts stay cheap.
  for (const back of [1000, NEAR_MS]) {
    const near = form
      .getResponses(new Date(stamp - back))
      .map((r) => ({ r, t: r.getTimestamp().getTime() }));
    for (const tier of tiers) {
      const hits = near.filter((c) => tier(c.t));
      if (hits.length === 0) continue;
      // What came after them may be the same people's newer answers (a late firing).
      const first = Math.min(...hits.map((c) => c.t));
      const later = near.filter((c) => !hits.includes(c) && c.t >= first);
      return { picked: hits.map((c) => c.r), later: later.map((c) => c.r) };
    }
  }
  return { picked: [], later: [] };
}

/**
 * Writes what changed on one sheet: only the cells whose value changed, each block after one read
 * of its cells' number formats so that text is written the way that cell keeps it exactly
 * (literal.ts); then the rows left empty are deleted, bottom first.
 */
function writeSheet(read: MapSheets, name: string, change: SheetChange): void {
  // No sheet and nothing but a header to put on it: leave the tabs alone.
  if (!read.sheets[name] && change.after.length <= 1) return;
  const blocks = cellEdits(change);
  if (blocks.length === 0 && change.deleteRows.length === 0) return;
  let sheet = read.sheets[name];
  if (!sheet) {
    sheet = read.spreadsheet.insertSheet(name);
    read.sheets[name] = sheet;
    sheet.setFrozenRows(1);
  }
  if (blocks.length > 0) {
    const top = Math.min(...blocks.map((b) => b.row));
    const bottom = Math.max(...blocks.map((b) => b.row + b.values.length - 1));
    const left = Math.min(...blocks.map((b) => b.column));
    const right = Math.max(...blocks.map((b) => b.column + b.values[0].length - 1));
    const maxRows = sheet.getMaxRows();
    if (bottom > maxRows) sheet.insertRowsAfter(maxRows, bottom - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (right > maxColumns) sheet.insertColumnsAfter(maxColumns, right - maxColumns);
    // One read of formats for every block, after the rows and columns exist.
    const formats = sheet
      .getRange(top, left, bottom - top + 1, right - left + 1)
      .getNumberFormats();
    for (const b of blocks) {
      const own = b.values.map((row, r) =>
        row.map((_, c) => formats[b.row - top + r]?.[b.column - left + c] ?? ""),
      );
      sheet
        .getRange(b.row, b.column, b.values.length, b.values[0].length)
        .setValues(valuesForCells(b.values, own));
    }
  }
  if (change.deleteRows.length === 0) return;
  // Sheets refuses to delete every row under the frozen header: those are emptied instead.
  let maxRows = sheet.getMaxRows();
  const frozen = sheet.getFrozenRows();
  for (const [first, count] of runsFromBottom(change.deleteRows)) {
    if (maxRows - count <= frozen) {
      sheet.getRange(first + 1, 1, count, sheet.getMaxColumns()).clearContent();
      continue;
    }
    sheet.deleteRows(first + 1, count);
    maxRows -= count;
  }
}

/** 0-based indexes as [first, count] runs, the lowest on the sheet first. */
function runsFromBottom(indexes: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of [...indexes].sort((a, b) => b - a)) {
    const last = runs[runs.length - 1];
    if (last && last[0] - 1 === i) {
      last[0] = i;
      last[1] += 1;
    } else runs.push([i, 1]);
  }
  return runs;
}

/**
 * Applies responses to the sheets: one read and one write per changed block of each sheet. The
 * newest response of each person wins (see intakeResponses); with `only`, just the people of those
 * responses are touched.
 */
export function applyResponses(
  ss: SpreadsheetApi,
  responses: readonly RawResponse[],
  only?: ReadonlySet<string>,
): IntakeOutcome[] {
  const read = readMapSheets(ss, INTAKE_SHEETS);
  const tz = read.timeZone;
  const { map } = readMap(
    { [SETTINGS_SHEET]: read.values[SETTINGS_SHEET] },
    { timeZone: tz, today: isoDateIn(now(), tz) },
  );
  const result = intakeResponses(
    {
      people: read.values[PEOPLE_SHEET],
      offers: read.values[OFFERS_SHEET],
      issues: read.values[INTAKE_ISSUES_SHEET],
    },
    responses,
    { timeZone: tz, startDate: map.settings.startDate },
    only,
  );
  writeSheet(read, PEOPLE_SHEET, result.people);
  writeSheet(read, OFFERS_SHEET, result.offers);
  writeSheet(read, INTAKE_ISSUES_SHEET, result.issues);
  return result.outcomes;
}

function allResponses(form: FormApi, config: OfferFormConfig): RawResponse[] {
  const ids = questionsById(config);
  return form.getResponses().map((r) => readResponse(r, ids));
}

/**
 * The installable onFormSubmit trigger of the spreadsheet. Its event names the row Google wrote on
 * the Form Responses sheet; the response behind it is read from the form, where answers keep their
 * types (a grid is a list per day) and the response has its id.
 */
export function onOfferFormSubmit(e?: unknown): void {
  // The one form-submit trigger also fires for the "can't make it" form: its rows go to Changes.
  if (handleChangeSubmit(e)) return;
  handleOfferSubmit(e);
}

/** onOfferFormSubmit, with what became of each response (for tests and the benchmark). */
export function handleOfferSubmit(e?: unknown): IntakeOutcome[] {
  const event = SubmitEvent.safeParse(e ?? {});
  const range = event.success ? event.data.range : undefined;
  // Google's form-submit event has no source (authMode, namedValues, range, triggerUid, values:
  // https://developers.google.com/apps-script/guides/triggers/events#form-submit); the range's
  // spreadsheet is the map. A source, where one comes, is used first.
  const ss =
    (event.success && event.data.source) ||
    services().spreadsheetApp.getActiveSpreadsheet() ||
    range?.getSheet().getParent() ||
    activeSpreadsheet();
  return withDocumentLock(() => {
    const config = readFormConfig();
    if (!config) return [];
    const form = formApp().openById(config.formId);
    // Without a row to go by (a call by hand, an odd event), catch up with every response.
    if (!range) return applyResponses(ss, allResponses(form, config));
    const stamp = range.getValues()[0]?.[0];
    if (!isDateValue(stamp)) return [];
    const { picked, later } = responsesAt(form, stamp.getTime());
    if (picked.length === 0) return [];
    const ids = questionsById(config);
    // A firing can come late or out of order: responses submitted since may be the same
    // person's newer answers, and the newest must win. They are read too, and only the people
    // of the picked responses are touched.
    const mine = picked.map((r) => readResponse(r, ids));
    return applyResponses(
      ss,
      [...mine, ...later.map((r) => readResponse(r, ids))],
      new Set(mine.map((r) => r.id)),
    );
  });
}

export interface SyncSummary {
  responses: number;
  offers: number;
  issues: number;
  text: string;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Replays every response of the offer form. Running it again changes nothing. */
export function syncOffers(): SyncSummary {
  return withDocumentLock(() => {
    const config = readFormConfig();
    if (!config)
      return {
        responses: 0,
        offers: 0,
        issues: 0,
        text: "There is no offer form yet: use Create offer form first.",
      };
    const ss = activeSpreadsheet();
    const outcomes = applyResponses(ss, allResponses(formApp().openById(config.formId), config));
    const offers = outcomes.filter((o) => o.kind === "offers").length;
    const issues = outcomes.filter((o) => o.kind === "issue").length;
    const replaced = outcomes.filter((o) => o.kind === "replaced").length;
    return {
      responses: outcomes.length,
      offers,
      issues,
      text:
        `${plural(outcomes.length, "response")}: ${offers} on People and Offers, ` +
        `${issues} on Intake issues` +
        (replaced ? `, ${replaced} replaced by a newer response from the same person.` : "."),
    };
  });
}

export function menuSyncOffers(): void {
  const summary = syncOffers();
  activeSpreadsheet().toast(summary.text, "Support Map: offers synced", 10);
}
