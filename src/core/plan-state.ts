import type { Problem } from "./problem";

type Change =
  | { kind: "add" | "remove"; helper: number; occ: number }
  /** A backup changed; `before` is who backed the occurrence up until then (-1: nobody). */
  | { kind: "backup"; occ: number; before: number };

/**
 * Who holds which occurrence while the planner works, with the counts the limits need kept
 * up to date, and an undo log so a search can try a chain of moves and take it back.
 */
export class PlanState {
  readonly primaries: number[][];
  readonly backup: number[];
  /** "occ|helper" pairs the coordinator pinned: never moved. */
  readonly pinned = new Set<string>();
  /** Occurrences whose backup the coordinator pinned. */
  readonly pinnedBackup = new Set<number>();
  /**
   * Main-helper seats the previous plan gave each helper and this one kept (keepExisting): a
   * re-plan moves one only for a visit of higher priority (keep-seats.ts explains why).
   */
  readonly kept: Set<number>[];
  readonly held: Set<number>[];
  readonly needCount: Map<number, number>[];
  readonly weekCount: Map<number, number>[];
  readonly load: number[];
  readonly backupLoad: number[];
  /** Priority-weighted seats covered, kept up to date so a search can tell a gain at once. */
  covered = 0;
  private log: Change[] = [];

  constructor(readonly problem: Problem) {
    const { occurrences, helpers } = problem;
    this.primaries = occurrences.map(() => []);
    this.backup = occurrences.map(() => -1);
    this.held = helpers.map(() => new Set());
    this.kept = helpers.map(() => new Set());
    this.needCount = helpers.map(() => new Map());
    this.weekCount = helpers.map(() => new Map());
    this.load = helpers.map(() => 0);
    this.backupLoad = helpers.map(() => 0);
  }

  holdsNeed(h: number, need: number): boolean {
    return (this.needCount[h].get(need) ?? 0) > 0;
  }

  tasks(h: number): number {
    return this.needCount[h].size;
  }

  taskFull(h: number): boolean {
    return this.tasks(h) >= this.problem.helpers[h].maxTasks;
  }

  weekFull(h: number, week: number): boolean {
    return (this.weekCount[h].get(week) ?? 0) >= this.problem.helpers[h].maxVisits;
  }

  freeSeats(o: number): number {
    return this.problem.occurrences[o].seats - this.primaries[o].length;
  }

  /** Whether helper h may take occurrence o as primary right now, within every limit. */
  canTake(h: number, o: number): boolean {
    const occ = this.problem.occurrences[o];
    if (this.primaries[o].length >= occ.seats || this.primaries[o].includes(h)) return false;
    // The backup stands in when the primary cannot come, so it cannot be the same person.
    if (this.backup[o] === h) return false;
    if (!occ.primary.includes(h)) return false;
    if (!this.holdsNeed(h, occ.need) && this.taskFull(h)) return false;
    return !this.weekFull(h, occ.week);
  }

  add(h: number, o: number): void {
    const occ = this.problem.occurrences[o];
    this.primaries[o].push(h);
    this.held[h].add(o);
    this.needCount[h].set(occ.need, (this.needCount[h].get(occ.need) ?? 0) + 1);
    this.weekCount[h].set(occ.week, (this.weekCount[h].get(occ.week) ?? 0) + 1);
    this.load[h]++;
    this.covered += occ.weight;
    this.log.push({ kind: "add", helper: h, occ: o });
  }

  remove(h: number, o: number): void {
    const occ = this.problem.occurrences[o];
    this.primaries[o] = this.primaries[o].filter((x) => x !== h);
    this.held[h].delete(o);
    const n = (this.needCount[h].get(occ.need) ?? 0) - 1;
    if (n > 0) this.needCount[h].set(occ.need, n);
    else this.needCount[h].delete(occ.need);
    this.weekCount[h].set(occ.week, (this.weekCount[h].get(occ.week) ?? 0) - 1);
    this.load[h]--;
    this.covered -= occ.weight;
    this.log.push({ kind: "remove", helper: h, occ: o });
  }

  /** Make h the backup of o (-1: nobody). Logged, so a rollback undoes it with the rest. */
  setBackup(h: number, o: number): void {
    this.log.push({ kind: "backup", occ: o, before: this.backup[o] });
    this.putBackup(h, o);
  }

  private putBackup(h: number, o: number): void {
    if (this.backup[o] >= 0) this.backupLoad[this.backup[o]]--;
    this.backup[o] = h;
    if (h >= 0) this.backupLoad[h]++;
  }

  mark(): number {
    return this.log.length;
  }

  rollback(mark: number): void {
    while (this.log.length > mark) {
      const c = this.log.pop() as Change;
      if (c.kind === "backup") {
        this.putBackup(c.before, c.occ);
        continue;
      }
      if (c.kind === "add") this.remove(c.helper, c.occ);
      else this.add(c.helper, c.occ);
      this.log.pop();
    }
  }

  isPinned(h: number, o: number): boolean {
    return this.pinned.has(`${o}|${h}`);
  }

  keep(h: number, o: number): void {
    this.kept[h].add(o);
  }

  /**
   * Whether a search may take o from h so that h can take a visit of weight `forWeight`:
   * never a pinned seat; a seat kept from the previous plan only for a higher priority; and
   * once h has given up a kept seat, a new seat of theirs only for a visit of higher priority
   * than any kept seat they gave up, so the reason they lost it stays true to the end.
   */
  mayGiveUp(h: number, o: number, forWeight: number): boolean {
    if (this.isPinned(h, o)) return false;
    const { occurrences } = this.problem;
    if (this.kept[h].has(o)) return occurrences[o].weight < forWeight;
    for (const k of this.kept[h])
      if (!this.held[h].has(k) && occurrences[k].weight >= forWeight) return false;
    return true;
  }
}
