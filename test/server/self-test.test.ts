import { SELF_TEST_CHECKS, selfTest } from "../../src/server/setup/self-test";
import { click, installEnv, uninstallEnv } from "./env";

afterEach(uninstallEnv);

describe("Self-test (maintainers)", () => {
  test("every check passes on the fakes, and nothing is left behind", () => {
    const env = installEnv({ userEmail: "maintainer@example.com" });
    click(env, "Set up with the example");
    const sheets = env.spreadsheet.getSheets().map((s) => s.getName());
    const active = env.spreadsheet.getActiveSheet().getName();
    click(env, "Self-test (maintainers)");

    const [dialog] = env.ui.dialogs;
    expect(dialog).toMatchObject({ kind: "modal", title: "Support Map self-test" });
    expect(dialog.content).toContain(`All ${SELF_TEST_CHECKS.length + 2} checks passed.`);
    expect(dialog.content).not.toContain(">Fail<");
    expect(dialog.content).toContain("Delete the scratch sheet");
    expect(dialog.content).toContain("maintainer@example.com");

    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheets);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe(active);
    expect([...env.properties.document.keys()]).toEqual([]);
    // Issue 10: the self-test turns on the hourly trigger (to learn what a timed run finds) and
    // sends the maintainer one email with HTML and an .ics file; nothing else is left behind.
    expect(env.triggers.map((t) => [t.handler, t.eventType])).toEqual([
      ["runScheduledMessages", "CLOCK"],
    ]);
    expect(env.outbox.map((m) => [m.to, m.attachments.map((a) => a.name)])).toEqual([
      ["maintainer@example.com", ["self-test.ics"]],
    ]);
    expect(env.locks.isHeld("document")).toBe(false);
  });

  test("touches every service the add-on uses", () => {
    const env = installEnv();
    env.resetCalls();
    selfTest();
    const services = new Set(Object.keys(env.calls).map((k) => k.split(".")[0]));
    for (const s of [
      "SpreadsheetApp",
      "Spreadsheet",
      "Sheet",
      "Range",
      "DataValidationBuilder",
      "DataValidation",
      "Protection",
      "PropertiesService",
      "Properties",
      "LockService",
      "Lock",
      "ScriptApp",
      "Session",
      "Utilities",
      "MailApp",
      "HtmlService",
      "HtmlOutput",
    ])
      expect([s, services.has(s)]).toEqual([s, true]);
    for (const m of [
      "Range.setValues",
      "Range.setBackgrounds",
      "Range.setNotes",
      "Range.setNumberFormat",
      "Range.setDataValidation",
      "Range.protect",
      "Protection.setWarningOnly",
      "Sheet.setFrozenRows",
      "Sheet.setColumnWidth",
      "Properties.deleteProperty",
      "Lock.tryLock",
      "ScriptApp.getUserTriggers",
      "Utilities.formatDate",
      "MailApp.getRemainingDailyQuota",
    ])
      expect([m, env.calls[m] > 0]).toEqual([m, true]);
    expect(env.calls["ScriptApp.newTrigger"]).toBe(1);
    expect(env.calls["MailApp.sendEmail"]).toBe(1);
  });

  test("returns plain data, and a failing check is reported while clean-up still runs", () => {
    const env = installEnv();
    const added = {
      name: "Forms can be made",
      run: () => {
        throw new Error("FormApp is not authorised");
      },
    };
    SELF_TEST_CHECKS.push(added);
    try {
      const report = selfTest();
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      expect(report.ok).toBe(false);
      expect(report.failed).toBe(1);
      expect(report.summary).toBe(
        `1 of ${SELF_TEST_CHECKS.length + 2} checks failed. Report the failures with this list.`,
      );
      expect(report.results.find((r) => !r.ok)).toEqual({
        name: "Forms can be made",
        ok: false,
        detail: "FormApp is not authorised",
      });
      expect(report.results.slice(-2).map((r) => [r.name, r.ok])).toEqual([
        ["Delete the scratch sheet", true],
        ["Delete the scratch property", true],
      ]);
      expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    } finally {
      SELF_TEST_CHECKS.splice(SELF_TEST_CHECKS.indexOf(added), 1);
    }
  });

  test("when the scratch sheet cannot be made, the sheet checks say they were skipped", () => {
    const env = installEnv();
    const name = `Support Map self-test ${new Date().toISOString().slice(0, 19).replace("T", " ").replace(/:/g, "")}`;
    env.writeSheet(name, [["already here"]]);
    const report = selfTest();
    expect(report.results[0]).toMatchObject({ name: "Make a scratch sheet", ok: false });
    expect(report.results.find((r) => r.name === "Notes")).toEqual({
      name: "Notes",
      ok: false,
      detail: "skipped: the scratch sheet could not be made",
    });
    expect(report.results.find((r) => r.name === "Document lock")?.ok).toBe(true);
    expect(env.readSheet(name)).toEqual([["already here"]]);
  });
});
