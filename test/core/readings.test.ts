import {
  type CellReading,
  readDaysCell,
  readingLine,
  readingLines,
  readingWorthShowing,
  readTimeCell,
} from "../../src/core/readings";

// How one cell reads, in words that show what was understood. Hand-worked: 2026-12-09 is a
// Wednesday, 2026-12-25 a Friday.

describe("readDaysCell", () => {
  test.each([
    ["daily", "every day"],
    ["weekdays", "Mon-Fri"],
    ["wkends", "Sat, Sun"],
    ["MWF", "Mon, Wed, Fri"],
    ["Fri-Mon", "Mon, Fri-Sun"],
    ["every 3 days", "every 3 days, counted from the first day"],
    ["2027-01-06, 2027-01-20", "Wed 6 Jan 2027, Wed 20 Jan 2027"],
    ["weekdays except 2026-12-25", "Mon-Fri except Fri 25 Dec 2026"],
  ])("%j reads as %j", (text, reading) => {
    expect(readDaysCell(text)).toEqual({ reading });
  });

  test("dates take the map's year", () => {
    expect(readDaysCell("9 Dec", { from: "2026-12-07", until: "2026-12-20" })).toEqual({
      reading: "Wed 9 Dec 2026",
    });
  });

  test("an error keeps its reason and leaves the syntax help to the error list", () => {
    expect(readDaysCell("twice a week")).toEqual({
      error:
        'Could not read "twice a week" as days: "twice a week" says how often but not which ' +
        'days: write the days it happens, like "Tue, Fri".',
    });
  });
});

describe("readTimeCell", () => {
  test.each([
    ["5-7", "17:00-19:00"],
    ["morning", "morning (06:00-12:00)"],
    ["any", "any time (00:00-24:00)"],
    ["lunchtime", "lunchtime (12:00-14:00)"],
    ["22:00-06:00", "22:00-06:00, overnight from the day it starts"],
    ["overnight", "overnight (22:00-07:00, overnight from the day it starts)"],
  ])("%j reads as %j", (text, reading) => {
    expect(readTimeCell(text)).toEqual({ reading });
  });
});

describe("which readings are worth showing", () => {
  const cell = (column: string, text: string, reading?: string, error?: string): CellReading => ({
    sheet: "Needs",
    row: 2,
    column,
    text,
    ...(reading !== undefined && { reading }),
    ...(error !== undefined && { error }),
  });

  test.each([
    [cell("Time", "5-7", "17:00-19:00"), true],
    [cell("Time", "18:00-20:00", "18:00-20:00"), false],
    [cell("Time", "Morning", "morning (06:00-12:00)"), false],
    [cell("Days", "MWF", "Mon, Wed, Fri"), true],
    [cell("Days", "Mon, Wed, Fri", "Mon, Wed, Fri"), false],
    [cell("Days", "daily", "every day"), false],
    [cell("Days", "Funday", undefined, "not a day"), true],
  ])("%j: %s", (reading, shown) => {
    expect(readingWorthShowing(reading)).toBe(shown);
  });

  test("lines put the text beside its reading and count the rest", () => {
    const readings = [
      cell("Days", "daily", "every day"),
      cell("Time", "5-7", "17:00-19:00"),
      cell("Time", "8-10", undefined, "could mean 08:00-10:00 or 20:00-22:00"),
    ];
    expect(readingLine(readings[1])).toBe("5-7 → 17:00-19:00");
    expect(readingLines(readings)).toEqual([
      "Needs, row 2, Time: 5-7 → 17:00-19:00",
      "Needs, row 2, Time: 8-10 → not read: could mean 08:00-10:00 or 20:00-22:00",
      "(1 other Days and Time cell read just as written.)",
    ]);
  });
});
