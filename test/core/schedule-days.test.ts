import type { DaysRule, Weekday } from "../../src/core/model";
import { ruleDates } from "../../src/core/occurrences";
import {
  dateOrderOf,
  formatDays,
  parseDays,
  splitDaysAndTime,
  type DaysContext,
  type Parsed,
} from "../../src/core/schedule";

// Issue 12: what people commonly type in a Days cell. Expectations are worked out by hand;
// 2026-12-07 is a Monday and 2026-12-25 a Friday.

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected a value, got: ${parsed.error}`);
  return parsed.value;
}

function error<T>(parsed: Parsed<T>): string {
  if (parsed.ok) throw new Error(`expected an error, got: ${JSON.stringify(parsed.value)}`);
  return parsed.error;
}

const weekly = (...weekdays: Weekday[]): DaysRule => ({ kind: "weekly", weekdays });
const MAP: DaysContext = { from: "2026-12-07", until: "2027-01-31" };

describe("abbreviations", () => {
  test.each([
    ["M/W/F", weekly(1, 3, 5)],
    ["MWF", weekly(1, 3, 5)],
    ["mwf", weekly(1, 3, 5)],
    ["M W F", weekly(1, 3, 5)],
    ["T/Th", weekly(2, 4)],
    ["TTh", weekly(2, 4)],
    ["Tu/Th", weekly(2, 4)],
    ["TuTh", weekly(2, 4)],
    ["Tu", weekly(2)],
    ["Th", weekly(4)],
    ["Thurs", weekly(4)],
    ["Weds", weekly(3)],
    ["M-F", weekly(1, 2, 3, 4, 5)],
    ["M-Th", weekly(1, 2, 3, 4)],
    ["T-Th", weekly(2, 3, 4)],
    ["MTWTF", weekly(1, 2, 3, 4, 5)],
    ["MTWThF", weekly(1, 2, 3, 4, 5)],
    ["SaSu", weekly(6, 7)],
    ["Sa/Su", weekly(6, 7)],
    ["S/Su", weekly(6, 7)],
    ["SS", weekly(6, 7)],
    ["wkends", weekly(6, 7)],
    ["wknds", weekly(6, 7)],
    ["wkdays", weekly(1, 2, 3, 4, 5)],
    ["7 days a week", weekly(1, 2, 3, 4, 5, 6, 7)],
    ["Mo, We, Fr", weekly(1, 3, 5)],
  ])("%j is %j", (text, rule) => {
    expect(value(parseDays(text))).toEqual(rule);
  });

  test.each([
    ["T", '"T" has a T that could be Tuesday or Thursday: write Tue or Thu'],
    ["M, T", '"T" has a T that could be Tuesday or Thursday'],
    ["TF", '"TF" has a T that could be Tuesday or Thursday'],
    ["S", '"S" has an S that could be Saturday or Sunday: write Sat or Sun'],
    ["MWFS", '"MWFS" has an S that could be Saturday or Sunday'],
  ])("%j is asked about: %s", (text, reason) => {
    expect(error(parseDays(text))).toContain(`Could not read "${text}" as days: ${reason}`);
  });
});

describe("exceptions", () => {
  test.each([
    ["weekdays except Wed", weekly(1, 2, 4, 5)],
    ["weekdays except Wednesdays", weekly(1, 2, 4, 5)],
    ["not Mondays", weekly(2, 3, 4, 5, 6, 7)],
    ["every day except Sunday", weekly(1, 2, 3, 4, 5, 6)],
    ["daily but not Sat or Sun", weekly(1, 2, 3, 4, 5)],
    ["daily except weekends", weekly(1, 2, 3, 4, 5)],
    ["Mon-Fri, not Tu/Th", weekly(1, 3, 5)],
    ["all week excluding Fri", weekly(1, 2, 3, 4, 6, 7)],
    ["every day but Sunday", weekly(1, 2, 3, 4, 5, 6)],
    ["daily, no Sundays", weekly(1, 2, 3, 4, 5, 6)],
    ["daily except Mon to Wed", weekly(4, 5, 6, 7)],
    ["Mon-Fri (not Tue)", weekly(1, 3, 4, 5)],
  ])("%j is %j", (text, rule) => {
    expect(value(parseDays(text))).toEqual(rule);
  });

  test.each([
    ["weekdays except Sat", '"weekdays except Sat" leaves out Saturday, which it does not include'],
    ["weekends except Sat and Sun", '"weekends except Sat and Sun" leaves no days'],
    ["every 3 days except Sundays", "does not follow the week: list the dates to skip"],
    [
      "Mon-Fri except Christmas",
      '"Christmas" is not a day or a date: write the dates to skip, like 25 Dec',
    ],
    ["weekdays except Wensday", '"Wensday" is not a day (did you mean Wednesday?)'],
  ])("%j is refused: %s", (text, reason) => {
    expect(error(parseDays(text))).toContain(reason);
  });
});

describe("dates off: a need skips dates without splitting its row", () => {
  test("weekdays except 25 Dec leaves Christmas out", () => {
    const rule = value(parseDays("weekdays except 25 Dec", MAP));
    expect(rule).toEqual({ kind: "weekly", weekdays: [1, 2, 3, 4, 5], skip: ["2026-12-25"] });
    expect(ruleDates(rule, "2026-12-21", "2026-12-27")).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-23",
      "2026-12-24",
    ]);
  });

  test("weekdays except Wed and 24 Dec, 25 Dec leaves a weekday and two dates out", () => {
    const rule = value(parseDays("weekdays except Wed and 24 Dec, 25 Dec", MAP));
    expect(rule).toEqual({
      kind: "weekly",
      weekdays: [1, 2, 4, 5],
      skip: ["2026-12-24", "2026-12-25"],
    });
    expect(ruleDates(rule, "2026-12-21", "2026-12-27")).toEqual(["2026-12-21", "2026-12-22"]);
  });

  test("every 2 days except a date keeps the count from the first day", () => {
    const rule = value(parseDays("every other day except 2026-12-09"));
    expect(rule).toEqual({ kind: "every", interval: 2, skip: ["2026-12-09"] });
    expect(ruleDates(rule, "2026-12-07", "2026-12-13")).toEqual([
      "2026-12-07",
      "2026-12-11",
      "2026-12-13",
    ]);
  });

  test("a list of dates except one is the shorter list", () => {
    expect(value(parseDays("2027-01-06, 2027-01-20 except 2027-01-20"))).toEqual({
      kind: "dates",
      dates: ["2027-01-06"],
    });
  });

  test.each([
    "weekdays except 2026-12-25",
    "Mon, Wed except 2026-12-09, 2026-12-16",
    "every 3 days except 2026-12-25",
  ])("%j reads back from formatDays", (text) => {
    const rule = value(parseDays(text));
    expect(formatDays(rule)).toBe(text.replace("Mon, Wed", "Mon, Wed"));
    expect(value(parseDays(formatDays(rule)))).toEqual(rule);
  });
});

describe("dates as people write them", () => {
  test.each([
    ["9 Dec", ["2026-12-09"]],
    ["Dec 9", ["2026-12-09"]],
    ["9th December", ["2026-12-09"]],
    ["December 9th", ["2026-12-09"]],
    ["once on 9 Dec", ["2026-12-09"]],
    ["Wed 9 Dec", ["2026-12-09"]],
    ["9 Dec 2026", ["2026-12-09"]],
    ["Dec 9, 2026", ["2026-12-09"]],
    // the map runs into January: "6 Jan" is 2027's
    ["6 Jan, 20 Jan", ["2027-01-06", "2027-01-20"]],
    // 25/12 can only be day/month; 12/25 only month/day
    ["25/12", ["2026-12-25"]],
    ["12/25", ["2026-12-25"]],
    // 9/12 could be 9 December or 12 September: only 9 December is in the map
    ["9/12", ["2026-12-09"]],
    ["9/12/2026", ["2026-12-09"]],
  ])("%j in a map from 7 Dec 2026 to 31 Jan 2027 is %j", (text, dates) => {
    expect(value(parseDays(text, MAP))).toEqual({ kind: "dates", dates });
  });

  test.each([
    ["9 Dec", { from: undefined }, '"9 Dec" has no year: write 9 December 2026 or 2026-12-09'],
    [
      "1/2",
      { from: "2027-01-01", until: "2027-03-31" },
      '"1/2" could be read two ways: write dates as YYYY-MM-DD, 2027-02-01 for 1 February or 2027-01-02 for 2 January',
    ],
    ["31 Feb", MAP, '"31 Feb" is not a real date: February has no day 31'],
    ["Thu 9 Dec", MAP, '"Thu" does not match 2026-12-09, which is a Wednesday'],
  ])("%j is refused", (text, context, reason) => {
    expect(error(parseDays(text, context as DaysContext))).toContain(reason);
  });
});

describe("numeric dates and the spreadsheet's locale", () => {
  // 9/12 is 9 December (day first) or 12 September (month first); 1/2 is 1 February or 2 January.
  const WINTER: DaysContext = { from: "2026-12-01", until: "2027-03-31" };

  test.each<[string, DaysContext, string[]]>([
    ["1/2", { ...WINTER, dateOrder: "day-first" }, ["2027-02-01"]],
    ["1/2", { ...WINTER, dateOrder: "month-first" }, ["2027-01-02"]],
    ["9/12", { ...WINTER, dateOrder: "day-first" }, ["2026-12-09"]],
    ["12/9", { ...WINTER, dateOrder: "month-first" }, ["2026-12-09"]],
  ])("%j with %j is %j", (text, context, dates) => {
    expect(value(parseDays(text, context))).toEqual({ kind: "dates", dates });
  });

  test("the locale's reading is not taken when it falls outside the map's dates", () => {
    // Month first, 9/12 would be 12 September 2027, but the map is this winter: ask.
    expect(error(parseDays("9/12", { ...WINTER, dateOrder: "month-first" }))).toContain(
      '"9/12" could be read two ways: write dates as YYYY-MM-DD',
    );
  });

  test("without a locale both readings inside the map are asked about", () => {
    expect(error(parseDays("1/2", WINTER))).toContain(
      '"1/2" could be read two ways: write dates as YYYY-MM-DD, 2027-02-01 for 1 February or ' +
        "2027-01-02 for 2 January",
    );
  });

  test.each([
    ["en_US", "month-first"],
    ["en-US", "month-first"],
    ["ja_JP", "month-first"],
    ["en_GB", "day-first"],
    ["fr_FR", "day-first"],
    ["de", undefined],
    ["en_CA", undefined],
    [undefined, undefined],
  ])("locale %j writes dates %j", (locale, order) => {
    expect(dateOrderOf(locale)).toBe(order);
  });
});

describe("counts without days", () => {
  test.each([
    ["twice a week", 'like "Tue, Fri"'],
    ["3 times a week", 'like "Mon, Wed, Fri"'],
    ["2x a week", 'like "Tue, Fri"'],
    ["twice weekly", 'like "Tue, Fri"'],
    ["once a fortnight", "or list the dates"],
    ["a few times a week", 'like "Tue, Fri"'],
  ])("%j says what to write: %s", (text, example) => {
    expect(error(parseDays(text))).toContain(
      `"${text}" says how often but not which days: write the days it happens, ${example}`,
    );
  });
});

test.each(["twice daily", "twice a day", "3 times a day", "2x daily"])(
  "%j asks for one row per time of day",
  (text) => {
    expect(error(parseDays(text))).toContain(
      `"${text}" is more than once a day: write daily here, and one row per time of day ` +
        "(a morning row and an evening row)",
    );
  },
);

describe("a part of the day in the Days column", () => {
  test.each([
    ["weekday evenings", "weekday", "evening"],
    ["Mon and Wed mornings", "Mon and Wed", "morning"],
    ["weekends in the afternoon", "weekends", "afternoon"],
    ["Sat lunchtime", "Sat", "lunchtime"],
    ["Fri overnight", "Fri", "overnight"],
  ])("%j splits into Days %j and Time %j", (text, days, time) => {
    expect(splitDaysAndTime(text)).toEqual({ days, time });
  });

  test("the Days reader alone says where each half belongs", () => {
    expect(error(parseDays("weekday evenings"))).toContain(
      '"weekday evenings" names a time of day: write "weekday" in Days and "evening" in Time',
    );
  });

  test("plain days have no time in them", () => {
    expect(splitDaysAndTime("Mon, Wed, Fri")).toBeUndefined();
  });
});

describe("near-misses", () => {
  test.each([
    ["Wendesday", "Wednesday"],
    ["Thrusday", "Thursday"],
    ["weekdays except Wendsday", "Wednesday"],
    ["weekdys", "weekdays"],
    ["wekends", "weekends"],
    ["dialy", "daily"],
  ])("%j suggests %s", (text, guess) => {
    expect(error(parseDays(text))).toContain(`(did you mean ${guess}?)`);
  });
});
