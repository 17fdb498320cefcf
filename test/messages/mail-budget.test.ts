import { budgetText, mailBudget } from "../../src/core/messages/mail-budget";
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

  it("says when the quota is short, and what goes first", () => {
    const text = budgetText({ most: 6, day: "2027-03-02" }, 4);
    expect(text).toContain("about 6 scheduled emails");
    expect(text).toContain("That is more than is left today.");
    expect(text).toMatch(/in this order: helpers' changes, reminders, alerts/);
  });
});
