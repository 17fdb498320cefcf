import type { AppsScriptEnv } from "../../src/fakes";
import { sendBriefs } from "../../src/server/messages/briefs";
import { sendCheckInNow, turnOnScheduledMessages } from "../../src/server/messages/dispatcher";
import { ASSIGNMENTS_SHEET, OFFERS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { alexInMarch, mailText, mapEnv, runHourly, type Sheets } from "./message-env";

// Alex does not want Sam Reed involved. Sam offers everything, a coordinator even typed an
// Assignments row for Sam by hand, and another helper is also called Sam: Sam Reed still
// receives nothing and is never named, and the other Sam is told apart.

function renamed(sheets: Sheets, from: string, to: string): Sheets {
  const swap = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === from ? to : v)));
  return {
    ...sheets,
    [PEOPLE_SHEET]: swap(sheets[PEOPLE_SHEET]),
    [OFFERS_SHEET]: swap(sheets[OFFERS_SHEET]),
  };
}

describe("do not involve", () => {
  let env: AppsScriptEnv;
  beforeAll(() => {
    env = mapEnv(renamed(alexInMarch(), "Felix Grant", "Sam Taylor"), "2027-02-26T15:00:00Z").env;
    const assignments = env.readSheet(ASSIGNMENTS_SHEET);
    // prettier-ignore
    env.writeSheet(ASSIGNMENTS_SHEET, [...assignments, ["Groceries", "Sam Reed", "primary", "Sat", "afternoon", "2027-03-06", "2027-04-10", "confirmed", "no", ""]]);
    sendBriefs({ onlyChanged: false });
    turnOnScheduledMessages();
    runHourly(env, "2027-03-01T05:05:00Z", "2027-03-09T05:05:00Z");
    env.clock.set("2027-03-10T15:00:00Z");
    sendCheckInNow();
  });

  it("sends Sam Reed nothing", () => {
    expect(env.outbox.length).toBeGreaterThan(10);
    expect(env.outbox.filter((m) => /sam\.reed/i.test(m.to + m.cc + m.bcc))).toEqual([]);
  });

  it("never names Sam Reed, in any message or in the Log", () => {
    for (const m of env.outbox) expect(mailText(m)).not.toMatch(/Reed|sam\.reed/i);
    expect(JSON.stringify(env.readSheet("Log"))).not.toMatch(/Reed/i);
  });

  it("does not count Sam Reed's hand-typed row as cover", () => {
    const checkIn = env.outbox.find((m) => m.subject.startsWith("Your weekly check-in"));
    expect(checkIn?.body).toContain("Groceries: on Saturday 6 March in the afternoon (Sam T.)");
  });

  it("tells the other Sam apart wherever the person supported reads a name", () => {
    const toAlex = env.outbox.filter((m) => m.to === "alex@example.com");
    for (const m of toAlex) expect(mailText(m).match(/\bSam\b(?! T\.)/g) ?? []).toEqual([]);
  });
});
