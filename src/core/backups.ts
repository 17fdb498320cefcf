import { ranksBefore, slotGroups } from "./construct";
import type { PlanState } from "./plan-state";

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
  for (const need of order) {
    if (!problem.needs[need].wantsBackup) continue;
    for (const group of slotGroups(problem, need)) fillBackups(state, need, group);
  }
  // The guide: an over-eager helper who insists can be the backup for several roles instead.
  // Their surplus offers become backups even where the need did not ask for one.
  for (const helper of problem.helpers) {
    if (!isOverEager(state, helper.index)) continue;
    for (const need of order) {
      if (state.holdsNeed(helper.index, need) || !helper.candidateNeeds.has(need)) continue;
      for (const o of problem.needs[need].occurrences)
        if (canBack(state, helper.index, o)) state.setBackup(helper.index, o);
    }
  }
}

/** Whether h may back up o: nobody backs it up yet, h offered, and h is not its primary. */
export function canBack(state: PlanState, h: number, o: number): boolean {
  return (
    state.backup[o] < 0 &&
    state.problem.occurrences[o].backup.includes(h) &&
    !state.primaries[o].includes(h)
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

function fillBackups(state: PlanState, need: number, group: number[]): void {
  const { problem } = state;
  for (;;) {
    const open = group.filter((o) => state.backup[o] < 0);
    const people = new Set<number>();
    for (const o of open) for (const h of problem.occurrences[o].backup) people.add(h);
    let best = -1;
    let bestKey: BackupChoice | undefined;
    for (const h of [...people].sort((a, b) => a - b)) {
      const reach = open.filter((o) => canBack(state, h, o)).length;
      if (!reach) continue;
      const helper = problem.helpers[h];
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
    for (const o of open) if (canBack(state, best, o)) state.setBackup(best, o);
  }
}
