import * as z from "zod";
import { isIsoDate } from "../core/dates";
import type {
  Category,
  DaysRule,
  IsoDate,
  Mode,
  NeedStatus,
  PersonStatus,
  Priority,
  Role,
  TimeRule,
  Weekday,
} from "../core/model";
import { WEEKDAY_NAMES } from "../core/dates";
import { type DaysContext, parseDays, parseTime } from "../core/schedule";
import {
  type CellResult,
  cellText,
  isDate,
  isoDateIn,
  looksLikeEmail,
  readChoice,
  readDate,
  readWholeNumber,
  readYesNo,
} from "./cells";
import {
  ASSIGNMENT_STATUSES,
  CATEGORIES,
  MODES,
  NEED_STATUSES,
  PRIORITIES,
  ROLES,
  type AssignmentKey,
  type NeedKey,
  type OfferKey,
  type PersonKey,
} from "./columns";

// One zod schema per row. Each cell has its own reader, so a problem names the column and says
// what would be valid; the row reader then decides whether the row can still be used.

/** How a cell is read: its schema, what a bad cell falls back to, and whether the row needs it. */
export interface Field<T> {
  schema: z.ZodType<T>;
  fallback: T;
  /** A problem here leaves the whole row out of the map. */
  essential: boolean;
}

export type Fields<T> = { [K in keyof T]: Field<T[K]> };

/** A zod schema for one cell, built from a reader that explains what went wrong. */
export function cell<T>(read: (value: unknown) => CellResult<T>): z.ZodType<T> {
  return z.unknown().transform((value, ctx) => {
    const result = read(value);
    if (result.ok) return result.value;
    ctx.addIssue(result.error);
    return z.NEVER;
  });
}

function field<T>(
  read: (value: unknown) => CellResult<T>,
  fallback: T,
  essential = false,
): Field<T> {
  return { schema: cell(read), fallback, essential };
}

export interface RowProblem {
  key: string;
  message: string;
}

/**
 * Reads one row. Every cell problem is returned; a problem in an essential cell gives no value,
 * any other falls back to the field's default.
 */
export function readRow<T>(
  fields: Fields<T>,
  raw: Record<string, unknown>,
): { value?: T; problems: RowProblem[] } {
  const keys = Object.keys(fields) as (keyof T & string)[];
  const strict = z.object(Object.fromEntries(keys.map((k) => [k, fields[k].schema])));
  const parsed = strict.safeParse(raw);
  if (parsed.success) return { value: parsed.data as T, problems: [] };
  const problems = parsed.error.issues.map((issue) => ({
    key: String(issue.path[0] ?? ""),
    message: issue.message,
  }));
  if (problems.some((p) => fields[p.key as keyof T]?.essential)) return { problems };
  const lenient = z.object(
    Object.fromEntries(keys.map((k) => [k, fields[k].schema.catch(fields[k].fallback)])),
  );
  return { value: lenient.parse(raw) as T, problems };
}

// ---- cell readers -------------------------------------------------------------------------

function text(tz: string): (value: unknown) => CellResult<string> {
  return (value) => ({ ok: true, value: cellText(value, tz) });
}

function requiredText(column: string, tz: string, what: string) {
  return (value: unknown): CellResult<string> => {
    const t = cellText(value, tz);
    return t ? { ok: true, value: t } : { ok: false, error: `${column} is empty. ${what}` };
  };
}

function choice<T extends string>(column: string, values: readonly T[], blank: T) {
  return (value: unknown): CellResult<T> => {
    const r = readChoice(value, column, values);
    return r.ok ? { ok: true, value: r.value ?? blank } : r;
  };
}

const MODE_WORDS: Record<string, Mode> = {
  "in person": "in person",
  "in-person": "in person",
  inperson: "in person",
  "face to face": "in person",
  remote: "remote",
  online: "remote",
  virtual: "remote",
  phone: "remote",
  either: "either",
  any: "either",
  both: "either",
  "in person or remote": "either",
};

function mode(column: string, tz: string) {
  return (value: unknown): CellResult<Mode> => {
    const t = cellText(value, tz).toLowerCase();
    if (!t) return { ok: true, value: "either" };
    const found = MODE_WORDS[t];
    if (found) return { ok: true, value: found };
    return {
      ok: false,
      error: `${column} "${cellText(value, tz)}" is not one of ${MODES.join(", ")}.`,
    };
  };
}

function date(column: string, tz: string) {
  return (value: unknown) => readDate(value, tz, column);
}

function yesNo(column: string) {
  return (value: unknown) => readYesNo(value, column);
}

function yesNoDefault(column: string, blank: boolean) {
  return (value: unknown): CellResult<boolean> => {
    const r = readYesNo(value, column);
    return r.ok ? { ok: true, value: r.value ?? blank } : r;
  };
}

function wholeNumber(column: string, min: number, max: number) {
  return (value: unknown) => readWholeNumber(value, column, min, max);
}

