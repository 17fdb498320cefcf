import type { AppsScriptEnv } from "../../src/fakes";
import { SEND_ORDER } from "../../src/core/messages/mail-budget";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { SETTINGS_SHEET } from "../../src/sheets/columns";
import { alexInMarch, mapEnv, runHourly } from "./message-env";

// What goes first when the quota is short, as the panel lists it (SEND_ORDER), is what one
// hourly run does. Friday 5 March is Alex's check-in day; the first run of the day is at 18:05,
// so everything of the day is due at once: the check-in, the daily summary, the reminders and
// standby notes for Saturday, and the coordinator's weekly note.

function firstRunOnFriday(quota: number): { to: string; subject: string }[] {
  const sheets = alexInMarch();
  sheets[SETTINGS_SHEET] = [
    ...sheets[SETTINGS_SHEET],
    ["Day-before reminders", "yes"],
    ["Standby notes to backups", "yes"],
    ["Weekly note to coordinator", "yes"],
  ];
  const env: AppsScriptEnv = mapEnv(sheets, "2027-03-05T15:00:00Z").env;
  sendBriefs({ onlyChanged: false });
  turnOnScheduledMessages();
  const before = env.outbox.length;
  env.mail.quota = quota;
  runHourly(env, "2027-03-05T23:05:00Z", "2027-03-05T23:05:00Z");
  return env.outbox.slice(before).map((m) => ({ to: m.to, subject: m.subject }));
}

const kind = (m: { subject: string }) =>
  /check-in/i.test(m.subject) && !/note/i.test(m.subject)
    ? "check-in"
    : /^Today/.test(m.subject)
      ? "summary"
      : /^(Tomorrow|On standby)/.test(m.subject)
        ? "reminder"
        : m.subject;

describe("the order one hourly run sends in", () => {
  it("sends the check-in and the summary before reminders, and the weekly note after them", () => {
    const all = firstRunOnFriday(100);
    const kinds = all.map(kind);
    expect(kinds.slice(0, 2)).toEqual(["check-in", "summary"]);
    const lastReminder = kinds.lastIndexOf("reminder");
    expect(kinds.indexOf("reminder")).toBe(2);
    // The rest is the coordinator's weekly note, to the coordinator.
    expect(all.slice(lastReminder + 1)).toEqual([
      { to: "jordan.blake@example.com", subject: "This week, in short: Friday 5 March" },
    ]);
    // As the panel says it.
    const at = (words: RegExp) => SEND_ORDER.findIndex((s) => words.test(s));
    expect(at(/check-in to the person/)).toBeLessThan(at(/daily summary/));
    expect(at(/daily summary/)).toBeLessThan(at(/reminders/));
    expect(at(/reminders/)).toBeLessThan(at(/your weekly note/));
  });

  it("with three emails left, sends the first three in that order and nothing more", () => {
    const sent = firstRunOnFriday(3);
    expect(sent.map(kind)).toEqual(["check-in", "summary", "reminder"]);
  });
});
