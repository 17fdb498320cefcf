// ScriptApp and installable triggers, under the rules Google applies to Editor add-ons: one trigger
// of each event type per user per document, and time-driven triggers at most once an hour.
// Nothing fires by itself: a test fires a trigger with fireTrigger().

import type {
  ClockTriggerBuilderApi,
  ScriptAppApi,
  SpreadsheetApi,
  SpreadsheetTriggerBuilderApi,
  TriggerApi,
  TriggerBuilderApi,
} from "../gas/gas";
import { counted } from "./calls";
import { callGlobal, enumOf, gasError, type FakeContext } from "./context";
import type { BookData } from "./grid";
import { FakeSpreadsheet } from "./spreadsheet";

type EventType = GoogleAppsScript.Script.EventType;
type TriggerSource = GoogleAppsScript.Script.TriggerSource;

export const EventType = enumOf<typeof GoogleAppsScript.Script.EventType>(
  "CLOCK ON_OPEN ON_EDIT ON_FORM_SUBMIT ON_CHANGE ON_EVENT_UPDATED",
);
export const TriggerSource = enumOf<typeof GoogleAppsScript.Script.TriggerSource>(
  "SPREADSHEETS CLOCK FORMS DOCUMENTS CALENDAR",
);
export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(
  "NONE CUSTOM_FUNCTION LIMITED FULL",
);
export const WeekDay = enumOf<typeof GoogleAppsScript.Base.Weekday>(
  "SUNDAY MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY",
);

export interface ClockSchedule {
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: GoogleAppsScript.Base.Weekday;
  timeZone?: string;
}

export interface TriggerData {
  id: string;
  handler: string;
  eventType: EventType;
  source: TriggerSource;
  /** The spreadsheet (or form) id; null for time-driven triggers. */
  sourceId: string | null;
  /** The document the add-on was running in when the trigger was made. */
  documentId: string;
  user: string;
  createdAt: string;
  schedule?: ClockSchedule;
}

export class FakeTrigger implements TriggerApi {
  constructor(
    ctx: FakeContext,
    readonly data: TriggerData,
  ) {
    return counted("Trigger", this, ctx.calls);
  }

  getHandlerFunction(): string {
    return this.data.handler;
  }

  getEventType(): EventType {
    return this.data.eventType;
  }

  getUniqueId(): string {
    return this.data.id;
  }

  getTriggerSource(): TriggerSource {
    return this.data.source;
  }

  getTriggerSourceId(): string | null {
    return this.data.sourceId;
  }
}

/** Everything a builder needs to create a trigger. */
interface Maker {
  ctx: FakeContext;
  triggers: TriggerData[];
  book: BookData;
  handler: string;
}

function create(
  m: Maker,
  fields: Pick<TriggerData, "eventType" | "source" | "sourceId" | "schedule">,
): FakeTrigger {
  const { ctx, triggers, book } = m;
  const documentId = book.id;
  if (
    triggers.some(
      (t) =>
        t.user === ctx.userEmail && t.documentId === documentId && t.eventType === fields.eventType,
    )
  ) {
    throw gasError(
      "This add-on has created too many time-based triggers in this document for this Google user account.",
    );
  }
  const data: TriggerData = {
    ...fields,
    id: ctx.nextId("trigger-"),
    handler: m.handler,
    documentId,
    user: ctx.userEmail,
    createdAt: ctx.clock.now().toISOString(),
  };
  triggers.push(data);
  return new FakeTrigger(ctx, data);
}

function wholeNumber(n: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(n) || n < min || n > max) throw gasError(`Invalid argument: ${what}`);
  return n;
}

export class FakeSpreadsheetTriggerBuilder implements SpreadsheetTriggerBuilderApi {
  private eventType?: EventType;

  constructor(
    private readonly m: Maker,
    private readonly spreadsheetId: string,
  ) {
    return counted("SpreadsheetTriggerBuilder", this, m.ctx.calls);
  }

  private on(eventType: EventType): this {
    this.eventType = eventType;
    return this;
  }

  onOpen(): this {
    return this.on(EventType.ON_OPEN);
  }

  onEdit(): this {
    return this.on(EventType.ON_EDIT);
  }

  onChange(): this {
    return this.on(EventType.ON_CHANGE);
  }

  onFormSubmit(): this {
    return this.on(EventType.ON_FORM_SUBMIT);
  }

  create(): FakeTrigger {
    if (this.eventType === undefined)
      throw gasError("Missing event type: call onOpen, onEdit, onChange or onFormSubmit.");
    return create(this.m, {
      eventType: this.eventType,
      source: TriggerSource.SPREADSHEETS,
      sourceId: this.spreadsheetId,
    });
  }
}

export class FakeClockTriggerBuilder implements ClockTriggerBuilderApi {
  private readonly schedule: ClockSchedule = {};

  constructor(private readonly m: Maker) {
    return counted("ClockTriggerBuilder", this, m.ctx.calls);
  }

  /** Editor add-ons may not run time-driven triggers more than once an hour. */
  everyMinutes(_n: number): this {
    throw gasError(
      "Add-ons can't create time-based triggers that run more often than once an hour.",
    );
  }

  everyHours(n: number): this {
    this.schedule.everyHours = wholeNumber(n, 1, Infinity, "hours");
    return this;
  }

  everyDays(n: number): this {
    this.schedule.everyDays = wholeNumber(n, 1, Infinity, "days");
    return this;
  }

