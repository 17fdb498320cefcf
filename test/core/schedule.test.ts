import * as fc from "fast-check";
import { fromDayNumber, dayNumber } from "../../src/core/dates";
import type { DaysRule, TimeRule, Weekday } from "../../src/core/model";
import {
  DAYS_HELP,
  formatDays,
  formatMinutes,
  formatTime,
  parseDays,
  parseQuietTimes,
  parseTime,
  PERIODS,
  QUIET_TIMES_HELP,
  TIME_HELP,
  type Parsed,
} from "../../src/core/schedule";

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected a value, got: ${parsed.error}`);
  return parsed.value;
}

function error<T>(parsed: Parsed<T>): string {
  if (parsed.ok) throw new Error(`expected an error, got: ${JSON.stringify(parsed.value)}`);
  return parsed.error;
}

const weekly = (...weekdays: Weekday[]): DaysRule => ({ kind: "weekly", weekdays });
const VALID_TIMES =
  "morning, afternoon, evening, night (after 9 pm), any, or a range like 18:00-20:00";

describe("parseDays", () => {
  test.each([
    ["daily", weekly(1, 2, 3, 4, 5, 6, 7)],
    ["every day", weekly(1, 2, 3, 4, 5, 6, 7)],
    ["Each Day", weekly(1, 2, 3, 4, 5, 6, 7)],
    ["  DAILY  ", weekly(1, 2, 3, 4, 5, 6, 7)],
    ["weekdays", weekly(1, 2, 3, 4, 5)],
    ["week days", weekly(1, 2, 3, 4, 5)],
    ["Mon-Fri", weekly(1, 2, 3, 4, 5)],
    ["every weekday", weekly(1, 2, 3, 4, 5)],
    ["weekends", weekly(6, 7)],
    ["weekend", weekly(6, 7)],
    ["Sat, Sun", weekly(6, 7)],
    ["Sat & Sun", weekly(6, 7)],
    ["Monday", weekly(1)],
    ["Mon", weekly(1)],
    ["Mondays", weekly(1)],
    ["on Mondays", weekly(1)],
    ["every Monday", weekly(1)],
    ["Tues", weekly(2)],
    ["Thurs", weekly(4)],
    ["Thrs", weekly(4)],
    ["Weds", weekly(3)],
    ["wednesdays", weekly(3)],
    ["Mon, Wed, Fri", weekly(1, 3, 5)],
    ["Fri, Mon, Wed, Mon", weekly(1, 3, 5)],
    ["Mon Wed Fri", weekly(1, 3, 5)],
    ["mon;wed;fri", weekly(1, 3, 5)],
    ["Mon/Wed/Fri", weekly(1, 3, 5)],
    ["tue and thu", weekly(2, 4)],
    ["TUESDAY AND THURSDAY", weekly(2, 4)],
    ["Tue, Thu", weekly(2, 4)],
    ["Mon. and Thu.", weekly(1, 4)],
    ["Tue-Thu", weekly(2, 3, 4)],
    ["Tue – Thu", weekly(2, 3, 4)],
    ["Tue—Thu", weekly(2, 3, 4)],
    ["Mon to Fri", weekly(1, 2, 3, 4, 5)],
    ["Monday through Wednesday", weekly(1, 2, 3)],
    ["Fri-Mon", weekly(1, 5, 6, 7)],
    ["Sun-Tue", weekly(1, 2, 7)],
    ["Mon-Wed, Sat", weekly(1, 2, 3, 6)],
    ["weekdays and Sat", weekly(1, 2, 3, 4, 5, 6)],
    ["Sat only", weekly(6)],
  ])("%j is a weekly rule", (text, rule) => {
    expect(value(parseDays(text))).toEqual(rule);
  });

  test.each([
    ["every 3 days", 3],
    ["Every 3 Days", 3],
    ["every 3 day", 3],
    ["every other day", 2],
    ["every 2nd day", 2],
    ["every second day", 2],
    ["every 3rd day", 3],
    ["every three days", 3],
    ["every 60 days", 60],
  ])("%j repeats every %i days", (text, interval) => {
    expect(value(parseDays(text))).toEqual({ kind: "every", interval });
  });

  test.each(["every 1 day", "every 1 days", "every one day"])("%j is daily", (text) => {
    expect(value(parseDays(text))).toEqual(weekly(1, 2, 3, 4, 5, 6, 7));
  });

  test.each([
    ["once 2026-12-09", ["2026-12-09"]],
    ["Once on 2026-12-09", ["2026-12-09"]],
    ["on 2026-12-09", ["2026-12-09"]],
    ["2026-12-09", ["2026-12-09"]],
    ["2026-12-9", ["2026-12-09"]],
    ["2026/12/09", ["2026-12-09"]],
    ["Wed 2026-12-09", ["2026-12-09"]],
    ["2027-01-06, 2027-01-20, 2027-02-03", ["2027-01-06", "2027-01-20", "2027-02-03"]],
    ["2027-02-03; 2027-01-06 and 2027-01-20", ["2027-01-06", "2027-01-20", "2027-02-03"]],
    ["2027-01-20 & 2027-01-06 / 2027-01-20", ["2027-01-06", "2027-01-20"]],
    ["2027-01-20 2027-01-06", ["2027-01-06", "2027-01-20"]],
    ["2028-02-29", ["2028-02-29"]],
  ])("%j is a list of dates", (text, dates) => {
    expect(value(parseDays(text))).toEqual({ kind: "dates", dates });
  });

  test("empty text says Days is empty and how to write it", () => {
    expect(error(parseDays(""))).toBe(`Days is empty. ${DAYS_HELP}`);
    expect(error(parseDays("   "))).toBe(`Days is empty. ${DAYS_HELP}`);
  });

  test("an unknown word is named, with the valid forms", () => {
    expect(error(parseDays("Mon, Funday"))).toBe(
      'Could not read "Mon, Funday" as days: "Funday" is not a day. Write daily, weekdays, ' +
        'weekends, days like "Mon, Wed, Fri" or "Tue-Thu", "every 3 days", "once 9 Dec" ' +
        'or a list of dates; "except" leaves days or dates out ("weekdays except Wed").',
    );
  });

  test.each([
    ["Wendesday", '"Wendesday" is not a day (did you mean Wednesday?)'],
    ["Thrusday", '"Thrusday" is not a day (did you mean Thursday?)'],
    ["Mon, Tuseday", '"Tuseday" is not a day (did you mean Tuesday?)'],
    ["Tue-Thrusday", '"Thrusday" is not a day (did you mean Thursday?)'],
    ["Mon, Fir", '"Fir" is not a day (did you mean Friday?)'],
    ["Mon or Tue", '"or" is not a day'],
    ["Mon-Funday", '"Funday" is not a day'],
    ["9 Dec", '"9 Dec" has no year: write 9 December 2026 or 2026-12-09, with the right year'],
    ["Mon-", '"Mon-" is not a range of days: write it like Tue-Thu'],
    ["Mon-Wed-Fri", '"Mon-Wed-Fri" is not a range of days'],
    ["Mon-Mon", '"Mon-Mon" starts and ends on Monday: write Mon for one day, or daily'],
    ["only", '"only" names no days'],
    ["every 0 days", "an interval must be from 1 to 60 days, not 0"],
    ["every 61 days", "an interval must be from 1 to 60 days, not 61"],
    ["every 2 weeks", "repeats by the week are not supported"],
    ["every other week", "repeats by the week are not supported"],
    ["weekly", '"weekly" does not say which days'],
    ["every other Tuesday", '"every other Tuesday" is not one weekly rule: list the dates'],
    ["2026-02-30", '"2026-02-30" is not a real date: February 2026 has days 1 to 28'],
    ["2026-13-01", '"2026-13-01" is not a real date: there is no month 13'],
    ["2027-01-06, 2027-02-29", '"2027-02-29" is not a real date'],
    ["09/12/2026", '"09/12/2026" could be read two ways: write dates as YYYY-MM-DD'],
    ["once", '"once" needs a date, like once 2026-12-09'],
    [
      "once a week",
      '"once a week" says how often but not which days: write the days it happens, like "Wed"',
    ],
    ["Tue 2026-12-09", '"Tue" does not match 2026-12-09, which is a Wednesday'],
    ["2026-12-09, Wed", '"Wed" is a day, but this cell lists dates'],
  ])("%j is refused: %s", (text, reason) => {
    const message = error(parseDays(text));
    expect(message).toContain(`Could not read "${text}" as days: ${reason}`);
    expect(message.endsWith(DAYS_HELP)).toBe(true);
  });

  test("the help names every form", () => {
    for (const form of [
      "daily",
      "weekdays",
      "weekends",
      "Mon, Wed, Fri",
      "Tue-Thu",
      "every 3 days",
    ]) {
      expect(DAYS_HELP).toContain(form);
    }
    expect(DAYS_HELP).toContain("once 9 Dec");
    expect(DAYS_HELP).not.toContain("\n");
  });
});

describe("formatDays", () => {
  test.each<[DaysRule, string]>([
    [weekly(1, 2, 3, 4, 5, 6, 7), "daily"],
    [weekly(1, 2, 3, 4, 5), "weekdays"],
    [weekly(6, 7), "weekends"],
    [weekly(2, 3, 4), "Tue-Thu"],
    [weekly(1, 3, 5), "Mon, Wed, Fri"],
    [weekly(2, 4), "Tue, Thu"],
    [weekly(1, 2), "Mon, Tue"],
    [weekly(1, 2, 3, 6), "Mon-Wed, Sat"],
    [weekly(1, 5, 6, 7), "Mon, Fri-Sun"],
    [weekly(1, 2, 3, 4, 5, 6), "Mon-Sat"],
    [weekly(4, 1, 4), "Mon, Thu"],
    [{ kind: "every", interval: 3 }, "every 3 days"],
    [{ kind: "every", interval: 1 }, "daily"],
    [{ kind: "dates", dates: ["2026-12-09"] }, "once 2026-12-09"],
    [{ kind: "dates", dates: ["2027-01-20", "2027-01-06"] }, "2027-01-06, 2027-01-20"],
  ])("%j is written %j", (rule, text) => {
    expect(formatDays(rule)).toBe(text);
  });

  const weekdaySets = fc
    .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
    .map((days) => weekly(...(days.sort((a, b) => a - b) as Weekday[])));
  const intervals = fc
    .integer({ min: 2, max: 60 })
    .map((interval): DaysRule => ({ kind: "every", interval }));
  const dateLists = fc
    .uniqueArray(fc.integer({ min: dayNumber("2000-01-01"), max: dayNumber("2099-12-31") }), {
      minLength: 1,
      maxLength: 8,
    })
    .map((days): DaysRule => ({ kind: "dates", dates: days.map(fromDayNumber).sort() }));

  test("parseDays reads formatDays back to the same rule", () => {
    fc.assert(
      fc.property(fc.oneof(weekdaySets, intervals, dateLists), (rule) => {
        expect(value(parseDays(formatDays(rule)))).toEqual(rule);
        expect(value(parseDays(formatDays(rule).toUpperCase()))).toEqual(rule);
      }),
    );
  });

  test("any day names in any order, case and separator read as the sorted set", () => {
    const names = ["Monday", "Tue", "weds", "Thursdays", "FRI", "Saturday", "sun"];
    const separators = fc.constantFrom(", ", " and ", " & ", "/", "; ", " ");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        separators,
        (days, separator) => {
          const text = days.map((day) => names[day - 1]).join(separator);
          const expected = [...days].sort((a, b) => a - b);
          expect(value(parseDays(text))).toEqual(weekly(...(expected as Weekday[])));
        },
      ),
    );
  });
});

describe("parseTime", () => {
  const any: TimeRule = { kind: "any", start: 0, end: 1440, label: "any" };
  const period = (label: keyof typeof PERIODS): TimeRule => ({
    kind: "period",
    ...PERIODS[label],
    label,
  });
  const range = (start: number, end: number, label: string): TimeRule => ({
    kind: "range",
    start,
    end,
    label,
  });

  test("periods follow the product guide", () => {
    expect(PERIODS).toEqual({
      morning: { start: 360, end: 720 },
      afternoon: { start: 720, end: 1020 },
      evening: { start: 1020, end: 1260 },
      night: { start: 1260, end: 1440 },
    });
  });

  test.each(["any", "Any", "any time", "anytime", "all day", "ANY TIME"])("%j is any time", (t) => {
    expect(value(parseTime(t))).toEqual(any);
  });

  test.each<[string, keyof typeof PERIODS]>([
    ["morning", "morning"],
    ["Morning", "morning"],
    ["mornings", "morning"],
    ["in the morning", "morning"],
    ["afternoon", "afternoon"],
    ["Afternoons", "afternoon"],
    ["evening", "evening"],
    ["in the evening", "evening"],
    ["every evening", "evening"],
    ["night", "night"],
    ["at night", "night"],
    ["Nights.", "night"],
  ])("%j is the %s", (text, name) => {
    expect(value(parseTime(text))).toEqual(period(name));
  });

  test.each([
    ["18:00-20:00", 1080, 1200, "18:00-20:00"],
    ["18:00 - 20:00", 1080, 1200, "18:00-20:00"],
    ["10:30–13:00", 630, 780, "10:30-13:00"],
    ["18-20", 1080, 1200, "18:00-20:00"],
    ["6pm-8pm", 1080, 1200, "18:00-20:00"],
    ["6PM - 8PM", 1080, 1200, "18:00-20:00"],
    ["6:30 pm to 8 pm", 1110, 1200, "18:30-20:00"],
    ["6 p.m. - 8 p.m.", 1080, 1200, "18:00-20:00"],
    ["6-8pm", 1080, 1200, "18:00-20:00"],
    ["11-1pm", 660, 780, "11:00-13:00"],
    ["9am-5", 540, 1020, "09:00-17:00"],
    ["9am-noon", 540, 720, "09:00-12:00"],
    ["noon-2pm", 720, 840, "12:00-14:00"],
    ["12am-6am", 0, 360, "00:00-06:00"],
    ["10pm-midnight", 1320, 1440, "22:00-24:00"],
    ["10pm-12am", 1320, 1440, "22:00-24:00"],
    ["22:00-00:00", 1320, 1440, "22:00-24:00"],
    ["18.00-20.00", 1080, 1200, "18:00-20:00"],
    ["1830-2000", 1110, 1200, "18:30-20:00"],
    ["18h30-20h", 1110, 1200, "18:30-20:00"],
    ["from 14:00 to 16:00", 840, 960, "14:00-16:00"],
    ["between 6 and 8 pm", 1080, 1200, "18:00-20:00"],
    ["00:00-24:00", 0, 1440, "00:00-24:00"],
    ["after 21:00", 1260, 1440, "21:00-24:00"],
    ["after 9pm", 1260, 1440, "21:00-24:00"],
    ["9 pm onwards", 1260, 1440, "21:00-24:00"],
    ["from 14:00", 840, 1440, "14:00-24:00"],
    ["before 10:00", 0, 600, "00:00-10:00"],
    ["Before 10am", 0, 600, "00:00-10:00"],
    ["until 11:00", 0, 660, "00:00-11:00"],
  ])("%j is the range %i-%i", (text, start, end, label) => {
    expect(value(parseTime(text))).toEqual(range(start, end, label));
  });

  test("formatTime is the label", () => {
    expect(formatTime(value(parseTime("6pm-8pm")))).toBe("18:00-20:00");
    expect(formatTime(value(parseTime("Mornings")))).toBe("morning");
    expect(formatTime(value(parseTime("any time")))).toBe("any");
  });

  test("empty text says Time is empty and how to write it", () => {
    expect(error(parseTime(""))).toBe(`Time is empty. ${TIME_HELP}`);
    expect(error(parseTime(" "))).toBe(`Time is empty. ${TIME_HELP}`);
  });

  test.each([
    ["09:00-02:00", '"09:00-02:00" ends at 02:00, before it starts at 09:00'],
    ["20:00-18:00", '"20:00-18:00" ends at 18:00, before it starts at 20:00'],
    ["18:00-18:00", '"18:00-18:00" starts and ends at 18:00'],
    ["25:00-26:00", '"25:00" is not a time: hours go up to 24'],
    ["18:00-24:30", '"24:30" is not a time: the day ends at 24:00'],
    ["18:75-19:00", '"18:75" is not a time: minutes go up to 59'],
    ["13pm-2pm", '"13pm" is not a time: with am or pm the hour is 1 to 12'],
    ["after 24:00", '"after 24:00" leaves no time in the day'],
    ["brunchtime", '"brunchtime" is not a time'],
    ["mornin", '"mornin" is not a time (did you mean morning?)'],
    ["evenning", '"evenning" is not a time (did you mean evening?)'],
    ["18:00", '"18:00" is one time, not a window: write a range like 18:00-20:00, or after 18:00'],
    ["10-12-14", '"10-12-14" is not one range'],
    ["18:00-", '"18:00-" is not one range'],
    ["after lunch", '"lunch" is not a time'],
    ["18:5-19", '"18:5" is not a time'],
    [
      "morning, evening",
      "it names 2 windows (morning, evening), but a row holds one: write one row per window",
    ],
    [
      "morning and afternoon",
      "it names 2 windows (morning, afternoon), but a row holds one: " +
        "write one row per window, or one range like 06:00-17:00",
    ],
    ["mornings or evenings", "it names 2 windows (morning, evening)"],
  ])("%j is refused: %s", (text, reason) => {
    const message = error(parseTime(text));
    expect(message).toContain(`Could not read "${text}" as a time: ${reason}`);
    expect(message).toContain(VALID_TIMES);
    expect(message.endsWith(TIME_HELP)).toBe(true);
  });

  test("the help is one line and names the periods' hours", () => {
    expect(TIME_HELP).toContain(VALID_TIMES);
    expect(TIME_HELP).toContain("06:00-12:00");
    expect(TIME_HELP).not.toContain("\n");
  });

  test("any written range reads back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }), (a, b) => {
        fc.pre(a < b);
        const label = `${formatMinutes(a)}-${formatMinutes(b)}`;
        const rule = value(parseTime(label));
        expect(rule).toEqual(range(a, b, label));
        expect(value(parseTime(formatTime(rule)))).toEqual(rule);
      }),
    );
  });
});

describe("formatMinutes", () => {
  test.each([
    [0, "00:00"],
    [5, "00:05"],
    [600, "10:00"],
    [630, "10:30"],
    [1439, "23:59"],
    [1440, "24:00"],
  ])("%i is %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe("parseQuietTimes", () => {
  test.each(["", "  ", "none", "None", "no", "n/a", "-"])("%j is no quiet times", (text) => {
    expect(value(parseQuietTimes(text))).toEqual([]);
  });

  test.each([
    ["before 10:00", [{ start: 0, end: 600 }]],
    ["no visits before 10:00", [{ start: 0, end: 600 }]],
    ["after 21:00", [{ start: 1260, end: 1440 }]],
    ["after 9pm", [{ start: 1260, end: 1440 }]],
    ["13:00-14:00", [{ start: 780, end: 840 }]],
    [
      "after 21:00, before 10:00",
      [
        { start: 0, end: 600 },
        { start: 1260, end: 1440 },
      ],
    ],
    [
      "before 10:00; 13:00-14:00 and after 9pm",
      [
        { start: 0, end: 600 },
        { start: 780, end: 840 },
        { start: 1260, end: 1440 },
      ],
    ],
    ["13:00-14:00, 12:30-13:30", [{ start: 750, end: 840 }]],
    ["before 10:00, 10:00-11:00", [{ start: 0, end: 660 }]],
    ["between 13:00 and 14:00", [{ start: 780, end: 840 }]],
  ])("%j", (text, windows) => {
    expect(value(parseQuietTimes(text))).toEqual(windows);
  });

  test.each([
    ["before 10, brunch", '"brunch" is not a time'],
    ["22:00-14:00", '"22:00-14:00" ends at 14:00, before it starts at 22:00'],
    ["before 25:00", '"25:00" is not a time: hours go up to 24'],
  ])("%j is refused: %s", (text, reason) => {
    const message = error(parseQuietTimes(text));
    expect(message).toContain(`Could not read "${text}" as quiet times: ${reason}`);
    expect(message.endsWith(QUIET_TIMES_HELP)).toBe(true);
  });

  test("windows come back sorted and apart", () => {
    const window = fc
      .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
      .filter(([a, b]) => a < b);
    fc.assert(
      fc.property(fc.array(window, { minLength: 1, maxLength: 5 }), (pairs) => {
        const text = pairs.map(([a, b]) => `${formatMinutes(a)}-${formatMinutes(b)}`).join(", ");
        const windows = value(parseQuietTimes(text));
        for (let i = 1; i < windows.length; i++) {
          expect(windows[i].start).toBeGreaterThan(windows[i - 1].end);
        }
        for (const [a, b] of pairs) {
          expect(windows.some((w) => w.start <= a && b <= w.end)).toBe(true);
        }
      }),
    );
  });
});
