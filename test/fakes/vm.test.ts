import * as vm from "node:vm";
import { createAppsScriptEnv } from "../../src/fakes";

// The shape of a built Code.js: plain global functions calling the Apps Script globals.
const SCRIPT = `
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem("Stamp", "stamp").addToUi();
}
function stamp() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Log");
  sheet.appendRow(["2026-12-09", Session.getActiveUser().getEmail()]);
  var when = sheet.getRange(sheet.getLastRow(), 1).getValue();
  return when instanceof Date ? Utilities.formatDate(when, "Europe/London", "EEE d MMM") : "not a Date";
}
`;

test("a script run in node:vm with env.globals as its context", () => {
  const env = createAppsScriptEnv({ timeZone: "Europe/London", userEmail: "sam@example.com" });
  env.writeSheet("Log", [["When", "Who"]]);
  const context = vm.createContext(env.globals);
  env.useDateConstructor(vm.runInContext("Date", context) as DateConstructor);
  vm.runInContext(SCRIPT, context);
  vm.runInContext("onOpen()", context);
  expect(env.ui.click("Stamp")).toBe("Wed 9 Dec");
  expect(env.readSheet("Log")[1][1]).toBe("sam@example.com");
  expect(env.calls["Sheet.appendRow"]).toBe(1);
});
