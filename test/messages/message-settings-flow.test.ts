import { submitLink } from "./change-link";
import type { AppsScriptEnv } from "../../src/fakes";
import { installFormApp, type FormsBoard } from "../../src/fakes/forms";
import * as entryPoints from "../../src/server/index";
import { sendBriefs } from "../../src/server/messages/briefs";
import {
  runScheduledMessages,
  turnOnScheduledMessages,
} from "../../src/server/messages/dispatcher";
import { saveSettingsForm, settingsForm } from "../../src/server/panel/settings-form";
import { installEnv, uninstallEnv } from "../server/env";
import { getPanel } from "../../src/server/panel/panel";
import { SEND_ORDER } from "../../src/core/messages/mail-budget";
import { cellText } from "../../src/sheets/cells";

// A map made by "Set up with the example", its four message settings changed in the panel's
// Settings form, then the hourly run doing what they now say.

function hourly(env: AppsScriptEnv, from: string, until: string, each?: (at: string) => void) {
  const trigger = env.globals.ScriptApp.getProjectTriggers().find(
    (t) => t.getHandlerFunction() === "runScheduledMessages",
  );
  if (!trigger) throw new Error("Scheduled messages are not turned on");
  for (let t = Date.parse(from); t <= Date.parse(until); t += 3600_000) {
    env.clock.set(new Date(t).toISOString());
    each?.(new Date(t).toISOString());
    env.fireTrigger(trigger, {}, { runScheduledMessages });
  }
}

