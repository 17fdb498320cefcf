import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import type { FormsBoard } from "../../src/fakes/forms";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { runPlan } from "../../src/server/plan/plan";
import { CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { NEEDS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { linkIn, submitLink } from "./change-link";
import { alexInMarch, mapEnv, runHourly, type Sheets } from "./message-env";

// Alex's six weeks with the changes real weeks bring, and the coordinator doing only what a
// person must (used by test/messages/six-weeks-changes.test.ts and the bench):
// - Grace can't make the ride on Wednesday 17 March (through her brief's link); Rosa, her
//   backup, is asked within the hour and says yes through the link in that question. (Grace and
//   Owen offer the same Wednesday rides; the planner gives a tie to the first name, Grace.)
// - Nadia would like to swap Thursday 11 March's dinner (through her link); Rosa is asked and
//   does not answer.
// - Kofi misses Sunday 14 March's visit; Jordan notes it on the Changes sheet.
// - Leo needs to stop (through his link) on Friday 19 March.
// - Jordan marks Felix as dropped and plans again on Monday 22 March.

export const INSTRUCTIONS = "The shopping list is on the fridge; the door code is 4417.";

function setCell(sheets: Sheets, sheet: string, key: string, column: string, value: string) {
  const [header, ...rows] = sheets[sheet];
  const c = header.indexOf(column);
  return {
    ...sheets,
    [sheet]: [
      header,
      ...rows.map((r) => (r[0] === key ? r.map((v, i) => (i === c ? value : v)) : r)),
    ],
  };
}

/** The helper follows the personal link in the last mail they got, ticks dates, and submits. */
function follow(
  forms: FormsBoard,
  mail: SentMail[],
  to: string,
  answers: Record<string, string>,
  tick?: RegExp,
): void {
  submitLink(forms, linkIn(mail, to), answers, tick);
}

export interface ChangesScenario {
  env: AppsScriptEnv;
  /** What Jordan did by hand after turning scheduled messages on. */
  coordinatorActions: string[];
}

export function runChangesScenario(each?: (env: AppsScriptEnv, at: Date) => void): ChangesScenario {
  let sheets = alexInMarch();
  sheets = setCell(sheets, NEEDS_SHEET, "Groceries", "Instructions", INSTRUCTIONS);
  const { env, forms } = mapEnv(sheets, "2027-02-26T15:00:00Z");
  const coordinatorActions: string[] = [];
  sendBriefs({ onlyChanged: false });
  turnOnScheduledMessages();
  runHourly(env, "2027-02-26T16:05:00Z", "2027-04-14T03:05:00Z", (at) => {
    if (at.getUTCHours() === 5) env.mail.quota = 100;
    each?.(env, at);
    const t = at.toISOString();
    if (t === "2027-03-08T17:05:00.000Z")
      follow(
        forms,
        env.outbox,
        "grace.kim@example.com",
        {
          "What would you like to tell us?": "I can't make a date",
          "Anything else the coordinator should know?": "Dentist, sorry!",
        },
        /17 March/,
      );
    if (t === "2027-03-09T01:05:00.000Z") follow(forms, env.outbox, "rosa.alvarez@example.com", {});
    if (t === "2027-03-09T15:05:00.000Z")
      follow(
        forms,
        env.outbox,
        "nadia.haddad@example.com",
        {
          "What would you like to tell us?": "I'd like to swap a date",
          "Anything else the coordinator should know?": "I could do Friday instead",
        },
        /Thursday 11 March/,
      );
    if (t === "2027-03-15T23:05:00.000Z") {
      coordinatorActions.push("noted Kofi's missed visit on Changes");
      env.spreadsheet
        .getSheetByName(CHANGES_SHEET)
        ?.appendRow(["", "Kofi Mensah", "Visit missed", "14 March", "", "", ""]);
    }
    if (t === "2027-03-19T14:05:00.000Z")
      follow(forms, env.outbox, "leo.marsh@example.com", {
        "What would you like to tell us?": "I need to stop helping",
      });
    if (t === "2027-03-22T14:05:00.000Z") {
      coordinatorActions.push("marked Felix dropped on People", "planned again");
      const people = env.readSheet(PEOPLE_SHEET);
      const status = people[0].indexOf("Status");
      const row = people.findIndex((r) => r[0] === "Felix Grant");
      env.spreadsheet
        .getSheetByName(PEOPLE_SHEET)
        ?.getRange(row + 1, status + 1)
        .setValue("dropped");
      runPlan();
    }
  });
  return { env, coordinatorActions };
}

/** Messages to the coordinator that ask for a decision only a person can make. */
export const DECISION_SUBJECTS = /^(Gap after a change|No helper yet|A word for)/;

export function requiredActions(s: ChangesScenario, coordinator: string): string[] {
  const decisions = s.env.outbox
    .filter((m) => m.to === coordinator && DECISION_SUBJECTS.test(m.subject))
    .map((m) => `decide: ${m.subject}`);
  return [...s.coordinatorActions, ...decisions];
}
