import { MARIA } from "../../src/examples/maria";
import { setupProblems } from "../../src/server/setup/check-setup";
import { readFormConfig } from "../../src/server/forms/form-config";
import { readMapSheets } from "../../src/server/platform/map-sheets";
import { NEEDS_SHEET, SETTINGS_SHEET } from "../../src/sheets/columns";
import { INTAKE_ISSUES_SHEET, openIssueCount } from "../../src/sheets/intake-issues";
import { click, endFormEnv, formEnv, kim, offerFormId } from "./form-env";

// "Create offer form", "Refresh form" and the trigger, as a coordinator uses them.

afterEach(endFormEnv);

const DETAIL = "Father in ICU at St. Mary's";

describe("Create offer form", () => {
  test("a form titled for Maria, with her public summary and none of the Details", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    expect(forms.forms).toHaveLength(1);
    const form = forms.forms[0];
    expect(form.title).toBe("Helping Maria: what can you offer?");
    expect(form.description).toContain(
      "Maria is away for two weeks for a family emergency and needs some practical support.",
    );
    const { destination: _destination, ...shown } = form;
    const everything = JSON.stringify(shown);
    expect(everything).not.toContain(DETAIL);
    expect(everything).not.toContain("ICU");
    // Need names stay in the sheet too: the form shows only the types of help.
    expect(everything).not.toContain("Morning dog walk");
    expect(form.allowResponseEdits).toBe(true);
    expect(form.collectEmail).toBe(false);
    expect(form.destination?.spreadsheetId).toBe(env.spreadsheet.getId());

    const q = Object.fromEntries(form.items.map((i) => [i.title, i]));
    expect(form.items.map((i) => [i.title, i.type, i.required])).toEqual([
      ["Your name", "TEXT", true],
      ["Your email", "TEXT", true],
      ["Your phone number", "TEXT", false],
      ["How do you know Maria?", "MULTIPLE_CHOICE", false],
      ["What can you offer?", "CHECKBOX", true],
      ["When are you usually free?", "CHECKBOX_GRID", false],
      ["From", "DATE", false],
      ["Until", "DATE", false],
      ["Or: for how many weeks?", "TEXT", false],
      ["In person or remote?", "MULTIPLE_CHOICE", false],
      ["How many different tasks could you keep up?", "LIST", false],
      ["How many times a week could you help, at most?", "TEXT", false],
      ["Would you be a backup, stepping in when someone else can't?", "MULTIPLE_CHOICE", false],
      ["Where do you live, roughly?", "TEXT", false],
      ["Anything else we should know?", "PARAGRAPH_TEXT", false],
    ]);
    const offers = q["What can you offer?"];
    // Maria's needs first, then the usual types; Other for anything else.
    expect(offers.choices.slice(0, 4)).toEqual([
      "pet care",
      "house care",
      "work cover",
      "phone call",
    ]);
    expect(offers.choices).toEqual(expect.arrayContaining(["meals", "rides", "errands"]));
    expect(new Set(offers.choices.map((c) => c.toLowerCase())).size).toBe(offers.choices.length);
    expect(offers.hasOther).toBe(true);
    const grid = q["When are you usually free?"];
    expect(grid.rows).toEqual([
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
    ]);
    expect(grid.columns.map((c) => c.split(" ")[0])).toEqual([
      "Morning",
      "Afternoon",
      "Evening",
      "Night",
    ]);
    expect(q["Your email"].validation?.rule).toEqual({ kind: "email" });
    expect(q["Or: for how many weeks?"].validation?.rule).toMatchObject({ kind: "number between" });

    // The responses sheet is there, ready, with a column per grid row.
    const header = env.readSheet("Form Responses 1")[0];
    expect(header[0]).toBe("Timestamp");
    expect(header).toContain("When are you usually free? [Saturday]");
  });

  test("the link is shown to the coordinator in a dialog, escaped", () => {
    const { env } = formEnv();
    click(env, "Create offer form");
    const dialog = env.ui.dialogs[0];
    expect(dialog.title).toBe("Offer form");
    const config = readFormConfig();
    expect(dialog.content).toContain(`value="${config?.url}"`);
    expect(dialog.content).toContain(`href="${config?.editUrl}"`);
  });

  test("a recipient's name with markup is plain text in the form and escaped in the dialog", () => {
    const settings = MARIA[SETTINGS_SHEET].map((r) =>
      r[0] === "Person supported" ? [r[0], "<b>Maria</b> & co"] : r,
    );
    const { env, forms } = formEnv({ ...MARIA, [SETTINGS_SHEET]: settings });
    click(env, "Create offer form");
    expect(forms.forms[0].title).toBe("Helping <b>Maria</b> & co: what can you offer?");
    expect(env.ui.dialogs[0].content).not.toContain("<b>");
  });

  test("one trigger and one form per document, however often it is created", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    click(env, "Create offer form");
    click(env, "Refresh form");
    expect(forms.forms).toHaveLength(1);
    const submits = env.triggers.filter((t) => String(t.eventType) === "ON_FORM_SUBMIT");
    expect(submits).toHaveLength(1);
    expect(submits[0]).toMatchObject({ handler: "onOfferFormSubmit", source: "SPREADSHEETS" });
    expect(env.ui.dialogs[1].content).toContain("up to date");
  });

  test("an old handler's submit trigger is replaced rather than doubled", () => {
    const { env } = formEnv();
    const { ScriptApp, SpreadsheetApp } = env.globals;
    ScriptApp.newTrigger("oldHandler")
      .forSpreadsheet(SpreadsheetApp.getActive()!)
      .onFormSubmit()
      .create();
    click(env, "Create offer form");
    expect(env.triggers.map((t) => t.handler)).toEqual(["onOfferFormSubmit"]);
  });

  test("the settings fit in one small document property", () => {
    const { env } = formEnv();
    click(env, "Create offer form");
    const stored = [...env.properties.document.values()];
    expect(stored).toHaveLength(1);
    expect(Buffer.byteLength(stored[0], "utf8")).toBeLessThan(2048);
  });

  test("a form that went to the bin is made again, and the coordinator is told", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    const first = offerFormId();
    forms.trash(first);
    click(env, "Create offer form");
    expect(offerFormId()).not.toBe(first);
    expect(env.ui.dialogs[1].content).toContain("A new offer form is ready");
    expect(env.book.sheets.map((s) => s.name)).toContain("Form Responses 2");
  });
});

