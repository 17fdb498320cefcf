import { buildRoster, type Roster } from "../../core/messages/roster";
import { localStamp, localTime } from "../../core/messages/zone";
import { settingsOn } from "../../core/lifecycle/coordinators";
import type { IsoDate, Settings, SupportMap } from "../../core/model";
import { nameKey } from "../../core/problem";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { ASSIGNMENTS_COLUMNS, ASSIGNMENTS_SHEET, columnFor } from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import { now } from "../platform/clock";
import type { PropertiesApi } from "../../gas/gas";
import { MailRun, senderNameOf } from "./mail-run";
import { readMapSheets, type MapSheets } from "../platform/map-sheets";
import { writeLog } from "./log";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { MessageLedger } from "./sent-ledger";
import { mapProperties } from "../platform/map-properties";
import type { SentCalendars } from "../../sheets/sent-calendar";
import { readSentCalendarSheet, writeSentCalendarSheet } from "./calendar-record";

// One sending run (the dispatcher's hour, a "send briefs" click): the map read once, the time
// read once, the sent-message record, and at the end one write each to Assignments (Briefed)
// and to the Log.

export interface MessageSession {
  read: MapSheets;
  /** The map, its Settings naming whoever coordinates today (the backup while the main one is away). */
  map: SupportMap;
  /** The Settings as written, the main coordinator's name included. */
  mainSettings: Settings;
  roster: Roster;
  /** The run's one instant, milliseconds since 1970. */
  at: number;
  today: IsoDate;
  props: PropertiesApi;
  ledger: MessageLedger;
  run: MailRun;
  /** People (name keys) whose Assignments rows get a Briefed stamp at the end. */
  briefed: Set<string>;
  /** Set by the dispatcher: what it could not send for the quota is recorded for the sidebar. */
  recordWaiting?: boolean;
  /** Lines for the Log beyond the messages themselves. */
  notes: string[];
  /** What each helper's calendar was last sent (the hidden Sent calendar sheet), once read. */
  calendars?: SentCalendars;
  /** Set when a message changed the record: written back at the end of the run. */
  calendarsChanged?: boolean;
  /**
   * Set for the panel's preview: messages are built as for sending, but no form, link code or
   * record is made, and nothing is sent or written.
   */
  preview?: boolean;
}

/** The Sent calendar record, read on first use in a run. */
export function sentCalendars(session: MessageSession): SentCalendars {
  session.calendars ??= readSentCalendarSheet(
    session.read.spreadsheet,
    session.map.settings.timeZone,
  );
  return session.calendars;
}

export const WAITING_KEY = "sm.mail.waiting";

export function openSession(): MessageSession {
  const at = now().getTime();
  const read = readMapSheets(activeSpreadsheet());
  const { map } = readMap(read.values, {
    timeZone: read.timeZone,
    today: localTime(at, read.timeZone).date,
  });
  const props = mapProperties(read.spreadsheet);
  const ledger = new MessageLedger(props);
  const blocked = new Set(
    map.people
      .filter((p) => p.status.kind === "do not involve")
      .map((p) => p.email.trim().toLowerCase())
      .filter((e) => e !== ""),
  );
  const today = localTime(at, map.settings.timeZone).date;
  const mainSettings = map.settings;
  map.settings = settingsOn(mainSettings, today);
  const sender = senderNameOf(map.settings.coordinatorName);
  return {
    read,
    map,
    mainSettings,
    roster: buildRoster(map),
    at,
    today,
    props,
    ledger,
    run: new MailRun(ledger, blocked, sender),
    briefed: new Set(),
    notes: [],
  };
}

/** Stamps Briefed on the rows of everyone briefed in this run: one write to the column. */
function writeBriefed(session: MessageSession): void {
  const sheet = session.read.sheets[ASSIGNMENTS_SHEET];
  const values = session.read.values[ASSIGNMENTS_SHEET];
  if (!session.briefed.size || !sheet || !values || values.length < 2) return;
  let col = values[0].findIndex(
    (h) => columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === "briefed",
  );
  if (col < 0) {
    col = values[0].length;
    sheet.getRange(1, col + 1).setValue("Briefed");
  }
  const stamp = localStamp(session.at, session.map.settings.timeZone);
  const column = values.slice(1).map((r) => [r[col] ?? ""]);
  let changed = false;
  for (const a of session.map.assignments) {
    if (!session.briefed.has(nameKey(a.person))) continue;
    if (a.status.trim().toLowerCase() === "declined") continue;
    const cell = column[a.row - 2];
    if (cell) {
      cell[0] = stamp;
      changed = true;
    }
  }
  if (changed) sheet.getRange(2, col + 1, column.length, 1).setValues(column);
}

function waitingNote(session: MessageSession): string | undefined {
  if (!session.recordWaiting) return undefined;
  const ids = session.run.waiting.map((o) => o.id);
  const before = session.props.getProperty(WAITING_KEY);
  if (!ids.length) {
    if (before) session.props.deleteProperty(WAITING_KEY);
    return undefined;
  }
  const previous = before ? (JSON.parse(before) as { ids?: string[] }).ids : undefined;
  session.props.setProperty(
    WAITING_KEY,
    JSON.stringify({ at: new Date(session.at).toISOString(), ids }),
  );
  if (previous && previous.join("\n") === ids.join("\n")) return undefined;
  const n = ids.length;
  return `Daily email quota used up: ${n} message${n === 1 ? "" : "s"} wait for the next run (${ids.join(", ")}).`;
}

const ERRORS_KEY = "sm.mail.errors";

/** The dispatcher logs a problem (a bad address) when it first sees it, not every hour. */
function newErrors(session: MessageSession): string[] {
  const errors = session.run.errors;
  if (!session.recordWaiting) return errors;
  const before = session.props.getProperty(ERRORS_KEY);
  const seen = new Set<string>(before ? (JSON.parse(before) as string[]) : []);
  if (errors.length) session.props.setProperty(ERRORS_KEY, JSON.stringify(errors));
  else if (before) session.props.deleteProperty(ERRORS_KEY);
  return errors.filter((e) => !seen.has(e));
}

/** The end of a run, also when it failed halfway: Briefed stamps and the Log. */
export function closeSession(session: MessageSession): void {
  writeBriefed(session);
  if (session.calendars && session.calendarsChanged)
    writeSentCalendarSheet(session.read.spreadsheet, session.calendars);
  const note = waitingNote(session);
  writeLog(session.read.spreadsheet, session.ledger, newErrors(session), {
    timeZone: session.map.settings.timeZone,
    now: session.at,
    notes: [...session.notes, ...(note ? [note] : [])],
  });
}
