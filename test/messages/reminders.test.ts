import type { AppsScriptEnv } from "../../src/fakes";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { SETTINGS_SHEET } from "../../src/sheets/columns";
import { alexInMarch, mapEnv, runHourly, wallClock } from "./message-env";

// Day-before reminders and standby notes, switched on by two Settings rows. Tuesday 2 March:
// Nadia cooks dinner (Rosa is its backup) and Mei gives the medication reminder.

describe("day-before reminders", () => {
  let env: AppsScriptEnv;
  let sent: { to: string; subject: string; at: string }[] = [];
  beforeAll(() => {
    const sheets = alexInMarch();
    sheets[SETTINGS_SHEET] = [
      ...sheets[SETTINGS_SHEET],
      ["Day-before reminders", "yes"],
      ["Standby notes to backups", "yes"],
    ];
    env = mapEnv(sheets, "2027-02-26T15:00:00Z").env;
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    const before = env.outbox.length;
    runHourly(env, "2027-03-01T12:05:00Z", "2027-03-02T12:05:00Z");
    sent = env.outbox
      .slice(before)
      .filter((m) => /^(Tomorrow|On standby)/.test(m.subject))
      .map((m) => ({ to: m.to, subject: m.subject, at: wallClock(m.sentAt) }));
  });

  it("reminds each main helper and tells the backup, once, at 17:05 the day before", () => {
    expect(sent.sort((a, b) => (a.to < b.to ? -1 : 1))).toEqual([
      {
        to: "mei.lin@example.com",
        subject: "Tomorrow: Medication reminder, Tuesday 2 March, morning",
        at: "2027-03-01 17:05",
      },
      {
        to: "nadia.haddad@example.com",
        subject: "Tomorrow: Dinner, Tuesday 2 March, evening",
        at: "2027-03-01 17:05",
      },
      {
        to: "rosa.alvarez@example.com",
        subject: "On standby tomorrow: Dinner, Tuesday 2 March, evening",
        at: "2027-03-01 17:05",
      },
    ]);
  });

  it("sends nothing of the kind to the person supported", () => {
    expect(
      env.outbox.filter(
        (m) => m.to === "alex@example.com" && /^(Tomorrow|On standby)/.test(m.subject),
      ),
    ).toEqual([]);
  });
});
