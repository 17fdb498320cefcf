import type { Person } from "../../core/model";
import type { PropertiesApi } from "../../gas/gas";

// What the briefs keep in document properties, read by the briefs, the change messages and the
// panel alike: the round of "Send briefs to everyone", the queue of briefs the quota held back,
// and each helper's last brief fingerprint (set whenever they were sent a brief or told what
// changed, so "has a last fingerprint" means "has been briefed").

export const ROUND_KEY = "sm.briefs.round";
export const QUEUE_KEY = "sm.briefs.queue";
export const LAST_KEY = "sm.briefs.last.";

/** The queue as stored: unreadable text counts as empty, so a bad value never blocks sending. */
export function parseQueue(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Helpers (name keys) whose brief the quota held back: the queue sends those. */
export function readQueue(session: { props: PropertiesApi }): string[] {
  return parseQueue(session.props.getProperty(QUEUE_KEY));
}

export function mayBrief(person: Person): boolean {
  return person.status.kind !== "do not involve" && person.status.kind !== "dropped";
}
