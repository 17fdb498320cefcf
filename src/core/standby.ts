import type { IsoDate } from "./model";
import type { PlanState } from "./plan-state";

// Standby: the days a helper is on call as a backup. The guide wants nobody on call every
// night (a new user saw one helper primary three nights and backup the other three), so
// backups are spread the way primaries are, and Settings › Max standby days per week caps
// the days one helper stands by in any week.

/** A helper's week as the primary rule counts it: past this many on-call days, others go first. */
export const EASY_WEEK = 3;

export class Standby {
  /** helper → week → dates on standby */
  private readonly days: Map<number, Set<IsoDate>>[];
  readonly cap: number;

  constructor(private readonly state: PlanState) {
    const { problem } = state;
    this.cap = problem.map.settings.maxStandbyDays ?? Infinity;
    this.days = problem.helpers.map(() => new Map());
    problem.occurrences.forEach((occ, o) => {
      if (state.backup[o] >= 0) this.note(state.backup[o], o);
    });
  }

  private note(h: number, o: number): void {
    const occ = this.state.problem.occurrences[o];
    const week = this.days[h].get(occ.week) ?? new Set<IsoDate>();
    week.add(occ.date);
    this.days[h].set(occ.week, week);
  }

  /** Whether standing by for o keeps h within the cap for its week. */
  allows(h: number, o: number): boolean {
    if (!Number.isFinite(this.cap)) return true;
    const occ = this.state.problem.occurrences[o];
    const week = this.days[h].get(occ.week);
    return !week || week.has(occ.date) || week.size < this.cap;
  }

  set(h: number, o: number): void {
    this.state.setBackup(h, o);
    this.note(h, o);
  }

  /** Whether standing by for o keeps h's week within `ceiling` days on call. */
  fits(h: number, o: number, ceiling: number): boolean {
    const { problem } = this.state;
    const occ = problem.occurrences[o];
    const dates = new Set<IsoDate>(this.days[h].get(occ.week) ?? []);
    for (const p of this.state.held[h])
      if (problem.occurrences[p].week === occ.week) dates.add(problem.occurrences[p].date);
    dates.add(occ.date);
    return dates.size <= ceiling;
  }

  /**
   * Whether h could stand by for every one of `occs` together: within the cap, and with a
   * ceiling, within that many days on call (main or backup) in each week.
   */
  allowsAll(h: number, occs: number[], ceiling: number): boolean {
    const { problem } = this.state;
    const byWeek = new Map<number, Set<IsoDate>>();
    for (const o of occs) {
      const occ = problem.occurrences[o];
      const week = byWeek.get(occ.week) ?? new Set<IsoDate>(this.days[h].get(occ.week) ?? []);
      week.add(occ.date);
      byWeek.set(occ.week, week);
    }
    for (const [w, standby] of byWeek) {
      if (standby.size > this.cap) return false;
      const onCall = new Set(standby);
      for (const p of this.state.held[h])
        if (problem.occurrences[p].week === w) onCall.add(problem.occurrences[p].date);
      if (onCall.size > ceiling) return false;
    }
    return true;
  }

  /** Most standby days in any one week, for the report. */
  mostInAWeek(h: number): number {
    return Math.max(0, ...[...this.days[h].values()].map((d) => d.size));
  }
}
