import { budgetText, mailBudget } from "../../core/messages/mail-budget";
import { buildRoster } from "../../core/messages/roster";
import type { IsoDate, SupportMap } from "../../core/model";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { SETTINGS_SHEET } from "../../sheets/columns";
import type { MapSheets } from "../platform/map-sheets";
import { services } from "../platform/services";
import { COORDINATOR_NOTE_SETTING } from "./coordinator-note";
import { REMINDER_SETTINGS } from "./reminders";

function switchOn(read: MapSheets, label: string): boolean {
  for (const r of read.values[SETTINGS_SHEET] ?? [])
    if (cellText(r[0], DEFAULT_TIME_ZONE).toLowerCase() === label.toLowerCase())
      return /^(yes|y|true|on)$/i.test(cellText(r[1], DEFAULT_TIME_ZONE));
  return false;
}

/** For the panel: the emails a day the map needs against what the account may still send. */
export function mailBudgetLine(read: MapSheets, map: SupportMap, today: IsoDate): string {
  let left: number;
  try {
    left = services().mail.getRemainingDailyQuota();
  } catch {
    return "";
  }
  const budget = mailBudget({
    settings: map.settings,
    roster: buildRoster(map),
    today,
    reminders: switchOn(read, REMINDER_SETTINGS.primaries),
    standby: switchOn(read, REMINDER_SETTINGS.backups),
    coordinatorNote: switchOn(read, COORDINATOR_NOTE_SETTING),
  });
  return budgetText(budget, left);
}
