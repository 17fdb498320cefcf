import type { AppsScriptEnv } from "../../src/fakes";
import { getSettings } from "../../src/server/panel/panel";
import { planFromSheets } from "../../src/server/plan/plan";
import { click, installEnv, uninstallEnv } from "./env";

// "Today" is the script's clock (Google's time, or the playground's and the tests' fake one),
// never the machine's: the playground said "before Start date 2026-12-02" of a map starting on
// 7 December, because the Settings check read the computer's date (issue 15).

function setSetting(env: AppsScriptEnv, label: string, value: string): void {
  const rows = env.readSheet("Settings");
  const i = rows.findIndex((r) => r[0] === label);
  env.spreadsheet
    .getSheetByName("Settings")
    ?.getRange(i + 1, 2)
    .setValue(value);
}

afterEach(uninstallEnv);

test("a blank Start date is the script's today, in the Settings form and in the plan", () => {
  const env = installEnv();
  click(env, "Set up with the example");
  setSetting(env, "Start date", "");
  setSetting(env, "End date", "2026-12-05");
  // The machine's clock says 2 December; the script's says 7 December (env.clock).
  jest.setSystemTime(new Date("2026-12-02T09:00:00Z"));
  expect(env.clock.now().toISOString()).toBe("2026-12-07T09:00:00.000Z");

  const endDate = getSettings().fields.find((f) => f.key === "endDate");
  expect(endDate?.problem).toContain("before Start date 2026-12-07");
  const { map, result } = planFromSheets();
  expect(map.settings.startDate).toBe("2026-12-07");
  expect(JSON.stringify(result)).not.toContain("2026-12-02");
});
