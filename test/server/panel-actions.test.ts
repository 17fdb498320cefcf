import type { AppsScriptEnv } from "../../src/fakes";
import { installFormApp, type FormsBoard } from "../../src/fakes/forms";
import { sendBriefs } from "../../src/server/messages/briefs";
import { CHECK_INS_HEADERS, CHECK_INS_SHEET } from "../../src/sheets/message-sheets";
import { readFormConfig } from "../../src/server/forms/form-config";
import { onOfferFormSubmit } from "../../src/server/forms/intake";
import * as entryPoints from "../../src/server/index";
import { applyPlan, getPanel } from "../../src/server/panel/panel";
import {
  getCheckIns,
  offerForm,
  sendCheckInNow,
  syncOffers,
  turnOnScheduledMessages,
} from "../../src/server/panel/panel-actions";
import { ARGS, SERVER_FUNCTIONS } from "../../src/shared/contract";
import { firstNonPlain } from "../../src/shared/plain";
import { kim } from "../forms/form-env";
import { click, columnOf, installEnv, uninstallEnv } from "./env";

// The panel's "Helpers and messages": the offer form, Sync offers, briefs, the check-in, scheduled
// messages and the Check-ins list, over the in-memory Apps Script with Maria's example.

afterEach(uninstallEnv);

const DETAILS = "Father in ICU";

interface Env {
  env: AppsScriptEnv;
  forms: FormsBoard;
}

function withExample(): Env {
  const env = installEnv({ htmlFiles: { Sidebar: "<!doctype html><title>panel</title>" } });
  const forms = installFormApp(env, { scope: { onOfferFormSubmit } });
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  click(env, "Set up with the example");
  env.resetCalls();
  return { env, forms };
}

