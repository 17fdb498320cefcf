import { createAppsScriptEnv } from "../../src/fakes";

const { Utilities } = createAppsScriptEnv().globals;
const at = (iso: string) => new Date(iso);
const ISO = "yyyy-MM-dd'T'HH:mm:ssXXX";

describe("Utilities.formatDate", () => {
  test("the patterns the add-on uses", () => {
    const d = at("2026-12-09T18:05:09Z");
    const tz = "Europe/London";
    expect(Utilities.formatDate(d, tz, "yyyy-MM-dd")).toBe("2026-12-09");
    expect(Utilities.formatDate(d, tz, "HH:mm")).toBe("18:05");
    expect(Utilities.formatDate(d, tz, "EEE")).toBe("Wed");
    expect(Utilities.formatDate(d, tz, "EEEE")).toBe("Wednesday");
    expect(Utilities.formatDate(d, tz, "MMMM")).toBe("December");
    expect(Utilities.formatDate(d, tz, "d")).toBe("9");
    expect(Utilities.formatDate(d, tz, "EEEE d MMMM")).toBe("Wednesday 9 December");
    expect(Utilities.formatDate(d, tz, ISO)).toBe("2026-12-09T18:05:09Z");
    expect(Utilities.formatDate(d, tz, "h:mm a, 'week of' MMM d ''yy")).toBe(
      "6:05 PM, week of Dec 9 '26",
    );
  });

  test("Europe/London across the change to summer time (29 March 2026, 01:00 UTC)", () => {
    const tz = "Europe/London";
    expect(Utilities.formatDate(at("2026-03-29T00:59:59Z"), tz, ISO)).toBe("2026-03-29T00:59:59Z");
    expect(Utilities.formatDate(at("2026-03-29T01:00:00Z"), tz, ISO)).toBe(
      "2026-03-29T02:00:00+01:00",
    );
    expect(Utilities.formatDate(at("2026-03-28T23:30:00Z"), tz, "yyyy-MM-dd EEE")).toBe(
      "2026-03-28 Sat",
    );
    expect(Utilities.formatDate(at("2026-06-30T23:30:00Z"), tz, "yyyy-MM-dd HH:mm")).toBe(
      "2026-07-01 00:30",
    );
  });

  test("Europe/London back to winter time (25 October 2026, 01:00 UTC)", () => {
    const tz = "Europe/London";
    expect(Utilities.formatDate(at("2026-10-25T00:30:00Z"), tz, ISO)).toBe(
      "2026-10-25T01:30:00+01:00",
    );
    expect(Utilities.formatDate(at("2026-10-25T01:30:00Z"), tz, ISO)).toBe("2026-10-25T01:30:00Z");
  });

  test("America/New_York across both changes of 2026", () => {
    const tz = "America/New_York";
    expect(Utilities.formatDate(at("2026-03-08T06:59:00Z"), tz, ISO)).toBe(
      "2026-03-08T01:59:00-05:00",
    );
    expect(Utilities.formatDate(at("2026-03-08T07:00:00Z"), tz, ISO)).toBe(
      "2026-03-08T03:00:00-04:00",
    );
    expect(Utilities.formatDate(at("2026-11-01T05:30:00Z"), tz, ISO)).toBe(
      "2026-11-01T01:30:00-04:00",
    );
    expect(Utilities.formatDate(at("2026-11-01T06:30:00Z"), tz, ISO)).toBe(
      "2026-11-01T01:30:00-05:00",
    );
    expect(Utilities.formatDate(at("2026-12-09T03:00:00Z"), tz, "yyyy-MM-dd EEEE")).toBe(
      "2026-12-08 Tuesday",
    );
  });

  test("a date string instead of a Date does not match the signature", () => {
    const format = Utilities.formatDate as unknown as (...args: unknown[]) => string;
    expect(() => format("2026-12-09", "Etc/UTC", "yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe("dates in cells follow the spreadsheet's time zone", () => {
  test("an ISO date written in New York is midnight there, in winter and in summer", () => {
    const env = createAppsScriptEnv({ timeZone: "America/New_York" });
    const range = env.spreadsheet.getActiveSheet().getRange("A1:B1");
    range.setValues([["2026-01-15", "2026-07-15"]]);
    const [winter, summer] = range.getValues()[0] as Date[];
    expect([winter.toISOString(), summer.toISOString()]).toEqual([
      "2026-01-15T05:00:00.000Z",
      "2026-07-15T04:00:00.000Z",
    ]);
    expect(range.getDisplayValues()).toEqual([["2026-01-15", "2026-07-15"]]);
  });

  test("the day the clocks go forward in London starts at midnight GMT", () => {
    const env = createAppsScriptEnv({ timeZone: "Europe/London" });
    const cell = env.spreadsheet.getActiveSheet().getRange("A1").setValue("2026-03-29");
    expect((cell.getValue() as Date).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    cell.setValue("2026-03-30");
    expect((cell.getValue() as Date).toISOString()).toBe("2026-03-29T23:00:00.000Z");
  });
});

test("the clock is controlled by the test and does not touch the global Date", () => {
  const env = createAppsScriptEnv({ now: "2026-12-07T09:00:00Z" });
  env.clock.advance(90 * 60 * 1000);
  expect(env.clock.now().toISOString()).toBe("2026-12-07T10:30:00.000Z");
  env.clock.set("2027-01-01T00:00:00Z");
  expect(env.clock.now().getUTCFullYear()).toBe(2027);
  expect(new Date().getUTCFullYear()).not.toBe(1970);
});
