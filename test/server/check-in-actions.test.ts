import type { AppsScriptEnv } from "../../src/fakes";
import { DAYS_HELP } from "../../src/core/schedule";
import * as entryPoints from "../../src/server/index";
import {
  addNeedFromCheckIn,
  getCheckInActions,
  pauseNeedFromCheckIn,
} from "../../src/server/panel/check-in-actions";
import { checkInThanksForm, thankHelperFromCheckIn } from "../../src/server/panel/check-in-thanks";
import { applyPlan, getPanel, previewPlan } from "../../src/server/panel/panel";
import { SERVER_FUNCTIONS } from "../../src/shared/contract";
import type { CheckInRef } from "../../src/shared/panel-types";
import { firstNonPlain } from "../../src/shared/plain";
import { CHECK_IN_ACTED_HEADER, CHECK_INS_SHEET, LOG_SHEET } from "../../src/sheets/message-sheets";
import { answeredMap, MISSING, NOT_HELPFUL, WORKED } from "./check-in-env";
import { uninstallEnv } from "./env";

// Check-ins become actions: on Maria's map, her first check-in answered through its form, the
// coordinator adds a need from what was missing, pauses one from what is not helpful and thanks
// a helper for what worked, each in one step from the panel.

const DETAILS = "Father in ICU";
/** Everyone on People but Ana (and Priya, who signs as the coordinator). */
const OTHERS = [
  "Ben",
  "Okafor",
  "Chloe",
  "Dev Patel",
  "Eli Cohen",
  "Fatima",
  "Gus",
  "Hana",
  "Ivy",
  "Tomas",
  "Vega",
];

function expectPlainAndPrivate(result: unknown): void {
  expect(firstNonPlain(result)).toBeUndefined();
  const text = JSON.stringify(result);
  expect(text).not.toContain(DETAILS);
  expect(text).not.toMatch(/Tomas|tomas\.vega/i);
}

const column = (env: AppsScriptEnv, sheet: string, header: string) =>
  env.readSheet(sheet)[0].indexOf(header);

