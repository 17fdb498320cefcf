import * as z from "zod";
import { SETTING_KEYS } from "../core/model";
import type {
  Activation,
  Applied,
  CheckInActionResult,
  CheckInActions,
  CheckIns,
  CheckInSent,
  CheckInThanksForm,
  MapEndResult,
  MessagePreview,
  OfferFormResult,
  Panel,
  PastVisits,
  PinResult,
  PlanPreview,
  ScheduledMessages,
  SendBriefsResult,
  SettingsForm,
  SettingsSaved,
  SyncOffersResult,
  VisitMarked,
  HelperConfirmed,
} from "./panel-types";
import { MESSAGE_KINDS } from "./panel-types";
import type { IsPlain } from "./plain";

// The one contract for google.script.run, shared by the sidebar and the server. For each server
// function: the zod schema of its arguments (the server checks every call against it) and the
// type of its result (plain data only). The sidebar imports this file for its types only, so zod
// stays out of the sidebar's bundle.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const name = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, { error: `${what} is empty.` })
    .max(500, { error: `${what} is longer than 500 characters.` });

export const PinArgs = z
  .object({
    need: name("The need"),
    person: name("The person"),
    role: z.enum(["primary", "backup"], { error: "The role must be primary or backup." }),
    from: z
      .string({ error: "From must be a date written YYYY-MM-DD." })
      .regex(ISO_DATE, { error: "From must be a date written YYYY-MM-DD." }),
    pinned: z.boolean({ error: "Pinned must be true or false." }),
  })
  .strict();
export type PinArgs = z.infer<typeof PinArgs>;

export const ApplyArgs = z
  .object({
    /** The previewId of the preview the coordinator saw, if Apply follows a preview. */
    previewId: z.string().max(100).optional(),
  })
  .strict();
export type ApplyArgs = z.infer<typeof ApplyArgs>;

export const SaveSettingsArgs = z
  .object({
    values: z.partialRecord(
      z.enum(SETTING_KEYS, { error: "That is not one of the Settings." }),
      z.string({ error: "Each setting's value must be text." }).max(2000, {
        error: "A setting's value is longer than 2000 characters.",
      }),
    ),
  })
  .strict();
export type SaveSettingsArgs = z.infer<typeof SaveSettingsArgs>;

const BRIEFS_ARGS =
  "Only changed must be true or false: sendBriefs expects { onlyChanged: true } or { onlyChanged: false }.";

export const SendBriefsArgs = z
  .object({ onlyChanged: z.boolean({ error: BRIEFS_ARGS }) }, { error: BRIEFS_ARGS })
  .strict();
export type SendBriefsArgs = z.infer<typeof SendBriefsArgs>;

export const ExtendArgs = z
  .object({
    endDate: z
      .string({ error: "The new end date must be a date written YYYY-MM-DD." })
      .regex(ISO_DATE, { error: "The new end date must be a date written YYYY-MM-DD." }),
  })
  .strict();
export type ExtendArgs = z.infer<typeof ExtendArgs>;

export const ClearDetailsArgs = z
  .object({
    confirm: z.literal(true, { error: "Clearing Details must be confirmed: { confirm: true }." }),
  })
  .strict();
export type ClearDetailsArgs = z.infer<typeof ClearDetailsArgs>;

export const PreviewMessageArgs = z
  .object({
    kind: z.enum(MESSAGE_KINDS, {
      error: `The message must be one of: ${MESSAGE_KINDS.join(", ")}.`,
    }),
    /** The helper it is about; the first suitable helper when left out. */
    helper: name("The helper").optional(),
  })
  .strict();
export type PreviewMessageArgs = z.infer<typeof PreviewMessageArgs>;
/** Text the coordinator typed, kept exactly as typed (not trimmed): only its length is checked. */
const typed = (what: string, max = 500) =>
  z
    .string({ error: `${what} must be text.` })
    .max(max, { error: `${what} is longer than ${max} characters.` });

export const CheckInRefArgs = z
  .object({
    row: z
      .number({ error: "The check-in's row must be a number." })
      .int({ error: "The check-in's row must be a whole number." })
      .min(2, { error: "The check-in's row must be 2 or more (row 1 holds the headers)." })
      .max(1_000_000, { error: "The check-in's row is past the end of any sheet." }),
    responseId: typed("The check-in's response id", 200),
    answered: typed("When the check-in was answered", 100),
  })
  .strict();
export type CheckInRefArgs = z.infer<typeof CheckInRefArgs>;

export const AddNeedArgs = z
  .object({
    ref: CheckInRefArgs,
    need: typed("The need's name").refine((v) => v.trim() !== "", {
      error: "The need's name is empty: write a short name helpers will see.",
    }),
    type: typed("Type"),
    days: typed("Days"),
    time: typed("Time"),
    priority: typed("Priority", 50),
    from: z
      .string({ error: "From must be a date written YYYY-MM-DD, or empty." })
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, {
        error: "From must be a date written YYYY-MM-DD, or empty.",
      }),
  })
  .strict();
export type AddNeedArgs = z.infer<typeof AddNeedArgs>;

export const PauseNeedArgs = z.object({ ref: CheckInRefArgs, need: name("The need") }).strict();
export type PauseNeedArgs = z.infer<typeof PauseNeedArgs>;

export const ThanksFormArgs = z.object({ ref: CheckInRefArgs }).strict();
export type ThanksFormArgs = z.infer<typeof ThanksFormArgs>;

export const ThankHelperArgs = z
  .object({
    ref: CheckInRefArgs,
    helper: name("The helper"),
    quote: z.boolean({ error: "Quote must be true or false." }),
  })
  .strict();
export type ThankHelperArgs = z.infer<typeof ThankHelperArgs>;

