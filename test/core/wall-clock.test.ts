import { instantOf, offsetAt, wallClock } from "../../src/core/wall-clock";
import { isoDateIn, midnightIn } from "../../src/sheets/cells";

// Wall-clock times resolved the way Temporal's "compatible" disambiguation does. Every
// expected instant below is worked out by hand from the zone's published rules, not computed.

const at = (timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0) =>
  new Date(instantOf({ year, month, day, hour, minute }, timeZone)).toISOString();

describe("instantOf", () => {
  test("ordinary times, either side of UTC", () => {
    // Santiago in winter is -04; Tokyo is +09 all year; London in December is +00.
    expect(at("America/Santiago", 2026, 7, 1, 9, 30)).toBe("2026-07-01T13:30:00.000Z");
    expect(at("Asia/Tokyo", 2026, 12, 9)).toBe("2026-12-08T15:00:00.000Z");
    expect(at("Europe/London", 2026, 12, 9, 18, 5)).toBe("2026-12-09T18:05:00.000Z");
  });

  test("a midnight that does not exist moves forward to 01:00, the first instant of the day", () => {
    // Chile goes from -04 to -03 at 24:00 on Saturday 5 September 2026: 00:00 on the 6th is
    // skipped, so midnight is 01:00 -03 = 04:00Z.
    expect(at("America/Santiago", 2026, 9, 6)).toBe("2026-09-06T04:00:00.000Z");
    // Cuba goes from -05 to -04 at 00:00 on Sunday 14 March 2027: 01:00 -04 = 05:00Z.
    expect(at("America/Havana", 2027, 3, 14)).toBe("2027-03-14T05:00:00.000Z");
    // The minute before the change is still the day before, at -04.
    expect(at("America/Santiago", 2026, 9, 5, 23, 59)).toBe("2026-09-06T03:59:00.000Z");
  });

  test("a time inside a skipped hour is moved forward by the gap", () => {
    // London: 01:00 GMT becomes 02:00 BST on 29 March 2026; 01:30 reads as 02:30 BST.
    expect(at("Europe/London", 2026, 3, 29, 1, 30)).toBe("2026-03-29T01:30:00.000Z");
    // New York: 02:00 EST becomes 03:00 EDT on 8 March 2026; 02:30 reads as 03:30 EDT.
    expect(at("America/New_York", 2026, 3, 8, 2, 30)).toBe("2026-03-08T07:30:00.000Z");
    // Lord Howe skips half an hour, 02:00 +10:30 to 02:30 +11, on 4 October 2026.
    expect(at("Australia/Lord_Howe", 2026, 10, 4, 2, 15)).toBe("2026-10-03T15:45:00.000Z");
  });

  test("a time the clocks show twice is the earlier instant, in every zone", () => {
    // London: 02:00 BST goes back to 01:00 GMT on 25 October 2026; 01:30 BST = 00:30Z.
    expect(at("Europe/London", 2026, 10, 25, 1, 30)).toBe("2026-10-25T00:30:00.000Z");
    // New York: 02:00 EDT goes back to 01:00 EST on 1 November 2026; 01:30 EDT = 05:30Z.
    expect(at("America/New_York", 2026, 11, 1, 1, 30)).toBe("2026-11-01T05:30:00.000Z");
    // Santiago: 24:00 -03 goes back to 23:00 -04 on Saturday 3 April 2027; 23:30 -03 = 02:30Z.
    expect(at("America/Santiago", 2027, 4, 3, 23, 30)).toBe("2027-04-04T02:30:00.000Z");
  });

  test("the offset in force, and the wall clock back from the instant", () => {
    expect(offsetAt(Date.parse("2026-09-06T03:59:59Z"), "America/Santiago")).toBe(-4 * 3600_000);
    expect(offsetAt(Date.parse("2026-09-06T04:00:00Z"), "America/Santiago")).toBe(-3 * 3600_000);
    expect(wallClock(Date.parse("2026-09-06T04:00:00Z"), "America/Santiago")).toMatchObject({
      year: 2026,
      month: 9,
      day: 6,
      hour: 1,
      minute: 0,
    });
  });
});

describe("midnightIn", () => {
  test("a date cell for a day that starts at 01:00 still reads as that day", () => {
    expect(midnightIn("2026-09-06", "America/Santiago").toISOString()).toBe(
      "2026-09-06T04:00:00.000Z",
    );
    expect(isoDateIn(midnightIn("2026-09-06", "America/Santiago"), "America/Santiago")).toBe(
      "2026-09-06",
    );
    expect(isoDateIn(midnightIn("2027-03-14", "America/Havana"), "America/Havana")).toBe(
      "2027-03-14",
    );
  });
});
