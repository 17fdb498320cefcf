import { WEEKDAY_NAMES } from "../../core/dates";
import { peopleNamed } from "../../core/messages/check-in-thanks";
import { localTime } from "../../core/messages/zone";
import { mayAsk } from "../../core/eligibility";
import type { IsoDate, Need, Person, SupportMap } from "../../core/model";
import { nameKey } from "../../core/problem";
import { DAYS_HELP } from "../../core/schedule";
import { TIME_HELP } from "../../core/schedule-time";
import type { NewNeedForm } from "../../shared/panel-types";
import { looksLikeEmail } from "../../sheets/cells";
import { HELP_TYPES, NEEDS_COLUMNS, PRIORITIES } from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import type { MapSheets } from "../platform/map-sheets";
import { now } from "../platform/clock";

// What the check-in actions choose from: the needs that are active, the helpers who may be
// thanked, and the inline "Add a need" form's starting values and hints, in the schedule
// language the Needs sheet uses.

export interface ReadForActions {
  map: SupportMap;
  today: IsoDate;
}

/** The map as the Needs sheet's own reader reads it, and today in the map's time zone. */
export function readForActions(read: MapSheets): ReadForActions {
  const at = now();
  const { map } = readMap(read.values, { timeZone: read.timeZone, now: at });
  return { map, today: localTime(at.getTime(), map.settings.timeZone).date };
}

export function activeNeeds(map: SupportMap): Need[] {
  return map.needs.filter((n) => n.status === "active");
}

/**
 * Helpers a thank-you may go to: asked today (never paused, dropped or "do not involve"), holding
 * a row on Assignments that still counts, with an email to send it to.
 */
export function thankableHelpers(map: SupportMap, today: IsoDate): Person[] {
  const assigned = new Set(
    map.assignments
      .filter((a) => a.status.trim().toLowerCase() !== "declined")
      .map((a) => nameKey(a.person)),
  );
  return map.people.filter(
    (p) =>
      p.status.kind !== "do not involve" &&
      mayAsk(p, today) &&
      assigned.has(nameKey(p.name)) &&
      looksLikeEmail(p.email.trim()),
  );
}

/** The one need an answer names, or "" when it names none or several. */
export function needNamed(answer: string, needs: readonly Need[]): string {
  const text = nameKey(answer);
  const named = needs.filter((n) => nameKey(n.name) && text.includes(nameKey(n.name)));
  return named.length === 1 ? named[0].name : "";
}

/** The one helper an answer names by first or full name, or "" when none or several. */
export function helperNamed(answer: string, helpers: readonly Person[]): string {
  const named = peopleNamed(answer, helpers);
  return named.length === 1 ? named[0].name : "";
}

/** "What was missing?" as a need's name to start from: its first line, cut short. */
export function needNameFrom(answer: string): string {
  const first = (answer.split(/\r?\n/).find((l) => l.trim()) ?? "").trim();
  if (first.length <= 80) return first.replace(/[.!]+$/, "");
  return `${first.slice(0, 80).replace(/\s+\S*$/, "")}`;
}

const note = (key: string) => NEEDS_COLUMNS.find((c) => c.key === key)?.note ?? "";

export function newNeedForm(map: SupportMap, today: IsoDate): NewNeedForm {
  const own = map.needs.map((n) => n.type.trim()).filter(Boolean);
  const types = [...new Map([...own, ...HELP_TYPES].map((t) => [nameKey(t), t])).values()];
  const day = WEEKDAY_NAMES[map.settings.checkInDay - 1];
  return {
    type: { value: "", hint: `${note("type")} For example: ${HELP_TYPES.slice(0, 4).join(", ")}.` },
    days: {
      value: day,
      hint: `Once a week, on the check-in day, to start with. ${DAYS_HELP}`,
    },
    time: { value: "any", hint: TIME_HELP },
    priority: { value: "medium", hint: note("priority") },
    from: {
      value: today,
      hint: "The first day of this need: today, so no visit before it counts as a gap. Empty: the map's start date.",
    },
    types,
    priorities: [...PRIORITIES],
  };
}
