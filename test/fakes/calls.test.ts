import { createAppsScriptEnv } from "../../src/fakes";

describe("call counting", () => {
  test("each call on a fake service object counts once, under Service.method", () => {
    const env = createAppsScriptEnv();
    const { SpreadsheetApp } = env.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet()!.insertSheet("Needs");
    sheet.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange("A1:B2").getValues();
    sheet.getDataRange().getValues();
    expect(env.calls).toEqual({
      "Range.getValues": 2,
      "Range.setValues": 1,
      "Sheet.getDataRange": 1,
      "Sheet.getRange": 2,
      "Spreadsheet.insertSheet": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
  });

  test("chained calls count, and so do getters and builders", () => {
    const env = createAppsScriptEnv();
    const { SpreadsheetApp } = env.globals;
    const range = SpreadsheetApp.getActiveSheet().getRange("A1");
    env.resetCalls();
    range.setValue("x").setBackground("#ffffff").setFontWeight("bold").getA1Notation();
    SpreadsheetApp.newDataValidation().requireCheckbox().build().getCriteriaType();
    expect(env.calls).toEqual({
      "DataValidation.getCriteriaType": 1,
      "DataValidationBuilder.build": 1,
      "DataValidationBuilder.requireCheckbox": 1,
      "Range.getA1Notation": 1,
      "Range.setBackground": 1,
      "Range.setFontWeight": 1,
      "Range.setValue": 1,
      "SpreadsheetApp.newDataValidation": 1,
    });
  });

  test("what a fake does inside one call is not counted again", () => {
    const env = createAppsScriptEnv();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    sheet.appendRow(["a", "b"]);
    sheet.deleteRow(1);
    sheet.getRange("A1").getValue();
    env.globals.PropertiesService.getDocumentProperties()!.setProperty("k", "v");
    env.globals.MailApp.sendEmail("a@example.com", "s", "b", {
      attachments: [env.globals.Utilities.newBlob("x", "text/plain", "x.txt")],
    });
    expect(env.calls).toEqual({
      "MailApp.sendEmail": 1,
      "Properties.setProperty": 1,
      "PropertiesService.getDocumentProperties": 1,
      "Range.getValue": 1,
      "Sheet.appendRow": 1,
      "Sheet.deleteRow": 1,
      "Sheet.getRange": 1,
      "SpreadsheetApp.getActiveSheet": 1,
      "Utilities.newBlob": 1,
    });
  });

  test("totalCalls filters by service, method, pattern or predicate; resetCalls starts over", () => {
    const env = createAppsScriptEnv();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    for (let r = 1; r <= 3; r++) sheet.getRange(r, 1).setValue(r);
    env.globals.Logger.log("done");
    env.globals.console.log("not an Apps Script call");
    expect(env.totalCalls()).toBe(8);
    expect(env.totalCalls("Range")).toBe(3);
    expect(env.totalCalls("Sheet.getRange")).toBe(3);
    expect(env.totalCalls("Sheet.get")).toBe(0);
    expect(env.totalCalls(/^(Sheet|Range)\./)).toBe(6);
    expect(env.totalCalls((name) => name.startsWith("Logger"))).toBe(1);
    env.resetCalls();
    expect([env.totalCalls(), env.calls]).toEqual([0, {}]);
  });

  test("enums and other plain properties are not calls", () => {
    const env = createAppsScriptEnv();
    const { SpreadsheetApp, ScriptApp, HtmlService } = env.globals;
    void [
      SpreadsheetApp.ProtectionType.SHEET,
      ScriptApp.EventType.CLOCK,
      HtmlService.SandboxMode.IFRAME,
    ];
    expect(env.totalCalls()).toBe(0);
  });
});
