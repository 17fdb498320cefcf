import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { installFormApp } from "../../src/fakes/forms";
import * as entryPoints from "../../src/server/index";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { previewMessage } from "../../src/server/panel/message-preview";
import { applyPlan, getPanel } from "../../src/server/panel/panel";
import type { PreviewedMail } from "../../src/shared/panel-types";
import { OFFERS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { readMap } from "../../src/sheets/read-map";
import { installEnv, uninstallEnv } from "../server/env";
import { assignedKeys, heldKeys, replayCalendars } from "./calendar-replay";
import { runHourly } from "./message-env";

// "Tell helpers what changed" (issue 13: after any re-plan, only helpers whose own tasks
// changed hear about it, and only about the change). On Maria's example made by Set up, briefed
// on Monday 7 December 2026 09:00 in London: who changed is worked out from the Assignments
// sheet before and after the re-plan (not from the sending code), and each helper's calendar is
// rebuilt with ical.js from every .ics they received, in order.

const TODAY = "2026-12-07";
const ZONE = "Europe/London";
const COORDINATOR = "priya.shah@example.com";
const MARIA = "maria@example.com";
const HELPER_MAIL = /^(What changed for you|Your tasks|No tasks for you)/;

afterEach(uninstallEnv);

function example(): AppsScriptEnv {
  const env = installEnv();
  installFormApp(env, { scope: entryPoints });
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  env.ui.click("Set up with the example", entryPoints);
  env.ui.click("Plan", entryPoints);
  return env;
}

function sheetMap(env: AppsScriptEnv) {
  const values = Object.fromEntries(
    ["Settings", "Needs", "People", "Offers", "Assignments"].map((n) => [n, env.readSheet(n)]),
  );
  return readMap(values, { timeZone: ZONE, today: TODAY }).map;
}

/** Each helper's address → their assignments from today, as the sheet says. */
function assigned(env: AppsScriptEnv): Map<string, string> {
  const map = sheetMap(env);
  return new Map(
    map.people
      .filter((p) => p.status.kind !== "do not involve")
      .map((p) => [p.email, assignedKeys(map, p.email, TODAY).join("\n")]),
  );
}

/** Helpers whose assignments differ between two readings of the sheet. */
function changedBetween(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((to) => (a.get(to) ?? "") !== (b.get(to) ?? ""))
    .sort();
}

function setPeopleCell(env: AppsScriptEnv, name: string, column: string, value: string): void {
  const people = env.readSheet(PEOPLE_SHEET);
  const row = people.findIndex((r) => r[0] === name);
  env.spreadsheet
    .getSheetByName(PEOPLE_SHEET)
    ?.getRange(row + 1, people[0].indexOf(column) + 1)
    .setValue(value);
}

/** Kim Park, a neighbour, offers weekend dog walks (the example's own next step). */
function addKim(env: AppsScriptEnv): void {
  const people = env.readSheet(PEOPLE_SHEET)[0];
  const offers = env.readSheet(OFFERS_SHEET)[0];
  const row = (header: unknown[], cells: Record<string, string>) =>
    header.map((h) => cells[String(h)] ?? "");
  env.spreadsheet
    .getSheetByName(PEOPLE_SHEET)
    ?.appendRow(row(people, { Name: "Kim Park", Email: "kim.park@example.com", Status: "active" }));
  env.spreadsheet.getSheetByName(OFFERS_SHEET)?.appendRow(
    row(offers, {
      Person: "Kim Park",
      Type: "pet care",
      Days: "weekends",
      Time: "any",
      Mode: "in person",
      "Backup only": "no",
    }),
  );
}

function since(env: AppsScriptEnv, n: number): SentMail[] {
  return env.outbox.slice(n);
}

/** Every helper's calendar, rebuilt from all they received, equals their assignments. */
function expectCalendarsTrue(env: AppsScriptEnv): void {
  const calendars = replayCalendars(env.outbox, ZONE);
  const map = sheetMap(env);
  for (const p of map.people.filter((x) => x.status.kind !== "do not involve")) {
    const held = heldKeys(calendars.get(p.email), TODAY);
    expect([p.name, held]).toEqual([p.name, assignedKeys(map, p.email, TODAY)]);
  }
}

/** What the fake MailApp recorded, in the preview's shape. */
function asPreviewed(m: SentMail): Omit<PreviewedMail, "toName"> {
  return {
    to: m.to,
    from: m.name,
    replyTo: m.replyTo,
    subject: m.subject,
    body: m.body,
    htmlBody: m.htmlBody,
    attachments: m.attachments.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      text: a.text,
    })),
  };
}

function ledgerIds(env: AppsScriptEnv, prefix: string): string[] {
  return [...(env.properties.document?.keys() ?? [])]
    .filter((k) => k.startsWith(`sm.sent.${prefix}`))
    .sort();
}

