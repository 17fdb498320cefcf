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
import type { PropertiesApi } from "../../gas/gas";
import { closeSession, openSession, sentCalendars, type MessageSession } from "./session";
import { BRIEFS_CHANGED } from "../../shared/send-questions";
import { askedYes } from "../platform/ask";
import { withDocumentLock } from "../platform/lock";
import { answer } from "../platform/rpc";
import { services } from "../platform/services";

// Helper briefs: to everyone, or only to helpers whose tasks changed since their last brief.
//
// A brief's id is "brief:<round>:<person>:<fingerprint of their tasks>". "Send to everyone"
// starts a new round, so everyone gets this round's brief once; "only changed" stays in the
// round, so a helper whose tasks are as last briefed is skipped. Whoever the quota left out is
// kept in a queue that the next send, or the hourly dispatcher, finishes first.

const ROUND_KEY = "sm.briefs.round";
const QUEUE_KEY = "sm.briefs.queue";
export const LAST_KEY = "sm.briefs.last.";

export type { SendBriefsResult };

/** Helpers (name keys) whose brief the quota held back: the queue sends those. */
export function readQueue(session: MessageSession): string[] {
  const raw = session.props.getProperty(QUEUE_KEY);
  if (!raw) return [];
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function mayBrief(person: Person): boolean {
  return person.status.kind !== "do not involve" && person.status.kind !== "dropped";
}

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
 * For the panel: how many helpers "only changed" would brief now (those with an email to send
 * it to), from the map it has read. One read of the document properties.
 */
export function briefsOutOfDate(map: SupportMap, today: IsoDate, props: PropertiesApi): number {
  const stored = props.getProperties();
  const last = (key: string) => stored[LAST_KEY + key];
  return outOfDate(map, buildRoster(map), today, last).filter((p) => looksLikeEmail(p.email.trim()))
    .length;
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
  const targets = new Set(queued);
  if (mode === "everyone" && queued.length === 0) {
    round += 1;
    props.setProperty(ROUND_KEY, String(round));
  }
  const withTasks = map.people.filter(
    (p) => mayBrief(p) && helperTasks(roster, p, today).length > 0,
  );
  if (mode === "everyone" && queued.length === 0)
    for (const p of withTasks) targets.add(nameKey(p.name));
  if (mode === "changed") for (const key of changedPeople(session)) targets.add(key);

  // Saved before sending: if this run dies, the next send or dispatcher run finishes the same
  // round instead of starting again.
  if (targets.size && mode !== "queue") props.setProperty(QUEUE_KEY, JSON.stringify([...targets]));
  const errors: string[] = [];
  const remaining: string[] = [];
  const last: Record<string, string> = {};
  const sentTo = new Set<string>();
  for (const person of map.people) {
    const key = nameKey(person.name);
    if (!targets.has(key) || !mayBrief(person)) continue;
    targets.delete(key);
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
  if (remaining.length) {
    props.setProperty(QUEUE_KEY, JSON.stringify(remaining));
    // The dispatcher logs everything it holds back in one line of its own.
    if (!session.recordWaiting)
      session.notes.push(
        `Daily email quota used up: ${remaining.length} brief${remaining.length === 1 ? "" : "s"} wait for the next run.`,
      );
  } else if (props.getProperty(QUEUE_KEY) !== null) props.deleteProperty(QUEUE_KEY);

  const skipped = withTasks.filter(
    (p) => !sentTo.has(nameKey(p.name)) && !remaining.includes(nameKey(p.name)),
  ).length;
  return result(sentTo.size, skipped, remaining.length, [...errors, ...session.run.errors]);
}

function result(sent: number, skipped: number, remaining: number, errors: string[]) {
  const parts = [`${sent} brief${sent === 1 ? "" : "s"} sent`];
  if (skipped) parts.push(`${skipped} helper${skipped === 1 ? "" : "s"} needed none`);
  if (remaining)
    parts.push(
      `${remaining} wait for more email quota (the hourly run, or your next send, finishes them)`,
    );
  if (errors.length) parts.push(`${errors.length} could not be sent`);
  return { sent, skipped, remaining, errors, text: `${parts.join(", ")}.` };
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
      if (quiet) return result(0, 0, 0, [quiet]);
      try {
        return briefHelpers(session, onlyChanged ? "changed" : "everyone");
      } finally {
        closeSession(session);
      }
    }),
  );
}

export function menuSendChangedBriefs(): void {
  if (!askedYes(BRIEFS_CHANGED)) return;
  const r = sendBriefs({ onlyChanged: true });
  const ui = services().spreadsheetApp.getUi();
  ui.alert("Briefs", [r.text, ...r.errors].join("\n\n"), ui.ButtonSet.OK);
}
