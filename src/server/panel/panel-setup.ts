import type { SheetError } from "../../core/model";
import type { SetupProblem } from "../../shared/panel-types";
import { setupProblems as checkSetupProblems } from "../setup/check-setup";
import type { MapSheets } from "../platform/map-sheets";

// Check setup's findings for the panel, from the sheets the panel already read (no second
// read). Cells the reader could not read are shown in their own list, so they are left out here.

export function setupProblems(read: MapSheets, errors: readonly SheetError[]): SetupProblem[] {
  const known = new Set(errors.map((e) => `${e.sheet}|${e.row}|${e.message}`));
  return checkSetupProblems(read)
    .filter((p) => !known.has(`${p.sheet ?? ""}|${p.row ?? ""}|${p.message}`))
    .map((p) => ({
      message: p.message,
      where: [p.sheet, p.row !== undefined && `row ${p.row}`, p.column].filter(Boolean).join(", "),
      severity: p.severity,
    }));
}
