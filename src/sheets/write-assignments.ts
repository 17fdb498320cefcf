import { WEEKDAY_NAMES } from "../core/dates";
import type { SupportMap } from "../core/model";
import type { PlannedAssignment } from "../core/plan-types";
import { formatDays } from "../core/schedule";
import { DEFAULT_TIME_ZONE, cellText, isBlank, isBlankRow, isDate, isoDateIn } from "./cells";
import {
  ASSIGNMENTS_COLUMNS,
  ASSIGNMENTS_SHEET,
  type AssignmentKey,
  type ColumnDef,
  NEEDS_COLUMNS,
  NEEDS_SHEET,
  OFFERS_COLUMNS,
  OFFERS_SHEET,
  PEOPLE_COLUMNS,
  PEOPLE_SHEET,
  SETTINGS_COLUMNS,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  type SettingKey,
  columnFor,
} from "./columns";
import { formatPersonStatus } from "./schemas";

/**
 * Text a person typed, made safe to write: Sheets would run "=…", "+…", "-…" and "@…" as a
 * formula, so they get the apostrophe that keeps a cell as text (Sheets does not show it).
 */
export function asText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

/** How two Assignments rows are known to be the same slot, whatever the cells' types. */
function slotKey(parts: string[]): string {
  return parts.map((p) => p.trim().replace(/\s+/g, " ").toLowerCase()).join("\u0000");
}

const ROLE_ORDER = { primary: 0, backup: 1 } as const;

/**
 * The whole new Assignments sheet for a plan. The sheet's own header order and extra columns
 * are kept; a planned row that was already there keeps the coordinator's Status, Briefed and
 * extra cells.
 */
