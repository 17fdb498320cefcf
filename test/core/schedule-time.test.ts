import { parseQuietTimes, parseTime, type Parsed } from "../../src/core/schedule";
import type { TimeRule } from "../../src/core/model";

// Issue 12: hours written without am/pm are read the way people offering help mean them, and
// where a phrase could mean two things the error names both. Every expectation is worked out
// by hand from the rule at the top of src/core/clock.ts.

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected a value, got: ${parsed.error}`);
  return parsed.value;
}

function error<T>(parsed: Parsed<T>): string {
  if (parsed.ok) throw new Error(`expected an error, got: ${JSON.stringify(parsed.value)}`);
  return parsed.error;
}

const label = (text: string) => value(parseTime(text)).label;

describe("bare hours in a range", () => {
  test.each([
    // a start from 1 to 6 is afternoon or evening
    ["5-7", "17:00-19:00"],
    ["2-4", "14:00-16:00"],
    ["1-3", "13:00-15:00"],
    ["6-8", "18:00-20:00"],
    ["4-6", "16:00-18:00"],
    ["5:30-7", "17:30-19:00"],
    ["6-12", "18:00-24:00"],
    ["between 6 and 8", "18:00-20:00"],
    ["5 till 7", "17:00-19:00"],
    ["5ish-7", "17:00-19:00"],
    // 12 is noon
    ["12-2", "12:00-14:00"],
    ["12-6", "12:00-18:00"],
    // a morning start and an end earlier on the 12-hour clock spans noon
    ["9-5", "09:00-17:00"],
    ["10-2", "10:00-14:00"],
    ["11-1", "11:00-13:00"],
    ["8-4", "08:00-16:00"],
    ["7-3", "07:00-15:00"],
    ["9-9", "09:00-21:00"],
    ["10-6", "10:00-18:00"],
    ["9 to 5", "09:00-17:00"],
  ])("%j is %s", (text, reading) => {
    expect(label(text)).toBe(reading);
  });

  test("the issue's phrases: 5-7 is dinner time, not dawn", () => {
    expect(value(parseTime("5-7"))).toEqual<TimeRule>({
      kind: "range",
      start: 17 * 60,
      end: 19 * 60,
      label: "17:00-19:00",
    });
  });

  test.each([
    ["8-10", "08:00-10:00 or 20:00-22:00: write 8am-10am or 8pm-10pm"],
    ["7-9", "07:00-09:00 or 19:00-21:00: write 7am-9am or 7pm-9pm"],
    ["9-11", "09:00-11:00 or 21:00-23:00: write 9am-11am or 9pm-11pm"],
    ["10-12", "10:00-12:00 or 22:00-24:00: write 10am-12pm or 10pm-12am"],
    ["9-12", "09:00-12:00 or 21:00-24:00"],
    ["8:30-10", "08:30-10:00 or 20:30-22:00: write 8:30am-10am or 8:30pm-10pm"],
    ["5-2", "17:00-02:00 or 05:00-14:00: write 5pm-2am or 5am-2pm"],
    ["3-3", "15:00-03:00 or 03:00-15:00"],
    // 12am is written for noon as often as for midnight
    ["9-12am", "09:00-12:00 or 21:00-24:00: write 9am-12pm or 9pm-12am"],
  ])("%j is ambiguous: could mean %s", (text, readings) => {
    expect(error(parseTime(text))).toContain(`"${text}" could mean ${readings}`);
  });
});

describe("a bare hour beside a literal one takes the shorter window", () => {
  test.each([
    ["9am-12", "09:00-12:00"],
    ["9am-5", "09:00-17:00"],
    ["8am-10", "08:00-10:00"],
    ["7pm-9", "19:00-21:00"],
    ["10pm-12", "22:00-24:00"],
    ["6-8pm", "18:00-20:00"],
    ["6-8am", "06:00-08:00"],
    ["11-1pm", "11:00-13:00"],
    ["9-5pm", "09:00-17:00"],
    ["noon-2", "12:00-14:00"],
    ["9-17", "09:00-17:00"],
    ["9-17:30", "09:00-17:30"],
    ["10:30-1", "10:30-13:00"],
    ["13:00-5", "13:00-17:00"],
    ["20-2", "20:00-02:00"],
    ["10pm-6", "22:00-06:00"],
    ["9-12pm", "09:00-12:00"],
    ["9a-5p", "09:00-17:00"],
    ["7-9a", "07:00-09:00"],
    ["5:30p-7p", "17:30-19:00"],
    ["10pm-12am", "22:00-24:00"],
    ["6-12am", "18:00-24:00"],
  ])("%j is %s", (text, reading) => {
    expect(label(text)).toBe(reading);
  });
});

describe("one side of the day", () => {
  test.each([
    ["after 5", "17:00-24:00"],
    ["after 1", "13:00-24:00"],
    ["from 2", "14:00-24:00"],
    ["after 12", "12:00-24:00"],
    ["before 3", "00:00-15:00"],
    ["until 6", "00:00-18:00"],
    ["after 8pm", "20:00-24:00"],
    ["from 9am", "09:00-24:00"],
    ["before 10am", "00:00-10:00"],
    ["after 21:00", "21:00-24:00"],
    ["7pm onwards", "19:00-24:00"],
  ])("%j is %s", (text, reading) => {
    expect(label(text)).toBe(reading);
  });

  test.each([
    ["after 8", "after 08:00 or after 20:00: write after 8am or after 8pm"],
    ["from 9", "after 09:00 or after 21:00: write after 9am or after 9pm"],
    ["before 10", "before 10:00 or before 22:00: write before 10am or before 10pm"],
    ["after 7", "after 07:00 or after 19:00"],
  ])("%j is ambiguous: %s", (text, readings) => {
    expect(error(parseTime(text))).toContain(`could mean ${readings}`);
  });

  test("after midnight is the small hours, so it asks until when", () => {
    expect(error(parseTime("after midnight"))).toContain(
      '"after midnight" does not say until when: write a range like 00:00-06:00',
    );
  });

  test("a single bare hour suggests its afternoon reading", () => {
    expect(error(parseTime("5"))).toContain(
      '"5" is one time, not a window: write a range like 17:00-19:00, or after 17:00',
    );
  });
});

describe("the 24-hour clock is literal", () => {
  test.each([
    ["07:00-09:00", "07:00-09:00"],
    ["10:00-12:00", "10:00-12:00"],
    ["10:30-11:45", "10:30-11:45"],
    ["0700-0900", "07:00-09:00"],
    ["18-20", "18:00-20:00"],
    ["9h-11h", "09:00-11:00"],
  ])("%j is %s", (text, reading) => {
    expect(label(text)).toBe(reading);
  });
});

describe("windows that cross midnight", () => {
  test.each([
    ["22:00-06:00", 1320, 1800, "22:00-06:00"],
    ["10pm-6am", 1320, 1800, "22:00-06:00"],
    ["21:30-02:00", 1290, 1560, "21:30-02:00"],
    ["12:00-12:00", undefined, undefined, ""],
  ])("%j runs past 24:00 from its first day", (text, start, end, reading) => {
    if (start === undefined) {
      expect(error(parseTime(text))).toContain('"12:00-12:00" starts and ends at 12:00');
      return;
    }
    expect(value(parseTime(text))).toEqual({ kind: "range", start, end, label: reading });
  });

  test("overnight is 22:00 to 07:00 the next morning, exact", () => {
    expect(value(parseTime("overnight"))).toEqual({
      kind: "range",
      start: 1320,
      end: 1860,
      label: "overnight",
    });
    expect(value(parseTime("all night")).label).toBe("overnight");
  });

  test("a window may not run past noon the next day", () => {
    expect(error(parseTime("20:00-13:00"))).toContain(
      '"20:00-13:00" ends at 13:00, before it starts at 20:00 (a window that crosses midnight ends by 12:00)',
    );
  });

  test("quiet times that cross midnight are kept as their two halves", () => {
    expect(value(parseQuietTimes("22:00-07:00"))).toEqual([
      { start: 0, end: 420 },
      { start: 1320, end: 1440 },
    ]);
  });
});

describe("quiet times read bare hours as quiet times mean them", () => {
  test.each([
    ["before 10", [{ start: 0, end: 600 }]],
    ["after 9", [{ start: 1260, end: 1440 }]],
    [
      "before 9, after 8",
      [
        { start: 0, end: 540 },
        { start: 1200, end: 1440 },
      ],
    ],
    ["after 5", [{ start: 1020, end: 1440 }]],
  ])("%j", (text, windows) => {
    expect(value(parseQuietTimes(text))).toEqual(windows);
  });
});

describe("words for a time of day", () => {
  test.each([
    ["lunchtime", "period", 720, 840, "lunchtime"],
    ["lunch", "period", 720, 840, "lunchtime"],
    ["at lunchtime", "period", 720, 840, "lunchtime"],
    ["after work", "period", 1080, 1260, "after work"],
    ["early morning", "period", 360, 540, "early morning"],
    ["early mornings", "period", 360, 540, "early morning"],
    ["late afternoon", "period", 900, 1020, "late afternoon"],
    ["after school", "period", 900, 1080, "after school"],
    ["dinnertime", "period", 1020, 1140, "dinnertime"],
    ["during the day", "period", 540, 1020, "daytime"],
    ["all day", "any", 0, 1440, "any"],
    ["whenever", "any", 0, 1440, "any"],
    ["flexible", "any", 0, 1440, "any"],
  ])("%j is %s %i-%i", (text, kind, start, end, name) => {
    expect(value(parseTime(text))).toEqual({ kind, start, end, label: name });
  });

  test("every word's label reads back to itself", () => {
    for (const text of ["lunchtime", "after work", "early morning", "overnight", "daytime"]) {
      const rule = value(parseTime(text));
      expect(value(parseTime(rule.label))).toEqual(rule);
    }
  });

  test.each([
    ["lunchtim", "lunchtime"],
    ["overnigth", "overnight"],
    ["wheneve", "whenever"],
  ])("%j suggests %s", (text, guess) => {
    expect(error(parseTime(text))).toContain(`"${text}" is not a time (did you mean ${guess}?)`);
  });
});
