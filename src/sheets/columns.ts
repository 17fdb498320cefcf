import { STEP_IN, type SettingKey } from "../core/model";
import { DAYS_HELP, TIME_HELP } from "../core/schedule";
import { WEEKDAY_NAMES } from "../core/dates";

// The layout of every sheet, as data. The reader finds columns by these headers, the writer
// writes them, and "Set up" creates the sheets, dropdowns, header notes and widths from them,
// so the three can never disagree.

export const SETTINGS_SHEET = "Settings";
export const NEEDS_SHEET = "Needs";
export const PEOPLE_SHEET = "People";
export const OFFERS_SHEET = "Offers";
export const ASSIGNMENTS_SHEET = "Assignments";

export const SHEET_NAMES = [
  SETTINGS_SHEET,
  NEEDS_SHEET,
  PEOPLE_SHEET,
  OFFERS_SHEET,
  ASSIGNMENTS_SHEET,
] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

export type ColumnKind = "text" | "date" | "number" | "yes/no" | "days" | "time" | "email";

export const YES_NO = ["yes", "no"] as const;
export const MAP_STATES = ["prepared", "active", "closed"] as const;
export const CATEGORIES = ["practical", "emotional", "medical", "professional"] as const;
export const PRIORITIES = ["high", "medium", "low"] as const;
export const MODES = ["in person", "remote", "either"] as const;
export const NEED_STATUSES = ["active", "paused", "done"] as const;
export const ROLES = ["primary", "backup"] as const;
export const ASSIGNMENT_STATUSES = ["planned", "confirmed", "declined", "done"] as const;
/** The dropdown offers these; the sheet accepts any other type too. */
export const HELP_TYPES = [
  "meals",
  "rides",
  "errands",
  "pet care",
  "house care",
  "childcare",
  "phone call",
  "visit",
  "work cover",
  "medical reminder",
  "paperwork",
] as const;
/** Dropdown values; "paused until 2027-01-10" and "paused from 2026-12-19" are typed. */
export const PERSON_STATUSES = ["active", "paused", "dropped", "do not involve"] as const;
export const ANY_TYPE = "any";

export interface ColumnDef<K extends string = string> {
  /** The field this column fills in the model. */
  key: K;
  header: string;
  /** Other headers that mean the same column (compared without case or spaces). */
  aliases: readonly string[];
  /** A row without this cell cannot be used at all. */
  required: boolean;
  kind: ColumnKind;
  /** Dropdown values, if the column has a dropdown. */
  values?: readonly string[];
  /** Whether the dropdown also accepts values that are not in the list. */
  freeText?: boolean;
  /** What a blank cell means, in the coordinator's words. */
  defaultText?: string;
  /** Shown as the header's note: it teaches what to write. */
  note: string;
  /** Column width in pixels. */
  width: number;
}

export interface SheetDef<K extends string = string> {
  name: SheetName;
  columns: readonly ColumnDef<K>[];
  /** Shown on the first header cell: what the sheet is for. */
  note: string;
}

export type NeedKey =
  | "name"
  | "type"
  | "category"
  | "priority"
  | "days"
  | "time"
  | "mode"
  | "from"
  | "until"
  | "helpers"
  | "backup"
  | "status"
  | "details"
  | "instructions"
  | "notes"
  | "readAs";

export type PersonKey =
  | "name"
  | "email"
  | "phone"
  | "relationship"
  | "area"
  | "maxTasks"
  | "maxVisitsPerWeek"
  | "status"
  | "notes";

export type OfferKey =
  | "person"
  | "type"
  | "days"
  | "time"
  | "mode"
  | "from"
  | "until"
  | "backupOnly"
  | "notes"
  | "readAs";

export type AssignmentKey =
  "need" | "person" | "role" | "days" | "time" | "from" | "until" | "status" | "pinned" | "briefed";

export type { SettingKey } from "../core/model";

const DATE_NOTE =
  "Write dates as YYYY-MM-DD, for example 2026-12-07, or pick one from the calendar.";

/** Days, Time and Mode read the same on Needs and Offers: one definition for both. */
function scheduleColumns(daysAlias: string): ColumnDef<"days" | "time" | "mode">[] {
  return [
    {
      key: "days",
      header: "Days",
      aliases: ["Day", "When", daysAlias],
      required: true,
      kind: "days",
      note: DAYS_HELP,
      width: 170,
    },
    {
      key: "time",
      header: "Time",
      aliases: ["Time of day", "Times", "Hours"],
      required: true,
      kind: "time",
      note: TIME_HELP,
      width: 110,
    },
    {
      key: "mode",
      header: "Mode",
      aliases: ["In person or remote", "How"],
      required: false,
      kind: "text",
      values: MODES,
      defaultText: "either",
      note: "in person, remote, or either.",
      width: 100,
    },
  ];
}

