import { isOverEager } from "./backups";
import { longDate } from "./dates";
import { FIT_ORDER, type FitStep, mayAsk, offerFit, staticFit, dateFit } from "./eligibility";
import { gapWhen, whenPhrase } from "./gap-words";
import { isAnyType, typeMatches } from "./help-types";
import type { IsoDate, Need, Offer, Person, Role, SheetError } from "./model";
import type { PlanState } from "./plan-state";
import type {
  CoverageState,
  Gap,
  GapReason,
  HelperLoad,
  NeedCoverage,
  PlannedAssignment,
  Referral,
  Report,
  UnusedOffer,
} from "./plan-types";
import { nameKey, type PlanNeed } from "./problem";
import { joinWords } from "./words";
import { pinWarnings } from "./pin-warnings";
import { rankUnread, rowsWords, unreadOfType } from "./unread";

// The report explains the plan in the coordinator's words. People marked "do not involve"
// are never named here, not even as a way to close a gap.

export function buildReport(
  state: PlanState,
  assignments: PlannedAssignment[],
  errors: SheetError[],
): Report {
  const needs = state.problem.needs.map((pn) => needCoverage(state, pn));
  let covered = 0;
  let total = 0;
  let wCovered = 0;
  let wTotal = 0;
  for (const pn of state.problem.needs) {
    const c = needs[pn.index];
    covered += c.covered;
    total += c.total;
    wCovered += c.covered * pn.weight;
    wTotal += c.total * pn.weight;
  }
  const rank = { high: 0, medium: 1, low: 2 };
  const helpers = helperLoads(state);
  return {
    coverage: {
      overall: total ? covered / total : 1,
      weighted: wTotal ? wCovered / wTotal : 1,
      needs: [...needs].sort(
        (a, b) => rank[a.priority] - rank[b.priority] || a.needRow - b.needRow,
      ),
    },
    gaps: gaps(state),
    helpers,
    overEager: helpers.filter((h) => h.overEager).map((h) => h.person),
    atLimit: helpers.filter((h) => h.atLimit).map((h) => h.person),
    referrals: referrals(state),
    unusedOffers: unusedOffers(state, assignments),
    oversupply: oversupply(state),
    errors,
    unread: rankUnread(state.problem.map.unread ?? []),
    pinWarnings: pinWarnings(state.problem),
  };
}

function needCoverage(state: PlanState, pn: PlanNeed): NeedCoverage {
  let covered = 0;
  let total = 0;
  let backupWanted = 0;
  let backup = 0;
  for (const o of pn.occurrences) {
    covered += state.primaries[o].length;
    total += state.problem.occurrences[o].seats;
    if (pn.wantsBackup) {
      backupWanted++;
      if (state.backup[o] >= 0) backup++;
    }
  }
  let coverageState: CoverageState;
  if (pn.referral) coverageState = "referral";
  else if (covered === 0 && total > 0) coverageState = "gap";
  else if (covered < total) coverageState = "partly covered";
  else if (backupWanted > 0 && backup === backupWanted) coverageState = "covered with backup";
  else coverageState = "covered";
  return {
    need: pn.need.name,
    needRow: pn.need.row,
    priority: pn.need.priority,
    covered,
    total,
    backupWanted,
    backup,
    state: coverageState,
  };
}

interface PersonView {
  person: Person;
  offers: Offer[];
}

/** Everyone in the map with their offers, including people who may not be asked. */
function peopleWithOffers(state: PlanState): PersonView[] {
  const { map } = state.problem;
  const views = new Map<string, PersonView>();
  for (const p of map.people)
    if (!views.has(nameKey(p.name))) views.set(nameKey(p.name), { person: p, offers: [] });
  for (const o of map.offers) {
    const key = nameKey(o.person);
    let v = views.get(key);
    if (!v) {
      const h = state.problem.helperByName.get(key);
      if (h === undefined) continue;
      v = { person: state.problem.helpers[h].person, offers: [] };
      views.set(key, v);
    }
    v.offers.push(o);
  }
  return [...views.values()];
}

interface SeatWhy {
  reason: GapReason;
  /** People who may be named in the explanation (never "do not involve"). */
  names: string[];
}

