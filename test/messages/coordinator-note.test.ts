import type { AppsScriptEnv, SentMail } from "../../src/fakes";
import { linkIn, submitLink } from "./change-link";
import { sendBriefs } from "../../src/server/messages/briefs";
import { turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { SETTINGS_SHEET } from "../../src/sheets/columns";
import { alexInMarch, mapEnv, runHourly, wallClock } from "./message-env";

// Helpers confirm their brief through its link ("Got it, I'm in"); on the check-in day the
// coordinator's note lists those who have not, two days or more after their brief.
// (Grace, not Owen, holds the Wednesday ride: the planner gives the tie to the first name.)

describe("confirming a brief, and the coordinator's weekly note", () => {
  let env: AppsScriptEnv;
  let note: SentMail | undefined;
  beforeAll(() => {
    const sheets = alexInMarch();
    sheets[SETTINGS_SHEET] = [...sheets[SETTINGS_SHEET], ["Weekly note to coordinator", "yes"]];
    const made = mapEnv(sheets, "2027-02-26T15:00:00Z");
    env = made.env;
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    runHourly(env, "2027-02-27T12:05:00Z", "2027-03-05T17:05:00Z", (at) => {
      if (at.toISOString() !== "2027-03-01T14:05:00.000Z") return;
      for (const who of ["grace.kim@example.com", "mei.lin@example.com"]) {
        submitLink(made.forms, linkIn(env.outbox, who), {
          "What would you like to tell us?": "Got it, I'm in",
        });
      }
    });
    note = env.outbox.find((m) => m.subject.startsWith("This week, in short"));
  });

  it("marks the rows of those who confirmed as confirmed", () => {
    const rows = env.readSheet("Assignments").slice(1);
    const status = (name: string) => [
      ...new Set(rows.filter((r) => r[1] === name).map((r) => r[7])),
    ];
    expect(status("Grace Kim")).toEqual(["confirmed"]);
    expect(status("Mei Lin")).toEqual(["confirmed"]);
    expect(status("Leo Marsh")).toEqual(["planned"]);
  });

  it("sends Jordan one note on Friday at 11:05, listing only who has not confirmed", () => {
    expect(note?.to).toBe("jordan.blake@example.com");
    expect(wallClock(note?.sentAt ?? "")).toBe("2027-03-05 11:05");
    const body = note?.body ?? "";
    for (const name of [
      "Felix Grant",
      "Ines Duarte",
      "Kofi Mensah",
      "Leo Marsh",
      "Nadia Haddad",
      "Rosa Alvarez",
    ])
      expect(body).toContain(name);
    expect(body).not.toContain("Grace Kim");
    expect(body).not.toContain("Mei Lin");
    // 6 to 12 March: every visit has someone (the uncovered hospital visit is on the 15th).
    expect(body).toContain("None: every visit has someone.");
    expect(env.outbox.filter((m) => m.subject.startsWith("This week, in short"))).toHaveLength(1);
  });
});
