import type { AppsScriptEnv } from "../../src/fakes";
import type { FormAppApi } from "../../src/gas/gas-forms";
import { installFormApp, type FormsBoard, type SeenPage } from "../../src/fakes/forms";
import { CHANGE_FORM_SELF_TEST } from "../../src/server/forms/change-form-self-test";
import * as entryPoints from "../../src/server/index";
import { sendBriefs } from "../../src/server/messages/briefs";
import { closeMapNow } from "../../src/server/panel/map-end";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { CHANGE_RECORD_SHEET } from "../../src/sheets/change-form-record";
import { CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { installEnv, uninstallEnv } from "../server/env";
import { linkIn, openLink, submitLink } from "./change-link";

// The "Can't make it" form on Maria's map as Set up with the example makes it: each helper's
// link opens a section with only their own upcoming dates to tick; a ticked date is filed on
// Changes by the form-submit trigger, and the hourly run declines it and asks the backup. A
// re-plan updates only the sections whose dates moved; an answer to a date the form no longer
// lists is shown on Changes with what happened.

const FORMS_CALL =
  /^(FormApp|Form|Item|CheckboxItem|MultipleChoiceItem|PageBreakItem|ParagraphTextItem|TextItem|Choice|FormResponse|ItemResponse)\./;
const CANT = { "What would you like to tell us?": "I can't make a date" };
/** Everyone on the example's People sheet but Priya, who coordinates (the form names her). */
const PEOPLE = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Eli",
  "Fatima",
  "Gus",
  "Hana",
  "Ivy",
  "Tomas",
  "Maria",
];

let env: AppsScriptEnv;
let forms: FormsBoard;
/** Forms calls of the first briefs: the form made, a section per helper, the codes. */
let firstBriefCalls = 0;

beforeEach(() => {
  env = installEnv();
  forms = installFormApp(env, { scope: entryPoints });
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  env.ui.click("Set up with the example", entryPoints);
  env.ui.click("Plan", entryPoints);
  env.globals.ScriptApp.newTrigger("onOfferFormSubmit")
    .forSpreadsheet(env.spreadsheet)
    .onFormSubmit()
    .create();
  env.resetCalls();
  sendBriefs({ onlyChanged: false });
  firstBriefCalls = env.totalCalls(FORMS_CALL);
  turnOnScheduledMessages();
});
afterEach(uninstallEnv);

function hourly(at: string): void {
  env.clock.set(at);
  const trigger = env.globals.ScriptApp.getProjectTriggers().find(
    (t) => t.getHandlerFunction() === "runScheduledMessages",
  );
  if (!trigger) throw new Error("no hourly trigger");
  env.fireTrigger(trigger, {}, entryPoints);
}

function pageText(pages: SeenPage[]): string {
  return JSON.stringify(pages);
}

/** Every section's ticked-date choices, by the section's checkbox id. */
function sections(): Map<number, string[]> {
  const form = forms.forms.find((f) => f.items.some((i) => i.title === "Your code"));
  if (!form) throw new Error("no change form");
  return new Map(
    form.items.filter((i) => String(i.type) === "CHECKBOX").map((i) => [i.id, [...i.choices]]),
  );
}

