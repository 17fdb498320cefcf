import {
  changeGapMessage,
  dayWords,
  missedVisitDraft,
  stepInMessage,
} from "../../core/messages/change";
import { CHANGE_REQUESTS, changeKind, matchDates } from "../../core/messages/change-request";
import { quietReason } from "../../core/messages/due";
import { isCovered, rowsOf, type RosterEntry } from "../../core/messages/roster";
import { instantAt, localStamp } from "../../core/messages/zone";
import type { IsoDate, Need, Person, Role } from "../../core/model";
import type { Gap, PlannedAssignment } from "../../core/plan-types";
import { nameKey } from "../../core/problem";
import { plannedRows } from "../../core/slots";
import { describeTime } from "../../core/words";
import type { SheetApi } from "../../gas/gas";
import type { FormResponseApi } from "../../gas/gas-forms";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import {
  CHANGES_HEADERS,
  CHANGES_SHEET,
  outcomeColumn,
  readChangeRows,
  type ChangeRow,
} from "../../sheets/changes-sheet";
import {
  ASSIGNMENTS_COLUMNS,
  ASSIGNMENTS_SHEET,
  columnFor,
  PEOPLE_COLUMNS,
  PEOPLE_SHEET,
  SETTINGS_SHEET,
} from "../../sheets/columns";
import { asText } from "../../sheets/write-assignments";
import {
  changeFormConfig,
  helpersByToken,
  openChangeForm,
  stepInLinkFor,
  type ChangeFormConfig,
} from "../forms/change-form";
import { coordinatorAddress } from "../forms/check-in-form";
import { planFromSheets, writePlan } from "../plan/plan";
import { appendRows } from "../platform/append-rows";
import { now } from "../platform/clock";
import { readMapSheets } from "../platform/map-sheets";
import { sendChangeMessages } from "./change-messages";
import { sendReminders } from "./reminders";
import { sendCoordinatorNote } from "./coordinator-note";
import { closeSession, openSession, type MessageSession } from "./session";

// Reassess, once an hour: what helpers said through their "can't make it" link becomes action.
//
// - "I can't make a date" / "I'd like to swap": those dates are declined for that helper (a
//   declined row on Assignments, so every later plan keeps them off it). Their backup that day
//   is asked to step in, or made the main helper at once when the Settings' "Backups step in"
//   says automatically; with no backup the planner looks for someone within everyone's limits;
//   failing that the coordinator gets one alert naming the gap and why.
// - "I need to stop": the helper is paused from that date and the map is planned again.
// - "Yes, I can step in": the backup becomes the main helper for that date.
// Then only the helpers whose own tasks changed hear about it, and only about the change. The
// person supported is never told. Each Changes row gets an Outcome, so a row is handled once.

const SETTING_STEP_IN = "backups step in";

interface Addition {
  need: Need;
  person: string;
  role: Role;
  date: IsoDate;
  status: "declined" | "planned";
}

interface Pending {
  row: ChangeRow;
  outcome: string[];
  /** Dates this row left for the planner: checked after the plan, for the one alert. */
  watch: { need: Need; date: IsoDate; because: string }[];
}

function stepInAutomatically(session: MessageSession): boolean {
  for (const r of session.read.values[SETTINGS_SHEET] ?? []) {
    if (cellText(r[0], DEFAULT_TIME_ZONE).toLowerCase() !== SETTING_STEP_IN) continue;
    return /^auto/i.test(cellText(r[1], DEFAULT_TIME_ZONE));
  }
  return false;
}

function answerText(value: unknown): string {
  if (Array.isArray(value)) return value.map(answerText).join(", ");
  return value === null || value === undefined ? "" : String(value);
}

/** A form answer as a Changes row: the code becomes the helper's name, and stays behind. */
function changeRowOf(
  session: MessageSession,
  config: ChangeFormConfig,
  response: FormResponseApi,
  tokens: Map<string, string>,
): string[] {
  const byItem = new Map<number, string>();
  for (const ir of response.getItemResponses())
    byItem.set(ir.getItem().getId(), answerText(ir.getResponse()).trim());
  const helperKey = tokens.get(byItem.get(config.items.code) ?? "");
  const person = helperKey
    ? session.map.people.find((p) => nameKey(p.name) === helperKey)
    : undefined;
  const tz = session.map.settings.timeZone;
  return [
    localStamp(response.getTimestamp().getTime(), tz),
    person?.name ?? "",
    byItem.get(config.items.what) ?? "",
    byItem.get(config.items.dates) ?? "",
    byItem.get(config.items.note) ?? "",
    person
      ? ""
      : "The link's code matches no helper (it may have been changed by hand), so nothing was done. Ask who sent it.",
    response.getId(),
  ];
}

