import { mayAsk, offerFit } from "./eligibility";
import { textKey } from "./text-key";
import { assignmentOccurrences, nameKey, type Problem } from "./problem";

// A pinned Assignments row stays as the coordinator pinned it; the planner never moves it. But
// when it no longer fits (its person no longer offers those days, is paused, or its need
// changed) the coordinator is told, naming the row and what no longer fits. The row stays pinned.

export interface PinWarning {
  /** 1-based Assignments row. */
  row: number;
  need: string;
  person: string;
  /** What no longer fits, in the coordinator's words. */
  reasons: string[];
  /** "Assignments row 4 (Kim Park, Morning dog walk) is pinned but no longer fits: ..." */
  text: string;
}

function count(n: number, of: number): string {
  return n === of
    ? of === 1
      ? "its one date"
      : `all ${of} of its dates`
    : `${n} of its ${of} dates`;
}

export function pinWarnings(problem: Problem): PinWarning[] {
  const { map } = problem;
  const out: PinWarning[] = [];
  for (const a of map.assignments) {
    if (!a.pinned || a.status.trim().toLowerCase() === "declined") continue;
    const n = problem.needByName.get(nameKey(a.need));
    const h = problem.helperByName.get(nameKey(a.person));
    // A need that is gone, or a person who may not be asked at all, is already an error.
    if (n === undefined || h === undefined) continue;
    const need = problem.needs[n].need;
    const helper = problem.helpers[h];
    const reasons: string[] = [];
    const occurrences = assignmentOccurrences(problem, n, a);
    const dates = occurrences.map((o) => problem.occurrences[o].date);
    if (textKey(a.timeText) !== textKey(need.time.label))
      reasons.push(`${need.name} is now at ${need.time.label}, the row says ${a.timeText}`);
    if (dates.length === 0)
      reasons.push(
        `none of ${need.name}'s dates (${need.daysText}) fall on its days (${a.daysText}) between ${a.from} and ${a.until}`,
      );
    const paused = dates.filter((d) => !mayAsk(helper.person, d));
    if (paused.length)
      reasons.push(`${helper.name} is paused on ${count(paused.length, dates.length)}`);
    const offers = map.offers.filter((o) => nameKey(o.person) === nameKey(helper.name));
    const unfit = dates.filter(
      (d) => !offers.some((o) => offerFit(need, o, d, map.settings) === "ok"),
    );
    if (offers.length === 0) reasons.push(`${helper.name} has no offer on Offers any more`);
    else if (unfit.length)
      reasons.push(
        `${helper.name}'s offers no longer cover ${need.type} on ${count(unfit.length, dates.length)}`,
      );
    if (reasons.length === 0) continue;
    out.push({
      row: a.row,
      need: a.need,
      person: a.person,
      reasons,
      text: `Assignments row ${a.row} (${a.person}, ${a.need}, ${a.role}) is pinned but no longer fits: ${reasons.join("; ")}. It stays pinned: unpin it to let the planner find someone else, or change it.`,
    });
  }
  return out;
}
