import { minDate } from "../dates";
import type { IsoDate, Person, Settings } from "../model";
import { nameKey } from "../problem";
import { coordinatorName, firstName, personSupported } from "./names";
import type { Roster } from "./roster";

// The thank-you each helper gets when the map closes: what they themselves did, counted, and
// nobody else's. It is a draft the coordinator edits on the Thank-yous sheet before sending, so
// it reads as a person's note, not a report. Never a need's Details.

export interface HelperDone {
  person: Person;
  /** Visits as the main helper, per need, in the order the needs first came. */
  visits: { need: string; count: number }[];
  /** Days on standby as a backup. */
  standbyDays: number;
}

/** What each helper did up to `until` (the close date, or the end date if earlier). */
export function helpersDone(roster: Roster, until: IsoDate): HelperDone[] {
  const byKey = new Map<string, HelperDone>();
  const of = (p: Person) => {
    const key = nameKey(p.name);
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = { person: p, visits: [], standbyDays: 0 }));
    return d;
  };
  const standby = new Map<string, Set<IsoDate>>();
  for (const e of roster.entries) {
    if (e.date > until) continue;
    for (const p of e.primaries) {
      const d = of(p);
      const v = d.visits.find((x) => x.need === e.need.name.trim());
      if (v) v.count += 1;
      else d.visits.push({ need: e.need.name.trim(), count: 1 });
    }
    for (const p of e.backups) {
      of(p);
      const days = standby.get(nameKey(p.name)) ?? new Set<IsoDate>();
      days.add(e.date);
      standby.set(nameKey(p.name), days);
    }
  }
  for (const [key, days] of standby) {
    const d = byKey.get(key);
    if (d) d.standbyDays = days.size;
  }
  return [...byKey.values()].filter(
    (d) => d.person.status.kind !== "do not involve" && (d.visits.length || d.standbyDays),
  );
}

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** The draft: their first name, their own visits counted, the person supported thanked through them. */
export function thanksDraft(settings: Settings, done: HelperDone): string {
  const name = firstName(done.person.name) || done.person.name.trim();
  const who = personSupported(settings);
  const lines = done.visits.map((v) => `- ${v.need}: ${times(v.count)}`);
  if (done.standbyDays)
    lines.push(
      `- On standby as a backup on ${done.standbyDays} day${done.standbyDays === 1 ? "" : "s"}`,
    );
  return [
    `Dear ${name},`,
    `${who}'s support network has come to an end, and I want to thank you for your part in it. Here is what you did:`,
    lines.join("\n"),
    "It made a real difference. Thank you for your time and your care.",
    `With gratitude,\n${coordinatorName(settings)}`,
  ].join("\n\n");
}

/** The last day a thank-you counts: the day the map closed, or its end date if that came first. */
export function countedUntil(settings: Settings, today: IsoDate): IsoDate {
  return minDate(today, settings.endDate);
}