describe("check-ins become actions", () => {
  let env: AppsScriptEnv;
  let ref: CheckInRef;
  beforeAll(() => {
    ({ env } = answeredMap());
    ref = getCheckInActions().checkIns[0].ref;
  });
  afterAll(uninstallEnv);

  test("the new functions are entry points, in the contract", () => {
    const added = [
      "getCheckInActions",
      "addNeedFromCheckIn",
      "pauseNeedFromCheckIn",
      "checkInThanksForm",
      "thankHelperFromCheckIn",
      "getPastVisits",
      "markVisit",
    ];
    expect(SERVER_FUNCTIONS).toEqual(expect.arrayContaining(added));
    for (const name of added)
      expect(typeof (entryPoints as Record<string, unknown>)[name]).toBe("function");
    expect(() => addNeedFromCheckIn({ ref, need: "x" })).toThrow(
      /The panel asked for "addNeedFromCheckIn" with something the add-on cannot use/,
    );
  });

  test("each answer comes with its actions, the need and helper it names preselected", () => {
    const actions = getCheckInActions();
    expectPlainAndPrivate(actions);
    expect(actions.message).toBe("1 check-in answer, newest first.");
    const [row] = actions.checkIns;
    expect(row.answers.map((a) => a.answer)).toEqual([WORKED, MISSING, NOT_HELPFUL]);
    expect(row.ref).toEqual({ row: 2, responseId: expect.any(String), answered: row.answered });
    expect(row.needName).toBe(MISSING);
    expect(row.pauseNeed).toBe("Call to vent (10 min)");
    expect(row.thankHelper).toBe("Ana Ruiz");
    expect(row.acted).toEqual({ needAdded: "", paused: [], thanked: [] });
    expect(actions.activeNeeds).toContain("Call to vent (10 min)");
    // Tomas is "do not involve"; Gus and Hana hold nothing on Assignments.
    expect(actions.helpers).toContain("Ana Ruiz");
    expect(actions.helpers).not.toContain("Gus Lindqvist");
    expect(actions.helpers).not.toContain("Hana Sato");
    expect(actions.newNeed.days.value).toBe("Friday");
    expect(actions.newNeed.time.value).toBe("any");
    expect(actions.newNeed.priority.value).toBe("medium");
    expect(actions.newNeed.from.value).toBe("2026-12-11");
    expect(actions.newNeed.days.hint).toContain(DAYS_HELP);
  });

  describe("add a need from what was missing", () => {
    const typed = {
      need: MISSING,
      type: "errands",
      days: "Sat",
      time: "morning",
      priority: "medium",
      from: "2026-12-12",
    };

    test("what the Needs reader cannot read is refused, naming what was typed and what is valid", () => {
      const before = env.readSheet("Needs");
      const result = addNeedFromCheckIn({ ref, ...typed, days: "Saturdy" });
      expect(result.done).toBe(false);
      expect(result.problems.map((p) => p.field)).toEqual(["Days"]);
      expect(result.problems[0].message).toMatch(
        /^Needs row 8, Days: Could not read "Saturdy" as days: .*did you mean Saturday\?/,
      );
      expect(result.problems[0].message).toContain("Mon, Wed, Fri");
      expect(result.message).toMatch(/^Nothing was added\. Needs row 8, Days/);
      const time = addNeedFromCheckIn({ ref, ...typed, time: "noonish" });
      expect(time.problems.map((p) => p.field)).toEqual(["Time"]);
      expect(time.problems[0].message).toMatch(
        /^Needs row 8, Time: Could not read "noonish" as a time/,
      );
      expect(time.problems[0].message).toContain("18:00-20:00");
      expect(env.readSheet("Needs")).toEqual(before);
    });

    test("a need already on Needs is refused by the same reader", () => {
      const result = addNeedFromCheckIn({ ref, ...typed, need: "Check the mail" });
      expect(result.done).toBe(false);
      expect(result.message).toContain('Need "Check the mail" is already on row 5');
    });

    test("appends a row that reads back exactly as typed, and says where", () => {
      const result = addNeedFromCheckIn({ ref, ...typed });
      expectPlainAndPrivate(result);
      expect(result).toMatchObject({
        done: true,
        message: "Added to Needs row 8; Preview plan to see who could take it.",
      });
      const needs = env.readSheet("Needs");
      const header = needs[0];
      const row = needs[7];
      const at = (h: string) => row[header.indexOf(h)];
      expect(at("Need")).toBe(MISSING);
      expect(at("Type")).toBe("errands");
      expect(at("Days")).toBe("Sat");
      expect(at("Time")).toBe("morning");
      expect(at("Priority")).toBe("medium");
      expect(at("From")).toEqual(new Date("2026-12-12T00:00:00Z"));
      // Shown as typed too: no apostrophe, no formula, not a percentage.
      const sheet = env.spreadsheet.getSheetByName("Needs");
      expect(sheet?.getRange(8, 1).getDisplayValue()).toBe(MISSING);
      expect(sheet?.getRange(8, 1).getFormula()).toBe("");
      // The planner reads it as a need: the panel counts its visits, Saturdays 12 and 19 December.
      const need = getPanel().coverage.needs.find((n) => n.need === MISSING);
      expect(need?.total).toBe(2);
      expect(previewPlan().changes).toBeDefined();
    });

    test("the answer records it, so the button says so next time; a second click adds nothing", () => {
      const acted = env.readSheet(CHECK_INS_SHEET);
      const col = acted[0].indexOf(CHECK_IN_ACTED_HEADER);
      expect(col).toBeGreaterThan(0);
      expect(acted[1][col]).toMatch(
        /^Added as a need: \+Weekly shop \(50%\) \(Needs row 8\) · 2026-12-11 \d\d:\d\d$/,
      );
      expect(getCheckInActions().checkIns[0].acted.needAdded).toBe(MISSING);
      const again = addNeedFromCheckIn({ ref, ...typed, need: "Weekly shop" });
      expect(again.done).toBe(false);
      expect(again.message).toBe(`This answer was already added as a need: ${MISSING}.`);
      expect(env.readSheet("Needs")).toHaveLength(8);
    });
  });

  describe("pause a need from what is not helpful", () => {
    test("sets its Status to paused (one write), tells Maria nothing, says what a plan would change", () => {
      const mailBefore = env.outbox.length;
      const needsBefore = env.readSheet("Needs");
      const result = pauseNeedFromCheckIn({ ref, need: "Call to vent (10 min)" });
      expectPlainAndPrivate(result);
      expect(result.done).toBe(true);
      expect(result.message).toMatch(
        /^Paused "Call to vent \(10 min\)" \(Needs row 7, Status\)\. Nothing was told to Maria\. A new plan would change Assignments: .*removed/,
      );
      // One cell of Needs changed: that need's Status.
      const status = column(env, "Needs", "Status");
      const expected = needsBefore.map((r, i) =>
        i === 6 ? r.map((v, c) => (c === status ? "paused" : v)) : r,
      );
      expect(env.readSheet("Needs")).toEqual(expected);
      expect(env.outbox.length).toBe(mailBefore);
      expect(getCheckInActions().checkIns[0].acted.paused).toEqual(["Call to vent (10 min)"]);
      expect(getCheckInActions().activeNeeds).not.toContain("Call to vent (10 min)");
      // Applying the plan takes the paused need's visits off Assignments.
      applyPlan();
      const assignments = env.readSheet("Assignments").slice(1);
      expect(assignments.filter((r) => r[0] === "Call to vent (10 min)")).toEqual([]);
    });

    test("a need already paused is left alone", () => {
      const result = pauseNeedFromCheckIn({ ref, need: "Call to vent (10 min)" });
      expect(result.done).toBe(false);
      expect(result.message).toContain("is already paused");
    });
  });

  describe("thank a helper for what worked", () => {
    test("previews the thank-you each helper would get, the one named preselected", () => {
      const form = checkInThanksForm({ ref });
      expectPlainAndPrivate(form);
      expect(form.preselected).toBe("Ana Ruiz");
      const ana = form.helpers.find((h) => h.helper === "Ana Ruiz");
      expect(ana?.quoteProblem).toBe("");
      expect(ana?.text).not.toContain(WORKED);
      expect(ana?.quotedText).toContain(WORKED);
      expect(ana?.alreadySent).toBe(false);
      // Ben may be thanked, but Maria's words name Ana: they are never quoted to him.
      const ben = form.helpers.find((h) => h.helper === "Ben Okafor");
      expect(ben?.quoteProblem).toMatch(/names someone else/);
      expect(ben?.quotedText).toBe(ben?.text);
    });

    test("a quote that names someone else is refused, and nothing is sent", () => {
      const before = env.outbox.length;
      const result = thankHelperFromCheckIn({ ref, helper: "Ben Okafor", quote: true });
      expect(result.done).toBe(false);
      expect(result.message).toMatch(/^Nothing was sent\. The answer names someone else/);
      expect(env.outbox.length).toBe(before);
    });

    test("sends Ana one email with Maria's words, no Details and nobody else's name, logged", () => {
      const before = env.outbox.length;
      const result = thankHelperFromCheckIn({ ref, helper: "Ana Ruiz", quote: true });
      expect(result).toMatchObject({ done: true, acted: { thanked: ["Ana Ruiz"] } });
      const sent = env.outbox.slice(before);
      expect(sent).toHaveLength(1);
      const [mail] = sent;
      expect(mail.to).toBe("ana.ruiz@example.com");
      expect(mail.replyTo).toBe("priya.shah@example.com");
      expect(mail.subject).toBe("Thank you, Ana");
      expect(mail.body).toContain("Hi Ana,");
      expect(mail.body).toContain(WORKED);
      expect(mail.body).toContain("Priya Shah");
      for (const text of [mail.body, mail.htmlBody, mail.subject]) {
        expect(text).not.toContain(DETAILS);
        for (const other of OTHERS) expect(text).not.toContain(other);
        expect(text).not.toContain(MISSING);
        expect(text).not.toContain(NOT_HELPFUL);
      }
      // What the preview showed is what was sent.
      const preview = checkInThanksForm({ ref }).helpers.find((h) => h.helper === "Ana Ruiz");
      expect(mail.body.trim()).toBe(preview?.quotedText.trim());
      expect(preview?.alreadySent).toBe(true);
      const log = env.readSheet(LOG_SHEET);
      expect(
        log.filter((r) => r[1] === "Ana Ruiz <ana.ruiz@example.com>" && r[3] === "Thank you, Ana"),
      ).toEqual([
        [expect.any(Date), expect.any(String), expect.any(String), "Thank you, Ana", "sent"],
      ]);
    });

    test("a second click sends nothing again", () => {
      const before = env.outbox.length;
      const again = thankHelperFromCheckIn({ ref, helper: "Ana Ruiz", quote: false });
      expect(again.done).toBe(false);
      expect(again.message).toBe(
        "Ana Ruiz was already thanked for this answer: nothing was sent again.",
      );
      expect(env.outbox.length).toBe(before);
    });

    test("nobody marked do not involve, or without tasks, can be thanked", () => {
      expect(() => thankHelperFromCheckIn({ ref, helper: "Tomas Vega", quote: false })).toThrow(
        /is not an active helper with tasks/,
      );
      expect(() => thankHelperFromCheckIn({ ref, helper: "Gus Lindqvist", quote: false })).toThrow(
        /is not an active helper with tasks/,
      );
    });
  });

  test("an answer no longer where the panel saw it is never acted on", () => {
    expect(() =>
      pauseNeedFromCheckIn({
        ref: { row: 2, responseId: "gone", answered: ref.answered },
        need: "Check the mail",
      }),
    ).toThrow(/is no longer on row 2 of the Check-ins sheet, so nothing was done/);
    expect(env.readSheet("Needs")[4][column(env, "Needs", "Status")]).not.toBe("paused");
  });
});
