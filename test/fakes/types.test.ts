// The real Apps Script services must satisfy the types in src/server/gas.ts, or server code typed
// with them could not run on Google's servers. tsc checks these lines; jest runs the fakes side.

import type * as Gas from "../../src/gas/gas";
import { createAppsScriptEnv } from "../../src/fakes";

type Is<A, B> = [A] extends [B] ? true : false;
type Check<T extends true> = T;

export type RealServicesFitTheTypes = [
  Check<Is<GoogleAppsScript.Spreadsheet.Range, Gas.RangeApi>>,
  Check<Is<GoogleAppsScript.Spreadsheet.Sheet, Gas.SheetApi>>,
  Check<Is<GoogleAppsScript.Spreadsheet.Spreadsheet, Gas.SpreadsheetApi>>,
  Check<Is<GoogleAppsScript.Spreadsheet.SpreadsheetApp, Gas.SpreadsheetAppApi>>,
  Check<Is<GoogleAppsScript.Spreadsheet.Protection, Gas.ProtectionApi>>,
  Check<Is<GoogleAppsScript.Spreadsheet.DataValidation, Gas.DataValidationApi>>,
  Check<Is<GoogleAppsScript.Spreadsheet.DataValidationBuilder, Gas.DataValidationBuilderApi>>,
  Check<Is<GoogleAppsScript.Base.Ui, Gas.UiApi>>,
  Check<Is<GoogleAppsScript.Base.Menu, Gas.MenuApi>>,
  Check<Is<GoogleAppsScript.HTML.HtmlService, Gas.HtmlServiceApi>>,
  Check<Is<GoogleAppsScript.HTML.HtmlOutput, Gas.HtmlOutputApi>>,
  Check<Is<GoogleAppsScript.HTML.HtmlTemplate, Gas.HtmlTemplateApi>>,
  Check<Is<GoogleAppsScript.Properties.PropertiesService, Gas.PropertiesServiceApi>>,
  Check<Is<GoogleAppsScript.Lock.LockService, Gas.LockServiceApi>>,
  Check<Is<GoogleAppsScript.Script.ScriptApp, Gas.ScriptAppApi>>,
  Check<Is<GoogleAppsScript.Script.Trigger, Gas.TriggerApi>>,
  Check<Is<GoogleAppsScript.Base.Session, Gas.SessionApi>>,
  Check<Is<GoogleAppsScript.Mail.MailApp, Gas.MailAppApi>>,
  Check<Is<GoogleAppsScript.Utilities.Utilities, Gas.UtilitiesApi>>,
  Check<Is<GoogleAppsScript.Base.Logger, Gas.LoggerApi>>,
];

test("the environment's globals are the services a script expects", () => {
  const env = createAppsScriptEnv();
  const g = env.globals;
  const services: unknown[] = [
    g.SpreadsheetApp satisfies Gas.SpreadsheetAppApi,
    g.PropertiesService satisfies Gas.PropertiesServiceApi,
    g.LockService satisfies Gas.LockServiceApi,
    g.ScriptApp satisfies Gas.ScriptAppApi,
    g.Session satisfies Gas.SessionApi,
    g.HtmlService satisfies Gas.HtmlServiceApi,
    g.MailApp satisfies Gas.MailAppApi,
    g.Utilities satisfies Gas.UtilitiesApi,
    g.Logger satisfies Gas.LoggerApi,
  ];
  expect(services.every((s) => typeof s === "object" && s !== null)).toBe(true);
  expect(
    g.SpreadsheetApp.getActiveSpreadsheet()!
      .getSheets()
      .map((s) => s.getName()),
  ).toEqual(["Sheet1"]);
});
