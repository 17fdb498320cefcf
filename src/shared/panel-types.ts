import type { CoverageState, GapReason } from "../core/plan-types";
import type { Priority, Role, SettingKey } from "../core/model";

export type { SettingKey };

// What the coordinator panel shows, as plain data. The server builds these; the sidebar draws
// them. Nothing here holds a need's Details or names anyone marked "do not involve".

export interface Panel {
  /** "Support map for Maria" */
  title: string;
  /** "7 December to 20 December" */
  period: string;
  paused: boolean;
  /** prepared (sends nothing yet), active, or closed; a map without the row is active. */
  mapState?: "prepared" | "active" | "closed";
  /** The Settings' End date, YYYY-MM-DD. */
  endDate?: string;
  /** One line: "86% of visits covered, 4 gaps." */
  summary: string;
  coverage: {
    /** Share of visits with a main helper, 0..1. */
    overall: number;
    /** The same, weighted by priority (high counts most), 0..1. */
    weighted: number;
    /** High priority first. */
    needs: NeedRow[];
  };
  /** One group per need, high priority first. */
  gaps: GapGroup[];
  referrals: ReferralRow[];
  unusedOffers: UnusedOfferRow[];
  /** "pet care: 5 offers for 1 seat" */
  oversupply: string[];
  helpers: HelperRow[];
  overEager: string[];
  /** Cells the add-on could not read. */
  errors: CellProblem[];
  /**
   * Rows that could not be read (needs high priority first, then offers and people): shown at the
   * top and counted with the needs, never dropped from view.
   */
  unread: UnreadRowView[];
  /** Pinned Assignments rows that no longer fit, in plain words (they stay pinned). */
  pinWarnings: string[];
  /** What Check setup found, when it is available. */
  setup: SetupProblem[];
  /** How Days and Time cells were read, for the cells not written the add-on's own way. */
  readings: ReadingRow[];
  /** How many other Days and Time cells read just as written. */
  readAsWritten: number;
  /** The Assignments sheet as it is now, for pinning. */
  assignments: AssignmentRow[];
  /** How the plan the panel shows differs from the Assignments sheet. */
  pending: ChangeCounts;
  /** Offer form answers waiting on the Intake issues sheet. */
  intake: IntakeIssues;
  offerForm: OfferFormState;
  messages: MessagesState;
}

export interface ReadingRow {
  /** "Needs, row 3, Time" */
  where: string;
  /** "5-7 → 17:00-19:00", or "8-10 → not read: …" */
  line: string;
  /** Whether the cell could not be read at all. */
  unread: boolean;
}

export interface IntakeIssues {
  /** Rows of the Intake issues sheet whose Status is not done. */
  open: number;
  /** What they are and where to look; "" when there are none. */
  text: string;
}

export interface OfferFormState {
  /** Whether an offer form is on record for this map. */
  exists: boolean;
  /** The link to share with the people who might help; "" without a form. */
  url: string;
  /** The link that edits its questions; "" without a form. */
  editUrl: string;
  /** Why the form takes no answers (unpublished, closed); "" or absent when it takes them. */
  problem?: string;
}

export interface MessagesState {
  /** Whether the hourly trigger that sends check-ins, daily summaries and alerts is on. */
  scheduled: boolean;
  /**
   * Helpers "Tell helpers what changed" would email now: whatChanged + firstBriefs +
   * waitingBriefs.
   */
  briefsOutOfDate: number;
  /** Briefed before, and their own tasks changed since: they get only what changed. */
  whatChanged?: number;
  /** Never briefed, with tasks: they get a whole first brief. */
  firstBriefs?: number;
  /** Whole briefs the email quota held back: they go first. */
  waitingBriefs?: number;
  /** Whether any brief has gone out: from then on the hourly run tells helpers by itself. */
  briefsStarted?: boolean;
  /** "4 helpers to tell: 3 get what changed, 1 a first brief." */
  text: string;
  /** Why the hourly run could not reach this map, or did not finish; "" or absent when fine. */
  problem?: string;
  /** Emails a day against the quota; absent while scheduled messages are off. */
  quota?: MailQuota;
}

