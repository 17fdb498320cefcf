import * as z from "zod";
import { isIsoDate } from "../../core/dates";
import type { FreeGrid } from "../../core/free-times";
import type { IsoDate, Mode, Weekday } from "../../core/model";
import type { PeriodName } from "../../core/schedule";
import { looksLikeEmail, readWholeNumber } from "../../sheets/cells";
import {
  BACKUP_CHOICES,
  MAX_VISITS,
  MAX_WEEKS,
  MODE_CHOICES,
  offerQuestions,
  periodOfColumn,
  type OfferQuestionKey,
} from "./offer-questions";

// One form response, read and checked. Answers come from Google as unknown values: a form edited
// by hand, or an odd client, can send anything. A response that cannot become a helper (no name,
// no usable email, nothing offered, no time, an answer of the wrong type) is refused with a reason
// the coordinator can act on; smaller problems (a bad date, very long text) are fixed as well as
// can be and noted on the rows.

export interface RawResponse {
  id: string;
  /** When it was last submitted, as an ISO date-time. */
  submitted: string;
  answers: Partial<Record<OfferQuestionKey, unknown>>;
  /** Answers to questions the add-on did not ask (added to the form by hand). */
  extra: Array<{ title: string; value: unknown }>;
}

export type BackupAnswer = "yes" | "only" | "no";

export interface OfferAnswers {
  name: string;
  email: string;
  phone: string;
  relationship: string;
  area: string;
  notes: string;
  types: string[];
  free: FreeGrid;
  from?: IsoDate;
  until?: IsoDate;
  weeks?: number;
  mode: Mode;
  maxTasks?: number;
  maxVisits?: number;
  backup?: BackupAnswer;
  /** What the intake changed or left out, for the coordinator. */
  remarks: string[];
}

export type ReadOffer = { ok: true; answers: OfferAnswers } | { ok: false; reason: string };

/** Characters kept of each answer; Sheets holds 50,000 in a cell, the Offers sheet far fewer. */
export const TEXT_LIMITS = {
  name: 100,
  short: 200,
  type: 100,
  notes: 2000,
} as const;
/** More types than this is not an offer anyone can keep. */
export const MAX_TYPES = 20;

const text = z.string();
const list = z.array(z.string());
const grid = z.array(z.union([z.array(z.string()), z.null(), z.literal("")]));

const SHAPES: Record<OfferQuestionKey, { schema: z.ZodType; gives: string }> = {
  name: { schema: text, gives: "text" },
  email: { schema: text, gives: "text" },
  phone: { schema: text, gives: "text" },
  relationship: { schema: text, gives: "one choice" },
  offers: { schema: list, gives: "a list of choices" },
  free: { schema: grid, gives: "a grid of ticks" },
  from: { schema: text, gives: "a date" },
  until: { schema: text, gives: "a date" },
  weeks: { schema: text, gives: "text" },
  mode: { schema: text, gives: "one choice" },
  maxTasks: { schema: text, gives: "one choice" },
  maxVisits: { schema: text, gives: "text" },
  backup: { schema: text, gives: "one choice" },
  area: { schema: text, gives: "text" },
  notes: { schema: text, gives: "text" },
};

const TITLES = new Map(offerQuestions({ supportedName: "" }, []).map((q) => [q.key, q.title]));

export function questionTitle(key: OfferQuestionKey): string {
  return TITLES.get(key) ?? key;
}

function describe(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/** Cut by characters (never inside an emoji), with a remark saying so. */
function cut(value: string, max: number, what: string, remarks: string[]): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  remarks.push(
    `${what}: cut to ${max.toLocaleString("en-US")} characters; the whole answer is on the Form Responses sheet.`,
  );
  return chars.slice(0, max).join("");
}

/** Control characters (tabs, bells, NULs…) become spaces; line breaks stay when asked to. */
function withoutControls(value: string, keepLineBreaks: boolean): string {
  let out = "";
  for (const ch of value.replace(/\r\n?/g, "\n")) {
    const c = ch.charCodeAt(0);
    const control = c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029;
    out += !control || (keepLineBreaks && ch === "\n") ? ch : " ";
  }
  return out;
}

/** One line: control characters and runs of spaces become single spaces. */
function oneLine(value: string): string {
  return withoutControls(value, false).replace(/\s+/g, " ").trim();
}

/** Keeps line breaks, drops other control characters. */
function paragraph(value: string): string {
  return withoutControls(value, true).trim();
}

/** Their email as typed, without spaces (an address never has any); compared by emailKey. */
function typedEmail(email: string): string {
  return email.replace(/\s+/g, "");
}

function readFree(rows: Array<string[] | null | "">, remarks: string[]): FreeGrid {
  const free: FreeGrid = {};
  const odd = new Set<string>();
  rows.slice(0, 7).forEach((row, i) => {
    const periods = new Set<PeriodName>();
    for (const label of Array.isArray(row) ? row : []) {
      const p = periodOfColumn(label);
      if (p) periods.add(p);
      else odd.add(oneLine(label).slice(0, 40));
    }
    if (periods.size) free[(i + 1) as Weekday] = [...periods];
  });
  if (odd.size)
    remarks.push(`Ticks that are not a part of the day were left out: ${[...odd].join(", ")}.`);
  return free;
}

