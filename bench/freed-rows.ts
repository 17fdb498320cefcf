import { weekStart } from "../src/core/dates";
import type { IsoDate, Role, SupportMap } from "../src/core/model";
import type { PlannedAssignment } from "../src/core/plan-types";
import { buildProblem, nameKey } from "../src/core/problem";
import { holdingsOfPlan, type Holding } from "./measure";

// Who took each released row, read from the rows before and after alone (not from the
// planner). A row is released when it is not there after and its holder no longer holds some
// of its dates in that role (it held a forced seat, or a seat given up for a higher priority);
// those dates are freed. One person taking them all means one new row for one person; each
// further person is one more person told of a change, and at least one more row. Such a split
// is *needed* when nobody could hold every taken date of the row, given the rest of the plan
// after the change as it is (the takers' seats on those dates set aside): each date one they
// may be asked for in that role, a seat free, their weekly and task limits (main helper) or
// Settings' standby cap (backup) kept. Otherwise the split is *needless*.
//
// From this, the rows a change that moves only what it must may change (`allowed`): 2 for each
// released row (it goes; one row takes its dates), the further rows on needed splits, and new
// rows holding no freed date (what a holder kept, written again; a gap filled). A row rewritten
// while its holder keeps all its dates is no reason for a change and is not allowed for.

export interface FreedRows {
  /** Rows before, not there after, whose holder no longer holds some of their dates. */
  released: number;
  /** Of the rows before, those holding a forced seat. */
  releasedForced: number;
  /** Released rows whose freed dates went to more than one person. */
  split: number;
  /** People beyond the first on freed rows where nobody could take every taken date. */
  extraTakersNeeded: number;
  /** New rows beyond one on released rows nobody could take whole. */
  extraRowsNeeded: number;
  /** New rows holding no freed date: what the holder kept, rewritten, or a gap filled. */
  otherRows: number;
  /**
   * The most rows a change that moves only what it must may change: each released row goes
   * and one row of one person takes its dates (2), more only where nobody could take them
   * whole, plus the rows holding no freed date.
   */
  allowed: number;
  /** Freed rows split although one person could have taken every taken date. */
  needlessSplits: string[];
}

type Row = Pick<
  PlannedAssignment,
  "need" | "person" | "role" | "daysText" | "timeText" | "from" | "until" | "status" | "occurrences"
>;

