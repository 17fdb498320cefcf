import { localStamp } from "../../core/messages/zone";
import { nameKey } from "../../core/problem";
import type { SpreadsheetApi } from "../../gas/gas";
import type { FormResponseApi } from "../../gas/gas-forms";
import { CHANGES_HEADERS, CHANGES_SHEET, readChangeRows } from "../../sheets/changes-sheet";
import {
  changeFormConfig,
  changeFormsToRead,
  hasSections,
  helpersByToken,
  openChangeForm,
  type ChangeFormRef,
} from "../forms/change-form";
import { readSection, resolveTicked } from "../forms/change-sections";
import { appendRows } from "../platform/append-rows";
import { type MessageSession } from "./session";

// Answers of the "can't make it" forms (this one, and any made before it that older links still
// open), copied onto the Changes sheet: the helper's code becomes their name there and stays
// behind. Ticked dates are read from the form's answer (a checkbox's ItemResponse is a list of the
// ticked choices: https://developers.google.com/apps-script/reference/forms/item-response#getResponse()),
// never from the responses sheet, where Google joins them with ", " in one cell; each becomes
// "2027-03-17 (Ride to appointment)" on Changes, by what the choice was stored as standing for
// (change-sections.ts). A choice nobody can resolve is written as it was ticked, and the Outcome
// says it matched no date of theirs.

function answerText(value: unknown): string {
  if (Array.isArray(value)) return value.map(answerText).join(", ");
  return value === null || value === undefined ? "" : String(value);
}

/** A checkbox answer as its list; a single text (as a form edited by hand could give) as one. */
function answerList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => answerText(v).trim()).filter((v) => v !== "");
  const text = answerText(value).trim();
  return text ? [text] : [];
}

/** A form answer as a Changes row: the code becomes the helper's name, and stays behind. */
function changeRowOf(
  session: MessageSession,
  ref: ChangeFormRef,
  response: FormResponseApi,
  tokens: Map<string, string>,
): string[] {
  const byItem = new Map<number, unknown>();
  const ticked: { id: number; values: string[]; current: () => string[] }[] = [];
  for (const ir of response.getItemResponses()) {
    const item = ir.getItem();
    const id = item.getId();
    const value = ir.getResponse();
    byItem.set(id, value);
    const isDates = hasSections(ref) && String(item.getType()) === "CHECKBOX";
    if (isDates && !Object.values(ref.items).includes(id) && answerList(value).length)
      ticked.push({
        id,
        values: answerList(value),
        current: () => {
          try {
            return item
              .asCheckboxItem()
              .getChoices()
              .map((c) => c.getValue());
          } catch {
            return [];
          }
        },
      });
  }
  const text = (id: number | undefined) =>
    id === undefined ? "" : answerText(byItem.get(id)).trim();
  const token = text(ref.items.code);
  const helperKey = tokens.get(token);
  const person = helperKey
    ? session.map.people.find((p) => nameKey(p.name) === helperKey)
    : undefined;
  const record = readSection(session, token);
  const dates = hasSections(ref)
    ? ticked.flatMap((t) => resolveTicked(session, record, t.values, t.current)).join("\n")
    : text(ref.items.dates);
  const tz = session.map.settings.timeZone;
  return [
    localStamp(response.getTimestamp().getTime(), tz),
    person?.name ?? "",
    text(ref.items.what),
    dates,
    text(ref.items.note),
    person
      ? ""
      : "The link's code matches no helper (it may have been changed by hand), so nothing was done. Ask who sent it.",
    response.getId(),
  ];
}

/** Copies answers not yet on Changes onto it: one read, at most one write. */
export function fileChangeAnswers(session: MessageSession): void {
  const config = changeFormConfig(session, false);
  if (!config) return;
  const { spreadsheet } = session.read;
  const sheet = spreadsheet.getSheetByName(CHANGES_SHEET);
  const tz = session.map.settings.timeZone;
  const known = new Set(
    readChangeRows(sheet ? sheet.getDataRange().getValues() : [], tz).map((r) => r.responseId),
  );
  const tokens = helpersByToken(session);
  const fresh: string[][] = [];
  for (const ref of changeFormsToRead(config)) {
    const form = openChangeForm(ref);
    if (!form) continue;
    for (const r of form.getResponses())
      if (!known.has(r.getId())) fresh.push(changeRowOf(session, ref, r, tokens));
  }
  // Answers from two forms, in the order they came.
  fresh.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
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