test("a helper's link shows only their own dates, and a ticked date is declined within the hour", () => {
  const ana = openLink(forms, linkIn(env.outbox, "ana.ruiz@example.com"), CANT);
  // Three pages: code and request, her dates, the note.
  expect(ana.pages.map((p) => p.title)).toEqual([
    "Can't make it, or need to swap?",
    "Your dates",
    "Anything else?",
  ]);
  // Her morning walks, weekdays 7-18 December (Example's Needs and Plan), written as her brief
  // writes a date; nobody else's tasks, and no one's name.
  expect(ana.offered).toEqual(
    ["Monday 7", "Tuesday 8", "Wednesday 9", "Thursday 10", "Friday 11"]
      .concat(["Monday 14", "Tuesday 15", "Wednesday 16", "Thursday 17", "Friday 18"])
      .map((d) => `Morning dog walk on ${d} December (morning)`),
  );
  const text = pageText(ana.pages);
  for (const other of ["Evening dog walk", "Water the plants", "Call to vent", "client report"])
    expect(text).not.toContain(other);
  for (const name of PEOPLE) expect(text).not.toContain(name);
  // Each brief's code opens that helper's own dates.
  const chloe = openLink(forms, linkIn(env.outbox, "chloe.martin@example.com"), CANT);
  expect(chloe.offered.every((c) => /^(Check the mail|Water the plants) on /.test(c))).toBe(true);
  expect(chloe.offered).toContain("Water the plants on Sunday 13 December");

  // Ana ticks Tuesday 8 December: the form-submit trigger files it at once.
  submitLink(forms, linkIn(env.outbox, "ana.ruiz@example.com"), CANT, /Tuesday 8 December/);
  const filed = env.readSheet(CHANGES_SHEET).slice(1);
  expect(filed.map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
    ["Ana Ruiz", "I can't make a date", "2026-12-08 (Morning dog walk)", ""],
  ]);

  hourly("2026-12-07T10:05:00Z");
  const outcome = env.readSheet(CHANGES_SHEET)[1][5];
  expect(outcome).toBe(
    "Morning dog walk on Tuesday 8 December: declined for Ana Ruiz; Priya Shah (backup) asked to step in.",
  );
  const declined = env
    .readSheet("Assignments")
    .filter((r) => r[0] === "Morning dog walk" && r[1] === "Ana Ruiz" && r[7] === "declined");
  // Declined in both seats, so no re-plan makes her that day's backup either.
  expect(declined.map((r) => r[2]).sort()).toEqual(["backup", "primary"]);
  const ask = env.outbox.find(
    (m) => m.to === "priya.shah@example.com" && /can you take it/.test(m.subject),
  );
  expect(ask?.subject).toBe("Morning dog walk on Tuesday 8 December, morning: can you take it?");
  // Ana's section no longer offers the date she gave up; her other dates stay.
  const after = openLink(forms, linkIn(env.outbox, "ana.ruiz@example.com"), CANT);
  expect(after.offered).not.toContain("Morning dog walk on Tuesday 8 December (morning)");
  expect(after.offered).toHaveLength(9);
  // The self-test reports what Google does where its reference is silent.
  expect(CHANGE_FORM_SELF_TEST.run({} as never)).toBe(
    "8 codes, each going to its section; a pre-filled link carries the code as entry.<id>=<code>; ticked dates come back as a list (1).",
  );
});

test("a re-plan that moves one helper's dates updates their section only, in a few calls", () => {
  const before = sections();
  // Nothing changed: planning again opens no form.
  env.resetCalls();
  env.ui.click("Plan", entryPoints);
  expect(env.totalCalls(FORMS_CALL)).toBe(0);

  // Chloe will check the mail on Tuesdays and Fridays now.
  const needs = env.readSheet("Needs");
  const row = needs.findIndex((r) => r[0] === "Check the mail");
  env.spreadsheet
    .getSheetByName("Needs")
    ?.getRange(row + 1, needs[0].indexOf("Days") + 1)
    .setValue("Tue, Fri");
  env.resetCalls();
  env.ui.click("Plan", entryPoints);
  const calls = Object.fromEntries(Object.entries(env.calls).filter(([k]) => FORMS_CALL.test(k)));
  expect(calls).toEqual({
    "FormApp.openById": 1,
    "Form.getItemById": 1,
    "Item.asCheckboxItem": 1,
    "CheckboxItem.setChoiceValues": 1,
  });
  const after = sections();
  const changed = [...after].filter(
    ([id, c]) => JSON.stringify(before.get(id)) !== JSON.stringify(c),
  );
  expect(changed).toHaveLength(1);
  expect(changed[0][1]).toContain("Check the mail on Tuesday 8 December");
  expect(changed[0][1]).not.toContain("Check the mail on Thursday 10 December");
  expect(changed[0][1]).toContain("Water the plants on Sunday 13 December");
});

