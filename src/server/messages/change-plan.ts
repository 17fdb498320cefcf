import { dayWords } from "../../core/messages/change";
import {
  CHANGE_REQUESTS,
  changeKind,
  matchDates,
  tickedDates,
} from "../../core/messages/change-request";
import { isCovered, rowsOf, type RosterEntry } from "../../core/messages/roster";
import { instantAt } from "../../core/messages/zone";
import type { IsoDate, Need, Person, Role } from "../../core/model";
import { nameKey } from "../../core/problem";
import { type ChangeRow } from "../../sheets/changes-sheet";
import { type MessageSession } from "./session";

// What each Changes row asks for, turned into a plan of sheet edits, questions and alerts
// (nothing is written here): see reassess.ts for the whole loop.

export interface Addition {
  need: Need;
  person: string;
  role: Role;
  date: IsoDate;
  status: "declined" | "planned";
  /** A backup who stepped in: a later plan keeps them, even one who is backup-only. */
  pinned?: boolean;
}

export interface Pending {
  row: ChangeRow;
  outcome: string[];
  /** Dates this row left for the planner: checked after the plan, for the one alert. */
  watch: { need: Need; date: IsoDate; because: string }[];
}

export function stepInAutomatically(session: MessageSession): boolean {
  return session.map.settings.stepIn === "automatically";
}

export function helperDates(session: MessageSession, person: Person, role?: Role): IsoDate[] {
  return [
    ...new Set(
      rowsOf(session.roster, person)
        .filter((r) => role === undefined || r.assignment.role === role)
        .flatMap((r) => r.dates)
        .filter((d) => d >= session.today),
    ),
  ].sort();
}

export function entryFor(
  session: MessageSession,
  need: Need,
  date: IsoDate,
): RosterEntry | undefined {
  return session.roster.entries.find(
    (e) => e.date === date && nameKey(e.need.name) === nameKey(need.name),
  );
}

export function taskName(need: Need): string {
  return need.name.trim();
}

/** What the helper holds on a date, by need and role. */
export function heldOn(session: MessageSession, person: Person, date: IsoDate) {
  return rowsOf(session.roster, person)
    .filter((r) => r.dates.includes(date))
    .map((r) => ({ need: r.need, role: r.assignment.role }));
}

/** Whether an earlier row of this run already declined this visit for this person. */
function declinedAlready(plan: Plan, person: Person, need: Need, date: IsoDate): boolean {
  return plan.additions.some(
    (a) =>
      a.status === "declined" &&
      a.date === date &&
      a.need === need &&
      nameKey(a.person) === nameKey(person.name),
  );
}

/** Those of `held` whose need the Dates text names; all of them when it names none. */
export function namedIn<T extends { need: Need }>(text: string, held: T[]): T[] {
  const named = held.filter((h) => text.toLowerCase().includes(taskName(h.need).toLowerCase()));
  return named.length ? named : held;
}

export interface Plan {
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
export const ASKS_KEY = "sm.change.asks";
export interface OpenAsk {
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

export function readAsks(session: MessageSession): OpenAsk[] {
  try {
    const v = JSON.parse(session.props.getProperty(ASKS_KEY) ?? "[]") as unknown;
    return Array.isArray(v) ? (v as OpenAsk[]) : [];
  } catch {
    return [];
  }
}

/** Asks answered (covered) are dropped; those out of time go to the planner. */
export function reviewAsks(session: MessageSession, plan: Plan): OpenAsk[] {
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

export function handle(session: MessageSession, p: Pending, plan: Plan, auto: boolean): void {
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
    const { ticked, typed } = tickedDates(row.dates);
    const { dates } = matchDates(typed, own);
    const from =
      [...dates, ...ticked.map((t) => t.date).filter((d) => d >= session.today)].sort()[0] ??
      session.today;
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
    // The question's link names the need: only that one, when it does.
    const backups = (date: IsoDate) =>
      namedIn(
        row.dates,
        heldOn(session, person, date).filter((h) => h.role === "backup"),
      );
    for (const date of dates)
      for (const held of backups(date)) {
        const entry = entryFor(session, held.need, date);
        if (entry && isCovered(entry)) {
          p.outcome.push(`${taskName(held.need)} on ${dayWords(date)} was already covered.`);
          continue;
        }
        plan.additions.push(
          { need: held.need, person: person.name, role: "backup", date, status: "declined" },
          {
            need: held.need,
            person: person.name,
            role: "primary",
            date,
            status: "planned",
            pinned: true,
          },
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
    // "2027-03-09 (Dinner)", as the panel writes it, marks that need's visit only.
    for (const date of dates)
      for (const held of namedIn(
        row.dates,
        heldOn(session, person, date).filter((h) => h.role === "primary"),
      )) {
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
  const { ticked, typed } = tickedDates(row.dates);
  const { dates, unmatched } = matchDates(typed, own);
  if (unmatched.length)
    p.outcome.push(`Not a date of ${person.name}'s: ${unmatched.map((u) => `"${u}"`).join(", ")}.`);
  // A ticked date stands for one need on one date: only that one is declined.
  const chosen: { date: IsoDate; need?: string }[] = dates.map((date) => ({ date }));
  for (const t of ticked) {
    const holds = heldOn(session, person, t.date).some(
      (h) => nameKey(h.need.name) === nameKey(t.need),
    );
    if (holds) chosen.push(t);
    else
      p.outcome.push(
        `${t.need} on ${dayWords(t.date)} is no longer ${person.name}'s (the plan changed since the form listed it): nothing to decline there.`,
      );
  }
  if (!chosen.length) {
    p.outcome.push("No date was changed.");
    return;
  }
  for (const { date, need } of chosen) {
    const heldThatDay = heldOn(session, person, date);
    for (const held of heldThatDay.filter(
      (h) => need === undefined || nameKey(h.need.name) === nameKey(need),
    )) {
      // The same answer sent twice (Submit pressed again) reaches one run as two rows: the
      // first declines the date and asks the backup; the second has nothing left to do.
      if (declinedAlready(plan, person, held.need, date)) {
        p.outcome.push(
          `${taskName(held.need)} on ${dayWords(date)}: already declined for ${person.name} by an earlier answer.`,
        );
        continue;
      }
      // Can't make the date means in either seat: a re-plan must not make them its backup.
      for (const role of ["primary", "backup"] as const)
        if (role === held.role || !heldThatDay.some((h) => h.role === role))
          plan.additions.push({
            need: held.need,
            person: person.name,
            role,
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
          {
            need: held.need,
            person: backup.name,
            role: "primary",
            date,
            status: "planned",
            pinned: true,
          },
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
  }
  if (kind === "swap")
    p.outcome.push(`${person.name} would like to swap${row.note ? `: "${row.note}"` : ""}.`);
}
