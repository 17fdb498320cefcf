import { addDays, eachDate, weekStart } from "./dates";
import type { IsoDate, Need, SupportMap } from "./model";
import { nameKey } from "./problem";
import type { PlanResult } from "./plan-types";
import { PERIODS, type PeriodName } from "./schedule";

// The map at a glance: for each week, days across and parts of the day down, each cell naming
// who does what and showing gaps. This is the picture a coordinator would print.

export type GridRow = PeriodName | "any time";
export const GRID_ROWS: GridRow[] = ["morning", "afternoon", "evening", "night", "any time"];

export interface GridEntry {
  need: string;
  /** Everyone holding it as primary, in sheet order; empty for a gap. */
  people: string[];
  backup?: string;
  /** Seats wanted per occurrence. */
  seats: number;
  state: "covered" | "partly covered" | "gap";
}

export interface GridCell {
  date: IsoDate;
  row: GridRow;
  entries: GridEntry[];
  /** The worst state in the cell, for its colour; "empty" when nothing is planned. */
  state: "empty" | "covered" | "partly covered" | "gap";
}

export interface GridWeek {
  start: IsoDate;
  days: IsoDate[];
  cells: GridCell[][]; // [row][day]
}

/** Which row a need's time falls in: the part of the day its window overlaps most. */
export function gridRow(need: Need): GridRow {
  if (need.time.kind === "any") return "any time";
  let best: GridRow = "any time";
  let overlap = 0;
  for (const name of Object.keys(PERIODS) as PeriodName[]) {
    const p = PERIODS[name];
    const o = Math.min(p.end, need.time.end) - Math.max(p.start, need.time.start);
    if (o > overlap) {
      overlap = o;
      best = name;
    }
  }
  return best;
}

export function coverageGrid(
  map: SupportMap,
  plan: PlanResult,
  options: { from?: IsoDate; weeks?: number } = {},
): GridWeek[] {
  const from = weekStart(options.from ?? map.settings.startDate);
  const lastWeek = weekStart(map.settings.endDate);
  const count =
    options.weeks ??
    Math.max(1, Math.round((Date.parse(lastWeek) - Date.parse(from)) / 6048e5) + 1);
  const needs = new Map(map.needs.map((n) => [nameKey(n.name), n]));
  const byCell = new Map<string, Map<string, GridEntry>>();
  const entry = (need: Need, date: IsoDate): GridEntry => {
    const key = `${date}|${gridRow(need)}`;
    const cell = byCell.get(key) ?? new Map<string, GridEntry>();
    byCell.set(key, cell);
    let e = cell.get(need.name);
    if (!e) {
      e = { need: need.name, people: [], seats: need.helpers, state: "gap" };
      cell.set(need.name, e);
    }
    return e;
  };
  for (const a of plan.assignments) {
    const need = needs.get(nameKey(a.need));
    if (!need || a.status.trim().toLowerCase() === "declined") continue;
    for (const d of a.occurrences) {
      const e = entry(need, d);
      if (a.role === "primary") e.people.push(a.person);
      else e.backup = a.person;
    }
  }
  for (const g of plan.report.gaps) {
    const need = needs.get(nameKey(g.need));
    if (need && g.role === "primary") for (const d of g.occurrences) entry(need, d);
  }
  const weeks: GridWeek[] = [];
  for (let w = 0; w < count; w++) {
    const start = addDays(from, 7 * w);
    const days = eachDate(start, addDays(start, 6));
    const cells = GRID_ROWS.map((row) =>
      days.map((date): GridCell => {
        const entries = [...(byCell.get(`${date}|${row}`)?.values() ?? [])];
        for (const e of entries)
          e.state =
            e.people.length >= e.seats ? "covered" : e.people.length ? "partly covered" : "gap";
        const state = entries.some((e) => e.state === "gap")
          ? "gap"
          : entries.some((e) => e.state === "partly covered")
            ? "partly covered"
            : entries.length
              ? "covered"
              : "empty";
        return { date, row, entries, state };
      }),
    );
    weeks.push({ start, days, cells });
  }
  return weeks;
}

/** One line per entry, as a cell shows it: "Morning dog walk: Ana Ruiz (backup Priya Shah)". */
export function cellText(cell: GridCell): string {
  return cell.entries
    .map((e) => {
      const who = e.people.length ? e.people.join(", ") : "NOBODY YET";
      const backup = e.backup ? ` (backup ${e.backup})` : "";
      return `${e.need}: ${who}${backup}`;
    })
    .join("\n");
}
