import { longDate } from "../../core/dates";
import { nameKey } from "../../core/problem";
import { DEFAULT_TIME_ZONE, cellText, readChoice, readDate } from "../../sheets/cells";
import {
  ASSIGNMENTS_COLUMNS,
  ASSIGNMENTS_SHEET,
  ROLES,
  columnFor,
  type AssignmentKey,
} from "../../sheets/columns";
import type { PinArgs } from "../../shared/contract";
import type { PinResult } from "../../shared/panel-types";
import { withDocumentLock } from "../platform/lock";
import { activeSpreadsheet } from "../platform/spreadsheet";
import { PanelError } from "../platform/rpc";

// Pin or unpin one Assignments row from the panel: one read of the sheet, one write of the
// Pinned cell. A pinned row is kept as it is the next time the planner runs.

export function setPinnedCell(args: PinArgs): PinResult {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const sheet = spreadsheet.getSheetByName(ASSIGNMENTS_SHEET);
    if (!sheet)
      throw new PanelError(
        "There is no Assignments sheet yet. Plan first, then pin the rows you want to keep.",
      );
    const values = sheet.getDataRange().getValues();
    // Date cells are midnight in the spreadsheet's time zone.
    const tz = spreadsheet.getSpreadsheetTimeZone();
    const column = new Map<AssignmentKey, number>();
    (values[0] ?? []).forEach((h, i) => {
      const col = columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
      if (col && !column.has(col.key)) column.set(col.key, i);
    });
    for (const key of ["need", "person", "role"] as const)
      if (!column.has(key))
        throw new PanelError(
          `The Assignments sheet has no "${ASSIGNMENTS_COLUMNS.find((c) => c.key === key)?.header}" column, so no row can be pinned. Plan again to rebuild the sheet's headers.`,
        );
    const at = (row: unknown[], key: AssignmentKey) => {
      const i = column.get(key);
      return i === undefined ? undefined : row[i];
    };

    let exact = -1;
    let blankFrom = -1;
    for (let i = 1; i < values.length && exact < 0; i++) {
      const row = values[i];
      if (nameKey(cellText(at(row, "need"), tz)) !== nameKey(args.need)) continue;
      if (nameKey(cellText(at(row, "person"), tz)) !== nameKey(args.person)) continue;
      const role = readChoice(at(row, "role"), "Role", ROLES);
      if (!role.ok || role.value !== args.role) continue;
      const from = readDate(at(row, "from"), tz, "From");
      if (from.ok && from.value === args.from) exact = i;
      else if (from.ok && from.value === undefined && blankFrom < 0) blankFrom = i;
    }
    const index = exact >= 0 ? exact : blankFrom;
    if (index < 0)
      throw new PanelError(
        `No row in Assignments has ${args.person} as ${args.role} for "${args.need}" from ${longDate(args.from)}. The sheet may have changed since the panel last looked: press Refresh, then try again.`,
      );

    const row = index + 1;
    const text = args.pinned ? "yes" : "no";
    const pinnedColumn = column.get("pinned");
    if (pinnedColumn !== undefined) sheet.getRange(row, pinnedColumn + 1).setValue(text);
    else {
      // No Pinned column yet: add it after the last header, heading and cell in one write.
      const col = Math.max(1, values[0]?.length ?? 0) + 1;
      if (col > sheet.getMaxColumns())
        sheet.insertColumnsAfter(sheet.getMaxColumns(), col - sheet.getMaxColumns());
      const cells = Array.from({ length: row }, (_, i) =>
        i === 0 ? ["Pinned"] : i === index ? [text] : [""],
      );
      sheet.getRange(1, col, row, 1).setValues(cells);
    }
    return {
      need: args.need,
      person: args.person,
      role: args.role,
      from: args.from,
      pinned: args.pinned,
      row,
      message: args.pinned
        ? `Pinned: ${args.person} keeps "${args.need}" (${args.role}) when you plan again.`
        : `Unpinned: the next plan may give "${args.need}" (${args.role}) to someone else.`,
    };
  });
}
