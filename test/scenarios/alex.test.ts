import { describeSchedule } from "../../src/core/words";
import { parseDays, parseTime } from "../../src/core/schedule";
import { ALEX } from "../../src/examples/alex";
import { planSheets } from "./plan-example";

// Scenario 2 of shared/scenarios.md: six weeks of surgery recovery.

describe("Alex: six weeks of recovery", () => {
  const { map, result } = planSheets(ALEX);
  const rows = result.assignments;

  it("reads with no cell errors and twelve people", () => {
    expect(result.report.errors).toEqual([]);
    expect(map.people).toHaveLength(12);
  });

  it("gives every ride a primary and a different backup", () => {
    const need = map.needs.find((n) => n.name === "Ride to appointment");
    expect(need).toBeDefined();
    for (const date of ["2027-01-06", "2027-01-20", "2027-02-03"]) {
      const primary = rows.filter(
        (a) => a.need === need?.name && a.role === "primary" && a.occurrences.includes(date),
      );
      const backup = rows.filter(
        (a) => a.need === need?.name && a.role === "backup" && a.occurrences.includes(date),
      );
      expect(primary).toHaveLength(1);
      expect(backup).toHaveLength(1);
      expect(backup[0].person).not.toBe(primary[0].person);
    }
  });

  it("holds nobody to more than two tasks, and flags Rosa as over-eager with backup roles", () => {
    for (const h of result.report.helpers) expect(h.tasks).toBeLessThanOrEqual(2);
    expect(result.report.overEager).toContain("Rosa Alvarez");
    const rosa = result.report.helpers.find((h) => h.person === "Rosa Alvarez");
    expect(rosa?.tasks).toBeLessThanOrEqual(2);
    expect(rosa?.backupRoles).toBeGreaterThanOrEqual(2);
  });

  it("never assigns or names Sam", () => {
    expect(JSON.stringify(result)).not.toContain("Sam Reed");
  });

  it("refers the physiotherapy need instead of giving it to a peer", () => {
    expect(result.report.referrals.map((r) => r.need)).toEqual(["Physiotherapy plan"]);
    expect(rows.some((a) => a.need === "Physiotherapy plan")).toBe(false);
  });

  it("plans no in-person occurrence before 10:00", () => {
    for (const a of rows) {
      const need = map.needs.find((n) => n.name === a.need);
      if (need?.mode !== "in person") continue;
      const t = parseTime(a.timeText);
      expect(t.ok && t.value.start).toBeGreaterThanOrEqual(600);
    }
  });

  it("stops dinners after week 4 and reminders after week 2", () => {
    const last = (need: string) =>
      rows
        .filter((a) => a.need === need)
        .flatMap((a) => a.occurrences)
        .sort()
        .pop();
    expect(last("Dinner")).toBe("2027-01-28");
    expect(last("Medication reminder")).toBe("2027-01-17");
  });

  it("covers every need but the referral", () => {
    expect(result.report.gaps.filter((g) => g.role === "primary")).toEqual([]);
  });

  it("describes a recurring slot in plain words, as in the guide", () => {
    const days = parseDays("Tue, Thu");
    const time = parseTime("evening");
    if (!days.ok || !time.ok) throw new Error("bad fixture");
    const dates = [
      "2027-01-05",
      "2027-01-07",
      "2027-01-12",
      "2027-01-14",
      "2027-01-19",
      "2027-01-21",
      "2027-01-26",
      "2027-01-28",
    ];
    expect(describeSchedule({ dates, days: days.value, time: time.value })).toBe(
      "every Tuesday and Thursday evening from 5 January to 28 January",
    );
    for (const a of rows) expect(a.description).toMatch(/^(every|on) /);
  });
});