/** The emails a day the map needs against the account's daily quota (once messages are on). */
export interface MailQuota {
  /** The busiest of the next two weeks (YYYY-MM-DD) and how it reads ("Friday 5 March"). */
  day: string;
  dayText: string;
  /** That day's scheduled emails, by kind. */
  counts: {
    summary: number;
    checkIn: number;
    coordinatorNote: number;
    reminders: number;
    standby: number;
  };
  total: number;
  /** What the account may still send today; absent when MailApp could not be asked. */
  left?: number;
  /** Whether what is left today is less than the busiest day needs. */
  short: boolean;
  /** What one hourly run sends first, in order: the rest waits an hour when the quota runs out. */
  sendOrder: string[];
}

export interface UnreadRowView {
  sheet: "Needs" | "People" | "Offers";
  row: number;
  label: string;
  priority: Priority;
  /** "Needs row 5 (Night feeds, high priority) can't be read. Time "22:00-02:00": ..." */
  text: string;
}

export interface NeedRow {
  need: string;
  priority: Priority;
  state: CoverageState;
  covered: number;
  total: number;
  backupWanted: number;
  backup: number;
  /** "12 of 14 visits, backup on 12" */
  text: string;
}

export interface GapRow {
  role: Role;
  /** "Sat and Sun mornings, 12 December to 20 December" */
  when: string;
  reason: GapReason;
  /** Why nobody holds it, in plain words. */
  explanation: string;
  /** What would close it. */
  suggestion: string;
  visits: number;
}

export interface GapGroup {
  need: string;
  priority: Priority;
  /** Visits left without a main helper. */
  visits: number;
  gaps: GapRow[];
}

export interface ReferralRow {
  need: string;
  type: string;
  advice: string;
}

export interface UnusedOfferRow {
  person: string;
  type: string;
  why: string;
}

export type HelperGroup =
  "over their limit" | "at their limit" | "has room" | "backup only" | "not assigned";

export interface HelperRow {
  person: string;
  tasks: number;
  maxTasks: number;
  visitsPerWeek: number;
  /** 0 when there is no limit beyond Max tasks. */
  maxVisitsPerWeek: number;
  backupRoles: number;
  /** Most days in any one week on standby as a backup. */
  standbyDaysPerWeek?: number;
  atLimit: boolean;
  overEager: boolean;
  group: HelperGroup;
  /** "2 of 2 tasks, 10 visits a week, backup for 1 need" */
  text: string;
}

