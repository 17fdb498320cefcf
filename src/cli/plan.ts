import { unreadLine } from "../core/unread";
import { basename } from "node:path";
import { planSupport } from "../core/planner";
import type { PlanResult } from "../core/plan-types";
import { type CellReading, readingLines } from "../core/readings";
import { readMap } from "../sheets/read-map";
import { assignmentsToValues } from "../sheets/write-assignments";
import { ASSIGNMENTS_SHEET } from "../sheets/columns";
import { formatTable as table } from "./table";
import { readWorkbook, workbookTimeZone, writeWorkbook } from "./workbook";

// `npm run plan -- <workbook> [--json] [--out FILE.xlsx]`: the planner on a workbook downloaded
// from Google Sheets (.xlsx) or written as JSON, without a Google account.

const USAGE = `Usage: npm run plan -- <workbook.xlsx|workbook.json> [--json] [--out FILE.xlsx|FILE.json]

Reads the Settings, Needs, People, Offers and Assignments sheets, plans, and prints the
assignments, gaps, coverage, helpers' load, referrals, unused offers and any cell errors.
  --json       print the same as JSON
  --out FILE   write the workbook back with the Assignments sheet filled in`;

export interface CliArgs {
  input: string;
  json: boolean;
  out?: string;
}

export function parseArgs(argv: string[]): CliArgs | string {
  let input: string | undefined;
  let json = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--out") out = argv[++i];
    else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "--help" || a === "-h") return USAGE;
    else if (a.startsWith("-")) return `Unknown option ${a}.\n\n${USAGE}`;
    else if (input) return `Only one workbook at a time (got ${input} and ${a}).\n\n${USAGE}`;
    else input = a;
  }
  if (!input) return USAGE;
  if (out === "") return `--out needs a file name.\n\n${USAGE}`;
  return { input, json, out };
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The plan as JSON: plain data, the fields the README documents. */
export function planJson(result: PlanResult, readings: CellReading[] = []) {
  const { report } = result;
  return {
    assignments: result.assignments.map((a) => ({
      need: a.need,
      person: a.person,
      role: a.role,
      days: a.daysText,
      time: a.timeText,
      from: a.from,
      until: a.until,
      status: a.status,
      pinned: a.pinned,
      description: a.description,
      occurrences: a.occurrences,
    })),
    gaps: report.gaps.map((g) => ({
      need: g.need,
      role: g.role,
      when: g.when,
      occurrences: g.occurrences,
      reason: g.reason,
      explanation: g.explanation,
      suggestion: g.suggestion,
    })),
    coverage: {
      overall: report.coverage.overall,
      weighted: report.coverage.weighted,
      needs: report.coverage.needs.map((n) => ({
        need: n.need,
        priority: n.priority,
        covered: n.covered,
        total: n.total,
        backup: n.backup,
        backupWanted: n.backupWanted,
        state: n.state,
      })),
    },
    helpers: report.helpers.map((h) => ({
      person: h.person,
      tasks: h.tasks,
      maxTasks: h.maxTasks,
      visitsPerWeek: h.visitsPerWeek,
      maxVisitsPerWeek: h.maxVisitsPerWeek ?? null,
      backupRoles: h.backupRoles,
      standbyDaysPerWeek: h.standbyDaysPerWeek,
      atLimit: h.atLimit,
      overEager: h.overEager,
    })),
    overEager: report.overEager,
    referrals: report.referrals,
    unusedOffers: report.unusedOffers,
    oversupply: report.oversupply,
    errors: report.errors,
    unread: report.unread,
    pinWarnings: report.pinWarnings,
    // Every Days and Time cell of Needs and Offers: how it was read, or why it was not.
    readings: readings.map((r) => ({
      sheet: r.sheet,
      row: r.row,
      column: r.column,
      text: r.text,
      ...(r.error === undefined ? { reading: r.reading ?? "" } : { error: r.error }),
    })),
  };
}

/** The Days and Time cells not written the add-on's way, each beside how it was read. */
export function readingsText(readings: CellReading[]): string {
  const lines = readingLines(readings).map((line) => (line.startsWith("(") ? line : `- ${line}`));
  return "HOW DAYS AND TIME WERE READ\n" + lines.join("\n");
}

