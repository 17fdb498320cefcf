import * as fc from "fast-check";
import { createAppsScriptEnv } from "../../src/fakes";

// The fake Utilities.formatDate against Intl.DateTimeFormat itself, written out here, so the
// fake is never checked against its own wall-clock code.

const { Utilities } = createAppsScriptEnv().globals;

const ZONES = [
  "Etc/UTC",
  "Europe/London",
  "America/New_York",
  "America/Santiago",
  "America/Havana",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Pacific/Chatham",
];

/** "2026-09-06 01:00:00 Sun" from Intl's own parts. */
function byIntl(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    weekday: "short",
    hourCycle: "h23",
  }).formatToParts(ms);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? "?";
  const hour = p("hour") === "24" ? "00" : p("hour");
  return `${p("year")}-${p("month")}-${p("day")} ${hour}:${p("minute")}:${p("second")} ${p("weekday")}`;
}

describe("Utilities.formatDate against Intl.DateTimeFormat", () => {
  test("around the clock changes of 2026 and 2027", () => {
    const changes = [
      "2026-09-06T04:00:00Z", // Santiago forward at midnight
      "2027-03-14T05:00:00Z", // Havana forward at midnight
      "2027-04-04T03:00:00Z", // Santiago back
      "2026-03-29T01:00:00Z", // London forward
      "2026-10-25T01:00:00Z", // London back
      "2026-10-03T15:30:00Z", // Lord Howe forward half an hour
    ].map(Date.parse);
    for (const change of changes)
      for (let step = -4; step <= 4; step++) {
        const ms = change + step * 15 * 60_000 - (step === 0 ? 1000 : 0);
        for (const tz of ZONES)
          expect(Utilities.formatDate(new Date(ms), tz, "yyyy-MM-dd HH:mm:ss EEE")).toBe(
            byIntl(ms, tz),
          );
      }
  });

  test("at any instant from 1990 to 2060, in any of these zones", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, tz) => {
          expect(Utilities.formatDate(new Date(ms), tz, "yyyy-MM-dd HH:mm:ss EEE")).toBe(
            byIntl(ms, tz),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