export const MarkVisitArgs = z
  .object({
    helper: name("The helper"),
    need: name("The need"),
    date: z
      .string({ error: "The visit's date must be a date written YYYY-MM-DD." })
      .regex(ISO_DATE, { error: "The visit's date must be a date written YYYY-MM-DD." }),
    outcome: z.enum(["done", "missed"], { error: "A visit is marked done or missed." }),
  })
  .strict();
export type MarkVisitArgs = z.infer<typeof MarkVisitArgs>;

export const MarkConfirmedArgs = z.object({ helper: name("The helper") }).strict();
export type MarkConfirmedArgs = z.infer<typeof MarkConfirmedArgs>;

/** Each function's arguments, as the tuple google.script.run passes. */
export const ARGS = {
  getPanel: z.tuple([]),
  previewPlan: z.tuple([]),
  applyPlan: z.tuple([ApplyArgs.optional()]),
  setPinned: z.tuple([PinArgs]),
  getSettings: z.tuple([]),
  saveSettings: z.tuple([SaveSettingsArgs]),
  offerForm: z.tuple([]),
  syncOffers: z.tuple([]),
  sendBriefs: z.tuple([SendBriefsArgs]),
  sendCheckInNow: z.tuple([]),
  turnOnScheduledMessages: z.tuple([]),
  getCheckIns: z.tuple([]),
  getActivation: z.tuple([]),
  activateMap: z.tuple([]),
  extendMap: z.tuple([ExtendArgs]),
  closeMap: z.tuple([]),
  sendThanks: z.tuple([]),
  clearDetails: z.tuple([ClearDetailsArgs]),
  previewMessage: z.tuple([PreviewMessageArgs]),
  getCheckInActions: z.tuple([]),
  addNeedFromCheckIn: z.tuple([AddNeedArgs]),
  pauseNeedFromCheckIn: z.tuple([PauseNeedArgs]),
  checkInThanksForm: z.tuple([ThanksFormArgs]),
  thankHelperFromCheckIn: z.tuple([ThankHelperArgs]),
  getPastVisits: z.tuple([]),
  markVisit: z.tuple([MarkVisitArgs]),
  markConfirmed: z.tuple([MarkConfirmedArgs]),
} as const;

/** Each function's result. */
export interface Results {
  getPanel: Panel;
  previewPlan: PlanPreview;
  applyPlan: Applied;
  setPinned: PinResult;
  getSettings: SettingsForm;
  saveSettings: SettingsSaved;
  /** Creates the offer form, or brings the one on record up to date. */
  offerForm: OfferFormResult;
  syncOffers: SyncOffersResult;
  sendBriefs: SendBriefsResult;
  sendCheckInNow: CheckInSent;
  turnOnScheduledMessages: ScheduledMessages;
  /** The latest answers on the Check-ins sheet. */
  getCheckIns: CheckIns;
  /** The activation checklist, and the map's state. */
  getActivation: Activation;
  /** Sets the map active when every required item is ready. */
  activateMap: Activation;
  /** A new end date, a re-plan for the extra weeks; briefs only for what is new. */
  extendMap: MapEndResult;
  /** Forms closed, trigger removed, thank-yous drafted, map archived. */
  closeMap: MapEndResult;
  /** Sends the drafted thank-yous not sent yet. */
  sendThanks: MapEndResult;
  /** Empties every need's Details, once confirmed. */
  clearDetails: MapEndResult;
  /** A message exactly as it would be sent, and when it goes or why not: sends nothing. */
  previewMessage: MessagePreview;
  /** The latest check-in answers, each with what the panel can do about it. */
  getCheckInActions: CheckInActions;
  /** Appends a need to Needs from "What was missing?", read as the Needs sheet reads it. */
  addNeedFromCheckIn: CheckInActionResult;
  /** Sets a need's Status to paused from "not helpful"; says what a new plan would change. */
  pauseNeedFromCheckIn: CheckInActionResult;
  /** The thank-you each helper would get, exactly as it would be sent. */
  checkInThanksForm: CheckInThanksForm;
  /** Sends one helper the thank-you, at most once per answer, logged in Log. */
  thankHelperFromCheckIn: CheckInActionResult;
  /** Visits of the last 14 days not marked yet, and helpers who have not confirmed. */
  getPastVisits: PastVisits;
  /** Writes "Visit done" or "Visit missed" on Changes, as the coordinator would by hand. */
  markVisit: VisitMarked;
  /** Writes "Got it, I'm in" on Changes for a helper who confirmed by replying to you. */
  markConfirmed: HelperConfirmed;
}

export type ServerFunction = keyof typeof ARGS & keyof Results;
export type ArgsOf<F extends ServerFunction> = z.input<(typeof ARGS)[F]>;
export type ResultOf<F extends ServerFunction> = Results[F];

export const SERVER_FUNCTIONS = Object.keys(ARGS) as ServerFunction[];

// Fails to compile if a result type could hold a Date, a function or a class instance.
const _plainResults: { [F in ServerFunction]: IsPlain<Results[F]> } = {
  getPanel: true,
  previewPlan: true,
  applyPlan: true,
  setPinned: true,
  getSettings: true,
  saveSettings: true,
  offerForm: true,
  syncOffers: true,
  sendBriefs: true,
  sendCheckInNow: true,
  turnOnScheduledMessages: true,
  getCheckIns: true,
  getActivation: true,
  activateMap: true,
  extendMap: true,
  closeMap: true,
  sendThanks: true,
  clearDetails: true,
  previewMessage: true,
  getCheckInActions: true,
  addNeedFromCheckIn: true,
  pauseNeedFromCheckIn: true,
  checkInThanksForm: true,
  thankHelperFromCheckIn: true,
  getPastVisits: true,
  markVisit: true,
  markConfirmed: true,
};
void _plainResults;