export function planText(result: PlanResult, title: string, readings: CellReading[] = []): string {
  const { report } = result;
  const parts: string[] = [];
  // Rows that cannot be read, and pinned rows that no longer fit, come before anything else:
  // every figure below is only about the rows that could be read.
  if (report.unread.length)
    parts.push(
      `CAN'T READ (${report.unread.length}): fix these, then plan again\n` +
        report.unread.map((u) => `- ${unreadLine(u)}`).join("\n"),
    );
  if (report.pinWarnings.length)
    parts.push(
      `PINNED ROWS THAT NO LONGER FIT (${report.pinWarnings.length})\n` +
        report.pinWarnings.map((w) => `- ${w.text}`).join("\n"),
    );
  const unreadNeeds = report.unread.filter((u) => u.sheet === "Needs");
  parts.push(
    `Support map: ${title}\nCoverage: ${pct(report.coverage.overall)} of all visits, ${pct(report.coverage.weighted)} weighted by priority` +
      (unreadNeeds.length
        ? `, of the needs that can be read (${unreadNeeds.length} can't be read).`
        : "."),
  );
  parts.push(
    "ASSIGNMENTS\n" +
      table(
        ["Need", "Person", "Role", "Days", "Time", "From", "Until", "In plain words"],
        result.assignments.map((a) => [
          a.need,
          a.person,
          a.role,
          a.daysText,
          a.timeText,
          a.from,
          a.until,
          a.description,
        ]),
      ),
  );
  parts.push(
    report.gaps.length
      ? "GAPS\n" +
          report.gaps
            .map(
              (g) =>
                `- ${g.need}${g.role === "backup" ? " (backup)" : ""}, ${g.when} [${g.reason}]\n  ${g.explanation}\n  ${g.suggestion}`,
            )
            .join("\n")
      : unreadNeeds.length
        ? "GAPS\nNone among the needs that can be read; the ones that can't be read are listed above."
        : "GAPS\nNone: every visit has someone.",
  );
  parts.push(
    "COVERAGE\n" +
      table(
        ["Need", "Priority", "Covered", "Backup", "State"],
        [
          ...unreadNeeds.map((u) => [
            u.label || `Needs row ${u.row}`,
            u.priority,
            "?",
            "?",
            `can't read (Needs row ${u.row})`,
          ]),
          ...report.coverage.needs.map((n) => [
            n.need,
            n.priority,
            `${n.covered}/${n.total}`,
            n.backupWanted ? `${n.backup}/${n.backupWanted}` : "-",
            n.state,
          ]),
        ],
      ),
  );
  parts.push(
    "HELPERS\n" +
      table(
        ["Person", "Tasks", "Visits/week (most)", "Backup roles", "Flags"],
        report.helpers.map((h) => [
          h.person,
          `${h.tasks}/${h.maxTasks}`,
          h.maxVisitsPerWeek === undefined
            ? `${h.visitsPerWeek}`
            : `${h.visitsPerWeek}/${h.maxVisitsPerWeek}`,
          h.backupRoles,
          [
            h.atLimit ? "at limit" : "",
            h.overEager ? "over-eager: surplus offers made backups" : "",
          ]
            .filter(Boolean)
            .join(", "),
        ]),
      ),
  );
  if (report.referrals.length)
    parts.push(
      "REFERRALS (to a professional, not a peer)\n" +
        report.referrals.map((r) => `- ${r.advice}`).join("\n"),
    );
  if (report.unusedOffers.length)
    parts.push(
      "UNUSED OFFERS\n" +
        report.unusedOffers.map((u) => `- ${u.person}: ${u.type}. ${u.why}`).join("\n"),
    );
  if (report.oversupply.length)
    parts.push("OVERSUPPLY\n" + report.oversupply.map((s) => `- ${s}`).join("\n"));
  if (readings.length) parts.push(readingsText(readings));
  if (report.errors.length)
    parts.push(
      "CELLS TO FIX\n" +
        report.errors
          .map((e) => `- ${e.sheet}, row ${e.row}, ${e.column}: ${e.message}`)
          .join("\n"),
    );
  return parts.join("\n\n");
}

/** `now` is the caller's clock: today, for a map whose Settings give no start date. */
export async function runPlan(args: CliArgs, now: Date): Promise<string> {
  const sheets = await readWorkbook(args.input);
  const timeZone = workbookTimeZone(sheets);
  const { map, errors, readings } = readMap(sheets, { timeZone, now });
  const result = planSupport(map, { errors });
  if (args.out) {
    const values = assignmentsToValues(sheets[ASSIGNMENTS_SHEET], result.assignments, { timeZone });
    await writeWorkbook(args.out, { ...sheets, [ASSIGNMENTS_SHEET]: values }, { timeZone });
  }
  return args.json
    ? JSON.stringify(planJson(result, readings), null, 2)
    : planText(result, basename(args.input), readings);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.log(args);
    process.exitCode = args.startsWith("Usage") ? 0 : 2;
    return;
  }
  console.log(await runPlan(args, new Date()));
  if (args.out && !args.json)
    console.log(`\nWrote ${args.out} with the Assignments sheet filled in.`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
