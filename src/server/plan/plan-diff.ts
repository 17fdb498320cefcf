import { isIsoDate, shortDate } from "../../core/dates";
import type { Assignment } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { ChangeCounts, ChangedRow, ChangeRow, MovedRow } from "../../shared/panel-types";

// What a new plan changes against the Assignments sheet, in the coordinator's terms: rows
// added, rows removed, and slots that move from one person to another. Pure: no Apps Script.

export interface PlanChanges {
  added: ChangeRow[];
  removed: ChangeRow[];
  moved: MovedRow[];
  /** The same person, on other days or dates. */
  changed: ChangedRow[];
  unchanged: number;
}

type Row = Pick<
  Assignment,
  "need" | "person" | "role" | "daysText" | "timeText" | "from" | "until" | "pinned"
>;

const day = (date: string) => (isIsoDate(date) ? shortDate(date) : date);

/** "weekdays, morning, Mon 7 Dec to Fri 18 Dec" */
export function whenText(row: Row): string {
  const dates = row.from === row.until ? day(row.from) : `${day(row.from)} to ${day(row.until)}`;
  return [row.daysText, row.timeText, dates].filter((p) => p.trim()).join(", ");
}

const slotKey = (r: Row) =>
  [r.need, r.role, r.daysText, r.timeText, r.from, r.until].map(nameKey).join("|");
const rowKey = (r: Row) => `${slotKey(r)}|${nameKey(r.person)}`;

/** Takes the first row of `pool` that `fits`, removing it. */
function take<T>(pool: T[], fits: (item: T) => boolean): T | undefined {
  const i = pool.findIndex(fits);
  return i < 0 ? undefined : pool.splice(i, 1)[0];
}

export function planChanges(before: readonly Row[], after: readonly Row[]): PlanChanges {
  const old = [...before];
  let unchanged = 0;
  const fresh: Row[] = [];
  for (const row of after) {
    if (take(old, (o) => rowKey(o) === rowKey(row))) unchanged++;
    else fresh.push(row);
  }
  const moved: MovedRow[] = [];
  const changed: { was: Row; now: Row }[] = [];
  const overlaps = (a: Row, b: Row) => a.from <= b.until && b.from <= a.until;
  const sameTask = (a: Row, b: Row) => nameKey(a.need) === nameKey(b.need) && a.role === b.role;
  const samePerson = (a: Row, b: Row) => nameKey(a.person) === nameKey(b.person);

  // 1. The exact slot, held by someone else now.
  let rest = fresh.filter((row) => {
    const was = take(old, (o) => slotKey(o) === slotKey(row));
    if (was) moved.push(move(was, row));
    return !was;
  });
  // 2. The same person's row of the same task on other days or dates.
  rest = rest.filter((row) => {
    const was = take(old, (o) => sameTask(o, row) && samePerson(o, row) && overlaps(o, row));
    if (was) changed.push({ was, now: row });
    return !was;
  });
  // 3. Overlapping dates of the same task, from one person to another.
  rest = rest.filter((row) => {
    const was = take(old, (o) => sameTask(o, row) && overlaps(o, row));
    if (was) moved.push(move(was, row));
    return !was;
  });
  // 4. A row that went, whose dates someone's changed row now covers, moved to them.
  const removed = old.filter((o) => {
    const to = changed.find(({ now }) => sameTask(o, now) && overlaps(o, now));
    if (to) moved.push(move(o, to.now, o));
    return !to;
  });
  return {
    added: rest.map(change),
    removed: removed.map(change),
    moved,
    changed: changed.map(({ was, now }) => ({ ...change(now), was: whenText(was) })),
    unchanged,
  };
}

function change(row: Row): ChangeRow {
  return { need: row.need, person: row.person, role: row.role, when: whenText(row) };
}

/** `dates` says which dates moved: the new row's unless only part of it was taken over. */
function move(was: Row, now: Row, dates: Row = now): MovedRow {
  return {
    need: now.need,
    role: now.role,
    when: whenText(dates),
    from: was.person,
    to: now.person,
  };
}

export function countChanges(changes: PlanChanges): ChangeCounts {
  return {
    added: changes.added.length,
    removed: changes.removed.length,
    moved: changes.moved.length,
    changed: changes.changed.length,
    unchanged: changes.unchanged,
  };
}

/** "3 added, 1 removed, 2 moved to someone else, 40 unchanged." */
export function changesText(c: ChangeCounts): string {
  if (!c.added && !c.removed && !c.moved && !c.changed)
    return c.unchanged
      ? `No changes: all ${c.unchanged} assignments stay as they are.`
      : "No changes: there is nothing to assign yet.";
  const parts = [
    c.added && `${c.added} added`,
    c.removed && `${c.removed} removed`,
    c.moved && `${c.moved} moved to someone else`,
    c.changed && `${c.changed} changed`,
    `${c.unchanged} unchanged`,
  ].filter(Boolean);
  return `${parts.join(", ")}.`;
}

/** Names a plan by its rows, so a preview and a later Apply can be compared. */
export function planId(rows: readonly Row[]): string {
  let hash = 0x811c9dc5;
  const text = rows
    .map((r) => `${rowKey(r)}|${r.pinned ? 1 : 0}`)
    .sort()
    .join("\n");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${rows.length}-${hash.toString(16).padStart(8, "0")}`;
}
