import { NEEDS_COLUMNS, columnFor, normaliseHeader } from "../../src/sheets/columns";
import { readMap } from "../../src/sheets/read-map";
import { click, installEnv, uninstallEnv } from "./env";

// A header is found whatever its case, spacing or a note in brackets: the README's own label
// "Details (private)" is the Details column, and Set up never adds a second one beside it.

afterEach(uninstallEnv);

test("case, spacing and a bracketed note do not change which column a header means", () => {
  for (const header of [
    "Details (private)",
    "DETAILS",
    " details [for me] ",
    "Details\u00A0(private)",
  ])
    expect(columnFor(NEEDS_COLUMNS, header)?.key).toBe("details");
  expect(columnFor(NEEDS_COLUMNS, "Helpers (per time)")?.key).toBe("helpers");
  expect(columnFor(NEEDS_COLUMNS, "(private)")).toBeUndefined();
  expect(normaliseHeader("Max visits per week (optional)")).toBe(
    normaliseHeader("Max visits per week"),
  );
});

test("Set up keeps a Details (private) column and adds no second Details column", () => {
  const env = installEnv();
  env.writeSheet("Needs", [
    ["Need", "Type", "Priority", "Days", "Time", "Details (private)", "NOTES (mine)"],
    ["Night feeds", "childcare", "high", "daily", "night", "Baby is on formula", "ask Ben"],
  ]);
  click(env, "Set up support map");
  const [header, row] = env.readSheet("Needs");
  expect(header.filter((h) => /details/i.test(String(h)))).toEqual(["Details (private)"]);
  expect(header.filter((h) => /notes/i.test(String(h)))).toEqual(["NOTES (mine)"]);
  const all = Object.fromEntries(env.book.sheets.map((s) => [s.name, env.readSheet(s.name)]));
  const { map } = readMap(all, { timeZone: "Europe/London", today: "2026-12-07" });
  const { errors } = readMap(all, { timeZone: "Europe/London", today: "2026-12-07" });
  expect(errors.filter((e) => e.sheet === "Needs")).toEqual([]);
  expect(map.needs[0]).toMatchObject({ details: "Baby is on formula", notes: "ask Ben" });
  expect(row[5]).toBe("Baby is on formula");
  click(env, "Set up support map");
  expect(env.readSheet("Needs")[0]).toEqual(header);
});
