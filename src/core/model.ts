import type { UnreadRow } from "./unread";
// The support map as the planner sees it. Everything here is plain data (no Date objects),
// so the same values can cross google.script.run and be written to JSON.

/** A calendar date written YYYY-MM-DD, in the map's time zone. */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Category = "practical" | "emotional" | "medical" | "professional";
export type Priority = "high" | "medium" | "low";
export type Mode = "in person" | "remote" | "either";
export type NeedStatus = "active" | "paused" | "done";
export type Role = "primary" | "backup";

/** The Days column, parsed. `skip`: dates left out ("weekdays except 25 Dec"), sorted. */
export type DaysRule =
  /** daily, weekdays, weekends, "Mon, Wed, Fri", "Tue-Thu" */
  | { kind: "weekly"; weekdays: Weekday[]; skip?: IsoDate[] }
  /** "every 3 days", counted from the need's first day */
  | { kind: "every"; interval: number; skip?: IsoDate[] }
  /** "once 2026-12-09", or a list of dates */
  | { kind: "dates"; dates: IsoDate[] };

/**
 * The Time column, parsed. Minutes from midnight, end exclusive, end > start. A window that
 * crosses midnight ("22:00-06:00") belongs to the day it starts and ends past 24:00 (1800).
 */
export interface TimeRule {
  /** any: the whole day; period: morning/afternoon/evening/night; range: "18:00-20:00". */
  kind: "any" | "period" | "range";
  start: number;
  end: number;
  /** How the coordinator would say it: "any time", "morning", "18:00-20:00". */
  label: string;
}

/** A window of the day, in minutes from midnight. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface Settings {
  supportedName: string;
  supportedEmail: string;
  coordinatorName: string;
  coordinatorEmail: string;
  startDate: IsoDate;
  endDate: IsoDate;
  checkInDay: Weekday;
  /** Guide: nobody holds more than two tasks. */
  maxTasks: number;
  /** No in-person visits in these windows ("before 10:00"). */
  quietTimes: TimeWindow[];
  quietTimesText: string;
  /** The only words about the situation that helpers ever see. */
  publicSummary: string;
  timeZone: string;
  /** A paused map plans nothing new and sends nothing. */
  paused: boolean;
  dailySummary: boolean;
  // The map's life (issue 14). Optional so that maps and tests from before keep their meaning:
  // a map with no "Map state" row is active, and a blank cap is no cap.
  /** The person supported agreed to the map (Settings: Person supported agreed). */
  supportedAgreed?: boolean;
  /** When they agreed (Settings: Agreed on). */
  agreedOn?: IsoDate;
  /** Local crisis lines, for the coordinator's alerts ("have a list ready before activating"). */
  crisisResources?: string;
  /** Where professional needs are referred. */
  professionalResources?: string;
  /** prepared: kept ready, nothing sent; active; closed: archived, nothing sent or accepted. */
  mapState?: MapState;
  backupCoordinatorName?: string;
  backupCoordinatorEmail?: string;
  /** Dates the main coordinator is away: the backup coordinator is the contact then. */
  coordinatorAway?: DateRange[];
  /** Most days a week one helper is on standby as a backup. */
  maxStandbyDays?: number;
  // Messages of the reassess loop (issue 13). Optional for the same reason: a map without the
  // rows asks backups, and sends no reminders, standby notes or weekly note.
  /** Whether a backup is asked to step in for a dropped date, or made the main helper at once. */
  stepIn?: StepIn;
  /** The main helper gets a reminder the day before each visit. */
  dayBeforeReminders?: boolean;
  /** The backup gets a note the day before that they are on standby. */
  standbyNotes?: boolean;
  /** The coordinator gets a note on the check-in day: gaps, unconfirmed helpers, answers. */
  coordinatorNote?: boolean;
}

export const STEP_IN = ["when asked", "automatically"] as const;
export type StepIn = (typeof STEP_IN)[number];

export type MapState = "prepared" | "active" | "closed";

export interface DateRange {
  from: IsoDate;
  until: IsoDate;
}

export interface Need {
  /** 1-based sheet row, for messages that point at the cell. */
  row: number;
  name: string;
  type: string;
  category: Category;
  priority: Priority;
  days: DaysRule;
  daysText: string;
  time: TimeRule;
  mode: Mode;
  from?: IsoDate;
  until?: IsoDate;
  /** Helpers per occurrence. */
  helpers: number;
  backup: boolean;
  status: NeedStatus;
  /** Private: never leaves the spreadsheet. */
  details: string;
  /** For whoever is assigned (the door code, where to collect the children): their brief only. */
  instructions?: string;
  notes: string;
}

export type PersonStatus =
  | { kind: "active" }
  /** Paused between two dates, either of which may be open. */
  | { kind: "paused"; from?: IsoDate; until?: IsoDate }
  | { kind: "dropped" }
  /** The person supported does not want them involved: never assigned, named or emailed. */
  | { kind: "do not involve" };

export interface Person {
  row: number;
  name: string;
  email: string;
  phone: string;
  relationship: string;
  area: string;
  /** Blank means the Settings' default. */
  maxTasks?: number;
  maxVisitsPerWeek?: number;
  status: PersonStatus;
  notes: string;
}

export interface Offer {
  row: number;
  person: string;
  /** A type of help, or "any" for every type. */
  type: string;
  days: DaysRule;
  daysText: string;
  time: TimeRule;
  mode: Mode;
  from?: IsoDate;
  until?: IsoDate;
  backupOnly: boolean;
  notes: string;
}

/** An assignment: one row of the Assignments sheet, the dates of a need one person holds. */
export interface Assignment {
  row: number;
  need: string;
  person: string;
  role: Role;
  daysText: string;
  timeText: string;
  from: IsoDate;
  until: IsoDate;
  /** planned, confirmed, declined … as the coordinator set it. */
  status: string;
  pinned: boolean;
  /** When the helper was last briefed about this row, if ever (ISO timestamp). */
  briefed?: string;
}

export interface SupportMap {
  settings: Settings;
  needs: Need[];
  people: Person[];
  offers: Offer[];
  assignments: Assignment[];
  /** Rows that could not be read: shown everywhere as "can't read", never dropped from view. */
  unread?: UnreadRow[];
}

/** A cell the add-on could not read. Shown to the coordinator as it is. */
export interface SheetError {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  column: string;
  value: string;
  message: string;
}

/** The Settings rows, by key: one list for the sheet, the panel's form and the contract. */
export const SETTING_KEYS = [
  "supportedName",
  "supportedEmail",
  "coordinatorName",
  "coordinatorEmail",
  "startDate",
  "endDate",
  "checkInDay",
  "maxTasks",
  "quietTimes",
  "publicSummary",
  "timeZone",
  "paused",
  "dailySummary",
  "mapState",
  "supportedAgreed",
  "agreedOn",
  "crisisResources",
  "professionalResources",
  "backupCoordinatorName",
  "backupCoordinatorEmail",
  "coordinatorAway",
  "maxStandbyDays",
  "stepIn",
  "dayBeforeReminders",
  "standbyNotes",
  "coordinatorNote",
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];
