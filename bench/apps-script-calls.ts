import { createAppsScriptEnv } from "../src/fakes";
import { installFormApp } from "../src/fakes/forms";
import * as entryPoints from "../src/server/index";
import { sendBriefs } from "../src/server/messages/briefs";
import { useClock } from "../src/server/platform/clock";
import { runPlan } from "../src/server/plan/plan";
import { runSetUp } from "../src/server/setup/setup";
import { mapToSheets } from "../src/sheets/write-assignments";
import { generateNetwork } from "./generate";

// How many Apps Script calls Set up and Plan make on maps of different sizes, counted by the
// in-memory Apps Script. Each call to Google costs time and quota, so the target is the same
// count at every size: each sheet read once and written once, never a call per row.

export interface AppsScriptCalls {
  operation: string;
  helpers: number;
  calls: number;
}

export const CALL_SIZES = [10, 50, 200, 1000];
/**
 * The plan after briefs is measured up to 200 helpers: briefing 1000 through the in-memory Forms
 * (a section per helper) takes over a minute, and test/messages/change-record-scale.test.ts
 * already covers that size.
 */
export const AFTER_BRIEFS_MAX = 200;

/**
 * Set up (on a map typed in without formats or checks) and the first Plan at each size, and with
 * afterBriefs a Plan after briefs went out (the way a coordinator re-plans: the change form's
 * sections are then kept up to date).
 */
export function measureAppsScriptCalls(
  sizes = CALL_SIZES,
  seed = 1,
  { afterBriefs = false } = {},
): AppsScriptCalls[] {
  const rows: AppsScriptCalls[] = [];
  for (const helpers of sizes) {
    const env = createAppsScriptEnv({
      timeZone: "Etc/UTC",
      now: "2026-12-07T09:00:00Z",
      mailQuota: 1500,
    });
    installFormApp(env, { scope: entryPoints });
    for (const [name, values] of Object.entries(mapToSheets(generateNetwork(helpers, seed))))
      env.writeSheet(name, values);
    // The server code finds the services as globals, as on Google's servers. The fakes'
    // console is left out so the bench's own output still reaches the terminal.
    const { console: _console, ...globals } = env.globals;
    const saved = Object.fromEntries(
      Object.keys(globals).map((k) => [k, (globalThis as Record<string, unknown>)[k]]),
    );
    Object.assign(globalThis, globals);
    useClock(() => env.clock.now());
    try {
      env.resetCalls();
      runSetUp();
      rows.push({ operation: "Set up", helpers, calls: env.totalCalls() });
      env.resetCalls();
      runPlan();
      rows.push({ operation: "Plan", helpers, calls: env.totalCalls() });
      if (afterBriefs && helpers <= AFTER_BRIEFS_MAX) {
        sendBriefs({ onlyChanged: false });
        env.resetCalls();
        runPlan();
        rows.push({ operation: "Plan after briefs", helpers, calls: env.totalCalls() });
      }
    } finally {
      useClock(undefined);
      Object.assign(globalThis, saved);
    }
  }
  return rows;
}
