import { briefEvents, briefFingerprint, helperBrief, helperTasks } from "../../core/messages/brief";
import { calendarUpdate, type SentEvent } from "../../core/messages/calendar-update";
import type { Outgoing } from "./mail-run";
import { changeLinkFor } from "../forms/change-form";
import { needInstructions } from "./instructions";
import { quietReason } from "../../core/messages/due";
import { buildRoster, rowsOf, type Roster } from "../../core/messages/roster";
import type { IsoDate, Person, SupportMap } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { SendBriefsResult } from "../../shared/panel-types";
import { looksLikeEmail } from "../../sheets/cells";
import { PEOPLE_SHEET } from "../../sheets/columns";
import { LAST_KEY, mayBrief, readQueue, ROUND_KEY, writeQueue } from "./brief-queue";
import { changeIsDue, composeChange, sendChange } from "./change-messages";
import { closeSession, openSession, sentCalendars, type MessageSession } from "./session";
import { TELL_WHAT_CHANGED } from "../../shared/send-questions";
import { askedYes } from "../platform/ask";
import { withDocumentLock } from "../platform/lock";
import { answer } from "../platform/rpc";
import { services } from "../platform/services";

// Helper briefs, and "Tell helpers what changed".
//
// A brief's id is "brief:<round>:<person>:<fingerprint of their tasks>". "Send briefs to
// everyone" starts a new round, so everyone gets this round's whole brief once. "Tell helpers
// what changed" (mode "changed") sends a helper who was briefed before exactly the "What
// changed for you" the hourly run would send (composeChange: same message, same id, so the
// ledger lets only one go), and a whole brief only to a helper never briefed. Whole briefs the
// quota left out are kept in a queue that the next send, or the hourly run, finishes first; a
// "what changed" that waits needs no queue, since the record it is computed from is unchanged
// until it goes, so the next send or hourly run builds the same message again.

export { LAST_KEY, mayBrief, readQueue };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export type { SendBriefsResult };

/** Who would get a brief whose tasks differ from their last one (or who was never briefed). */
function outOfDate(
  map: SupportMap,
  roster: Roster,
  today: IsoDate,
  lastBrief: (key: string) => string | undefined,
): Person[] {
  return map.people.filter(mayBrief).filter((person) => {
    const last = lastBrief(nameKey(person.name));
    const upcoming = helperTasks(roster, person, today).length > 0;
    const unstamped = rowsOf(roster, person).some((r) => !r.assignment.briefed);
    const fp = briefFingerprint(roster, person);
    return upcoming ? last !== fp || unstamped : last !== undefined && last !== fp;
  });
}

export function changedPeople(session: MessageSession): Set<string> {
  const last = (key: string) => session.props.getProperty(LAST_KEY + key) ?? undefined;
  return new Set(
    outOfDate(session.map, session.roster, session.today, last).map((p) => nameKey(p.name)),
  );
}

/**
 * Whom "Tell helpers what changed" considers: `whole` get a whole brief (the quota's queue
 * first, then helpers never briefed whose tasks are out of date), `told` were briefed before
 * (they have a calendar record) and hear what changed, if anything did. Never anyone marked do
 * not involve. The panel counts with this too.
 */
export function tellTargets(
  people: readonly Person[],
  queued: readonly string[],
  sent: ReadonlySet<string>,
  stale: ReadonlySet<string>,
): { whole: Set<string>; told: Set<string> } {
  const whole = new Set(queued);
  const told = new Set<string>();
  for (const p of people) {
    const key = nameKey(p.name);
    if (whole.has(key) || p.status.kind === "do not involve") continue;
    if (sent.has(key)) told.add(key);
    else if (stale.has(key)) whole.add(key);
  }
  return { whole, told };
}

/** Out-of-date helpers (name keys) from the properties as read once, for the panel. */
export function staleFromProperties(
  map: SupportMap,
  today: IsoDate,
  stored: Record<string, string>,
): Set<string> {
  const last = (key: string) => stored[LAST_KEY + key];
  return new Set(outOfDate(map, buildRoster(map), today, last).map((p) => nameKey(p.name)));
}

/**
 * A helper's whole brief as it goes now: their tasks, their personal link, and a calendar file
 * whose events carry on from what they were last sent. `record` is what they will then have been
 * sent. The panel's preview builds it the same way.
 */
export function composeBrief(
  session: MessageSession,
  person: Person,
  id: string,
): { out: Outgoing; record: SentEvent[] } {
  const { map, roster, today } = session;
  const input = {
    person,
    tasks: helperTasks(roster, person, today),
    settings: map.settings,
    stamp: session.at,
    mapId: session.read.spreadsheet.getId(),
    changeLink: changeLinkFor(session, person),
    instructions: needInstructions(session),
  };
  const calendars = sentCalendars(session);
  const update = calendarUpdate(
    calendars.get(nameKey(person.name)) ?? [],
    briefEvents(input),
    today,
  );
  const message = helperBrief({ ...input, events: update.all, cancelled: update.cancelled });
  return {
    out: {
      id,
      to: person.email,
      toName: person.name,
      message,
      replyTo: map.settings.coordinatorEmail,
    },
    record: update.record,
  };
}

/**
 * Sends the briefs for `mode` within an open session. "queue" only finishes what an earlier
 * run left for the quota (the dispatcher calls it every hour).
 */
