import { addDays, maxDate } from "../../core/dates";
import { freeWindows } from "../../core/free-times";
import type { IsoDate } from "../../core/model";
import { nameKey } from "../../core/problem";
import { cellText, isoDateIn, midnightIn } from "../../sheets/cells";
import {
  type ColumnDef,
  type OfferKey,
  OFFERS_COLUMNS,
  PEOPLE_COLUMNS,
  type PersonKey,
} from "../../sheets/columns";
import {
  answersText,
  dropIssue,
  issuesTable,
  putIssue,
  type IssueKey,
} from "../../sheets/intake-issues";
import {
  emailKey,
  questionTitle,
  readOfferAnswers,
  TEXT_LIMITS,
  type OfferAnswers,
  type RawResponse,
} from "./offer-answers";
import { OFFER_QUESTION_KEYS } from "./offer-questions";
import { readPersonStatus } from "../../sheets/schemas";
import { SheetTable } from "../../sheets/sheet-table";

// Form responses into the map: each response updates its person's People row (matched by email)
// and writes one Offers row per type of help and free window, keyed by the response id in a
// "Response ID" column. Applying a response again gives the same sheets, so Sync offers can replay
// every response; an edited response, or a newer one from the same person, replaces the rows of
// the older one. The coordinator's People Status and Notes stay; an Offers row's Notes keep the
// coordinator's lines when the row is replaced.

export const RESPONSE_ID_HEADER = "Response ID";

export type OfferIntakeKey = OfferKey | "responseId";

export const OFFER_INTAKE_COLUMNS: readonly ColumnDef<OfferIntakeKey>[] = [
  ...OFFERS_COLUMNS,
  {
    key: "responseId",
    header: RESPONSE_ID_HEADER,
    aliases: ["Form response ID"],
    required: false,
    kind: "text",
    note: "Written by the offer form: the response these rows came from. Leave it as it is: when they edit their answers, these rows are replaced.",
    width: 120,
  },
];

/**
 * The lines the intake writes in an offer's Notes start with one of these, and are rewritten
 * whenever the response comes again; every other line is the coordinator's and stays.
 */
export const THEY_WROTE = "They wrote:";
export const FORM_REMARK = "From the form:";
const FORM_LINE = [THEY_WROTE, FORM_REMARK];
/** An Offers Notes cell never grows past this, however often a response is edited. */
const NOTES_LIMIT = 5000;

export interface IntakeSettings {
  timeZone: string;
  /** The map's start date: "for 3 weeks" counts from here when they gave no From. */
  startDate: IsoDate;
}

export interface IntakeSheets {
  people?: unknown[][];
  offers?: unknown[][];
  issues?: unknown[][];
}

export type IntakeOutcome =
  | { responseId: string; kind: "offers"; person: string; rows: number }
  | { responseId: string; kind: "issue"; reason: string };

export interface IntakeResult {
  people: unknown[][];
  offers: unknown[][];
  issues: unknown[][];
  outcomes: IntakeOutcome[];
}

interface Tables {
  people: SheetTable<PersonKey>;
  offers: SheetTable<OfferIntakeKey>;
  issues: SheetTable<IssueKey>;
  tz: string;
  settings: IntakeSettings;
}

/** Applies responses in the order given (oldest first, so that the latest wins). */
export function intakeResponses(
  sheets: IntakeSheets,
  responses: readonly RawResponse[],
  settings: IntakeSettings,
): IntakeResult {
  const t: Tables = {
    people: new SheetTable(sheets.people, PEOPLE_COLUMNS),
    offers: new SheetTable(sheets.offers, OFFER_INTAKE_COLUMNS),
    issues: issuesTable(sheets.issues),
    tz: settings.timeZone,
    settings,
  };
  const outcomes = responses.map((r) => applyResponse(t, r));
  return {
    people: t.people.values(),
    offers: t.offers.values(),
    issues: t.issues.values(),
    outcomes,
  };
}

function applyResponse(t: Tables, raw: RawResponse): IntakeOutcome {
  const read = readOfferAnswers(raw);
  if (!read.ok) return refuse(t, raw, read.reason);
  const a = read.answers;
  const found = findPerson(t, raw, a);
  if (found.kind === "refuse") return refuse(t, raw, found.reason);
  const person = updatePerson(t, found.row, a);
  const rows = replaceOffers(t, raw, a, person);
  dropIssue(t.issues, raw.id, t.tz);
  return { responseId: raw.id, kind: "offers", person, rows };
}

