import { SETTING_KEYS } from "../../src/core/model";
import {
  SETTINGS_ROWS,
  SHEET_DEFS,
  SHEET_NAMES,
  columnFor,
  normaliseHeader,
  settingFor,
} from "../../src/sheets/columns";

describe("the sheet layout", () => {
  it("defines every sheet once, by its exported name", () => {
    expect(SHEET_DEFS.map((d) => d.name)).toEqual([...SHEET_NAMES]);
  });

  it.each(SHEET_DEFS.map((d) => [d.name, d] as const))(
    "gives every %s column a note, a width and a header no other column answers to",
    (_name, def) => {
      const seen = new Map<string, string>();
      for (const col of def.columns) {
        expect(col.note.length).toBeGreaterThan(10);
        expect(col.width).toBeGreaterThan(40);
        if (col.values) expect(col.values.length).toBeGreaterThan(1);
        for (const h of [col.header, ...col.aliases]) {
          const key = normaliseHeader(h);
          expect(seen.get(key) ?? col.key).toBe(col.key);
          seen.set(key, col.key);
        }
        expect(columnFor(def.columns, col.header)?.key).toBe(col.key);
      }
    },
  );

  it("finds headers without case, spaces or trailing punctuation", () => {
    const people = SHEET_DEFS.find((d) => d.name === "People")!;
    expect(columnFor(people.columns, "  max VISITS/week: ")?.key).toBe("maxVisitsPerWeek");
    expect(columnFor(people.columns, "Max visits per week")?.key).toBe("maxVisitsPerWeek");
    expect(columnFor(people.columns, "Favourite colour")).toBeUndefined();
  });

  it("lists every setting once, with a note, and finds them by label or alias", () => {
    expect(new Set(SETTINGS_ROWS.map((s) => s.key)).size).toBe(SETTINGS_ROWS.length);
    for (const s of SETTINGS_ROWS) {
      expect(s.note.length).toBeGreaterThan(10);
      expect(settingFor(s.label)?.key).toBe(s.key);
      for (const a of s.aliases) expect(settingFor(a)?.key).toBe(s.key);
    }
    expect(SETTINGS_ROWS.find((s) => s.key === "checkInDay")?.defaultValue).toBe("Friday");
    expect(SETTINGS_ROWS.find((s) => s.key === "maxTasks")?.defaultValue).toBe("2");
  });

  it("offers the usual types of help in the Needs dropdown and still accepts others", () => {
    const type = SHEET_DEFS.find((d) => d.name === "Needs")!.columns.find((c) => c.key === "type");
    expect(type?.freeText).toBe(true);
    expect(type?.values).toEqual(
      expect.arrayContaining(["meals", "rides", "pet care", "paperwork"]),
    );
  });
});

test("the Settings rows and the contract's setting keys are one list", () => {
  expect(SETTINGS_ROWS.map((s) => s.key)).toEqual([...SETTING_KEYS]);
});
