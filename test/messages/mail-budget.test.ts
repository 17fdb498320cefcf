import { busiestMailDay, mailBudget } from "../../src/core/messages/mail-budget";
import { buildRoster } from "../../src/core/messages/roster";
import { readMap } from "../../src/sheets/read-map";
import { alexInMarch, mapEnv } from "./message-env";

// Emails a day against the quota, counted by hand from Alex's plan: on Tuesday 2 March, Alex's
// daily summary, and for Wednesday 3 March reminders to Owen (ride), Leo (call) and Mei
// (medication) and standby notes to Rosa for the ride and the call: 6.

describe("the emails a day the map needs", () => {
  const { env } = mapEnv(alexInMarch(), "2027-02-26T15:00:00Z");
  const values = Object.fromEntries(
    ["Settings", "Needs", "People", "Offers", "Assignments"].map((n) => [n, env.readSheet(n)]),
  );
  const { map } = readMap(values, { timeZone: "America/New_York", today: "2026-12-07" });
  const roster = buildRoster(map);
  const base = { settings: map.settings, roster, today: "2027-03-01" };

  it("counts reminders, standby notes, the summary and the check-in on the busiest day", () => {
    expect(mailBudget({ ...base, reminders: true, standby: true, coordinatorNote: false })).toEqual(
      { most: 6, day: "2027-03-02" },
    );
    // Without reminders: the summary every day, and the check-in on Fridays.
    expect(
      mailBudget({ ...base, reminders: false, standby: false, coordinatorNote: true }),
    ).toEqual({ most: 3, day: "2027-03-05" });
  });

  it("gives the busiest day's count by kind", () => {
    // Hand-counted above: 1 summary, 3 reminders (Owen, Leo, Mei), 2 standby notes (Rosa).
    expect(
      busiestMailDay({ ...base, reminders: true, standby: true, coordinatorNote: true }),
    ).toEqual({
      day: "2027-03-02",
      total: 6,
      counts: { summary: 1, checkIn: 0, coordinatorNote: 0, reminders: 3, standby: 2 },
    });
  });
});
