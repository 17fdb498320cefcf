import type { MailAppApi } from "../../src/gas/gas";
import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { briefHelpers, sendBriefs } from "../../src/server/messages/briefs";
import { openSession } from "../../src/server/messages/session";
import {
  runScheduledMessages,
  turnOnScheduledMessages,
} from "../../src/server/messages/dispatcher";
import { alexInMarch, mapEnv, runHourly, setSetting, wallClock } from "./message-env";

// Each message exactly once: when the daily quota runs out halfway, when a run dies halfway,
// when two runs meet, and nothing at all while the map is paused or after its end date.

const log = (env: AppsScriptEnv) => env.readSheet("Log").slice(1);
const counts = (mail: SentMail[]) => {
  const seen = new Map<string, number>();
  for (const m of mail)
    seen.set(`${m.to}|${m.subject}`, (seen.get(`${m.to}|${m.subject}`) ?? 0) + 1);
  return [...seen.values()];
};

/** A MailApp that sends, then dies like a run hitting its time limit, on the nth message. */
function dyingMailApp(real: MailAppApi, n: number): MailAppApi {
  let sent = 0;
  return {
    getRemainingDailyQuota: () => real.getRemainingDailyQuota(),
    sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
      real.sendEmail(message);
      if (++sent === n) throw new Error("Exceeded maximum execution time");
    }) as MailAppApi["sendEmail"],
  };
}

// Each describe sets up its own in-memory Apps Script in beforeAll: the globals are shared, so
// nothing may be installed while jest is still collecting the tests.

