import fc from "fast-check";
import { freeWindows, PERIOD_ORDER, type FreeGrid } from "../../src/core/free-times";
import type { Weekday } from "../../src/core/model";
import { parseDays, parseTime, PERIODS } from "../../src/core/schedule";

// The form's grid (days × morning/afternoon/evening/night) as Offers rows in the schedule language.

describe("free times from the form's grid", () => {
  test("days sharing a window share a row; neighbouring periods join; all four is any", () => {
    const grid: FreeGrid = {
      1: ["morning"],
      2: ["morning"],
      3: ["morning", "evening"],
      4: ["morning"],
      5: ["morning"],
      6: ["morning", "afternoon"],
      7: ["night", "evening", "afternoon", "morning"],
    };
    expect(freeWindows(grid).map((w) => [w.daysText, w.timeText])).toEqual([
      ["Sun", "any"],
      ["weekdays", "morning"],
      ["Sat", "06:00-17:00"],
      ["Wed", "evening"],
    ]);
  });

  test("evening and night make one window to midnight; nothing ticked is no row", () => {
    expect(freeWindows({ 6: ["evening", "night"], 7: ["evening", "night"] })).toMatchObject([
      { daysText: "weekends", timeText: "17:00-24:00" },
    ]);
    expect(freeWindows({})).toEqual([]);
    expect(freeWindows({ 2: [] })).toEqual([]);
  });

  const period = fc.constantFrom(...PERIOD_ORDER);
  const grids = fc.dictionary(
    fc.constantFrom("1", "2", "3", "4", "5", "6", "7"),
    fc.uniqueArray(period, { maxLength: 4 }),
  );

  test("every row reads back in the schedule language, and covers exactly the ticked boxes", () => {
    fc.assert(
      fc.property(grids, (raw) => {
        const grid = raw as unknown as FreeGrid;
        const windows = freeWindows(grid);
        const covered = new Set<string>();
        for (const w of windows) {
          const days = parseDays(w.daysText);
          const time = parseTime(w.timeText);
          expect(days.ok && time.ok).toBe(true);
          if (!days.ok || !time.ok || days.value.kind !== "weekly") return false;
          expect(days.value.weekdays).toEqual(w.weekdays);
          expect([time.value.start, time.value.end]).toEqual([w.start, w.end]);
          for (const d of w.weekdays)
            for (const p of PERIOD_ORDER) {
              const inside = PERIODS[p].start >= w.start && PERIODS[p].end <= w.end;
              if (!inside) continue;
              const key = `${d} ${p}`;
              expect(covered.has(key)).toBe(false);
              covered.add(key);
            }
        }
        const ticked = new Set(
          Object.entries(grid).flatMap(([d, ps]) => (ps ?? []).map((p) => `${d} ${p}`)),
        );
        expect(covered).toEqual(ticked);
        // One row per distinct window: no two rows have the same time.
        expect(new Set(windows.map((w) => w.timeText)).size).toBe(windows.length);
        return windows.every((w) => w.weekdays.every((d: Weekday) => d >= 1 && d <= 7));
      }),
    );
  });
});
