import {
  coordinatorOn,
  handovers,
  parseDateRanges,
  settingsOn,
} from "../../src/core/lifecycle/coordinators";
import { settings } from "./build-map";

describe("Coordinator away", () => {
  it("reads ranges and single dates, in order", () => {
    expect(parseDateRanges("2026-12-14 to 2026-12-16, 2026-12-09")).toEqual({
      ok: true,
      value: [
        { from: "2026-12-09", until: "2026-12-09" },
        { from: "2026-12-14", until: "2026-12-16" },
      ],
    });
    expect(parseDateRanges("")).toEqual({ ok: true, value: [] });
  });

  it("says what it could not read, and what would do", () => {
    const bad = parseDateRanges("next week");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/"next week" is not a date.*2027-01-04 to 2027-01-10/);
    const backwards = parseDateRanges("2026-12-16 to 2026-12-14");
    expect(backwards.ok).toBe(false);
    expect(parseDateRanges("2026-02-30").ok).toBe(false);
  });

  const map = settings({
    backupCoordinatorName: "Sam Okafor",
    backupCoordinatorEmail: "sam@example.com",
    coordinatorAway: [{ from: "2026-12-14", until: "2026-12-16" }],
  });

  it("names whoever coordinates on a date", () => {
    expect(coordinatorOn(map, "2026-12-13").name).toBe("Priya Shah");
    expect(coordinatorOn(map, "2026-12-14")).toEqual({
      name: "Sam Okafor",
      email: "sam@example.com",
      standIn: true,
    });
    expect(coordinatorOn(map, "2026-12-17").standIn).toBe(false);
    expect(settingsOn(map, "2026-12-15").coordinatorEmail).toBe("sam@example.com");
    expect(settingsOn(map, "2026-12-18")).toBe(map);
  });

  it("hands over on the first day away and on the day back", () => {
    expect(handovers(map).map((h) => [h.date, h.to.name])).toEqual([
      ["2026-12-14", "Sam Okafor"],
      ["2026-12-17", "Priya Shah"],
    ]);
    // Without a backup coordinator named, nobody stands in.
    const alone = settings({ coordinatorAway: [{ from: "2026-12-14", until: "2026-12-16" }] });
    expect(coordinatorOn(alone, "2026-12-14").name).toBe("Priya Shah");
    expect(handovers(alone)).toEqual([]);
  });
});