/** Days text as typed; a single date Sheets turned into a Date reads as that date. */
export function daysText(value: unknown, tz: string): string {
  return isDate(value) ? isoDateIn(value, tz) : cellText(value, tz);
}

export interface DaysCell {
  rule: DaysRule;
  text: string;
}

/**
 * The schedule parser's own errors already quote the cell and teach the language. `context` is
 * the map's dates, which give "9 Dec" its year.
 */
function days(tz: string, context: DaysContext) {
  return (value: unknown): CellResult<DaysCell> => {
    const t = daysText(value, tz);
    const r = parseDays(t, context);
    return r.ok ? { ok: true, value: { rule: r.value, text: t } } : r;
  };
}

function time(tz: string) {
  return (value: unknown): CellResult<TimeRule> => parseTime(cellText(value, tz));
}

function email(column: string, tz: string) {
  return (value: unknown): CellResult<string> => {
    const t = cellText(value, tz);
    if (!t || looksLikeEmail(t)) return { ok: true, value: t };
    return {
      ok: false,
      error: `${column} "${t}" does not look like an email address (name@example.com).`,
    };
  };
}

// ---- person status --------------------------------------------------------------------------

const DO_NOT_INVOLVE = new Set([
  "do not involve",
  "dont involve",
  "do not contact",
  "dont contact",
  "do not ask",
  "dont ask",
  "never involve",
]);

const STATUS_HELP =
  "active, paused, paused until YYYY-MM-DD, paused from YYYY-MM-DD, paused from YYYY-MM-DD until YYYY-MM-DD, dropped, do not involve";

/**
 * A person's status. A status that cannot be read never makes someone active: one that looks
 * like "do not involve" is read as that, anything else as paused until it is fixed.
 */
