import type { AppsScriptEnv } from "../../src/fakes";
import { installFormApp } from "../../src/fakes/forms";
import * as entryPoints from "../../src/server/index";
import { sendBriefs } from "../../src/server/messages/briefs";
import { runPlan } from "../../src/server/plan/plan";
import { columnOf, installEnv, snapshot, uninstallEnv } from "./env";
import { referencePlan } from "./plan-reference";

// Apps Script calls of one Plan on Maria's map as Set up with the example makes it: the first
// plan, and re-plans after briefs went out (the change form's sections then follow the plan).
// Each step is run twice, with Plan and with its writes as they were before the calls were cut
// (plan-reference.ts), and every sheet must come out the same: values, formats, colours, size.

const FORMS_CALL =
  /^(FormApp|Form|Item|CheckboxItem|MultipleChoiceItem|PageBreakItem|Choice|TextItem|ParagraphTextItem)\./;

interface Step {
  name: string;
  calls: Record<string, number>;
  total: number;
  sheets: unknown;
}

function arrive(plan: () => void): Step[] {
  const env: AppsScriptEnv = installEnv();
  try {
    installFormApp(env, { scope: entryPoints });
    Object.assign(globalThis, { FormApp: env.globals.FormApp });
    env.ui.click("Set up with the example", entryPoints);
    const steps: Step[] = [];
    const step = (name: string) => {
      env.resetCalls();
      plan();
      steps.push({ name, calls: env.calls, total: env.totalCalls(), sheets: snapshot(env) });
    };
    step("first plan");
    sendBriefs({ onlyChanged: false });
    step("re-plan after briefs");
    // The coordinator changes a need's days (its Read as changes) and Ben drops out (his
    // dates move to others, and the change form's sections follow).
    const needs = env.spreadsheet.getSheetByName("Needs");
    const dog = env.readSheet("Needs").findIndex((r) => r[0] === "Morning dog walk") + 1;
    needs?.getRange(dog, columnOf(env, "Needs", "Days")).setValue("Mon, Wed, Fri");
    const people = env.spreadsheet.getSheetByName("People");
    const ben = env.readSheet("People").findIndex((r) => String(r[0]).startsWith("Ben")) + 1;
    people?.getRange(ben, columnOf(env, "People", "Status")).setValue("dropped");
    step("re-plan after a change");
    return steps;
  } finally {
    uninstallEnv();
  }
}

let planned: Step[];
let reference: Step[];
beforeAll(() => {
  planned = arrive(runPlan);
  reference = arrive(referencePlan);
});

test("every sheet is written as before the calls were cut", () => {
  expect(planned.map((s) => s.name)).toEqual(reference.map((s) => s.name));
  planned.forEach((step, i) =>
    expect([step.name, step.sheets]).toEqual([step.name, reference[i].sheets]),
  );
});

test("the first plan: 36 calls, each sheet read once, nothing asked twice", () => {
  const [first] = planned;
  // Read: 5 sheets x (getSheetByName, getDataRange, getValues) and the time zone; lock 3 and
  // the flush before it is released; writes: Assignments 2, Needs colours 2, Read as 2 + 2,
  // Coverage looked up, inserted and written with 4 calls on one range.
  expect(first.calls).toEqual({
    "Lock.releaseLock": 1,
    "Lock.waitLock": 1,
    "LockService.getDocumentLock": 1,
    "Range.getValues": 5,
    "Range.setBackgrounds": 2,
    "Range.setValues": 4,
    "Range.setVerticalAlignment": 1,
    "Range.setWrap": 1,
    "Sheet.getDataRange": 5,
    "Sheet.getRange": 5,
    "Spreadsheet.getSheetByName": 6,
    "Spreadsheet.getSpreadsheetTimeZone": 1,
    "Spreadsheet.insertSheet": 1,
    "SpreadsheetApp.flush": 1,
    "SpreadsheetApp.getActiveSpreadsheet": 1,
  });
  expect(first.total).toBe(36);
  expect(reference[0].total).toBe(39);
});

test("a re-plan after briefs: at most 35 calls; the change form's hook reads the properties once", () => {
  const step = planned[1];
  expect(step.total).toBeLessThanOrEqual(35);
  expect(step.total).toBeLessThan(reference[1].total);
  // Nothing moved: no section to update, Read as unchanged, Assignments as they were.
  expect(Object.keys(step.calls).filter((k) => FORMS_CALL.test(k))).toEqual([]);
  expect(step.calls["PropertiesService.getDocumentProperties"]).toBe(1);
  expect(step.calls["Properties.getProperties"]).toBe(1);
  expect(step.calls["Properties.getProperty"]).toBeUndefined();
  expect(step.calls["Sheet.getMaxRows"]).toBeUndefined();
  expect(step.calls["SpreadsheetApp.flush"]).toBe(1);
});

test("a re-plan after a change: the changed Read as and sections written, properties read once", () => {
  const step = planned[2];
  const sheetCalls = Object.entries(step.calls)
    .filter(([k]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range|LockService|Lock)\./.test(k))
    .reduce((n, [, v]) => n + v, 0);
  expect(step.calls["PropertiesService.getDocumentProperties"]).toBe(1);
  expect(step.calls["Properties.getProperties"]).toBe(1);
  // 35 before the sections' record moved from properties to its hidden sheet, which this
  // re-plan reads (2 calls) and writes (3): a property over 9 KB stopped briefs at 200 helpers.
  expect(sheetCalls).toBeLessThanOrEqual(40);
  expect(step.total).toBeLessThan(reference[2].total);
  expect(step.calls["SpreadsheetApp.flush"]).toBe(1);
});
