import type { AppsScriptEnv } from "../../src/fakes";
import { linkIn, submitLink } from "./change-link";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { SETTINGS_SHEET } from "../../src/sheets/columns";
import { readMap } from "../../src/sheets/read-map";
import { assignedKeys, heldKeys, replayCalendars } from "./calendar-replay";
import { alexInMarch, mapEnv, runHourly } from "./message-env";

// With "Backups step in: automatically", Grace's "can't make 17 March" makes Rosa, her backup,
// the main helper for that ride within the hour: no question, just what changed for each.
// (Grace and Owen offer the same Wednesday rides; the planner gives the tie to Grace by name.)

describe("a backup steps in automatically", () => {
  let env: AppsScriptEnv;
  let after: { to: string; subject: string }[] = [];
  beforeAll(() => {
    const sheets = alexInMarch();
    sheets[SETTINGS_SHEET] = [...sheets[SETTINGS_SHEET], ["Backups step in", "automatically"]];
    const made = mapEnv(sheets, "2027-02-26T15:00:00Z");
    env = made.env;
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    const link = linkIn(env.outbox, "grace.kim@example.com");
    const before = env.outbox.length;
    runHourly(env, "2027-03-08T16:05:00Z", "2027-03-08T17:05:00Z", (at) => {
      if (at.toISOString() === "2027-03-08T17:05:00.000Z")
        submitLink(
          made.forms,
          link,
          { "What would you like to tell us?": "I can't make a date" },
          /17 March/,
        );
    });
    after = env.outbox
      .slice(before)
      .filter((m) => m.to !== "alex@example.com")
      .map((m) => ({ to: m.to, subject: m.subject }));
  });

  it("tells Grace and Rosa what changed, in the same hour, and asks nobody", () => {
    // Owen, new to the map, becomes the ride's backup that day: he gets a whole brief.
    // In the order of the People sheet: Rosa, Owen, Grace.
    expect(after).toEqual([
      {
        to: "rosa.alvarez@example.com",
        subject:
          "What changed for you: Ride to appointment on Wednesday 17 March, 10:30-13:00 (and 1 more)",
      },
      { to: "owen.price@example.com", subject: "Your tasks helping Alex" },
      {
        to: "grace.kim@example.com",
        subject: "What changed for you: Ride to appointment on Wednesday 17 March, 10:30-13:00",
      },
    ]);
  });

  it("leaves each calendar it touched equal to its helper's assignments", () => {
    const values = Object.fromEntries(
      ["Settings", "Needs", "People", "Offers", "Assignments"].map((n) => [n, env.readSheet(n)]),
    );
    const { map } = readMap(values, { timeZone: "America/New_York", today: "2026-12-07" });
    const calendars = replayCalendars(env.outbox);
    for (const h of ["rosa.alvarez@example.com", "grace.kim@example.com", "owen.price@example.com"])
      expect(heldKeys(calendars.get(h), "2027-03-08")).toEqual(assignedKeys(map, h, "2027-03-08"));
    expect(assignedKeys(map, "rosa.alvarez@example.com")).toContain(
      "Ride to appointment|2027-03-17",
    );
  });
});
