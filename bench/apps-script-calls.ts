import { createAppsScriptEnv } from "../src/fakes";
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

export const CALL_SIZES = [10, 200, 1000];

/** Set up (on a map typed in without formats or checks) and then Plan, at each size. */
export function measureAppsScriptCalls(sizes = CALL_SIZES, seed = 1): AppsScriptCalls[] {
  const rows: AppsScriptCalls[] = [];
  for (const helpers of sizes) {
    const env = createAppsScriptEnv({ timeZone: "Etc/UTC" });
    for (const [name, values] of Object.entries(mapToSheets(generateNetwork(helpers, seed))))
      env.writeSheet(name, values);
    // The server code finds the services as globals, as on Google's servers. The fakes'
    // console is left out so the bench's own output still reaches the terminal.
    const { console: _console, ...globals } = env.globals;
    const saved = Object.fromEntries(
      Object.keys(globals).map((k) => [k, (globalThis as Record<string, unknown>)[k]]),
    );
    Object.assign(globalThis, globals);
    try {
      env.resetCalls();
      runSetUp();
      rows.push({ operation: "Set up", helpers, calls: env.totalCalls() });
      env.resetCalls();
      runPlan();
      rows.push({ operation: "Plan", helpers, calls: env.totalCalls() });
    } finally {
      Object.assign(globalThis, saved);
    }
  }
  return rows;
}