function readDateAnswer(value: string, what: string, remarks: string[]): IsoDate | undefined {
  const t = value.trim();
  if (!t) return undefined;
  if (isIsoDate(t)) return t;
  remarks.push(`${what} "${oneLine(t).slice(0, 40)}" is not a date written YYYY-MM-DD: left out.`);
  return undefined;
}

function readNumberAnswer(
  value: string,
  what: string,
  min: number,
  max: number,
  remarks: string[],
): number | undefined {
  const r = readWholeNumber(value.trim(), what, min, max);
  if (r.ok) return r.value;
  remarks.push(`${oneLine(r.error).slice(0, 120)} Left out.`);
  return undefined;
}

function readChoiceAnswer<T>(
  value: string,
  choices: ReadonlyArray<{ label: string; value: T }>,
  what: string,
  remarks: string[],
): T | undefined {
  const t = oneLine(value).toLowerCase();
  if (!t) return undefined;
  const found = choices.find((c) => c.label.toLowerCase() === t);
  if (found) return found.value;
  remarks.push(`${what} "${oneLine(value).slice(0, 60)}" is not one of the choices: left out.`);
  return undefined;
}

function readTypes(values: string[], remarks: string[]): string[] {
  const seen = new Set<string>();
  const types: string[] = [];
  for (const v of values) {
    const t = cut(oneLine(v), TEXT_LIMITS.type, "A type of help", remarks);
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    types.push(t);
  }
  if (types.length > MAX_TYPES) {
    remarks.push(`Only the first ${MAX_TYPES} of ${types.length} types of help were kept.`);
    return types.slice(0, MAX_TYPES);
  }
  return types;
}

/** Reads and checks one response's answers. */
export function readOfferAnswers(raw: RawResponse): ReadOffer {
  const parsed: Partial<Record<OfferQuestionKey, unknown>> = {};
  for (const key of Object.keys(SHAPES) as OfferQuestionKey[]) {
    const value = raw.answers[key];
    if (value === undefined) continue;
    const shape = SHAPES[key];
    const r = shape.schema.safeParse(value);
    if (!r.success)
      return {
        ok: false,
        reason:
          `The answer to "${questionTitle(key)}" is ${describe(value)}, but that question gives ` +
          `${shape.gives}. The form may have been changed by hand: check its questions, then add ` +
          "this person yourself.",
      };
    parsed[key] = r.data;
  }
  const str = (key: OfferQuestionKey) => (parsed[key] as string | undefined) ?? "";
  const remarks: string[] = [];

  const name = cut(oneLine(str("name")), TEXT_LIMITS.name, "Their name", remarks);
  if (!name) return { ok: false, reason: "The response has no name. Add this person yourself." };
  const email = typedEmail(str("email"));
  if (!email)
    return { ok: false, reason: "The response has no email, so it cannot be matched to People." };
  if (/\p{Cf}/u.test(email))
    return {
      ok: false,
      reason: `The email "${oneLine(email).slice(0, 80)}" holds invisible characters, so it may not be the address it looks like. Check it with them, then add them yourself.`,
    };
  if (email.length > 254 || !looksLikeEmail(email))
    return {
      ok: false,
      reason: `The email "${oneLine(str("email")).slice(0, 80)}" does not look like an email address (name@example.com).`,
    };

  const types = readTypes((parsed.offers as string[] | undefined) ?? [], remarks);
  if (types.length === 0)
    return {
      ok: false,
      reason: "Nothing is ticked under What can you offer?, so there is no offer to write.",
    };
  const free = readFree((parsed.free as Array<string[] | null | ""> | undefined) ?? [], remarks);
  if (Object.keys(free).length === 0)
    return {
      ok: false,
      reason:
        "No day or time is ticked under When are you usually free?, so no offer row can be " +
        "written. Ask them when they could help, or add their Offers rows yourself.",
    };

  const mode =
    readChoiceAnswer(
      str("mode"),
      MODE_CHOICES.map((m) => ({ label: m.label, value: m.mode })),
      "In person or remote",
      remarks,
    ) ?? "either";
  const backup = readChoiceAnswer(
    str("backup"),
    (Object.entries(BACKUP_CHOICES) as Array<[BackupAnswer, string]>).map(([value, label]) => ({
      label,
      value,
    })),
    "Backup",
    remarks,
  );
  const answers: OfferAnswers = {
    name,
    email,
    phone: cut(oneLine(str("phone")), TEXT_LIMITS.short, "Their phone number", remarks),
    relationship: cut(
      oneLine(str("relationship")),
      TEXT_LIMITS.short,
      "Their relationship",
      remarks,
    ),
    area: cut(oneLine(str("area")), TEXT_LIMITS.short, "Where they live", remarks),
    notes: cut(paragraph(str("notes")), TEXT_LIMITS.notes, "Their notes", remarks),
    types,
    free,
    from: readDateAnswer(str("from"), "From", remarks),
    until: readDateAnswer(str("until"), "Until", remarks),
    weeks: readNumberAnswer(str("weeks"), "Weeks", 1, MAX_WEEKS, remarks),
    mode,
    maxTasks: readNumberAnswer(str("maxTasks"), "Tasks", 1, 20, remarks),
    maxVisits: readNumberAnswer(str("maxVisits"), "Times a week", 1, MAX_VISITS, remarks),
    backup,
    remarks,
  };
  return { ok: true, answers };
}