export function freedRows(
  map: SupportMap,
  before: Row[],
  after: Row[],
  forced: (seat: Holding) => boolean,
): FreedRows {
  const problem = buildProblem(map);
  const occOf = new Map<string, number>();
  for (const occ of problem.occurrences)
    occOf.set(`${nameKey(problem.needs[occ.need].need.name)}|${occ.date}`, occ.index);
  const seatsAfter = holdingsOfPlan(after as PlannedAssignment[]);
  // Who held each seat before: they did not take it, they kept it.
  const had = new Set(
    holdingsOfPlan(before as PlannedAssignment[]).map(
      (s) => `${nameKey(s.need)}|${s.role}|${s.date}|${nameKey(s.person)}`,
    ),
  );
  /** need|role|date → who holds it after and did not before: who took it. */
  const holders = new Map<string, string[]>();
  const primaryOf = problem.occurrences.map(() => new Set<string>());
  const backupOf = problem.occurrences.map(() => new Set<string>());
  // person → week → main-helper visits; person → needs held; person → week → standby dates
  const visits = new Map<string, Map<number, number>>();
  const tasks = new Map<string, Set<string>>();
  const standby = new Map<string, Map<number, Set<IsoDate>>>();
  const week = (date: IsoDate) => Date.parse(weekStart(date));
  for (const s of seatsAfter) {
    const who = nameKey(s.person);
    const k = `${nameKey(s.need)}|${s.role}|${s.date}`;
    if (!had.has(`${k}|${who}`)) holders.set(k, [...(holders.get(k) ?? []), who]);
    const o = occOf.get(`${nameKey(s.need)}|${s.date}`);
    if (o === undefined) continue;
    if (s.role === "primary") {
      primaryOf[o].add(who);
      const v = visits.get(who) ?? new Map<number, number>();
      v.set(week(s.date), (v.get(week(s.date)) ?? 0) + 1);
      visits.set(who, v);
      tasks.set(who, (tasks.get(who) ?? new Set()).add(nameKey(s.need)));
    } else {
      backupOf[o].add(who);
      const b = standby.get(who) ?? new Map<number, Set<IsoDate>>();
      b.set(week(s.date), (b.get(week(s.date)) ?? new Set()).add(s.date));
      standby.set(who, b);
    }
  }
  const cap = map.settings.maxStandbyDays ?? Infinity;

  /** Whether helper h could hold every date in `occs` in `role`, with `takers` set aside. */
  const couldTakeAll = (
    h: number,
    role: Role,
    need: string,
    occs: number[],
    takers: Set<string>,
  ) => {
    const helper = problem.helpers[h];
    const who = nameKey(helper.name);
    const perWeek = new Map<number, IsoDate[]>();
    for (const o of occs) {
      const occ = problem.occurrences[o];
      const others = (role === "primary" ? primaryOf : backupOf)[o];
      const left = [...others].filter((p) => !takers.has(p) || p === who);
      if (role === "primary") {
        if (!occ.primary.includes(h) || backupOf[o].has(who)) return false;
        if (!left.includes(who) && left.length >= occ.seats) return false;
      } else {
        if (!occ.backup.includes(h) || primaryOf[o].has(who)) return false;
        if (left.some((p) => p !== who)) return false;
      }
      const w = week(occ.date);
      perWeek.set(w, [...(perWeek.get(w) ?? []), occ.date]);
    }
    for (const [w, dates] of perWeek) {
      if (role === "primary") {
        const own = dates.filter((d) => primaryOf[occOf.get(`${need}|${d}`) ?? -1]?.has(who));
        const v = (visits.get(who)?.get(w) ?? 0) - own.length + dates.length;
        if (v > helper.maxVisits) return false;
      } else {
        const on = new Set(standby.get(who)?.get(w) ?? []);
        for (const d of dates) on.add(d);
        if (on.size > cap) return false;
      }
    }
    if (role === "primary") {
      const held = tasks.get(who) ?? new Set<string>();
      if (!held.has(need) && held.size >= helper.maxTasks) return false;
    }
    return true;
  };

  const rowKey = (r: Row) =>
    [r.need, r.person, r.role, r.daysText, r.timeText, r.from, r.until].map(nameKey).join("|");
  const live = (rows: Row[]) => rows.filter((r) => r.status.trim().toLowerCase() !== "declined");
  const beforeKeys = new Set(before.map(rowKey));
  const afterKeys = new Set(after.map(rowKey));
  const released = live(before).filter((r) => !afterKeys.has(rowKey(r)));
  const added = live(after).filter((r) => !beforeKeys.has(rowKey(r)));
  const holds = new Set(
    seatsAfter.map((s) => `${nameKey(s.need)}|${s.role}|${s.date}|${nameKey(s.person)}`),
  );
  const takingRows = new Set<Row>();

  let split = 0;
  let extraTakersNeeded = 0;
  let extraRowsNeeded = 0;
  const needlessSplits: string[] = [];
  let releasedWithDates = 0;
  for (const r of released) {
    const need = nameKey(r.need);
    const who = nameKey(r.person);
    const freed = r.occurrences.filter((d) => !holds.has(`${need}|${r.role}|${d}|${who}`));
    // A row rewritten while its holder keeps every date of it frees nothing: no reason to go.
    if (!freed.length) continue;
    releasedWithDates++;
    const taken = freed.filter((d) => holders.get(`${need}|${r.role}|${d}`)?.length);
    const rowsTaking = added.filter(
      (a) =>
        nameKey(a.need) === need &&
        a.role === r.role &&
        nameKey(a.person) !== who &&
        a.occurrences.some((d) => taken.includes(d)),
    );
    for (const a of rowsTaking) takingRows.add(a);
    const takers = new Set(taken.flatMap((d) => holders.get(`${need}|${r.role}|${d}`) ?? []));
    if (takers.size < 2) continue;
    split++;
    const occs = taken.map((d) => occOf.get(`${need}|${d}`)).filter((o) => o !== undefined);
    const whole = problem.helpers.find((h) => couldTakeAll(h.index, r.role, need, occs, takers));
    if (whole)
      needlessSplits.push(
        `${r.need} (${r.role}, ${taken.length} dates from ${r.person}) went to ${takers.size} people; ${whole.name} could take them all`,
      );
    else {
      extraTakersNeeded += takers.size - 1;
      extraRowsNeeded += Math.max(0, rowsTaking.length - 1);
    }
  }
  const forcedRows = live(before).filter((r) =>
    r.occurrences.some((date) => forced({ ...r, date })),
  ).length;
  const otherRows = added.filter((a) => !takingRows.has(a)).length;
  return {
    released: releasedWithDates,
    releasedForced: forcedRows,
    split,
    extraTakersNeeded,
    extraRowsNeeded,
    otherRows,
    allowed: 2 * releasedWithDates + extraRowsNeeded + otherRows,
    needlessSplits,
  };
}
