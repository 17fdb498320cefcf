import type { Need, Settings } from "../../core/model";
import { NEEDS_SHEET, SETTINGS_SHEET } from "../../sheets/columns";
import {
  offerChoices,
  offerFormConfirmation,
  offerFormDescription,
  offerFormTitle,
  offerQuestions,
  type OfferQuestion,
  type OfferQuestionKey,
} from "./offer-questions";
import { readMap } from "../../sheets/read-map";
import type { SpreadsheetApi } from "../../gas/gas";
import type { FormApi, ItemApi, TextValidationApi } from "../../gas/gas-forms";
import { readFormConfig, saveFormConfig, type OfferFormConfig } from "./form-config";
import { readMapSheets } from "../platform/map-sheets";
import { withDocumentLock } from "../platform/lock";
import { ensureTakingAnswers } from "./form-publish";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { formApp, services } from "../platform/services";
import { now } from "../platform/clock";

// The offer form: "Create offer form" makes a Google Form that sends its answers to this
// spreadsheet, "Refresh form" brings its title, description and choices up to date with Settings
// and Needs (Google keeps the responses when choices change), and both show the coordinator the
// link to share. The spreadsheet's onFormSubmit trigger (one per document) feeds form-intake.ts.

/** The top-level function the onFormSubmit trigger runs (see src/server/index.ts). */
export const SUBMIT_HANDLER = "onOfferFormSubmit";

export interface OfferFormInfo {
  url: string;
  editUrl: string;
  /** true when this call made the form (none yet, or the old one could not be opened). */
  created: boolean;
  /** The types of help offered as choices. */
  choices: number;
  /** Why a new form was made although one was on record. */
  replaced?: string;
}

interface MapForForm {
  settings: Settings;
  needs: Need[];
}

function readForForm(ss: SpreadsheetApi): MapForForm {
  const read = readMapSheets(ss, [SETTINGS_SHEET, NEEDS_SHEET]);
  const { map } = readMap(read.values, { timeZone: read.timeZone, now: now() });
  return { settings: map.settings, needs: map.needs };
}

function textValidation(q: OfferQuestion): TextValidationApi | undefined {
  const v = q.validation;
  if (!v) return undefined;
  const builder = formApp().createTextValidation().setHelpText(v.help);
  return (
    v.kind === "email" ? builder.requireTextIsEmail() : builder.requireNumberBetween(v.start, v.end)
  ).build();
}

/**
 * Makes the item for a question, or updates the one it already has. An item the coordinator
 * deleted, or changed to another type, is made again (its old answers stay in the responses).
 */
function putQuestion(form: FormApi, q: OfferQuestion, id: number | undefined): number {
  const types = formApp().ItemType;
  const existing: ItemApi | null = id === undefined ? null : form.getItemById(id);
  const item = <T>(type: GoogleAppsScript.Forms.ItemType, cast: (i: ItemApi) => T, add: () => T) =>
    existing !== null && existing.getType() === type ? cast(existing) : add();
  switch (q.kind) {
    case "text": {
      const text = item(
        types.TEXT,
        (i) => i.asTextItem(),
        () => form.addTextItem(),
      );
      text.setTitle(q.title).setHelpText(q.help).setRequired(q.required);
      const rule = textValidation(q);
      if (rule) text.setValidation(rule);
      return text.getId();
    }
    case "paragraph":
      return item(
        types.PARAGRAPH_TEXT,
        (i) => i.asParagraphTextItem(),
        () => form.addParagraphTextItem(),
      )
        .setTitle(q.title)
        .setHelpText(q.help)
        .setRequired(q.required)
        .getId();
    case "checkbox":
      return item(
        types.CHECKBOX,
        (i) => i.asCheckboxItem(),
        () => form.addCheckboxItem(),
      )
        .setTitle(q.title)
        .setHelpText(q.help)
        .setChoiceValues([...(q.choices ?? [])])
        .showOtherOption(q.other ?? false)
        .setRequired(q.required)
        .getId();
    case "choice":
      return item(
        types.MULTIPLE_CHOICE,
        (i) => i.asMultipleChoiceItem(),
        () => form.addMultipleChoiceItem(),
      )
        .setTitle(q.title)
        .setHelpText(q.help)
        .setChoiceValues([...(q.choices ?? [])])
        .showOtherOption(q.other ?? false)
        .setRequired(q.required)
        .getId();
    case "list":
      return item(
        types.LIST,
        (i) => i.asListItem(),
        () => form.addListItem(),
      )
        .setTitle(q.title)
        .setHelpText(q.help)
        .setChoiceValues([...(q.choices ?? [])])
        .setRequired(q.required)
        .getId();
    case "grid":
      return item(
        types.CHECKBOX_GRID,
        (i) => i.asCheckboxGridItem(),
        () => form.addCheckboxGridItem(),
      )
        .setTitle(q.title)
        .setHelpText(q.help)
        .setRows([...(q.rows ?? [])])
        .setColumns([...(q.columns ?? [])])
        .setRequired(q.required)
        .getId();
    case "date":
      return item(
        types.DATE,
        (i) => i.asDateItem(),
        () => form.addDateItem(),
      )
        .setTitle(q.title)
        .setHelpText(q.help)
        .setIncludesYear(true)
        .setRequired(q.required)
        .getId();
  }
}

