import type { AppsScriptEnv } from "../../src/fakes";
import { OFFERS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { INTAKE_ISSUES_SHEET } from "../../src/sheets/intake-issues";
import { handleOfferSubmit } from "../../src/server/forms/intake";
import { readMap } from "../../src/sheets/read-map";
import { byKey, click, endFormEnv, formEnv, kim, offerFormId, week } from "./form-env";

// The defects of issue 11, each as a coordinator meets it on a map made by Set up.

afterEach(endFormEnv);

type Row = Record<string, unknown>;

function rows(env: AppsScriptEnv, sheet: string): Row[] {
  if (!env.spreadsheet.getSheetByName(sheet)) return [];
  const [header, ...body] = env.readSheet(sheet);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function withForm() {
  const setup = formEnv();
  click(setup.env, "Create offer form");
  return { ...setup, formId: offerFormId() };
}

function fire(env: AppsScriptEnv, row: number): void {
  const sheet = env.spreadsheet.getSheetByName("Form Responses 1")!;
  handleOfferSubmit({ range: sheet.getRange(row, 1, 1, sheet.getLastColumn()) });
}

test("1. no visible apostrophes: emails, phones and times read back as typed, twice over", () => {
  const { env, forms, formId } = withForm();
  // The coordinator's own row, typed before the intake ever adds its Response ID column.
  const offers = env.spreadsheet.getSheetByName(OFFERS_SHEET)!;
  const own = [
    "Ben Okafor",
    "meals",
    "Tue",
    "18:00-20:00",
    "in person",
    "",
    "",
    "no",
    "Asked by phone: 07700 900456",
  ];
  offers.getRange(offers.getLastRow() + 1, 1, 1, own.length).setValues([own]);
  const before = env.readSheet(OFFERS_SHEET);

  forms.submit(formId, kim({ email: "sam@example.com", name: "Sam Lee", phone: "07700 900123" }));
  const sam = rows(env, PEOPLE_SHEET).find((r) => r.Name === "Sam Lee");
  expect([sam?.Email, sam?.Phone]).toEqual(["sam@example.com", "07700 900123"]);
  // The coordinator's rows are not rewritten, not even with the new column beside them.
  const after = env.readSheet(OFFERS_SHEET);
  before.slice(1).forEach((r, i) => expect(after[i + 1].slice(0, r.length)).toEqual(r));

  // Their second answer is theirs, not a clash; Sync offers twice changes nothing.
  env.clock.advance(60_000);
  forms.submit(
    formId,
    kim({ email: "sam@example.com", name: "Sam Lee", free: week({ 2: ["morning"] }) }),
  );
  expect(rows(env, INTAKE_ISSUES_SHEET)).toEqual([]);
  click(env, "Sync offers");
  const once =
    JSON.stringify(env.readSheet(OFFERS_SHEET)) + JSON.stringify(env.readSheet(PEOPLE_SHEET));
  click(env, "Sync offers");
  expect(
    JSON.stringify(env.readSheet(OFFERS_SHEET)) + JSON.stringify(env.readSheet(PEOPLE_SHEET)),
  ).toBe(once);
  const all = Object.fromEntries(env.book.sheets.map((s) => [s.name, env.readSheet(s.name)]));
  const { map, errors } = readMap(all, { timeZone: "Europe/London", today: "2026-12-07" });
  expect(errors.filter((e) => e.sheet === OFFERS_SHEET || e.sheet === PEOPLE_SHEET)).toEqual([]);
  expect(map.offers.filter((o) => o.person === "Ben Okafor").map((o) => o.time.label)).toContain(
    "18:00-20:00",
  );
  expect(map.people.find((p) => p.name === "Sam Lee")?.email).toBe("sam@example.com");
});

test("2. a late firing of an older response does not undo the newer one", () => {
  const { env, forms, formId } = withForm();
  const old = forms.submit(formId, kim(), { fireTriggers: false });
  env.clock.advance(60_000);
  const fresh = forms.submit(formId, kim({ offers: ["meals"], free: week({ 2: ["evening"] }) }));
  fire(env, old.row!);
  fire(env, old.row!);
  const kimOffers = rows(env, OFFERS_SHEET).filter((o) => o.Person === "Kim Park");
  expect(kimOffers.map((o) => [o.Type, o.Days, o.Time, o["Response ID"]])).toEqual([
    ["meals", "Tue", "evening", fresh.responseId],
  ]);
});

test("3. an edit that changes the email is followed; Sync offers files no clash", () => {
  const { env, forms, formId } = withForm();
  forms.submit(formId, kim());
  env.clock.advance(60_000);
  const second = forms.submit(formId, kim({ free: week({ 3: ["morning"] }) }));
  env.clock.advance(60_000);
  forms.edit(formId, second.responseId, byKey({ email: "kim.new@example.com" }));
  expect(
    rows(env, PEOPLE_SHEET)
      .filter((r) => r.Name === "Kim Park")
      .map((r) => r.Email),
  ).toEqual(["kim.new@example.com"]);
  click(env, "Sync offers");
  expect(rows(env, INTAKE_ISSUES_SHEET)).toEqual([]);
  expect(env.ui.toasts.at(-1)?.message).toContain(
    "1 replaced by a newer response from the same person",
  );
});

test("4. a look-alike of someone marked do not involve goes to Intake issues only", () => {
  const { env, forms, formId } = withForm();
  const people = env.readSheet(PEOPLE_SHEET);
  const offers = env.readSheet(OFFERS_SHEET);
  for (const name of [
    "Tomas\u200B Vega",
    "Tomas\u00A0Vega",
    "TOMAS  VEGA",
    "Tomas\u200DVega",
    "\u202ETomas Vega",
  ]) {
    env.clock.advance(60_000);
    forms.submit(formId, kim({ name, email: `t${env.clock.now().getTime()}@elsewhere.example` }));
  }
  expect(env.readSheet(PEOPLE_SHEET)).toEqual(people);
  expect(env.readSheet(OFFERS_SHEET)).toEqual(offers);
  const issues = rows(env, INTAKE_ISSUES_SHEET);
  expect(issues.length).toBeGreaterThanOrEqual(1);
  expect(issues.every((i) => /do not involve/.test(String(i.Reason)))).toBe(true);
  expect(env.outbox).toEqual([]);
});

test("5. Notes keep one They wrote: line, however often it comes, old apostrophes healed", () => {
  const { env, forms, formId } = withForm();
  const { responseId, row } = forms.submit(formId, kim({ notes: "Key under the mat" }));
  fire(env, row!);
  env.clock.advance(60_000);
  forms.edit(formId, responseId, byKey({ notes: "Key with Ben now" }));
  fire(env, row!);
  // A Notes cell an earlier version wrote, with a visible apostrophe, is ours to replace too.
  const sheet = env.spreadsheet.getSheetByName(OFFERS_SHEET)!;
  const [header, ...body] = env.readSheet(OFFERS_SHEET);
  const at = body.findIndex((r) => r[0] === "Kim Park");
  sheet
    .getRange(at + 2, header.indexOf("Notes") + 1)
    .setValue("'They wrote: Key under the mat\nCalled: fine");
  click(env, "Sync offers");
  const notes = rows(env, OFFERS_SHEET)
    .filter((o) => o.Person === "Kim Park")
    .map((o) => o.Notes);
  expect(notes[0]).toBe("They wrote: Key with Ben now\nCalled: fine");
  for (const n of notes) expect(String(n).match(/They wrote:/g)).toHaveLength(1);
});

test("an answer that starts with an apostrophe is kept, and Sync offers leaves it alone", () => {
  const { env, forms, formId } = withForm();
  forms.submit(formId, kim({ offers: ["'=", "meals"], area: "'quoted" }), { raw: true });
  const before =
    JSON.stringify(env.readSheet(OFFERS_SHEET)) + JSON.stringify(env.readSheet(PEOPLE_SHEET));
  expect(
    rows(env, OFFERS_SHEET)
      .filter((o) => o.Person === "Kim Park")
      .map((o) => o.Type),
  ).toContain("'=");
  expect(rows(env, PEOPLE_SHEET).find((p) => p.Name === "Kim Park")?.Area).toBe("'quoted");
  click(env, "Sync offers");
  expect(
    JSON.stringify(env.readSheet(OFFERS_SHEET)) + JSON.stringify(env.readSheet(PEOPLE_SHEET)),
  ).toBe(before);
});
