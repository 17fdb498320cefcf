import { weekday } from "../../src/core/dates";
import type { PlannedAssignment } from "../../src/core/plan-types";
import { MARIA, MARIA_STEPS } from "../../src/examples/maria";
import { applyStep } from "../../src/examples/steps";
import { planSheets } from "./plan-example";

// Scenario 1 of shared/scenarios.md, end to end through the sheets: every bullet of
// "what the plan must show", then Maria's three re-planning steps.

const rowsFor = (rows: PlannedAssignment[], need: string, role = "primary") =>
  rows.filter((a) => a.need === need && a.role === role);
const key = (a: PlannedAssignment) =>
  `${a.need}|${a.person}|${a.role}|${a.daysText}|${a.timeText}|${a.from}|${a.until}`;

describe("Maria: two weeks away", () => {
  const first = planSheets(MARIA);
  const { result } = first;
  const rows = result.assignments;

  it("reads with no cell errors", () => {
    expect(result.report.errors).toEqual([]);
  });

  it("gives weekday morning walks to Ana and evening walks to Ben, every week", () => {
    const morning = rowsFor(rows, "Morning dog walk");
    expect(morning.map((a) => [a.person, a.daysText, a.from, a.until])).toEqual([
      ["Ana Ruiz", "weekdays", "2026-12-07", "2026-12-18"],
    ]);
    expect(morning[0].occurrences).toHaveLength(10);
    const evening = rowsFor(rows, "Evening dog walk");
    expect(evening.map((a) => [a.person, a.daysText, a.from, a.until])).toEqual([
      ["Ben Okafor", "weekdays", "2026-12-07", "2026-12-18"],
    ]);
  });

  it("shows the weekend walks as a gap that never names Tomas", () => {
    const gaps = result.report.gaps.filter((g) => g.role === "primary");
    expect(gaps.map((g) => g.need).sort()).toEqual(["Evening dog walk", "Morning dog walk"]);
    for (const g of gaps) {
      expect(g.occurrences).toEqual(["2026-12-12", "2026-12-13", "2026-12-19", "2026-12-20"]);
      expect(g.explanation).toBe(
        `Nobody who may be asked offers pet care on weekends in the ${g.need.startsWith("Morning") ? "morning" : "evening"}.`,
      );
      expect(g.suggestion).toMatch(/^Ask for someone free weekends/);
    }
    const everything = JSON.stringify(result);
    expect(everything).not.toContain("Tomas");
  });

  it("gives plants and mail to Chloe: her two tasks", () => {
    expect(rowsFor(rows, "Water the plants").map((a) => a.person)).toEqual(["Chloe Martin"]);
    expect(rowsFor(rows, "Check the mail").map((a) => a.person)).toEqual(["Chloe Martin"]);
    expect(result.report.helpers.find((h) => h.person === "Chloe Martin")?.tasks).toBe(2);
  });

  it("gives the work need to Dev with Priya as backup", () => {
    expect(rowsFor(rows, "Cover the client report").map((a) => a.person)).toEqual(["Dev Patel"]);
    expect(rowsFor(rows, "Cover the client report", "backup").map((a) => a.person)).toEqual([
      "Priya Shah",
    ]);
  });

  it("shares the daily call among Eli, Fatima and Ivy by whole weekdays, nobody over two tasks", () => {
    const calls = rowsFor(rows, "Call to vent (10 min)");
    const people = new Set(calls.map((a) => a.person));
    expect(people.size).toBeGreaterThanOrEqual(2);
    for (const p of people) expect(["Eli Cohen", "Fatima Noor", "Ivy Chen"]).toContain(p);
    const holder = new Map<number, string>();
    for (const a of calls)
      for (const d of a.occurrences) {
        const day = weekday(d);
        expect(holder.get(day) ?? a.person).toBe(a.person);
        holder.set(day, a.person);
      }
    expect(holder.size).toBe(7);
    for (const h of result.report.helpers) expect(h.tasks).toBeLessThanOrEqual(2);
  });

  it("backs up every high-priority need with someone other than its primary, Priya where nobody else can", () => {
    for (const need of ["Morning dog walk", "Evening dog walk", "Cover the client report"]) {
      const backups = rowsFor(rows, need, "backup");
      const primaries = rowsFor(rows, need);
      expect(backups.map((a) => a.person)).toEqual(["Priya Shah"]);
      for (const b of backups)
        for (const d of b.occurrences)
          expect(
            primaries.filter((p) => p.occurrences.includes(d)).map((p) => p.person),
          ).not.toContain(b.person);
    }
    expect(result.report.helpers.find((h) => h.person === "Priya Shah")?.tasks).toBe(0);
  });

  it("reports Gus's and Hana's offers as unused, not as gaps", () => {
    expect(result.report.unusedOffers.map((u) => `${u.person}: ${u.why}`)).toEqual([
      "Gus Lindqvist: Nobody needs meals.",
      "Hana Sato: Nobody needs rides.",
    ]);
    expect(result.report.gaps.map((g) => g.need)).not.toContain("meals");
  });

  it("keeps the private detail out of every plan output", () => {
    expect(JSON.stringify(result)).not.toContain("ICU");
  });

  it("re-plans through the three steps of the walkthrough", () => {
    const step1 = planSheets(applyStep(first.sheets, MARIA_STEPS[0]));
    const keys1 = step1.result.assignments.map(key);
    for (const a of rows) expect(keys1).toContain(key(a));
    expect(step1.result.report.gaps.filter((g) => g.role === "primary")).toEqual([]);
    const kim = step1.result.assignments.filter((a) => a.person === "Kim Park");
    expect(kim.map((a) => [a.need, a.daysText, a.from, a.until])).toEqual([
      ["Morning dog walk", "weekends", "2026-12-12", "2026-12-20"],
      ["Evening dog walk", "weekends", "2026-12-12", "2026-12-20"],
    ]);
    expect(step1.result.report.helpers.find((h) => h.person === "Kim Park")?.tasks).toBe(2);

    const step2 = planSheets(applyStep(step1.sheets, MARIA_STEPS[1]));
    const gaps2 = step2.result.report.gaps.filter((g) => g.role === "primary");
    expect(gaps2.map((g) => [g.need, g.occurrences])).toEqual([
      ["Morning dog walk", ["2026-12-19", "2026-12-20"]],
      ["Evening dog walk", ["2026-12-19", "2026-12-20"]],
    ]);
    expect(gaps2[0].explanation).toContain("Kim Park");
    for (const need of ["Morning dog walk", "Evening dog walk"]) {
      const b = rowsFor(step2.result.assignments, need, "backup");
      expect(b.filter((a) => a.occurrences.includes("2026-12-19")).map((a) => a.person)).toEqual([
        "Priya Shah",
      ]);
      expect(
        rowsFor(step2.result.assignments, need).find((a) => a.person === "Kim Park")?.occurrences,
      ).toEqual(["2026-12-12", "2026-12-13"]);
    }

    const step3 = planSheets(applyStep(step2.sheets, MARIA_STEPS[2]));
    expect(step3.result.report.gaps.filter((g) => g.role === "primary")).toEqual([]);
    const keys2 = step2.result.assignments.map(key);
    const keys3 = step3.result.assignments.map(key);
    for (const k of keys2) expect(keys3).toContain(k);
    const added = step3.result.assignments.filter((a) => !keys2.includes(key(a)));
    expect(added.map((a) => [a.need, a.person, a.occurrences])).toEqual([
      ["Morning dog walk", "Lena Ortiz", ["2026-12-19"]],
      ["Morning dog walk", "Marco Bianchi", ["2026-12-20"]],
      ["Evening dog walk", "Lena Ortiz", ["2026-12-19"]],
      ["Evening dog walk", "Marco Bianchi", ["2026-12-20"]],
    ]);
  });
});