  everyWeeks(n: number): this {
    this.schedule.everyWeeks = wholeNumber(n, 1, Infinity, "weeks");
    return this;
  }

  atHour(hour: number): this {
    this.schedule.atHour = wholeNumber(hour, 0, 23, "hour");
    return this;
  }

  nearMinute(minute: number): this {
    this.schedule.nearMinute = wholeNumber(minute, 0, 59, "minute");
    return this;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    this.schedule.onWeekDay = day;
    return this;
  }

  inTimezone(timezone: string): this {
    this.schedule.timeZone = timezone;
    return this;
  }

  create(): FakeTrigger {
    const { everyHours, everyDays, everyWeeks } = this.schedule;
    if (everyHours === undefined && everyDays === undefined && everyWeeks === undefined) {
      throw gasError("Missing schedule: call everyHours, everyDays or everyWeeks.");
    }
    return create(this.m, {
      eventType: EventType.CLOCK,
      source: TriggerSource.CLOCK,
      sourceId: null,
      schedule: { ...this.schedule },
    });
  }
}

export class FakeTriggerBuilder implements TriggerBuilderApi {
  constructor(private readonly m: Maker) {
    return counted("TriggerBuilder", this, m.ctx.calls);
  }

  forSpreadsheet(spreadsheet: SpreadsheetApi | string): FakeSpreadsheetTriggerBuilder {
    const id = spreadsheet instanceof FakeSpreadsheet ? spreadsheet.book.id : String(spreadsheet);
    return new FakeSpreadsheetTriggerBuilder(this.m, id);
  }

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.m);
  }
}

export class FakeScriptApp implements ScriptAppApi {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    private readonly ctx: FakeContext,
    private readonly triggers: TriggerData[],
    private readonly book: BookData,
  ) {
    return counted("ScriptApp", this, ctx.calls);
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder({
      ctx: this.ctx,
      triggers: this.triggers,
      book: this.book,
      handler: functionName,
    });
  }

  /** This user's triggers in this project, whatever document they were made in. */
  getProjectTriggers(): FakeTrigger[] {
    return this.triggers
      .filter((t) => t.user === this.ctx.userEmail)
      .map((t) => new FakeTrigger(this.ctx, t));
  }

  /**
   * This user's triggers made in the given spreadsheet. "Gets all installable triggers owned by
   * the user in the given spreadsheet"; an add-on's timed triggers belong to the script, not the
   * document, and are reported missing from this list, so the fake can hide them
   * (ctx.userTriggersListTimed). Self-test records which real Google does.
   * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
   */
  getUserTriggers(spreadsheet: SpreadsheetApi): FakeTrigger[] {
    const id = spreadsheet instanceof FakeSpreadsheet ? spreadsheet.book.id : undefined;
    return this.triggers
      .filter((t) => t.user === this.ctx.userEmail && t.documentId === id)
      .filter((t) => this.ctx.userTriggersListTimed || t.eventType !== EventType.CLOCK)
      .map((t) => new FakeTrigger(this.ctx, t));
  }

  deleteTrigger(trigger: TriggerApi): void {
    const at = this.triggers.findIndex(
      (t) => trigger instanceof FakeTrigger && t.id === trigger.data.id,
    );
    if (at >= 0) this.triggers.splice(at, 1);
  }
}

/**
 * Runs a trigger's handler, found by name in the scopes, with an event object like Google's
 * (fields given in `event` win). Time-driven and form-submit runs have no UI, as on Google's side.
 */
export function fireTrigger(
  ctx: FakeContext,
  triggers: TriggerData[],
  book: BookData,
  trigger: TriggerApi,
  event: Record<string, unknown>,
  scopes: object[],
): unknown {
  const data = trigger instanceof FakeTrigger ? trigger.data : undefined;
  if (!data || !triggers.some((t) => t.id === data.id))
    throw new Error("fireTrigger: no such trigger (deleted?)");
  const now = ctx.clock.now();
  const base: Record<string, unknown> = { authMode: AuthMode.FULL, triggerUid: data.id };
  if (data.eventType === EventType.CLOCK) {
    Object.assign(base, {
      year: now.getUTCFullYear(),
      month: now.getUTCMonth() + 1,
      "day-of-month": now.getUTCDate(),
      "day-of-week": now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
      hour: now.getUTCHours(),
      minute: now.getUTCMinutes(),
      second: now.getUTCSeconds(),
      timezone: "UTC",
    });
  } else if (
    data.source === TriggerSource.SPREADSHEETS &&
    data.eventType !== EventType.ON_FORM_SUBMIT
  ) {
    base.source = new FakeSpreadsheet(ctx, book);
  }
  // A spreadsheet's form-submit event is { authMode, namedValues, range, triggerUid, values }
  // (FormApp's writes give range, values, namedValues): no source, no user.
  // https://developers.google.com/apps-script/guides/triggers/events#form-submit
  const before = { ui: ctx.uiAvailable, noDocument: ctx.noDocument };
  ctx.uiAvailable =
    data.eventType !== EventType.CLOCK && data.eventType !== EventType.ON_FORM_SUBMIT;
  ctx.noDocument = data.eventType === EventType.CLOCK && ctx.timedTriggersWithoutDocument;
  try {
    return callGlobal(data.handler, [{ ...base, ...event }], scopes);
  } finally {
    ctx.uiAvailable = before.ui;
    ctx.noDocument = before.noDocument;
    // The end of an execution commits its writes and frees its locks.
    ctx.calls.unflushed = false;
  }
}