export function assignmentsToValues(
  existing: unknown[][] | undefined,
  planned: PlannedAssignment[],
  options: { timeZone?: string } = {},
): unknown[][] {
  const tz = options.timeZone ?? DEFAULT_TIME_ZONE;
  const hasHeader = existing !== undefined && existing.length > 0 && !isBlankRow(existing[0]);
  const header: unknown[] = hasHeader ? [...existing[0]] : [];
  const index = new Map<AssignmentKey, number>();
  header.forEach((h, i) => {
    const col = columnFor(ASSIGNMENTS_COLUMNS, cellText(h, DEFAULT_TIME_ZONE));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  for (const col of ASSIGNMENTS_COLUMNS) {
    if (!index.has(col.key)) {
      index.set(col.key, header.length);
      header.push(col.header);
    }
  }
  const at = (key: AssignmentKey) => index.get(key) as number;
  const text = (row: unknown[], key: AssignmentKey) => {
    const v = row[at(key)];
    return isDate(v) && key === "days" ? isoDateIn(v, tz) : cellText(v, tz);
  };

  const previous = (hasHeader ? existing.slice(1) : []).filter((r) => !isBlankRow(r));
  const unused = new Map<string, unknown[][]>();
  for (const row of previous) {
    const key = slotKey(
      ["need", "person", "role", "days", "time"].map((k) => text(row, k as AssignmentKey)),
    );
    unused.set(key, [...(unused.get(key) ?? []), row]);
  }

  const sorted = [...planned].sort(
    (a, b) =>
      a.needRow - b.needRow ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
      (a.person < b.person ? -1 : a.person > b.person ? 1 : 0),
  );

  const rows = sorted.map((p) => {
    const key = slotKey([p.need, p.person, p.role, p.daysText, p.timeText]);
    const matches = unused.get(key);
    const match = matches?.shift();
    const row: unknown[] = header.map((_, i) => (match && i < match.length ? match[i] : ""));
    const keptStatus = match ? match[at("status")] : undefined;
    // A brief only stays true while the slot's dates are the ones it announced.
    const sameDates =
      match !== undefined && text(match, "from") === p.from && text(match, "until") === p.until;
    const keptBriefed = match && sameDates ? match[at("briefed")] : undefined;
    row[at("need")] = asText(p.need);
    row[at("person")] = asText(p.person);
    row[at("role")] = p.role;
    row[at("days")] = asText(p.daysText);
    row[at("time")] = asText(p.timeText);
    row[at("from")] = p.from;
    row[at("until")] = p.until;
    row[at("status")] = isBlank(keptStatus) ? asText(p.status || "planned") : keptStatus;
    row[at("pinned")] = yesNo(p.pinned);
    row[at("briefed")] = p.briefed ? p.briefed : isBlank(keptBriefed) ? "" : keptBriefed;
    return row;
  });
  return [header, ...rows];
}

/** The columns a person fills in: "Read as" is Plan's to write, so a map written out has none. */
function table<K extends string>(
  all: readonly ColumnDef<K>[],
  records: Record<Exclude<K, "readAs">, unknown>[],
): unknown[][] {
  const columns = all.filter((c): c is ColumnDef<Exclude<K, "readAs">> => c.key !== "readAs");
  return [columns.map((c) => c.header), ...records.map((r) => columns.map((c) => r[c.key]))];
}

/** The whole map as sheet values, with the standard headers: for examples and "Set up". */
export function mapToSheets(map: SupportMap): Record<string, unknown[][]> {
  const s = map.settings;
  const settings: Record<SettingKey, unknown> = {
    supportedName: asText(s.supportedName),
    supportedEmail: asText(s.supportedEmail),
    coordinatorName: asText(s.coordinatorName),
    coordinatorEmail: asText(s.coordinatorEmail),
    startDate: s.startDate,
    endDate: s.endDate,
    checkInDay: WEEKDAY_NAMES[s.checkInDay - 1],
    maxTasks: s.maxTasks,
    quietTimes: asText(s.quietTimesText),
    publicSummary: asText(s.publicSummary),
    timeZone: s.timeZone,
    paused: yesNo(s.paused),
    dailySummary: yesNo(s.dailySummary),
    mapState: s.mapState ?? "",
    supportedAgreed: s.supportedAgreed === undefined ? "" : yesNo(s.supportedAgreed),
    agreedOn: s.agreedOn ?? "",
    crisisResources: asText(s.crisisResources ?? ""),
    professionalResources: asText(s.professionalResources ?? ""),
    backupCoordinatorName: asText(s.backupCoordinatorName ?? ""),
    backupCoordinatorEmail: asText(s.backupCoordinatorEmail ?? ""),
    coordinatorAway: (s.coordinatorAway ?? []).map((r) => `${r.from} to ${r.until}`).join(", "),
    maxStandbyDays: s.maxStandbyDays ?? "",
    stepIn: s.stepIn ?? "",
    dayBeforeReminders: s.dayBeforeReminders === undefined ? "" : yesNo(s.dayBeforeReminders),
    standbyNotes: s.standbyNotes === undefined ? "" : yesNo(s.standbyNotes),
    coordinatorNote: s.coordinatorNote === undefined ? "" : yesNo(s.coordinatorNote),
  };
  // A need's dates are left blank when they are the map's, so changing the map's dates moves them.
  const own = (date: string | undefined, mapDate: string) => (date && date !== mapDate ? date : "");
  return {
    [SETTINGS_SHEET]: [
      SETTINGS_COLUMNS.map((c) => c.header),
      ...SETTINGS_ROWS.map((r) => [r.label, settings[r.key]]),
    ],
    [NEEDS_SHEET]: table(
      NEEDS_COLUMNS,
      map.needs.map((n) => ({
        name: asText(n.name),
        type: asText(n.type),
        category: n.category,
        priority: n.priority,
        days: asText(n.daysText || formatDays(n.days)),
        time: asText(n.time.label),
        mode: n.mode,
        from: own(n.from, s.startDate),
        until: own(n.until, s.endDate),
        helpers: n.helpers,
        backup: yesNo(n.backup),
        status: n.status,
        details: asText(n.details),
        instructions: asText(n.instructions ?? ""),
        notes: asText(n.notes),
      })),
    ),
    [PEOPLE_SHEET]: table(
      PEOPLE_COLUMNS,
      map.people.map((p) => ({
        name: asText(p.name),
        email: asText(p.email),
        phone: asText(p.phone),
        relationship: asText(p.relationship),
        area: asText(p.area),
        maxTasks: p.maxTasks ?? "",
        maxVisitsPerWeek: p.maxVisitsPerWeek ?? "",
        status: formatPersonStatus(p.status),
        notes: asText(p.notes),
      })),
    ),
    [OFFERS_SHEET]: table(
      OFFERS_COLUMNS,
      map.offers.map((o) => ({
        person: asText(o.person),
        type: asText(o.type),
        days: asText(o.daysText || formatDays(o.days)),
        time: asText(o.time.label),
        mode: o.mode,
        from: o.from ?? "",
        until: o.until ?? "",
        backupOnly: yesNo(o.backupOnly),
        notes: asText(o.notes),
      })),
    ),
    [ASSIGNMENTS_SHEET]: table(
      ASSIGNMENTS_COLUMNS,
      map.assignments.map((a) => ({
        need: asText(a.need),
        person: asText(a.person),
        role: a.role,
        days: asText(a.daysText),
        time: asText(a.timeText),
        from: a.from,
        until: a.until,
        status: asText(a.status),
        pinned: yesNo(a.pinned),
        briefed: a.briefed ? asText(a.briefed) : "",
      })),
    ),
  };
}
