import { checkSetup } from "../../src/server/setup/check-setup";
import { click, installEnv, uninstallEnv } from "./env";

// Set up and the four message settings: a fresh map gets the guide's defaults; a map made before
// the rows existed gets them as it behaved without them, so Set up changes nothing it did.

afterEach(uninstallEnv);

const rowsOf = (values: unknown[][]) => new Map(values.map((r) => [r[0], r[1]]));

describe("Set up and the message settings", () => {
  test("a map made before them keeps asking backups and sends no reminders or notes", () => {
    const env = installEnv();
    env.writeSheet("Settings", [
      ["Setting", "Value"],
      ["Person supported", "Maria"],
      ["Start date", "2026-12-07"],
    ]);
    const missing = checkSetup()
      .filter((p) => p.sheet === "Settings")
      .map((p) => p.message);
    expect(missing).toContain(
      'Settings has no "Day-before reminders" row, so it counts as "no". Choose Support Map > Set up support map to add it.',
    );
    expect(missing).toContain(
      'Settings has no "Backups step in" row, so it counts as "when asked". Choose Support Map > Set up support map to add it.',
    );
    click(env, "Set up support map");
    const rows = rowsOf(env.readSheet("Settings"));
    expect(
      [
        "Backups step in",
        "Day-before reminders",
        "Standby notes to backups",
        "Weekly note to coordinator",
      ].map((l) => rows.get(l)),
    ).toEqual(["when asked", "no", "no", "no"]);
  });

  test("a fresh map reminds main helpers and sends the weekly note, and Check setup is content", () => {
    const env = installEnv();
    click(env, "Set up support map");
    const rows = rowsOf(env.readSheet("Settings"));
    expect(
      [
        "Backups step in",
        "Day-before reminders",
        "Standby notes to backups",
        "Weekly note to coordinator",
      ].map((l) => rows.get(l)),
    ).toEqual(["when asked", "yes", "no", "yes"]);
    const about = checkSetup().filter((p) =>
      /Backups step in|reminders|Standby notes|Weekly note/.test(`${p.column} ${p.message}`),
    );
    expect(about).toEqual([]);
  });
});
