import type { PlanResult } from "../../src/core/plan-types";
import { planSupport } from "../../src/core/planner";
import { readMap } from "../../src/sheets/read-map";
import { assignmentsToValues } from "../../src/sheets/write-assignments";
import { ASSIGNMENTS_SHEET } from "../../src/sheets/columns";
import type { SupportMap } from "../../src/core/model";

/** Today for maps without a start date: readMap takes it from its caller. */
const TODAY = "2026-12-07";

/** Read sheets, plan, and write the Assignments back, as the add-on's Plan does. */
export function planSheets(sheets: Record<string, unknown[][]>): {
  map: SupportMap;
  result: PlanResult;
  sheets: Record<string, unknown[][]>;
} {
  const { map, errors } = readMap(sheets, { today: TODAY });
  const result = planSupport(map, { errors });
  const values = assignmentsToValues(sheets[ASSIGNMENTS_SHEET], result.assignments);
  return { map, result, sheets: { ...sheets, [ASSIGNMENTS_SHEET]: values } };
}
