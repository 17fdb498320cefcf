import { buildRoster } from "../../core/messages/roster";
import { localTime } from "../../core/messages/zone";
import { ASSIGNMENTS_SHEET } from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import { mapProperties } from "../platform/map-properties";
import type { MapSheets } from "../platform/map-sheets";
import { hasSections, readChangeFormConfig } from "./change-form";
import { syncSections } from "./change-sections";

// After a plan is written (Plan, the panel's Apply, a re-plan a change caused), each helper's
// section of the "Can't make it" form follows their new dates at once, so a helper who opens
// their link before the hourly run sees the dates they hold now. Read from the values just
// written: no sheet is read again, and a plan that moved nobody's dates opens no form.

export function syncChangeFormAfterPlan(
  read: MapSheets,
  assignments: unknown[][],
  now: Date,
): void {
  try {
    const props = mapProperties(read.spreadsheet);
    const config = readChangeFormConfig({ props });
    // Before the first brief the form has no codes and no sections: briefs make them.
    if (!config || !hasSections(config) || !config.link) return;
    const values = { ...read.values, [ASSIGNMENTS_SHEET]: assignments };
    const { map } = readMap(values, { timeZone: read.timeZone, now });
    const today = localTime(now.getTime(), map.settings.timeZone).date;
    syncSections({ map, roster: buildRoster(map), today, props }, config);
  } catch {
    // The plan is written; the hourly run brings the form up to date before it sends a link.
  }
}
