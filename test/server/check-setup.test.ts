import type { AppsScriptEnv } from "../../src/fakes";
import { checkSetup, SETUP_CHECKS, type SetupProblem } from "../../src/server/setup/check-setup";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { click, columnOf, installEnv, uninstallEnv } from "./env";

afterEach(uninstallEnv);

function withExample(): AppsScriptEnv {
  const env = installEnv();
  click(env, "Set up with the example");
  // Check setup runs the same checks as in production, scheduled messages' among them: a map
  // that is all well has them on.
  turnOnScheduledMessages();
  return env;
}

function setCell(env: AppsScriptEnv, sheet: string, row: number, header: string, value: unknown) {
  env.spreadsheet
    .getSheetByName(sheet)
    ?.getRange(row, columnOf(env, sheet, header))
    .setValue(value);
}

/** Every need gets its own dates, so none falls back to the map's. */
function dateEveryNeed(env: AppsScriptEnv) {
  const rows = env.readSheet("Needs").length;
  const needs = env.spreadsheet.getSheetByName("Needs");
  needs
    ?.getRange(2, columnOf(env, "Needs", "From"), rows - 1, 2)
    .setValues(Array.from({ length: rows - 1 }, () => ["2026-12-07", "2026-12-20"]));
}

describe("Check setup", () => {
  test("lists each bad cell with its sheet, row and column, and the other problems", () => {
    const env = withExample();
    setCell(env, "Needs", 3, "Days", "every blue moon");
    setCell(env, "People", 2, "Email", "");
    env.clock.set("2026-12-28T10:00:00Z");
    const problems = checkSetup();

    expect(problems).toContainEqual({
      sheet: "Needs",
      row: 3,
      column: "Days",
      message: expect.stringContaining('"every blue moon"'),
      severity: "error",
    });
    expect(problems).toContainEqual({
      sheet: "People",
      row: 2,
      column: "Email",
      message:
        "Ana Ruiz has no email, so they cannot be sent their brief. Write their email address.",
      severity: "warning",
    });
    expect(problems).toContainEqual({
      sheet: "Needs",
      column: "From",
      message: expect.stringMatching(
        /^Morning dog walk \(row 2\), Water the plants \(row 4\),.* have no From or Until date, so they run on the map's dates from Settings, 2026-12-07 to 2026-12-20\./,
      ),
      severity: "warning",
    });
    expect(problems).toContainEqual({
      sheet: "Settings",
      column: "End date",
      message: expect.stringContaining("The End date, 2026-12-20, is past (today is 2026-12-28)"),
      severity: "warning",
    });
  });

  test("warns when the map is paused, or the Settings' time zone is not the spreadsheet's", () => {
    const env = withExample();
    setCell(env, "Settings", 12, "Value", "America/New_York");
    setCell(env, "Settings", 13, "Value", "yes");
    const problems = checkSetup();
    expect(problems).toContainEqual({
      sheet: "Settings",
      column: "Map paused",
      message:
        "Map paused is yes: nothing new is planned and nothing is sent until you set it back to no.",
      severity: "warning",
    });
    expect(problems).toContainEqual({
      sheet: "Settings",
      column: "Time zone",
      message:
        "The Time zone on Settings is America/New_York but the spreadsheet's is Europe/London (File > Settings). " +
        "Dates picked from the calendar may then be read a day off. Make them the same, or leave Time zone blank.",
      severity: "warning",
    });
  });

  test("the dialog shows where each problem is, escaped", () => {
    const env = withExample();
    setCell(env, "Needs", 3, "Days", "<b>soon</b>");
    setCell(env, "People", 13, "Name", "Zed <Bo> & co");
    click(env, "Check setup");
    expect(env.ui.dialogs).toHaveLength(1);
    const [dialog] = env.ui.dialogs;
    expect(dialog).toMatchObject({ kind: "modal", title: "Check setup" });
    expect(dialog.content).toContain("1 thing to fix and 2 things to know.");
    expect(dialog.content).toContain("Needs, row 3, Days");
    expect(dialog.content).toContain("&quot;&lt;b&gt;soon&lt;/b&gt;&quot;");
    expect(dialog.content).toContain("Zed &lt;Bo&gt; &amp; co has no email");
    expect(dialog.content).not.toContain("<b>soon");
    expect(dialog.content.indexOf("Needs, row 3, Days")).toBeLessThan(
      dialog.content.indexOf("People, row 13, Email"),
    );
  });

  test("says all is well when it is", () => {
    const env = withExample();
    dateEveryNeed(env);
    expect(checkSetup()).toEqual([]);
    click(env, "Check setup");
    expect(env.ui.dialogs).toEqual([]);
    expect(env.ui.asked).toEqual([
      expect.objectContaining({
        kind: "alert",
        title: "Check setup",
        prompt: expect.stringMatching(/^All is well/),
      }),
    ]);
  });

  test("an empty spreadsheet: each missing sheet once, with what to do", () => {
    installEnv();
    const problems = checkSetup();
    const sheetsMissing = problems.filter((p) => p.message.startsWith("There is no "));
    expect(sheetsMissing.map((p) => p.sheet)).toEqual([
      "Settings",
      "Needs",
      "People",
      "Offers",
      "Assignments",
    ]);
    expect(sheetsMissing[1]).toEqual({
      sheet: "Needs",
      message: "There is no Needs sheet. Choose Support Map > Set up support map to create it.",
      severity: "error",
    });
    expect(problems.filter((p) => p.sheet === "Needs")).toHaveLength(1);
  });

  test("missing headers and settings rows, required or not", () => {
    const env = installEnv();
    env.writeSheet("Needs", [
      ["Need", "Type", "Time"],
      ["Walk", "pet care", "any"],
    ]);
    env.writeSheet("Settings", [
      ["Setting", "Value"],
      ["Start date", "2026-12-07"],
      ["End date", "2026-12-20"],
    ]);
    const problems = checkSetup();
    const needs = problems.filter((p) => p.sheet === "Needs");
    expect(needs.find((p) => p.column === "Days")).toEqual({
      sheet: "Needs",
      row: 1,
      column: "Days",
      message:
        'The Needs sheet has no "Days" column, so none of its rows can be read. Choose Support Map > Set up support map to add it at the end of the header row.',
      severity: "error",
    });
    expect(needs.find((p) => p.column === "Priority")).toMatchObject({
      severity: "warning",
      message: expect.stringContaining("Until then every row counts as blank there (medium)."),
    });
    expect(needs.filter((p) => p.column === "Days")).toHaveLength(1);
    expect(problems).toContainEqual({
      sheet: "Settings",
      column: "Quiet times",
      message:
        'Settings has no "Quiet times" row, so its default is used. Choose Support Map > Set up support map to add it.',
      severity: "warning",
    });
  });

  test("later features add their checks; one that breaks is reported, not thrown", () => {
    const env = withExample();
    dateEveryNeed(env);
    const added = [
      {
        name: "the offer form trigger",
        run: (): SetupProblem[] => [
          { message: "The offer form is not connected.", severity: "error" },
        ],
      },
      {
        name: "the intake sheet",
        run: (): SetupProblem[] => {
          throw new Error("boom");
        },
      },
    ];
    SETUP_CHECKS.push(...added);
    try {
      expect(checkSetup()).toEqual([
        { message: "The offer form is not connected.", severity: "error" },
        { message: "Could not check the intake sheet: boom", severity: "warning" },
      ]);
    } finally {
      SETUP_CHECKS.splice(SETUP_CHECKS.length - added.length, added.length);
    }
    void env;
  });
});
