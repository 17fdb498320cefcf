import type { AppsScriptEnv } from "../../src/fakes";
import { getPanel } from "../../src/server/panel/panel";
import { click, columnOf, installEnv, uninstallEnv } from "./env";

// How each Days and Time cell was read is shown beside what was typed, in the panel and in
// Check setup, so a coordinator sees "5-7 → 17:00-19:00" before anyone is asked at 05:00.

afterEach(uninstallEnv);

function withExample(): AppsScriptEnv {
  const env = installEnv({ htmlFiles: { Sidebar: "<!doctype html><title>panel</title>" } });
  click(env, "Set up with the example");
  return env;
}

/** Types into the first data row's cell of a column, as a coordinator would. */
function type(env: AppsScriptEnv, sheet: string, header: string, row: number, text: string) {
  env.spreadsheet
    .getSheetByName(sheet)!
    .getRange(row, columnOf(env, sheet, header))
    .setValue(text);
}

describe("readings beside what was typed", () => {
  test("the panel lists cells not written the add-on's way, with their reading", () => {
    const env = withExample();
    type(env, "Offers", "Time", 2, "5-7");
    type(env, "Needs", "Days", 3, "M/W/F");
    type(env, "Needs", "Time", 4, "8-10");
    const panel = getPanel();
    expect(panel.readings).toEqual(
      expect.arrayContaining([
        { where: "Offers, row 2, Time", line: "5-7 → 17:00-19:00", unread: false },
        { where: "Needs, row 3, Days", line: "M/W/F → Mon, Wed, Fri", unread: false },
        {
          where: "Needs, row 4, Time",
          line: expect.stringMatching(/^8-10 → not read: .*08:00-10:00.*20:00-22:00/),
          unread: true,
        },
      ]),
    );
    // Cells already written the add-on's way ("daily", "morning", "18:00-20:00") are counted,
    // not listed.
    expect(panel.readings).toHaveLength(3);
    expect(panel.readAsWritten).toBeGreaterThan(5);
  });

  test("Check setup shows the readings, escaped, even when all else is well", () => {
    const env = withExample();
    type(env, "Offers", "Time", 2, "after 5");
    click(env, "Check setup");
    const [dialog] = env.ui.dialogs;
    expect(dialog).toMatchObject({ kind: "modal", title: "Check setup" });
    expect(dialog.content).toContain("How Days and Time were read");
    expect(dialog.content).toContain("Offers, row 2, Time: after 5 → 17:00-24:00");
  });

  test("Plan writes how each row was read into the Read as column Set up made", () => {
    const env = withExample();
    type(env, "Offers", "Time", 2, "5-7");
    type(env, "Needs", "Days", 3, "M/W/F");
    type(env, "Needs", "Time", 4, "8-10");
    click(env, "Plan");
    const readAs = (sheet: string, row: number) =>
      env.readSheet(sheet)[row - 1][columnOf(env, sheet, "Read as") - 1];
    expect(readAs("Offers", 2)).toMatch(/ · 17:00-19:00$/);
    expect(readAs("Needs", 3)).toMatch(/^Mon, Wed, Fri · /);
    expect(readAs("Needs", 4)).toMatch(/Time not read: .*08:00-10:00.*20:00-22:00/);
    // What was typed stays as typed.
    expect(env.readSheet("Offers")[1][columnOf(env, "Offers", "Time") - 1]).toBe("5-7");
  });
});
