import { isIsoDate, longDate } from "../dates";
import type { IsoDate } from "../model";

// What a helper says through the "Can't make it, or need to swap?" form, and how the dates
// they typed are matched to their own upcoming dates: only those count, so a typo can never
// decline someone else's visit.

export const CHANGE_CHOICES = {
  confirm: "Got it, I'm in",
  cant: "I can't make a date",
  swap: "I'd like to swap a date",
  stop: "I need to stop helping",
  stepIn: "Yes, I can step in",
} as const;

/** What the coordinator writes on Changes after a visit's date: one place for follow-through. */
export const FOLLOW_THROUGH = {
  missed: "Visit missed",
  done: "Visit done",
} as const;

export type ChangeKind = keyof typeof CHANGE_CHOICES | keyof typeof FOLLOW_THROUGH;

const ALL: Record<ChangeKind, string> = { ...CHANGE_CHOICES, ...FOLLOW_THROUGH };

export function changeKind(answer: string): ChangeKind | undefined {
  const a = answer.trim().toLowerCase();
  return (Object.keys(ALL) as ChangeKind[]).find((k) => ALL[k].toLowerCase() === a);
}

export const CHANGE_REQUESTS: readonly string[] = Object.values(ALL);

/**
 * The helper's own dates that the text names, as 2027-03-09 or as a brief writes them
 * ("9 March"); and the words that named none of them, for the coordinator.
 */
export function matchDates(
  text: string,
  own: readonly IsoDate[],
): { dates: IsoDate[]; unmatched: string[] } {
  const dates = new Set<IsoDate>();
  const unmatched: string[] = [];
  for (const raw of text.split(/[,;\n]|\band\b/)) {
    const part = raw.trim();
    if (!part) continue;
    const hits = own.filter((d) => namesDate(part, d));
    if (hits.length) for (const d of hits) dates.add(d);
    else unmatched.push(part);
  }
  return { dates: [...dates].sort(), unmatched };
}

function namesDate(text: string, date: IsoDate): boolean {
  const t = text.toLowerCase();
  if (t.includes(date)) return true;
  const iso = /\d{4}-\d{2}-\d{2}/.exec(t);
  if (iso && isIsoDate(iso[0])) return false;
  const [day, month] = longDate(date).toLowerCase().split(" ");
  const m = new RegExp(`\\b${day}(st|nd|rd|th)?\\s+(of\\s+)?(${month}|${month.slice(0, 3)})\\b`);
  const n = new RegExp(`\\b(${month}|${month.slice(0, 3)})\\s+${day}(st|nd|rd|th)?\\b`);
  return m.test(t) || n.test(t);
}

/**
 * Dates ticked in the form, as Changes writes them, one a line: "2027-03-17 (Ride to
 * appointment)". The other lines are what was typed (a form made before dates could be ticked,
 * a row written by hand, a choice that no longer resolves), read by matchDates.
 */
export function tickedDates(text: string): {
  ticked: { date: IsoDate; need: string }[];
  typed: string;
} {
  const ticked: { date: IsoDate; need: string }[] = [];
  const typed: string[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s*(\d{4}-\d{2}-\d{2}) \((.+)\)\s*$/.exec(line);
    if (m && isIsoDate(m[1])) ticked.push({ date: m[1], need: m[2] });
    else typed.push(line);
  }
  return { ticked, typed: typed.join("\n") };
}
