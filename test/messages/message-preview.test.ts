import { submitLink } from "./change-link";
import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { installFormApp, type FormsBoard } from "../../src/fakes/forms";
import * as entryPoints from "../../src/server/index";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { openSession } from "../../src/server/messages/session";
import { previewMessage } from "../../src/server/panel/message-preview";
import { LINK_MADE_WHEN_SENT } from "../../src/server/forms/change-form";
import { escapeHtml } from "../../src/core/messages/html";
import { nameKey } from "../../src/core/problem";
import { ARGS } from "../../src/shared/contract";
import {
  MESSAGE_KINDS,
  type MessageKind,
  type MessagePreview,
  type PreviewedMail,
} from "../../src/shared/panel-types";
import { firstNonPlain } from "../../src/shared/plain";
import { PEOPLE_SHEET, SETTINGS_SHEET } from "../../src/sheets/columns";
import { installEnv, snapshot, uninstallEnv } from "../server/env";
import { runHourly } from "./message-env";

// "See it before it goes": on Maria's example made by Set up, each message's preview is what
// MailApp is then given, field by field, when the real send happens (Send briefs, the hourly
// run, a helper's "can't make it"); and a preview sends nothing and writes nothing.
// The example starts Monday 7 December 2026, 09:00 in London; the check-in day is Friday.

const DETAILS = "Father in ICU";
const DO_NOT_INVOLVE = /Tomas|tomas\.vega/i;

interface World {
  env: AppsScriptEnv;
  forms: FormsBoard;
}

function example(extraSettings: [string, string][] = []): World {
  const env = installEnv();
  const forms = installFormApp(env, { scope: entryPoints });
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  env.ui.click("Set up with the example", entryPoints);
  const settings = env.spreadsheet.getSheetByName(SETTINGS_SHEET);
  // Set up writes these rows now: change the value in place, or add a row a map lacks.
  const labels = (settings?.getDataRange().getValues() ?? []).map((r) => String(r[0]));
  for (const [label, value] of extraSettings) {
    const at = labels.indexOf(label);
    if (at >= 0) settings?.getRange(at + 1, 2).setValue(value);
    else settings?.appendRow([label, value]);
  }
  env.ui.click("Plan", entryPoints);
  return { env, forms };
}

/** Everything a preview could change: sheets, properties, mail, triggers, forms. */
function state(w: World): string {
  const props = Object.fromEntries(
    Object.entries(w.env.properties).map(([store, map]) => [store, [...map.entries()]]),
  );
  return JSON.stringify({
    sheets: snapshot(w.env),
    props,
    outbox: w.env.outbox.length,
    triggers: w.env.triggers.length,
    forms: w.forms.forms.length,
  });
}