const STEP_REASON: Record<Exclude<FitStep, "ok">, GapReason> = {
  type: "no-offer",
  mode: "mode",
  days: "no-time",
  dates: "outside-dates",
  time: "no-time",
  quiet: "quiet-time",
};

/** Why one occurrence has no primary (or no backup): the closest any offer came. */
function seatWhy(state: PlanState, people: PersonView[], o: number, role: Role): SeatWhy {
  const { problem } = state;
  const occ = problem.occurrences[o];
  const need = problem.needs[occ.need].need;
  const fits: { view: PersonView; step: FitStep }[] = [];
  for (const view of people)
    for (const offer of view.offers) {
      if (role === "primary" && offer.backupOnly) continue;
      fits.push({ view, step: offerFit(need, offer, occ.date, problem.map.settings) });
    }
  const asked = (v: PersonView) => mayAsk(v.person, occ.date);
  const taken = new Set(
    [...state.primaries[o], state.backup[o]].map((h) => problem.helpers[h]?.name),
  );
  const ready = fits.filter((f) => f.step === "ok" && asked(f.view));
  if (ready.length) {
    const others = ready.filter((f) => !taken.has(f.view.person.name));
    if (role === "backup" && !others.length) return { reason: "no-offer", names: [] };
    return { reason: "at-limit", names: unique(others.map((f) => f.view.person.name)) };
  }
  const blocked = fits.filter((f) => f.step === "ok" && !asked(f.view));
  if (blocked.length)
    return {
      reason: "excluded-only",
      names: unique(
        blocked
          .filter((f) => f.view.person.status.kind !== "do not involve")
          .map((f) => `${f.view.person.name} (${statusWords(f.view.person.status)})`),
      ),
    };
  const open = fits.filter((f) => asked(f.view));
  let best: FitStep = "type";
  let names: string[] = [];
  for (const f of open) {
    const i = FIT_ORDER.indexOf(f.step);
    if (i > FIT_ORDER.indexOf(best)) {
      best = f.step;
      names = [f.view.person.name];
    } else if (f.step === best) names.push(f.view.person.name);
  }
  return {
    reason: STEP_REASON[best as Exclude<FitStep, "ok">],
    names: best === "type" ? [] : unique(names),
  };
}

