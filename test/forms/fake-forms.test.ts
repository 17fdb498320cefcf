import { createAppsScriptEnv } from "../../src/fakes";
import { installFormApp } from "../../src/fakes/forms";
import type { FakeFormApp } from "../../src/fakes/forms";

// The in-memory FormApp: forms, items, responses, and what Google does with a response when the
// form's destination is the spreadsheet.

function setUp() {
  const env = createAppsScriptEnv({ timeZone: "Europe/London", now: "2026-12-07T09:00:00Z" });
  const forms = installFormApp(env);
  // Published, as the add-on leaves its forms: a form made now starts unpublished.
  const FormApp = env.globals.FormApp as FakeFormApp;
  return { env, forms, FormApp };
}

describe("FormApp", () => {
  test("a form with items of each kind, read back as Google gives them", () => {
    const { FormApp, env } = setUp();
    const form = FormApp.create("Offers").setPublished(true).setDescription("Some help is needed.");
    const name = form.addTextItem().setTitle("Name").setRequired(true);
    const offers = form.addCheckboxItem().setTitle("Offer");
    offers
      .setChoices([offers.createChoice("meals"), offers.createChoice("rides")])
      .showOtherOption(true);
    const grid = form
      .addCheckboxGridItem()
      .setTitle("Free")
      .setRows(["Mon", "Tue"])
      .setColumns(["AM", "PM"]);
    form.addDateItem().setTitle("From");
    form.addScaleItem().setTitle("Energy").setBounds(1, 5).setLabels("low", "high");
    expect(FormApp.openById(form.getId()).getDescription()).toBe("Some help is needed.");
    const items = form.getItems();
    expect(items.map((i) => i.getType())).toEqual([
      FormApp.ItemType.TEXT,
      FormApp.ItemType.CHECKBOX,
      FormApp.ItemType.CHECKBOX_GRID,
      FormApp.ItemType.DATE,
      FormApp.ItemType.SCALE,
    ]);
    expect(
      items[1]
        .asCheckboxItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(["meals", "rides"]);
    expect(items[1].asCheckboxItem().hasOtherOption()).toBe(true);
    expect(items[2].asCheckboxGridItem().getRows()).toEqual(["Mon", "Tue"]);
    expect(items.map((i) => i.getIndex())).toEqual([0, 1, 2, 3, 4]);
    expect(form.getItemById(name.getId())?.asTextItem().isRequired()).toBe(true);
    expect(form.getItemById(42)).toBeNull();
    expect(grid.getId()).not.toBe(name.getId());
    expect(() => items[0].asCheckboxItem()).toThrow();
    expect(() => form.addScaleItem().setBounds(2, 5)).toThrow("Invalid argument");
    expect(() => offers.setChoiceValues(["ok", " "])).toThrow();
    expect(env.calls["FormApp.create"]).toBe(1);
    expect(env.calls["CheckboxItem.createChoice"]).toBe(2);
  });

  test("openById fails for a form in the bin or one that does not exist", () => {
    const { FormApp, forms } = setUp();
    const form = FormApp.create("Offers").setPublished(true);
    forms.trash(form.getId());
    expect(() => FormApp.openById(form.getId())).toThrow("No item with the given ID");
    expect(() => FormApp.openById("nope")).toThrow("No item with the given ID");
  });

  test("a response to a form linked to the spreadsheet: the row, the event, the trigger", () => {
    const { FormApp, env, forms } = setUp();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    const form = FormApp.create("Offers").setPublished(true).setAllowResponseEdits(true);
    form.addTextItem().setTitle("Name").setRequired(true);
    form
      .addCheckboxItem()
      .setTitle("Offer")
      .setChoiceValues(["meals", "rides"])
      .showOtherOption(true);
    form.addCheckboxGridItem().setTitle("Free").setRows(["Mon", "Tue"]).setColumns(["AM", "PM"]);
    form.addDateItem().setTitle("From");
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(ss.getSheets()[0].getName()).toBe("Form Responses 1");

    const events: Array<Record<string, unknown>> = [];
    env.globals.ScriptApp.newTrigger("collect").forSpreadsheet(ss).onFormSubmit().create();
    env.globals.collect = (e: Record<string, unknown>) => events.push(e);
    expect(installFormApp(env)).toBe(forms);

    const formId = form.getId();
    env.resetCalls();
    const sent = forms.submit(formId, {
      Name: "=1+1",
      Offer: ["meals", "dog sitting"],
      Free: [["AM", "PM"], null],
      From: "2026-12-09",
    });
    expect(env.totalCalls()).toBe(0);
    expect(sent.failures).toEqual([]);
    const sheet = env.readSheet("Form Responses 1");
    expect(sheet[0]).toEqual(["Timestamp", "Name", "Offer", "Free [Mon]", "Free [Tue]", "From"]);
    expect(sheet[1].slice(1, 5)).toEqual(["=1+1", "meals, dog sitting", "AM, PM", ""]);
    expect(sheet[1][5]).toBeInstanceOf(Date);
    expect(
      ss
        .getSheetByName("Form Responses 1")
        ?.getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ""),
    ).toBe(true);

    expect(events).toHaveLength(1);
    const e = events[0] as {
      range: GoogleAppsScript.Spreadsheet.Range;
      values: string[];
      namedValues: Record<string, string[]>;
      triggerUid: string;
      authMode: unknown;
    };
    expect(e.range.getA1Notation()).toBe("A2:F2");
    expect(e.values.slice(1, 4)).toEqual(["=1+1", "meals, dog sitting", "AM, PM"]);
    expect(e.namedValues.Name).toEqual(["=1+1"]);
    expect(e.authMode).toBe("FULL");
    expect(e.triggerUid).toBe(env.triggers[0].id);

    const response = form.getResponse(sent.responseId);
    const answers = response
      .getItemResponses()
      .map((r) => [r.getItem().getTitle(), r.getResponse()]);
    expect(answers).toEqual([
      ["Name", "=1+1"],
      ["Offer", ["meals", "dog sitting"]],
      ["Free", [["AM", "PM"], null]],
      ["From", "2026-12-09"],
    ]);
    expect(response.getRespondentEmail()).toBe("");
    expect(response.getEditResponseUrl()).toContain(sent.responseId);

    env.clock.advance(60_000);
    forms.edit(form.getId(), sent.responseId, { Name: "Ana", Free: null });
    expect(env.readSheet("Form Responses 1")).toHaveLength(2);
    expect(env.readSheet("Form Responses 1")[1].slice(1, 5)).toEqual([
      "Ana",
      "meals, dog sitting",
      "",
      "",
    ]);
    expect(events).toHaveLength(2);
    expect(form.getResponse(sent.responseId).getTimestamp().toISOString()).toBe(
      "2026-12-07T09:01:00.000Z",
    );
    expect(form.getResponses(new Date("2026-12-07T09:00:30Z"))).toHaveLength(1);
    expect(form.getResponses(new Date("2026-12-07T09:02:00Z"))).toHaveLength(0);
  });

  test("the form refuses what its questions do not allow, unless the answers are raw", () => {
    const { FormApp, forms } = setUp();
    const form = FormApp.create("Offers").setPublished(true);
    form.addTextItem().setTitle("Name").setRequired(true);
    form
      .addTextItem()
      .setTitle("Email")
      .setValidation(FormApp.createTextValidation().requireTextIsEmail().build());
    form.addCheckboxItem().setTitle("Offer").setChoiceValues(["meals"]);
    form.addCheckboxGridItem().setTitle("Free").setRows(["Mon"]).setColumns(["AM"]);
    const id = form.getId();
    expect(() => forms.submit(id, {})).toThrow('"Name": it is required');
    expect(() => forms.submit(id, { Name: "A", Email: "not an email" })).toThrow(
      "must be an email",
    );
    expect(() => forms.submit(id, { Name: "A", Offer: ["rides"] })).toThrow(
      '"rides" is not a choice',
    );
    expect(() => forms.submit(id, { Name: "A", Free: [["PM"]] })).toThrow("takes columns");
    expect(() => forms.submit(id, { Name: 42 })).toThrow("it takes text");
    expect(() => forms.submit(id, { Nope: "x" })).toThrow('no question "Nope"');
    const raw = forms.submit(id, { Name: 42, Offer: "meals", Free: [{}] }, { raw: true });
    const got = form
      .getResponse(raw.responseId)
      .getItemResponses()
      .map((r) => r.getResponse());
    // The unanswered Email (a text question) is listed with "", as Google's are reported to be.
    expect(got).toEqual([42, "", "meals", [{}]]);
  });

  test("a trigger's error is kept and does not undo the response", () => {
    const { FormApp, env, forms } = setUp();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    const form = FormApp.create("Offers").setPublished(true);
    form.addTextItem().setTitle("Name");
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    env.globals.ScriptApp.newTrigger("broken").forSpreadsheet(ss).onFormSubmit().create();
    env.globals.broken = () => {
      throw new Error("boom");
    };
    const sent = forms.submit(form.getId(), { Name: "Ana" });
    expect(sent.failures.map((f) => (f.error as Error).message)).toEqual(["boom"]);
    expect(forms.failures).toHaveLength(1);
    expect(form.getResponses()).toHaveLength(1);
    const quiet = forms.submit(form.getId(), { Name: "Ben" }, { fireTriggers: false });
    expect(quiet.failures).toEqual([]);
    expect(env.readSheet("Form Responses 1").map((r) => r[1])).toEqual(["Name", "Ana", "Ben"]);
  });

  test("a second link makes Form Responses 2; a deleted responses sheet unlinks the form", () => {
    const { FormApp, env, forms } = setUp();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    const first = FormApp.create("One").setPublished(true);
    first.addTextItem().setTitle("Q");
    first.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const second = FormApp.create("Two").setPublished(true);
    second.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(
      ss
        .getSheets()
        .map((s) => s.getName())
        .slice(0, 2),
    ).toEqual(["Form Responses 2", "Form Responses 1"]);
    expect(() => second.setDestination(FormApp.DestinationType.SPREADSHEET, "other")).toThrow();
    ss.deleteSheet(ss.getSheetByName("Form Responses 1")!);
    const sent = forms.submit(first.getId(), { Q: "still kept" });
    expect(sent.row).toBeUndefined();
    expect(first.getResponses()).toHaveLength(1);
  });
});
