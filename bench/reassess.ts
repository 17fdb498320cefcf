import { requiredActions, runChangesScenario } from "../test/messages/changes-scenario";
import { dropoutOnce, type DropoutResult } from "./dropout";
import type { SectionRunner } from "./section";

// Reassess: a dropout moves only what it must, and six weeks of changes need the coordinator
// only for decisions a person must make.

export const reassessSection: SectionRunner = async ({ log, sizes, seeds, timeLimit }) => {
  const title = "Reassess: one helper drops out (the one holding the most seats), then a re-plan";
  const results: DropoutResult[] = [];
  for (const size of sizes.filter((s) => s <= 200))
    for (let seed = 1; seed <= (seeds ?? 3); seed++) {
      log(`Dropout at ${size} helpers, seed ${seed}…`);
      const r = await dropoutOnce(size, seed, timeLimit);
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
  const sum = (f: (r: DropoutResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const needless = sum((r) => r.othersLostNeedlessly);
  const needlessRows = sum((r) => r.rowsNeedless);
  const overRows = results.filter((r) => r.rowsChanged > r.rowsAllowed);
  const splits = results.flatMap((r) =>
    r.needlessSplits.map((x) => `${r.helpers} helpers, seed ${r.seed}: ${x}`),
  );
  const short = results.filter((r) => r.replanCovered < r.keepAllOptimum);
  const worst = results.reduce(
    (m, r) => Math.min(m, r.keepAllOptimum ? r.replanCovered / r.keepAllOptimum : 1),
    1,
  );
  const ratio = (a: number, b: number) => (b ? a / b : 1).toFixed(3);
  return {
    title,
    header: [
      "helpers",
      "seed",
      "seats forced",
      "rows forced",
      "rows changed",
      "taking seats",
      "for higher",
      "needless",
      "allowed",
      "needless splits",
      "others' seats lost",
      "for higher",
      "needlessly",
      "vs keep-all",
      "vs optimum",
    ],
    rows: results.map((r) => [
      String(r.helpers),
      String(r.seed),
      String(r.forcedSeats),
      String(r.rowsForced),
      String(r.rowsChanged),
      String(r.rowsTakingSeats),
      String(r.rowsForHigher),
      String(r.rowsNeedless),
      String(r.rowsAllowed),
      String(r.needlessSplits.length),
      String(r.othersLost),
      String(r.othersLostForHigher),
      String(r.othersLostNeedlessly),
      ratio(r.replanCovered, r.keepAllOptimum),
      ratio(r.replanCovered, r.optimum) + (r.proved ? "" : " (unproved)"),
    ]),
    notes: [
      "Seats forced: the dropped helper's seats, main helper and backup. Rows forced: the rows holding them (bench/seat-changes.ts).",
      "Rows changed = rows forced + rows of people taking the freed seats (or gaps) + rows of people who gave up a seat for a higher-priority visit + needless rows.",
      "Allowed: the most rows a re-plan that moves only what it must changes (bench/freed-rows.ts). Each row released (it held a forced seat, or a seat given up for a higher priority) goes, and one new row of one person takes its dates: 2 a row. More only where nobody could hold every date the row freed, within their limits and the rest of the plan as it is (then each further row taking its dates), plus new rows holding no freed date (what someone kept, written again; a gap filled).",
      "Needless splits: released rows whose dates went to several people although one person could have held them all.",
      ...splits.map((x) => `  needless split: ${x}`),
      "Others' seats lost: seats people who were not dropped held before and not after; for higher: they now hold a main-helper seat of higher priority (or, as backup, stepped in as main helper of that visit); needlessly: neither.",
      "vs keep-all: weighted coverage after the re-plan over the best plan that keeps every unforced main-helper seat. vs optimum: over the best plan of all, which may move anyone (HiGHS).",
      `Six weeks with changes (test/messages/changes-scenario.ts): the coordinator's required actions: ${actions.length} (${actions.join("; ")}).`,
    ],
    json: { reassess: { dropouts: results, coordinatorActions: actions } },
    targets: [
      {
        section: title,
        name: "seats others lost needlessly after a dropout",
        want: "0",
        got: String(needless),
        pass: needless === 0,
      },
      {
        section: title,
        name: "rows changed beyond forced, taking seats and higher priority",
        want: "0",
        got: String(needlessRows),
        pass: needlessRows === 0,
      },
      {
        section: title,
        name: "rows changed vs rows the change forced (≤ allowed)",
        want: "≤ allowed on every network",
        got: overRows.length
          ? overRows
              .map((r) => `${r.helpers}/${r.seed}: ${r.rowsChanged} > ${r.rowsAllowed}`)
              .join(", ")
          : `all within (${sum((r) => r.rowsChanged)} changed, ${sum((r) => r.rowsAllowed)} allowed)`,
        pass: overRows.length === 0,
      },
      {
        section: title,
        name: "freed rows split though one person could take them whole",
        want: "0",
        got: String(splits.length),
        pass: splits.length === 0,
      },
      {
        section: title,
        name: "re-plan coverage vs the best plan keeping every unforced seat",
        want: "≥ 1.000 on every network",
        got: `${short.length} short, worst ${worst.toFixed(3)}`,
        pass: short.length === 0,
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
