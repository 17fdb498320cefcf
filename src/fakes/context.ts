// State shared by all the fakes of one environment: the clock, the call log, who is running the
// script, and the record of what the script showed to the user.

import { CallLog } from "./calls";

/** Google's errors reach scripts as `Exception: message`; scripts read `e.message`. */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = "Exception";
  return error;
}

/** Apps Script enums print as their names; strings do the same and compare with ===. */
export function enumOf<E>(names: string): E {
  return Object.freeze(Object.fromEntries(names.split(" ").map((name) => [name, name]))) as E;
}

/** Works for Dates from another realm too (a node:vm context has its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export class FakeClock {
  private ms: number;

  constructor(iso: string) {
    this.ms = FakeClock.parse(iso);
  }

  now(): Date {
    return new Date(this.ms);
  }

  set(iso: string): void {
    this.ms = FakeClock.parse(iso);
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  private static parse(iso: string): number {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) throw new Error(`FakeClock: not an ISO date-time: ${iso}`);
    return ms;
  }
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export interface FakeContext {
  calls: CallLog;
  clock: FakeClock;
  userEmail: string;
  scriptTimeZone: string;
  /** Dates given to the script are made with this, so a node:vm script can use instanceof Date. */
  DateCtor: DateConstructor;
  /** False while a time-driven or form-submit trigger runs: there is nobody to show a UI to. */
  uiAvailable: boolean;
  /**
   * How an add-on's timed trigger runs: attached to the script, not the document, so no active
   * spreadsheet, document lock or document properties (true); or as in a bound script (false).
   */
  timedTriggersWithoutDocument: boolean;
  /** Whether ScriptApp.getUserTriggers(spreadsheet) lists time-driven triggers. */
  userTriggersListTimed: boolean;
  /** True while a run has no containing document (set by fireTrigger). */
  noDocument: boolean;
  toasts: Toast[];
  /** Lines written with Logger.log and console.*. */
  logs: string[];
  nextId(prefix: string): string;
}

export function createContext(options: {
  now: string;
  userEmail: string;
  scriptTimeZone: string;
}): FakeContext {
  const counters = new Map<string, number>();
  return {
    calls: new CallLog(),
    clock: new FakeClock(options.now),
    userEmail: options.userEmail,
    scriptTimeZone: options.scriptTimeZone,
    DateCtor: Date,
    uiAvailable: true,
    timedTriggersWithoutDocument: false,
    userTriggersListTimed: true,
    noDocument: false,
    toasts: [],
    logs: [],
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}${n}`;
    },
  };
}

/** Runs a script's global function by name, as Apps Script does for menu items and triggers. */
export function callGlobal(name: string, args: unknown[], scopes: object[]): unknown {
  for (const scope of scopes) {
    const fn: unknown = Reflect.get(scope, name);
    if (typeof fn === "function") return fn(...args);
  }
  throw gasError(`Script function not found: ${name}`);
}