/** A preview, checked to have sent and changed nothing and to carry only plain data. */
function preview(w: World, kind: MessageKind, helper?: string): MessagePreview {
  const before = state(w);
  const p = previewMessage(helper === undefined ? { kind } : { kind, helper });
  expect(state(w)).toBe(before);
  expect(firstNonPlain(p)).toBeUndefined();
  return p;
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

function only(p: MessagePreview): PreviewedMail {
  expect(p.mails).toHaveLength(1);
  return p.mails[0];
}

function withoutName(m: PreviewedMail): Omit<PreviewedMail, "toName"> {
  const { toName: _toName, ...rest } = m;
  return rest;
}

function hourly(env: AppsScriptEnv, at: string): SentMail[] {
  const before = env.outbox.length;
  runHourly(env, at, at);
  return env.outbox.slice(before);
}

/** Ana drops out and the coordinator plans again: her morning walks go, some to nobody. */
function dropAna(w: World): void {
  const people = w.env.readSheet(PEOPLE_SHEET);
  const status = people[0].indexOf("Status");
  const row = people.findIndex((r) => r[0] === "Ana Ruiz");
  w.env.spreadsheet
    .getSheetByName(PEOPLE_SHEET)
    ?.getRange(row + 1, status + 1)
    .setValue("dropped");
  w.env.ui.click("Plan", entryPoints);
}

const LINK = /https:\/\/docs\.google\.com\/forms\/\S+usp=pp_url\S*/;

afterEach(uninstallEnv);

describe("previewing a message", () => {
  test("the arguments are checked against the contract", () => {
    expect(ARGS.previewMessage.safeParse([{ kind: "brief", helper: "Ana Ruiz" }]).success).toBe(
      true,
    );
    expect(ARGS.previewMessage.safeParse([{ kind: "postcard" }]).success).toBe(false);
    example();
    expect(() => previewMessage({ kind: "postcard" })).toThrow(/must be one of/);
    expect(() => previewMessage({ kind: "brief", helper: "Tomas Vega" })).toThrow(
      /not among the helpers/,
    );
  });

  test("a brief is what Send briefs then sends, the first one with a stand-in for the link", () => {
    const w = example();
    const first = preview(w, "brief", "Ana Ruiz");
    expect(first.helpers).not.toContain("Tomas Vega");
    expect(first.helpers).toContain("Ana Ruiz");
    expect(first.sendsNow).toBe(true);
    expect(first.notes.join(" ")).toContain(LINK_MADE_WHEN_SENT);
    sendBriefs({ onlyChanged: false });
    const sent = w.env.outbox.find((m) => m.to === "ana.ruiz@example.com");
    if (!sent) throw new Error("Ana got no brief");
    const link = sent.body.match(LINK)?.[0] ?? "";
    expect(link).not.toBe("");
    const mail = only(first);
    // Only the link differs: the first send makes the form and Ana's own code.
    expect({
      ...asPreviewed(sent),
      body: sent.body.replace(link, LINK_MADE_WHEN_SENT),
      htmlBody: sent.htmlBody.replace(escapeHtml(link), LINK_MADE_WHEN_SENT),
    }).toEqual(withoutName(mail));
    expect(mail.htmlBody).toContain(LINK_MADE_WHEN_SENT);
    expect(mail.toName).toBe("Ana Ruiz");

    // Now the link exists: a preview is exactly the next brief to everyone.
    const again = preview(w, "brief", "Ana Ruiz");
    expect(again.status).toMatch(/Tell helpers what changed skips them/);
    expect(again.notes).toEqual([]);
    const before = w.env.outbox.length;
    sendBriefs({ onlyChanged: false });
    const second = w.env.outbox.slice(before).find((m) => m.to === "ana.ruiz@example.com");
    if (!second) throw new Error("Ana got no second brief");
    expect(withoutName(only(again))).toEqual(asPreviewed(second));
    expect(second.attachments.map((a) => a.name)).toEqual(
      only(again).attachments.map((a) => a.name),
    );
    expect(only(again).attachments[0].text).toMatch(/^BEGIN:VCALENDAR/);
  });

  test("what changed: each helper's preview is what the next hourly run sends them", () => {
    const w = example();
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    dropAna(w);
    const at = w.env.clock.now().toISOString();
    const helpers = preview(w, "change").helpers;
    const previews = helpers.map((h) => preview(w, "change", h));
    const addressOf = new Map(
      w.env.readSheet(PEOPLE_SHEET).map((r) => [nameKey(String(r[0])), String(r[1])]),
    );
    const sent = hourly(w.env, at);
    const told = previews.filter((p) => p.sendsNow);
    expect(told.map((p) => p.helper)).toContain("Ana Ruiz");
    for (const p of previews) {
      const to = addressOf.get(nameKey(p.helper ?? ""));
      const theirs = sent.filter(
        (m) => m.to === to && /^(What changed for you|Your tasks)/.test(m.subject),
      );
      if (p.sendsNow) {
        expect(theirs).toHaveLength(1);
        expect(withoutName(only(p))).toEqual(asPreviewed(theirs[0]));
      } else {
        expect(theirs).toEqual([]);
        expect(p.status).toMatch(/Nothing changed for/);
        expect(p.mails).toEqual([]);
      }
    }
    const ana = previews.find((p) => p.helper === "Ana Ruiz");
    expect(only(ana as MessagePreview).subject).toMatch(/^What changed for you/);
  });

  test("day-before reminders and standby notes: the previews are what 17:05 sends", () => {
    const w = example([
      ["Day-before reminders", "yes"],
      ["Standby notes to backups", "yes"],
    ]);
    turnOnScheduledMessages();
    const helpers = preview(w, "reminder").helpers;
    const due = helpers
      .flatMap((h) => [preview(w, "reminder", h), preview(w, "standby", h)])
      .filter((p) => /^Goes out today from 17:00/.test(p.status));
    expect(due.length).toBeGreaterThan(1);
    expect(due.some((p) => p.kind === "standby")).toBe(true);
    const sent = hourly(w.env, "2026-12-07T17:05:00Z").filter((m) =>
      /^(Tomorrow|On standby)/.test(m.subject),
    );
    expect(sent.map(asPreviewed).sort(bySubjectTo)).toEqual(
      due.flatMap((p) => p.mails.map(withoutName)).sort(bySubjectTo),
    );
  });

  test("a reminder that is switched off says so, and still shows itself", () => {
    const w = example([["Day-before reminders", "no"]]);
    const p = preview(w, "reminder");
    expect(p.status).toMatch(/^Off: the Settings row Day-before reminders is not yes/);
    expect(p.sendsNow).toBe(false);
    expect(only(p).subject).toMatch(/^Tomorrow: /);
  });

  test("the check-in: not due until Friday; the next one is exactly what Friday's run sends", () => {
    const w = example();
    turnOnScheduledMessages();
    const monday = preview(w, "check-in");
    expect(monday.status).toBe("No check-in is due until Friday 11 December, from 10:00.");
    expect(monday.sendsNow).toBe(false);
    expect(only(monday).to).toBe("maria@example.com");
    // The first check-in makes the form: until then its link is a stand-in.
    expect(monday.notes.join(" ")).toContain(LINK_MADE_WHEN_SENT);
    const firstRun = hourly(w.env, "2026-12-11T10:05:00Z").filter(
      (m) => m.to === "maria@example.com" && m.subject === only(monday).subject,
    );
    expect(firstRun).toHaveLength(1);
    expect(firstRun[0].body.replace(/https:\/\/\S+/, LINK_MADE_WHEN_SENT)).toBe(only(monday).body);

    const friday = preview(w, "check-in");
    expect(friday.status).toBe("No check-in is due until Friday 18 December, from 10:00.");
    const next = only(friday);
    const sent = hourly(w.env, "2026-12-18T10:05:00Z").filter(
      (m) => m.to === "maria@example.com" && m.subject === next.subject,
    );
    expect(sent).toHaveLength(1);
    expect(asPreviewed(sent[0])).toEqual(withoutName(next));
  });

  test("the daily summary is due at 09:00 and the run sends exactly the preview", () => {
    const w = example();
    turnOnScheduledMessages();
    const p = preview(w, "daily");
    expect(p.sendsNow).toBe(true);
    expect(p.status).toBe("Due now: the next hourly run (scheduled messages on) sends it.");
    const sent = hourly(w.env, w.env.clock.now().toISOString()).filter(
      (m) => m.to === "maria@example.com" && /^Today, /.test(m.subject),
    );
    expect(sent).toHaveLength(1);
    expect(asPreviewed(sent[0])).toEqual(withoutName(only(p)));
    expect(preview(w, "daily").status).toBe("Today's summary was sent already.");
  });

  test("the alert: none due on Monday, and the one it shows is what goes 48 hours before", () => {
    const w = example();
    turnOnScheduledMessages();
    const p = preview(w, "alert");
    expect(p.status).toBe("No alert: every high-priority visit in the next 48 hours has someone.");
    expect(p.sendsNow).toBe(false);
    const mail = only(p);
    expect(mail.to).toBe("priya.shah@example.com");
    expect(p.notes[0]).toBe(
      "The next high-priority visit with nobody is Morning dog walk on Saturday 12 December: if it still has nobody 48 hours before, this alert goes.",
    );
    // Every hour of Wednesday and Thursday: it goes 48 hours before Saturday morning.
    const sent: SentMail[] = [];
    runHourly(w.env, "2026-12-09T00:05:00Z", "2026-12-10T23:05:00Z");
    sent.push(...w.env.outbox.filter((m) => m.subject === mail.subject));
    expect(sent).toHaveLength(1);
    expect(asPreviewed(sent[0])).toEqual(withoutName(mail));
  });

  test("alerts due now: every one the preview shows is what the run sends", () => {
    const w = example();
    turnOnScheduledMessages();
    dropAna(w);
    const p = preview(w, "alert");
    expect(p.sendsNow).toBe(true);
    expect(p.mails.length).toBeGreaterThan(1);
    expect(p.status).toBe(
      `Due now: the next hourly run (scheduled messages on) sends all ${p.mails.length}, one for each visit.`,
    );
    const sent = hourly(w.env, w.env.clock.now().toISOString()).filter((m) =>
      /^No helper yet/.test(m.subject),
    );
    expect(sent.map(asPreviewed)).toEqual(p.mails.map(withoutName));
    expect(preview(w, "alert").status).toMatch(
      /^No new alert: the coordinator was already alerted/,
    );
  });

  test("the weekly note to the coordinator: goes at 11:00 on Friday, as previewed", () => {
    const w = example([["Weekly note to coordinator", "yes"]]);
    turnOnScheduledMessages();
    expect(preview(w, "coordinator-note").status).toBe(
      "No note is due until Friday 11 December, from 11:00.",
    );
    w.env.clock.set("2026-12-11T10:30:00Z");
    const p = preview(w, "coordinator-note");
    expect(p.status).toBe("Goes out today from 11:00.");
    const sent = hourly(w.env, "2026-12-11T11:05:00Z").filter((m) =>
      /^This week, in short/.test(m.subject),
    );
    expect(sent).toHaveLength(1);
    expect(asPreviewed(sent[0])).toEqual(withoutName(only(p)));
  });

  test("the step-in question is what the backup gets when the main helper can't make it", () => {
    const w = example();
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    const p = preview(w, "step-in");
    expect(p.sendsNow).toBe(false);
    const ask = only(p);
    expect(p.status).toMatch(/^Sent only if the main helper can't make /);
    // Who holds that visit: the day and need the question names.
    const session = openSession();
    const backup = session.map.people.find((x) => x.name.trim() === p.helper);
    const entry = session.roster.entries
      .filter((e) => e.date >= session.today && backup && e.backups.includes(backup))
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    const primary = entry.primaries[0];
    const brief = [...w.env.outbox].reverse().find((m) => m.to === primary.email);
    const link = brief?.body.match(LINK)?.[0];
    const form = w.forms.forms.find((f) => link?.includes(`/e/${f.id}-published`));
    if (!link || !form) throw new Error("the main helper has no link");
    // They tick that visit in their own section of the form: "<need> on <weekday> 8 December …".
    const day = new Date(`${entry.date}T12:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    });
    const need = entry.need.name.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const { failures } = submitLink(
      w.forms,
      link,
      { "What would you like to tell us?": "I can't make a date" },
      new RegExp(`^${need} on \\w+ ${day}\\b`),
    );
    expect(failures).toEqual([]);
    const sent = hourly(w.env, w.env.clock.now().toISOString()).filter(
      (m) => m.to === ask.to && m.subject === ask.subject,
    );
    expect(sent).toHaveLength(1);
    expect(asPreviewed(sent[0])).toEqual(withoutName(ask));
  });

  test("no preview carries a need's Details or anyone marked do not involve", () => {
    const w = example([
      ["Day-before reminders", "yes"],
      ["Standby notes to backups", "yes"],
      ["Weekly note to coordinator", "yes"],
    ]);
    sendBriefs({ onlyChanged: false });
    const helpers = preview(w, "brief").helpers;
    expect(helpers.some((h) => DO_NOT_INVOLVE.test(h))).toBe(false);
    let shown = 0;
    for (const kind of MESSAGE_KINDS)
      for (const helper of [undefined, ...helpers]) {
        const p = preview(w, kind, helper);
        const text = JSON.stringify(p);
        expect(text).not.toContain(DETAILS);
        expect(text).not.toMatch(DO_NOT_INVOLVE);
        shown += p.mails.length;
      }
    expect(shown).toBeGreaterThan(helpers.length * 4);
  });
});

function bySubjectTo(a: { subject: string; to: string }, b: { subject: string; to: string }) {
  const x = `${a.subject}|${a.to}`;
  const y = `${b.subject}|${b.to}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
