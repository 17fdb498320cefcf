// An in-memory Apps Script for Support Map: the services the add-on uses, faithful to Google's
// documented behaviour where the add-on depends on it, with every call counted.
//
//   const env = createAppsScriptEnv({ timeZone: "Europe/London", now: "2026-12-07T09:00:00Z" });
//   Object.assign(globalThis, env.globals);        // or vm.createContext(env.globals)
//   env.resetCalls(); planWeek(); env.totalCalls("Range");
//
// To add a service (FormApp, …): build it from env.context and set it on env.globals.

import type {
  HtmlServiceApi,
  LockServiceApi,
  LoggerApi,
  MailAppApi,
  PropertiesServiceApi,
  ScriptAppApi,
  SessionApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
  TriggerApi,
  UtilitiesApi,
} from "../gas/gas";
import type { CallFilter } from "./calls";
import { createContext, isDate, type FakeClock, type FakeContext } from "./context";
import { BookData, type SheetData } from "./grid";
import { FakeHtmlService } from "./html";
import { FakeLockService, LockBoard } from "./lock";
import { FakeMailApp, type MailState, type SentMail } from "./mail";
import { FakePropertiesService, type PropertyStores } from "./properties";
import { writeValues } from "./range";
import { FakeSession } from "./session";
import { FakeSpreadsheet, FakeSpreadsheetApp } from "./spreadsheet";
import { fireTrigger, FakeScriptApp, type TriggerData } from "./triggers";
import { FakeUi, UiRecord } from "./ui";
import { fakeConsole, FakeLogger, FakeUtilities } from "./utilities";

export interface AppsScriptEnvOptions {
  /** The spreadsheet's time zone, and the script's unless scriptTimeZone is given. */
  timeZone?: string;
  scriptTimeZone?: string;
  /** The fake clock's start, an ISO date-time. */
  now?: string;
  userEmail?: string;
  /** Recipients left today; a consumer account starts at 100. */
  mailQuota?: number;
  /** The project's HTML files by name, without ".html". */
  htmlFiles?: Record<string, string>;
  spreadsheetName?: string;
  /**
   * Timed triggers as an editor add-on's are reported to run: with no active spreadsheet, document
   * lock or document properties, and missing from getUserTriggers(spreadsheet). Default: as in a
   * script bound to the spreadsheet.
   */
  addOnTimedTriggers?: boolean;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetAppApi;
  PropertiesService: PropertiesServiceApi;
  LockService: LockServiceApi;
  ScriptApp: ScriptAppApi;
  Session: SessionApi;
  HtmlService: HtmlServiceApi;
  MailApp: MailAppApi;
  Utilities: UtilitiesApi;
  Logger: LoggerApi;
  console: Console;
  /** Room for more services, and for the functions a script run in node:vm defines. */
  [name: string]: unknown;
}

export interface AppsScriptEnv {
  globals: AppsScriptGlobals;
  /** The active spreadsheet. Calls on it are counted like the script's: resetCalls() after setup. */
  spreadsheet: SpreadsheetApi;
  outbox: SentMail[];
  clock: FakeClock;
  /** Calls so far, by "Service.method". */
  readonly calls: Record<string, number>;
  resetCalls(): void;
  /** All calls, or those of one service ("Range"), one method ("Range.getValues") or a match. */
  totalCalls(filter?: CallFilter): number;
  ui: UiRecord;
  properties: PropertyStores;
  locks: LockBoard;
  triggers: TriggerData[];
  /** Lines written with Logger.log and console. */
  logs: string[];
  mail: MailState;
  /** Calls a trigger's handler from `scope` (default: globals, then globalThis) with an event. */
  fireTrigger(trigger: TriggerApi, event?: Record<string, unknown>, scope?: object): unknown;
  /** Fills a sheet from A1 as a script's setValues would, creating it if needed; not counted. */
  writeSheet(name: string, values: unknown[][]): void;
  /** A sheet's data range values; not counted. */
  readSheet(name: string): unknown[][];
  /** Make Dates handed to the script in another realm (a node:vm context's Date). */
  useDateConstructor(DateCtor: DateConstructor): void;
  /** For services built on top of these (FormApp): shared clock, call log and user. */
  context: FakeContext;
  book: BookData;
}

