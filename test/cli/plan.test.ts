import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, runPlan } from "../../src/cli/plan";
import { readWorkbook } from "../../src/cli/workbook";

/** The clock the CLI is run at; the examples set their own dates, so any instant reads them. */
const NOW = new Date("2026-12-01T12:00:00Z");

// `npm run plan -- <workbook>`: the planner on a workbook file, as a maintainer runs it.

const example = (name: string) => join(__dirname, "../../examples", name);

describe("npm run plan", () => {
  it("reads its arguments and explains a wrong one", () => {
    expect(parseArgs(["a.xlsx", "--json", "--out", "b.xlsx"])).toEqual({
      input: "a.xlsx",
      json: true,
      out: "b.xlsx",
    });
    expect(parseArgs([])).toMatch(/^Usage/);
    expect(parseArgs(["a.xlsx", "--colour"])).toMatch(/Unknown option --colour/);
    expect(parseArgs(["a.xlsx", "b.xlsx"])).toMatch(/Only one workbook/);
  });

  it("prints the plan and report as tables", async () => {
    const text = await runPlan({ input: example("maria.json"), json: false }, NOW);
    expect(text).toContain("ASSIGNMENTS");
    expect(text).toMatch(/Morning dog walk\s+Ana Ruiz\s+primary\s+weekdays/);
    expect(text).toContain("Nobody who may be asked offers pet care on weekends in the morning.");
    expect(text).toContain("Gus Lindqvist: meals. Nobody needs meals.");
    expect(text).not.toContain("Tomas");
    expect(text).not.toContain("ICU");
  });

  it("prints the documented JSON fields", async () => {
    const out = JSON.parse(
      await runPlan({ input: example("alex.xlsx"), json: true }, NOW),
    ) as Record<string, unknown[]> & {
      coverage: { overall: number; needs: Record<string, unknown>[] };
    };
    const first = out.assignments[0] as Record<string, unknown>;
    for (const key of ["need", "person", "role", "days", "time", "from", "until", "occurrences"])
      expect(first).toHaveProperty(key);
    expect(out.coverage.overall).toBeGreaterThan(0.9);
    for (const key of ["need", "covered", "total", "backup"])
      expect(out.coverage.needs[0]).toHaveProperty(key);
    const helper = out.helpers[0] as Record<string, unknown>;
    for (const key of ["person", "tasks", "maxTasks", "visitsPerWeek", "backupRoles"])
      expect(helper).toHaveProperty(key);
    expect(out.referrals).toHaveLength(1);
    expect(Array.isArray(out.unusedOffers)).toBe(true);
    expect(out.errors).toEqual([]);
    expect(JSON.stringify(out)).not.toContain("Sam Reed");
  });

  it("writes the workbook back with Assignments filled", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "support-map-")), "planned.xlsx");
    await runPlan({ input: example("maria.xlsx"), json: false, out }, NOW);
    const book = await readWorkbook(out);
    const rows = book.Assignments;
    expect(rows[0]).toEqual(
      expect.arrayContaining(["Need", "Person", "Role", "Days", "Time", "From", "Until"]),
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(book.Needs.length).toBeGreaterThan(1);
  });

  it("shows how each Days and Time cell was read, in JSON and in text", async () => {
    const input = join(mkdtempSync(join(tmpdir(), "support-map-")), "messy.json");
    writeFileSync(
      input,
      JSON.stringify({
        Settings: [
          ["Setting", "Value"],
          ["Start date", "2026-12-07"],
          ["End date", "2026-12-20"],
        ],
        Needs: [
          ["Need", "Type", "Category", "Priority", "Days", "Time", "Mode"],
          ["Dinner", "meals", "practical", "high", "MWF", "5-7", "in person"],
          ["Walk", "pets", "practical", "low", "daily", "morning", "in person"],
        ],
        People: [
          ["Name", "Email", "Status"],
          ["Ana", "ana@example.com", "active"],
        ],
        Offers: [
          ["Person", "Type", "Days", "Time", "Mode"],
          ["Ana", "meals", "weekdays", "7-9", "in person"],
        ],
      }),
    );
    const out = JSON.parse(await runPlan({ input, json: true }, NOW)) as {
      readings: Record<string, unknown>[];
    };
    expect(out.readings).toEqual([
      { sheet: "Needs", row: 2, column: "Days", text: "MWF", reading: "Mon, Wed, Fri" },
      { sheet: "Needs", row: 2, column: "Time", text: "5-7", reading: "17:00-19:00" },
      { sheet: "Needs", row: 3, column: "Days", text: "daily", reading: "every day" },
      { sheet: "Needs", row: 3, column: "Time", text: "morning", reading: "morning (06:00-12:00)" },
      { sheet: "Offers", row: 2, column: "Days", text: "weekdays", reading: "Mon-Fri" },
      {
        sheet: "Offers",
        row: 2,
        column: "Time",
        text: "7-9",
        error:
          'Could not read "7-9" as a time: "7-9" could mean 07:00-09:00 or 19:00-21:00: ' +
          "write 7am-9am or 7pm-9pm.",
      },
    ]);

    const text = await runPlan({ input, json: false }, NOW);
    expect(text).toContain(
      [
        "HOW DAYS AND TIME WERE READ",
        "- Needs, row 2, Days: MWF → Mon, Wed, Fri",
        "- Needs, row 2, Time: 5-7 → 17:00-19:00",
        '- Offers, row 2, Time: 7-9 → not read: Could not read "7-9" as a time: "7-9" could mean ' +
          "07:00-09:00 or 19:00-21:00: write 7am-9am or 7pm-9pm.",
        "(3 other Days and Time cells read just as written.)",
      ].join("\n"),
    );
  });
});
