import { addDays, eachDate } from "../../src/core/dates";
import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { sendBriefs, type SendBriefsResult } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { CHECK_INS_SHEET } from "../../src/sheets/message-sheets";
import { alexInMarch, mapEnv, runHourly, wallClock, writeEmails } from "./message-env";

// Alex's six weeks, moved to 1 March - 11 April 2027 in New York so that the clocks go forward
// (Sunday 14 March) in the middle. Briefs go out the Friday before; then the dispatcher runs
// every hour of every day until after the end, and Alex answers the first check-in.

const ALEX = "alex@example.com";
const JORDAN = "jordan.blake@example.com";

// It runs twice: bound to a copy of the template, where the hourly trigger has the document; and
// as an editor add-on, where it has no active spreadsheet, document lock or document properties,
// getUserTriggers does not list it, and the run finds the map by the trigger's stored id.

const MODES = ["bound copy", "editor add-on"] as const;
const outboxes = new Map<string, SentMail[]>();

describe.each(MODES)("six weeks of messages across a daylight-saving change (%s)", (mode) => {
  let env: AppsScriptEnv;
  let briefs: SendBriefsResult;
  let turnedOn = "";
  let again = "";
  let mail: SentMail[] = [];
  beforeAll(() => {
    const made = mapEnv(alexInMarch(), "2027-02-26T15:00:00Z", {
      addOnTimedTriggers: mode === "editor add-on",
    });
    env = made.env;
    const forms = made.forms;
    briefs = sendBriefs({ onlyChanged: false });
    turnedOn = turnOnScheduledMessages();
    again = turnOnScheduledMessages();
    runHourly(env, "2027-02-26T16:05:00Z", "2027-04-14T03:05:00Z", (at) => {
      // Google's quota comes back every 24 hours.
      if (at.getUTCHours() === 5) env.mail.quota = 100;
      // Alex answers the first check-in on Friday evening.
      if (at.toISOString() === "2027-03-05T23:05:00.000Z") {
        // The briefs made the "can't make it" form first; the check-in form is Alex's.
        const formId = forms.forms.find((f) => f.title.startsWith("Weekly check-in"))?.id;
        if (!formId) throw new Error("no check-in form was made");
        forms.submit(formId, {
          "What worked this week?": "Dinners were lovely & on time <3",
          "What was missing?": "=nothing really",
          "Is there anything we're doing that's not helpful?": "Too many calls",
        });
      }
    });
    writeEmails(env.outbox, mode === "bound copy" ? "six-weeks" : "six-weeks-add-on");
    mail = env.outbox;
    outboxes.set(mode, mail);
  });
  const to = (address: string) => mail.filter((m) => m.to === address);
  const local = (m: SentMail) => wallClock(m.sentAt);

  it("briefs every helper with a task once, before the start", () => {
    expect(briefs).toMatchObject({ sent: 8, remaining: 0, errors: [] });
    const briefed = mail.filter((m) => m.subject.startsWith("Your tasks"));
    expect(briefed.map((m) => m.to).sort()).toEqual(
      [
        "felix.grant@example.com",
        "ines.duarte@example.com",
        "kofi.mensah@example.com",
        "leo.marsh@example.com",
        "mei.lin@example.com",
        "nadia.haddad@example.com",
        // Grace, not Owen, drives: a tie between equal offers goes by name, not row order.
        "grace.kim@example.com",
        "rosa.alvarez@example.com",
      ].sort(),
    );
    expect(new Set(briefed.map((m) => m.sentAt))).toEqual(new Set(["2027-02-26T15:00:00.000Z"]));
  });

  it("makes one trigger, hourly, however often it is turned on", () => {
    expect(turnedOn).toMatch(/^Scheduled messages are on/);
    expect(again).toMatch(/already on/);
    expect(env.triggers).toHaveLength(1);
    expect(env.triggers[0]).toMatchObject({
      handler: "runScheduledMessages",
      schedule: { everyHours: 1 },
    });
  });

  it("sends Alex a daily summary at 07:05 local time on each day with a task, once", () => {
    const daily = to(ALEX).filter((m) => m.subject.startsWith("Today"));
    const quiet = ["2027-03-30", "2027-04-01", "2027-04-06", "2027-04-08"];
    const days = eachDate("2027-03-01", "2027-04-11").filter((d) => !quiet.includes(d));
    expect(daily.map(local)).toEqual(days.map((d) => `${d} 07:05`));
    // 07:05 is 12:05 UTC in winter time and 11:05 UTC after the clocks go forward.
    expect(daily.find((m) => local(m).startsWith("2027-03-13"))?.sentAt).toBe(
      "2027-03-13T12:05:00.000Z",
    );
    expect(daily.find((m) => local(m).startsWith("2027-03-14"))?.sentAt).toBe(
      "2027-03-14T11:05:00.000Z",
    );
  });

  it("says all tasks are covered, except on the day of the uncovered visit", () => {
    const daily = to(ALEX).filter((m) => m.subject.startsWith("Today"));
    const open = daily.filter((m) => !m.body.includes("All visits covered today."));
    expect(open.map(local)).toEqual(["2027-03-15 07:05"]);
    expect(open[0].body).toContain("Hospital visit (14:00-16:00)");
    expect(open[0].body).toContain("Jordan is on it.");
  });

  it("sends the weekly check-in on each Friday at 10:05 local time, once", () => {
    const checkIns = to(ALEX).filter((m) => m.subject.startsWith("Your weekly check-in"));
    const fridays = [0, 7, 14, 21, 28, 35].map((n) => addDays("2027-03-05", n));
    expect(checkIns.map(local)).toEqual(fridays.map((d) => `${d} 10:05`));
    const first = checkIns[0].body;
    expect(first).toContain("THIS WEEK (1 MARCH TO 5 MARCH)");
    expect(first).toContain("NEXT WEEK (6 MARCH TO 12 MARCH)");
    expect(first).toContain("Dinner: on Tuesday 2 March and Thursday 4 March in the evening");
    for (const q of [
      "What worked this week?",
      "What was missing?",
      "Is there anything we're doing that's not helpful?",
    ])
      expect(first).toContain(q);
    expect(first).toMatch(/Answer in a short form: https:\/\/docs\.google\.com\/forms\//);
    expect(checkIns[checkIns.length - 1].body).toContain("The plan ends on Sunday 11 April.");
  });

  it("alerts Jordan once, 48 hours before the uncovered high-priority visit", () => {
    const alerts = to(JORDAN).filter((m) => m.subject.startsWith("No helper yet"));
    expect(alerts).toHaveLength(1);
    // 14:00 on Monday 15 March is 18:00 UTC (summer time); 48 hours earlier is 13:00 on
    // Saturday in winter time, so the 13:05 run is the first to see it.
    expect(local(alerts[0])).toBe("2027-03-13 13:05");
    expect(alerts[0].subject).toBe(
      "No helper yet: Hospital visit, on Monday 15 March, 14:00-16:00",
    );
  });

  it("files Alex's answers in Check-ins and sends Jordan one copy within the hour", () => {
    const rows = env.readSheet(CHECK_INS_SHEET);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(2, 5)).toEqual([
      "Dinners were lovely & on time <3",
      "=nothing really",
      "Too many calls",
    ]);
    const copies = to(JORDAN).filter((m) => m.subject.startsWith("Check-in answers"));
    expect(copies).toHaveLength(1);
    // Submitted just before the 18:05 run, which files and copies it.
    expect(local(copies[0])).toBe("2027-03-05 18:05");
    expect(copies[0].subject).toBe("Check-in answers from Alex (check-in of Friday 5 March)");
    expect(copies[0].htmlBody).toContain("Dinners were lovely &amp; on time &lt;3");
    expect(copies[0].htmlBody).not.toContain("<3");
  });

  it("sends exactly these messages, nothing after the end date, and logs each one", () => {
    expect(mail).toHaveLength(8 + 38 + 6 + 1 + 1);
    expect(mail.every((m) => wallClock(m.sentAt) < "2027-04-12")).toBe(true);
    const log = env.readSheet("Log");
    expect(log[0]).toEqual(["When", "To", "Message", "Subject", "Status"]);
    expect(log.slice(1).filter((r) => r[4] === "sent")).toHaveLength(mail.length);
    const ids = log.slice(1).map((r) => r[2]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every email a plain-text body and an HTML body", () => {
    for (const m of mail) {
      expect(m.body.trim().length).toBeGreaterThan(0);
      expect(m.htmlBody).toMatch(/^<!DOCTYPE html>/);
    }
  });
});

describe("the bound copy and the editor add-on", () => {
  it("send the same messages, to the same people, at the same times", () => {
    const [bound, addOn] = MODES.map((m) => outboxes.get(m) ?? []);
    const brief = (m: SentMail) => [m.sentAt, m.to, m.subject, m.body];
    expect(addOn.length).toBeGreaterThan(0);
    expect(addOn.map(brief)).toEqual(bound.map(brief));
  });
});