export interface CellProblem {
  sheet: string;
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface SetupProblem {
  message: string;
  /** Where to look, when there is one place: "Needs, row 4, Days"; "" otherwise. */
  where: string;
  /** An error stops the map working as expected; a warning is worth a look. */
  severity: "error" | "warning";
}

export interface AssignmentRow {
  need: string;
  person: string;
  role: Role;
  days: string;
  time: string;
  from: string;
  until: string;
  status: string;
  pinned: boolean;
  /** "weekdays, morning, 7 Dec to 18 Dec" */
  when: string;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  moved: number;
  changed: number;
  unchanged: number;
}

export interface ChangeRow {
  need: string;
  person: string;
  role: Role;
  when: string;
}

export interface MovedRow {
  need: string;
  role: Role;
  when: string;
  /** Who held it in the Assignments sheet. */
  from: string;
  /** Who the new plan gives it to. */
  to: string;
}

/** The same person keeps the task, on other days or dates. */
export interface ChangedRow extends ChangeRow {
  /** The row as it was: "Thu-Sat, any, Thu 10 Dec to Sat 19 Dec". */
  was: string;
}

export interface PlanPreview {
  added: ChangeRow[];
  removed: ChangeRow[];
  moved: MovedRow[];
  changed: ChangedRow[];
  unchanged: number;
  /** "3 added, 1 removed, 2 moved to someone else, 1 changed, 40 unchanged." */
  changes: string;
  /** What the plan would give: "92% of visits covered, 1 gap." */
  summary: string;
  /** Names this plan, so Apply can tell when the sheets changed after the preview. */
  previewId: string;
}

export interface Applied {
  /** "Planned: 92% of visits covered, 1 gap." */
  message: string;
  changes: ChangeCounts;
  panel: Panel;
}

export interface PinResult {
  need: string;
  person: string;
  role: Role;
  from: string;
  pinned: boolean;
  /** 1-based row of the Assignments sheet that was changed. */
  row: number;
  message: string;
}

export type SettingInput = "text" | "email" | "date" | "number" | "choice";

export interface SettingField {
  key: SettingKey;
  label: string;
  value: string;
  /** What the setting means and what to write. */
  note: string;
  input: SettingInput;
  /** For a choice: the values to pick from. */
  options: string[];
  required: boolean;
  /** What is wrong with the value now in the sheet, if anything. */
  problem: string;
}

export interface SettingsForm {
  fields: SettingField[];
}

export interface SettingProblem {
  key: SettingKey;
  label: string;
  value: string;
  message: string;
}

export interface SettingsSaved {
  saved: boolean;
  /** Empty when saved. */
  errors: SettingProblem[];
  message: string;
  form: SettingsForm;
}

export interface OfferFormResult {
  /** The link to share. */
  url: string;
  /** The link that edits its questions. */
  editUrl?: string;
  /** true when this call made a new form. */
  created: boolean;
  message: string;
}

export interface SyncOffersResult {
  /** Form responses read. */
  responses: number;
  /** Those that are on People and Offers now. */
  offers: number;
  /** Those on the Intake issues sheet. */
  issues: number;
  message: string;
}

export interface SendBriefsResult {
  /** Emails sent: whole briefs and "what changed" messages. */
  sent: number;
  /** Of those, the "what changed" messages (Tell helpers what changed). */
  changes?: number;
  /** Helpers with tasks who needed no brief now (unchanged, already sent, no email). */
  skipped: number;
  /** Briefs the daily email quota left for the next run. */
  remaining: number;
  errors: string[];
  /** One line for a toast or the sidebar. */
  text: string;
}

export interface CheckInSent {
  message: string;
}

export interface ScheduledMessages {
  /** Whether scheduled messages are on now. */
  on: boolean;
  message: string;
}

export interface CheckInAnswer {
  question: string;
  answer: string;
}

/** One row of the Check-ins sheet: the person supported's answers to one check-in. */
export interface CheckInRow {
  /** When they answered, in the map's time zone: "2027-03-05 18:20". */
  answered: string;
  /** The check-in it answers: "2027-03-05". */
  checkInOf: string;
  answers: CheckInAnswer[];
}

export interface CheckIns {
  /** The latest answers, newest first. */
  checkIns: CheckInRow[];
  /** Answers on the Check-ins sheet in all. */
  total: number;
  message: string;
}

/** The activation step: the guide's list before anything is sent (issue 14). */
export interface ActivationItemRow {
  id: string;
  label: string;
  ready: boolean;
  /** A warning never blocks activation. */
  warning: boolean;
  /** What to do, when not ready. */
  todo: string;
}

export interface Activation {
  state: "prepared" | "active" | "closed";
  items: ActivationItemRow[];
  canActivate: boolean;
  message: string;
}

/** The end of the map (issue 14): extend, close, thank-yous, clearing Details. */
export interface MapEndResult {
  done: boolean;
  message: string;
}

/** The messages the panel can preview, in the coordinator's words. */
export const MESSAGE_KINDS = [
  "brief",
  "change",
  "reminder",
  "standby",
  "check-in",
  "daily",
  "alert",
  "coordinator-note",
  "step-in",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface PreviewedAttachment {
  name: string;
  contentType: string;
  /** The file's text (a calendar file is text). */
  text: string;
}

/** Exactly what MailApp would be given. */
export interface PreviewedMail {
  /** Who it is for, as the Log names them. */
  toName: string;
  to: string;
  /** The sender's name mail clients show. */
  from: string;
  /** Empty when there is none. */
  replyTo: string;
  subject: string;
  body: string;
  /** A whole HTML document: shown only in a sandboxed frame. */
  htmlBody: string;
  attachments: PreviewedAttachment[];
}

export interface MessagePreview {
  kind: MessageKind;
  /** The helper it is about, for the kinds about one. */
  helper?: string;
  /** Helpers with tasks the coordinator can pick (never anyone marked do not involve). */
  helpers: string[];
  /** Whether it goes out now (on the next run or the next click), not later or never. */
  sendsNow: boolean;
  /** When it goes, or why it would not be sent now. */
  status: string;
  /** Anything else worth knowing about this preview. */
  notes: string[];
  /**
   * What MailApp would be given: usually one message; all of one evening's reminders to the
   * helper, or every alert due now; none when there is nothing to show.
   */
  mails: PreviewedMail[];
}

/** Which Check-ins row an action is about: its row, and what tells it is still the same answer. */
export interface CheckInRef {
  /** 1-based row of the Check-ins sheet. */
  row: number;
  /** The form response's id; "" for a row typed by hand. */
  responseId: string;
  /** As getCheckInActions showed it: "2027-03-05 18:20". */
  answered: string;
}

/** What the panel already did about one answer (the Check-ins sheet's "Acted on" column). */
export interface CheckInActedView {
  /** The need added from "What was missing?"; "" when none. */
  needAdded: string;
  paused: string[];
  thanked: string[];
}

/** A check-in answer with what the panel can do about it (issue 13: check-ins become actions). */
export interface CheckInActionRow extends CheckInRow {
  ref: CheckInRef;
  acted: CheckInActedView;
  /** "What was missing?" as a need's name to start from; the coordinator edits it. */
  needName: string;
  /** The active need the "not helpful" answer names, when it names exactly one; "" otherwise. */
  pauseNeed: string;
  /** The helper "What worked" names by first or full name, when exactly one; "" otherwise. */
  thankHelper: string;
}

/** A field of the inline "Add a need" form: its starting value and what to write. */
export interface NewNeedField {
  value: string;
  hint: string;
}

export interface NewNeedForm {
  type: NewNeedField;
  days: NewNeedField;
  time: NewNeedField;
  priority: NewNeedField;
  from: NewNeedField;
  /** Types to pick from (the Needs sheet's own, then the usual ones); any other is taken too. */
  types: string[];
  priorities: string[];
}

export interface CheckInActions {
  /** The latest answers, newest first, each with its actions. */
  checkIns: CheckInActionRow[];
  total: number;
  message: string;
  /** Needs that are active now, by name, for "Pause a need". */
  activeNeeds: string[];
  /** Helpers who may be thanked: active, assigned, with an email; never "do not involve". */
  helpers: string[];
  newNeed: NewNeedForm;
}

/** The thank-you one helper would get, exactly as it would be sent, with and without the quote. */
export interface CheckInThanksPreview {
  helper: string;
  subject: string;
  text: string;
  /** The same with "What worked" quoted; equal to `text` when it may not be quoted. */
  quotedText: string;
  /** Why the answer may not be quoted to this helper; "" when it may. */
  quoteProblem: string;
  /** Whether this helper was already thanked for this answer (nothing would be sent again). */
  alreadySent: boolean;
}

export interface CheckInThanksForm {
  helpers: CheckInThanksPreview[];
  /** The helper the answer names, when exactly one. */
  preselected: string;
  message: string;
}

export interface CheckInActionResult {
  done: boolean;
  message: string;
  acted: CheckInActedView;
  /** What a new plan would change now, in one line; "" when not worked out. */
  planChanges: string;
  /** What was typed that the Needs sheet's reader could not use, by column ("Days"). */
  problems: { field: string; message: string }[];
}

/** A past visit to mark done or missed (issue 13: follow-through in one place). */
export interface PastVisitRow {
  helper: string;
  /** The need's name, as helpers see it. */
  need: string;
  /** YYYY-MM-DD */
  date: string;
  /** "Tuesday 9 March" */
  when: string;
}

export interface PastVisits {
  /** Visits of the last 14 days (today included) not yet marked, newest first. */
  visits: PastVisitRow[];
  /** Helpers briefed two days ago or more who have not confirmed. */
  unconfirmed: string[];
  message: string;
  unconfirmedText: string;
}

export interface HelperConfirmed {
  message: string;
  pastVisits: PastVisits;
}

export interface VisitMarked {
  message: string;
  /**
   * For a missed visit: the kind message drafted for the coordinator to send, if they wish; its
   * text is "" for a visit marked done.
   */
  draft: { helper: string; email: string; text: string; choices: string };
  pastVisits: PastVisits;
}