function refuse(t: Tables, raw: RawResponse, reason: string): IntakeOutcome {
  const said = (value: unknown, max: number) =>
    typeof value === "string"
      ? Array.from(value.replace(/\s+/g, " ").trim()).slice(0, max).join("")
      : "";
  putIssue(
    t.issues,
    {
      responseId: raw.id,
      received: new Date(raw.submitted),
      name: said(raw.answers.name, TEXT_LIMITS.name),
      email: said(raw.answers.email, 254),
      reason,
      answers: answersText([
        ...OFFER_QUESTION_KEYS.map((key) => ({
          question: questionTitle(key),
          answer: raw.answers[key],
        })),
        ...raw.extra.map((x) => ({ question: x.title, answer: x.value })),
      ]),
    },
    t.tz,
  );
  return { responseId: raw.id, kind: "issue", reason };
}

// ---- people ---------------------------------------------------------------------------------

type Found = { kind: "person"; row?: unknown[] } | { kind: "refuse"; reason: string };

/**
 * Their People row: the one with their email; else the one this response already wrote offers
 * for (they changed their email); else one with their name and no email yet. Someone marked do
 * not involve, under this email or name, is refused for the coordinator to see, and so is a name
 * already used by someone with another email.
 */
function findPerson(t: Tables, raw: RawResponse, a: OfferAnswers): Found {
  const { people, offers, tz } = t;
  const rowNumber = (row: unknown[]) => people.rows.indexOf(row) + 2;
  const byEmail = people.rows.find((r) => emailKey(people.text(r, "email", tz)) === a.email);
  const earlier = offers.rows.find((r) => offers.text(r, "responseId", tz) === raw.id);
  const earlierName = earlier ? nameKey(offers.text(earlier, "person", tz)) : undefined;
  const byResponse = earlierName
    ? people.rows.find((r) => nameKey(people.text(r, "name", tz)) === earlierName)
    : undefined;
  const byName = people.rows.filter((r) => nameKey(people.text(r, "name", tz)) === nameKey(a.name));

  const excluded = [byEmail, byResponse, ...byName].find(
    (r) =>
      r && readPersonStatus(people.get(r, "status"), "Status", tz).status.kind === "do not involve",
  );
  if (excluded)
    return {
      kind: "refuse",
      reason:
        `People row ${rowNumber(excluded)} (this name or email) is marked do not involve. ` +
        "They are not added as a helper, nothing is sent to them, and only you see this row.",
    };
  const row = byEmail ?? byResponse ?? byName.find((r) => people.text(r, "email", tz) === "");
  if (!row && byName.length > 0)
    return {
      kind: "refuse",
      reason:
        `People row ${rowNumber(byName[0])} already has a ${people.text(byName[0], "name", tz)} ` +
        `with another email. If this is the same person, write ${a.email} on that row and run ` +
        "Sync offers; if not, give one of them a fuller name on People, then Sync offers.",
    };
  return { kind: "person", row };
}

/** Fills in what they answered; blank answers leave the coordinator's cells as they are. */
function updatePerson(t: Tables, existing: unknown[] | undefined, a: OfferAnswers): string {
  const { people, tz } = t;
  const row = existing ?? people.blankRow();
  const put = (key: PersonKey, value: string | number | undefined) => {
    if (value !== undefined && value !== "") people.set(row, key, value);
  };
  const name = people.text(row, "name", tz) || a.name;
  put("name", people.text(row, "name", tz) ? undefined : a.name);
  if (emailKey(people.text(row, "email", tz)) !== a.email) put("email", a.email);
  put("phone", a.phone);
  put("relationship", a.relationship);
  put("area", a.area);
  put("maxTasks", a.maxTasks);
  put("maxVisitsPerWeek", a.maxVisits);
  if (!existing) {
    people.set(row, "status", "active");
    people.rows.splice(people.endOfData(), 0, row);
  }
  return name;
}

// ---- offers ---------------------------------------------------------------------------------

interface OfferFields {
  type: string;
  days: string;
  time: string;
  mode: string;
  from?: IsoDate;
  until?: IsoDate;
  backupOnly: boolean;
  notes: string;
}

