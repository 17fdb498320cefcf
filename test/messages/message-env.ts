import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addDays } from "../../src/core/dates";
import { ALEX } from "../../src/examples/alex";
import { createAppsScriptEnv, type AppsScriptEnv, type SentMail } from "../../src/fakes";
import { installFormApp, type FormsBoard } from "../../src/fakes/forms";
import { useClock } from "../../src/server/platform/clock";
import { runScheduledMessages } from "../../src/server/messages/dispatcher";
import { runPlan } from "../../src/server/plan/plan";
import { NEEDS_SHEET, SETTINGS_SHEET } from "../../src/sheets/columns";

// A support map in the in-memory Apps Script, with the message code's clock tied to the fake
// clock, FormApp installed, and the plan written to Assignments as the menu's Plan does.

export type Sheets = Record<string, unknown[][]>;

/** Every ISO date in every text cell moved by `days` (a multiple of 7 keeps the weekdays). */
export function shiftDates(sheets: Sheets, days: number): Sheets {
  const shift = (v: unknown) =>
    typeof v === "string" ? v.replace(/\d{4}-\d{2}-\d{2}/g, (d) => addDays(d, days)) : v;
  return Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [name, rows.map((r) => r.map(shift))]),
  );
}

export function setSetting(sheets: Sheets, label: string, value: unknown): Sheets {
  const rows = sheets[SETTINGS_SHEET].map((r) => (r[0] === label ? [r[0], value] : r));
  return { ...sheets, [SETTINGS_SHEET]: rows };
}

export function addNeed(sheets: Sheets, row: unknown[]): Sheets {
  return { ...sheets, [NEEDS_SHEET]: [...sheets[NEEDS_SHEET], row] };
}

/**
 * Alex's six weeks moved eight weeks later, to Mon 1 March - Sun 11 April 2027, in New York:
 * the clocks go forward on Sunday 14 March. One extra high-priority need nobody offers, on
 * Monday 15 March, for the coordinator's alert.
 */
export function alexInMarch(): Sheets {
  let sheets = shiftDates(ALEX, 56);
  sheets = setSetting(sheets, "Time zone", "America/New_York");
  sheets = setSetting(sheets, "Daily summary", "yes");
  // prettier-ignore
  sheets = addNeed(sheets, ["Hospital visit", "hospital visit", "practical", "high", "once 2027-03-15", "14:00-16:00", "in person", "", "", "", "no", "", "", ""]);
  return sheets;
}

export interface MapEnv {
  env: AppsScriptEnv;
  forms: FormsBoard;
}

export function mapEnv(
  sheets: Sheets,
  now: string,
  options: { mailQuota?: number; timeZone?: string; addOnTimedTriggers?: boolean } = {},
): MapEnv {
  const env = createAppsScriptEnv({
    timeZone: options.timeZone ?? "America/New_York",
    now,
    mailQuota: options.mailQuota ?? 100,
    addOnTimedTriggers: options.addOnTimedTriggers,
  });
  for (const [name, values] of Object.entries(sheets)) env.writeSheet(name, values);
  Object.assign(globalThis, env.globals);
  const forms = installFormApp(env);
  Object.assign(globalThis, { FormApp: env.globals.FormApp });
  useClock(() => env.clock.now());
  runPlan();
  return { env, forms };
}

/** Fires the dispatcher's trigger at minute 5 of every hour from `from` up to `until`. */
export function runHourly(
  env: AppsScriptEnv,
  from: string,
  until: string,
  each?: (at: Date) => void,
): void {
  const trigger = env.globals.ScriptApp.getProjectTriggers().find(
    (t) => t.getHandlerFunction() === "runScheduledMessages",
  );
  if (!trigger) throw new Error("Scheduled messages are not turned on");
  for (let t = Date.parse(from); t <= Date.parse(until); t += 3600_000) {
    env.clock.set(new Date(t).toISOString());
    each?.(new Date(t));
    env.fireTrigger(trigger, {}, { runScheduledMessages });
  }
}

/** Every email as files a person can open: .txt, .html, and attachments beside them. */
export function writeEmails(outbox: SentMail[], folder: string): void {
  const dir = join(__dirname, "../../test-output/emails", folder);
  mkdirSync(dir, { recursive: true });
  outbox.forEach((m, i) => {
    const base = `${String(i + 1).padStart(3, "0")}-${m.to.replace(/[^a-z0-9]+/gi, "_")}`;
    const head = `From: ${m.name}\nTo: ${m.to}\nReply-To: ${m.replyTo}\nDate: ${m.sentAt}\nSubject: ${m.subject}\n\n`;
    writeFileSync(join(dir, `${base}.txt`), head + m.body);
    writeFileSync(join(dir, `${base}.html`), m.htmlBody);
    for (const a of m.attachments) writeFileSync(join(dir, `${base}-${a.name}`), a.text);
  });
}

/** Everything a person could read in an email. */
export function mailText(m: SentMail): string {
  return [m.subject, m.body, m.htmlBody, ...m.attachments.map((a) => a.name + a.text)].join("\n");
}

const local = new Map<string, Intl.DateTimeFormat>();

/** "2027-03-05 10:05": the wall clock in a time zone, for the tests' own expectations. */
export function wallClock(iso: string | Date, timeZone = "America/New_York"): string {
  let f = local.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("sv-SE", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    local.set(timeZone, f);
  }
  return f.format(typeof iso === "string" ? new Date(iso) : iso);
}