/** Copies answers not yet on Changes onto it: one read, at most one write. */
export function fileChangeAnswers(session: MessageSession): void {
  const config = changeFormConfig(session, false);
  const form = config && openChangeForm(config);
  if (!config || !form) return;
  const { spreadsheet } = session.read;
  const sheet = spreadsheet.getSheetByName(CHANGES_SHEET);
  const tz = session.map.settings.timeZone;
  const known = new Set(
    readChangeRows(sheet ? sheet.getDataRange().getValues() : [], tz).map((r) => r.responseId),
  );
  const tokens = helpersByToken(session);
  const fresh = form
    .getResponses()
    .filter((r) => !known.has(r.getId()))
    .map((r) => changeRowOf(session, config, r, tokens));
  appendRows(spreadsheet, CHANGES_SHEET, CHANGES_HEADERS, fresh);
}

function helperDates(session: MessageSession, person: Person, role?: Role): IsoDate[] {
  return [
    ...new Set(
      rowsOf(session.roster, person)
        .filter((r) => role === undefined || r.assignment.role === role)
        .flatMap((r) => r.dates)
        .filter((d) => d >= session.today),
    ),
  ].sort();
}

function entryFor(session: MessageSession, need: Need, date: IsoDate): RosterEntry | undefined {
  return session.roster.entries.find(
    (e) => e.date === date && nameKey(e.need.name) === nameKey(need.name),
  );
}

function taskName(need: Need): string {
  return need.name.trim();
}

/** What the helper holds on a date, by need and role. */
function heldOn(session: MessageSession, person: Person, date: IsoDate) {
  return rowsOf(session.roster, person)
    .filter((r) => r.dates.includes(date))
    .map((r) => ({ need: r.need, role: r.assignment.role }));
}

interface Plan {
  additions: Addition[];
  statuses: { person: Person; status: string }[];
  asks: { person: Person; need: Need; date: IsoDate; id: string }[];
  missed: { person: Person; need: Need; date: IsoDate; id: string }[];
  /** Helpers who confirmed their brief: their planned rows become confirmed. */
  confirmed: Person[];
  /** Asks nobody answered in time: the planner tries, then the coordinator hears. */
  expired: { need: Need; date: IsoDate; id: string; because: string }[];
  replan: boolean;
}

/** Backups asked and not answered yet, kept between hourly runs (a few short entries). */
const ASKS_KEY = "sm.change.asks";
interface OpenAsk {
  id: string;
  need: string;
  date: IsoDate;
  backup: string;
  /** When asked, ms. */
  at: number;
}
/** How long a backup has to answer, unless the visit is sooner. */
const ANSWER_WITHIN_MS = 24 * 3600_000;
const ALERT_BEFORE_MS = 48 * 3600_000;

function readAsks(session: MessageSession): OpenAsk[] {
  try {
    const v = JSON.parse(session.props.getProperty(ASKS_KEY) ?? "[]") as unknown;
    return Array.isArray(v) ? (v as OpenAsk[]) : [];
  } catch {
    return [];
  }
}

/** Asks answered (covered) are dropped; those out of time go to the planner. */
function reviewAsks(session: MessageSession, plan: Plan): OpenAsk[] {
  const keep: OpenAsk[] = [];
  for (const ask of readAsks(session)) {
    const need = session.map.needs.find((n) => nameKey(n.name) === nameKey(ask.need));
    const entry = need && entryFor(session, need, ask.date);
    if (!need || !entry || isCovered(entry)) continue;
    const start = instantAt(ask.date, need.time.start, session.map.settings.timeZone);
    if (session.at < Math.min(ask.at + ANSWER_WITHIN_MS, start - ALERT_BEFORE_MS)) {
      keep.push(ask);
      continue;
    }
    plan.replan = true;
    plan.expired.push({
      need,
      date: ask.date,
      id: ask.id,
      because: `the backup (${ask.backup}) was asked and has not said yes.`,
    });
  }
  return keep;
}

