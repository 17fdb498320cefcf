import { dayNumber } from "../../src/core/dates";
import { offerFit } from "../../src/core/eligibility";
import type { Assignment, IsoDate, Person, SupportMap } from "../../src/core/model";
import { needDates } from "../../src/core/occurrences";
import type { PlanResult } from "../../src/core/plan-types";

// An independent check of a plan's hard rules, from the map and the plan's rows alone: never
// from the planner's own state. Each date a row stands for is looked up in the map again.
// Returns the broken rules in words; an empty list is a valid plan.

const key = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

function mayBeAsked(p: Person | undefined, date: IsoDate): boolean {
  if (!p) return true;
  const s = p.status;
  if (s.kind === "dropped" || s.kind === "do not involve") return false;
  if (s.kind === "paused") return !((!s.from || date >= s.from) && (!s.until || date <= s.until));
  return true;
}

/** Monday-to-Sunday week of a date, as a day number. */
function weekOf(date: IsoDate): number {
  const n = dayNumber(date);
  return n - ((n + 3) % 7);
}

const sameRow = (a: Assignment, b: Assignment) =>
  key(a.need) === key(b.need) &&
  key(a.person) === key(b.person) &&
  a.role === b.role &&
  a.from === b.from &&
  a.until === b.until;

export function brokenRules(map: SupportMap, plan: PlanResult): string[] {
  const out: string[] = [];
  const rows = plan.assignments;
  const people = new Map<string, Person>();
  for (const p of map.people) if (!people.has(key(p.name))) people.set(key(p.name), p);
  const needs = new Map(
    map.needs.filter((n) => n.status === "active").map((n) => [key(n.name), n]),
  );
  const primaries = new Map<string, string[]>();
  const backups = new Map<string, string[]>();
  const tasks = new Map<string, Set<string>>();
  const visits = new Map<string, number>();
  const declined = new Set<string>();
  for (const r of rows)
    if (r.status === "declined")
      for (const d of r.occurrences) declined.add(`${key(r.need)}|${key(r.person)}|${r.role}|${d}`);

  for (const r of rows) {
    if (r.status === "declined") continue;
    const need = needs.get(key(r.need));
    const who = key(r.person);
    const what = `${r.person} as ${r.role} of ${r.need}`;
    if (!need) {
      if (!r.pinned) out.push(`not an active need: ${what}`);
      continue;
    }
    if (need.category === "professional") out.push(`referral planned: ${what}`);
    const dates = new Set(needDates(need, map.settings));
    const offers = map.offers.filter((o) => key(o.person) === who);
    for (const d of r.occurrences) {
      const at = `${what} on ${d}`;
      if (!dates.has(d)) out.push(`not a date of the need: ${at}`);
      if (!mayBeAsked(people.get(who), d)) out.push(`may not be asked: ${at}`);
      if (declined.has(`${key(r.need)}|${who}|${r.role}|${d}`)) out.push(`declined: ${at}`);
      // A pinned row is the coordinator's word: it stands even when no offer covers it.
      const fits = offers.some(
        (o) =>
          (r.role === "backup" || !o.backupOnly) && offerFit(need, o, d, map.settings) === "ok",
      );
      if (!r.pinned && !fits) out.push(`no fitting offer: ${at}`);
      const slot = `${key(r.need)}|${d}`;
      const list = r.role === "primary" ? primaries : backups;
      const held = list.get(slot) ?? [];
      if (held.includes(who)) out.push(`same seat twice: ${at}`);
      list.set(slot, [...held, who]);
      if (r.role !== "primary") continue;
      tasks.set(who, (tasks.get(who) ?? new Set()).add(key(r.need)));
      const wk = `${who}|${weekOf(d)}`;
      visits.set(wk, (visits.get(wk) ?? 0) + 1);
    }
  }
  for (const [slot, held] of primaries) {
    const need = needs.get(slot.split("|")[0]);
    if (need && held.length > need.helpers) out.push(`too many primaries: ${slot}`);
    for (const b of backups.get(slot) ?? [])
      if (held.includes(b)) out.push(`primary is also backup: ${b} on ${slot}`);
  }
  for (const [slot, held] of backups) if (held.length > 1) out.push(`two backups: ${slot}`);
  for (const [who, set] of tasks) {
    const max = people.get(who)?.maxTasks ?? map.settings.maxTasks;
    if (set.size > max) out.push(`over task limit: ${who} holds ${set.size}, limit ${max}`);
  }
  for (const [wk, n] of visits) {
    const max = people.get(wk.split("|")[0])?.maxVisitsPerWeek;
    if (max !== undefined && n > max) out.push(`over weekly limit: ${wk} has ${n}, limit ${max}`);
  }
  // Pinned and declined rows stay, unless their person or need is gone from the map.
  for (const a of map.assignments) {
    const gone =
      !needs.has(key(a.need)) ||
      people.get(key(a.person))?.status.kind === "dropped" ||
      people.get(key(a.person))?.status.kind === "do not involve";
    const declinedRow = a.status.trim().toLowerCase() === "declined";
    if (!(a.pinned || declinedRow) || (gone && !declinedRow)) continue;
    if (!rows.some((r) => sameRow(r, a) && r.pinned === a.pinned))
      out.push(`pinned or declined row lost: ${a.person} ${a.need} ${a.from}`);
  }
  // The report counts what the rows hold.
  for (const c of plan.report.coverage.needs) {
    const slots = [...primaries].filter(([s]) => s.split("|")[0] === key(c.need));
    const covered = slots.reduce((sum, [, held]) => sum + held.length, 0);
    if (c.state !== "referral" && covered !== c.covered)
      out.push(`report says ${c.covered} covered for ${c.need}, rows hold ${covered}`);
    const backed = [...backups].filter(
      ([s]) => s.split("|")[0] === key(c.need) && needs.get(key(c.need))?.backup,
    ).length;
    if (c.state !== "referral" && backed !== c.backup)
      out.push(`report says ${c.backup} backed up for ${c.need}, rows hold ${backed}`);
  }
  return out;
}
