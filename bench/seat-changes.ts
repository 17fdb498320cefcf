import type { Priority, SupportMap } from "../src/core/model";
import type { PlannedAssignment } from "../src/core/plan-types";
import { nameKey } from "../src/core/problem";
import { holdingsOfPlan, type Holding } from "./measure";

// What a re-plan changed, read from the Assignments rows before and after and nothing else (not
// from the planner's own bookkeeping), so the bench and the tests can hold the planner to:
// "after a change, nobody keeps fewer seats than before unless a higher-priority visit needed
// them", and "a change moves only what it must".
//
// Words:
//  - a seat is one person in one role (main helper or backup) on one date of one need;
//  - a seat is forced when the change itself takes it from its holder: they may no longer be
//    asked that day (dropped, paused, "do not involve"), they declined it, or the need no longer
//    has that date. The caller says which seats the change forced (`forced`);
//  - a row is forced when it holds a forced seat: it cannot stay as it is. Every other row
//    could stay exactly as it was;
//  - a seat someone else lost (held before, not forced, not held after) was lost for a higher
//    priority when, for a main-helper seat, its holder now has a main-helper seat they did not
//    have before in a need of higher priority; for a backup seat, when its holder is now the
//    main helper of that same visit (the backup stepped in). Any other lost seat was lost
//    needlessly;
//  - rows changed: rows before that are not there after plus rows after that are new, rows
//    compared by need, person, role, days, time, from and until (Status and Briefed aside).
//    Rows are drawn from one person's dates of one need in one role, so a row changes only when
//    those dates change: it is forced, takes freed seats or open gaps, or gives up a seat.

export interface SeatChanges {
  /** Seats before that the change took away from their holders. */
  forcedSeats: number;
  /** Rows before holding a forced seat. */
  forcedRows: number;
  /** Seats held before, not forced, and not held after. */
  othersLost: Holding[];
  /** Of those, lost for a higher-priority visit of their holder (see above). */
  forHigher: Holding[];
  /** Of those, lost for no higher priority: the rule says none. */
  needless: Holding[];
  /** Rows removed plus rows added. */
  rowsChanged: number;
  /** Rows changed of people who only gained seats in that need and role (freed seats, gaps). */
  rowsTakingSeats: number;
  /** Rows changed of people who gave up a seat they held for a higher priority. */
  rowsForHigher: number;
  /** Rows changed of people who lost a seat needlessly (or changed with no seat changed). */
  rowsNeedless: number;
}

type Row = Pick<
  PlannedAssignment,
  "need" | "person" | "role" | "daysText" | "timeText" | "from" | "until" | "status" | "occurrences"
>;

const RANK: Record<Priority, number> = { high: 3, medium: 2, low: 1 };

const rowKey = (r: Row) =>
  [r.need, r.person, r.role, r.daysText, r.timeText, r.from, r.until].map(nameKey).join("|");
const groupKey = (s: { need: string; person: string; role: string }) =>
  [s.need, s.person, s.role].map(nameKey).join("|");
const seatKey = (s: Holding) => `${groupKey(s)}|${s.date}`;

export function seatChanges(
  map: SupportMap,
  before: Row[],
  after: Row[],
  forced: (seat: Holding) => boolean,
): SeatChanges {
  const live = (rows: Row[]) =>
    rows.filter((r) => r.status.trim().toLowerCase() !== "declined") as PlannedAssignment[];
  const seatsBefore = holdingsOfPlan(live(before));
  const seatsAfter = holdingsOfPlan(live(after));
  const afterKeys = new Set(seatsAfter.map(seatKey));
  const beforeKeys = new Set(seatsBefore.map(seatKey));
  const priority = new Map(map.needs.map((n) => [nameKey(n.name), RANK[n.priority]]));
  const rank = (need: string) => priority.get(nameKey(need)) ?? 0;

  // The highest priority of a main-helper seat each person gained.
  const gainedRank = new Map<string, number>();
  for (const s of seatsAfter)
    if (s.role === "primary" && !beforeKeys.has(seatKey(s))) {
      const p = nameKey(s.person);
      gainedRank.set(p, Math.max(gainedRank.get(p) ?? 0, rank(s.need)));
    }
  const forcedSeats = seatsBefore.filter(forced);
  const othersLost = seatsBefore.filter((s) => !forced(s) && !afterKeys.has(seatKey(s)));
  const higher = (s: Holding) =>
    s.role === "primary"
      ? (gainedRank.get(nameKey(s.person)) ?? 0) > rank(s.need)
      : afterKeys.has(seatKey({ ...s, role: "primary" }));
  const forHigher = othersLost.filter(higher);
  const needless = othersLost.filter((s) => !higher(s));

  const beforeRows = new Set(before.map(rowKey));
  const afterRows = new Set(after.map(rowKey));
  const changed = [
    ...before.filter((r) => !afterRows.has(rowKey(r))),
    ...after.filter((r) => !beforeRows.has(rowKey(r))),
  ];
  const forcedGroups = new Set(forcedSeats.map(groupKey));
  const needlessGroups = new Set(needless.map(groupKey));
  const higherGroups = new Set(forHigher.map(groupKey));
  const gainingGroups = new Set(
    seatsAfter.filter((s) => !beforeKeys.has(seatKey(s))).map(groupKey),
  );
  let rowsTakingSeats = 0;
  let rowsForHigher = 0;
  let rowsNeedless = 0;
  for (const r of changed) {
    const g = groupKey(r);
    if (forcedGroups.has(g)) continue;
    if (needlessGroups.has(g)) rowsNeedless++;
    else if (higherGroups.has(g)) rowsForHigher++;
    else if (gainingGroups.has(g)) rowsTakingSeats++;
    else rowsNeedless++;
  }
  return {
    forcedSeats: forcedSeats.length,
    forcedRows: before.filter((r) =>
      live([r]).some((x) => x.occurrences.some((date) => forced({ ...x, date }))),
    ).length,
    othersLost,
    forHigher,
    needless,
    rowsChanged: changed.length,
    rowsTakingSeats,
    rowsForHigher,
    rowsNeedless,
  };
}
