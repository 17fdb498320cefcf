import type { AppsScriptEnv } from "../../src/fakes";
import { getPastVisits, markConfirmed, markVisit } from "../../src/server/panel/past-visits";
import { firstNonPlain } from "../../src/shared/plain";
import { CHANGES_HEADERS, CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { answeredMap, nextHours } from "./check-in-env";
import { uninstallEnv } from "./env";

// Follow-through in one place: on Friday 11 December the coordinator marks past visits done or
// missed from the panel. Each button writes the row a coordinator would type on Changes, and the
// hourly run handles it exactly as it handles a hand-written one.

const PRIYA = "priya.shah@example.com";

const visit = (helper: string, need: string, date: string) =>
  expect.objectContaining({ helper, need, date });

describe("past visits", () => {
  let env: AppsScriptEnv;
  beforeAll(() => {
    ({ env } = answeredMap());
  });
  afterAll(uninstallEnv);

  test("lists the main helpers' visits of the last 14 days, newest first, and who has not confirmed", () => {
    const past = getPastVisits();
    expect(firstNonPlain(past)).toBeUndefined();
    expect(JSON.stringify(past)).not.toMatch(/Tomas|Father in ICU/);
    expect(past.visits[0]).toEqual({
      helper: "Ana Ruiz",
      need: "Morning dog walk",
      date: "2026-12-11",
      when: "today, Friday 11 December",
    });
    expect(past.visits).toContainEqual(visit("Chloe Martin", "Water the plants", "2026-12-10"));
    expect(past.visits).toContainEqual(visit("Chloe Martin", "Check the mail", "2026-12-10"));
    expect(past.visits.every((v) => v.date >= "2026-12-07" && v.date <= "2026-12-11")).toBe(true);
    expect(past.visits.map((v) => v.date)).toEqual(
      [...past.visits.map((v) => v.date)].sort().reverse(),
    );
    // Briefed on Monday, nobody has confirmed; Dev's only task was on Wednesday.
    expect(past.unconfirmed).toContain("Ana Ruiz");
    expect(past.unconfirmed).not.toContain("Dev Patel");
    expect(past.unconfirmedText).toMatch(/^Not confirmed two days after their brief: Ana Ruiz/);
  });

  test("Missed writes the Changes row and shows the kind message drafted for the coordinator", () => {
    const before = env.outbox.length;
    const marked = markVisit({
      helper: "Chloe Martin",
      need: "Water the plants",
      date: "2026-12-10",
      outcome: "missed",
    });
    expect(firstNonPlain(marked)).toBeUndefined();
    expect(marked.message).toBe(
      "Marked missed: Chloe Martin's Water the plants on Thursday 10 December (Changes row 2). A kind message for Chloe is drafted below, for you to send privately if you wish. Nothing was sent to Chloe.",
    );
    expect(marked.draft.email).toBe("chloe.martin@example.com");
    expect(marked.draft.text).toContain(
      "I noticed Thursday's water the plants didn't happen. Is everything okay?",
    );
    expect(marked.draft.choices).toMatch(/a lighter task .* or off the roster without judgement/);
    expect(env.outbox.length).toBe(before);
    const changes = env.readSheet(CHANGES_SHEET);
    expect(changes[0]).toEqual(CHANGES_HEADERS);
    expect(changes[1].slice(1)).toEqual([
      "Chloe Martin",
      "Visit missed",
      "2026-12-10 (Water the plants)",
      "Marked in the panel",
      "",
      "",
    ]);
    // Only that need's visit is marked: the mail the same day is still to mark.
    expect(marked.pastVisits.visits).not.toContainEqual(
      visit("Chloe Martin", "Water the plants", "2026-12-10"),
    );
    expect(marked.pastVisits.visits).toContainEqual(
      visit("Chloe Martin", "Check the mail", "2026-12-10"),
    );
    expect(getPastVisits()).toEqual(marked.pastVisits);
  });

  test("Done writes its row; a visit marked twice is written once", () => {
    const done = markVisit({
      helper: "Ben Okafor",
      need: "Evening dog walk",
      date: "2026-12-08",
      outcome: "done",
    });
    expect(done.message).toBe(
      "Marked done: Ben Okafor's Evening dog walk on Tuesday 8 December (Changes row 3).",
    );
    expect(done.draft.text).toBe("");
    const again = markVisit({
      helper: "Ben Okafor",
      need: "Evening dog walk",
      date: "2026-12-08",
      outcome: "missed",
    });
    expect(again.message).toMatch(/is already marked on the Changes sheet: nothing was written/);
    expect(env.readSheet(CHANGES_SHEET)).toHaveLength(3);
    expect(() =>
      markVisit({
        helper: "Tomas Vega",
        need: "Morning dog walk",
        date: "2026-12-09",
        outcome: "done",
      }),
    ).toThrow(/There is no visit of Tomas Vega's/);
    expect(() =>
      markVisit({
        helper: "Ana Ruiz",
        need: "Morning dog walk",
        date: "2026-11-20",
        outcome: "done",
      }),
    ).toThrow(/nothing was written/);
  });

  test("the hourly run handles the panel's rows exactly as hand-written ones", () => {
    // The coordinator types the same kinds of row by hand, as the README says.
    const sheet = env.spreadsheet.getSheetByName(CHANGES_SHEET);
    sheet?.getRange(4, 1, 2, 7).setValues([
      ["", "Ana Ruiz", "Visit missed", "9 December", "", "", ""],
      ["", "Eli Cohen", "Visit done", "2026-12-08", "", "", ""],
    ]);
    const before = env.outbox.length;
    nextHours(env);
    const outcome = env.readSheet(CHANGES_SHEET).map((r) => r[5]);
    expect(outcome.slice(1)).toEqual([
      "Missed: Water the plants on Thursday 10 December. A kind message for Chloe Martin was drafted and emailed to you.",
      "Done: Evening dog walk on Tuesday 8 December.",
      "Missed: Morning dog walk on Wednesday 9 December. A kind message for Ana Ruiz was drafted and emailed to you.",
      "Done: Call to vent (10 min) on Tuesday 8 December.",
    ]);
    const drafts = env.outbox.slice(before).filter((m) => m.subject.startsWith("A word for"));
    expect(drafts.map((m) => [m.to, m.subject])).toEqual([
      [PRIYA, "A word for Chloe: Water the plants on Thursday 10 December was missed"],
      [PRIYA, "A word for Ana: Morning dog walk on Wednesday 9 December was missed"],
    ]);
    // The email carries the very draft the panel showed.
    const shown = "I noticed Thursday's water the plants didn't happen. Is everything okay?";
    expect(drafts[0].body).toContain(shown);
    // Nothing went to the helpers themselves.
    expect(env.outbox.slice(before).filter((m) => /chloe|ana\.ruiz/.test(m.to))).toEqual([]);
    // The hand-written rows mark their visits in the panel too.
    const open = getPastVisits().visits;
    expect(open).not.toContainEqual(visit("Ana Ruiz", "Morning dog walk", "2026-12-09"));
    expect(open).not.toContainEqual(visit("Eli Cohen", "Call to vent (10 min)", "2026-12-08"));
    expect(open).toContainEqual(visit("Ana Ruiz", "Morning dog walk", "2026-12-10"));
  });

  test("a helper who confirmed by replying is marked confirmed once, and the hourly run confirms their rows", () => {
    const assignments = () =>
      env.readSheet("Assignments").filter((r) => r[1] === "Ana Ruiz" && r[2] === "primary");
    expect(assignments().every((r) => r[7] === "planned")).toBe(true);
    const confirmed = markConfirmed({ helper: "ana ruiz" });
    expect(firstNonPlain(confirmed)).toBeUndefined();
    const rows = env.readSheet(CHANGES_SHEET);
    expect(confirmed.message).toBe(
      `Marked confirmed: Ana Ruiz (Changes row ${rows.length}). Their planned rows on Assignments become confirmed within the hour.`,
    );
    expect(rows[rows.length - 1].slice(1)).toEqual([
      "Ana Ruiz",
      "Got it, I'm in",
      "",
      "Replied to you: marked in the panel",
      "",
      "",
    ]);
    expect(confirmed.pastVisits.unconfirmed).not.toContain("Ana Ruiz");
    expect(getPastVisits().unconfirmed).not.toContain("Ana Ruiz");
    // A second click writes nothing.
    expect(markConfirmed({ helper: "Ana Ruiz" }).message).toMatch(/already on the Changes sheet/);
    expect(env.readSheet(CHANGES_SHEET)).toHaveLength(rows.length);
    expect(() => markConfirmed({ helper: "Tomas Vega" })).toThrow(/nothing was written/);
    nextHours(env);
    expect(env.readSheet(CHANGES_SHEET)[rows.length - 1][5]).toBe(
      "Ana Ruiz confirmed their tasks.",
    );
    expect(assignments().length).toBeGreaterThan(0);
    expect(assignments().every((r) => r[7] === "confirmed")).toBe(true);
    expect(getPastVisits().unconfirmed).not.toContain("Ana Ruiz");
  });
});
