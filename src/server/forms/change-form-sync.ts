import { buildRoster } from "../../core/messages/roster";
import { localTime } from "../../core/messages/zone";
import { cellText, DEFAULT_TIME_ZONE } from "../../sheets/cells";
import { ASSIGNMENTS_COLUMNS, ASSIGNMENTS_SHEET, columnFor } from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import { MapPropertiesSnapshot } from "../platform/map-properties";
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
  // A map whose helpers were never briefed has no sections to follow: no call is spent to ask.
  if (!everBriefed(read.values[ASSIGNMENTS_SHEET] ?? [])) return;
  try {
    // The form's config from one getProperties of the document (the user's copy only if the
    // document lacks it); the codes and sections from one read of their hidden sheet.
    const props = new MapPropertiesSnapshot(read.spreadsheet);
    const config = readChangeFormConfig({ props });
    // Before the first brief the form has no codes and no sections: briefs make them.
    if (!config || !hasSections(config) || !config.link) return;
    const values = { ...read.values, [ASSIGNMENTS_SHEET]: assignments };
    const { map } = readMap(values, { timeZone: read.timeZone, now });
    const today = localTime(now.getTime(), map.settings.timeZone).date;
    syncSections({ map, roster: buildRoster(map), today, props, read }, config);
  } catch {
    // The plan is written; the hourly run brings the form up to date before it sends a link.
  }
}

/** Whether Assignments, as read before the plan, has a Briefed stamp: briefs went out. */
function everBriefed(values: unknown[][]): boolean {
  const col = (values[0] ?? []).findIndex(
    (h) => columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE))?.key === "briefed",
  );
  return col >= 0 && values.slice(1).some((r) => cellText(r[col], DEFAULT_TIME_ZONE) !== "");
}
