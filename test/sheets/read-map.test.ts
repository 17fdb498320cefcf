import type { SheetError } from "../../src/core/model";
import { MARIA } from "../../src/examples/maria";
import { readMap } from "../../src/sheets/read-map";

/** Today for maps without a start date: readMap takes it from its caller. */
const TODAY = "2026-12-07";

const SETTINGS = [
  ["Setting", "Value"],
  ["Start date", "2026-12-07"],
  ["End date", "2026-12-20"],
];
const NEEDS_HEADER = ["Need", "Type", "Category", "Priority", "Days", "Time", "Mode"];
const PEOPLE_HEADER = ["Name", "Email", "Status"];
const OFFERS_HEADER = ["Person", "Type", "Days", "Time", "Mode"];

function sheets(parts: {
  settings?: unknown[][];
  needs?: unknown[][];
  people?: unknown[][];
  offers?: unknown[][];
  assignments?: unknown[][];
}): Record<string, unknown[][] | undefined> {
  return {
    Settings: parts.settings ?? SETTINGS,
    Needs: parts.needs ?? [NEEDS_HEADER],
    People: parts.people ?? [PEOPLE_HEADER],
    Offers: parts.offers ?? [OFFERS_HEADER],
    Assignments: parts.assignments,
  };
}

function only(errors: SheetError[], sheet: string): SheetError[] {
  return errors.filter((e) => e.sheet === sheet);
}

describe("finding columns", () => {
  it("reads columns in any order, under aliases and odd spacing, ignoring unknown columns", () => {
    const { map, errors } = readMap(
      sheets({
        needs: [
          ["  mode ", "Favourite colour", "TIME", "days", "Priority", "Need", "type", "Start date"],
          ["remote", "blue", "evening", "Mon, Thu", "high", "Call", "phone call", "2026-12-10"],
        ],
        people: [
          ["Max visits/week", "NAME", "e-mail", "Comments"],
          [3, "Ana Ruiz", "ana@example.com", "whatever"],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([]);
    expect(map.needs[0]).toMatchObject({
      row: 2,
      name: "Call",
      type: "phone call",
      priority: "high",
      mode: "remote",
      daysText: "Mon, Thu",
      days: { kind: "weekly", weekdays: [1, 4] },
      time: { kind: "period", label: "evening" },
      from: "2026-12-10",
      until: "2026-12-20",
    });
    expect(map.people[0]).toMatchObject({
      name: "Ana Ruiz",
      email: "ana@example.com",
      maxVisitsPerWeek: 3,
    });
  });

  it("skips empty rows and counts rows as the sheet does", () => {
    const { map } = readMap(
      sheets({
        needs: [
          NEEDS_HEADER,
          ["", "", "", "", "", "", ""],
          [],
          ["Walk", "pet care", "", "", "daily", "morning", ""],
        ],
      }),
      { today: TODAY },
    );
    expect(map.needs.map((n) => [n.name, n.row])).toEqual([["Walk", 4]]);
  });

  it("reports a missing essential column once, on the header row", () => {
    const { map, errors } = readMap(
      sheets({
        needs: [
          ["Need", "Type", "Time"],
          ["Walk", "pet care", "morning"],
        ],
      }),
      { today: TODAY },
    );
    expect(map.needs).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ sheet: "Needs", row: 1, column: "Days" })]);
    expect(errors[0].message).toContain('no "Days" column');
  });

  it("reports a missing sheet and still reads the others", () => {
    const { map, errors } = readMap({ ...MARIA, Offers: undefined }, { today: TODAY });
    expect(map.needs).toHaveLength(6);
    expect(map.offers).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ sheet: "Offers", row: 1 })]);
  });
});

