import type { AppsScriptEnv } from "../../src/fakes";
import { planText } from "../../src/cli/plan";
import { planSupport } from "../../src/core/planner";
import { readMap } from "../../src/sheets/read-map";
import { getPanel } from "../../src/server/panel/panel";
import { click, installEnv, uninstallEnv } from "./env";

// A need, offer or person whose Days or Time cannot be read never drops out of view: it is
// counted with the others, listed first as "can't read" with the cell and the fix, high priority
// first, in the panel and in npm run plan; and nothing claims what it could contradict.

afterEach(uninstallEnv);

function withExample(): AppsScriptEnv {
  const env = installEnv({ htmlFiles: { Sidebar: "<!doctype html><title>panel</title>" } });
  click(env, "Set up with the example");
  return env;
}

/** Types rows under a sheet's last row, as a coordinator would (into Set up's formats). */
function typeRows(env: AppsScriptEnv, name: string, rows: string[][]): number {
  const sheet = env.spreadsheet.getSheetByName(name)!;
  const first = sheet.getLastRow() + 1;
  sheet.getRange(first, 1, rows.length, rows[0].length).setValues(rows);
  return first;
}

function allSheets(env: AppsScriptEnv) {
  return Object.fromEntries(env.book.sheets.map((s) => [s.name, env.readSheet(s.name)]));
}

test("unreadable rows are counted, listed first with the fix, and contradict nothing", () => {
  const env = withExample();
  const typedNeeds = env
    .readSheet("Needs")
    .slice(1)
    .filter((r) => r[0] !== "").length;
  const low = typeRows(env, "Needs", [
    [
      "Tidy garden",
      "house care",
      "practical",
      "low",
      "fortnightly-ish",
      "morning",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ],
  ]);
  const night = typeRows(env, "Needs", [
    [
      "Night feeds",
      "night feeds",
      "practical",
      "high",
      "daily",
      "10-2 or so",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ],
  ]);
  const offer = typeRows(env, "Offers", [
    ["Ana Ruiz", "night feeds", "daily", "night", "in person", "", "", "no", ""],
    ["Ben Okafor", "pet care", "someday", "morning", "in person", "", "", "no", ""],
  ]);

  const panel = getPanel();
  // Every need typed is counted: the ones read and the ones that cannot be read.
  const unreadNeeds = panel.unread.filter((u) => u.sheet === "Needs");
  expect(panel.coverage.needs.length + unreadNeeds.length).toBe(typedNeeds + 2);
  // High priority first, then the low one, then the offer.
  expect(panel.unread.map((u) => [u.sheet, u.row, u.label, u.priority])).toEqual([
    ["Needs", night, "Night feeds", "high"],
    ["Needs", low, "Tidy garden", "low"],
    ["Offers", offer + 1, "Ben Okafor: pet care", "high"],
  ]);
  expect(panel.unread[0].text).toContain(
    `Needs row ${night} (Night feeds, high priority) can't be read.`,
  );
  expect(panel.unread[0].text).toContain('Time "10-2 or so"');
  expect(panel.summary).toMatch(/^2 needs can't be read, 1 offer or person row can't be read, /);

  // The night-feeds offer is not called unneeded: the need it is for cannot be read yet.
  const ana = panel.unusedOffers.find((u) => u.person === "Ana Ruiz" && u.type === "night feeds");
  expect(ana?.why).not.toMatch(/Nobody needs/);
  expect(ana?.why).toContain(`Needs row ${night} can't be read yet`);
  // A gap for pet care does not say nobody offers it without naming the offer that can't be read.
  for (const g of panel.gaps.flatMap((x) => x.gaps))
    if (/Nobody who may be asked offers pet care/.test(g.explanation))
      expect(g.explanation).toContain(`Offers row ${offer + 1} can't be read yet`);

  // npm run plan puts them first, and makes no claim of full coverage.
  const { map, errors } = readMap(allSheets(env), {
    timeZone: "Europe/London",
    today: "2026-12-07",
  });
  const text = planText(planSupport(map, { errors }), "example");
  expect(text.startsWith("CAN'T READ (3): fix these, then plan again\n- Needs row")).toBe(true);
  expect(text).toMatch(/Night feeds\s+high\s+\?\s+\?\s+can't read \(Needs row \d+\)/);
  expect(text).not.toContain("Nobody needs night feeds");
  expect(text).not.toContain("None: every visit has someone.");
});

test("a pinned row that no longer fits is named in the panel and the plan output, and stays pinned", () => {
  const env = withExample();
  click(env, "Plan");
  const sheet = env.spreadsheet.getSheetByName("Assignments")!;
  const [header, ...rows] = env.readSheet("Assignments");
  const at = rows.findIndex((r) => r[header.indexOf("Role")] === "primary");
  const person = String(rows[at][header.indexOf("Person")]);
  const need = String(rows[at][header.indexOf("Need")]);
  sheet.getRange(at + 2, header.indexOf("Pinned") + 1).setValue("yes");
  // The person is paused for the whole map.
  const people = env.readSheet("People");
  const p = people.findIndex((r) => r[0] === person);
  env.spreadsheet
    .getSheetByName("People")!
    .getRange(p + 1, people[0].indexOf("Status") + 1)
    .setValue("paused");

  const panel = getPanel();
  expect(panel.pinWarnings).toHaveLength(1);
  expect(panel.pinWarnings[0]).toContain(`Assignments row ${at + 2} (${person}, ${need}, primary)`);
  expect(panel.pinWarnings[0]).toMatch(new RegExp(`${person} is paused on all \\d+ of its dates`));
  expect(panel.summary).toContain("1 pinned row no longer fits");
  const { map, errors } = readMap(allSheets(env), {
    timeZone: "Europe/London",
    today: "2026-12-07",
  });
  expect(planText(planSupport(map, { errors }), "example")).toContain(
    `PINNED ROWS THAT NO LONGER FIT (1)\n- Assignments row ${at + 2}`,
  );

  click(env, "Plan");
  const after = env.readSheet("Assignments");
  const kept = after.find(
    (r) => r[header.indexOf("Person")] === person && r[header.indexOf("Need")] === need,
  );
  expect(kept?.[header.indexOf("Pinned")]).toBe("yes");
});

test("a pinned row whose need changed is named with what changed, and stays pinned", () => {
  const env = withExample();
  click(env, "Plan");
  const sheet = env.spreadsheet.getSheetByName("Assignments")!;
  const [header, ...rows] = env.readSheet("Assignments");
  const at = rows.findIndex((r) => r[header.indexOf("Time")] === "morning");
  const need = String(rows[at][header.indexOf("Need")]);
  sheet.getRange(at + 2, header.indexOf("Pinned") + 1).setValue("yes");
  const needs = env.readSheet("Needs");
  const n = needs.findIndex((r) => r[0] === need);
  env.spreadsheet
    .getSheetByName("Needs")!
    .getRange(n + 1, needs[0].indexOf("Time") + 1)
    .setValue("evening");

  const [warning] = getPanel().pinWarnings;
  expect(warning).toContain(`Assignments row ${at + 2}`);
  expect(warning).toContain(`${need} is now at evening, the row says morning`);
  expect(warning).toContain("It stays pinned");
});
