import type { AppsScriptEnv } from "../../src/fakes";
import * as entryPoints from "../../src/server/index";
import {
  applyPlan,
  getPanel,
  getSettings,
  menuOpenPanel,
  previewPlan,
  saveSettings,
  setPinned,
} from "../../src/server/panel/panel";
import { ARGS, SERVER_FUNCTIONS } from "../../src/shared/contract";
import { firstNonPlain } from "../../src/shared/plain";
import { SETTINGS_ROWS } from "../../src/sheets/columns";
import { click, columnOf, installEnv, uninstallEnv } from "./env";

// The coordinator panel's server side, over the in-memory Apps Script with Maria's example.

afterEach(uninstallEnv);

function withExample(): AppsScriptEnv {
  const env = installEnv({ htmlFiles: { Sidebar: "<!doctype html><title>panel</title>" } });
  click(env, "Set up with the example");
  env.resetCalls();
  return env;
}

/** Calls a server function as google.script.run would: with whatever the sidebar sent. */
const callRaw =
  (fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
  () =>
    fn(...args);

function rowsOf(env: AppsScriptEnv, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = env.readSheet(sheet);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function setSetting(env: AppsScriptEnv, label: string, value: string): void {
  const rows = env.readSheet("Settings");
  const i = rows.findIndex((r) => r[0] === label);
  env.spreadsheet
    .getSheetByName("Settings")
    ?.getRange(i + 1, 2)
    .setValue(value);
}

describe("the contract", () => {
  test("every function in it is an entry point of dist/Code.js", () => {
    for (const name of SERVER_FUNCTIONS)
      expect(typeof (entryPoints as Record<string, unknown>)[name]).toBe("function");
    expect(typeof entryPoints.menuOpenPanel).toBe("function");
  });

  test("refuses extra arguments and wrong types", () => {
    expect(ARGS.getPanel.safeParse([1]).success).toBe(false);
    expect(ARGS.applyPlan.safeParse([]).success).toBe(true);
    expect(ARGS.applyPlan.safeParse([{ previewId: "1-2" }]).success).toBe(true);
    expect(ARGS.applyPlan.safeParse([{ when: "now" }]).success).toBe(false);
    expect(
      ARGS.setPinned.safeParse([
        { need: "Walk", person: "Ana", role: "primary", from: "2026-12-07", pinned: true },
      ]).success,
    ).toBe(true);
    expect(
      ARGS.setPinned.safeParse([
        { need: "Walk", person: "Ana", role: "main", from: "7 Dec", pinned: "yes" },
      ]).success,
    ).toBe(false);
    expect(ARGS.saveSettings.safeParse([{ values: { favouriteColour: "blue" } }]).success).toBe(
      false,
    );
  });
});

describe("getPanel", () => {
  test("the map at a glance, as plain data", () => {
    withExample();
    const panel = getPanel();
    expect(firstNonPlain(panel)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(panel))).toEqual(panel);
    expect(panel.title).toBe("Support map for Maria");
    expect(panel.period).toBe("7 December to 20 December");
    expect(panel.summary).toBe("85% of visits covered, 2 gaps.");
    expect(panel.coverage.needs.map((n) => n.priority)).toEqual([
      "high",
      "high",
      "high",
      "medium",
      "low",
      "low",
    ]);
    expect(panel.coverage.needs[0]).toMatchObject({
      need: "Morning dog walk",
      state: "partly covered",
      text: "10 of 14 visits covered, backup on 14 of 14",
    });
    expect(panel.gaps.map((g) => [g.need, g.visits])).toEqual([
      ["Morning dog walk", 4],
      ["Evening dog walk", 4],
    ]);
    expect(panel.gaps[0].gaps[0]).toMatchObject({
      explanation: "Nobody who may be asked offers pet care on weekends in the morning.",
      suggestion: "Ask for someone free weekends in the morning for pet care.",
    });
    expect(panel.unusedOffers.map((u) => u.person)).toEqual(["Gus Lindqvist", "Hana Sato"]);
    expect(panel.helpers.find((h) => h.person === "Chloe Martin")).toMatchObject({
      group: "at their limit",
      text: "2 of 2 tasks, up to 5 visits a week",
    });
    expect(panel.helpers.find((h) => h.person === "Priya Shah")?.group).toBe("backup only");
    expect(panel.pending).toEqual({ added: 11, removed: 0, moved: 0, changed: 0, unchanged: 0 });
  });

  test("never names Tomas (do not involve) and never carries a need's Details", () => {
    withExample();
    const text = JSON.stringify(getPanel());
    expect(text).not.toContain("Tomas");
    expect(text).not.toContain("Father in ICU");
  });

  test("reads each sheet once and writes nothing", () => {
    const env = withExample();
    getPanel();
    expect(env.calls["Sheet.getDataRange"]).toBe(5);
    expect(env.calls["Range.getValues"]).toBe(5);
    expect(env.totalCalls(/^Range\.set/)).toBe(0);
  });

  test("refuses arguments in words a coordinator can follow", () => {
    withExample();
    expect(callRaw(getPanel, "everything")).toThrow(
      'The panel asked for "getPanel" with something the add-on cannot use. It was given more than it takes.',
    );
  });
});

describe("previewPlan and applyPlan", () => {
  test("a preview writes nothing; Apply writes Assignments, Needs colours and Coverage once", () => {
    const env = withExample();
    const preview = previewPlan();
    expect(preview.changes).toBe("11 added, 0 unchanged.");
    expect(preview.added[0]).toEqual({
      need: "Morning dog walk",
      person: "Ana Ruiz",
      role: "primary",
      when: "weekdays, morning, Mon 7 Dec to Fri 18 Dec",
    });
    expect(env.totalCalls(/^Range\.set/)).toBe(0);

    env.resetCalls();
    const applied = applyPlan({ previewId: preview.previewId });
    expect(applied.message).toBe("Planned: 85% of visits covered, 2 gaps. 11 added, 0 unchanged.");
    // Assignments, Coverage, and the Read as column of Needs and of Offers.
    expect(env.calls["Range.setValues"]).toBe(4);
    expect(env.calls["Range.setBackgrounds"]).toBe(2);
    expect(env.calls["Range.getValues"]).toBe(5);
    expect(firstNonPlain(applied)).toBeUndefined();
    expect(applied.panel.pending).toEqual({
      added: 0,
      removed: 0,
      moved: 0,
      changed: 0,
      unchanged: 11,
    });
    expect(rowsOf(env, "Assignments")).toHaveLength(11);
    expect(env.readSheet("Coverage")[0][0]).toBe(
      "Support map for Maria: who does what, week by week",
    );
    // Read back from the sheets, the plan is what was written.
    expect(getPanel().pending).toEqual({
      added: 0,
      removed: 0,
      moved: 0,
      changed: 0,
      unchanged: 11,
    });
  });

  test("shows who a slot moves to when a helper can no longer do it", () => {
    const env = withExample();
    applyPlan();
    const eli = rowsOf(env, "People").findIndex((p) => p.Name === "Eli Cohen") + 2;
    env.spreadsheet
      .getSheetByName("People")
      ?.getRange(eli, columnOf(env, "People", "Status"))
      .setValue("dropped");
    const preview = previewPlan();
    expect(preview.moved).toEqual([
      {
        need: "Call to vent (10 min)",
        role: "primary",
        when: "Mon-Wed, any, Mon 7 Dec to Wed 16 Dec",
        from: "Eli Cohen",
        to: "Fatima Noor",
      },
    ]);
    // Fatima's own row stays exactly as written: Eli's days come to her as a row of their own.
    expect(preview.changed.map((c) => c.person)).toEqual([]);
    expect(preview.removed).toEqual([]);
    expect(preview.changes).toBe("1 moved to someone else, 10 unchanged.");
  });

  test("refuses to apply a plan that changed after the preview, and writes nothing", () => {
    const env = withExample();
    const preview = previewPlan();
    const ana = rowsOf(env, "Offers").findIndex((o) => o.Person === "Ana Ruiz") + 2;
    env.spreadsheet
      .getSheetByName("Offers")
      ?.getRange(ana, columnOf(env, "Offers", "Days"))
      .setValue("weekends");
    env.resetCalls();
    expect(() => applyPlan({ previewId: preview.previewId })).toThrow(
      "The sheets changed after the preview",
    );
    expect(env.totalCalls(/^Range\.set/)).toBe(0);
  });

  test("a paused map is not planned", () => {
    const env = withExample();
    setSetting(env, "Map paused", "yes");
    env.resetCalls();
    expect(() => applyPlan()).toThrow("The map is paused");
    expect(env.totalCalls(/^Range\.set/)).toBe(0);
    expect(getPanel().paused).toBe(true);
  });

  test("says so when someone else is writing", () => {
    const env = withExample();
    env.locks.holdElsewhere("document");
    expect(() => applyPlan()).toThrow("Someone else is writing to the sheets right now");
  });
});

describe("setPinned", () => {
  test("one read and one write; the pinned row survives a re-plan", () => {
    const env = withExample();
    applyPlan();
    env.resetCalls();
    const result = setPinned({
      need: "Morning dog walk",
      person: "Ana Ruiz",
      role: "primary",
      from: "2026-12-07",
      pinned: true,
    });
    expect(result).toMatchObject({ row: 2, pinned: true });
    expect(env.calls["Range.getValues"]).toBe(1);
    expect(env.calls["Range.setValue"]).toBe(1);
    expect(env.totalCalls(/^Range\.set/)).toBe(1);
    expect(rowsOf(env, "Assignments")[0]).toMatchObject({ Person: "Ana Ruiz", Pinned: "yes" });

    // Ana stops offering weekdays; pinned, she keeps them.
    const ana = rowsOf(env, "Offers").findIndex((o) => o.Person === "Ana Ruiz") + 2;
    env.spreadsheet
      .getSheetByName("Offers")
      ?.getRange(ana, columnOf(env, "Offers", "Days"))
      .setValue("weekends");
    applyPlan();
    expect(rowsOf(env, "Assignments")).toContainEqual(
      expect.objectContaining({
        Need: "Morning dog walk",
        Person: "Ana Ruiz",
        Days: "weekdays",
        Pinned: "yes",
      }),
    );
  });

  test("a row that is no longer there is named in the error", () => {
    withExample();
    applyPlan();
    expect(() =>
      setPinned({
        need: "Morning dog walk",
        person: "Kim Park",
        role: "primary",
        from: "2026-12-07",
        pinned: true,
      }),
    ).toThrow(
      'No row in Assignments has Kim Park as primary for "Morning dog walk" from 7 December.',
    );
  });

  test("refuses what is not a pin", () => {
    withExample();
    expect(callRaw(setPinned, { need: "Walk", person: 3, role: "boss", from: "soon" })).toThrow(
      "The person must be text. The role must be primary or backup. From must be a date written YYYY-MM-DD.",
    );
  });
});

describe("getSettings and saveSettings", () => {
  test("the form holds every setting, with what is wrong in the sheet now", () => {
    const env = withExample();
    setSetting(env, "Max tasks per helper", "many");
    const form = getSettings();
    expect(form.fields.map((f) => f.key)).toEqual(SETTINGS_ROWS.map((s) => s.key));
    expect(form.fields.find((f) => f.key === "startDate")).toMatchObject({
      value: "2026-12-07",
      input: "date",
      required: true,
      problem: "",
    });
    expect(form.fields.find((f) => f.key === "checkInDay")?.options).toContain("Friday");
    expect(form.fields.find((f) => f.key === "maxTasks")?.problem).toBe(
      'Max tasks per helper "many" is not a whole number from 1 to 20. 2 is used until then.',
    );
  });

  test("refuses values the planner could not read, per setting, and writes nothing", () => {
    const env = withExample();
    env.resetCalls();
    const saved = saveSettings({
      values: { maxTasks: "lots", endDate: "2026-12-01", timeZone: "Mars/Olympus" },
    });
    expect(saved.saved).toBe(false);
    expect(saved.errors.map((e) => [e.key, e.message])).toEqual([
      [
        "endDate",
        "End date 2026-12-01 is before Start date 2026-12-07. Write the last day of support, on or after 2026-12-07.",
      ],
      ["maxTasks", 'Max tasks per helper "lots" is not a whole number from 1 to 20.'],
      [
        "timeZone",
        'Time zone "Mars/Olympus" is not a time zone name. Write one like Europe/London or America/New_York, or leave it blank for the spreadsheet\'s (Europe/London).',
      ],
    ]);
    expect(env.totalCalls(/^Range\.set/)).toBe(0);
  });

  test("saves with one write of the Settings sheet", () => {
    const env = withExample();
    env.resetCalls();
    const saved = saveSettings({ values: { maxTasks: "3", supportedName: "=Maria" } });
    expect(saved).toMatchObject({ saved: true, errors: [], message: "Settings saved." });
    expect(env.calls["Range.getValues"]).toBe(1);
    expect(env.calls["Range.setValues"]).toBe(1);
    const settings = Object.fromEntries(env.readSheet("Settings").map((r) => [r[0], r[1]]));
    expect(settings["Max tasks per helper"]).toBe(3);
    // Typed text stays text: "=Maria" is not run as a formula.
    expect(settings["Person supported"]).toBe("=Maria");
    expect(getPanel().helpers.find((h) => h.person === "Ana Ruiz")?.maxTasks).toBe(3);
  });
});

describe("menuOpenPanel", () => {
  test("shows dist/Sidebar.html as the Support Map sidebar", () => {
    const env = withExample();
    menuOpenPanel();
    expect(env.ui.sidebars).toEqual([
      expect.objectContaining({
        title: "Support Map",
        content: "<!doctype html><title>panel</title>",
      }),
    ]);
  });
});
