import { ranksBefore, slotGroups } from "./construct";
import { previousRuns } from "./freed-runs";
import type { PlanState } from "./plan-state";
import { EASY_WEEK, Standby } from "./standby";

// Backups, after primaries: the guide wants a primary and a backup for high-priority needs.
// A backup role is not a task, so it does not count toward anyone's limit. Over-eager helpers
// are asked first (the guide: make them backups instead of primaries), then anyone else who
// offered, and the backup-only coordinator last: the coordinator is everyone's last backup.

export function isOverEager(state: PlanState, h: number): boolean {
  const helper = state.problem.helpers[h];
  return !helper.backupOnly && helper.candidateNeeds.size > helper.maxTasks;
}

export function assignBackups(state: PlanState, order: number[]): void {
  const { problem } = state;
  const standby = new Standby(state);
  for (const need of order) {
    if (!problem.needs[need].wantsBackup) continue;
    // A freed backup row goes whole to one helper where anyone can take it (freed-runs.ts).
    for (const run of previousRuns(state, need, "backup", (o) => state.backup[o] < 0))
      backUpRunWhole(state, standby, need, run);
    for (const group of slotGroups(problem, need)) fillBackups(state, standby, need, group);
  }
  // The guide: an over-eager helper who insists can be the backup for several roles instead.
  // Their surplus offers become backups even where the need did not ask for one.
  // A freed row of theirs goes whole to one of them first, as above.
  for (const need of order) {
    if (problem.needs[need].wantsBackup) continue;
    for (const run of previousRuns(state, need, "backup", (o) => state.backup[o] < 0)) {
      const h = problem.helpers.find(
        (x) =>
          isOverEager(state, x.index) &&
          !state.holdsNeed(x.index, need) &&
          x.candidateNeeds.has(need) &&
          run.every((o) => canBack(state, standby, x.index, o)) &&
          standby.allowsAll(x.index, run, Infinity),
      );
      if (h) for (const o of run) standby.set(h.index, o);
    }
  }
  for (const helper of problem.helpers) {
    if (!isOverEager(state, helper.index)) continue;
    for (const need of order) {
      if (state.holdsNeed(helper.index, need) || !helper.candidateNeeds.has(need)) continue;
      for (const o of problem.needs[need].occurrences)
        if (canBack(state, standby, helper.index, o)) standby.set(helper.index, o);
    }
  }
}

/** Whether h may back up o: nobody backs it up yet, h offered, and h is not its primary. */
export function canBack(state: PlanState, standby: Standby, h: number, o: number): boolean {
  return (
    state.backup[o] < 0 &&
    state.problem.occurrences[o].backup.includes(h) &&
    !state.primaries[o].includes(h) &&
    standby.allows(h, o)
  );
}

/** Who backs up a slot's open dates: the first helper in this order, each field lower first. */
interface BackupChoice {
  /** 0 over-eager helpers, 1 others who offered, 2 the backup-only coordinator (the last resort). */
  standing: number;
  /** Minus how many of the open dates they can back up. */
  datesLeftOpen: number;
  /** 1 when they are primary on other dates of this need: they may be the one who drops. */
  primaryOnThisNeed: number;
  /** Backup dates they already hold (fairness). */
  backupLoad: number;
  /** Their index: names in order (problem.ts), so ties never depend on row order. */
  helper: number;
}

const BACKUP_CHOICE: readonly (keyof BackupChoice)[] = [
  "standing",
  "datesLeftOpen",
  "primaryOnThisNeed",
  "backupLoad",
  "helper",
];

/**
 * The run's dates to the one helper who can back up all of them, at the lightest week that
 * lets anyone: the spreading below, but for the whole run at once. Never the backup-only
 * coordinator, who stays everyone's last backup.
 */
function backUpRunWhole(state: PlanState, standby: Standby, need: number, run: number[]): void {
  const { problem } = state;
  const people = new Set<number>();
  for (const o of run) for (const h of problem.occurrences[o].backup) people.add(h);
  const able = (h: number, ceiling: number) =>
    !problem.helpers[h].backupOnly &&
    run.every((o) => canBack(state, standby, h, o)) &&
    standby.allowsAll(h, run, ceiling);
  for (let ceiling = EASY_WEEK; ceiling <= 7; ceiling++) {
    let best = -1;
    let bestKey: BackupChoice | undefined;
    for (const h of [...people].sort((a, b) => a - b)) {
      if (!able(h, ceiling)) continue;
      const key: BackupChoice = {
        standing: isOverEager(state, h) ? 0 : 1,
        datesLeftOpen: 0,
        primaryOnThisNeed: Number(state.holdsNeed(h, need)),
        backupLoad: state.backupLoad[h],
        helper: h,
      };
      if (!bestKey || ranksBefore(key, bestKey, BACKUP_CHOICE)) {
        best = h;
        bestKey = key;
      }
    }
    if (best >= 0) {
      for (const o of run) standby.set(best, o);
      return;
    }
  }
}

function fillBackups(state: PlanState, standby: Standby, need: number, group: number[]): void {
  // Spread like primaries: backups first go to helpers whose week stays easy (at most
  // EASY_WEEK days on call, main or backup), then the ceiling rises a day at a time, so the
  // lightest week fills first; the backup-only coordinator comes last, as before.
  for (let ceiling = EASY_WEEK; ceiling <= 7; ceiling++)
    pickBackups(state, standby, need, group, ceiling);
  pickBackups(state, standby, need, group, undefined);
}

function pickBackups(
  state: PlanState,
  standby: Standby,
  need: number,
  group: number[],
  /** Most days on call in a week; undefined: no ceiling, and the coordinator may be asked. */
  ceiling: number | undefined,
): void {
  const { problem } = state;
  const easy = ceiling !== undefined;
  const may = (h: number, o: number) =>
    canBack(state, standby, h, o) && (ceiling === undefined || standby.fits(h, o, ceiling));
  for (;;) {
    const open = group.filter((o) => state.backup[o] < 0);
    const people = new Set<number>();
    for (const o of open) for (const h of problem.occurrences[o].backup) people.add(h);
    let best = -1;
    let bestKey: BackupChoice | undefined;
    for (const h of [...people].sort((a, b) => a - b)) {
      const helper = problem.helpers[h];
      // The backup-only coordinator is everyone's last backup, never asked in the easy round.
      if (easy && helper.backupOnly) continue;
      const reach = open.filter((o) => may(h, o)).length;
      if (!reach) continue;
      const key: BackupChoice = {
        standing: isOverEager(state, h) ? 0 : helper.backupOnly ? 2 : 1,
        datesLeftOpen: -reach,
        primaryOnThisNeed: Number(state.holdsNeed(h, need)),
        backupLoad: state.backupLoad[h],
        helper: h,
      };
      if (!bestKey || ranksBefore(key, bestKey, BACKUP_CHOICE)) {
        best = h;
        bestKey = key;
      }
    }
    if (best < 0) return;
    for (const o of open) if (may(best, o)) standby.set(best, o);
  }
}