/** Calls a server function as google.script.run would: with whatever the sidebar sent. */
const callRaw =
  (fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
  () =>
    fn(...args);

/** A result google.script.run can carry, without a need's Details or Tomas (do not involve). */
function expectPlainAndPrivate(result: unknown): void {
  expect(firstNonPlain(result)).toBeUndefined();
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  const text = JSON.stringify(result);
  expect(text).not.toContain(DETAILS);
  expect(text).not.toMatch(/Tomas|tomas\.vega/i);
}

const refused = (name: string) =>
  `The panel asked for "${name}" with something the add-on cannot use.`;

describe("the contract", () => {
  test("each new function is an entry point of dist/Code.js, with its arguments checked", () => {
    const added = [
      "offerForm",
      "syncOffers",
      "sendBriefs",
      "sendCheckInNow",
      "turnOnScheduledMessages",
      "getCheckIns",
    ];
    expect(SERVER_FUNCTIONS).toEqual(expect.arrayContaining(added));
    for (const name of added)
      expect(typeof (entryPoints as Record<string, unknown>)[name]).toBe("function");
    // One sendBriefs for the menu and the panel.
    expect(entryPoints.sendBriefs).toBe(sendBriefs);
    expect(ARGS.sendBriefs.safeParse([{ onlyChanged: true }]).success).toBe(true);
    expect(ARGS.sendBriefs.safeParse([{ onlyChanged: "yes" }]).success).toBe(false);
    expect(ARGS.offerForm.safeParse([]).success).toBe(true);
  });

  test.each([
    ["offerForm", offerForm],
    ["syncOffers", syncOffers],
    ["sendCheckInNow", sendCheckInNow],
    ["turnOnScheduledMessages", turnOnScheduledMessages],
    ["getCheckIns", getCheckIns],
  ] as const)("%s takes nothing, and refuses what it is given", (name, fn) => {
    const { env, forms } = withExample();
    expect(callRaw(fn, { everything: true })).toThrow(
      `${refused(name)} It was given more than it takes.`,
    );
    // Refused before anything is done.
    expect(env.totalCalls(/^Range\.set/)).toBe(0);
    expect(env.outbox).toEqual([]);
    expect(env.triggers).toEqual([]);
    expect(forms.forms).toEqual([]);
  });

  test("sendBriefs refuses anything but { onlyChanged: true or false }, in words", () => {
    const { env } = withExample();
    expect(callRaw(sendBriefs)).toThrow(`${refused("sendBriefs")} Something it needs was missing.`);
    for (const bad of ["yes", { onlyChanged: "yes" }, { onlyChanged: true, all: 1 }, [true]])
      expect(callRaw(sendBriefs, bad)).toThrow(
        `${refused("sendBriefs")} Only changed must be true or false`,
      );
    expect(callRaw(sendBriefs, { onlyChanged: true }, { onlyChanged: false })).toThrow(
      "It was given more than it takes.",
    );
    expect(env.outbox).toEqual([]);
  });
});

describe("offerForm", () => {
  test("creates the form, then refreshes it; the panel shows its link", () => {
    const { forms } = withExample();
    expect(getPanel().offerForm).toEqual({ exists: false, url: "", editUrl: "" });

    const made = offerForm();
    expectPlainAndPrivate(made);
    const config = readFormConfig();
    expect(made).toEqual({
      url: config?.url,
      editUrl: config?.editUrl,
      created: true,
      message:
        "The offer form is ready. It offers 11 types of help. Share its link with the people who might help.",
    });
    expect(made.url).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
    expect(forms.forms).toHaveLength(1);
    expect(getPanel().offerForm).toEqual({ exists: true, url: made.url, editUrl: made.editUrl });

    const again = offerForm();
    expect(again).toMatchObject({ url: made.url, created: false });
    expect(again.message).toMatch(/^The offer form is up to date with Settings and Needs\./);
    expect(forms.forms).toHaveLength(1);
  });
});

describe("syncOffers", () => {
  test("without a form, says so and changes nothing", () => {
    const { env } = withExample();
    const synced = syncOffers();
    expect(synced).toEqual({
      responses: 0,
      offers: 0,
      issues: 0,
      message: "There is no offer form yet, so there are no answers to sync. Create it first.",
    });
    expect(env.totalCalls(/^Range\.set/)).toBe(0);
  });

  test("reads every answer; Tomas's goes to Intake issues, which the panel counts", () => {
    const { env, forms } = withExample();
    offerForm();
    const formId = readFormConfig()?.formId ?? "";
    // Google sometimes runs no trigger: Sync offers catches up.
    forms.submit(formId, kim(), { fireTriggers: false });
    forms.submit(formId, kim({ name: "Tomas Vega", email: "tomas.vega@example.com" }), {
      fireTriggers: false,
    });
    const synced = syncOffers();
    expectPlainAndPrivate(synced);
    expect(synced).toEqual({
      responses: 2,
      offers: 1,
      issues: 1,
      message:
        "2 responses: 1 on People and Offers, 1 on Intake issues. Look at the Intake issues sheet for those.",
    });
    expect(env.readSheet("People").some((r) => r[0] === "Kim Park")).toBe(true);

    const panel = getPanel();
    expectPlainAndPrivate(panel);
    expect(panel.intake).toEqual({
      open: 1,
      text: "1 form response could not become a helper. Look at the Intake issues sheet: each row says why. Set its Status to done once you have dealt with it.",
    });
    // Counted once: Check setup's own line about it is left out of the setup list.
    expect(panel.setup.filter((s) => /Intake issues/.test(s.where + s.message))).toEqual([]);

    // Done on the sheet: no longer counted.
    const status = columnOf(env, "Intake issues", "Status");
    env.spreadsheet.getSheetByName("Intake issues")?.getRange(2, status).setValue("done");
    expect(getPanel().intake).toEqual({ open: 0, text: "" });
  });

  test("getPanel reads Intake issues once, with the map's sheets, and writes nothing", () => {
    const { env, forms } = withExample();
    offerForm();
    const tomas = kim({ name: "Tomas Vega", email: "tomas.vega@example.com" });
    forms.submit(readFormConfig()?.formId ?? "", tomas, { fireTriggers: false });
    syncOffers();
    env.resetCalls();
    expect(getPanel().intake.open).toBe(1);
    expect(env.calls["Sheet.getDataRange"]).toBe(6);
    expect(env.calls["Range.getValues"]).toBe(6);
    expect(env.totalCalls(/^Range\.set/)).toBe(0);
  });
});

describe("sendBriefs from the panel", () => {
  test("only changed, then everyone; the panel counts the briefs out of date", () => {
    const { env } = withExample();
    applyPlan();
    const before = getPanel().messages;
    expect(before).toEqual({
      scheduled: false,
      briefsOutOfDate: 8,
      whatChanged: 0,
      firstBriefs: 8,
      waitingBriefs: 0,
      briefsStarted: false,
      text: "To tell: 8 helpers get a first brief.",
    });

    const changed = sendBriefs({ onlyChanged: true });
    expectPlainAndPrivate(changed);
    expect(changed).toMatchObject({ sent: 8, remaining: 0, errors: [] });
    expect(changed.text).toBe("8 briefs sent.");
    expect(env.outbox.filter((m) => /tomas/i.test(m.to))).toEqual([]);
    expect(getPanel().messages).toMatchObject({
      briefsOutOfDate: 0,
      text: "Every helper's brief is up to date with their tasks.",
    });
    expect(sendBriefs({ onlyChanged: true })).toMatchObject({ sent: 0, skipped: 8 });

    // Eli drops out: Fatima takes his calls, so she hears what changed; so does Eli, whose
    // calendar must lose his calls (this counted 1: the old button told Eli nothing, leaving
    // his calls in his calendar, while the hourly run sent him their cancellation).
    const eli = env.readSheet("People").findIndex((r) => r[0] === "Eli Cohen") + 1;
    env.spreadsheet
      .getSheetByName("People")
      ?.getRange(eli, columnOf(env, "People", "Status"))
      .setValue("dropped");
    const applied = applyPlan();
    expect(getPanel().messages).toMatchObject({
      briefsOutOfDate: 2,
      whatChanged: 2,
      firstBriefs: 0,
      briefsStarted: true,
      text: "To tell: 2 helpers get what changed.",
    });
    expect(applied.message).toMatch(
      / 2 helpers' tasks changed: scheduled messages are off, so nothing goes until you press Tell helpers what changed\.$/,
    );

    const everyone = sendBriefs({ onlyChanged: false });
    expectPlainAndPrivate(everyone);
    expect(everyone).toMatchObject({ sent: 7, errors: [] });
    expect(env.outbox.filter((m) => /eli\.cohen/.test(m.to))).toHaveLength(1);
  });

  test("a paused map sends nothing, and says why", () => {
    const { env } = withExample();
    applyPlan();
    const rows = env.readSheet("Settings");
    const paused = rows.findIndex((r) => r[0] === "Map paused") + 1;
    env.spreadsheet.getSheetByName("Settings")?.getRange(paused, 2).setValue("yes");
    const r = sendBriefs({ onlyChanged: false });
    expect(r).toMatchObject({
      sent: 0,
      errors: ["The map is paused (Settings, Map paused): nothing is sent."],
    });
    expect(env.outbox).toEqual([]);
  });

  test("says so when someone else is writing", () => {
    const { env } = withExample();
    env.locks.holdElsewhere("document");
    expect(() => sendBriefs({ onlyChanged: true })).toThrow(
      "Someone else is writing to the sheets right now",
    );
  });
});

describe("sendCheckInNow and turnOnScheduledMessages", () => {
  test("the check-in goes to Maria once", () => {
    const { env } = withExample();
    applyPlan();
    const sent = sendCheckInNow();
    expectPlainAndPrivate(sent);
    expect(sent).toEqual({ message: "The weekly check-in was sent." });
    expect(env.outbox.map((m) => m.to)).toEqual(["maria@example.com"]);
    expect(sendCheckInNow()).toEqual({ message: "This week's check-in has already been sent." });
    expect(env.outbox).toHaveLength(1);
  });

  test("one hourly trigger, however often it is turned on; the panel knows", () => {
    const { env } = withExample();
    const on = turnOnScheduledMessages();
    expectPlainAndPrivate(on);
    expect(on.on).toBe(true);
    expect(on.message).toMatch(/^Scheduled messages are on\. /);
    expect(getPanel().messages.scheduled).toBe(true);
    const again = turnOnScheduledMessages();
    expect(again).toMatchObject({ on: true, message: expect.stringMatching(/already on/) });
    expect(env.triggers.filter((t) => t.handler === "runScheduledMessages")).toHaveLength(1);
  });
});

describe("getCheckIns", () => {
  test("no answers yet", () => {
    withExample();
    expect(getCheckIns()).toEqual({
      checkIns: [],
      total: 0,
      message:
        "No check-in answers yet. With scheduled messages on, the person supported's answers reach the Check-ins sheet within the hour.",
    });
  });

  test("the latest 20 of 25, newest first, as text in the map's time zone", () => {
    const { env } = withExample();
    const rows = Array.from({ length: 25 }, (_, i): unknown[] => {
      const day = String(1 + i).padStart(2, "0");
      return [
        `2026-11-${day} 18:05`,
        `2026-11-${day}`,
        `worked ${i}`,
        "",
        `not helpful ${i}`,
        `id-${i}`,
      ];
    });
    // Sheets may turn a typed stamp into a date: 18:20 in London is 18:20 UTC in December.
    rows[24][0] = new Date("2026-12-11T18:20:00Z");
    rows[24][1] = new Date("2026-12-11T00:00:00Z");
    rows[24][2] = "Dinners were lovely\n\nbut late  twice";
    // Written as the add-on writes it: text, not a formula.
    rows[24][3] = "'=nothing really";
    env.writeSheet(CHECK_INS_SHEET, [CHECK_INS_HEADERS, ...rows, ["", "", "", "", "", ""]]);
    env.resetCalls();

    const result = getCheckIns();
    expectPlainAndPrivate(result);
    expect(env.calls["Range.getValues"]).toBe(2);
    expect(result.total).toBe(25);
    expect(result.message).toBe(
      "The latest 20 of 25 check-in answers, newest first. The Check-ins sheet has them all.",
    );
    expect(result.checkIns).toHaveLength(20);
    expect(result.checkIns[0]).toEqual({
      answered: "2026-12-11 18:20",
      checkInOf: "2026-12-11",
      answers: [
        { question: "What worked this week?", answer: "Dinners were lovely\n\nbut late twice" },
        { question: "What was missing?", answer: "=nothing really" },
        { question: "Is there anything we're doing that's not helpful?", answer: "not helpful 24" },
      ],
    });
    expect(result.checkIns.map((c) => c.answered).slice(1, 3)).toEqual([
      "2026-11-24 18:05",
      "2026-11-23 18:05",
    ]);
    expect(JSON.stringify(result)).not.toContain("id-");
  });

  test("finds the columns by their headers, and cuts a very long answer", () => {
    const { env } = withExample();
    const long = `${"word ".repeat(1000)}end`;
    env.writeSheet(CHECK_INS_SHEET, [
      [
        "Response id",
        "Is there anything we're doing that's not helpful?",
        "What was missing?",
        "Check-in of",
        "What worked this week?",
        "Answered",
      ],
      ["r1", "", long, "2026-12-11", "Walks", "2026-12-11 19:00"],
    ]);
    const [row] = getCheckIns().checkIns;
    expect(row.answered).toBe("2026-12-11 19:00");
    expect(row.answers[0]).toEqual({ question: "What worked this week?", answer: "Walks" });
    expect(row.answers[1].answer.length).toBeLessThan(2100);
    expect(row.answers[1].answer).toMatch(/^word word .*… \(the rest is on the Check-ins sheet\)$/);
    expect(row.answers[2].answer).toBe("");
  });
});

test("no result of the panel's Helpers and messages carries Details or names Tomas", () => {
  const { forms } = withExample();
  applyPlan();
  const made = offerForm();
  const formId = readFormConfig()?.formId ?? "";
  forms.submit(formId, kim({ name: "Tomas Vega", email: "tomas.vega@example.com" }));
  const results = [
    made,
    syncOffers(),
    sendBriefs({ onlyChanged: true }),
    sendBriefs({ onlyChanged: false }),
    sendCheckInNow(),
    turnOnScheduledMessages(),
    getCheckIns(),
    getPanel(),
  ];
  for (const r of results) expectPlainAndPrivate(r);
});