export const NEEDS_COLUMNS: readonly ColumnDef<NeedKey>[] = [
  {
    key: "name",
    header: "Need",
    aliases: ["Name", "Need name", "Task"],
    required: true,
    kind: "text",
    note: "A short name helpers will see, e.g. Morning dog walk. Each need needs its own name.",
    width: 200,
  },
  {
    key: "type",
    header: "Type",
    aliases: ["Type of help", "Help type", "Kind"],
    required: true,
    kind: "text",
    values: HELP_TYPES,
    freeText: true,
    note: "The kind of help, matched against the Offers' Type. Pick one or type your own.",
    width: 130,
  },
  {
    key: "category",
    header: "Category",
    aliases: [],
    required: false,
    kind: "text",
    values: CATEGORIES,
    defaultText: "practical",
    note: "practical, emotional, medical or professional. Professional needs are referred to a professional, never given to a friend.",
    width: 110,
  },
  {
    key: "priority",
    header: "Priority",
    aliases: [],
    required: false,
    kind: "text",
    values: PRIORITIES,
    defaultText: "medium",
    note: "high, medium or low. High-priority needs get a backup helper as well.",
    width: 90,
  },
  ...scheduleColumns("Days of week"),
  {
    key: "from",
    header: "From",
    aliases: ["Start", "Start date", "Starts"],
    required: false,
    kind: "date",
    defaultText: "the map's start date",
    note: `First day of this need. Blank: the Settings' start date. ${DATE_NOTE}`,
    width: 105,
  },
  {
    key: "until",
    header: "Until",
    aliases: ["End", "End date", "Ends"],
    required: false,
    kind: "date",
    defaultText: "the map's end date",
    note: `Last day of this need. Blank: the Settings' end date. ${DATE_NOTE}`,
    width: 105,
  },
  {
    key: "helpers",
    header: "Helpers",
    aliases: ["Helpers needed", "People needed", "Helpers per visit"],
    required: false,
    kind: "number",
    defaultText: "1",
    note: "How many helpers each time, 1 to 20. Blank: 1.",
    width: 75,
  },
  {
    key: "backup",
    header: "Backup",
    aliases: ["Needs backup", "Backup wanted"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultText: "yes for high priority, no otherwise",
    note: "yes: also plan a backup helper who steps in if the first one cannot. Blank: yes for high priority.",
    width: 75,
  },
  {
    key: "status",
    header: "Status",
    aliases: ["Need status"],
    required: false,
    kind: "text",
    values: NEED_STATUSES,
    defaultText: "active",
    note: "active, paused (plan nothing for now) or done.",
    width: 85,
  },
  {
    key: "details",
    header: "Details",
    aliases: ["Private details", "Private"],
    required: false,
    kind: "text",
    note: "Private: for you only. Details are never shared with helpers, in briefs or anywhere else.",
    width: 220,
  },
  {
    key: "instructions",
    header: "Instructions",
    aliases: ["Instructions for helpers", "For the helper"],
    required: false,
    kind: "text",
    note: "Shown only to the helpers assigned to this need, in their own brief: where to collect the children, dietary notes, the door code. Nobody else sees it. Keep anything private in Details instead.",
    width: 220,
  },
  {
    key: "notes",
    header: "Notes",
    aliases: ["Note"],
    required: false,
    kind: "text",
    note: "Anything else about this need.",
    width: 200,
  },
  {
    key: "readAs",
    header: "Read as",
    aliases: ["Read as (written by Plan)"],
    required: false,
    kind: "text",
    note: "Written by Plan: how Support Map read this row's Days and Time, so a surprise (5-7 read as 17:00-19:00) shows at a glance. Change Days or Time, not this column: it is rewritten at every Plan.",
    width: 220,
  },
];

export const PEOPLE_COLUMNS: readonly ColumnDef<PersonKey>[] = [
  {
    key: "name",
    header: "Name",
    aliases: ["Person", "Helper", "Full name"],
    required: true,
    kind: "text",
    note: "The helper's name, written the same way as on the Offers sheet.",
    width: 160,
  },
  {
    key: "email",
    header: "Email",
    aliases: ["E-mail", "Email address"],
    required: false,
    kind: "email",
    note: "Where their briefs go.",
    width: 210,
  },
  {
    key: "phone",
    header: "Phone",
    aliases: ["Phone number", "Mobile", "Tel"],
    required: false,
    kind: "text",
    note: "For you; never shared.",
    width: 130,
  },
  {
    key: "relationship",
    header: "Relationship",
    aliases: ["Relation", "Who they are"],
    required: false,
    kind: "text",
    note: "How they know the person supported, e.g. friend, coworker, neighbour.",
    width: 170,
  },
  {
    key: "area",
    header: "Area",
    aliases: ["Location", "Neighbourhood", "Neighborhood", "Where"],
    required: false,
    kind: "text",
    note: "Where they live, roughly: helps you see who is close for in-person help.",
    width: 120,
  },
  {
    key: "maxTasks",
    header: "Max tasks",
    aliases: ["Max tasks per week", "Task limit"],
    required: false,
    kind: "number",
    defaultText: "the Settings' max tasks per helper",
    note: "Most tasks this person takes as the main helper. Blank: the Settings' limit (2). Backup roles do not count.",
    width: 85,
  },
  {
    key: "maxVisitsPerWeek",
    header: "Max visits per week",
    aliases: ["Max visits/week", "Max visits a week", "Max visits", "Visits per week"],
    required: false,
    kind: "number",
    defaultText: "no limit",
    note: "Most times a week they can help. Blank: no limit beyond Max tasks.",
    width: 95,
  },
  {
    key: "status",
    header: "Status",
    aliases: ["Person status"],
    required: false,
    kind: "text",
    values: PERSON_STATUSES,
    freeText: true,
    defaultText: "active",
    note: 'active; paused; "paused until 2027-01-10"; "paused from 2026-12-19"; "paused from 2026-12-19 until 2026-12-31"; dropped; or "do not involve" (never asked, named or emailed).',
    width: 170,
  },
  {
    key: "notes",
    header: "Notes",
    aliases: ["Note"],
    required: false,
    kind: "text",
    note: "Anything else about this person.",
    width: 200,
  },
];

export const OFFERS_COLUMNS: readonly ColumnDef<OfferKey>[] = [
  {
    key: "person",
    header: "Person",
    aliases: ["Name", "Helper", "Who"],
    required: true,
    kind: "text",
    note: "Who offers, written as on the People sheet.",
    width: 160,
  },
  {
    key: "type",
    header: "Type",
    aliases: ["Type of help", "Help type", "Offer", "Kind"],
    required: true,
    kind: "text",
    values: [ANY_TYPE, ...HELP_TYPES],
    freeText: true,
    note: 'The kind of help offered, as on the Needs sheet. "any" offers every type.',
    width: 130,
  },
  ...scheduleColumns("Days available"),
  {
    key: "from",
    header: "From",
    aliases: ["Start", "Start date", "Available from"],
    required: false,
    kind: "date",
    defaultText: "from the start",
    note: `First day they can help. Blank: from the start. ${DATE_NOTE}`,
    width: 105,
  },
  {
    key: "until",
    header: "Until",
    aliases: ["End", "End date", "Available until", "To"],
    required: false,
    kind: "date",
    defaultText: "until the end",
    note: `Last day they can help. Blank: until the end. ${DATE_NOTE}`,
    width: 105,
  },
  {
    key: "backupOnly",
    header: "Backup only",
    aliases: ["Backup", "Only as backup"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultText: "no",
    note: "yes: only ask them to step in as a backup, never as the main helper.",
    width: 90,
  },
  {
    key: "notes",
    header: "Notes",
    aliases: ["Note", "Comments"],
    required: false,
    kind: "text",
    note: "Anything they said about this offer.",
    width: 200,
  },
  {
    key: "readAs",
    header: "Read as",
    aliases: ["Read as (written by Plan)"],
    required: false,
    kind: "text",
    note: "Written by Plan: how Support Map read this row's Days and Time, so a surprise (5-7 read as 17:00-19:00) shows at a glance. Change Days or Time, not this column: it is rewritten at every Plan.",
    width: 220,
  },
];

export const ASSIGNMENTS_COLUMNS: readonly ColumnDef<AssignmentKey>[] = [
  {
    key: "need",
    header: "Need",
    aliases: ["Task"],
    required: true,
    kind: "text",
    note: "Written by the planner: the need, as on the Needs sheet.",
    width: 200,
  },
  {
    key: "person",
    header: "Person",
    aliases: ["Helper", "Name", "Who"],
    required: true,
    kind: "text",
    note: "Written by the planner: who does it.",
    width: 160,
  },
  {
    key: "role",
    header: "Role",
    aliases: [],
    required: true,
    kind: "text",
    values: ROLES,
    note: "primary: does it. backup: steps in if the primary cannot.",
    width: 85,
  },
  {
    key: "days",
    header: "Days",
    aliases: ["Day", "When"],
    required: false,
    kind: "days",
    note: "The days this person covers.",
    width: 170,
  },
  {
    key: "time",
    header: "Time",
    aliases: ["Time of day"],
    required: false,
    kind: "time",
    note: "The time of day.",
    width: 110,
  },
  {
    key: "from",
    header: "From",
    aliases: ["Start", "Start date"],
    required: false,
    kind: "date",
    note: "First day of this slot.",
    width: 105,
  },
  {
    key: "until",
    header: "Until",
    aliases: ["End", "End date", "To"],
    required: false,
    kind: "date",
    note: "Last day of this slot.",
    width: 105,
  },
  {
    key: "status",
    header: "Status",
    aliases: [],
    required: false,
    kind: "text",
    values: ASSIGNMENT_STATUSES,
    defaultText: "planned",
    note: "Yours to set: planned, confirmed, declined (they said no: the next plan asks someone else) or done.",
    width: 95,
  },
  {
    key: "pinned",
    header: "Pinned",
    aliases: ["Keep", "Locked"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultText: "no",
    note: "yes: the planner keeps this row as it is when it plans again.",
    width: 70,
  },
  {
    key: "briefed",
    header: "Briefed",
    aliases: ["Brief sent", "Last briefed"],
    required: false,
    kind: "text",
    note: "When the helper was last sent a brief about this row.",
    width: 150,
  },
];

export const SETTINGS_COLUMNS: readonly ColumnDef<"setting" | "value">[] = [
  {
    key: "setting",
    header: "Setting",
    aliases: ["Name", "Option"],
    required: true,
    kind: "text",
    note: "One setting per row. Keep these names; change only the values.",
    width: 190,
  },
  {
    key: "value",
    header: "Value",
    aliases: [],
    required: false,
    kind: "text",
    note: "The value of the setting. Each one has a note saying what it means.",
    width: 420,
  },
];

/** One row of the Settings sheet. */
export interface SettingDef {
  key: SettingKey;
  label: string;
  aliases: readonly string[];
  required: boolean;
  kind: ColumnKind;
  values?: readonly string[];
  freeText?: boolean;
  /** The value "Set up" writes, as the coordinator would type it ("" to leave it blank). */
  defaultValue: string;
  /**
   * What a map without this row does, when that differs from defaultValue: Set up writes it when
   * it adds the row to a map made before the row existed, so adding the row changes nothing.
   */
  absentValue?: string;
  note: string;
}

export const SETTINGS_ROWS: readonly SettingDef[] = [
  {
    key: "supportedName",
    label: "Person supported",
    aliases: ["Recipient name", "Recipient", "Supporting", "Person supported's name"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: "The person supported, as helpers know them.",
  },
  {
    key: "supportedEmail",
    label: "Person supported's email",
    aliases: ["Recipient email", "Recipient e-mail", "Person supported email"],
    required: false,
    kind: "email",
    defaultValue: "",
    note: "Where the weekly check-in goes, if they want one by email.",
  },
  {
    key: "coordinatorName",
    label: "Coordinator name",
    aliases: ["Coordinator"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: "You: helpers contact you, not the person supported.",
  },
  {
    key: "coordinatorEmail",
    label: "Coordinator email",
    aliases: ["Coordinator e-mail"],
    required: false,
    kind: "email",
    defaultValue: "",
    note: "Where summaries and replies come.",
  },
  {
    key: "startDate",
    label: "Start date",
    aliases: ["Start", "From"],
    required: true,
    kind: "date",
    defaultValue: "",
    note: `First day of support. ${DATE_NOTE}`,
  },
  {
    key: "endDate",
    label: "End date",
    aliases: ["End", "Until"],
    required: true,
    kind: "date",
    defaultValue: "",
    note: `Last day of support. Set an end date from the start; you can extend it later. ${DATE_NOTE}`,
  },
  {
    key: "checkInDay",
    label: "Check-in day",
    aliases: ["Check in day", "Checkin day", "Weekly check-in"],
    required: false,
    kind: "text",
    values: WEEKDAY_NAMES,
    defaultValue: "Friday",
    note: "The day of the weekly check-in with the person supported: what worked, what was missing.",
  },
  {
    key: "maxTasks",
    label: "Max tasks per helper",
    aliases: ["Max tasks", "Tasks per helper"],
    required: false,
    kind: "number",
    defaultValue: "2",
    note: "Most tasks one person holds as main helper, to prevent burnout (the guide says two). A person's own Max tasks overrides it.",
  },
  {
    key: "quietTimes",
    label: "Quiet times",
    aliases: ["Quiet time", "No visits", "Quiet hours"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: 'Times with no in-person visits, e.g. "before 10:00" or "before 10:00, after 20:00". Blank: none.',
  },
  {
    key: "publicSummary",
    label: "Public summary",
    aliases: ["Summary", "What helpers are told"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: 'The only words about the situation that helpers ever see, e.g. "Alex is going through a hard time and needs some practical support."',
  },
  {
    key: "timeZone",
    label: "Time zone",
    aliases: ["Timezone", "Zone"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: "An IANA time zone such as Europe/London or America/New_York. Blank: the spreadsheet's time zone.",
  },
  {
    key: "paused",
    label: "Map paused",
    aliases: ["Paused", "Pause"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultValue: "no",
    note: "yes: plan nothing new and send nothing until you set it back to no.",
  },
  {
    key: "dailySummary",
    label: "Daily summary",
    aliases: ["Daily summary email"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultValue: "no",
    note: 'yes: email the person supported a short note each morning ("all visits covered today", or what is not and that you are on it).',
  },
  {
    key: "mapState",
    label: "Map state",
    aliases: ["State", "Map status"],
    required: false,
    kind: "text",
    values: MAP_STATES,
    defaultValue: "prepared",
    absentValue: "active",
    note: "prepared: the map is ready but sends nothing; activate it in the panel (Activate the map). active: briefs and check-ins go out. closed: the map has ended and is archived; nothing is sent or accepted. A map without this row is active.",
  },
  {
    key: "supportedAgreed",
    label: "Person supported agreed",
    aliases: ["Consent", "Recipient agreed"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultValue: "",
    note: "yes once the person supported has said they want this support network. The map cannot be activated without it.",
  },
  {
    key: "agreedOn",
    label: "Agreed on",
    aliases: ["Consent date", "Agreed date"],
    required: false,
    kind: "date",
    defaultValue: "",
    note: `The day they agreed. ${DATE_NOTE}`,
  },
  {
    key: "crisisResources",
    label: "Crisis resources",
    aliases: ["Crisis lines", "Crisis line"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: 'Local crisis lines and emergency numbers, e.g. "Samaritans 116 123 (free, any time); emergency 999". Needed before the map is activated; the alerts about a check-in that worries you quote them.',
  },
  {
    key: "professionalResources",
    label: "Professional resources",
    aliases: ["Professionals", "Referrals"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: 'Where professional needs are referred, e.g. "GP surgery 020 7946 0000; Cruse bereavement 0808 808 1677". Shown beside every professional need.',
  },
  {
    key: "backupCoordinatorName",
    label: "Backup coordinator name",
    aliases: ["Backup coordinator"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: "Who coordinates while you are away (see Coordinator away). Messages on those dates name them.",
  },
  {
    key: "backupCoordinatorEmail",
    label: "Backup coordinator email",
    aliases: ["Backup coordinator e-mail"],
    required: false,
    kind: "email",
    defaultValue: "",
    note: "Where alerts and answers go while you are away.",
  },
  {
    key: "coordinatorAway",
    label: "Coordinator away",
    aliases: ["Away", "Coordinator rotation", "Rotation"],
    required: false,
    kind: "text",
    defaultValue: "",
    note: 'Dates the backup coordinator takes over, e.g. "2027-01-04 to 2027-01-10, 2027-02-01 to 2027-02-07". On the first day of each handover the incoming coordinator gets a summary (gaps, referrals, unconfirmed helpers, the latest check-in), never Details.',
  },
  {
    key: "maxStandbyDays",
    label: "Max standby days per week",
    aliases: ["Max standby days", "Standby days per week"],
    required: false,
    kind: "number",
    defaultValue: "",
    note: "Most days a week one helper is on standby as a backup, so nobody is on call every night. Blank: no limit.",
  },
  // The reassess loop's messages (issue 13). A fresh map reminds main helpers and sends you the
  // weekly note (the guide's Friday check-in and adjustment); standby notes stay off, since
  // a daily note to every backup is the load the guide keeps off helpers.
  {
    key: "stepIn",
    label: "Backups step in",
    aliases: ["Backup steps in", "Backups stepping in", "Step in"],
    required: false,
    kind: "text",
    values: STEP_IN,
    defaultValue: "when asked",
    absentValue: "when asked",
    note: "When a helper can't make a date. when asked: their backup gets an email asking them to take it (one click for yes). automatically: the backup becomes the main helper at once and hears what changed. Blank: when asked.",
  },
  {
    key: "dayBeforeReminders",
    label: "Day-before reminders",
    aliases: ["Day before reminders", "Reminders", "Reminder the day before"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultValue: "yes",
    absentValue: "no",
    note: "yes: each main helper gets a short reminder from 17:00 the day before a visit, with the need's Instructions. Blank: no.",
  },
  {
    key: "standbyNotes",
    label: "Standby notes to backups",
    aliases: ["Standby notes", "Standby note", "Standby reminders"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultValue: "no",
    absentValue: "no",
    note: "yes: each backup gets a note from 17:00 the day before that they are on standby (nothing to do unless you ask). Blank: no.",
  },
  {
    key: "coordinatorNote",
    label: "Weekly note to coordinator",
    aliases: ["Weekly note", "Coordinator note", "Weekly coordinator note"],
    required: false,
    kind: "yes/no",
    values: YES_NO,
    defaultValue: "yes",
    absentValue: "no",
    note: "yes: on the check-in day from 11:00 you get a note with next week's gaps, helpers not confirmed after two days, missed visits and the latest answers. Blank: no.",
  },
];

export const NEEDS_DEF: SheetDef<NeedKey> = {
  name: NEEDS_SHEET,
  columns: NEEDS_COLUMNS,
  note: "What the person supported needs, one row per need.",
};
export const PEOPLE_DEF: SheetDef<PersonKey> = {
  name: PEOPLE_SHEET,
  columns: PEOPLE_COLUMNS,
  note: "Everyone who might help, one row per person.",
};
export const OFFERS_DEF: SheetDef<OfferKey> = {
  name: OFFERS_SHEET,
  columns: OFFERS_COLUMNS,
  note: "What each person offers and when, one row per offer.",
};
export const ASSIGNMENTS_DEF: SheetDef<AssignmentKey> = {
  name: ASSIGNMENTS_SHEET,
  columns: ASSIGNMENTS_COLUMNS,
  note: "Written by the planner. Set Status and Pinned; the planner keeps them.",
};
export const SETTINGS_DEF: SheetDef<"setting" | "value"> = {
  name: SETTINGS_SHEET,
  columns: SETTINGS_COLUMNS,
  note: "How this map works, one setting per row.",
};

export const SHEET_DEFS: readonly SheetDef[] = [
  SETTINGS_DEF,
  NEEDS_DEF,
  PEOPLE_DEF,
  OFFERS_DEF,
  ASSIGNMENTS_DEF,
];

/**
 * Headers are compared without case, spaces, punctuation around them or a note in brackets:
 * "Details (private)", "DETAILS" and "details [for me]" are all the Details column.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\([^()]*\)|\[[^\]]*\]/g, " ")
    .replace(/\p{Cf}/gu, "")
    .toLowerCase()
    .replace(/[\s_*:.]+/g, "")
    .trim();
}

/** The column a header means, if any. */
export function columnFor<K extends string>(
  columns: readonly ColumnDef<K>[],
  header: string,
): ColumnDef<K> | undefined {
  const h = normaliseHeader(header);
  if (!h) return undefined;
  return columns.find(
    (c) => normaliseHeader(c.header) === h || c.aliases.some((a) => normaliseHeader(a) === h),
  );
}

/** The setting a label in the Setting column means, if any. */
export function settingFor(label: string): SettingDef | undefined {
  const h = normaliseHeader(label);
  if (!h) return undefined;
  return SETTINGS_ROWS.find(
    (s) => normaliseHeader(s.label) === h || s.aliases.some((a) => normaliseHeader(a) === h),
  );
}

/** The standard header row of a sheet. */
export function headersOf(def: SheetDef): string[] {
  return def.columns.map((c) => c.header);
}