export function createAppsScriptEnv(options: AppsScriptEnvOptions = {}): AppsScriptEnv {
  const timeZone = options.timeZone ?? "Etc/UTC";
  const ctx = createContext({
    now: options.now ?? "2026-12-07T09:00:00Z",
    userEmail: options.userEmail ?? "coordinator@example.com",
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
  });
  if (options.addOnTimedTriggers) {
    ctx.timedTriggersWithoutDocument = true;
    ctx.userTriggersListTimed = false;
  }
  const book = new BookData(
    "fake-spreadsheet-1",
    options.spreadsheetName ?? "Support Map",
    timeZone,
  );
  book.now = () => ctx.clock.now().getTime();
  const ui = new UiRecord(ctx);
  const properties: PropertyStores = { document: new Map(), user: new Map(), script: new Map() };
  const locks = new LockBoard();
  const triggers: TriggerData[] = [];
  const mail: MailState = { quota: options.mailQuota ?? 100, outbox: [] };

  const globals: AppsScriptGlobals = {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, book, () => new FakeUi(ctx, ui)),
    PropertiesService: new FakePropertiesService(ctx, properties),
    LockService: new FakeLockService(ctx, locks),
    ScriptApp: new FakeScriptApp(ctx, triggers, book),
    Session: new FakeSession(ctx),
    HtmlService: new FakeHtmlService(ctx, options.htmlFiles ?? {}),
    MailApp: new FakeMailApp(ctx, mail),
    Utilities: new FakeUtilities(ctx),
    Logger: new FakeLogger(ctx),
    console: fakeConsole(ctx),
  };
  ui.scope = globals;

  const sheetNamed = (name: string): SheetData | undefined =>
    book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  return {
    globals,
    spreadsheet: new FakeSpreadsheet(ctx, book),
    outbox: mail.outbox,
    clock: ctx.clock,
    get calls() {
      return ctx.calls.snapshot();
    },
    resetCalls: () => ctx.calls.reset(),
    totalCalls: (filter) => ctx.calls.total(filter),
    ui,
    properties,
    locks,
    triggers,
    logs: ctx.logs,
    mail,
    fireTrigger: (trigger, event = {}, scope) =>
      fireTrigger(ctx, triggers, book, trigger, event, [
        ...(scope ? [scope] : []),
        globals,
        globalThis,
      ]),
    writeSheet(name, values) {
      const sheet = sheetNamed(name) ?? book.addSheet(name);
      const width = Math.max(0, ...values.map((row) => row.length));
      sheet.maxRows = Math.max(sheet.maxRows, values.length);
      sheet.maxColumns = Math.max(sheet.maxColumns, width);
      writeValues(
        sheet,
        1,
        1,
        values.map((row) => [...row, ...new Array(width - row.length).fill("")]),
      );
    },
    readSheet(name) {
      const sheet = sheetNamed(name);
      if (!sheet) throw new Error(`readSheet: no sheet named ${name}`);
      const rows = sheet.lastRow();
      const columns = sheet.lastColumn();
      return Array.from({ length: rows }, (_, i) =>
        Array.from({ length: columns }, (_, j) => {
          const value = sheet.cell(i + 1, j + 1)?.value ?? "";
          return isDate(value) ? new ctx.DateCtor(value.getTime()) : value;
        }),
      );
    },
    useDateConstructor(DateCtor) {
      ctx.DateCtor = DateCtor;
    },
    context: ctx,
    book,
  };
}

export type { SentMail } from "./mail";
export type { UiRecord, RecordedMenu, Dialog, Asked, ButtonName } from "./ui";
export type { LockBoard, LockKind } from "./lock";
export type { TriggerData } from "./triggers";
export type { CallFilter } from "./calls";
