import { utf8Bytes } from "../../core/utf8";
import type { Person } from "../../core/model";
import type { PropertiesApi } from "../../gas/gas";

// What the briefs keep in document properties, read by the briefs, the change messages and the
// panel alike: the round of "Send briefs to everyone", the queue of briefs the quota held back,
// and each helper's last brief fingerprint (set whenever they were sent a brief or told what
// changed, so "has a last fingerprint" means "has been briefed").

export const ROUND_KEY = "sm.briefs.round";
export const QUEUE_KEY = "sm.briefs.queue";
export const LAST_KEY = "sm.briefs.last.";

// A property value holds at most 9 KB, and a queue of 1,000 helpers' names is about 25 KB, so a
// long queue is kept in parts: QUEUE_KEY, then QUEUE_KEY#1, #2… (each a JSON array).
// https://developers.google.com/apps-script/guides/services/quotas (Properties value size: 9 KB)
const PART_BYTES = 8000;
const partKey = (i: number) => (i === 0 ? QUEUE_KEY : `${QUEUE_KEY}#${i}`);

function parsePart(raw: string | null | undefined): string[] | undefined {
  if (raw === null || raw === undefined) return undefined;
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The queue as stored, from a lookup of stored values (every part): unreadable text counts as
 * empty, so a bad value never blocks sending.
 */
export function parseQueue(get: (key: string) => string | null | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const part = parsePart(get(partKey(i)));
    if (!part) return out;
    out.push(...part);
  }
}

/** Helpers (name keys) whose brief the quota held back: the queue sends those. */
export function readQueue(session: { props: PropertiesApi }): string[] {
  return parseQueue((k) => session.props.getProperty(k));
}

/** The queue's parts, each under the size a property value may have. */
export function queueParts(keys: readonly string[]): Record<string, string> {
  const parts: string[][] = [[]];
  let bytes = 2;
  for (const key of keys) {
    const size = utf8Bytes(JSON.stringify(key)) + 1;
    if (bytes + size > PART_BYTES && parts[parts.length - 1].length) {
      parts.push([]);
      bytes = 2;
    }
    parts[parts.length - 1].push(key);
    bytes += size;
  }
  return Object.fromEntries(parts.map((p, i) => [partKey(i), JSON.stringify(p)]));
}

/** Stores the queue (or removes it when empty), parts left from a longer queue included. */
export function writeQueue(props: PropertiesApi, keys: readonly string[]): void {
  const parts = keys.length ? queueParts(keys) : {};
  if (keys.length) props.setProperties(parts);
  for (let i = Object.keys(parts).length; props.getProperty(partKey(i)) !== null; i++)
    props.deleteProperty(partKey(i));
}

export function mayBrief(person: Person): boolean {
  return person.status.kind !== "do not involve" && person.status.kind !== "dropped";
}