export function readPersonStatus(
  value: unknown,
  column: string,
  tz: string,
): {
  status: PersonStatus;
  error?: string;
} {
  const shown = cellText(value, tz);
  const t = shown.toLowerCase().replace(/[’'`]/g, "").replace(/\s+/g, " ").trim();
  if (!t || t === "active") return { status: { kind: "active" } };
  if (t === "dropped" || t === "dropped out") return { status: { kind: "dropped" } };
  if (DO_NOT_INVOLVE.has(t)) return { status: { kind: "do not involve" } };
  const paused = /^paused(?: from (\S+))?(?: (?:until|till|to) (\S+))?$/.exec(t);
  if (paused) {
    const [, from, until] = paused;
    const bad = [from, until].find((d) => d !== undefined && !isIsoDate(d));
    if (!bad && (!from || !until || from <= until))
      return { status: { kind: "paused", ...(from && { from }), ...(until && { until }) } };
    const why = bad ? `"${bad}" is not a date written as YYYY-MM-DD` : `${until} is before ${from}`;
    return {
      status: { kind: "paused" },
      error: `${column} "${shown}": ${why}. Until it is fixed they are treated as paused.`,
    };
  }
  if (/\b(not|dont|never|involve|contact)\b/.test(t))
    return {
      status: { kind: "do not involve" },
      error: `${column} "${shown}" is not one of ${STATUS_HELP}. It is read as do not involve until it is fixed.`,
    };
  return {
    status: { kind: "paused" },
    error: `${column} "${shown}" is not one of ${STATUS_HELP}. Until it is fixed they are treated as paused.`,
  };
}

export function formatPersonStatus(status: PersonStatus): string {
  switch (status.kind) {
    case "paused":
      return [
        "paused",
        status.from && `from ${status.from}`,
        status.until && `until ${status.until}`,
      ]
        .filter(Boolean)
        .join(" ");
    default:
      return status.kind;
  }
}

// ---- rows -----------------------------------------------------------------------------------

export interface NeedCells {
  name: string;
  type: string;
  category: Category;
  priority: Priority;
  days: DaysCell;
  time: TimeRule;
  mode: Mode;
  from: IsoDate | undefined;
  until: IsoDate | undefined;
  helpers: number;
  backup: boolean | undefined;
  status: NeedStatus;
  details: string;
  instructions: string;
  notes: string;
}

const NO_DAYS: DaysCell = { rule: { kind: "weekly", weekdays: [] }, text: "" };
const NO_TIME: TimeRule = { kind: "any", start: 0, end: 1440, label: "any time" };

export function needFields(
  tz: string,
  header: (key: NeedKey) => string,
  context: DaysContext = {},
): Fields<NeedCells> {
  return {
    name: field(requiredText(header("name"), tz, "Give the need a short name."), "", true),
    type: field(
      requiredText(header("type"), tz, "Choose a type of help, e.g. meals, rides or pet care."),
      "",
    ),
    category: field(choice(header("category"), CATEGORIES, "practical"), "practical"),
    priority: field(choice(header("priority"), PRIORITIES, "medium"), "medium"),
    days: field(days(tz, context), NO_DAYS, true),
    time: field(time(tz), NO_TIME, true),
    mode: field(mode(header("mode"), tz), "either"),
    from: field(date(header("from"), tz), undefined),
    until: field(date(header("until"), tz), undefined),
    helpers: field((v) => {
      const r = readWholeNumber(v, header("helpers"), 1, 20);
      return r.ok ? { ok: true, value: r.value ?? 1 } : r;
    }, 1),
    backup: field(yesNo(header("backup")), undefined),
    status: field(choice(header("status"), NEED_STATUSES, "active"), "active"),
    details: field(text(tz), ""),
    instructions: field(text(tz), ""),
    notes: field(text(tz), ""),
  };
}

export interface PersonCells {
  name: string;
  email: string;
  phone: string;
  relationship: string;
  area: string;
  maxTasks: number | undefined;
  maxVisitsPerWeek: number | undefined;
  notes: string;
}

/** Status is read apart from the schema: a bad status still decides something (see above). */
export function personFields(tz: string, header: (key: PersonKey) => string): Fields<PersonCells> {
  return {
    name: field(requiredText(header("name"), tz, "Write the person's name."), "", true),
    email: field(email(header("email"), tz), ""),
    phone: field(text(tz), ""),
    relationship: field(text(tz), ""),
    area: field(text(tz), ""),
    maxTasks: field(wholeNumber(header("maxTasks"), 0, 20), undefined),
    maxVisitsPerWeek: field(wholeNumber(header("maxVisitsPerWeek"), 0, 50), undefined),
    notes: field(text(tz), ""),
  };
}

export interface OfferCells {
  person: string;
  type: string;
  days: DaysCell;
  time: TimeRule;
  mode: Mode;
  from: IsoDate | undefined;
  until: IsoDate | undefined;
  backupOnly: boolean;
  notes: string;
}

export function offerFields(
  tz: string,
  header: (key: OfferKey) => string,
  context: DaysContext = {},
): Fields<OfferCells> {
  return {
    person: field(requiredText(header("person"), tz, "Write who offers, as on People."), "", true),
    type: field(
      requiredText(
        header("type"),
        tz,
        'Write the type of help offered, e.g. meals, or "any" for every type.',
      ),
      "",
      true,
    ),
    days: field(days(tz, context), NO_DAYS, true),
    time: field(time(tz), NO_TIME, true),
    mode: field(mode(header("mode"), tz), "either"),
    from: field(date(header("from"), tz), undefined),
    until: field(date(header("until"), tz), undefined),
    backupOnly: field(yesNoDefault(header("backupOnly"), false), false),
    notes: field(text(tz), ""),
  };
}

export interface AssignmentCells {
  need: string;
  person: string;
  role: Role;
  days: string;
  time: string;
  from: IsoDate | undefined;
  until: IsoDate | undefined;
  status: string;
  pinned: boolean;
  briefed: string;
}

/** Briefed holds a timestamp; Sheets may have turned it into a Date. */
function briefed(tz: string) {
  return (value: unknown): CellResult<string> => ({
    ok: true,
    value: isDate(value) ? value.toISOString() : cellText(value, tz),
  });
}

export function assignmentFields(
  tz: string,
  header: (key: AssignmentKey) => string,
): Fields<AssignmentCells> {
  return {
    need: field(requiredText(header("need"), tz, "Write the need, as on Needs."), "", true),
    person: field(requiredText(header("person"), tz, "Write who does it."), "", true),
    role: field(
      (v) => {
        const r = readChoice(v, header("role"), ROLES);
        if (!r.ok) return r;
        return r.value
          ? { ok: true, value: r.value }
          : { ok: false, error: `${header("role")} is empty. Write primary or backup.` };
      },
      "primary",
      true,
    ),
    days: field((v) => ({ ok: true, value: daysText(v, tz) }), ""),
    time: field(text(tz), ""),
    from: field(date(header("from"), tz), undefined),
    until: field(date(header("until"), tz), undefined),
    status: field((v) => {
      const r = readChoice(v, header("status"), ASSIGNMENT_STATUSES);
      return r.ok ? { ok: true, value: r.value ?? "planned" } : r;
    }, "planned"),
    pinned: field(yesNoDefault(header("pinned"), false), false),
    briefed: field(briefed(tz), ""),
  };
}

// ---- settings -------------------------------------------------------------------------------

/** "Friday", "fri", "FRIDAY". */
export function readWeekday(
  value: unknown,
  column: string,
  tz: string,
): CellResult<Weekday | undefined> {
  const t = cellText(value, tz).toLowerCase();
  if (!t) return { ok: true, value: undefined };
  const i = WEEKDAY_NAMES.findIndex(
    (name) => name.toLowerCase() === t || (t.length >= 3 && name.toLowerCase().startsWith(t)),
  );
  if (i >= 0) return { ok: true, value: (i + 1) as Weekday };
  return {
    ok: false,
    error: `${column} "${cellText(value, tz)}" is not a day of the week (${WEEKDAY_NAMES.join(", ")}).`,
  };
}