test("an answer to a date the form no longer lists reaches Changes with a clear outcome", () => {
  // Chloe opens her link and ticks Thursday's mail; before she sends it, the plan moves the mail
  // to Tuesdays and Fridays, and her section no longer lists that date.
  const chloe = openLink(
    forms,
    linkIn(env.outbox, "chloe.martin@example.com"),
    CANT,
    /Check the mail on Thursday 10 December/,
  );
  const needs = env.readSheet("Needs");
  const row = needs.findIndex((r) => r[0] === "Check the mail");
  env.spreadsheet
    .getSheetByName("Needs")
    ?.getRange(row + 1, needs[0].indexOf("Days") + 1)
    .setValue("Tue, Fri");
  env.ui.click("Plan", entryPoints);
  expect([...sections().values()].flat()).not.toContain("Check the mail on Thursday 10 December");
  // The page she had open still sends what she ticked.
  forms.submit(chloe.formId, chloe.answers, { raw: true });
  hourly("2026-12-07T10:05:00Z");
  const rows = env.readSheet(CHANGES_SHEET).slice(1);
  expect(rows.map((r) => [r[1], r[3], r[5]])).toEqual([
    [
      "Chloe Martin",
      "2026-12-10 (Check the mail)",
      "Check the mail on Thursday 10 December is no longer Chloe Martin's (the plan changed since the form listed it): nothing to decline there. No date was changed.",
    ],
  ]);
});

test("a helper without dates loses their section, a new helper gets one; the calls counted", () => {
  const before = sections();
  // Ben is paused (People), so his evening walks go to others; and a ride on Saturday 12
  // December that only Hana offers (rides, weekends) makes her a helper for the first time.
  const people = env.readSheet("People");
  const ben = people.findIndex((r) => r[0] === "Ben Okafor");
  env.spreadsheet
    .getSheetByName("People")
    ?.getRange(ben + 1, people[0].indexOf("Status") + 1)
    .setValue("paused");
  const needs = env.readSheet("Needs");
  const ride = needs[0].map(
    (h) =>
      ({
        Need: "Ride to the vet",
        Type: "rides",
        Category: "practical",
        Priority: "medium",
        Days: "once 2026-12-12",
        Time: "10:00-11:00",
        Mode: "in person",
      })[String(h)] ?? "",
  );
  env.spreadsheet
    .getSheetByName("Needs")
    ?.getRange(needs.length + 1, 1, 1, ride.length)
    .setValues([ride]);
  env.resetCalls();
  env.ui.click("Plan", entryPoints);
  const planCalls = env.totalCalls(FORMS_CALL);
  // Ben's section is gone; his code now goes straight to the note. Hana has no link yet.
  expect(sections().size).toBe(before.size - 1);
  const seen = openLink(forms, linkIn(env.outbox, "ben.okafor@example.com"), CANT);
  expect(seen.pages.map((p) => p.title)).toEqual([
    "Can't make it, or need to swap?",
    "Anything else?",
  ]);
  // The hourly run briefs Hana for the first time: her section is made before her link goes.
  env.resetCalls();
  hourly("2026-12-07T10:05:00Z");
  const hourCalls = env.totalCalls(FORMS_CALL);
  const hana = openLink(forms, linkIn(env.outbox, "hana.sato@example.com"), CANT);
  expect(hana.offered).toEqual(["Ride to the vet on Saturday 12 December (10:00-11:00)"]);
  process.stdout.write(
    `Forms calls: first briefs (form + ${before.size} sections) ${firstBriefCalls}; a plan that removes a section ${planCalls}; an hourly run that adds a section and briefs its helper ${hourCalls}\n`,
  );
  expect(firstBriefCalls).toBeLessThan(300);
});

