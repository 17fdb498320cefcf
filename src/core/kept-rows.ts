import { assignmentTime, plannedRows } from "./assignment-rows";
import type { Assignment, IsoDate, Role } from "./model";
import { previousRows } from "./freed-runs";
import type { PlannedAssignment } from "./plan-types";
import { assignmentOccurrences, contentKey, nameKey, type Problem } from "./problem";
import { describeSchedule } from "./words";

// A row a helper already has stays word for word while they still hold every date it stands
// for. Dates they gain come as rows of their own, beside it, rather than rewriting it: "Sun"
// plus a new "Sat" instead of "weekends". A helper whose rows are unchanged hears nothing (only
// changed rows are sent), and one who takes on more hears only about what is new, not about a
// rewritten row that reads as if everything had moved. Rendering only: which dates anyone
// holds is decided before this.

/** The previous plan's rows of one helper, one need and one role, by what they say. */
function previousRowsOf(problem: Problem, need: number, person: string, role: Role): Assignment[] {
  return (
    (previousRows(problem).get(need) ?? [])
      .filter((a) => a.role === role && nameKey(a.person) === nameKey(person))
      // By what the rows say, never where they sit: the same map gives the same plan.
      .sort((a, b) => {
        const x = contentKey(a);
        const y = contentKey(b);
        return x < y ? -1 : x > y ? 1 : 0;
      })
  );
}

/**
 * Rows for the dates (sorted) one helper holds of one need in one role: each previous row
 * whose dates they all still hold, as it was; the other dates grouped into new rows.
 */
export function helperRows(
  problem: Problem,
  need: number,
  person: string,
  role: Role,
  held: IsoDate[],
): PlannedAssignment[] {
  const pn = problem.needs[need];
  const { settings } = problem.map;
  const left = new Set(held);
  const kept: PlannedAssignment[] = [];
  for (const a of previousRowsOf(problem, need, person, role)) {
    const dates = assignmentOccurrences(problem, need, a).map((o) => problem.occurrences[o].date);
    // A row whose span no longer matches its dates (the need ended sooner) is written afresh.
    const tight = dates[0] === a.from && dates[dates.length - 1] === a.until;
    if (!dates.length || !tight || !dates.every((d) => left.has(d))) continue;
    for (const d of dates) left.delete(d);
    kept.push({
      row: 0,
      need: pn.need.name,
      needRow: pn.need.row,
      person,
      role,
      daysText: a.daysText,
      timeText: assignmentTime(pn.need, settings),
      from: a.from,
      until: a.until,
      status: "planned",
      pinned: false,
      occurrences: dates,
      description: describeSchedule({ dates, days: pn.need.days, time: pn.need.time }),
    });
  }
  const rest = held.filter((d) => left.has(d));
  return [...kept, ...plannedRows(pn.need, pn.need.row, settings, person, role, rest)];
}
