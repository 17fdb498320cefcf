import {
  briefEvents,
  briefFingerprint,
  helperBrief,
  helperTasks,
  type BriefInput,
} from "../../core/messages/brief";
import {
  calendarUpdate,
  type CalendarUpdate,
  type SentEvent,
} from "../../core/messages/calendar-update";
import type { Outcome, Outgoing } from "./mail-run";
import { changeMessage } from "../../core/messages/change";
import { fingerprint } from "../../core/messages/hash";
import type { IsoDate, Person } from "../../core/model";
import { nameKey } from "../../core/problem";
import { looksLikeEmail } from "../../sheets/cells";
import { changeLinkFor } from "../forms/change-form";
import { LAST_KEY, readQueue } from "./brief-queue";
import { needInstructions } from "./instructions";
import { sentCalendars, type MessageSession } from "./session";

// After any re-plan (the coordinator's, or one a helper's change caused), only the helpers whose
// own tasks changed hear about it, and only about the change: the calendar record says what
// each was last sent, and a helper whose events are all as sent gets nothing. Someone briefed
// for the first time gets a whole brief. The hourly run sends these by itself once the first
// briefs went out; "Tell helpers what changed" sends the very same messages (same ids, so the
// ledger never lets both go) at once.

/** May hear about their own tasks: never someone marked do not involve. */
export function mayTell(person: Person): boolean {
  return person.status.kind !== "do not involve" && looksLikeEmail(person.email.trim());
}

/**
 * A helper's events now against `record`, what they were last sent: undefined when there is
 * nothing to tell (no record and no tasks, or every event as sent); `whole` when they were never
 * sent anything, so they get a whole brief. Pure, so the panel counts with it what the sending
 * code sends.
 */
export function updateFor(
  base: BriefInput,
  record: readonly SentEvent[] | undefined,
  today: IsoDate,
): { update: CalendarUpdate; whole: boolean } | undefined {
  if (!record && base.tasks.length === 0) return undefined;
  const update = calendarUpdate(record ?? [], briefEvents(base), today);
  if (record && !update.changed.length && !update.cancelled.length) return undefined;
  return { update, whole: !record };
}

export interface ComposedChange {
  out: Outgoing;
  /** What the helper will then have been sent. */
  record: SentEvent[];
  /** A whole brief (never briefed), not a "what changed". */
  whole: boolean;
}

/** Whether a helper has something to hear now, without making their link or the message. */
export function changeIsDue(session: MessageSession, person: Person): boolean {
  return !!pending(session, person).found;
}

function pending(session: MessageSession, person: Person) {
  const { map, roster, today } = session;
  const record = sentCalendars(session).get(nameKey(person.name));
  const base = {
    person,
    tasks: helperTasks(roster, person, today),
    settings: map.settings,
    stamp: session.at,
    mapId: session.read.spreadsheet.getId(),
    instructions: needInstructions(session),
  };
  return { base, found: updateFor(base, record, today) };
}

/**
 * What this helper hears after a re-plan: only what changed, or a whole brief when they were
 * never sent one; undefined when their events are all as last sent. The panel's preview builds
 * it the same way.
 */
export function composeChange(session: MessageSession, person: Person): ComposedChange | undefined {
  const { base, found } = pending(session, person);
  if (!found) return undefined;
  const { update, whole } = found;
  const changeLink = changeLinkFor(session, person);
  const message = whole
    ? helperBrief({ ...base, events: update.all, cancelled: update.cancelled, changeLink })
    : changeMessage({ ...base, update, changeLink });
  const what = [...update.changed, ...update.cancelled].map((e) => `${e.uid}:${e.sequence}`);
  return {
    out: {
      id: `${whole ? "brief:new" : "change"}:${nameKey(person.name)}:${fingerprint(JSON.stringify(what))}`,
      to: person.email,
      toName: person.name,
      message,
      replyTo: session.map.settings.coordinatorEmail,
    },
    record: update.record,
    whole,
  };
}

/**
 * Sends one composed change and, once it has gone (now or by an earlier run), keeps the record:
 * their calendar, their Briefed stamps, and their brief fingerprint in `last`.
 */
export function sendChange(
  session: MessageSession,
  person: Person,
  change: ComposedChange,
  last: Record<string, string>,
): Outcome {
  const outcome = session.run.send(change.out);
  if (outcome !== "sent" && outcome !== "already sent") return outcome;
  const key = nameKey(person.name);
  sentCalendars(session).set(key, change.record);
  session.calendarsChanged = true;
  session.briefed.add(key);
  last[LAST_KEY + key] = briefFingerprint(session.roster, person);
  return outcome;
}

export function sendChangeMessages(session: MessageSession): number {
  if (sentCalendars(session).size === 0) return 0;
  let sent = 0;
  const last: Record<string, string> = {};
  // A brief the quota held back is the queue's to send: never a second, different one.
  const queued = new Set(readQueue(session));
  for (const person of session.map.people.filter(mayTell)) {
    if (queued.has(nameKey(person.name))) continue;
    const change = composeChange(session, person);
    if (change && sendChange(session, person, change, last) === "sent") sent += 1;
  }
  if (Object.keys(last).length) session.props.setProperties(last);
  return sent;
}
