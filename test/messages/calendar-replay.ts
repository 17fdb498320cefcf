import ICAL from "ical.js";
import { buildRoster, rowsOf } from "../../src/core/messages/roster";
import type { SupportMap } from "../../src/core/model";
import type { SentMail } from "../../src/fakes";
import { wallClock } from "./message-env";

// A helper's calendar as a real calendar would end up: every .ics they received, applied in the
// order received, read with ical.js. An event is added or replaced when its SEQUENCE is not
// lower than the one held, and removed by a METHOD:CANCEL file or STATUS:CANCELLED.

export interface HeldEvent {
  sequence: number;
  summary: string;
  /** The local date it starts on. */
  date: string;
}

export function replayCalendars(
  mail: readonly SentMail[],
  timeZone = "America/New_York",
): Map<string, Map<string, HeldEvent>> {
  const out = new Map<string, Map<string, HeldEvent>>();
  const tombstones = new Map<string, number>();
  for (const m of mail) {
    for (const a of m.attachments.filter((x) => x.name.endsWith(".ics"))) {
      const calendar = new ICAL.Component(ICAL.parse(a.text));
      const method = String(calendar.getFirstPropertyValue("method") ?? "PUBLISH");
      const held = out.get(m.to) ?? new Map<string, HeldEvent>();
      out.set(m.to, held);
      for (const v of calendar.getAllSubcomponents("vevent")) {
        const e = new ICAL.Event(v);
        const sequence = e.sequence ?? 0;
        const key = `${m.to}|${e.uid}`;
        const known = held.get(e.uid)?.sequence ?? tombstones.get(key) ?? -1;
        if (sequence < known) continue;
        const cancelled =
          method === "CANCEL" || String(v.getFirstPropertyValue("status")) === "CANCELLED";
        if (cancelled) {
          held.delete(e.uid);
          tombstones.set(key, sequence);
          continue;
        }
        const date = e.startDate.isDate
          ? e.startDate.toString().slice(0, 10)
          : wallClock(e.startDate.toJSDate(), timeZone).slice(0, 10);
        held.set(e.uid, { sequence, summary: e.summary, date });
      }
    }
  }
  return out;
}

/** "Dog walk|2027-03-09" for a task, "Backup: Dog walk|2027-03-09" for a backup role. */
export function heldKeys(events: Map<string, HeldEvent> | undefined, from = ""): string[] {
  return [...(events?.values() ?? [])]
    .filter((e) => e.date >= from)
    .map((e) => {
      const backup = e.summary.startsWith("Backup, only if asked: ");
      const need = e.summary
        .replace(/^Backup, only if asked: /, "")
        .replace(/ \(helping .*\)$/, "");
      return `${backup ? "Backup: " : ""}${need}|${e.date}`;
    })
    .sort();
}

/** The same keys from the Assignments sheet as it stands (declined rows and paused dates out). */
export function assignedKeys(map: SupportMap, email: string, from = ""): string[] {
  const person = map.people.find((p) => p.email === email);
  if (!person) return [];
  const roster = buildRoster(map);
  return [
    ...new Set(
      rowsOf(roster, person).flatMap(({ assignment, need, dates }) =>
        dates
          .filter((d) => d >= from)
          .map((d) => `${assignment.role === "backup" ? "Backup: " : ""}${need.name.trim()}|${d}`),
      ),
    ),
  ].sort();
}
