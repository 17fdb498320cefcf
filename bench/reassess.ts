import { requiredActions, runChangesScenario } from "../test/messages/changes-scenario";
import { dropoutOnce, type DropoutResult } from "./dropout";
import type { SectionRunner } from "./section";

// Reassess: a dropout moves only what it must, and six weeks of changes need the coordinator
// only for decisions a person must make.

export const reassessSection: SectionRunner = async ({ log, sizes, seeds }) => {
  const title = "Reassess: one helper drops out (the one holding the most seats), then a re-plan";
  const results: DropoutResult[] = [];
  for (const size of sizes.filter((s) => s <= 200))
    for (let seed = 1; seed <= (seeds ?? 3); seed++) {
      log(`Dropout at ${size} helpers, seed ${seed}…`);
      const r = dropoutOnce(size, seed);
      if (r) results.push(r);
    }
  log("Six weeks with dropouts, a swap and a missed visit (in-memory Apps Script)…");
  // The scenario installs the fake Apps Script globals (console among them): put ours back.
  const saved = Object.getOwnPropertyDescriptors(globalThis);
  const scenario = runChangesScenario();
  for (const key of Object.getOwnPropertyNames(globalThis))
    if (!(key in saved)) Reflect.deleteProperty(globalThis, key);
  for (const [key, d] of Object.entries(saved))
    if (d.configurable) Object.defineProperty(globalThis, key, d);
  const actions = requiredActions(scenario, "jordan.blake@example.com");
  const fewer = results.reduce((n, r) => n + r.othersFewer, 0);
  return {
    title,
    header: [
      "helpers",
      "seed",
      "seats forced",
      "others' seats moved",
      "for a higher priority",
      "others left with fewer",
      "rows changed",
      "rows forced",
    ],
    rows: results.map((r) => [
      String(r.helpers),
      String(r.seed),
      String(r.forcedSeats),
      String(r.othersLost),
      String(r.othersLostForHigher),
      String(r.othersFewer),
      String(r.rowsChanged),
      String(r.rowsForced),
    ]),
    notes: [
      "Seats forced: the dropped helper's main-helper visits. Rows forced: their Assignments rows.",
      "Others left with fewer: visits short of what each other helper held before, leaving out anyone who took a higher-priority visit instead.",
      `Six weeks with changes (test/messages/changes-scenario.ts): the coordinator's required actions: ${actions.length} (${actions.join("; ")}).`,
    ],
    json: { reassess: { dropouts: results, coordinatorActions: actions } },
    targets: [
      {
        section: title,
        name: "others left with fewer seats after a dropout",
        want: "0",
        got: String(fewer),
        pass: fewer === 0,
      },
      {
        section: title,
        name: "coordinator's required actions in six weeks with changes",
        want: "≤ 6",
        got: String(actions.length),
        pass: actions.length <= 6,
      },
    ],
  };
};
