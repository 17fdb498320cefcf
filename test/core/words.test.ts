import { eachDate, weekday } from "../../src/core/dates";
import type { DaysRule, IsoDate, TimeRule, Weekday } from "../../src/core/model";
import { parseDays, parseTime } from "../../src/core/schedule";
import { describeSchedule, describeTime, describeWeekdays, joinWords } from "../../src/core/words";

function days(text: string): DaysRule {
  const parsed = parseDays(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function time(text: string): TimeRule {
  const parsed = parseTime(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The dates from `from` to `until` that fall on `weekdays`. */
function on(from: IsoDate, until: IsoDate, weekdays: Weekday[]): IsoDate[] {
  return eachDate(from, until).filter((date) => weekdays.includes(weekday(date)));
}

const ALL: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

describe("joinWords", () => {
  test.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a and b"],
    [["a", "b", "c"], "a, b and c"],
    [["a", "b", "c", "d"], "a, b, c and d"],
  ])("%j reads %j", (items, text) => {
    expect(joinWords(items)).toBe(text);
  });
});

describe("describeTime", () => {
  test.each([
    ["any", "any time"],
    ["morning", "morning"],
    ["afternoon", "afternoon"],
    ["evening", "evening"],
    ["night", "night (after 9 pm)"],
    ["10:30-13:00", "10:30-13:00"],
    ["6pm-8pm", "18:00-20:00"],
    ["after 21:00", "after 21:00"],
    ["before 10:00", "before 10:00"],
    ["00:00-24:00", "any time"],
  ])("%j reads %j", (text, words) => {
    expect(describeTime(time(text))).toBe(words);
  });
});

describe("describeWeekdays", () => {
  test.each<[Weekday[], string]>([
    [ALL, "day"],
    [[1, 2, 3, 4, 5], "weekday"],
    [[6, 7], "Saturday and Sunday"],
    [[2, 4], "Tuesday and Thursday"],
    [[4, 2, 4], "Tuesday and Thursday"],
    [[1, 3, 5], "Monday, Wednesday and Friday"],
    [[7], "Sunday"],
  ])("%j reads %j", (weekdays, words) => {
    expect(describeWeekdays(weekdays)).toBe(words);
  });
});

describe("describeSchedule", () => {
  test.each<[string, IsoDate[], string, string, string]>([
    // Acceptance scenarios: exact phrases.
    [
      "Dinner, first four weeks",
      on("2027-01-05", "2027-01-28", [2, 4]),
      "Tue, Thu",
      "evening",
      "every Tuesday and Thursday evening from 5 January to 28 January",
    ],
    [
      "weekday morning walks",
      on("2026-12-07", "2026-12-18", [1, 2, 3, 4, 5]),
      "daily",
      "morning",
      "every weekday morning from 7 December to 18 December",
    ],
    [
      "rides on three dates",
      ["2027-01-06", "2027-01-20", "2027-02-03"],
      "2027-01-06, 2027-01-20, 2027-02-03",
      "10:30-13:00",
      "on 6 January, 20 January and 3 February, 10:30-13:00",
    ],
    ["one date", ["2026-12-09"], "once 2026-12-09", "any", "on Wednesday 9 December, any time"],
    [
      "every day, any time",
      on("2026-12-07", "2026-12-20", ALL),
      "daily",
      "any",
      "every day from 7 December to 20 December, any time",
    ],
    [
      "every 3 days",
      ["2026-12-07", "2026-12-10", "2026-12-13", "2026-12-16", "2026-12-19"],
      "every 3 days",
      "any",
      "every 3 days from 7 December to 19 December, any time",
    ],
    // One weekend is not a repeat: its two dates are named.
    [
      "one weekend",
      on("2026-12-12", "2026-12-13", [6, 7]),
      "weekends",
      "morning",
      "on Saturday 12 December and Sunday 13 December in the morning",
    ],
    [
      "two weekends",
      on("2026-12-12", "2026-12-20", [6, 7]),
      "weekends",
      "evening",
      "every Saturday and Sunday evening from 12 December to 20 December",
    ],
    [
      "a whole week, so it repeats",
      on("2026-12-07", "2026-12-11", [1, 2, 3, 4, 5]),
      "weekdays",
      "any",
      "every weekday from 7 December to 11 December, any time",
    ],
    [
      "every morning",
      on("2026-12-07", "2026-12-20", ALL),
      "daily",
      "morning",
      "every morning from 7 December to 20 December",
    ],
    [
      "a share of a daily call",
      on("2026-12-07", "2026-12-20", [1, 3]),
      "daily",
      "night",
      "every Monday and Wednesday night from 7 December to 16 December, after 9 pm",
    ],
    [
      "nights on two dates",
      ["2026-12-07", "2026-12-09"],
      "daily",
      "night",
      "on Monday 7 December and Wednesday 9 December, after 9 pm",
    ],
    [
      "one hole",
      on("2027-01-05", "2027-01-28", [2, 4]).filter((d) => d !== "2027-01-14"),
      "Tue, Thu",
      "evening",
      "every Tuesday and Thursday evening from 5 January to 28 January except 14 January",
    ],
    [
      "two holes, a range of time",
      on("2026-12-07", "2026-12-20", ALL).filter((d) => d !== "2026-12-12" && d !== "2026-12-13"),
      "daily",
      "after 21:00",
      "every day from 7 December to 20 December except 12 December and 13 December, after 21:00",
    ],
    [
      "many holes",
      on("2026-12-07", "2026-12-18", [1, 2, 3, 4, 5]).filter(
        (d) => !["2026-12-08", "2026-12-10", "2026-12-14"].includes(d),
      ),
      "weekdays",
      "morning",
      "on 7 of the 10 weekday mornings from 7 December to 18 December",
    ],
    [
      "many holes, any time",
      on("2027-01-04", "2027-02-12", [1])
        .filter((d) => d !== "2027-01-11" && d !== "2027-01-25")
        .concat(["2027-01-06"])
        .sort(),
      "Mon, Wed",
      "any",
      "on 5 of the 11 Mondays and Wednesdays from 4 January to 8 February, any time",
    ],
    [
      "few dates with holes are listed",
      ["2027-01-05", "2027-01-19", "2027-01-26"],
      "Tue",
      "before 10:00",
      "on 5 January, 19 January and 26 January, before 10:00",
    ],
    [
      "every 3 days with a hole, in the afternoon",
      ["2026-12-07", "2026-12-10", "2026-12-16", "2026-12-19", "2026-12-22"],
      "every 3 days",
      "afternoon",
      "every 3 days in the afternoon from 7 December to 22 December except 13 December",
    ],
    [
      "every 2 days, nights",
      ["2026-12-07", "2026-12-09", "2026-12-11"],
      "every other day",
      "night",
      "every 2 days from 7 December to 11 December, after 9 pm",
    ],
    [
      "every 3 days, only two of them",
      ["2026-12-07", "2026-12-10"],
      "every 3 days",
      "any",
      "on Monday 7 December and Thursday 10 December, any time",
    ],
    [
      "a rule's dates are listed even when they fall on one weekday",
      ["2027-01-05", "2027-01-12", "2027-01-19"],
      "2027-01-05, 2027-01-12, 2027-01-19",
      "morning",
      "on 5 January, 12 January and 19 January in the morning",
    ],
    [
      "unsorted, repeated input",
      ["2026-12-13", "2026-12-12", "2026-12-13"],
      "weekends",
      "any",
      "on Saturday 12 December and Sunday 13 December, any time",
    ],
    [
      "across the new year",
      on("2026-12-28", "2027-01-08", [5]),
      "Fri",
      "10:00-12:00",
      "every Friday from 1 January to 8 January, 10:00-12:00",
    ],
  ])("%s", (_name, dates, daysText, timeText, phrase) => {
    expect(describeSchedule({ dates, days: days(daysText), time: time(timeText) })).toBe(phrase);
  });

  test("no dates at all", () => {
    expect(describeSchedule({ dates: [], days: days("daily"), time: time("any") })).toBe(
      "no dates",
    );
  });
});
