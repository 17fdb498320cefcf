import type { SupportMap } from "../src/core/model";
import { planSupport } from "../src/core/planner";
import { nameKey } from "../src/core/problem";
import { generateNetwork } from "./generate";
import { holdingsOfPlan } from "./measure";

// A dropout moves only what it must. For each generated network: plan, take the helper with the
// most main-helper seats out (Status: dropped), plan again from the rows the first plan wrote,
// and count the seats and rows that moved against those the dropout forced.

export interface DropoutResult {
  helpers: number;
  seed: number;
  dropped: string;
  /** Main-helper seats the dropped helper held: these must move. */
  forcedSeats: number;
  /** Seats other people held before and not after. */
  othersLost: number;
  /** Of those, seats lost where that person gained a seat of higher priority. */
  othersLostForHigher: number;
  /**
   * The rule: nobody keeps fewer seats than before. Seats short of their count before, summed
   * over the others, leaving out anyone who gained a higher-priority visit.
   */
  othersFewer: number;
  /** Assignments rows before that are not there after, and rows after that are new. */
  rowsChanged: number;
  /** Rows the dropped helper held: the rows the change forced. */
  rowsForced: number;
}

const rowKey = (r: {
  need: string;
  person: string;
  role: string;
  daysText: string;
  timeText: string;
  from: string;
  until: string;
}) => [r.need, r.person, r.role, r.daysText, r.timeText, r.from, r.until].map(nameKey).join("|");

export function dropoutOnce(helpers: number, seed: number): DropoutResult | undefined {
  const map = generateNetwork(helpers, seed);
  const first = planSupport(map);
  const rows = first.assignments.map((a, i) => ({ ...a, row: i + 2 }));
  const seats = holdingsOfPlan(first.assignments).filter((h) => h.role === "primary");
  const count = new Map<string, number>();
  for (const s of seats) count.set(nameKey(s.person), (count.get(nameKey(s.person)) ?? 0) + 1);
  const top = [...count].sort((a, b) => b[1] - a[1])[0];
  if (!top) return undefined;
  const droppedKey = top[0];
  const after: SupportMap = {
    ...map,
    assignments: rows,
    people: map.people.map((p) =>
      nameKey(p.name) === droppedKey ? { ...p, status: { kind: "dropped" } } : p,
    ),
  };
  const second = planSupport(after);
  const seatKey = (s: { need: string; person: string; date: string }) =>
    `${nameKey(s.need)}|${nameKey(s.person)}|${s.date}`;
  const afterSeats = holdingsOfPlan(second.assignments).filter((h) => h.role === "primary");
  const afterKeys = new Set(afterSeats.map(seatKey));
  const priority = new Map(map.needs.map((n) => [nameKey(n.name), n.priority]));
  const rank = (need: string) =>
    ({ high: 3, medium: 2, low: 1 })[priority.get(nameKey(need)) ?? "low"];
  const lost = seats.filter((s) => nameKey(s.person) !== droppedKey && !afterKeys.has(seatKey(s)));
  const beforeKeys = new Set(seats.map(seatKey));
  const gained = afterSeats.filter((s) => !beforeKeys.has(seatKey(s)));
  const lostForHigher = lost.filter((l) =>
    gained.some((g) => nameKey(g.person) === nameKey(l.person) && rank(g.need) > rank(l.need)),
  ).length;
  const tally = (list: typeof seats) => {
    const m = new Map<string, number>();
    for (const s of list) m.set(nameKey(s.person), (m.get(nameKey(s.person)) ?? 0) + 1);
    return m;
  };
  const before = tally(seats);
  const afterCount = tally(afterSeats);
  let othersFewer = 0;
  for (const [person, n] of before) {
    if (person === droppedKey) continue;
    const short = n - (afterCount.get(person) ?? 0);
    const higher = lost.some(
      (l) =>
        nameKey(l.person) === person &&
        gained.some((g) => nameKey(g.person) === person && rank(g.need) > rank(l.need)),
    );
    if (short > 0 && !higher) othersFewer += short;
  }
  const beforeRows = new Set(first.assignments.map(rowKey));
  const afterRows = new Set(second.assignments.map(rowKey));
  const rowsChanged =
    [...beforeRows].filter((k) => !afterRows.has(k)).length +
    [...afterRows].filter((k) => !beforeRows.has(k)).length;
  const rowsForced = first.assignments.filter((r) => nameKey(r.person) === droppedKey).length;
  return {
    helpers,
    seed,
    dropped: map.people.find((p) => nameKey(p.name) === droppedKey)?.name ?? droppedKey,
    forcedSeats: top[1],
    othersLost: lost.length,
    othersLostForHigher: lostForHigher,
    othersFewer,
    rowsChanged,
    rowsForced,
  };
}