export function briefHelpers(
  session: MessageSession,
  mode: "everyone" | "changed" | "queue",
): SendBriefsResult {
  const { props, map, roster, today } = session;
  const queued = readQueue(session);
  let round = Number(props.getProperty(ROUND_KEY) ?? "0") || 0;
  if (mode === "everyone" && queued.length === 0) {
    round += 1;
    props.setProperty(ROUND_KEY, String(round));
  }
  const withTasks = map.people.filter(
    (p) => mayBrief(p) && helperTasks(roster, p, today).length > 0,
  );
  const { whole, told } =
    mode === "changed"
      ? tellTargets(
          map.people,
          queued,
          new Set(sentCalendars(session).keys()),
          changedPeople(session),
        )
      : { whole: new Set(queued), told: new Set<string>() };
  if (mode === "everyone" && queued.length === 0)
    for (const p of withTasks) whole.add(nameKey(p.name));

  // Saved before sending: if this run dies, the next send or dispatcher run finishes the same
  // round instead of starting again. Only whole briefs: a "what changed" is built again from
  // the record, which changes only once it has gone.
  if (whole.size && mode !== "queue") writeQueue(props, [...whole]);
  const errors: string[] = [];
  const remaining: string[] = [];
  const last: Record<string, string> = {};
  const sentTo = new Set<string>();
  const changedFor = new Set<string>();
  const changesWaiting = new Set<string>();
  for (const person of map.people) {
    const key = nameKey(person.name);
    if (told.has(key)) {
      told.delete(key);
      if (!changeIsDue(session, person)) continue;
      if (!looksLikeEmail(person.email.trim())) {
        errors.push(
          `${PEOPLE_SHEET} row ${person.row}: ${person.name} has no usable Email ("${person.email}"), so they were not told what changed.`,
        );
        continue;
      }
      const change = composeChange(session, person);
      if (!change) continue;
      const outcome = sendChange(session, person, change, last);
      if (outcome === "waiting") changesWaiting.add(key);
      if (outcome === "sent") changedFor.add(key);
      continue;
    }
    if (!whole.has(key) || !mayBrief(person)) continue;
    whole.delete(key);
    if (!looksLikeEmail(person.email.trim())) {
      errors.push(
        `${PEOPLE_SHEET} row ${person.row}: ${person.name} has no usable Email ("${person.email}"), so no brief was sent.`,
      );
      continue;
    }
    const fp = briefFingerprint(roster, person);
    const { out, record } = composeBrief(session, person, `brief:${round}:${key}:${fp}`);
    const outcome = session.run.send(out);
    if (outcome === "waiting") remaining.push(key);
    if (outcome === "sent") sentTo.add(key);
    if (outcome === "sent") {
      sentCalendars(session).set(key, record);
      session.calendarsChanged = true;
    }
    if (outcome === "sent" || outcome === "already sent") {
      session.briefed.add(key);
      last[LAST_KEY + key] = fp;
    }
  }
  if (Object.keys(last).length) props.setProperties(last);
  writeQueue(props, remaining);
  if (remaining.length) {
    // The dispatcher logs everything it holds back in one line of its own.
    if (!session.recordWaiting)
      session.notes.push(
        `Daily email quota used up: ${remaining.length} brief${remaining.length === 1 ? "" : "s"} wait for the next run.`,
      );
  }
  if (changesWaiting.size && !session.recordWaiting)
    session.notes.push(
      `Daily email quota used up: ${plural(changesWaiting.size, '"what changed" message')} wait for the next run.`,
    );

  const skipped = withTasks.filter((p) => {
    const key = nameKey(p.name);
    return (
      !sentTo.has(key) &&
      !changedFor.has(key) &&
      !changesWaiting.has(key) &&
      !remaining.includes(key)
    );
  }).length;
  return result({
    briefs: sentTo.size,
    changes: changedFor.size,
    skipped,
    remaining: remaining.length + changesWaiting.size,
    errors: [...errors, ...session.run.errors],
  });
}

function result(r: {
  briefs: number;
  changes: number;
  skipped: number;
  remaining: number;
  errors: string[];
}): SendBriefsResult {
  const { briefs, changes, skipped, remaining, errors } = r;
  const parts = changes
    ? [
        `${plural(changes, "helper")} told what changed`,
        ...(briefs ? [`${plural(briefs, "brief")} sent`] : []),
      ]
    : [`${plural(briefs, "brief")} sent`];
  if (skipped) parts.push(`${plural(skipped, "helper")} needed none`);
  if (remaining)
    parts.push(
      `${remaining} wait for more email quota (the hourly run, or your next send, finishes them)`,
    );
  if (errors.length) parts.push(`${errors.length} could not be sent`);
  return {
    sent: briefs + changes,
    changes,
    skipped,
    remaining,
    errors,
    text: `${parts.join(", ")}.`,
  };
}

/**
 * Called by the sidebar: google.script.run.sendBriefs({ onlyChanged: true }). Its arguments are
 * checked against the contract (src/shared/contract.ts), like every call from the sidebar.
 */
export function sendBriefs(...args: unknown[]): SendBriefsResult {
  return answer("sendBriefs", args, ({ onlyChanged }) =>
    withDocumentLock(() => {
      const session = openSession();
      const quiet = quietReason(session.map.settings, session.today);
      if (quiet)
        return result({ briefs: 0, changes: 0, skipped: 0, remaining: 0, errors: [quiet] });
      try {
        return briefHelpers(session, onlyChanged ? "changed" : "everyone");
      } finally {
        closeSession(session);
      }
    }),
  );
}

export function menuTellWhatChanged(): void {
  if (!askedYes(TELL_WHAT_CHANGED)) return;
  const r = sendBriefs({ onlyChanged: true });
  const ui = services().spreadsheetApp.getUi();
  ui.alert("What changed", [r.text, ...r.errors].join("\n\n"), ui.ButtonSet.OK);
}