describe("the message settings, from Set up to the hourly run", () => {
  let env: AppsScriptEnv;
  let forms: FormsBoard;
  beforeAll(() => {
    env = installEnv();
    forms = installFormApp(env, { scope: entryPoints });
    Object.assign(globalThis, { FormApp: env.globals.FormApp });
    env.ui.click("Set up with the example", entryPoints);
    env.ui.click("Plan", entryPoints);
  });
  afterAll(uninstallEnv);

  it("Set up writes the four rows with their defaults", () => {
    const rows = new Map(env.readSheet("Settings").map((r) => [r[0], r[1]]));
    expect(rows.get("Backups step in")).toBe("when asked");
    expect(rows.get("Day-before reminders")).toBe("yes");
    expect(rows.get("Standby notes to backups")).toBe("no");
    expect(rows.get("Weekly note to coordinator")).toBe("yes");
  });

  it("the form shows them as choices", () => {
    const fields = settingsForm().fields.filter((f) =>
      ["stepIn", "dayBeforeReminders", "standbyNotes", "coordinatorNote"].includes(f.key),
    );
    expect(fields.map((f) => [f.label, f.value, f.input, f.options, f.problem])).toEqual([
      ["Backups step in", "when asked", "choice", ["when asked", "automatically"], ""],
      ["Day-before reminders", "yes", "choice", ["yes", "no"], ""],
      ["Standby notes to backups", "no", "choice", ["yes", "no"], ""],
      ["Weekly note to coordinator", "yes", "choice", ["yes", "no"], ""],
    ]);
    for (const f of fields) expect(f.note.length).toBeGreaterThan(20);
  });

  it("refuses what the reader would not read, saying what is valid, and saves nothing", () => {
    const before = env.readSheet("Settings");
    const result = saveSettingsForm({
      values: { stepIn: "sometimes", standbyNotes: "perhaps" },
    });
    expect(result.saved).toBe(false);
    expect(result.errors.map((e) => [e.label, e.value, e.message])).toEqual([
      [
        "Backups step in",
        "sometimes",
        'Backups step in "sometimes" is not one of when asked, automatically.',
      ],
      [
        "Standby notes to backups",
        "perhaps",
        'Standby notes to backups "perhaps" is not yes or no.',
      ],
    ]);
    expect(env.readSheet("Settings")).toEqual(before);
  });

  it("saves them; the hourly run then sends standby notes, no reminders", () => {
    const result = saveSettingsForm({
      values: { stepIn: "automatically", dayBeforeReminders: "no", standbyNotes: "yes" },
    });
    expect(result.message).toBe("Settings saved.");
    const rows = new Map(env.readSheet("Settings").map((r) => [r[0], r[1]]));
    expect([
      ...["Backups step in", "Day-before reminders", "Standby notes to backups"].map((l) =>
        rows.get(l),
      ),
    ]).toEqual(["automatically", "no", "yes"]);

    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    const before = env.outbox.length;
    hourly(env, "2026-12-07T15:05:00Z", "2026-12-07T18:05:00Z");
    const sent = env.outbox.slice(before).filter((m) => m.to !== "maria@example.com");
    // Tuesday 8 December on Assignments: Ana and Ben walk the dog and Eli calls (reminders,
    // now off); Priya is the backup of both walks (standby notes, now on).
    expect(sent.map((m) => [m.to, m.subject, m.sentAt])).toEqual([
      [
        "priya.shah@example.com",
        "On standby tomorrow: Morning dog walk, Tuesday 8 December, morning",
        "2026-12-07T17:05:00.000Z",
      ],
      [
        "priya.shah@example.com",
        "On standby tomorrow: Evening dog walk, Tuesday 8 December, evening",
        "2026-12-07T17:05:00.000Z",
      ],
    ]);
  });

  it("the panel counts the emails a day against what is left today", () => {
    // By hand, 7-20 December: a daily summary every day; standby notes for Priya's two walks
    // each evening (three on the 8th, with the client report); on Friday 11 December also the
    // check-in and Priya's weekly note: 1 + 1 + 1 + 2 = 5, the first busiest day.
    const quota = getPanel().messages.quota;
    expect(quota).toEqual({
      day: "2026-12-11",
      dayText: "Friday 11 December",
      counts: { summary: 1, checkIn: 1, coordinatorNote: 1, reminders: 0, standby: 2 },
      total: 5,
      left: 100 - env.outbox.length,
      short: false,
      sendOrder: [...SEND_ORDER],
    });
    env.mail.quota = 4;
    expect(getPanel().messages.quota).toMatchObject({ left: 4, short: true });
    env.mail.quota = 100;
  });

  it("a backup steps in at once when a helper can't make a date", () => {
    const brief = env.outbox.find((m) => m.to === "ana.ruiz@example.com");
    const link = brief?.body.match(/https:\/\/docs\.google\.com\/forms\/\S+usp=pp_url\S*/)?.[0];
    const form = forms.forms.find((f) => link?.includes(`/e/${f.id}-published`));
    if (!link || !form) throw new Error("Ana's brief has no link");
    const before = env.outbox.length;
    hourly(env, "2026-12-08T09:05:00Z", "2026-12-08T10:05:00Z", (at) => {
      if (at === "2026-12-08T10:05:00.000Z")
        submitLink(
          forms,
          link,
          { "What would you like to tell us?": "I can't make a date" },
          /Wednesday 9 December/,
        );
    });
    const sent = env.outbox.slice(before).filter((m) => m.to !== "maria@example.com");
    expect(sent.some((m) => /can you take it/i.test(m.subject + m.body))).toBe(false);
    const rows = env
      .readSheet("Assignments")
      .filter((r) => r[0] === "Morning dog walk")
      .map((r) => [
        r[1],
        r[2],
        cellText(r[5], "Europe/London"),
        cellText(r[6], "Europe/London"),
        r[7],
      ]);
    expect(rows).toContainEqual(["Ana Ruiz", "primary", "2026-12-09", "2026-12-09", "declined"]);
    expect(rows).toContainEqual(["Priya Shah", "primary", "2026-12-09", "2026-12-09", "planned"]);
    // Ana can't make the date in either seat, and no re-plan takes Priya's step-in away.
    expect(rows).not.toContainEqual(["Ana Ruiz", "backup", "2026-12-09", "2026-12-09", "planned"]);
    expect(sent.map((m) => m.to).sort()).toEqual([
      "ana.ruiz@example.com",
      "priya.shah@example.com",
    ]);
  });
});
