import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { MARIA } from "../../src/examples/maria";
import { createAppsScriptEnv } from "../../src/fakes";
import { CELL_COLOURS } from "../../src/sheets/coverage-values";

// The built dist/Code.js, as clasp pushes it, run in node:vm with the in-memory Apps Script as
// its globals: a coordinator opens the spreadsheet, sets up, fills in Maria's map, plans and
// checks the setup, all through the top-level functions the menu calls. Jest builds dist/ first
// (test/global-setup.ts), also when run alone: `npx jest test/dist`.

const code = readFileSync(join(__dirname, "../../dist/Code.js"), "utf8");
const NOW = Date.parse("2026-12-07T09:00:00Z");

// The script's clock is pinned to the fakes' clock, as a real run has one "now".
const PIN_DATE = `
  (function () {
    var RealDate = Date;
    class PinnedDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(${NOW}); else super(...args); }
      static now() { return ${NOW}; }
    }
    globalThis.Date = PinnedDate;
  })();
`;

function load() {
  const env = createAppsScriptEnv({
    timeZone: "Europe/London",
    now: new Date(NOW).toISOString(),
    userEmail: "priya.shah@example.com",
  });
  const context = createContext(env.globals);
  runInContext(PIN_DATE, context);
  env.useDateConstructor(runInContext("Date", context) as DateConstructor);
  runInContext(code, context);
  return { env, context };
}

describe("dist/Code.js in the in-memory Apps Script", () => {
  test("onOpen -> Set up -> fill -> Plan -> Check setup", () => {
    const { env, context } = load();

    runInContext("onOpen()", context);
    expect(env.totalCalls()).toBe(env.totalCalls(/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/));
    const captions = env.ui.items().map((i) => i.caption);
    expect(captions).toEqual(
      expect.arrayContaining([
        "Set up support map",
        "Set up with the example",
        "Plan",
        "Check setup",
        "Self-test (maintainers)",
      ]),
    );

    env.ui.click("Set up support map");
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Settings",
      "Needs",
      "People",
      "Offers",
      "Assignments",
      "Sheet1",
    ]);

    // The coordinator types Maria's map into the sheets Set up made.
    for (const [name, values] of Object.entries(MARIA)) env.writeSheet(name, values);

    env.ui.click("Plan");
    expect(env.ui.toasts.at(-1)?.title).toBe("Support Map: planned");

    const [header, ...rows] = env.readSheet("Assignments");
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
    expect(records).toContainEqual(
      expect.objectContaining({
        Need: "Morning dog walk",
        Person: "Ana Ruiz",
        Role: "primary",
        Days: "weekdays",
        Time: "morning",
      }),
    );
    const coverage = env.readSheet("Coverage");
    expect(coverage[0][7]).toBe("Planned 2026-12-07");
    for (const sheet of [env.readSheet("Assignments"), coverage])
      expect(JSON.stringify(sheet)).not.toContain("Tomas");

    // Weekend dog walks are gaps, in the gap colour, in both weeks.
    const colours = env.spreadsheet
      .getSheetByName("Coverage")
      ?.getRange(1, 1, coverage.length, 8)
      .getBackgrounds();
    const weeks = coverage.flatMap((r, i) => (String(r[0]).startsWith("Week of") ? [i] : []));
    expect(weeks).toHaveLength(2);
    for (const top of weeks) {
      for (const [offset, walk] of [
        [1, "Morning dog walk"],
        [3, "Evening dog walk"],
      ] as const) {
        const row = top + offset;
        for (const day of [6, 7]) {
          expect(coverage[row][day]).toBe(`${walk}: NOBODY YET (backup Priya Shah)`);
          expect(colours?.[row][day]).toBe(CELL_COLOURS.gap);
        }
      }
      expect(coverage[top + 1].slice(1, 6)).toEqual(
        Array(5).fill("Morning dog walk: Ana Ruiz (backup Priya Shah)"),
      );
    }

    env.ui.click("Check setup");
    const [dialog] = env.ui.dialogs;
    expect(dialog.title).toBe("Check setup");
    expect(dialog.content).toContain("0 things to fix and 2 things to know.");
    expect(dialog.content).toContain("have no From or Until date");
    expect(dialog.content).toContain("Scheduled messages are off");
  });

  test("Set up with the example, then Plan, through the menu", () => {
    const { env, context } = load();
    runInContext("onOpen()", context);
    env.ui.click("Set up with the example");
    env.ui.click("Plan");
    expect(env.readSheet("Needs")).toHaveLength(MARIA.Needs.length);
    expect(env.readSheet("Assignments").length).toBeGreaterThan(5);
    expect(env.ui.toasts.map((t) => t.title)).toEqual([
      "Support Map: example ready",
      "Support Map: planned",
    ]);
  });

  test("the self-test passes", () => {
    const { env, context } = load();
    const report = runInContext("selfTest()", context) as { ok: boolean; summary: string };
    expect(report.summary).toMatch(/^All \d+ checks passed\.$/);
    expect(report.ok).toBe(true);
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
  });
});
