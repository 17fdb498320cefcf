import { measureAppsScriptCalls } from "../../bench/apps-script-calls";
import { generateNetwork } from "../../bench/generate";
import type { AppsScriptEnv } from "../../src/fakes";
import { NEEDS_DEF } from "../../src/sheets/columns";
import { CELL_COLOURS, NEED_COLOURS } from "../../src/sheets/coverage-values";
import { mapToSheets } from "../../src/sheets/write-assignments";
import { runPlan } from "../../src/server/plan/plan";
import { click, columnOf, installEnv, uninstallEnv, valuesAndColours } from "./env";

afterEach(uninstallEnv);

function withExample(): AppsScriptEnv {
  const env = installEnv();
  click(env, "Set up with the example");
  return env;
}

/** Assignments rows as records by header. */
function assignments(env: AppsScriptEnv): Record<string, unknown>[] {
  const [header, ...rows] = env.readSheet("Assignments");
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function coverageWeek(env: AppsScriptEnv, week: number) {
  const sheet = env.spreadsheet.getSheetByName("Coverage");
  const values = env.readSheet("Coverage");
  const top = values.findIndex((r, i) => String(r[0]).startsWith("Week of") && i > 0) + week * 7;
  const range = sheet?.getRange(top + 1, 1, 6, 8);
  return { values: range?.getValues() ?? [], colours: range?.getBackgrounds() ?? [] };
}

describe("Plan", () => {
  test("writes Assignments: Ana walks the dog on weekday mornings, Tomas is never named", () => {
    const env = withExample();
    click(env, "Plan");
    const rows = assignments(env);
    expect(rows).toContainEqual(
      expect.objectContaining({
        Need: "Morning dog walk",
        Person: "Ana Ruiz",
        Role: "primary",
        Days: "weekdays",
        Time: "morning",
        From: new Date("2026-12-07T00:00:00Z"),
        Status: "planned",
        Pinned: "no",
      }),
    );
    expect(JSON.stringify(env.readSheet("Assignments"))).not.toContain("Tomas");
    expect(JSON.stringify(env.readSheet("Coverage"))).not.toContain("Tomas");
    expect(env.ui.toasts.at(-1)).toMatchObject({
      title: "Support Map: planned",
      message: expect.stringMatching(/% of visits covered, 2 gaps/),
    });
  });

  test("keeps a pinned row and the Status a coordinator set", () => {
    const env = withExample();
    click(env, "Plan");
    const sheet = env.spreadsheet.getSheetByName("Assignments");
    const ana = assignments(env).findIndex((r) => r.Person === "Ana Ruiz") + 2;
    sheet?.getRange(ana, columnOf(env, "Assignments", "Status")).setValue("confirmed");
    sheet?.appendRow([
      "Evening dog walk",
      "Chloe Martin",
      "primary",
      "weekends",
      "evening",
      "2026-12-12",
      "2026-12-20",
      "confirmed",
      "yes",
      "",
    ]);
    click(env, "Plan");
    const rows = assignments(env);
    expect(rows.find((r) => r.Person === "Ana Ruiz")).toMatchObject({ Status: "confirmed" });
    expect(rows).toContainEqual(
      expect.objectContaining({
        Need: "Evening dog walk",
        Person: "Chloe Martin",
        Days: "weekends",
        Status: "confirmed",
        Pinned: "yes",
      }),
    );
    const week = coverageWeek(env, 0);
    expect(week.values[3][6]).toBe("Evening dog walk: Chloe Martin (backup Priya Shah)");
  });

  test("colours each Needs row by its coverage", () => {
    const env = withExample();
    click(env, "Plan");
    const colours = env.spreadsheet
      .getSheetByName("Needs")
      ?.getRange(2, 1, 6, NEEDS_DEF.columns.length)
      .getBackgrounds();
    const byRow = colours?.map((r) => new Set(r));
    expect(byRow).toEqual([
      new Set([NEED_COLOURS["partly covered"]]), // morning walk: weekends are gaps
      new Set([NEED_COLOURS["partly covered"]]),
      new Set([NEED_COLOURS.covered]),
      new Set([NEED_COLOURS.covered]),
      new Set([NEED_COLOURS["covered with backup"]]),
      new Set([NEED_COLOURS.covered]),
    ]);
  });

  test("writes the Coverage sheet: a week grid with a legend, weekend walks as gaps", () => {
    const env = withExample();
    click(env, "Plan");
    const values = env.readSheet("Coverage");
    expect(values[0][0]).toBe("Support map for Maria: who does what, week by week");
    expect(values[0][7]).toBe("Planned 2026-12-07");
    expect(values[1].slice(0, 4)).toEqual([
      "Cells:",
      "Covered",
      "Partly covered",
      "Gap: nobody yet",
    ]);
    const week = coverageWeek(env, 0);
    expect(week.values.map((r) => r[0])).toEqual([
      "Week of 7 December",
      "Morning",
      "Afternoon",
      "Evening",
      "Night (after 9 pm)",
      "Any time",
    ]);
    expect(week.values[0].slice(1)).toEqual([
      "Mon 7 Dec",
      "Tue 8 Dec",
      "Wed 9 Dec",
      "Thu 10 Dec",
      "Fri 11 Dec",
      "Sat 12 Dec",
      "Sun 13 Dec",
    ]);
    const mornings = week.values[1];
    expect(mornings.slice(1, 6)).toEqual(
      Array(5).fill("Morning dog walk: Ana Ruiz (backup Priya Shah)"),
    );
    expect(mornings.slice(6)).toEqual(
      Array(2).fill("Morning dog walk: NOBODY YET (backup Priya Shah)"),
    );
    expect(week.colours[1].slice(1)).toEqual([
      ...Array(5).fill(CELL_COLOURS.covered),
      CELL_COLOURS.gap,
      CELL_COLOURS.gap,
    ]);
    expect(week.colours[3].slice(6)).toEqual([CELL_COLOURS.gap, CELL_COLOURS.gap]);
    expect(coverageWeek(env, 1).values[0][0]).toBe("Week of 14 December");
  });

  test("twice in a row gives identical sheets, values and colours", () => {
    const env = withExample();
    click(env, "Plan");
    const first = valuesAndColours(env);
    click(env, "Plan");
    expect(valuesAndColours(env)).toEqual(first);
  });

  test("keeps the coordinator's column order and their own columns, on every sheet", () => {
    const env = installEnv();
    click(env, "Set up with the example");
    click(env, "Plan");
    const standard = assignments(env).map((r) => [r.Need, r.Person, r.Role]);

    // The same map again, each sheet's columns reversed and an extra column of their own.
    const other = installEnv();
    for (const name of ["Settings", "Needs", "People", "Offers"]) {
      const rows = env.readSheet(name);
      other.writeSheet(
        name,
        name === "Settings"
          ? rows
          : rows.map((r, i) => [i === 0 ? "Coordinator notes" : `mine ${i}`, ...[...r].reverse()]),
      );
    }
    const assignmentsHeader = [
      "Status",
      "Pinned",
      "My check",
      "Person",
      "Role",
      "Need",
      "Days",
      "Time",
      "From",
      "Until",
      "Briefed",
    ];
    other.writeSheet("Assignments", [
      assignmentsHeader,
      [
        "confirmed",
        "no",
        "called her",
        "Ana Ruiz",
        "primary",
        "Morning dog walk",
        "weekdays",
        "morning",
        "",
        "",
        "",
      ],
    ]);
    const needsBefore = other.readSheet("Needs");
    click(other, "Plan");

    expect(other.readSheet("Needs")).toEqual(needsBefore);
    const [header, ...rows] = other.readSheet("Assignments");
    expect(header).toEqual(assignmentsHeader);
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
    expect(records.map((r) => [r.Need, r.Person, r.Role])).toEqual(standard);
    expect(records.find((r) => r.Person === "Ana Ruiz")).toMatchObject({
      Status: "confirmed",
      "My check": "called her",
    });
    expect(other.readSheet("Coverage")).toEqual(env.readSheet("Coverage"));
  });

  test("names that look like formulas stay text on every sheet", () => {
    const env = withExample();
    const odd = ["=SUM(A1)", "+44 20", "-x", "@home"];
    const people = env.readSheet("People");
    const offers = env.readSheet("Offers");
    const needs = env.readSheet("Needs");
    const row = (header: unknown[], cells: Record<string, string>) =>
      header.map((h) => cells[String(h)] ?? "");
    // Typed by the coordinator into the sheets Set up prepared.
    env.writeSheet("People", [
      ...people,
      ...odd.map((name) =>
        row(people[0], { Name: name, Email: "x@example.com", Status: "active" }),
      ),
    ]);
    env.writeSheet("Offers", [
      ...offers,
      ...odd.map((name) =>
        row(offers[0], {
          Person: name,
          Type: "pet care",
          Days: "weekends",
          Time: "any",
          Mode: "in person",
        }),
      ),
    ]);
    env.writeSheet("Needs", [
      ...needs,
      row(needs[0], { Need: "=Feed Rex", Type: "pet care", Days: "weekends", Time: "afternoon" }),
    ]);
    click(env, "Plan");

    for (const sheet of env.spreadsheet.getSheets()) {
      const formulas = sheet.getDataRange().getFormulas().flat();
      expect([sheet.getName(), formulas.filter(Boolean)]).toEqual([sheet.getName(), []]);
    }
    const named = new Set(assignments(env).flatMap((r) => [r.Person, r.Need]));
    expect(odd.filter((n) => named.has(n))).toEqual(odd);
    expect(named.has("=Feed Rex")).toBe(true);
    const coverage = JSON.stringify(env.readSheet("Coverage"));
    expect(coverage).toContain("=Feed Rex: =SUM(A1)");
    expect(coverage).not.toContain("#ERROR!");
    expect(JSON.stringify(env.readSheet("Assignments"))).not.toContain("'");
  });

  test("asks each sheet once and writes each once: the same calls for a small and a large map", () => {
    const counts = [10, 200].map((helpers) => {
      const env = installEnv({ timeZone: "Etc/UTC" });
      for (const [name, values] of Object.entries(mapToSheets(generateNetwork(helpers, 1))))
        env.writeSheet(name, values);
      env.resetCalls();
      runPlan();
      return { total: env.totalCalls(), calls: env.calls };
    });
    expect(counts[1]).toEqual(counts[0]);
    // 35: one SpreadsheetApp.flush() before the lock is released (Google's Lock reference).
    expect(counts[0].total).toBeLessThanOrEqual(35);
    expect(counts[0].calls["Range.getValues"]).toBe(5);
    expect(counts[0].calls["Range.setValues"]).toBe(2);
  });
});

test("the bench's count of Apps Script calls is the same at every size", () => {
  const rows = measureAppsScriptCalls([5, 60]);
  const calls = (operation: string) =>
    rows.filter((r) => r.operation === operation).map((r) => r.calls);
  expect(rows.map((r) => [r.operation, r.helpers])).toEqual([
    ["Set up", 5],
    ["Plan", 5],
    ["Set up", 60],
    ["Plan", 60],
  ]);
  expect(new Set(calls("Set up")).size).toBe(1);
  expect(new Set(calls("Plan")).size).toBe(1);
});
