import { createAppsScriptEnv } from "../../src/fakes";

function setup(timeZone = "Europe/London") {
  const env = createAppsScriptEnv({ timeZone });
  const sheet = env.spreadsheet.getActiveSheet();
  /** What the cell holds after a script writes `input` to A1. */
  const write = (input: unknown) => {
    const range = sheet.getRange("A1").setValue(input);
    return {
      value: range.getValue(),
      formula: range.getFormula(),
      display: range.getDisplayValue(),
    };
  };
  return { env, sheet, write };
}

describe("strings written by a script are read as if typed", () => {
  test("a string starting with = is a formula we do not evaluate", () => {
    const { write } = setup();
    expect(write("=SUM(B1:B3)")).toEqual({
      value: "#ERROR!",
      formula: "=SUM(B1:B3)",
      display: "#ERROR!",
    });
  });

  test("+, - and @ that do not start a number are formula attempts", () => {
    const { write } = setup();
    expect(write("+44 7700 900123")).toMatchObject({
      value: "#ERROR!",
      formula: "=+44 7700 900123",
    });
    expect(write("- ask Ann first")).toMatchObject({ value: "#ERROR!" });
    expect(write("@home")).toMatchObject({ value: "#ERROR!" });
  });

  test("numeric strings become numbers, TRUE and FALSE become booleans", () => {
    const { write } = setup();
    expect(write("42").value).toBe(42);
    expect(write("-3.5").value).toBe(-3.5);
    expect(write("+7").value).toBe(7);
    expect(write("0123").value).toBe(123);
    expect(write("TRUE").value).toBe(true);
    expect(write("false").value).toBe(false);
    expect(write("42 Oak Lane").value).toBe("42 Oak Lane");
  });

  test("an ISO date becomes a Date at midnight in the spreadsheet's time zone", () => {
    const { write } = setup("Europe/London");
    const summer = write("2026-07-09");
    expect(summer.value).toBeInstanceOf(Date);
    expect((summer.value as Date).toISOString()).toBe("2026-07-08T23:00:00.000Z");
    expect(summer.display).toBe("2026-07-09");
    expect((write("2026-12-09").value as Date).toISOString()).toBe("2026-12-09T00:00:00.000Z");
    expect(write("2026-02-30").value).toBe("2026-02-30");
  });

  test("a time of day becomes a time value, shown as typed", () => {
    const { write } = setup("Etc/UTC");
    const t = write("18:00");
    expect((t.value as Date).toISOString()).toBe("1899-12-30T18:00:00.000Z");
    expect(t.display).toBe("18:00");
    expect(write("18:00-20:00").value).toBe("18:00-20:00");
  });

  test("the plain-text format keeps every string exactly as written", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:E1").setNumberFormat("@");
    range.setValues([["=SUM(A1)", "+44 7700 900123", "42", "2026-12-09", "TRUE"]]);
    expect(range.getValues()).toEqual([
      ["=SUM(A1)", "+44 7700 900123", "42", "2026-12-09", "TRUE"],
    ]);
    expect(range.getFormulas()).toEqual([["", "", "", "", ""]]);
  });

  test("a leading apostrophe forces text and is not stored", () => {
    const { write } = setup();
    expect(write("'=SUM(A1)")).toEqual({ value: "=SUM(A1)", formula: "", display: "=SUM(A1)" });
    expect(write("'007").value).toBe("007");
  });
});

describe("text an en_US spreadsheet converts in a cell with automatic format", () => {
  // Hand-computed: 5 January and 1 February... of the year the cell is written in (2026 here).
  test.each([
    ["50%", 0.5],
    ["12.5%", 0.125],
    ["$5", 5],
    ["$1,250.50", 1250.5],
    ["1,000", 1000],
  ])("%s becomes the number %d", (typed, number) => {
    const { write } = setup();
    expect(write(typed).value).toBe(number);
  });

  test.each([
    ["1/2", "2026-01-02T00:00:00.000Z"],
    ["5 Jan", "2026-01-05T00:00:00.000Z"],
    ["Jan 5", "2026-01-05T00:00:00.000Z"],
    ["5 January 2027", "2027-01-05T00:00:00.000Z"],
    ["6pm", "1899-12-30T18:00:00.000Z"],
    ["6:30 am", "1899-12-30T06:30:00.000Z"],
  ])("%s becomes the date-time %s", (typed, iso) => {
    const { write } = setup();
    const { value } = write(typed);
    expect(value instanceof Date ? value.toISOString() : value).toBe(iso);
  });

  test("a plain-text cell keeps each of them as typed", () => {
    const { env, sheet } = setup();
    const typed = ["50%", "1/2", "5 Jan", "$5", "1,000", "6pm"];
    const range = sheet.getRange(1, 1, 1, typed.length);
    range.setNumberFormat("@");
    range.setValues([typed]);
    expect(range.getValues()).toEqual([typed]);
    expect(env.totalCalls()).toBeGreaterThan(0);
  });

  test("words that only look like months stay words", () => {
    const { write } = setup();
    expect(write("Mayo 5").value).toBe("Mayo 5");
    expect(write("Dinner 5").value).toBe("Dinner 5");
    expect(write("13/45").value).toBe("13/45");
  });
});

describe("values that are not strings", () => {
  test("numbers, booleans and Dates are stored as they are; empty cells read as empty strings", () => {
    const { sheet } = setup();
    const when = new Date("2026-12-09T10:30:00Z");
    sheet.getRange(1, 1, 1, 5).setValues([[3.25, false, when, null, undefined]]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row).toEqual([3.25, false, when, "", "", ""]);
  });

  test("getValues gives copies: fresh arrays and fresh Dates", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B1");
    range.setValues([[new Date("2026-12-09T00:00:00Z"), "x"]]);
    const first = range.getValues();
    (first[0][0] as Date).setFullYear(1999);
    first[0][1] = "changed";
    expect(range.getValues()).toEqual([[new Date("2026-12-09T00:00:00Z"), "x"]]);
    expect(range.getValues()[0][0]).not.toBe(range.getValues()[0][0]);
  });

  test("display values follow the number format", () => {
    const { sheet } = setup("Etc/UTC");
    const range = sheet.getRange("A1:D1");
    range.setValues([[1234.5, 0.25, true, new Date("2026-12-09T00:00:00Z")]]);
    range.setNumberFormats([["#,##0.00", "0%", "@", "dddd d mmmm yyyy"]]);
    expect(range.getDisplayValues()).toEqual([
      ["1,234.50", "25%", "TRUE", "Wednesday 9 December 2026"],
    ]);
  });

  test("a Date written by a script gets a date format, with the time when it has one", () => {
    const { sheet } = setup("Etc/UTC");
    const range = sheet.getRange("A1:B1");
    range.setValues([[new Date("2026-12-09T00:00:00Z"), new Date("2026-12-09T18:05:00Z")]]);
    expect(range.getNumberFormats()).toEqual([["M/d/yyyy", "M/d/yyyy H:mm:ss"]]);
    expect(range.getDisplayValues()).toEqual([["12/9/2026", "12/9/2026 18:05:00"]]);
  });

  test("a node:vm realm can receive Dates of its own", () => {
    const { env, write } = setup();
    class OtherDate extends Date {}
    env.useDateConstructor(OtherDate as DateConstructor);
    expect(write("2026-12-09").value).toBeInstanceOf(OtherDate);
  });
});
