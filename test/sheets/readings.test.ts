import { readMap as readMapOn } from "../../src/sheets/read-map";
import { DAYS_HELP, TIME_HELP } from "../../src/core/schedule";

/** Today is the caller's: these maps have their own dates, so it only stands in for the clock. */
const readMap = (sheets: Parameters<typeof readMapOn>[0], options: { locale?: string } = {}) =>
  readMapOn(sheets, { today: "2026-12-07", ...options });

// Issue 12: every Days and Time cell of Needs and Offers comes back with how it was read, so a
// misreading shows before anyone is asked at the wrong hour. The map runs 7-20 Dec 2026;
// 2026-12-25 is outside it, 2026-12-09 is a Wednesday.

const SETTINGS = [
  ["Setting", "Value"],
  ["Start date", "2026-12-07"],
  ["End date", "2026-12-20"],
];
const NEEDS_HEADER = ["Need", "Type", "Category", "Priority", "Days", "Time", "Mode"];
const PEOPLE_HEADER = ["Name", "Email", "Status"];
const OFFERS_HEADER = ["Person", "Type", "Days", "Time", "Mode"];

function sheets(needs: unknown[][], offers: unknown[][] = [], people: unknown[][] = []) {
  return {
    Settings: SETTINGS,
    Needs: [NEEDS_HEADER, ...needs],
    People: [PEOPLE_HEADER, ...people],
    Offers: [OFFERS_HEADER, ...offers],
  };
}

describe("readings", () => {
  it("gives every Days and Time cell its reading or its error, in sheet and row order", () => {
    const { readings } = readMap(
      sheets(
        [
          ["Dinner", "meals", "practical", "high", "MWF", "5-7", "in person"],
          ["Lift", "rides", "practical", "low", "9 Dec", "8-10", "in person"],
        ],
        [["Ana", "meals", "weekdays except Wed", "after 5", "in person"]],
        [["Ana", "ana@example.com", "active"]],
      ),
    );
    expect(readings).toEqual([
      { sheet: "Needs", row: 2, column: "Days", text: "MWF", reading: "Mon, Wed, Fri" },
      { sheet: "Needs", row: 2, column: "Time", text: "5-7", reading: "17:00-19:00" },
      { sheet: "Needs", row: 3, column: "Days", text: "9 Dec", reading: "Wed 9 Dec 2026" },
      {
        sheet: "Needs",
        row: 3,
        column: "Time",
        text: "8-10",
        error:
          'Could not read "8-10" as a time: "8-10" could mean 08:00-10:00 or 20:00-22:00: ' +
          "write 8am-10am or 8pm-10pm.",
      },
      {
        sheet: "Offers",
        row: 2,
        column: "Days",
        text: "weekdays except Wed",
        reading: "Mon, Tue, Thu, Fri",
      },
      { sheet: "Offers", row: 2, column: "Time", text: "after 5", reading: "17:00-24:00" },
    ]);
  });

  it("reads a need's dates with the map's year and skips dates off", () => {
    const { map, readings, errors } = readMap(
      sheets([["Walk", "pets", "practical", "high", "daily except 9 Dec", "morning", "either"]]),
    );
    expect(errors).toEqual([]);
    expect(map.needs[0].days).toEqual({
      kind: "weekly",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      skip: ["2026-12-09"],
    });
    expect(readings[0].reading).toBe("every day except Wed 9 Dec 2026");
    expect(readings[1].reading).toBe("morning (06:00-12:00)");
  });

  it("takes a time of day typed in Days into a blank Time, and says so", () => {
    const { map, readings, errors } = readMap(
      sheets([["Call", "calls", "emotional", "medium", "weekday evenings", "", "remote"]]),
    );
    expect(errors).toEqual([]);
    expect(map.needs[0]).toMatchObject({
      days: { kind: "weekly", weekdays: [1, 2, 3, 4, 5] },
      time: { kind: "period", label: "evening" },
    });
    expect(readings).toEqual([
      {
        sheet: "Needs",
        row: 2,
        column: "Days",
        text: "weekday evenings",
        reading: "Mon-Fri (evening is read into Time)",
      },
      {
        sheet: "Needs",
        row: 2,
        column: "Time",
        text: "",
        reading: "evening (17:00-21:00), from Days",
      },
    ]);
  });

  it("keeps both cells when Days and Time disagree, and says where each half belongs", () => {
    const { errors } = readMap(
      sheets([["Call", "calls", "emotional", "medium", "weekday evenings", "morning", "remote"]]),
    );
    expect(errors[0].message).toContain(
      '"weekday evenings" names a time of day: write "weekday" in Days and "evening" in Time',
    );
  });

  it("gives the syntax help once when many cells are wrong", () => {
    const { errors } = readMap(
      sheets([
        ["A", "meals", "practical", "high", "Funday", "7-9", "either"],
        ["B", "meals", "practical", "high", "Blursday", "after 8", "either"],
      ]),
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Days"],
      [2, "Time"],
      [3, "Days"],
      [3, "Time"],
    ]);
    expect(errors[0].message.endsWith(DAYS_HELP)).toBe(true);
    expect(errors[1].message.endsWith(TIME_HELP)).toBe(true);
    expect(errors[2].message).toBe(
      'Could not read "Blursday" as days: "Blursday" is not a day. ' +
        "(How to write it: see Needs, row 2, Days.)",
    );
    expect(errors[3].message).toBe(
      'Could not read "after 8" as a time: "after 8" could mean after 08:00 or after 20:00: ' +
        "write after 8am or after 8pm. (How to write it: see Needs, row 2, Time.)",
    );
  });

  it("never shows the offers of someone not to be involved", () => {
    const { readings } = readMap(
      sheets(
        [],
        [["Tom", "meals", "MWF", "5-7", "either"]],
        [["Tom", "tom@example.com", "do not involve"]],
      ),
    );
    expect(readings).toEqual([]);
  });

  it("reads numeric dates in the spreadsheet's locale", () => {
    const row = (days: string) => [
      ["Lift", "rides", "practical", "low", days, "10:00-11:00", "in person"],
    ];
    // The map runs 7-20 Dec 2026. Day first (en_GB), 9/12 is 9 December.
    expect(readMap(sheets(row("9/12")), { locale: "en_GB" }).readings[0]).toMatchObject({
      reading: "Wed 9 Dec 2026",
    });
    // Month first (en_US), 12/9 is 9 December.
    const us = readMap(sheets(row("12/9")), { locale: "en_US" });
    expect(us.readings[0]).toMatchObject({ reading: "Wed 9 Dec 2026" });
    expect(us.map.needs[0].days).toEqual({ kind: "dates", dates: ["2026-12-09"] });
    // Day first, 12/9 would be 12 September, outside the map: asked, not guessed.
    expect(readMap(sheets(row("12/9")), { locale: "en_GB" }).readings[0].error).toContain(
      '"12/9" could be read two ways',
    );
  });

  it("shows how the Settings' Quiet times were read", () => {
    const withQuiet = (quiet: string) =>
      readMap({
        ...sheets([]),
        Settings: [...SETTINGS, ["Quiet times", quiet]],
      }).readings;
    expect(withQuiet("before 10, after 9")).toEqual([
      {
        sheet: "Settings",
        row: 4,
        column: "Quiet times",
        text: "before 10, after 9",
        reading: "00:00-10:00, 21:00-24:00",
      },
    ]);
    expect(withQuiet("22:00-07:00")[0].reading).toBe("00:00-07:00, 22:00-24:00");
    expect(withQuiet("brunch")[0].error).toContain('"brunch" is not a time');
  });
});