describe("dates and time zones", () => {
  // Sheets gives a date cell as a Date at midnight in the spreadsheet's zone.
  const aucklandMidnight = new Date("2026-12-07T00:00:00+13:00");
  const angelesMidnight = new Date("2026-12-20T00:00:00-08:00");

  it("reads a Date cell as its calendar day in the Settings' time zone", () => {
    const { map, errors } = readMap(
      sheets({
        settings: [
          ["Setting", "Value"],
          ["Start date", aucklandMidnight],
          ["End date", new Date("2026-12-20T00:00:00+13:00")],
          ["Time zone", "Pacific/Auckland"],
        ],
        needs: [
          NEEDS_HEADER.concat("End"),
          ["Walk", "pet care", "", "", "daily", "any", "", new Date("2026-12-15T00:00:00+13:00")],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([]);
    // In UTC that instant is still the 6th.
    expect(aucklandMidnight.toISOString().slice(0, 10)).toBe("2026-12-06");
    expect(map.settings).toMatchObject({
      startDate: "2026-12-07",
      endDate: "2026-12-20",
      timeZone: "Pacific/Auckland",
    });
    expect(map.needs[0].until).toBe("2026-12-15");
  });

  it("falls back to the spreadsheet's zone, then UTC, when Settings has none", () => {
    const values = sheets({
      settings: [
        ["Setting", "Value"],
        ["Start date", aucklandMidnight],
        ["End date", "2026-12-20"],
      ],
    });
    expect(
      readMap(values, { today: TODAY, timeZone: "Pacific/Auckland" }).map.settings.startDate,
    ).toBe("2026-12-07");
    expect(readMap(values, { today: TODAY }).map.settings).toMatchObject({
      startDate: "2026-12-06",
      timeZone: "Etc/UTC",
    });
  });

  it("reads ISO strings and Dates to the same map", () => {
    const asStrings = readMap(
      sheets({
        settings: [
          ["Setting", "Value"],
          ["Start date", "2026-12-07"],
          ["End date", "2026-12-20"],
          ["Time zone", "America/Los_Angeles"],
        ],
        offers: [
          OFFERS_HEADER.concat("Until"),
          ["Ana", "pet care", "daily", "any", "", "2026-12-20"],
        ],
      }),
      { today: TODAY },
    );
    const asDates = readMap(
      sheets({
        settings: [
          ["Setting", "Value"],
          ["Start date", new Date("2026-12-07T00:00:00-08:00")],
          ["End date", angelesMidnight],
          ["Time zone", "America/Los_Angeles"],
        ],
        offers: [
          OFFERS_HEADER.concat("Until"),
          ["Ana", "pet care", "daily", "any", "", angelesMidnight],
        ],
      }),
      { today: TODAY },
    );
    expect(asDates.map).toEqual(asStrings.map);
    expect(asDates.map.offers[0].until).toBe("2026-12-20");
  });

  it("reads a single date that Sheets turned into a Date in the Days column", () => {
    const { map, errors } = readMap(
      sheets({
        settings: [...SETTINGS, ["Time zone", "Pacific/Auckland"]],
        needs: [
          NEEDS_HEADER,
          ["Report", "work cover", "", "", new Date("2026-12-09T00:00:00+13:00"), "any", "remote"],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([]);
    expect(map.needs[0].days).toEqual({ kind: "dates", dates: ["2026-12-09"] });
  });

  it("reports a time zone that does not exist and uses the spreadsheet's", () => {
    const { map, errors } = readMap(
      sheets({ settings: [...SETTINGS, ["Time zone", "Mars/Olympus"]] }),
      { today: TODAY, timeZone: "Europe/London" },
    );
    expect(map.settings.timeZone).toBe("Europe/London");
    expect(errors).toEqual([
      expect.objectContaining({
        sheet: "Settings",
        row: 4,
        column: "Time zone",
        value: "Mars/Olympus",
      }),
    ]);
  });
});

describe("settings", () => {
  it("uses the defaults for a blank setting", () => {
    const { map, errors } = readMap(sheets({}), { today: TODAY });
    expect(errors).toEqual([]);
    expect(map.settings).toEqual({
      supportedName: "",
      supportedEmail: "",
      coordinatorName: "",
      coordinatorEmail: "",
      startDate: "2026-12-07",
      endDate: "2026-12-20",
      checkInDay: 5,
      maxTasks: 2,
      quietTimes: [],
      quietTimesText: "",
      publicSummary: "",
      timeZone: "Etc/UTC",
      paused: false,
      dailySummary: false,
    });
  });

  it("reads every setting", () => {
    const { map, errors } = readMap(
      sheets({
        settings: [
          ["Setting", "Value"],
          ["Person supported", "Alex"],
          ["Person supported's email", "alex@example.com"],
          ["Coordinator", "Jordan"],
          ["Coordinator email", "jordan@example.com"],
          ["Start date", "2027-01-04"],
          ["End date", "2027-02-14"],
          ["Check-in day", "mon"],
          ["Max tasks", "3"],
          ["Quiet times", "before 10:00, after 21:00"],
          ["Public summary", "Alex needs some practical support."],
          ["Time zone", "Europe/Paris"],
          ["Map paused", true],
          ["Daily summary", "y"],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([]);
    expect(map.settings).toEqual({
      supportedName: "Alex",
      supportedEmail: "alex@example.com",
      coordinatorName: "Jordan",
      coordinatorEmail: "jordan@example.com",
      startDate: "2027-01-04",
      endDate: "2027-02-14",
      checkInDay: 1,
      maxTasks: 3,
      quietTimes: [
        { start: 0, end: 600 },
        { start: 1260, end: 1440 },
      ],
      quietTimesText: "before 10:00, after 21:00",
      publicSummary: "Alex needs some practical support.",
      timeZone: "Europe/Paris",
      paused: true,
      dailySummary: true,
    });
  });

  it("reports missing start and end dates on their Settings rows, and still plans something", () => {
    const { map, errors } = readMap(
      sheets({
        settings: [
          ["Setting", "Value"],
          ["Start date", ""],
          ["Person supported", "Maria"],
        ],
      }),
      { today: "2026-12-01" },
    );
    expect(errors).toEqual([
      expect.objectContaining({ sheet: "Settings", row: 2, column: "Start date", value: "" }),
      expect.objectContaining({ sheet: "Settings", row: 4, column: "End date", value: "" }),
    ]);
    expect(errors[0].message).toMatch(/^Start date is empty/);
    expect(errors[1].message).toContain('no "End date" row');
    expect(errors[1].message).toContain("Set an end date from the start");
    expect(map.settings).toMatchObject({ startDate: "2026-12-01", endDate: "2026-12-28" });
  });

  it("reports each unreadable setting with what would be valid", () => {
    const { map, errors } = readMap(
      sheets({
        settings: [
          ["Setting", "Value"],
          ["Start date", "07/12/2026"],
          ["End date", "2026-12-20"],
          ["Check-in day", "Fryday"],
          ["Max tasks per helper", "two"],
          ["Quiet times", "before breakfast"],
          ["Coordinator email", "priya at example"],
          ["Map paused", "maybe"],
        ],
      }),
      { today: "2026-12-07" },
    );
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, "Start date", "07/12/2026"],
      [4, "Check-in day", "Fryday"],
      [5, "Max tasks per helper", "two"],
      [6, "Quiet times", "before breakfast"],
      [7, "Coordinator email", "priya at example"],
      [8, "Map paused", "maybe"],
    ]);
    expect(errors[0].message).toContain("YYYY-MM-DD");
    expect(errors[1].message).toContain("Friday");
    expect(errors[2].message).toContain("whole number from 1 to 20");
    expect(errors[4].message).toContain("email");
    expect(errors[5].message).toContain("yes or no");
    expect(map.settings).toMatchObject({
      checkInDay: 5,
      maxTasks: 2,
      quietTimes: [],
      coordinatorEmail: "",
      paused: false,
    });
  });

  it("reports an end date before the start", () => {
    const { map, errors } = readMap(
      sheets({
        settings: [
          ["Setting", "Value"],
          ["Start date", "2026-12-07"],
          ["End date", "2026-12-01"],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: "End date" })]);
    expect(map.settings.endDate).toBe("2027-01-03");
  });
});

describe("needs", () => {
  it("fills in defaults: medium, either, one helper, active, backup for high priority only", () => {
    const { map } = readMap(
      sheets({
        needs: [
          NEEDS_HEADER,
          ["Walk", "pet care", "", "", "daily", "morning", ""],
          ["Report", "work cover", "", "HIGH", "once 2026-12-09", "any", "Remote"],
        ],
      }),
      { today: TODAY },
    );
    expect(map.needs[0]).toMatchObject({
      category: "practical",
      priority: "medium",
      mode: "either",
      helpers: 1,
      backup: false,
      status: "active",
      details: "",
      from: "2026-12-07",
      until: "2026-12-20",
    });
    expect(map.needs[1]).toMatchObject({ priority: "high", mode: "remote", backup: true });
  });

  it("reads Helpers and Backup from numbers, numeric text and the usual yes/no words", () => {
    const header = ["Need", "Type", "Days", "Time", "Helpers", "Backup", "Priority"];
    const rows: unknown[][] = [
      ["A", "x", "daily", "any", 2, "yes", "high"],
      ["B", "x", "daily", "any", "3", "y", "low"],
      ["C", "x", "daily", "any", " 4 ", true, "low"],
      ["D", "x", "daily", "any", "", "x", "low"],
      ["E", "x", "daily", "any", "", "✓", "low"],
      ["F", "x", "daily", "any", "", "no", "high"],
      ["G", "x", "daily", "any", "", "n", "high"],
      ["H", "x", "daily", "any", "", false, "high"],
      ["I", "x", "daily", "any", "", "FALSE", "high"],
      ["J", "x", "daily", "any", "", "TRUE", "low"],
    ];
    const { map, errors } = readMap(sheets({ needs: [header, ...rows] }), { today: TODAY });
    expect(errors).toEqual([]);
    expect(map.needs.map((n) => [n.name, n.helpers, n.backup])).toEqual([
      ["A", 2, true],
      ["B", 3, true],
      ["C", 4, true],
      ["D", 1, true],
      ["E", 1, true],
      ["F", 1, false],
      ["G", 1, false],
      ["H", 1, false],
      ["I", 1, false],
      ["J", 1, true],
    ]);
  });

  it("reports every kind of bad cell with its row, column, value and what would be valid", () => {
    const header = [...NEEDS_HEADER, "From", "Until", "Helpers", "Backup", "Status"];
    const { map, errors } = readMap(
      sheets({
        needs: [
          header,
          [
            "Walk",
            "pet care",
            "chores",
            "urgent",
            "daily",
            "morning",
            "by post",
            "soon",
            "2026-12-31x",
            0,
            "perhaps",
            "ongoing",
          ],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([
      {
        sheet: "Needs",
        row: 2,
        column: "Category",
        value: "chores",
        message: 'Category "chores" is not one of practical, emotional, medical, professional.',
      },
      {
        sheet: "Needs",
        row: 2,
        column: "Priority",
        value: "urgent",
        message: 'Priority "urgent" is not one of high, medium, low.',
      },
      {
        sheet: "Needs",
        row: 2,
        column: "Mode",
        value: "by post",
        message: 'Mode "by post" is not one of in person, remote, either.',
      },
      {
        sheet: "Needs",
        row: 2,
        column: "From",
        value: "soon",
        message: 'From "soon" is not a date. Write it as YYYY-MM-DD, for example 2026-12-07.',
      },
      {
        sheet: "Needs",
        row: 2,
        column: "Until",
        value: "2026-12-31x",
        message:
          'Until "2026-12-31x" is not a date. Write it as YYYY-MM-DD, for example 2026-12-07.',
      },
      {
        sheet: "Needs",
        row: 2,
        column: "Helpers",
        value: "0",
        message: 'Helpers "0" is not a whole number from 1 to 20.',
      },
      {
        sheet: "Needs",
        row: 2,
        column: "Backup",
        value: "perhaps",
        message: 'Backup "perhaps" is not yes or no.',
      },
      {
        sheet: "Needs",
        row: 2,
        column: "Status",
        value: "ongoing",
        message: 'Status "ongoing" is not one of active, paused, done.',
      },
    ]);
    // Non-essential problems fall back to the defaults; the need is still on the map.
    expect(map.needs).toEqual([
      expect.objectContaining({
        name: "Walk",
        category: "practical",
        priority: "medium",
        mode: "either",
        from: "2026-12-07",
        until: "2026-12-20",
        helpers: 1,
        backup: false,
        status: "active",
      }),
    ]);
  });

  it("leaves out a need whose name, days or time cannot be read, and reads the rest", () => {
    const { map, errors } = readMap(
      sheets({
        needs: [
          NEEDS_HEADER,
          ["", "pet care", "", "", "daily", "morning", ""],
          ["Walk", "pet care", "", "", "every other tuesday", "morning", ""],
          ["Mail", "house care", "", "", "Mon, Thu", "brunch", ""],
          ["Plants", "house care", "", "", "every 3 days", "any", ""],
          ["Call", "", "", "", "daily", "any", "remote"],
        ],
      }),
      { today: TODAY },
    );
    expect(map.needs.map((n) => n.name)).toEqual(["Plants", "Call"]);
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, "Need", ""],
      [3, "Days", "every other tuesday"],
      [4, "Time", "brunch"],
      [6, "Type", ""],
    ]);
    expect(errors[1].message).toContain('"every other tuesday"');
    expect(errors[2].message).toContain('"brunch"');
    expect(errors[2].message).toContain("morning");
  });

  it("reports a need name used twice and keeps the first", () => {
    const { map, errors } = readMap(
      sheets({
        needs: [
          NEEDS_HEADER,
          ["Walk", "pet care", "", "", "daily", "morning", ""],
          ["walk ", "pet care", "", "", "daily", "evening", ""],
        ],
      }),
      { today: TODAY },
    );
    expect(map.needs).toHaveLength(1);
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: "Need" })]);
    expect(errors[0].message).toContain("row 2");
  });

  it("reports an Until before the From and uses the map's end", () => {
    const { map, errors } = readMap(
      sheets({
        needs: [
          [...NEEDS_HEADER, "Start", "End"],
          ["Walk", "pet care", "", "", "daily", "morning", "", "2026-12-10", "2026-12-08"],
        ],
      }),
      { today: TODAY },
    );
    expect(map.needs[0]).toMatchObject({ from: "2026-12-10", until: "2026-12-20" });
    expect(errors).toEqual([
      expect.objectContaining({ row: 2, column: "Until", value: "2026-12-08" }),
    ]);
  });
});

describe("people", () => {
  function statuses(values: string[]) {
    return readMap(
      sheets({
        people: [PEOPLE_HEADER, ...values.map((s, i) => [`P${i}`, "", s])],
      }),
      { today: TODAY },
    );
  }

  it("reads every status", () => {
    const { map, errors } = statuses([
      "",
      "active",
      "Paused",
      "paused until 2027-01-10",
      "paused from 2026-12-19",
      "paused from 2026-12-19 until 2026-12-31",
      "dropped",
      "do not involve",
      "Do not contact",
      "don't involve",
      "don’t involve",
    ]);
    expect(errors).toEqual([]);
    expect(map.people.map((p) => p.status)).toEqual([
      { kind: "active" },
      { kind: "active" },
      { kind: "paused" },
      { kind: "paused", until: "2027-01-10" },
      { kind: "paused", from: "2026-12-19" },
      { kind: "paused", from: "2026-12-19", until: "2026-12-31" },
      { kind: "dropped" },
      { kind: "do not involve" },
      { kind: "do not involve" },
      { kind: "do not involve" },
      { kind: "do not involve" },
    ]);
  });

  it("never reads an unclear status as active", () => {
    const { map, errors } = statuses([
      "on holiday",
      "paused until next week",
      "paused from 2026-12-31 until 2026-12-19",
      "do not involved",
    ]);
    expect(map.people.map((p) => p.status.kind)).toEqual([
      "paused",
      "paused",
      "paused",
      "do not involve",
    ]);
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, "Status", "on holiday"],
      [3, "Status", "paused until next week"],
      [4, "Status", "paused from 2026-12-31 until 2026-12-19"],
      [5, "Status", "do not involved"],
    ]);
    expect(errors[0].message).toContain("paused until YYYY-MM-DD");
    expect(errors[0].message).toContain("do not involve");
  });

  it("keeps a person with a bad email, without the email, and says so", () => {
    const { map, errors } = readMap(
      sheets({ people: [PEOPLE_HEADER, ["Ana Ruiz", "ana.ruiz(at)example", ""]] }),
      { today: TODAY },
    );
    expect(map.people).toEqual([expect.objectContaining({ name: "Ana Ruiz", email: "" })]);
    expect(errors).toEqual([
      {
        sheet: "People",
        row: 2,
        column: "Email",
        value: "ana.ruiz(at)example",
        message:
          'Email "ana.ruiz(at)example" does not look like an email address (name@example.com).',
      },
    ]);
  });

  it("reads limits as numbers or numeric text, and reports the rest", () => {
    const { map, errors } = readMap(
      sheets({
        people: [
          ["Name", "Max tasks", "Max visits per week"],
          ["A", "1", 4],
          ["B", 1.5, "lots"],
        ],
      }),
      { today: TODAY },
    );
    expect(map.people[0]).toMatchObject({ maxTasks: 1, maxVisitsPerWeek: 4 });
    expect(map.people[1].maxTasks).toBeUndefined();
    expect(map.people[1].maxVisitsPerWeek).toBeUndefined();
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, "Max tasks", "1.5"],
      [3, "Max visits per week", "lots"],
    ]);
  });

  it("never names a do-not-involve person in an error", () => {
    const { map, errors } = readMap(
      sheets({
        people: [
          [...PEOPLE_HEADER, "Max tasks"],
          ["Tomas Vega", "tomas.vega-at-example", "do not involve", "many"],
          ["Tomas Vega", "", "do not involve", ""],
        ],
        offers: [
          OFFERS_HEADER,
          ["Tomas Vega", "pet care", "weekends", "whenever he likes", "on foot"],
          ["tomas vega", "pet care", "weekends", "any", "in person"],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([]);
    expect(JSON.stringify(errors)).not.toContain("Tomas");
    expect(map.people).toHaveLength(1);
    expect(map.offers).toEqual([expect.objectContaining({ person: "Tomas Vega", row: 3 })]);
  });
});

describe("offers", () => {
  it("reads an offer from someone not on People, and asks for them to be added", () => {
    const { map, errors } = readMap(
      sheets({
        people: [PEOPLE_HEADER, ["Ana Ruiz", "ana@example.com", ""]],
        offers: [
          OFFERS_HEADER,
          ["ana ruiz", "Pet care", "weekdays", "morning", "in person"],
          ["Kim Park", "pet care", "weekends", "any", "in person"],
        ],
      }),
      { today: TODAY },
    );
    expect(map.offers.map((o) => o.person)).toEqual(["Ana Ruiz", "Kim Park"]);
    expect(map.people.map((p) => p.name)).toEqual(["Ana Ruiz"]);
    expect(errors).toEqual([
      expect.objectContaining({ sheet: "Offers", row: 3, column: "Person", value: "Kim Park" }),
    ]);
    expect(errors[0].message).toContain("not on the People sheet");
  });

  it("reads dates, backup only and notes; blank mode is either", () => {
    const { map, errors } = readMap(
      sheets({
        people: [PEOPLE_HEADER, ["Priya", "", ""]],
        offers: [
          [...OFFERS_HEADER, "From", "Until", "Backup only", "Notes"],
          ["Priya", "any", "daily", "any", "", "2026-12-08", "2026-12-18", "✓", "=last resort"],
        ],
      }),
      { today: TODAY },
    );
    expect(errors).toEqual([]);
    expect(map.offers[0]).toEqual({
      row: 2,
      person: "Priya",
      type: "any",
      days: { kind: "weekly", weekdays: [1, 2, 3, 4, 5, 6, 7] },
      daysText: "daily",
      time: expect.objectContaining({ kind: "any" }),
      mode: "either",
      from: "2026-12-08",
      until: "2026-12-18",
      backupOnly: true,
      notes: "=last resort",
    });
  });

  it("leaves out an offer without a person, type, days or time", () => {
    const { map, errors } = readMap(
      sheets({
        people: [PEOPLE_HEADER, ["Ana", "", ""]],
        offers: [
          OFFERS_HEADER,
          ["", "pet care", "daily", "any", ""],
          ["Ana", "", "daily", "any", ""],
          ["Ana", "pet care", "Funday", "any", ""],
          ["Ana", "pet care", "daily", "25:00-26:00", ""],
          ["Ana", "pet care", "daily", "any", "teleport"],
        ],
      }),
      { today: TODAY },
    );
    expect(map.offers).toEqual([expect.objectContaining({ row: 6, mode: "either" })]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Person"],
      [3, "Type"],
      [4, "Days"],
      [5, "Time"],
      [6, "Mode"],
    ]);
  });
});

describe("assignments", () => {
  it("reads each row with its status, pin and brief", () => {
    const { map, errors } = readMap(
      sheets({
        assignments: [
          [
            "Need",
            "Person",
            "Role",
            "Days",
            "Time",
            "From",
            "Until",
            "Status",
            "Pinned",
            "Briefed",
            "Extra",
          ],
          [
            "Walk",
            "Ana",
            "primary",
            "weekdays",
            "morning",
            "2026-12-07",
            "2026-12-18",
            "confirmed",
            "yes",
            "2026-12-05T10:00:00.000Z",
            "x",
          ],
          ["Walk", "Priya", "Backup", "daily", "morning", "", "", "", "", "", ""],
          ["Walk", "Ben", "helper", "daily", "morning", "", "", "", "", "", ""],
        ],
      }),
      { today: TODAY },
    );
    expect(map.assignments).toEqual([
      {
        row: 2,
        need: "Walk",
        person: "Ana",
        role: "primary",
        daysText: "weekdays",
        timeText: "morning",
        from: "2026-12-07",
        until: "2026-12-18",
        status: "confirmed",
        pinned: true,
        briefed: "2026-12-05T10:00:00.000Z",
      },
      {
        row: 3,
        need: "Walk",
        person: "Priya",
        role: "backup",
        daysText: "daily",
        timeText: "morning",
        from: "2026-12-07",
        until: "2026-12-20",
        status: "planned",
        pinned: false,
      },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ sheet: "Assignments", row: 4, column: "Role", value: "helper" }),
    ]);
  });
});

describe("a broken map still reads", () => {
  it("reports problems on every sheet and keeps every good row", () => {
    const broken = structuredClone(MARIA);
    broken.Needs[1][3] = "urgent";
    broken.Needs[2][4] = "sometimes";
    broken.People[3][1] = "chloe@";
    broken.Offers[4][2] = "Caturday";
    const { map, errors } = readMap(broken, { today: TODAY });
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ["Needs", 2, "Priority"],
      ["Needs", 3, "Days"],
      ["People", 4, "Email"],
      ["Offers", 5, "Days"],
    ]);
    expect(map.needs).toHaveLength(5);
    expect(map.people).toHaveLength(11);
    expect(map.offers).toHaveLength(10);
    expect(only(errors, "Offers")[0].message).toContain("Caturday");
  });
});
