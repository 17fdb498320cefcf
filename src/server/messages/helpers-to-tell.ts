import { settingsOn } from "../../core/lifecycle/coordinators";
import { helperTasks } from "../../core/messages/brief";
import { buildRoster } from "../../core/messages/roster";
import type { IsoDate, SupportMap } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { PropertiesApi, SpreadsheetApi } from "../../gas/gas";
import { looksLikeEmail } from "../../sheets/cells";
import type { SentCalendars } from "../../sheets/sent-calendar";
import { LAST_KEY, mayBrief, parseQueue } from "./brief-queue";
import { staleFromProperties, tellTargets } from "./briefs";
import { readSentCalendarSheet } from "./calendar-record";
import { updateFor } from "./change-messages";

// For the panel: what "Tell helpers what changed" would send now, counted by the very rules it
// sends by (tellTargets, updateFor), from the map the panel read. It costs one read of the
// document properties, and once a brief has gone out, one read of the hidden Sent calendar
// sheet (what each helper was last sent decides whether anything changed for them).

export interface HelpersToTell {
  /** Briefed before: they get only what changed. */
  whatChanged: number;
  /** Never briefed: they get a whole brief. */
  firstBriefs: number;
  /** Whole briefs the email quota held back, which go first. */
  waitingBriefs: number;
  /** Whether any helper has been briefed: from then on the hourly run tells them by itself. */
  started: boolean;
}

export function helpersToTell(
  map: SupportMap,
  today: IsoDate,
  props: PropertiesApi,
  spreadsheet: SpreadsheetApi,
): HelpersToTell {
  const stored = props.getProperties();
  const queued = parseQueue((k) => stored[k]);
  const started = Object.keys(stored).some((k) => k.startsWith(LAST_KEY));
  const calendars: SentCalendars = started
    ? readSentCalendarSheet(spreadsheet, map.settings.timeZone)
    : new Map();
  const { whole, told } = tellTargets(
    map.people,
    queued,
    new Set(calendars.keys()),
    staleFromProperties(map, today, stored),
  );
  const roster = buildRoster(map);
  // As a sending run sees them: whoever coordinates today is the one a calendar event names.
  const settings = settingsOn(map.settings, today);
  const mapId = told.size ? spreadsheet.getId() : "";
  const out: HelpersToTell = { whatChanged: 0, firstBriefs: 0, waitingBriefs: 0, started };
  for (const person of map.people) {
    if (!looksLikeEmail(person.email.trim())) continue;
    const key = nameKey(person.name);
    if (told.has(key)) {
      told.delete(key);
      // The calendar events carry no stamp: 0 stands in for the run's instant.
      const tasks = helperTasks(roster, person, today);
      const base = { person, tasks, settings, stamp: 0, mapId };
      if (updateFor(base, calendars.get(key), today)) out.whatChanged += 1;
    } else if (whole.has(key) && mayBrief(person)) {
      whole.delete(key);
      if (queued.includes(key)) out.waitingBriefs += 1;
      else out.firstBriefs += 1;
    }
  }
  return out;
}
