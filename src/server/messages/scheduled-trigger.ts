import type { SpreadsheetApi, TriggerApi } from "../../gas/gas";
import { services } from "../platform/services";

// Which timed trigger sends this map's scheduled messages. An add-on's timed trigger belongs to
// the script, not the document: its event has no spreadsheet, and getUserTriggers(spreadsheet)
// may not list it. So when the trigger is made, its id is stored in the user's properties with
// the spreadsheet's id (trigger id -> spreadsheet id); the run finds its map by the event's
// triggerUid, and "is it on?" is the stored id found among getProjectTriggers().
// https://developers.google.com/apps-script/guides/triggers/events (triggerUid)
// https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()

export const DISPATCHER = "runScheduledMessages";
const TRIGGER_PREFIX = "sm.trigger.";

function userProps() {
  return services().properties.getUserProperties();
}

/** The spreadsheet id stored for a trigger id, if any. */
export function spreadsheetOfTrigger(triggerUid: string): string | null {
  return userProps().getProperty(TRIGGER_PREFIX + triggerUid);
}

const MADE_PREFIX = "sm.triggerMade.";

/** Stores trigger id -> spreadsheet id, and when, so Check setup can tell a run that never came. */
export function rememberTrigger(trigger: TriggerApi, spreadsheetId: string, at: Date): void {
  userProps().setProperties({
    [TRIGGER_PREFIX + trigger.getUniqueId()]: spreadsheetId,
    [MADE_PREFIX + trigger.getUniqueId()]: at.toISOString(),
  });
}

/** When the trigger was stored, if known. */
export function triggerMadeAt(trigger: TriggerApi): string | null {
  return userProps().getProperty(MADE_PREFIX + trigger.getUniqueId());
}

/** Every stored trigger id -> spreadsheet id. */
function storedTriggers(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(userProps().getProperties()))
    if (key.startsWith(TRIGGER_PREFIX)) out.set(key.slice(TRIGGER_PREFIX.length), value);
  return out;
}

function dispatchers(): TriggerApi[] {
  return services()
    .scriptApp.getProjectTriggers()
    .filter((t) => t.getHandlerFunction() === DISPATCHER);
}

/**
 * This map's dispatcher trigger, or undefined when scheduled messages are off. A trigger made
 * before ids were stored is found through getUserTriggers where that lists it, and stored.
 */
export function scheduledTrigger(spreadsheet: SpreadsheetApi): TriggerApi | undefined {
  const id = spreadsheet.getId();
  const stored = storedTriggers();
  const project = dispatchers();
  const mine = project.find((t) => stored.get(t.getUniqueId()) === id);
  if (mine) return mine;
  const listed = services()
    .scriptApp.getUserTriggers(spreadsheet)
    .find((t) => t.getHandlerFunction() === DISPATCHER);
  if (listed) rememberTrigger(listed, id, new Date());
  return listed;
}

/** Stored ids of triggers that no longer exist are forgotten. */
export function forgetDeletedTriggers(): void {
  const live = new Set(dispatchers().map((t) => t.getUniqueId()));
  const props = userProps();
  for (const uid of storedTriggers().keys())
    if (!live.has(uid)) {
      props.deleteProperty(TRIGGER_PREFIX + uid);
      props.deleteProperty(MADE_PREFIX + uid);
    }
}

/**
 * Dispatcher triggers with no stored spreadsheet: made by an older version, or by a run whose
 * storing failed. In a bound copy every trigger is this spreadsheet's.
 */
export function unclaimedTriggers(): TriggerApi[] {
  const stored = storedTriggers();
  return dispatchers().filter((t) => !stored.has(t.getUniqueId()));
}
