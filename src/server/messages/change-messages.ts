import { briefEvents, briefFingerprint, helperBrief, helperTasks } from "../../core/messages/brief";
import { calendarUpdate, type SentEvent } from "../../core/messages/calendar-update";
import type { Outgoing } from "./mail-run";
import { changeMessage } from "../../core/messages/change";
import { fingerprint } from "../../core/messages/hash";
import type { Person } from "../../core/model";
import { nameKey } from "../../core/problem";
import { looksLikeEmail } from "../../sheets/cells";
import { changeLinkFor } from "../forms/change-form";
import { LAST_KEY, readQueue } from "./briefs";
import { needInstructions } from "./instructions";
import { sentCalendars, type MessageSession } from "./session";

// After any re-plan (the coordinator's, or one a helper's change caused), only the helpers whose
// own tasks changed hear about it, and only about the change: the calendar record says what
// each was last sent, and a helper whose events are all as sent gets nothing. Someone briefed
// for the first time gets a whole brief. Nothing goes out before the first briefs were sent.

/** May hear about their own tasks: never someone marked do not involve. */
export function mayTell(person: Person): boolean {
  return person.status.kind !== "do not involve" && looksLikeEmail(person.email.trim());
}

/**
 * What this helper hears after a re-plan: only what changed, or a whole brief when they were
 * never sent one; undefined when their events are all as last sent. `record` is what they will
 * then have been sent. The panel's preview builds it the same way.
 */
export function composeChange(
  session: MessageSession,
  person: Person,
): { out: Outgoing; record: SentEvent[]; whole: boolean } | undefined {
  const { map, roster, today } = session;
  const key = nameKey(person.name);
  const record = sentCalendars(session).get(key);
  const tasks = helperTasks(roster, person, today);
  if (!record && tasks.length === 0) return undefined;
  const base = {
    person,
    tasks,
    settings: map.settings,
    stamp: session.at,
    mapId: session.read.spreadsheet.getId(),
    instructions: needInstructions(session),
  };
  const update = calendarUpdate(record ?? [], briefEvents(base), today);
  if (record && !update.changed.length && !update.cancelled.length) return undefined;
  const changeLink = changeLinkFor(session, person);
  const message = record
    ? changeMessage({ ...base, update, changeLink })
    : helperBrief({ ...base, events: update.all, cancelled: update.cancelled, changeLink });
  const what = [...update.changed, ...update.cancelled].map((e) => `${e.uid}:${e.sequence}`);
  return {
    out: {
      id: `${record ? "change" : "brief:new"}:${key}:${fingerprint(JSON.stringify(what))}`,
      to: person.email,
      toName: person.name,
      message,
      replyTo: map.settings.coordinatorEmail,
    },
    record: update.record,
    whole: !record,
  };
}

export function sendChangeMessages(session: MessageSession): number {
  const calendars = sentCalendars(session);
  if (calendars.size === 0) return 0;
  const { map, roster } = session;
  let sent = 0;
  const last: Record<string, string> = {};
  // A brief the quota held back is the queue's to send: never a second, different one.
  const queued = new Set(readQueue(session));
  for (const person of map.people.filter(mayTell)) {
    const key = nameKey(person.name);
    if (queued.has(key)) continue;
    const change = composeChange(session, person);
    if (!change) continue;
    const outcome = session.run.send(change.out);
    if (outcome !== "sent" && outcome !== "already sent") continue;
    calendars.set(key, change.record);
    session.calendarsChanged = true;
    session.briefed.add(key);
    last[LAST_KEY + key] = briefFingerprint(roster, person);
    if (outcome === "sent") sent += 1;
  }
  if (Object.keys(last).length) session.props.setProperties(last);
  return sent;
}
