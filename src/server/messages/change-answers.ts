import { localStamp } from "../../core/messages/zone";
import { nameKey } from "../../core/problem";
import type { SpreadsheetApi } from "../../gas/gas";
import type { FormResponseApi } from "../../gas/gas-forms";
import { CHANGES_HEADERS, CHANGES_SHEET, readChangeRows } from "../../sheets/changes-sheet";
import {
  changeFormConfig,
  helpersByToken,
  openChangeForm,
  type ChangeFormConfig,
} from "../forms/change-form";
import { appendRows } from "../platform/append-rows";
import { type MessageSession } from "./session";

// Answers of the "can't make it" form, copied onto the Changes sheet: the helper's code becomes
// their name there and stays behind.

function answerText(value: unknown): string {
  if (Array.isArray(value)) return value.map(answerText).join(", ");
  return value === null || value === undefined ? "" : String(value);
}

/** A form answer as a Changes row: the code becomes the helper's name, and stays behind. */
function changeRowOf(
  session: MessageSession,
  config: ChangeFormConfig,
  response: FormResponseApi,
  tokens: Map<string, string>,
): string[] {
  const byItem = new Map<number, string>();
  for (const ir of response.getItemResponses())
    byItem.set(ir.getItem().getId(), answerText(ir.getResponse()).trim());
  const helperKey = tokens.get(byItem.get(config.items.code) ?? "");
  const person = helperKey
    ? session.map.people.find((p) => nameKey(p.name) === helperKey)
    : undefined;
  const tz = session.map.settings.timeZone;
  return [
    localStamp(response.getTimestamp().getTime(), tz),
    person?.name ?? "",
    byItem.get(config.items.what) ?? "",
    byItem.get(config.items.dates) ?? "",
    byItem.get(config.items.note) ?? "",
    person
      ? ""
      : "The link's code matches no helper (it may have been changed by hand), so nothing was done. Ask who sent it.",
    response.getId(),
  ];
}

/** Copies answers not yet on Changes onto it: one read, at most one write. */
export function fileChangeAnswers(session: MessageSession): void {
  const config = changeFormConfig(session, false);
  const form = config && openChangeForm(config);
  if (!config || !form) return;
  const { spreadsheet } = session.read;
  const sheet = spreadsheet.getSheetByName(CHANGES_SHEET);
  const tz = session.map.settings.timeZone;
  const known = new Set(
    readChangeRows(sheet ? sheet.getDataRange().getValues() : [], tz).map((r) => r.responseId),
  );
  const tokens = helpersByToken(session);
  const fresh = form
    .getResponses()
    .filter((r) => !known.has(r.getId()))
    .map((r) => changeRowOf(session, config, r, tokens));
  appendChangeRows(spreadsheet, fresh);
}

/**
 * Appends rows to Changes (its columns in CHANGES_HEADERS order), the one writer for form answers
 * and the panel's Done and Missed. What was typed stays exactly as typed: "17 March" is not
 * turned into a date by locale.
 */
export function appendChangeRows(spreadsheet: SpreadsheetApi, rows: string[][]): void {
  appendRows(spreadsheet, CHANGES_SHEET, CHANGES_HEADERS, rows, ["Dates", "Note"]);
}
