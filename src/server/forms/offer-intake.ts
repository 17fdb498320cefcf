import { addDays, maxDate } from "../../core/dates";
import { freeWindows } from "../../core/free-times";
import type { IsoDate } from "../../core/model";
import { nameKey } from "../../core/problem";
import { cellText, isDate, isoDateIn, midnightIn } from "../../sheets/cells";
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
import { emailKey } from "../../core/text-key";
import {
  questionTitle,
  readOfferAnswers,
  TEXT_LIMITS,
  type OfferAnswers,
  type RawResponse,
} from "./offer-answers";
import { OFFER_QUESTION_KEYS } from "./offer-questions";
import { readPersonStatus } from "../../sheets/schemas";
import { type SheetChange, SheetTable } from "../../sheets/sheet-table";

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
  | { responseId: string; kind: "issue"; reason: string }
  /** A newer response from the same person is the one that counts. */
  | { responseId: string; kind: "replaced"; by: string };

export interface IntakeResult {
  people: SheetChange;
  offers: SheetChange;
  issues: SheetChange;
  outcomes: IntakeOutcome[];
}

interface Tables {
  people: SheetTable<PersonKey>;
  offers: SheetTable<OfferIntakeKey>;
  issues: SheetTable<IssueKey>;
  tz: string;
  settings: IntakeSettings;
}

/**
 * Applies the newest response of each person, whatever order the responses come in: a person's
 * older responses are replaced by it, not applied. Responses are one person's when they share a
 * name or an email, compared as textKey and emailKey do. With `only`, just the people who sent
 * those responses are looked at (a trigger, handed the newer responses too).
 */
export function intakeResponses(
  sheets: IntakeSheets,
  responses: readonly RawResponse[],
  settings: IntakeSettings,
  only?: ReadonlySet<string>,
): IntakeResult {
  const t: Tables = {
    people: new SheetTable(sheets.people, PEOPLE_COLUMNS),
    offers: new SheetTable(sheets.offers, OFFER_INTAKE_COLUMNS),
    issues: issuesTable(sheets.issues),
    tz: settings.timeZone,
    settings,
  };
  const outcomes: IntakeOutcome[] = [];
  for (const group of byPerson(responses)) {
    if (only && !group.some((r) => only.has(r.id))) continue;
    const newest = group[group.length - 1];
    for (const older of group.slice(0, -1)) {
      if (older.id === newest.id) continue;
      dropIssue(t.issues, older.id, t.tz, "Replaced by a newer response from the same person.");
      outcomes.push({ responseId: older.id, kind: "replaced", by: newest.id });
    }
    outcomes.push(applyResponse(t, newest));
    dropOlderIssues(t, newest);
  }
  return {
    people: t.people.change(),
    offers: t.offers.change(),
    issues: t.issues.change(),
    outcomes,
  };
}

/** How a response is known to be one person's: its name and its email, as the issue shows them. */
function personKeys(raw: RawResponse): string[] {
  const name = nameKey(said(raw.answers.name, TEXT_LIMITS.name));
  const email = emailKey(said(raw.answers.email, 254));
  return [name && `n:${name}`, email && `e:${email}`].filter(Boolean);
}

/**
 * The person's older responses waiting on Intake issues are replaced by this one, whether they
 * come in this run (Sync offers) or came before it (a trigger), so both end alike.
 */
function dropOlderIssues(t: Tables, raw: RawResponse): void {
  const keys = new Set(personKeys(raw));
  const at = Date.parse(raw.submitted);
  for (const row of [...t.issues.rows]) {
    const id = t.issues.text(row, "responseId", t.tz);
    if (!id || id === raw.id) continue;
    const received = t.issues.get(row, "received");
    if (!isDate(received) || received.getTime() > at) continue;
    const theirs = [
      `n:${nameKey(t.issues.text(row, "name", t.tz))}`,
      `e:${emailKey(t.issues.text(row, "email", t.tz))}`,
    ];
    if (theirs.some((k) => keys.has(k)))
      dropIssue(t.issues, id, t.tz, "Replaced by a newer response from the same person.");
  }
}

const submittedOrder = (a: RawResponse, b: RawResponse) =>
  a.submitted < b.submitted ? -1 : a.submitted > b.submitted ? 1 : 0;

