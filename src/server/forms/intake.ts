import * as z from "zod";
import { OFFERS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET } from "../../sheets/columns";
import { isoDateIn } from "../../sheets/cells";
import { INTAKE_ISSUES_SHEET, openIssueCount } from "../../sheets/intake-issues";
import type { RawResponse } from "./offer-answers";
import type { OfferQuestionKey } from "./offer-questions";
import { intakeResponses, type IntakeOutcome } from "./offer-intake";
import { readMap } from "../../sheets/read-map";
import { changedBlock } from "../../sheets/sheet-table";
import type { RangeApi, SpreadsheetApi } from "../../gas/gas";
import type { FormApi, FormResponseApi } from "../../gas/gas-forms";
import { questionsById, readFormConfig, type OfferFormConfig } from "./form-config";
import { handleChangeSubmit } from "./change-intake";
import { readMapSheets, type MapSheets } from "../platform/map-sheets";
import { now } from "../platform/clock";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { formApp } from "../platform/services";

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
function responsesAt(form: FormApi, stamp: number): FormResponseApi[] {
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
      if (hits.length) return hits.map((c) => c.r);
    }
  }
  return [];
}

function writeSheet(read: MapSheets, name: string, after: unknown[][], tz: string): void {
  const before = read.values[name] ?? [];
  // No sheet and nothing but a header to put on it: leave the tabs alone.
  if (!read.sheets[name] && after.length <= 1) return;
  const block = changedBlock(before, after, tz);
  if (!block) return;
  let sheet = read.sheets[name];
  if (!sheet) {
    sheet = read.spreadsheet.insertSheet(name);
    read.sheets[name] = sheet;
    sheet.setFrozenRows(1);
  }
  const rows = block.values.length;
  const width = block.values[0].length;
  const lastRow = block.row + rows - 1;
  if (after.length > before.length) {
    const max = sheet.getMaxRows();
    if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
  }
  if (width > (before[0]?.length ?? 0)) {
    const max = sheet.getMaxColumns();
    if (width > max) sheet.insertColumnsAfter(max, width - max);
  }
  sheet.getRange(block.row, 1, rows, width).setValues(block.values);
}

/** Applies responses (oldest first) to the sheets: one read and at most one write per sheet. */
export function applyResponses(
  ss: SpreadsheetApi,
  responses: readonly RawResponse[],
): IntakeOutcome[] {
  const read = readMapSheets(ss, INTAKE_SHEETS);
  const tz = read.timeZone;
  const { map } = readMap(
    { [SETTINGS_SHEET]: read.values[SETTINGS_SHEET] },
    { timeZone: tz, today: isoDateIn(now(), tz) },
  );
  const sorted = [...responses].sort((a, b) =>
    a.submitted < b.submitted ? -1 : a.submitted > b.submitted ? 1 : 0,
  );
  const result = intakeResponses(
    {
      people: read.values[PEOPLE_SHEET],
      offers: read.values[OFFERS_SHEET],
      issues: read.values[INTAKE_ISSUES_SHEET],
    },
    sorted,
    { timeZone: tz, startDate: map.settings.startDate },
  );
  writeSheet(read, PEOPLE_SHEET, result.people, tz);
  writeSheet(read, OFFERS_SHEET, result.offers, tz);
  writeSheet(read, INTAKE_ISSUES_SHEET, result.issues, tz);
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
  const ss = (event.success && event.data.source) || activeSpreadsheet();
  return withDocumentLock(() => {
    const config = readFormConfig();
    if (!config) return [];
    const form = formApp().openById(config.formId);
    // Without a row to go by (a call by hand, an odd event), catch up with every response.
    if (!range) return applyResponses(ss, allResponses(form, config));
    const stamp = range.getValues()[0]?.[0];
    if (!isDateValue(stamp)) return [];
    const picked = responsesAt(form, stamp.getTime());
    if (picked.length === 0) return [];
    const ids = questionsById(config);
    return applyResponses(
      ss,
      picked.map((r) => readResponse(r, ids)),
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
    const issues = outcomes.length - offers;
    return {
      responses: outcomes.length,
      offers,
      issues,
      text:
        `${plural(outcomes.length, "response")}: ${offers} on People and Offers, ` +
        `${issues} on Intake issues.`,
    };
  });
}

export function menuSyncOffers(): void {
  const summary = syncOffers();
  activeSpreadsheet().toast(summary.text, "Support Map: offers synced", 10);
}

/** Intake issues the coordinator has not marked done: for Check setup and the sidebar. */
export function intakeIssueCount(ss: SpreadsheetApi = activeSpreadsheet()): number {
  const read = readMapSheets(ss, [INTAKE_ISSUES_SHEET]);
  return openIssueCount(read.values[INTAKE_ISSUES_SHEET], read.timeZone);
}