function handle(session: MessageSession, p: Pending, plan: Plan, auto: boolean): void {
  const { row } = p;
  const person = session.map.people.find((x) => nameKey(x.name) === nameKey(row.helper));
  if (!person) {
    p.outcome.push(`"${row.helper}" is not on the People sheet, so nothing was done.`);
    return;
  }
  const kind = changeKind(row.request);
  if (!kind) {
    p.outcome.push(
      `Request "${row.request}" is not one of: ${CHANGE_REQUESTS.join("; ")}. Nothing was done.`,
    );
    return;
  }
  if (kind === "confirm") {
    plan.confirmed.push(person);
    p.outcome.push(`${person.name} confirmed their tasks.`);
    return;
  }
  if (kind === "stop") {
    const own = helperDates(session, person);
    const { dates } = matchDates(row.dates, own);
    const from = dates[0] ?? session.today;
    plan.statuses.push({ person, status: `paused from ${from}` });
    plan.replan = true;
    p.outcome.push(`${person.name} paused from ${from}; the plan moved their tasks.`);
    return;
  }
  if (kind === "stepIn") {
    const { dates } = matchDates(row.dates, helperDates(session, person, "backup"));
    if (!dates.length) {
      p.outcome.push(`No backup date of ${person.name}'s matched "${row.dates}": nothing changed.`);
      return;
    }
    const backups = (date: IsoDate) => {
      const held = heldOn(session, person, date).filter((h) => h.role === "backup");
      // The question's link names the need: only that one, when it does.
      const named = held.filter((h) =>
        row.dates.toLowerCase().includes(taskName(h.need).toLowerCase()),
      );
      return named.length ? named : held;
    };
    for (const date of dates)
      for (const held of backups(date)) {
        const entry = entryFor(session, held.need, date);
        if (entry && isCovered(entry)) {
          p.outcome.push(`${taskName(held.need)} on ${dayWords(date)} was already covered.`);
          continue;
        }
        plan.additions.push(
          { need: held.need, person: person.name, role: "backup", date, status: "declined" },
          { need: held.need, person: person.name, role: "primary", date, status: "planned" },
        );
        plan.replan = true;
        p.outcome.push(
          `${person.name} stepped in for ${taskName(held.need)} on ${dayWords(date)}.`,
        );
      }
    return;
  }
  if (kind === "missed" || kind === "done") {
    const past = [
      ...new Set(
        rowsOf(session.roster, person)
          .filter((r) => r.assignment.role === "primary")
          .flatMap((r) => r.dates)
          .filter((d) => d <= session.today),
      ),
    ].sort();
    const { dates } = matchDates(row.dates, past);
    if (!dates.length) {
      p.outcome.push(`No past visit of ${person.name}'s matched "${row.dates}".`);
      return;
    }
    for (const date of dates)
      for (const held of heldOn(session, person, date).filter((h) => h.role === "primary")) {
        const what = `${taskName(held.need)} on ${dayWords(date)}`;
        if (kind === "done") {
          p.outcome.push(`Done: ${what}.`);
          continue;
        }
        plan.missed.push({
          person,
          need: held.need,
          date,
          id: `missed:${row.row}:${nameKey(person.name)}:${date}`,
        });
        p.outcome.push(
          `Missed: ${what}. A kind message for ${person.name} was drafted and emailed to you.`,
        );
      }
    return;
  }
  // can't make it, or a swap: the same first step; a swap's note tells the coordinator the rest.
  const own = helperDates(session, person);
  const { dates, unmatched } = matchDates(row.dates, own);
  if (unmatched.length)
    p.outcome.push(`Not a date of ${person.name}'s: ${unmatched.map((u) => `"${u}"`).join(", ")}.`);
  if (!dates.length) {
    p.outcome.push("No date was changed.");
    return;
  }
  for (const date of dates)
    for (const held of heldOn(session, person, date)) {
      plan.additions.push({
        need: held.need,
        person: person.name,
        role: held.role,
        date,
        status: "declined",
      });
      const what = `${taskName(held.need)} on ${dayWords(date)}`;
      if (held.role === "backup") {
        p.outcome.push(`${person.name} is no longer the backup for ${what}.`);
        plan.replan = true;
        continue;
      }
      const backup = entryFor(session, held.need, date)?.backups.find(
        (b) => nameKey(b.name) !== nameKey(person.name),
      );
      if (backup && auto) {
        plan.additions.push(
          { need: held.need, person: backup.name, role: "backup", date, status: "declined" },
          { need: held.need, person: backup.name, role: "primary", date, status: "planned" },
        );
        plan.replan = true;
        p.watch.push({ need: held.need, date, because: `${person.name} can't make it.` });
        p.outcome.push(`${what}: declined for ${person.name}; ${backup.name} (backup) steps in.`);
      } else if (backup) {
        plan.asks.push({
          person: backup,
          need: held.need,
          date,
          id: `stepin:${row.responseId || row.row}:${nameKey(held.need.name)}:${date}`,
        });
        p.outcome.push(
          `${what}: declined for ${person.name}; ${backup.name} (backup) asked to step in.`,
        );
      } else {
        plan.replan = true;
        p.watch.push({ need: held.need, date, because: `${person.name} can't make it.` });
        p.outcome.push(`${what}: declined for ${person.name}; planned again.`);
      }
    }
  if (kind === "swap")
    p.outcome.push(`${person.name} would like to swap${row.note ? `: "${row.note}"` : ""}.`);
}