/** Responses grouped by person (a shared name or email), each group oldest first. */
function byPerson(responses: readonly RawResponse[]): RawResponse[][] {
  // A response handed over twice counts once, as its latest version.
  const latest = new Map<string, RawResponse>();
  for (const r of responses) {
    const seen = latest.get(r.id);
    if (!seen || submittedOrder(seen, r) <= 0) latest.set(r.id, r);
  }
  const sorted = [...latest.values()].sort(submittedOrder);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  sorted.forEach((r, i) => {
    for (const k of personKeys(r)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, RawResponse[]>();
  sorted.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  // In the order of each group's newest response, so that the sheets fill in as they came.
  return [...groups.values()].sort((a, b) => submittedOrder(a[a.length - 1], b[b.length - 1]));
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

/** An answer as the Intake issues row shows it: one line, cut to size. */
function said(value: unknown, max: number): string {
  return typeof value === "string"
    ? Array.from(value.replace(/\s+/g, " ").trim()).slice(0, max).join("")
    : "";
}

function refuse(t: Tables, raw: RawResponse, reason: string): IntakeOutcome {
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
  const byEmail = people.rows.find(
    (r) => emailKey(people.text(r, "email", tz)) === emailKey(a.email),
  );
  const earlier = offers.rows.find((r) => offers.text(r, "responseId", tz) === raw.id);
  const earlierName = earlier ? nameKey(offers.text(earlier, "person", tz)) : undefined;
  const byResponse = earlierName
    ? people.rows.find((r) => nameKey(people.text(r, "name", tz)) === earlierName)
    : undefined;
  const byName = people.rows.filter((r) => nameKey(people.text(r, "name", tz)) === nameKey(a.name));

  const doNotInvolve = (r: unknown[] | undefined) =>
    r !== undefined &&
    readPersonStatus(people.get(r, "status"), "Status", tz).status.kind === "do not involve";
  // Against someone marked do not involve, spaces do not tell names apart either: "TomasVega"
  // with an invisible joiner looks like Tomas Vega.
  const compact = (name: string) => nameKey(name).replace(/ /g, "");
  const lookAlike = people.rows.filter(
    (r) => doNotInvolve(r) && compact(people.text(r, "name", tz)) === compact(a.name),
  );
  const excluded = [byEmail, byResponse, ...byName, ...lookAlike].find(doNotInvolve);
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
  if (emailKey(people.text(row, "email", tz)) !== emailKey(a.email)) put("email", a.email);
  put("phone", a.phone);
  put("relationship", a.relationship);
  put("area", a.area);
  put("maxTasks", a.maxTasks);
  put("maxVisitsPerWeek", a.maxVisits);
  if (!existing) {
    people.set(row, "status", "active");
    people.add(row);
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
  // Earlier versions wrote the intake's lines behind a visible apostrophe: they are ours too.
  const ours = (l: string) => {
    const t = l.trimStart().replace(/^'+/, "");
    return FORM_LINE.some((p) => t.startsWith(p));
  };
  const kept = lines(old).filter((l) => l.trim() && !ours(l));
  const merged = [...new Set([...lines(fresh).filter((l) => l.trim()), ...kept])].join("\n");
  const chars = Array.from(merged);
  return chars.length <= NOTES_LIMIT ? merged : `${chars.slice(0, NOTES_LIMIT - 1).join("")}…`;
}

/**
 * Replaces the rows of this response (and of this person's older responses) with new ones. A row
 * that stays is changed in place, so rows never move under the coordinator; one no longer offered
 * is taken away; one more is added after the last row.
 */
function replaceOffers(t: Tables, raw: RawResponse, a: OfferAnswers, person: string): number {
  const { offers, tz } = t;
  const key = nameKey(person);
  const isOld = (r: unknown[]) => {
    const id = offers.text(r, "responseId", tz);
    return id !== "" && (id === raw.id || nameKey(offers.text(r, "person", tz)) === key);
  };
  const old = offers.rows.filter(isOld);
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
    const row = match ?? offers.blankRow();
    const notes = mergeNotes(match ? rawText(offers.get(match, "notes")) : "", f.notes);
    offers.set(row, "person", person);
    offers.set(row, "type", f.type);
    offers.set(row, "days", f.days);
    offers.set(row, "time", f.time);
    offers.set(row, "mode", f.mode);
    setDate(t, row, "from", f.from);
    setDate(t, row, "until", f.until);
    offers.set(row, "backupOnly", f.backupOnly ? "yes" : "no");
    offers.set(row, "notes", notes);
    offers.set(row, "responseId", raw.id);
    if (!match) offers.add(row);
    return row;
  });
  // A coordinator's note on an offer they no longer make moves to another of their offers.
  for (const r of unused) {
    const to = fresh.find((f) => same(f, "type", offers.text(r, "type", tz))) ?? fresh[0];
    const note = rawText(offers.get(r, "notes"));
    if (to && note) offers.set(to, "notes", mergeNotes(note, rawText(offers.get(to, "notes"))));
    offers.remove(r);
  }
  return fresh.length;
}

/** A date cell: left as it is when it already holds that day, so a replay writes nothing. */
function setDate(t: Tables, row: unknown[], key: "from" | "until", date: IsoDate | undefined) {
  const { offers, tz } = t;
  const now = offers.get(row, key);
  if (!date) {
    if (offers.text(row, key, tz) !== "" || now === undefined) offers.set(row, key, "");
    return;
  }
  if (isDate(now) && isoDateIn(now, tz) === date) return;
  offers.set(row, key, midnightIn(date, tz));
}

/** A Notes cell as written, line breaks kept (cellText would fold them). */
function rawText(value: unknown): string {
  return typeof value === "string" ? value : cellText(value, "Etc/UTC");
}