/** Title, description, confirmation and every question, as Settings and Needs say now. */
function putForm(form: FormApi, map: MapForForm, known: OfferFormConfig["items"]): OfferFormConfig {
  const choices = offerChoices(map.needs);
  form
    .setTitle(offerFormTitle(map.settings))
    .setDescription(offerFormDescription(map.settings))
    .setConfirmationMessage(offerFormConfirmation(map.settings));
  const items: Partial<Record<OfferQuestionKey, number>> = {};
  for (const q of offerQuestions(map.settings, choices))
    items[q.key] = putQuestion(form, q, known[q.key]);
  return { formId: form.getId(), items, url: form.getPublishedUrl(), editUrl: form.getEditUrl() };
}

function newForm(ss: SpreadsheetApi, map: MapForForm): FormApi {
  const app = formApp();
  const form = app.create(offerFormTitle(map.settings));
  // The form asks for an email itself, so answering needs no Google account.
  form.setCollectEmail(false).setAllowResponseEdits(true);
  form.setDestination(app.DestinationType.SPREADSHEET, ss.getId());
  return form;
}

/** The recorded form, or why it cannot be used. */
function openRecorded(): { form?: FormApi; config?: OfferFormConfig; problem?: string } {
  const config = readFormConfig();
  if (!config) return {};
  try {
    return { form: formApp().openById(config.formId), config };
  } catch (e) {
    return { problem: `the earlier form could not be opened (${(e as Error).message})` };
  }
}

/** Creates the form, or brings the existing one up to date; either way the trigger is there. */
export function createOfferForm(): OfferFormInfo {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const map = readForForm(ss);
    const recorded = openRecorded();
    const created = !recorded.form;
    const form = recorded.form ?? newForm(ss, map);
    const config = putForm(form, map, recorded.config?.items ?? {});
    ensureTakingAnswers(form);
    saveFormConfig(config);
    ensureSubmitTrigger(ss);
    return {
      url: config.url,
      editUrl: config.editUrl,
      created,
      choices: offerChoices(map.needs).length,
      ...(recorded.problem && { replaced: recorded.problem }),
    };
  });
}

/** Refresh is Create on an existing form: the same questions, the choices of today's Needs. */
export function refreshOfferForm(): OfferFormInfo {
  return createOfferForm();
}

/**
 * The spreadsheet's onFormSubmit trigger for this user and document. Add-ons get one trigger of a
 * type per document, so an existing one for our handler is kept and any other is replaced.
 */
export function ensureSubmitTrigger(ss: SpreadsheetApi): "kept" | "created" {
  const app = services().scriptApp;
  const submits = app
    .getUserTriggers(ss)
    .filter((t) => t.getEventType() === app.EventType.ON_FORM_SUBMIT);
  if (submits.some((t) => t.getHandlerFunction() === SUBMIT_HANDLER)) return "kept";
  for (const t of submits) app.deleteTrigger(t);
  app.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return "created";
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The dialog that hands the coordinator the link to share. */
export function formLinkHtml(info: OfferFormInfo): string {
  const url = escapeHtml(info.url);
  const edit = escapeHtml(info.editUrl);
  const lead = info.created
    ? info.replaced
      ? `A new offer form is ready: ${escapeHtml(info.replaced)}.`
      : "Your offer form is ready."
    : "Your offer form is up to date with Settings and Needs.";
  return [
    '<div style="font-family: Arial, sans-serif; font-size: 14px; line-height: 1.4">',
    `<p>${lead} Share this link with the people who might help:</p>`,
    `<p><input id="link" readonly value="${url}" style="width: 100%" onclick="this.select()"></p>`,
    `<p><a href="${url}" target="_blank" rel="noopener">Open the form</a> · `,
    `<a href="${edit}" target="_blank" rel="noopener">Edit its questions</a></p>`,
    "<p>Answers arrive on the Form Responses sheet and become rows on People and Offers. ",
    "Anything that cannot be used goes to the Intake issues sheet for you.</p>",
    "</div>",
  ].join("\n");
}

function showLink(info: OfferFormInfo): void {
  const { html, spreadsheetApp } = services();
  const output = html.createHtmlOutput(formLinkHtml(info)).setWidth(460).setHeight(230);
  spreadsheetApp.getUi().showModalDialog(output, "Offer form");
}

export function menuCreateOfferForm(): void {
  showLink(createOfferForm());
}

export function menuRefreshOfferForm(): void {
  showLink(refreshOfferForm());
}