/** Why someone may not be asked, in a few words: "paused from 19 December", "dropped out". */
function statusWords(status: Person["status"]): string {
  if (status.kind === "dropped") return "dropped out";
  if (status.kind !== "paused") return status.kind;
  const from = status.from ? ` from ${longDate(status.from)}` : "";
  const until = status.until ? ` until ${longDate(status.until)}` : "";
  return `paused${from}${until}`;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function explain(
  state: PlanState,
  need: Need,
  dates: IsoDate[],
  role: Role,
  why: SeatWhy,
): [string, string] {
  const { settings } = state.problem.map;
  const type = need.type.toLowerCase();
  const when = whenPhrase(need, dates);
  const names = joinWords(why.names);
  const nobody = role === "backup" ? "Nobody else who may be asked" : "Nobody who may be asked";
  const backupNote = role === "backup" ? " to back it up" : "";
  switch (why.reason) {
    case "no-offer":
      return [
        `${nobody} offers ${type}${backupNote}.`,
        `Ask the group for someone who can help with ${type}${role === "backup" ? " as a backup" : ""}.`,
      ];
    case "no-time":
      return [
        `${nobody} offers ${type} ${when}${backupNote}.`,
        `Ask for someone free ${stripOn(when)} for ${type}.`,
      ];
    case "excluded-only":
      return [
        why.names.length
          ? `Only ${names} ${why.names.length > 1 ? "offer" : "offers"} ${type} ${when}; nobody else who may be asked does.`
          : `${nobody} offers ${type} ${when}${backupNote}.`,
        `Ask for someone free ${stripOn(when)} for ${type}.`,
      ];
    case "at-limit":
      return [
        `Everyone who could do it already holds as much as they agreed to${names ? `: ${names}` : ""}.`,
        `Ask ${names || "them"} whether they could take one more, or ask for someone new for ${type}.`,
      ];
    case "outside-dates":
      return [
        `${names} ${why.names.length > 1 ? "offer" : "offers"} ${type} ${when}, but not on these dates.`,
        `Ask ${names} whether their dates could stretch, or ask for someone free then.`,
      ];
    case "mode": {
      const wanted = need.mode === "remote" ? "remotely" : "in person";
      const other = need.mode === "remote" ? "in person" : "remotely";
      return [
        `${type[0].toUpperCase()}${type.slice(1)} is needed ${wanted}, but it is only offered ${other}.`,
        `Ask whether someone could help ${wanted}, or change the need's Mode if ${other} would do.`,
      ];
    }
    case "quiet-time":
      return [
        `The only times offered fall in the quiet time (${settings.quietTimesText}), when no visits are planned.`,
        `Move the need's Time out of the quiet time, or ask ${settings.supportedName || "the person supported"} whether a visit then is welcome.`,
      ];
  }
}

function stripOn(when: string): string {
  return when.replace(/^on /, "").replace(/^every day/, "every day") || "then";
}

function gaps(state: PlanState): Gap[] {
  const { problem } = state;
  const people = peopleWithOffers(state);
  const out: Gap[] = [];
  const rank = { high: 0, medium: 1, low: 2 };
  const ordered = [...problem.needs]
    .filter((n) => !n.referral)
    .sort((a, b) => rank[a.need.priority] - rank[b.need.priority] || a.need.row - b.need.row);
  for (const pn of ordered) {
    for (const role of ["primary", "backup"] as Role[]) {
      const groups = new Map<string, { why: SeatWhy; dates: IsoDate[] }>();
      for (const o of pn.occurrences) {
        const occ = problem.occurrences[o];
        const open =
          role === "primary" ? state.freeSeats(o) > 0 : occ.wantsBackup && state.backup[o] < 0;
        if (!open) continue;
        const why = seatWhy(state, people, o, role);
        const key = `${why.reason}|${why.names.join(",")}`;
        const g = groups.get(key) ?? { why, dates: [] };
        g.dates.push(occ.date);
        groups.set(key, g);
      }
      for (const { why, dates } of groups.values()) {
        const [said, suggestion] = explain(state, pn.need, dates, role, why);
        // An offer (or a person) that cannot be read might be the one that fills it.
        const unreadOffers = unreadOfType(problem.map.unread, "Offers", pn.need.type);
        const unreadPeople = (problem.map.unread ?? []).filter((u) => u.sheet === "People");
        const hidden = [unreadOffers, unreadPeople].filter((rows) => rows.length);
        const explanation = hidden.length
          ? `${said} (${hidden.map(rowsWords).join(" and ")} can't be read yet and may change this.)`
          : said;
        out.push({
          need: pn.need.name,
          needRow: pn.need.row,
          priority: pn.need.priority,
          role,
          when: gapWhen(pn.need, dates),
          occurrences: dates,
          reason: why.reason,
          explanation,
          suggestion,
        });
      }
    }
  }
  return out;
}

/** People in People's order; those only in Offers after them, by name. */
function sheetOrder(problem: PlanState["problem"]) {
  const row = (r: number) => (r > 0 ? r : Infinity);
  return [...problem.helpers].sort(
    (a, b) => row(a.person.row) - row(b.person.row) || a.index - b.index,
  );
}

function helperLoads(state: PlanState): HelperLoad[] {
  const { problem } = state;
  return sheetOrder(problem).map((h) => {
    const backupNeeds = new Set<number>();
    const standby = new Map<number, Set<string>>();
    for (const occ of problem.occurrences)
      if (state.backup[occ.index] === h.index) {
        backupNeeds.add(occ.need);
        standby.set(occ.week, (standby.get(occ.week) ?? new Set()).add(occ.date));
      }
    const tasks = state.tasks(h.index);
    return {
      person: h.name,
      tasks,
      maxTasks: h.maxTasks,
      visitsPerWeek: Math.max(0, ...state.weekCount[h.index].values()),
      maxVisitsPerWeek: Number.isFinite(h.maxVisits) ? h.maxVisits : undefined,
      backupRoles: backupNeeds.size,
      standbyDaysPerWeek: Math.max(0, ...[...standby.values()].map((d) => d.size)),
      atLimit: !h.backupOnly && tasks >= h.maxTasks,
      overEager: isOverEager(state, h.index),
    };
  });
}

function referrals(state: PlanState): Referral[] {
  return [...state.problem.needs]
    .sort((a, b) => a.need.row - b.need.row)
    .filter((n) => n.referral)
    .map((n) => ({
      need: n.need.name,
      needRow: n.need.row,
      type: n.need.type,
      advice: `"${n.need.name}" needs a professional (${n.need.type}). Refer it to one rather than give it to a friend; helpers can still support around it.`,
    }));
}

function unusedOffers(state: PlanState, assignments: PlannedAssignment[]): UnusedOffer[] {
  const { problem } = state;
  const { map } = problem;
  const out: UnusedOffer[] = [];
  const needTypes = problem.needs.filter((n) => !n.referral).map((n) => n.need);
  for (const offer of map.offers) {
    const h = problem.helperByName.get(nameKey(offer.person));
    if (h === undefined) continue; // do not involve or dropped: never named
    const helper = problem.helpers[h];
    const used = assignments.some((a) => {
      if (nameKey(a.person) !== nameKey(helper.name)) return false;
      const n = problem.needByName.get(nameKey(a.need));
      return n !== undefined && typeMatches(offer.type, problem.needs[n].need.type);
    });
    if (used) continue;
    const matching = needTypes.filter((n) => typeMatches(offer.type, n.type));
    const what = isAnyType(offer.type) ? "any type of help" : offer.type.toLowerCase();
    let why: string;
    // A need that cannot be read might be the one this offer is for: say so, claim nothing.
    const unreadNeeds = unreadOfType(map.unread, "Needs", offer.type);
    const caveat = unreadNeeds.length
      ? ` ${rowsWords(unreadNeeds)} can't be read yet and may need it: fix ${unreadNeeds.length > 1 ? "them" : "it"}, then plan again.`
      : "";
    if (!matching.length)
      why = unreadNeeds.length
        ? `No need that can be read asks for ${what}.${caveat}`
        : `Nobody needs ${what}.`;
    else if (offer.backupOnly)
      why = "Backup only, and no backup was needed from them in this plan.";
    else if (!offer.backupOnly && state.taskFull(h))
      why = `${helper.name} already holds ${state.tasks(h)} tasks, their limit.`;
    else if (!matching.some((n) => fitsSomeDate(state, n, offer)))
      why = unreadNeeds.length
        ? `Its days, times or dates do not fit any need for ${what} that can be read.${caveat}`
        : `Its days, times or dates do not fit any need for ${what}.`;
    else why = `Others already cover ${what}.${caveat}`;
    out.push({ person: helper.name, type: offer.type, offerRow: offer.row, why });
  }
  return out;
}

function fitsSomeDate(state: PlanState, need: Need, offer: Offer): boolean {
  const { problem } = state;
  if (staticFit(need, offer, problem.map.settings) !== "ok") return false;
  const n = problem.needByName.get(nameKey(need.name));
  if (n === undefined) return false;
  return problem.needs[n].occurrences.some(
    (o) => dateFit(offer, problem.occurrences[o].date, problem.map.settings.startDate) === "ok",
  );
}

function oversupply(state: PlanState): string[] {
  const { problem } = state;
  const byType = new Map<string, { label: string; offered: Set<number>; used: Set<number> }>();
  for (const pn of [...problem.needs].sort((a, b) => a.need.row - b.need.row)) {
    if (pn.referral) continue;
    const key = pn.need.type.toLowerCase();
    const entry = byType.get(key) ?? {
      label: key,
      offered: new Set<number>(),
      used: new Set<number>(),
    };
    for (const o of pn.occurrences) {
      for (const h of problem.occurrences[o].primary) entry.offered.add(h);
      for (const h of state.primaries[o]) entry.used.add(h);
    }
    byType.set(key, entry);
  }
  const out: string[] = [];
  for (const { label, offered, used } of byType.values())
    if (offered.size >= 3 && offered.size > 2 * Math.max(1, used.size))
      out.push(`${label}: ${offered.size} people offered, the plan uses ${used.size}.`);
  return out;
}
