import { readingLine, readingWorthShowing, type CellReading } from "../../core/readings";
import { longDate } from "../../core/dates";
import type { Assignment, SupportMap } from "../../core/model";
import type { HelperLoad, NeedCoverage, PlanResult } from "../../core/plan-types";
import { nameKey } from "../../core/problem";
import type {
  AssignmentRow,
  GapGroup,
  HelperGroup,
  HelperRow,
  NeedRow,
  Panel,
  SetupProblem,
} from "../../shared/panel-types";
import { countChanges, planChanges, whenText } from "../plan/plan-diff";
import { summarise } from "../plan/plan";
import { unreadLine } from "../../core/unread";

// The map at a glance, built from a plan: pure data for the sidebar. A need's Details and
// anyone marked "do not involve" never get into it.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function needRow(n: NeedCoverage): NeedRow {
  const text =
    n.state === "referral"
      ? "refer to a professional"
      : [
          `${n.covered} of ${plural(n.total, "visit")} covered`,
          n.backupWanted ? `backup on ${n.backup} of ${n.backupWanted}` : "",
        ]
          .filter(Boolean)
          .join(", ");
  return {
    need: n.need,
    priority: n.priority,
    state: n.state,
    covered: n.covered,
    total: n.total,
    backupWanted: n.backupWanted,
    backup: n.backup,
    text,
  };
}

function helperGroup(h: HelperLoad): HelperGroup {
  if (
    h.tasks > h.maxTasks ||
    (h.maxVisitsPerWeek !== undefined && h.visitsPerWeek > h.maxVisitsPerWeek)
  )
    return "over their limit";
  if (h.atLimit) return "at their limit";
  if (h.tasks > 0) return "has room";
  return h.backupRoles > 0 ? "backup only" : "not assigned";
}

function helperRow(h: HelperLoad): HelperRow {
  const visits =
    h.maxVisitsPerWeek !== undefined
      ? `${h.visitsPerWeek} of ${plural(h.maxVisitsPerWeek, "visit")} a week`
      : h.visitsPerWeek
        ? `up to ${plural(h.visitsPerWeek, "visit")} a week`
        : "";
  const text = [
    `${h.tasks} of ${plural(h.maxTasks, "task")}`,
    visits,
    h.backupRoles
      ? `backup for ${plural(h.backupRoles, "need")} (on standby up to ${plural(h.standbyDaysPerWeek, "day")} a week)`
      : "",
  ]
    .filter(Boolean)
    .join(", ");
  return {
    person: h.person,
    tasks: h.tasks,
    maxTasks: h.maxTasks,
    visitsPerWeek: h.visitsPerWeek,
    maxVisitsPerWeek: h.maxVisitsPerWeek ?? 0,
    backupRoles: h.backupRoles,
    standbyDaysPerWeek: h.standbyDaysPerWeek,
    atLimit: h.atLimit,
    overEager: h.overEager,
    group: helperGroup(h),
    text,
  };
}

function gapGroups(result: PlanResult): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  const rank = { high: 0, medium: 1, low: 2 };
  const order = new Map<string, number>();
  for (const g of result.report.gaps) {
    const key = nameKey(g.need);
    let group = groups.get(key);
    if (!group) {
      group = { need: g.need, priority: g.priority, visits: 0, gaps: [] };
      groups.set(key, group);
      order.set(key, g.needRow);
    }
    if (g.role === "primary") group.visits += g.occurrences.length;
    group.gaps.push({
      role: g.role,
      when: g.when,
      reason: g.reason,
      explanation: g.explanation,
      suggestion: g.suggestion,
      visits: g.occurrences.length,
    });
  }
  return [...groups.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        rank[a.priority] - rank[b.priority] || (order.get(ka) ?? 0) - (order.get(kb) ?? 0),
    )
    .map(([, g]) => g);
}

type SheetRow = Pick<
  Assignment,
  "need" | "person" | "role" | "daysText" | "timeText" | "from" | "until" | "status" | "pinned"
>;

function assignmentRow(a: SheetRow): AssignmentRow {
  return {
    need: a.need,
    person: a.person,
    role: a.role,
    days: a.daysText,
    time: a.timeText,
    from: a.from,
    until: a.until,
    status: a.status,
    pinned: a.pinned,
    when: whenText(a),
  };
}

export interface PanelInput extends Pick<Panel, "intake" | "offerForm" | "messages"> {
  map: SupportMap;
  result: PlanResult;
  /** The Assignments sheet's rows as they are now (after Apply: as just written). */
  current: readonly SheetRow[];
  setup: SetupProblem[];
  readings: readonly CellReading[];
}

function readingRows(readings: readonly CellReading[]): Pick<Panel, "readings" | "readAsWritten"> {
  const shown = readings.filter(readingWorthShowing);
  return {
    readings: shown.map((r) => ({
      where: `${r.sheet}, row ${r.row}, ${r.column}`,
      line: readingLine(r),
      unread: r.error !== undefined,
    })),
    readAsWritten: readings.length - shown.length,
  };
}

export function buildPanel(input: PanelInput): Panel {
  const { map, result, current, setup } = input;
  const { settings } = map;
  const { report } = result;
  const excluded = new Set(
    map.people.filter((p) => p.status.kind === "do not involve").map((p) => nameKey(p.name)),
  );
  const shown = current.filter((a) => !excluded.has(nameKey(a.person)));
  return {
    title: settings.supportedName ? `Support map for ${settings.supportedName}` : "Support map",
    period: `${longDate(settings.startDate)} to ${longDate(settings.endDate)}`,
    paused: settings.paused,
    mapState: settings.mapState ?? "active",
    endDate: settings.endDate,
    summary: summarise(result).text,
    coverage: {
      overall: report.coverage.overall,
      weighted: report.coverage.weighted,
      needs: report.coverage.needs.map(needRow),
    },
    gaps: gapGroups(result),
    referrals: report.referrals.map((r) => ({
      need: r.need,
      type: r.type,
      advice: settings.professionalResources?.trim()
        ? `${r.advice} Where to refer (Settings): ${settings.professionalResources.trim()}`
        : r.advice,
    })),
    unusedOffers: report.unusedOffers.map((u) => ({ person: u.person, type: u.type, why: u.why })),
    oversupply: [...report.oversupply],
    helpers: report.helpers
      .map(helperRow)
      .sort((a, b) => a.person.localeCompare(b.person, "en", { sensitivity: "base" })),
    overEager: [...report.overEager],
    errors: report.errors.map((e) => ({ ...e })),
    unread: report.unread.map((u) => ({
      sheet: u.sheet,
      row: u.row,
      label: u.label,
      priority: u.priority,
      text: unreadLine(u),
    })),
    pinWarnings: report.pinWarnings.map((w) => w.text),
    setup,
    ...readingRows(input.readings),
    assignments: shown.map(assignmentRow),
    pending: countChanges(planChanges(current, result.assignments)),
    intake: { ...input.intake },
    offerForm: { ...input.offerForm },
    messages: { ...input.messages },
  };
}