describe("Refresh form", () => {
  test("new need types become choices; responses and item ids stay", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    const before = readFormConfig();
    forms.submit(offerFormId(), kim());
    const needs = [...MARIA[NEEDS_SHEET], ["Laundry", "laundry", "practical", "low", "Mon", "any"]];
    env.writeSheet(NEEDS_SHEET, needs);
    // A question the coordinator deleted by hand comes back.
    const form = forms.form(offerFormId());
    form.items.splice(
      form.items.findIndex((i) => i.title === "Your phone number"),
      1,
    );

    click(env, "Refresh form");
    const after = readFormConfig();
    expect(after?.formId).toBe(before?.formId);
    expect(after?.items.offers).toBe(before?.items.offers);
    expect(after?.items.phone).not.toBe(before?.items.phone);
    const offers = form.items.find((i) => i.title === "What can you offer?");
    expect(offers?.choices.slice(0, 5)).toEqual([
      "pet care",
      "house care",
      "work cover",
      "phone call",
      "laundry",
    ]);
    expect(form.responses).toHaveLength(1);
    expect(form.items.map((i) => i.title)).toContain("Your phone number");
  });
});

describe("Check setup", () => {
  test("counts open Intake issues and notices a missing trigger", () => {
    const { env, forms } = formEnv();
    click(env, "Create offer form");
    forms.submit(offerFormId(), kim({ free: null }));
    const read = readMapSheets(env.globals.SpreadsheetApp.getActive()!, [INTAKE_ISSUES_SHEET]);
    expect(openIssueCount(read.values[INTAKE_ISSUES_SHEET], read.timeZone)).toBe(1);
    const messages = () =>
      setupProblems(readMapSheets(env.globals.SpreadsheetApp.getActive()!)).map((p) => p.message);
    expect(messages().filter((m) => m.includes("could not become a helper"))).toHaveLength(1);

    env.triggers.splice(0, env.triggers.length);
    expect(messages().filter((m) => m.includes("Refresh form"))).toHaveLength(1);
  });
});