/** Appends rows to Assignments under its own headers: one write. */
function appendAssignments(session: MessageSession, additions: Addition[]): void {
  if (!additions.length) return;
  const { settings } = session.map;
  const sheet = session.read.sheets[ASSIGNMENTS_SHEET];
  const values = session.read.values[ASSIGNMENTS_SHEET];
  if (!sheet || !values?.length) return;
  const index = new Map<string, number>();
  values[0].forEach((h, i) => {
    const col = columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  const width = values[0].length;
  const rows: unknown[][] = [];
  for (const a of additions) {
    const planned: PlannedAssignment[] = plannedRows(
      a.need,
      a.need.row,
      settings,
      a.person,
      a.role,
      [a.date],
    );
    for (const r of planned) {
      const row: unknown[] = Array<unknown>(width).fill("");
      const put = (key: string, v: string) => {
        const i = index.get(key);
        if (i !== undefined) row[i] = asText(v);
      };
      put("need", r.need);
      put("person", r.person);
      put("role", r.role);
      put("days", r.daysText);
      put("time", r.timeText);
      put("from", r.from);
      put("until", r.until);
      put("status", a.status);
      put("pinned", "no");
      rows.push(row);
    }
  }
  const start = sheet.getLastRow() + 1;
  const end = start + rows.length - 1;
  if (end > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), end - sheet.getMaxRows());
  sheet.getRange(start, 1, rows.length, width).setValues(rows);
}

/** Their "planned" rows become "confirmed": one write of the Status column. */
function confirmRows(session: MessageSession, people: Person[]): void {
  const sheet = session.read.sheets[ASSIGNMENTS_SHEET];
  const values = session.read.values[ASSIGNMENTS_SHEET];
  if (!people.length || !sheet || !values?.length) return;
  const col = values[0].findIndex(
    (h) => columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === "status",
  );
  if (col < 0) return;
  const who = new Set(people.map((p) => nameKey(p.name)));
  const column = values.slice(1).map((r) => [r[col] ?? ""]);
  for (const a of session.map.assignments)
    if (who.has(nameKey(a.person)) && /^(planned)?$/i.test(a.status.trim()) && column[a.row - 2])
      column[a.row - 2][0] = "confirmed";
  sheet.getRange(2, col + 1, column.length, 1).setValues(column);
  session.read.values[ASSIGNMENTS_SHEET] = [
    values[0],
    ...values.slice(1).map((r, i) => {
      const copy = [...r];
      copy[col] = column[i][0];
      return copy;
    }),
  ];
}

function writeStatuses(session: MessageSession, statuses: Plan["statuses"]): void {
  const sheet = session.read.sheets[PEOPLE_SHEET];
  const values = session.read.values[PEOPLE_SHEET];
  if (!sheet || !values?.length || !statuses.length) return;
  const col = values[0].findIndex(
    (h) => columnFor(PEOPLE_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === "status",
  );
  if (col < 0) return;
  for (const s of statuses) sheet.getRange(s.person.row, col + 1).setValue(s.status);
}

function writeOutcomes(sheet: SheetApi, pending: Pending[]): void {
  if (!pending.length) return;
  const values = sheet.getDataRange().getValues();
  const col = outcomeColumn(values);
  const column = values.slice(1).map((r) => [r[col] ?? ""]);
  for (const p of pending) {
    const cell = column[p.row.row - 2];
    if (cell) cell[0] = asText(p.outcome.join(" ") || "Nothing to do.");
  }
  sheet.getRange(2, col + 1, column.length, 1).setValues(column);
}

function gapReason(gaps: Gap[], need: Need, date: IsoDate): string {
  const gap = gaps.find(
    (g) =>
      g.role === "primary" &&
      nameKey(g.need) === nameKey(need.name) &&
      g.occurrences.includes(date),
  );
  return gap
    ? `${gap.explanation} ${gap.suggestion}`
    : "Nobody else is free then within their limits.";
}

/**
 * The hourly reassessment, under the dispatcher's lock: answers filed, changes acted on, and
 * change messages to whoever's own tasks changed since they were last told.
 */
export function reassess(): void {
  let session = openSession();
  try {
    fileChangeAnswers(session);
    if (quietReason(session.map.settings, session.today)) return;
    const sheet = session.read.spreadsheet.getSheetByName(CHANGES_SHEET);
    const rows = readChangeRows(
      sheet ? sheet.getDataRange().getValues() : [],
      session.map.settings.timeZone,
    );
    const pending: Pending[] = rows
      .filter((r) => r.outcome === "" && r.helper !== "")
      .map((row) => ({ row, outcome: [], watch: [] }));
    const plan: Plan = {
      additions: [],
      statuses: [],
      asks: [],
      missed: [],
      confirmed: [],
      expired: [],
      replan: false,
    };
    const auto = stepInAutomatically(session);
    for (const p of pending) handle(session, p, plan, auto);
    const openAsks = reviewAsks(session, plan);
    confirmRows(session, plan.confirmed);
    appendAssignments(session, plan.additions);
    writeStatuses(session, plan.statuses);
    let gaps: Gap[] = [];
    if (plan.replan) {
      const planned = planFromSheets(readMapSheets(session.read.spreadsheet));
      writePlan(planned, now());
      gaps = planned.result.report.gaps;
    }
    if (plan.additions.length || plan.statuses.length) session = openSession();
    for (const ask of plan.asks) {
      const link = stepInLinkFor(session, ask.person, `${ask.date} (${taskName(ask.need)})`);
      openAsks.push({
        id: ask.id,
        need: ask.need.name,
        date: ask.date,
        backup: ask.person.name,
        at: session.at,
      });
      session.run.send({
        id: ask.id,
        to: ask.person.email,
        toName: ask.person.name,
        message: stepInMessage({
          person: ask.person,
          settings: session.map.settings,
          task: taskName(ask.need),
          date: ask.date,
          time: ask.need.time.kind === "any" ? undefined : describeTime(ask.need.time),
          link,
        }),
        replyTo: session.map.settings.coordinatorEmail,
      });
    }
    const coordinator = coordinatorAddress(session);
    for (const p of pending)
      for (const w of p.watch) {
        const entry = entryFor(session, w.need, w.date);
        if (!entry || isCovered(entry)) continue;
        p.outcome.push(
          `Still nobody for ${taskName(w.need)} on ${dayWords(w.date)}: you were alerted.`,
        );
        if (!coordinator) continue;
        session.run.send({
          id: `changegap:${p.row.responseId || p.row.row}:${nameKey(w.need.name)}:${w.date}`,
          to: coordinator,
          toName: session.map.settings.coordinatorName.trim() || "Coordinator",
          message: changeGapMessage({
            settings: session.map.settings,
            need: taskName(w.need),
            date: w.date,
            because: w.because,
            reason: gapReason(gaps, w.need, w.date),
          }),
        });
      }
    for (const e of plan.expired) {
      const entry = entryFor(session, e.need, e.date);
      if (!entry || isCovered(entry) || !coordinator) continue;
      session.run.send({
        id: `changegap:${e.id}`,
        to: coordinator,
        toName: session.map.settings.coordinatorName.trim() || "Coordinator",
        message: changeGapMessage({
          settings: session.map.settings,
          need: taskName(e.need),
          date: e.date,
          because: e.because,
          reason: gapReason(gaps, e.need, e.date),
        }),
      });
    }
    for (const m of plan.missed) {
      if (!coordinator) continue;
      session.run.send({
        id: m.id,
        to: coordinator,
        toName: session.map.settings.coordinatorName.trim() || "Coordinator",
        message: missedVisitDraft({
          settings: session.map.settings,
          helper: m.person,
          task: taskName(m.need),
          date: m.date,
        }),
      });
    }
    if (openAsks.length || session.props.getProperty(ASKS_KEY) !== null)
      session.props.setProperty(ASKS_KEY, JSON.stringify(openAsks));
    sendChangeMessages(session);
    sendReminders(session);
    sendCoordinatorNote(session);
    if (sheet) writeOutcomes(sheet, pending);
  } finally {
    // The first session only read and filed: closing it too would log the same lines twice.
    closeSession(session);
  }
}