describe("the quota runs out halfway", () => {
  let env: AppsScriptEnv;
  let first: ReturnType<typeof sendBriefs>;
  beforeAll(() => {
    env = mapEnv(alexInMarch(), "2027-02-26T15:00:00Z", { mailQuota: 5 }).env;
    first = sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
  });

  it("stops cleanly and says what is left", () => {
    expect(first).toMatchObject({ sent: 5, remaining: 3, errors: [] });
    expect(env.outbox).toHaveLength(5);
    expect(log(env).map((r) => r[4])).toEqual([
      ...Array(5).fill("sent"),
      "Daily email quota used up: 3 briefs wait for the next run.",
    ]);
  });

  it("sends nothing more the same day, and notes the wait once", () => {
    runHourly(env, "2027-02-26T16:05:00Z", "2027-02-27T04:05:00Z");
    expect(env.outbox).toHaveLength(5);
    const notes = log(env).filter((r) => String(r[4]).startsWith("Daily email quota used up"));
    expect(notes).toHaveLength(2);
    expect(notes[1][4]).toMatch(
      /^Daily email quota used up: 3 messages wait for the next run \(brief:1:/,
    );
  });

  it("sends the rest the next day, each brief exactly once", () => {
    env.mail.quota = 100;
    runHourly(env, "2027-02-27T05:05:00Z", "2027-02-27T08:05:00Z");
    expect(env.outbox).toHaveLength(8);
    expect(new Set(env.outbox.map((m) => m.to)).size).toBe(8);
    expect(env.outbox.slice(5).every((m) => m.sentAt === "2027-02-27T05:05:00.000Z")).toBe(true);
    expect(sendBriefs({ onlyChanged: true })).toMatchObject({ sent: 0, skipped: 8, remaining: 0 });
  });

  it("stamps Briefed on every helper's rows", () => {
    const rows = env.readSheet("Assignments").slice(1);
    const briefed = rows.filter((r) => r[9] !== "");
    expect(briefed).toHaveLength(rows.length);
  });
});

describe("a check-in held back by the quota", () => {
  let env: AppsScriptEnv;
  beforeAll(() => {
    env = mapEnv(alexInMarch(), "2027-03-05T05:00:00Z", { mailQuota: 1 }).env;
    turnOnScheduledMessages();
    runHourly(env, "2027-03-05T05:05:00Z", "2027-03-07T04:05:00Z", (at) => {
      if (at.toISOString() === "2027-03-06T05:05:00.000Z") env.mail.quota = 100;
    });
  });

  it("goes the next morning, once, before that day's summary", () => {
    expect(env.outbox.map((m) => `${wallClock(m.sentAt)} ${m.subject}`)).toEqual([
      "2027-03-05 07:05 Today, Friday 5 March: all visits covered",
      "2027-03-06 07:05 Your weekly check-in: how did this week go?",
      "2027-03-06 07:05 Today, Saturday 6 March: all visits covered",
    ]);
    expect(counts(env.outbox).every((n) => n === 1)).toBe(true);
  });

  it("logs the wait once, not every hour", () => {
    const notes = log(env).filter((r) => String(r[4]).startsWith("Daily email quota used up"));
    expect(notes.map((r) => r[4])).toEqual([
      "Daily email quota used up: 1 message wait for the next run (checkin:2027-03-05).",
    ]);
  });
});

describe("a run that dies halfway", () => {
  it("never sends a brief twice, and the Log says which one may not have gone", () => {
    const { env } = mapEnv(alexInMarch(), "2027-02-26T15:00:00Z");
    const real = env.globals.MailApp;
    Object.assign(globalThis, { MailApp: dyingMailApp(real, 3) });
    expect(() => sendBriefs({ onlyChanged: false })).toThrow("Exceeded maximum execution time");
    Object.assign(globalThis, { MailApp: real });
    expect(env.outbox).toHaveLength(3);

    // The coordinator clicks "send to everyone" again: the same round carries on.
    const again = sendBriefs({ onlyChanged: false });
    expect(again.sent).toBe(5);
    expect(env.outbox).toHaveLength(8);
    expect(new Set(env.outbox.map((m) => m.to)).size).toBe(8);
    const statuses = log(env).map((r) => String(r[4]));
    expect(statuses.filter((s) => s === "sent")).toHaveLength(7);
    expect(statuses.filter((s) => s.startsWith("may not have been sent"))).toHaveLength(1);
    expect(new Set(log(env).map((r) => r[2])).size).toBe(8);
  });

  it("a run killed before it wrote the Log: the next run logs what it sent", () => {
    const { env } = mapEnv(alexInMarch(), "2027-02-26T15:00:00Z");
    // Sends, then "dies": no Briefed stamps and no Log are written.
    briefHelpers(openSession(), "everyone");
    expect(env.outbox).toHaveLength(8);
    expect(() => env.readSheet("Log")).toThrow();
    expect(sendBriefs({ onlyChanged: true })).toMatchObject({ sent: 0, remaining: 0 });
    expect(env.outbox).toHaveLength(8);
    expect(log(env).filter((r) => r[4] === "sent")).toHaveLength(8);
  });

  it("the dispatcher picks up after the message that killed it", () => {
    const { env } = mapEnv(alexInMarch(), "2027-03-05T15:05:00Z");
    turnOnScheduledMessages();
    const real = env.globals.MailApp;
    Object.assign(globalThis, { MailApp: dyingMailApp(real, 1) });
    expect(() => runScheduledMessages()).toThrow("Exceeded maximum execution time");
    Object.assign(globalThis, { MailApp: real });
    runHourly(env, "2027-03-05T16:05:00Z", "2027-03-05T18:05:00Z");
    expect(env.outbox.map((m) => m.subject)).toEqual([
      "Your weekly check-in: how did this week go?",
      "Today, Friday 5 March: all visits covered",
    ]);
  });
});

describe("two runs at once", () => {
  it("a second run in the same hour sends nothing", () => {
    const { env } = mapEnv(alexInMarch(), "2027-03-05T15:05:00Z");
    runScheduledMessages();
    const sent = env.outbox.length;
    expect(sent).toBe(2);
    runScheduledMessages();
    expect(env.outbox).toHaveLength(sent);
  });

  it("a run that finds the document busy leaves the work to the next hour", () => {
    const { env } = mapEnv(alexInMarch(), "2027-03-05T15:05:00Z");
    env.locks.holdElsewhere("document");
    runScheduledMessages();
    expect(env.outbox).toHaveLength(0);
    env.locks.release("document");
    env.clock.set("2027-03-05T16:05:00Z");
    runScheduledMessages();
    expect(env.outbox).toHaveLength(2);
  });
});

describe("paused, or past the end date", () => {
  it("sends nothing while the map is paused, and carries on once it is not", () => {
    const paused = setSetting(alexInMarch(), "Map paused", "yes");
    const { env } = mapEnv(paused, "2027-03-05T12:00:00Z");
    turnOnScheduledMessages();
    expect(sendBriefs({ onlyChanged: false })).toMatchObject({
      sent: 0,
      errors: ["The map is paused (Settings, Map paused): nothing is sent."],
    });
    runHourly(env, "2027-03-05T12:05:00Z", "2027-03-06T04:05:00Z");
    expect(env.outbox).toHaveLength(0);
    env.writeSheet("Settings", setSetting(paused, "Map paused", "no").Settings);
    runHourly(env, "2027-03-06T12:05:00Z", "2027-03-06T12:05:00Z");
    expect(env.outbox.map((m) => m.subject)).toEqual([
      "Your weekly check-in: how did this week go?",
      "Today, Saturday 6 March: all visits covered",
    ]);
  });

  it("sends nothing after the end date", () => {
    const { env } = mapEnv(alexInMarch(), "2027-04-12T04:05:00Z");
    turnOnScheduledMessages();
    runHourly(env, "2027-04-12T04:05:00Z", "2027-04-20T04:05:00Z");
    expect(sendBriefs({ onlyChanged: false }).sent).toBe(0);
    expect(env.outbox).toHaveLength(0);
  });
});