/** Briefs to everyone, scheduled messages on, then Eli drops out and the panel's Apply. */
function briefedThenEliDrops(env: AppsScriptEnv) {
  sendBriefs({ onlyChanged: false });
  turnOnScheduledMessages();
  const before = assigned(env);
  setPeopleCell(env, "Eli Cohen", "Status", "dropped");
  const applied = applyPlan();
  return { before, applied, changed: changedBetween(before, assigned(env)) };
}

describe("Tell helpers what changed", () => {
  test("after a re-plan, the two whose tasks changed hear only what changed; nobody else hears anything, then or in the next hourly run", () => {
    const env = example();
    const { applied, changed } = briefedThenEliDrops(env);
    // Eli's calls go to Fatima: those two, and nobody else.
    expect(changed).toEqual(["eli.cohen@example.com", "fatima.noor@example.com"]);

    // The panel and the Applied message say what will go, and when.
    expect(applied.message).toMatch(
      / 2 helpers' tasks changed: they hear what changed within the hour, or now with Tell helpers what changed\.$/,
    );
    expect(getPanel().messages).toMatchObject({
      briefsOutOfDate: 2,
      whatChanged: 2,
      firstBriefs: 0,
      waitingBriefs: 0,
      briefsStarted: true,
      text: "To tell: 2 helpers get what changed. The hourly run sends these by itself within the hour; Tell helpers what changed sends them now.",
    });
    const previews = ["Eli Cohen", "Fatima Noor"].map((helper) =>
      previewMessage({ kind: "change", helper }),
    );
    for (const p of previews) expect(p.status).toMatch(/^Tell helpers what changed sends /);

    // The coordinator uses the menu, as they would.
    const n = env.outbox.length;
    env.ui.answerAlert("YES");
    env.ui.click("Tell helpers what changed", entryPoints);
    expect(env.ui.asked.at(-1)).toMatchObject({
      title: "What changed",
      prompt: "2 helpers told what changed, 6 helpers needed none.",
    });
    const told = since(env, n);
    expect(told.map((m) => m.to).sort()).toEqual(changed);
    for (const m of told) {
      expect(m.subject).toMatch(/^What changed for you: /);
      expect(m.attachments.some((a) => a.name.endsWith(".ics"))).toBe(true);
      // Exactly what the panel previewed for them.
      const p = previews.find((x) => x.mails[0]?.to === m.to);
      const { toName: _toName, ...shown } = p?.mails[0] ?? ({} as PreviewedMail);
      expect(shown).toEqual(asPreviewed(m));
    }
    // Eli's calls leave his calendar as cancellations; Fatima's come as new events.
    const eli = told.find((m) => m.to === "eli.cohen@example.com");
    expect(eli?.attachments.map((a) => a.name)).toEqual(["helping-maria-cancelled.ics"]);
    expect(eli?.body).toContain("NO LONGER YOURS");
    expect(eli?.body).not.toContain("NEW OR CHANGED");
    expect(told.find((m) => m.to === "fatima.noor@example.com")?.body).toContain(
      "NEW OR CHANGED FOR YOU",
    );
    expectCalendarsTrue(env);
    expect(getPanel().messages).toMatchObject({ briefsOutOfDate: 0, whatChanged: 0 });

    // The next hourly run has nothing more for any helper (Maria's daily summary and the
    // coordinator's alerts are not theirs).
    const m = env.outbox.length;
    runHourly(env, "2026-12-07T10:05:00Z", "2026-12-07T10:05:00Z");
    const hourly = since(env, m);
    expect(hourly.filter((x) => HELPER_MAIL.test(x.subject))).toEqual([]);
    for (const x of hourly) expect([MARIA, COORDINATOR]).toContain(x.to);
    expect(ledgerIds(env, "change:")).toHaveLength(2);
    // And pressing it again sends nothing.
    expect(sendBriefs({ onlyChanged: true })).toMatchObject({ sent: 0, changes: 0 });
  });

  test("when the hourly run told them first, the button sends nothing: one message each", () => {
    const env = example();
    const { changed } = briefedThenEliDrops(env);
    const n = env.outbox.length;
    runHourly(env, "2026-12-07T10:05:00Z", "2026-12-07T10:05:00Z");
    const hourly = since(env, n).filter((m) => HELPER_MAIL.test(m.subject));
    expect(hourly.map((m) => m.to).sort()).toEqual(changed);
    expect(getPanel().messages).toMatchObject({ briefsOutOfDate: 0 });
    const r = sendBriefs({ onlyChanged: true });
    expect(r).toMatchObject({ sent: 0, changes: 0, errors: [] });
    expect(since(env, n).filter((m) => HELPER_MAIL.test(m.subject))).toHaveLength(2);
    expect(ledgerIds(env, "change:")).toHaveLength(2);
    expectCalendarsTrue(env);
  });

  test("a helper the re-plan adds gets a whole first brief; Send briefs to everyone still sends whole briefs", () => {
    const env = example();
    sendBriefs({ onlyChanged: false });
    const before = assigned(env);
    setPeopleCell(env, "Eli Cohen", "Status", "dropped");
    addKim(env);
    const applied = applyPlan();
    const changed = changedBetween(before, assigned(env));
    // Kim takes the weekend walks nobody had; Fatima takes Eli's calls.
    expect(changed).toEqual([
      "eli.cohen@example.com",
      "fatima.noor@example.com",
      "kim.park@example.com",
    ]);
    const others = changed.filter((to) => to !== "kim.park@example.com");
    // Scheduled messages are off: nothing goes by itself, and Apply says so.
    expect(applied.message).toMatch(
      / 2 helpers' tasks changed, 1 helper has had no brief yet: scheduled messages are off, so nothing goes until you press Tell helpers what changed\.$/,
    );
    expect(getPanel().messages).toMatchObject({
      whatChanged: 2,
      firstBriefs: 1,
      briefsOutOfDate: 3,
      text: "To tell, 3 helpers: 2 get what changed, 1 a first brief.",
    });
    expect(previewMessage({ kind: "brief", helper: "Kim Park" }).status).toBe(
      "Sent when you press Tell helpers what changed or Send briefs to everyone: Kim Park has not had a brief yet.",
    );

    const n = env.outbox.length;
    const r = sendBriefs({ onlyChanged: true });
    expect(r).toMatchObject({ sent: changed.length, changes: others.length, errors: [] });
    const told = since(env, n);
    expect(told.map((m) => m.to).sort()).toEqual(changed);
    const kim = told.find((m) => m.to === "kim.park@example.com");
    expect(kim?.subject).toBe("Your tasks helping Maria");
    expect(kim?.body).toMatch(/Morning dog walk|Evening dog walk/);
    for (const m of told.filter((x) => x !== kim))
      expect(m.subject).toMatch(/^What changed for you: /);
    expectCalendarsTrue(env);

    // A deliberate resend: every helper with tasks gets their whole brief again.
    const m = env.outbox.length;
    const everyone = sendBriefs({ onlyChanged: false });
    const resent = since(env, m);
    const withTasks = [...assigned(env)].filter(([, keys]) => keys !== "").map(([to]) => to);
    expect(resent.map((x) => x.to).sort()).toEqual(withTasks.sort());
    for (const x of resent) expect(x.subject).toBe("Your tasks helping Maria");
    expect(everyone).toMatchObject({ sent: withTasks.length, changes: 0 });
    expectCalendarsTrue(env);
  });

  test("short of quota: a change waits and goes once, a held-back first brief stays the queue's", () => {
    const env = example();
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    const before = assigned(env);
    setPeopleCell(env, "Eli Cohen", "Status", "dropped");
    addKim(env);
    applyPlan();
    const changed = changedBetween(before, assigned(env));
    expect(changed).toEqual(
      expect.arrayContaining(["eli.cohen@example.com", "fatima.noor@example.com"]),
    );
    expect(changed).toContain("kim.park@example.com");

    env.mail.quota = 1;
    const n = env.outbox.length;
    const r = sendBriefs({ onlyChanged: true });
    // People order: Eli first; everyone after him waits for quota.
    expect(since(env, n).map((m) => m.to)).toEqual(["eli.cohen@example.com"]);
    expect(r).toMatchObject({ sent: 1, changes: 1, remaining: changed.length - 1 });
    expect(r.text).toMatch(/wait for more email quota/);
    expect(getPanel().messages).toMatchObject({
      whatChanged: changed.length - 2,
      waitingBriefs: 1,
      firstBriefs: 0,
    });

    // Next morning the quota is back: the hourly run sends the rest, each once, and Kim's
    // held-back brief is the whole brief, not a "what changed".
    env.mail.quota = 100;
    const m = env.outbox.length;
    runHourly(env, "2026-12-08T08:05:00Z", "2026-12-08T08:05:00Z");
    const rest = since(env, m).filter((x) => HELPER_MAIL.test(x.subject));
    expect(rest.map((x) => x.to).sort()).toEqual(
      changed.filter((to) => to !== "eli.cohen@example.com"),
    );
    expect(rest.find((x) => x.to === "kim.park@example.com")?.subject).toBe(
      "Your tasks helping Maria",
    );
    const all = since(env, n).filter((x) => HELPER_MAIL.test(x.subject));
    expect(all.map((x) => x.to).sort()).toEqual(changed);
    expect(sendBriefs({ onlyChanged: true })).toMatchObject({ sent: 0, remaining: 0 });
    const calendars = replayCalendars(env.outbox, ZONE);
    const map = sheetMap(env);
    for (const p of map.people.filter((x) => x.status.kind !== "do not involve"))
      expect([p.name, heldKeys(calendars.get(p.email), "2026-12-08")]).toEqual([
        p.name,
        assignedKeys(map, p.email, "2026-12-08"),
      ]);
  });
});
