import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { prefilledAnswers, type FormsBoard } from "../../src/fakes/forms";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { runPlan } from "../../src/server/plan/plan";
import { CHANGES_SHEET } from "../../src/sheets/changes-sheet";
import { NEEDS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { readMap } from "../../src/sheets/read-map";
import { assignedKeys, heldKeys, replayCalendars } from "./calendar-replay";
import {
  alexInMarch,
  mailText,
  mapEnv,
  runHourly,
  type Sheets,
  wallClock,
  writeEmails,
} from "./message-env";

// Alex's six weeks again, now with the changes real weeks bring, and the coordinator doing only
// what a person must decide:
// - Owen can't make the ride on Wednesday 17 March (through his brief's link); Rosa, his
//   backup, is asked within the hour and says yes through the link in that question.
// - Nadia would like to swap Thursday 11 March's dinner (through her link).
// - Leo needs to stop (through his link) on Friday 19 March.
// - Jordan marks Felix as dropped and plans again on Monday 22 March.
// - Kofi misses Sunday 14 March's visit; Jordan notes it on the Changes sheet.

const ALEX = "alex@example.com";
const JORDAN = "jordan.blake@example.com";
const DETAILS = "Knee surgery follow-up at the orthopaedic clinic.";
const INSTRUCTIONS = "The shopping list is on the fridge; the door code is 4417.";

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

const LINK = /https:\/\/docs\.google\.com\/forms\/\S+usp=pp_url\S*/;

/** The helper follows the personal link in the last mail they got, and submits. */
function follow(
  forms: FormsBoard,
  mail: SentMail[],
  to: string,
  answers: Record<string, string>,
): void {
  const last = [...mail].reverse().find((m) => m.to === to && LINK.test(m.body));
  const link = last?.body.match(LINK)?.[0];
  if (!link) throw new Error(`${to} has no link to follow`);
  const form = forms.forms.find((f) => link.includes(`/e/${f.id}-published`));
  if (!form) throw new Error("the link opens no form");
  forms.submit(form.id, { ...prefilledAnswers(link), ...answers });
}

describe("six weeks with dropouts, a swap and a missed visit", () => {
  let env: AppsScriptEnv;
  let forms: FormsBoard;
  let mail: SentMail[] = [];
  /** Everything Jordan had to do by hand after turning the messages on. */
  const coordinatorActions: string[] = [];
  let sheets: Sheets;
  /** Each helper's calendar against their assignments from that day on, every morning. */
  const mismatches: unknown[] = [];
  function compareCalendars(at: Date): void {
    const values = Object.fromEntries(
      ["Settings", "Needs", "People", "Offers", "Assignments"].map((n) => [n, env.readSheet(n)]),
    );
    const { map } = readMap(values, { timeZone: "America/New_York" });
    const today = wallClock(at).slice(0, 10);
    const calendars = replayCalendars(env.outbox);
    const helpers = [...new Set(env.outbox.map((m) => m.to))].filter(
      (t) => t !== ALEX && t !== JORDAN,
    );
    for (const h of helpers) {
      const held = heldKeys(calendars.get(h), today);
      const assigned = assignedKeys(map, h, today);
      if (JSON.stringify(held) !== JSON.stringify(assigned))
        mismatches.push({ at: at.toISOString(), h, held, assigned });
    }
  }
  beforeAll(() => {
    sheets = alexInMarch();
    sheets = setCell(sheets, NEEDS_SHEET, "Groceries", "Instructions", INSTRUCTIONS);
    const made = mapEnv(sheets, "2027-02-26T15:00:00Z");
    env = made.env;
    forms = made.forms;
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    runHourly(env, "2027-02-26T16:05:00Z", "2027-04-14T03:05:00Z", (at) => {
      if (at.getUTCHours() === 5) env.mail.quota = 100;
      const t = at.toISOString();
      // 06:05 in New York, before the day's first task: after the last hour's changes went out.
      if (wallClock(at).endsWith(" 06:05")) compareCalendars(at);
      if (t === "2027-03-08T17:05:00.000Z")
        follow(forms, env.outbox, "owen.price@example.com", {
          "What would you like to tell us?": "I can't make a date",
          "Which date or dates?": "17 March",
          "Anything else the coordinator should know?": "Dentist, sorry!",
        });
      if (t === "2027-03-09T01:05:00.000Z")
        follow(forms, env.outbox, "rosa.alvarez@example.com", {});
      if (t === "2027-03-09T15:05:00.000Z")
        follow(forms, env.outbox, "nadia.haddad@example.com", {
          "What would you like to tell us?": "I'd like to swap a date",
          "Which date or dates?": "Thursday 11 March",
          "Anything else the coordinator should know?": "I could do Friday instead",
        });
      if (t === "2027-03-15T23:05:00.000Z") {
        coordinatorActions.push("noted Kofi's missed visit on Changes");
        const sheet = env.spreadsheet.getSheetByName(CHANGES_SHEET);
        sheet?.appendRow(["", "Kofi Mensah", "Visit missed", "14 March", "", "", ""]);
      }
      if (t === "2027-03-19T14:05:00.000Z")
        follow(forms, env.outbox, "leo.marsh@example.com", {
          "What would you like to tell us?": "I need to stop helping",
          "Which date or dates?": "",
        });
      if (t === "2027-03-22T14:05:00.000Z") {
        coordinatorActions.push("marked Felix dropped", "planned again");
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
    mail = env.outbox;
    writeEmails(mail, "six-weeks-changes");
  });
  const to = (address: string) => mail.filter((m) => m.to === address);

  it("asks Rosa, Owen's backup, within one hourly run, without naming Owen", () => {
    const ask = to("rosa.alvarez@example.com").find((m) => m.subject.includes("can you take it?"));
    expect(ask?.subject).toBe(
      "Ride to appointment on Wednesday 17 March, 10:30-13:00: can you take it?",
    );
    // Owen submitted just before the 17:05 run (12:05 in New York): that run asks Rosa.
    expect(ask?.sentAt).toBe("2027-03-08T17:05:00.000Z");
    expect(mailText(ask as SentMail)).not.toContain("Owen");
  });

  it("files every answer on Changes with what was done", () => {
    const rows = env.readSheet(CHANGES_SHEET);
    expect(rows[0]).toEqual([
      "Received",
      "Helper",
      "Request",
      "Dates",
      "Note",
      "Outcome",
      "Response id",
    ]);
    const outcome = (helper: string) => rows.find((r) => r[1] === helper)?.[5];
    expect(outcome("Owen Price")).toContain("Rosa Alvarez (backup) asked to step in");
    expect(outcome("Rosa Alvarez")).toContain(
      "Rosa Alvarez stepped in for Ride to appointment on Wednesday 17 March",
    );
    expect(outcome("Leo Marsh")).toContain("Leo Marsh paused from 2027-03-19");
  });

  it("tells the person supported nothing about any of it", () => {
    for (const m of to(ALEX)) expect(m.subject).toMatch(/^(Today|Your weekly check-in)/);
  });

  it("never sends a need's Details, and Instructions only to whoever does that need", () => {
    for (const m of mail) expect(mailText(m)).not.toContain(DETAILS);
    const withInstructions = new Set(
      mail.filter((m) => mailText(m).includes(INSTRUCTIONS)).map((m) => m.to),
    );
    expect([...withInstructions].sort()).toEqual(
      expect.arrayContaining(["felix.grant@example.com"]),
    );
    expect(withInstructions.has("owen.price@example.com")).toBe(false);
    expect(withInstructions.has(ALEX)).toBe(false);
  });

  it("never names another helper to a helper", () => {
    const people = env
      .readSheet(PEOPLE_SHEET)
      .slice(1)
      .map((r) => String(r[0]));
    for (const m of mail) {
      if (m.to === JORDAN || m.to === ALEX) continue;
      const text = mailText(m);
      for (const name of people) {
        if (name === "Jordan Blake" || m.to.startsWith(name.toLowerCase().replace(" ", ".")))
          continue;
        expect([m.to, m.subject, text.includes(name.split(" ")[0])]).toEqual([
          m.to,
          m.subject,
          false,
        ]);
      }
    }
  });

  it("keeps every helper's calendar equal to their assignments, .ics applied in order", () => {
    // Checked every morning from that day on: what is past, a plan may rewrite, a calendar keeps.
    expect(mismatches).toEqual([]);
  });

  it("counts what each person received", () => {
    const counts = Object.fromEntries(
      [...new Set(mail.map((m) => m.to))].sort().map((t) => [t, to(t).map((m) => m.subject)]),
    );
    process.stdout.write(`${JSON.stringify(counts, null, 1)}\n`);
    process.stdout.write(`coordinator actions: ${JSON.stringify(coordinatorActions)}\n`);
  });
});
