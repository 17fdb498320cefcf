import type { AppsScriptEnv } from "../../src/fakes";
import { createAppsScriptEnv } from "../../src/fakes";
import { sendBriefs } from "../../src/server/messages/briefs";
import {
  runScheduledMessages,
  turnOnScheduledMessages,
} from "../../src/server/messages/dispatcher";
import { lastRun, unreached } from "../../src/server/messages/run-record";
import { checkSetup } from "../../src/server/setup/check-setup";
import { getPanel } from "../../src/server/panel/panel";
import { withDocumentLock } from "../../src/server/platform/lock";
import { alexInMarch, mapEnv, runHourly } from "./message-env";

// The hourly run as an editor add-on: no active spreadsheet, no document lock, no document
// properties, and getUserTriggers(spreadsheet) does not list the timed trigger. The run finds
// the map by the trigger id stored when it was made, and says so when it cannot.

const START = "2027-02-26T15:00:00Z";
const dispatcher = (env: AppsScriptEnv) => {
  const t = env.globals.ScriptApp.getProjectTriggers().find(
    (x) => x.getHandlerFunction() === "runScheduledMessages",
  );
  if (!t) throw new Error("no dispatcher trigger");
  return t;
};

describe("an add-on's timed trigger, with no document", () => {
  let env: AppsScriptEnv;
  const answers: string[] = [];
  beforeAll(() => {
    env = mapEnv(alexInMarch(), START, { addOnTimedTriggers: true }).env;
    answers.push(turnOnScheduledMessages(), turnOnScheduledMessages());
  });

  it("is on once, though getUserTriggers does not list it, and turning it on again never fails", () => {
    expect(env.globals.ScriptApp.getUserTriggers(env.spreadsheet)).toEqual([]);
    expect(answers[0]).toMatch(/^Scheduled messages are on/);
    expect(answers[1]).toMatch(/^Scheduled messages are already on/);
    expect(env.triggers).toHaveLength(1);
    const uid = env.triggers[0].id;
    expect(env.properties.user.get(`sm.trigger.${uid}`)).toBe(env.spreadsheet.getId());
    expect(
      checkSetup()
        .map((p) => p.message)
        .join("\n"),
    ).not.toMatch(/Scheduled messages are off/);
    expect(getPanel().messages.scheduled).toBe(true);
  });

  it("opens the map by id, records what it found, and sends the check-in by the user's lock", () => {
    runHourly(env, "2027-03-05T15:05:00Z", "2027-03-05T15:05:00Z");
    const run = lastRun(env.spreadsheet.getId());
    expect(run).toMatchObject({
      opened: "by id",
      ok: true,
      context: {
        activeSpreadsheet: false,
        documentLock: false,
        documentProperties: false,
        listedByGetUserTriggers: false,
      },
    });
    expect(env.outbox.filter((m) => m.subject.startsWith("Your weekly check-in"))).toHaveLength(1);
    expect(env.locks.unflushed).toEqual([]);
  });

  it("never sends twice what the sidebar sent, nor what it sent itself", () => {
    const before = env.outbox.length;
    const briefs = sendBriefs({ onlyChanged: false });
    expect(briefs.sent).toBeGreaterThan(0);
    env.mail.quota = 100;
    runHourly(env, "2027-03-05T16:05:00Z", "2027-03-05T16:05:00Z");
    const subjects = env.outbox.slice(before).map((m) => `${m.to}|${m.subject}`);
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});

describe("a timed run that cannot reach its map", () => {
  let env: AppsScriptEnv;
  beforeAll(() => {
    env = mapEnv(alexInMarch(), START, { addOnTimedTriggers: true }).env;
    turnOnScheduledMessages();
    // The stored link is lost (the user's properties were cleared).
    for (const key of [...env.properties.user.keys()])
      if (key.startsWith("sm.trigger.")) env.properties.user.delete(key);
    const sentBefore = env.outbox.length;
    runHourly(env, "2027-03-05T15:05:00Z", "2027-03-05T17:05:00Z");
    expect(env.outbox.length).toBe(sentBefore + 1);
  });

  it("records why, emails the coordinator once, and Check setup and the panel show it", () => {
    const lost = unreached();
    expect(lost?.reason).toMatch(/not one Support Map stored with a spreadsheet/);
    const notices = env.outbox.filter((m) => m.subject.includes("could not run"));
    expect(notices).toHaveLength(1);
    expect(notices[0].to).toBe("coordinator@example.com");
    expect(env.outbox.filter((m) => m.subject.startsWith("Your weekly check-in"))).toEqual([]);
    expect(checkSetup().find((p) => /could not reach a support map/.test(p.message))).toMatchObject(
      {
        severity: "error",
      },
    );
    expect(getPanel().messages.problem).toMatch(/could not reach a support map/);
  });

  it("is connected again by turning scheduled messages on, and then sends", () => {
    expect(turnOnScheduledMessages()).toMatch(/already on/);
    runHourly(env, "2027-03-05T18:05:00Z", "2027-03-05T18:05:00Z");
    expect(unreached()).toBeUndefined();
    expect(env.outbox.filter((m) => m.subject.startsWith("Your weekly check-in"))).toHaveLength(1);
  });
});

describe("the map's spreadsheet cannot be opened", () => {
  it("says which id failed and why", () => {
    const { env } = mapEnv(alexInMarch(), START, { addOnTimedTriggers: true });
    turnOnScheduledMessages();
    env.properties.user.set(`sm.trigger.${env.triggers[0].id}`, "a-deleted-spreadsheet");
    env.fireTrigger(dispatcher(env), {}, { runScheduledMessages });
    expect(unreached()?.reason).toMatch(/a-deleted-spreadsheet\) could not be opened/);
  });
});

describe("flush before release", () => {
  it("the fake Lock notices a release over writes nobody flushed", () => {
    const env = createAppsScriptEnv();
    const lock = env.globals.LockService.getDocumentLock()!;
    lock.waitLock(1000);
    env.spreadsheet.getSheets()[0].getRange("A1").setValue("x");
    lock.releaseLock();
    expect(env.locks.unflushed).toEqual(["document"]);
    lock.waitLock(1000);
    env.spreadsheet.getSheets()[0].getRange("A1").setValue("y");
    env.globals.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(env.locks.unflushed).toEqual(["document"]);
  });

  it("every run of the add-on flushes before it lets go: plan, briefs, the hourly run", () => {
    const { env } = mapEnv(alexInMarch(), START);
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    runHourly(env, "2027-03-05T15:05:00Z", "2027-03-05T16:05:00Z");
    withDocumentLock(() => env.spreadsheet.getSheets()[0].getRange("Z1").setValue("x"));
    expect(env.locks.unflushed).toEqual([]);
  });
});

describe("a trigger that never fires", () => {
  it("is a warning in Check setup once two hourly runs are missed", () => {
    const { env } = mapEnv(alexInMarch(), START, { addOnTimedTriggers: true });
    turnOnScheduledMessages();
    const never = (p: { message: string }) => /no hourly run has reached this map/.test(p.message);
    env.clock.advance(3600_000);
    expect(checkSetup().some(never)).toBe(false);
    env.clock.advance(2 * 3600_000);
    expect(checkSetup().find(never)).toMatchObject({ severity: "warning" });
    env.fireTrigger(dispatcher(env), {}, { runScheduledMessages });
    expect(checkSetup().some(never)).toBe(false);
  });
});
