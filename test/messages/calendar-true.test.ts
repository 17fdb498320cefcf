import ICAL from "ical.js";
import { calendarUpdate } from "../../src/core/messages/calendar-update";
import type { CalendarEvent } from "../../src/core/messages/ics";
import { calendarFile } from "../../src/core/messages/ics";
import type { AppsScriptEnv } from "../../src/fakes";
import { sendBriefs } from "../../src/server/messages/briefs";
import { runPlan } from "../../src/server/plan/plan";
import { NEEDS_SHEET, PEOPLE_SHEET } from "../../src/sheets/columns";
import { readMap } from "../../src/sheets/read-map";
import { SENT_CALENDAR_SHEET } from "../../src/sheets/sent-calendar";
import { assignedKeys, heldKeys, replayCalendars } from "./calendar-replay";
import { alexInMarch, mapEnv, type Sheets } from "./message-env";

// Calendars stay true: after a re-plan and a second round of briefs, each helper's calendar,
// rebuilt by ical.js from every .ics they received in order, holds exactly their assignments.

function setCell(sheets: Sheets, sheet: string, key: string, column: string, value: string) {
  const [header, ...rows] = sheets[sheet];
  const c = header.indexOf(column);
  return {
    ...sheets,
    [sheet]: [
      header,
      ...rows.map((r) => (r[0] === key ? r.map((v, i) => (i === c ? value : v)) : r)),
    ],
  };
}

const event = (date: string, summary = "Dog walk"): CalendarEvent => ({
  uid: `walk-${date}@test`,
  summary,
  description: "Walk Biscuit.",
  date,
  time: { start: 600, end: 660 },
});

describe("calendar updates", () => {
  it("keeps SEQUENCE for an unchanged event, raises it for a changed one, cancels one gone", () => {
    const first = calendarUpdate([], [event("2027-03-02"), event("2027-03-03")], "2027-03-01");
    expect(first.all.map((e) => e.sequence)).toEqual([0, 0]);
    const second = calendarUpdate(
      first.record,
      [event("2027-03-02"), event("2027-03-04"), { ...event("2027-03-03"), summary: "Long walk" }],
      "2027-03-01",
    );
    expect(second.changed.map((e) => [e.date, e.sequence])).toEqual([
      ["2027-03-04", 0],
      ["2027-03-03", 1],
    ]);
    expect(second.cancelled).toEqual([]);
    const third = calendarUpdate(second.record, [event("2027-03-04")], "2027-03-03");
    // The 2nd is over: left alone. The 3rd is gone: cancelled with a higher SEQUENCE.
    expect(third.cancelled.map((e) => [e.date, e.sequence])).toEqual([["2027-03-03", 2]]);
    const text = calendarFile({
      name: "t",
      timeZone: "UTC",
      stamp: 0,
      events: third.cancelled,
      method: "CANCEL",
    });
    const parsed = new ICAL.Component(ICAL.parse(text));
    expect(parsed.getFirstPropertyValue("method")).toBe("CANCEL");
    const v = parsed.getFirstSubcomponent("vevent");
    expect(v?.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(v?.getFirstPropertyValue("sequence")).toBe(2);
  });
});

describe("each helper's calendar equals their assignments after a re-plan", () => {
  let env: AppsScriptEnv;
  beforeAll(() => {
    let sheets = alexInMarch();
    env = mapEnv(sheets, "2027-02-26T15:00:00Z").env;
    sendBriefs({ onlyChanged: false });
    sheets = setCell(sheets, PEOPLE_SHEET, "Nadia Haddad", "Status", "paused from 2027-03-14");
    sheets = setCell(sheets, NEEDS_SHEET, "Company", "Status", "done");
    env.writeSheet(PEOPLE_SHEET, sheets[PEOPLE_SHEET]);
    env.writeSheet(NEEDS_SHEET, sheets[NEEDS_SHEET]);
    env.clock.set("2027-03-01T14:00:00Z");
    runPlan();
    sendBriefs({ onlyChanged: true });
  });

  it("matches, helper by helper", () => {
    const names = [...new Set(env.outbox.map((m) => m.to))];
    const calendars = replayCalendars(env.outbox);
    const values = Object.fromEntries(
      ["Settings", "Needs", "People", "Offers", "Assignments"].map((n) => [n, env.readSheet(n)]),
    );
    const { map } = readMap(values, { timeZone: "America/New_York", today: "2026-12-07" });
    for (const to of names) {
      if (to === "jordan.blake@example.com" || to === "alex@example.com") continue;
      expect([to, heldKeys(calendars.get(to))]).toEqual([to, assignedKeys(map, to)]);
    }
    expect(heldKeys(calendars.get("kofi.mensah@example.com"))).toEqual([]);
  });

  it("keeps what each helper was sent on a hidden sheet", () => {
    const sheet = env.spreadsheet.getSheetByName(SENT_CALENDAR_SHEET);
    expect(sheet?.isSheetHidden()).toBe(true);
    expect(sheet?.getLastRow()).toBeGreaterThan(10);
  });
});
