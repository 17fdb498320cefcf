import type { AppsScriptEnv } from "../../src/fakes";
import { OFFERS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { INTAKE_ISSUES_SHEET } from "../../src/sheets/intake-issues";
import { click, endFormEnv, formEnv, kim, offerFormId, ENTRY_POINTS } from "./form-env";

// The spreadsheet's form-submit event as Google's reference gives it: authMode, namedValues,
// range, triggerUid, values, and no source. And a firing whose row was already taken: Google
// may fire twice for one answer, or a firing may come after Sync offers caught up.

afterEach(endFormEnv);

function sheets(env: AppsScriptEnv) {
  return [PEOPLE_SHEET, OFFERS_SHEET, INTAKE_ISSUES_SHEET].map((n) =>
    env.book.sheets.some((s) => s.name === n) ? env.readSheet(n) : [],
  );
}

describe("the form-submit event", () => {
  test("carries what the reference lists, and the answer lands without a source", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    const seen: Record<string, unknown>[] = [];
    const trigger = env.triggers.find((t) => t.handler === "onOfferFormSubmit");
    expect(trigger).toBeDefined();
    const original = ENTRY_POINTS.onOfferFormSubmit;
    ENTRY_POINTS.onOfferFormSubmit = (e?: unknown) => {
      seen.push(e as Record<string, unknown>);
      original(e);
    };
    try {
      forms.submit(offerFormId(), kim());
    } finally {
      ENTRY_POINTS.onOfferFormSubmit = original;
    }
    expect(Object.keys(seen[0]).sort()).toEqual(
      ["authMode", "namedValues", "range", "triggerUid", "values"].sort(),
    );
    expect(seen[0].triggerUid).toBe(trigger?.id);
    expect(env.readSheet(PEOPLE_SHEET).some((r) => r[0] === "Kim Park")).toBe(true);
  });

  test("a second firing for a row already taken changes nothing", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    const { row } = forms.submit(offerFormId(), kim());
    const before = sheets(env);
    const responses = env.spreadsheet.getSheetByName("Form Responses 1")!;
    const range = responses.getRange(row!, 1, 1, responses.getLastColumn());
    const trigger = env.globals.ScriptApp.getProjectTriggers().find(
      (t) => t.getHandlerFunction() === "onOfferFormSubmit",
    )!;
    env.fireTrigger(trigger, { range, values: range.getDisplayValues()[0] }, ENTRY_POINTS);
    expect(sheets(env)).toEqual(before);
  });

  test("a firing that comes after Sync offers took its row changes nothing", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    const { row } = forms.submit(offerFormId(), kim(), { fireTriggers: false });
    click(env, "Sync offers");
    const before = sheets(env);
    expect(before[0].some((r) => r[0] === "Kim Park")).toBe(true);
    const responses = env.spreadsheet.getSheetByName("Form Responses 1")!;
    const range = responses.getRange(row!, 1, 1, responses.getLastColumn());
    const trigger = env.globals.ScriptApp.getProjectTriggers().find(
      (t) => t.getHandlerFunction() === "onOfferFormSubmit",
    )!;
    env.fireTrigger(trigger, { range }, ENTRY_POINTS);
    expect(sheets(env)).toEqual(before);
  });
});