test("a form made before sections (typed dates) keeps working beside the new one", () => {
  // What the add-on made before: one question for typed dates, links with the code typed in.
  const app = env.globals.FormApp as FormAppApi;
  const old = app.create("Old");
  const code = old.addTextItem().setTitle("Your code");
  const what = old.addMultipleChoiceItem().setTitle("What would you like to tell us?");
  what.setChoiceValues(["I can't make a date"]);
  const dates = old.addTextItem().setTitle("Which date or dates?");
  const note = old.addParagraphTextItem().setTitle("Anything else the coordinator should know?");
  old.setPublished?.(true);
  old.setDestination(app.DestinationType.SPREADSHEET, env.spreadsheet.getId());
  const props = env.globals.PropertiesService.getDocumentProperties();
  if (!props) throw new Error("no document properties");
  const current = JSON.parse(props.getProperty("sm.change.form") ?? "{}") as {
    previous?: unknown[];
  };
  props.setProperty(
    "sm.change.form",
    JSON.stringify({
      ...current,
      previous: [
        {
          formId: old.getId(),
          items: {
            code: code.getId(),
            what: what.getId(),
            dates: dates.getId(),
            note: note.getId(),
          },
        },
      ],
    }),
  );
  // Ana's code, as kept on the hidden record sheet.
  const anaCode = env.readSheet(CHANGE_RECORD_SHEET).find((r) => r[0] === "ana ruiz")?.[1];
  forms.submit(old.getId(), {
    "Your code": anaCode,
    "What would you like to tell us?": "I can't make a date",
    "Which date or dates?": "the 9th of December",
  });
  hourly("2026-12-07T10:05:00Z");
  const rows = env.readSheet(CHANGES_SHEET).slice(1);
  expect(rows.map((r) => [r[1], r[3]])).toEqual([["Ana Ruiz", "the 9th of December"]]);
  expect(rows[0][5]).toContain("Morning dog walk on Wednesday 9 December: declined for Ana Ruiz");

  // Closing the map stops both: an older brief's link must not take answers nobody will read.
  closeMapNow();
  const changeForms = forms.forms.filter((f) => f.id === old.getId() || /make it/i.test(f.title));
  expect(changeForms.length).toBe(2);
  for (const f of changeForms) expect(f.acceptingResponses).toBe(false);
});

test("the same answer sent twice declines the date once and asks the backup once", () => {
  const link = linkIn(env.outbox, "ana.ruiz@example.com");
  // She presses Submit again from the same page: two responses, two rows on Changes.
  submitLink(forms, link, CANT, /Tuesday 8 December/);
  submitLink(forms, link, CANT, /Tuesday 8 December/);
  expect(env.readSheet(CHANGES_SHEET).slice(1)).toHaveLength(2);
  hourly("2026-12-07T10:05:00Z");
  hourly("2026-12-07T11:05:00Z");
  const declined = env
    .readSheet("Assignments")
    .filter((r) => r[0] === "Morning dog walk" && r[1] === "Ana Ruiz" && r[7] === "declined");
  expect(declined.map((r) => r[2]).sort()).toEqual(["backup", "primary"]);
  const asks = env.outbox.filter(
    (m) => m.to === "priya.shah@example.com" && /can you take it/.test(m.subject),
  );
  expect(asks).toHaveLength(1);
  const outcomes = env
    .readSheet(CHANGES_SHEET)
    .slice(1)
    .map((r) => String(r[5]));
  expect(outcomes[0]).toMatch(/declined for Ana Ruiz; Priya Shah \(backup\) asked to step in/);
  expect(outcomes[1]).toBe(
    "Morning dog walk on Tuesday 8 December: already declined for Ana Ruiz by an earlier answer.",
  );
});

test("the same answer sent again an hour later asks the backup no second time", () => {
  const link = linkIn(env.outbox, "ana.ruiz@example.com");
  // An old tab keeps the page as it was when she opened it.
  const stale = openLink(forms, link, CANT, /Tuesday 8 December/);
  submitLink(forms, link, CANT, /Tuesday 8 December/);
  hourly("2026-12-07T10:05:00Z");
  // She submits the old tab: the date it shows is no longer listed.
  forms.submit(stale.formId, stale.answers, { raw: true });
  hourly("2026-12-07T11:05:00Z");
  const asks = env.outbox.filter(
    (m) => m.to === "priya.shah@example.com" && /can you take it/.test(m.subject),
  );
  expect(asks).toHaveLength(1);
  const rows = env.readSheet(CHANGES_SHEET).slice(1);
  expect(rows).toHaveLength(2);
  expect(String(rows[1][5])).toMatch(/no longer Ana Ruiz's .*nothing to decline there/);
});
