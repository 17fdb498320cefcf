import { readMap } from "../../src/sheets/read-map";
import { handleOfferSubmit } from "../../src/server/forms/intake";
import { INTAKE_ISSUES_SHEET } from "../../src/sheets/intake-issues";
import { OFFERS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import type { AppsScriptEnv } from "../../src/fakes";
import { byKey, click, endFormEnv, formEnv, kim, offerFormId, week } from "./form-env";

/** Today for maps without a start date: readMap takes it from its caller. */
const TODAY = "2026-12-07";

// Form responses into People, Offers and Intake issues, through the spreadsheet's onFormSubmit
// trigger as Google fires it, and through Sync offers.

afterEach(endFormEnv);

type Row = Record<string, unknown>;

/** A sheet's rows as objects by header. */
function rows(env: AppsScriptEnv, sheet: string): Row[] {
  const [header, ...body] = env.readSheet(sheet);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const offersOf = (env: AppsScriptEnv, person: string) =>
  rows(env, OFFERS_SHEET).filter((r) => r.Person === person);
const peopleNamed = (env: AppsScriptEnv, name: string) =>
  rows(env, PEOPLE_SHEET).filter((r) => r.Name === name);

function withForm() {
  const setup = formEnv();
  click(setup.env, "Create offer form");
  return { ...setup, formId: offerFormId() };
}

function allSheets(env: AppsScriptEnv): Record<string, unknown[][]> {
  return Object.fromEntries(env.book.sheets.map((s) => [s.name, env.readSheet(s.name)]));
}

function noFormulas(env: AppsScriptEnv): boolean {
  return env.spreadsheet.getSheets().every((s) =>
    s
      .getDataRange()
      .getFormulas()
      .flat()
      .every((f) => f === ""),
  );
}

describe("a response becomes a helper", () => {
  test("a People row and one Offers row per type and free window, keyed by the response", () => {
    const { env, forms, formId } = withForm();
    const { responseId, failures } = forms.submit(formId, kim());
    expect(failures).toEqual([]);
    expect(peopleNamed(env, "Kim Park")).toEqual([
      {
        Name: "Kim Park",
        Email: "kim.park@example.com",
        Phone: "+44 7700 900123",
        Relationship: "Neighbour",
        Area: "Next street",
        "Max tasks": 2,
        "Max visits per week": "",
        Status: "active",
        Notes: "",
      },
    ]);
    const offers = offersOf(env, "Kim Park");
    expect(offers.map((o) => [o.Type, o.Days, o.Time, o.Mode, o["Backup only"]])).toEqual([
      ["pet care", "weekends", "any", "in person", "no"],
      ["pet care", "Mon", "morning", "in person", "no"],
      ["house care", "weekends", "any", "in person", "no"],
      ["house care", "Mon", "morning", "in person", "no"],
    ]);
    expect(offers.every((o) => o["Response ID"] === responseId)).toBe(true);
    expect(offers[0].Notes).toBe("They wrote: I have a key to the back gate.");
    // The map reads them as the planner needs them, Response ID and all.
    const { map, errors } = readMap(allSheets(env), { today: TODAY, timeZone: "Europe/London" });
    expect(errors.filter((e) => e.sheet === OFFERS_SHEET || e.sheet === PEOPLE_SHEET)).toEqual([]);
    const kimOffers = map.offers.filter((o) => o.person === "Kim Park");
    expect(kimOffers.map((o) => [o.type, o.daysText, o.time.label])).toEqual(
      offers.map((o) => [o.Type, o.Days, o.Time]),
    );
    expect(env.outbox).toEqual([]);
  });

  test("an existing person is matched by email, case and spaces ignored; their own cells stay", () => {
    const { env, forms, formId } = withForm();
    const anaBefore = peopleNamed(env, "Ana Ruiz")[0];
    forms.submit(
      formId,
      byKey({
        name: "Ana",
        email: "  ANA.Ruiz@Example.com ",
        phone: "07700 900456",
        offers: ["phone call"],
        free: week({ 3: ["evening"] }),
      }),
    );
    const ana = peopleNamed(env, "Ana Ruiz");
    expect(ana).toEqual([{ ...anaBefore, Phone: "07700 900456" }]);
    expect(peopleNamed(env, "Ana")).toEqual([]);
    expect(
      offersOf(env, "Ana Ruiz").map((o) => [o.Type, o.Days, o.Time, o["Response ID"] !== ""]),
    ).toEqual([
      ["pet care", "weekdays", "morning", false],
      ["phone call", "Wed", "evening", true],
    ]);
  });

  test("From, Until and a number of weeks", () => {
    const { env, forms, formId } = withForm();
    forms.submit(formId, kim({ from: "2026-12-10", weeks: "2" }));
    const first = offersOf(env, "Kim Park")[0];
    expect(first.From).toBeInstanceOf(Date);
    const { map } = readMap(allSheets(env), { today: TODAY, timeZone: "Europe/London" });
    const offer = map.offers.find((o) => o.person === "Kim Park");
    expect([offer?.from, offer?.until]).toEqual(["2026-12-10", "2026-12-23"]);
    expect(first.Notes).toContain("For 2 weeks from 2026-12-10: until 2026-12-23.");

    env.clock.advance(60_000);
    forms.submit(formId, kim({ from: "2026-12-10", until: "2026-12-01", weeks: "" }));
    const later = readMap(allSheets(env), {
      today: TODAY,
      timeZone: "Europe/London",
    }).map.offers.find((o) => o.person === "Kim Park");
    expect([later?.from, later?.until]).toEqual(["2026-12-10", undefined]);
    expect(offersOf(env, "Kim Park")[0].Notes).toContain("Until 2026-12-01 is before From");
  });

  test("text is written as text: nothing becomes a formula, a number or a date", () => {
    const { env, forms, formId } = withForm();
    forms.submit(
      formId,
      byKey({
        name: '=HYPERLINK("http://x.example","click")',
        email: "odd@example.com",
        phone: "00441234567",
        relationship: "+friend",
        offers: ["meals", "@everything"],
        free: week({ 5: ["night"] }),
        area: "2026-12-09",
        notes: "-5 degrees\nTRUE",
      }),
      { raw: true },
    );
    const person = rows(env, PEOPLE_SHEET).find((r) => r.Email === "odd@example.com");
    expect(person).toMatchObject({
      Name: '=HYPERLINK("http://x.example","click")',
      Phone: "00441234567",
      Relationship: "+friend",
      Area: "2026-12-09",
    });
    const offers = rows(env, OFFERS_SHEET).filter((r) => r.Person === person?.Name);
    expect(offers.map((o) => o.Type)).toEqual(["meals", "@everything"]);
    expect(offers[0].Notes).toBe("They wrote: -5 degrees / TRUE");
    expect(noFormulas(env)).toBe(true);
  });

  test("very long answers are cut, with a note; the whole answer stays on Form Responses", () => {
    const { env, forms, formId } = withForm();
    const long = "word ".repeat(10_000);
    forms.submit(formId, kim({ notes: long, area: "x".repeat(5000) }));
    const notes = String(offersOf(env, "Kim Park")[0].Notes);
    expect(notes.length).toBeLessThan(5000);
    expect(notes).toContain("From the form: Their notes: cut to 2,000 characters");
    expect(notes).toContain("From the form: Where they live: cut to 200 characters");
    expect(String(peopleNamed(env, "Kim Park")[0].Area)).toHaveLength(200);
    expect(env.readSheet("Form Responses 1")[1].includes(long)).toBe(true);
  });
});

describe("edits and new responses never duplicate", () => {
  test("an edited response replaces its rows and keeps the coordinator's Notes and Status", () => {
    const { env, forms, formId } = withForm();
    const { responseId } = forms.submit(formId, kim());
    // The coordinator writes on Kim's rows.
    const offers = env.readSheet(OFFERS_SHEET);
    const noteCol = offers[0].indexOf("Notes");
    const petWeekend = offers.findIndex((r) => r[0] === "Kim Park" && r[1] === "pet care");
    offers[petWeekend][noteCol] = `${offers[petWeekend][noteCol]}\nCalled her: prefers Saturday`;
    const houseMonday = offers.findIndex(
      (r) => r[0] === "Kim Park" && r[1] === "house care" && r[2] === "Mon",
    );
    offers[houseMonday][noteCol] = "Has the spare key";
    env.writeSheet(OFFERS_SHEET, offers);
    const people = env.readSheet(PEOPLE_SHEET);
    const kimRow = people.findIndex((r) => r[0] === "Kim Park");
    people[kimRow][7] = "paused until 2026-12-31";
    people[kimRow][8] = "Met at the park";
    env.writeSheet(PEOPLE_SHEET, people);

    env.clock.advance(3_600_000);
    forms.edit(
      formId,
      responseId,
      byKey({
        free: week({ 6: ["morning", "afternoon", "evening", "night"] }),
        notes: "Weekends only now.",
      }),
    );

    const after = offersOf(env, "Kim Park");
    expect(after.map((o) => [o.Type, o.Days, o.Time])).toEqual([
      ["pet care", "Sat", "any"],
      ["house care", "Sat", "any"],
    ]);
    // Their words are replaced; the coordinator's line stays.
    expect(after[0].Notes).toBe("They wrote: Weekends only now.\nCalled her: prefers Saturday");
    // The note on the Monday offer they no longer make moves to their offer of the same type.
    expect(after[1].Notes).toBe("They wrote: Weekends only now.\nHas the spare key");
    expect(peopleNamed(env, "Kim Park")).toHaveLength(1);
    expect(peopleNamed(env, "Kim Park")[0]).toMatchObject({
      Status: "paused until 2026-12-31",
      Notes: "Met at the park",
    });
  });

  test("a new response from the same person replaces their older response's rows", () => {
    const { env, forms, formId } = withForm();
    forms.submit(formId, kim());
    env.clock.advance(60_000);
    const second = forms.submit(
      formId,
      kim({ email: " Kim.Park@EXAMPLE.com", offers: ["meals"], free: week({ 2: ["evening"] }) }),
    );
    expect(peopleNamed(env, "Kim Park")).toHaveLength(1);
    expect(
      offersOf(env, "Kim Park").map((o) => [o.Type, o.Days, o.Time, o["Response ID"]]),
    ).toEqual([["meals", "Tue", "evening", second.responseId]]);
  });

  test("Sync offers replays every response; running it twice changes nothing", () => {
    const { env, forms, formId } = withForm();
    const { responseId } = forms.submit(formId, kim());
    env.clock.advance(1000);
    forms.submit(
      formId,
      kim({
        name: "Lena Ortiz",
        email: "lena@example.com",
        offers: ["pet care"],
        free: week({ 6: ["morning"] }),
      }),
    );
    env.clock.advance(1000);
    forms.submit(formId, kim({ name: "Tomas Vega", email: "tomas.vega@example.com" }));
    env.clock.advance(1000);
    forms.edit(formId, responseId, byKey({ area: "Two streets away" }));
    const before = allSheets(env);

    click(env, "Sync offers");
    expect(allSheets(env)).toEqual(before);
    expect(env.ui.toasts.at(-1)?.message).toBe(
      "3 responses: 2 on People and Offers, 1 on Intake issues.",
    );
    env.resetCalls();
    click(env, "Sync offers");
    expect(allSheets(env)).toEqual(before);
    expect(env.totalCalls("Range.setValues")).toBe(0);
  });

  test("responses whose trigger never fired are picked up by Sync offers", () => {
    const { env, forms, formId } = withForm();
    forms.submit(formId, kim(), { fireTriggers: false });
    expect(offersOf(env, "Kim Park")).toEqual([]);
    click(env, "Sync offers");
    expect(offersOf(env, "Kim Park")).toHaveLength(4);
    expect(peopleNamed(env, "Kim Park")).toHaveLength(1);
  });
});

describe("bad or odd input goes to Intake issues", () => {
  test("someone marked do not involve is not added, nothing is sent, the coordinator sees it", () => {
    const { env, forms, formId } = withForm();
    const people = env.readSheet(PEOPLE_SHEET);
    const offers = env.readSheet(OFFERS_SHEET);
    forms.submit(formId, kim({ name: "Tomas", email: "TOMAS.vega@example.com" }));
    env.clock.advance(1000);
    forms.submit(formId, kim({ name: "Tomas Vega", email: "tomas@elsewhere.example" }));
    expect(env.readSheet(PEOPLE_SHEET)).toEqual(people);
    expect(env.readSheet(OFFERS_SHEET)).toEqual(offers);
    const issues = rows(env, INTAKE_ISSUES_SHEET);
    expect(issues).toHaveLength(2);
    expect(issues.every((i) => /marked do not involve/.test(String(i.Reason)))).toBe(true);
    expect(issues[0]).toMatchObject({
      Name: "Tomas",
      Email: "TOMAS.vega@example.com",
      Status: "open",
    });
    expect(String(issues[0].Answers)).toContain("What can you offer?: pet care, house care");
    expect(env.outbox).toEqual([]);
    expect(env.logs.join("\n")).not.toContain("Tomas");
  });

  test("a response that cannot be used waits on Intake issues, and leaves when it is fixed", () => {
    const { env, forms, formId } = withForm();
    const { responseId } = forms.submit(formId, kim({ free: null }));
    expect(peopleNamed(env, "Kim Park")).toEqual([]);
    const [issue] = rows(env, INTAKE_ISSUES_SHEET);
    expect(issue).toMatchObject({ "Response ID": responseId, Name: "Kim Park", Status: "open" });
    expect(issue.Reason).toMatch(/No day or time is ticked/);

    env.clock.advance(1000);
    forms.edit(formId, responseId, byKey({ free: week({ 2: ["morning"] }) }));
    expect(rows(env, INTAKE_ISSUES_SHEET)).toEqual([]);
    expect(offersOf(env, "Kim Park")).toHaveLength(2);
  });

  test("a coordinator's done and notes stay on an issue that comes again", () => {
    const { env, forms, formId } = withForm();
    forms.submit(formId, byKey({ name: "No Email", email: "not-an-email", offers: ["meals"] }), {
      raw: true,
    });
    const issues = env.readSheet(INTAKE_ISSUES_SHEET);
    issues[1][6] = "done";
    issues[1][7] = "Phoned them";
    env.writeSheet(INTAKE_ISSUES_SHEET, issues);
    click(env, "Sync offers");
    expect(rows(env, INTAKE_ISSUES_SHEET)[0]).toMatchObject({
      Status: "done",
      Notes: "Phoned them",
    });
  });

  test("a name already on People with another email is for the coordinator to decide", () => {
    const { env, forms, formId } = withForm();
    forms.submit(formId, kim({ name: "Ben Okafor", email: "ben@other.example" }));
    expect(peopleNamed(env, "Ben Okafor")).toHaveLength(1);
    expect(rows(env, INTAKE_ISSUES_SHEET)[0].Reason).toMatch(
      /already has a Ben Okafor with another email/,
    );
  });
});

describe("concurrency and cost", () => {
  test("each submission holds the document lock; a busy lock fails it and Sync recovers", () => {
    const { env, forms, formId } = withForm();
    env.resetCalls();
    forms.submit(formId, kim());
    expect([env.calls["Lock.waitLock"], env.calls["Lock.releaseLock"]]).toEqual([1, 1]);
    expect(env.locks.isHeld("document")).toBe(false);

    env.locks.holdElsewhere("document");
    const busy = forms.submit(formId, kim({ name: "Lena Ortiz", email: "lena@example.com" }));
    expect(busy.failures.map((f) => (f.error as Error).message)).toEqual([
      "Lock timeout: another process was holding the lock for too long.",
    ]);
    expect(offersOf(env, "Lena Ortiz")).toEqual([]);
    env.locks.release("document");
    click(env, "Sync offers");
    expect(offersOf(env, "Lena Ortiz")).toHaveLength(4);
  });

  test("the calls a submission costs do not grow with the sheets", () => {
    const { env, forms, formId } = withForm();
    const cost = (i: number) => {
      env.clock.advance(1000);
      env.resetCalls();
      forms.submit(formId, kim({ name: `Helper ${i}`, email: `h${i}@example.com` }));
      return env.calls;
    };
    for (let i = 0; i < 3; i++) cost(i);
    const early = cost(3);
    for (let i = 4; i < 40; i++) cost(i);
    const late = cost(40);
    expect(late).toEqual(early);
    expect(early["Range.setValues"]).toBe(2);
    // Settings, People, Offers, and the trigger's row (there is no Intake issues sheet yet).
    expect(early["Range.getValues"]).toBe(4);
  });

  test("the handler reads only the response the trigger was fired for", () => {
    const { env, forms, formId } = withForm();
    for (let i = 0; i < 5; i++) {
      env.clock.advance(1000);
      forms.submit(formId, kim({ name: `Helper ${i}`, email: `h${i}@example.com` }), {
        fireTriggers: false,
      });
    }
    env.clock.advance(1000);
    forms.submit(formId, kim(), { fireTriggers: false });
    const sheet = env.spreadsheet.getSheetByName("Form Responses 1");
    const range = sheet?.getRange(7, 1, 1, sheet.getLastColumn());
    const outcomes = handleOfferSubmit({ range });
    expect(outcomes).toEqual([expect.objectContaining({ kind: "offers", person: "Kim Park" })]);
    // Without a row to go by, it catches up with every response.
    expect(handleOfferSubmit({})).toHaveLength(6);
  });

  test("a response to another form linked to the spreadsheet changes nothing here", () => {
    const { env, forms } = withForm();
    const FormApp = env.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    const other = FormApp.create("Party RSVP");
    forms.form(other.getId()).published = true;
    other.addTextItem().setTitle("Your name");
    other.setDestination(FormApp.DestinationType.SPREADSHEET, env.spreadsheet.getId());
    const before = allSheets(env);
    env.clock.advance(60_000);
    const sent = forms.submit(other.getId(), { "Your name": "Sam" });
    expect(sent.failures).toEqual([]);
    const after = allSheets(env);
    expect(after["Form Responses 2"]).toHaveLength(2);
    delete after["Form Responses 2"];
    delete before["Form Responses 2"];
    expect(after).toEqual(before);
  });
});