function offerFields(t: Tables, raw: RawResponse, a: OfferAnswers): OfferFields[] {
  const remarks = [...a.remarks];
  const submitted = isoDateIn(new Date(raw.submitted), t.tz);
  const from = a.from;
  let until = a.until;
  if (!until && a.weeks !== undefined) {
    const start = from ?? maxDate(t.settings.startDate, submitted);
    until = addDays(start, a.weeks * 7 - 1);
    remarks.push(`For ${a.weeks} week${a.weeks > 1 ? "s" : ""} from ${start}: until ${until}.`);
  } else if (until && a.weeks !== undefined) {
    remarks.push(`They gave both Until and ${a.weeks} weeks; Until is used.`);
  }
  if (from && until && until < from) {
    remarks.push(`Until ${until} is before From ${from}: left out.`);
    until = undefined;
  }
  if (a.backup === "no") remarks.push("They would rather not be a backup.");
  const theirs = a.notes.replace(/\s*\n\s*/g, " / ");
  const notes = [theirs && `${THEY_WROTE} ${theirs}`, ...remarks.map((r) => `${FORM_REMARK} ${r}`)]
    .filter(Boolean)
    .join("\n");
  const windows = freeWindows(a.free);
  return a.types.flatMap((type) =>
    windows.map((w) => ({
      type,
      days: w.daysText,
      time: w.timeText,
      mode: a.mode,
      ...(from && { from }),
      ...(until && { until }),
      backupOnly: a.backup === "only",
      notes,
    })),
  );
}

function lines(text: string): string[] {
  return text.split("\n").map((l) => l.trimEnd());
}

/** The intake's lines as they are now, then the coordinator's lines of the old Notes. */
export function mergeNotes(old: string, fresh: string): string {
  const kept = lines(old).filter((l) => l.trim() && !FORM_LINE.some((p) => l.startsWith(p)));
  const merged = [...new Set([...lines(fresh).filter((l) => l.trim()), ...kept])].join("\n");
  const chars = Array.from(merged);
  return chars.length <= NOTES_LIMIT ? merged : `${chars.slice(0, NOTES_LIMIT - 1).join("")}…`;
}

/** Replaces the rows of this response (and of this person's older responses) with new ones. */
function replaceOffers(t: Tables, raw: RawResponse, a: OfferAnswers, person: string): number {
  const { offers, tz } = t;
  const key = nameKey(person);
  const isOld = (r: unknown[]) => {
    const id = offers.text(r, "responseId", tz);
    return id !== "" && (id === raw.id || nameKey(offers.text(r, "person", tz)) === key);
  };
  const oldAt = offers.rows.flatMap((r, i) => (isOld(r) ? [i] : []));
  const old = oldAt.map((i) => offers.rows[i]);
  const unused = new Set(old);
  const same = (r: unknown[], k: OfferIntakeKey, v: string) =>
    offers.text(r, k, tz).toLowerCase() === v.toLowerCase();

  const fresh = offerFields(t, raw, a).map((f) => {
    const match =
      old.find(
        (r) =>
          unused.has(r) &&
          same(r, "type", f.type) &&
          same(r, "days", f.days) &&
          same(r, "time", f.time),
      ) ?? old.find((r) => unused.has(r) && same(r, "type", f.type));
    if (match) unused.delete(match);
    const row = match ? [...match] : offers.blankRow();
    offers.set(row, "person", person);
    offers.set(row, "type", f.type);
    offers.set(row, "days", f.days);
    offers.set(row, "time", f.time);
    offers.set(row, "mode", f.mode);
    offers.set(row, "from", f.from ? midnightIn(f.from, tz) : "");
    offers.set(row, "until", f.until ? midnightIn(f.until, tz) : "");
    offers.set(row, "backupOnly", f.backupOnly ? "yes" : "no");
    offers.set(row, "notes", mergeNotes(match ? rawText(offers.get(match, "notes")) : "", f.notes));
    offers.set(row, "responseId", raw.id);
    return row;
  });
  // A coordinator's note on an offer they no longer make moves to another of their offers.
  for (const r of unused) {
    const to = fresh.find((f) => same(f, "type", offers.text(r, "type", tz))) ?? fresh[0];
    const note = rawText(offers.get(r, "notes"));
    if (to && note) offers.set(to, "notes", mergeNotes(note, rawText(offers.get(to, "notes"))));
  }

  const at = oldAt.length ? oldAt[0] : offers.endOfData();
  for (let i = oldAt.length - 1; i >= 0; i--) offers.rows.splice(oldAt[i], 1);
  offers.rows.splice(at, 0, ...fresh);
  return fresh.length;
}

/** A Notes cell as written, line breaks kept (cellText would fold them). */
function rawText(value: unknown): string {
  return typeof value === "string" ? value : cellText(value, "Etc/UTC");
}
