import type { PlannedAssignment } from "../../src/core/plan-types";
import { ALEX } from "../../src/examples/alex";
import { MARIA } from "../../src/examples/maria";
import { ASSIGNMENTS_COLUMNS } from "../../src/sheets/columns";
import { readMap } from "../../src/sheets/read-map";
import { asText, assignmentsToValues, mapToSheets } from "../../src/sheets/write-assignments";

/** Today for maps without a start date: readMap takes it from its caller. */
const TODAY = "2026-12-07";

const STANDARD = ASSIGNMENTS_COLUMNS.map((c) => c.header);

function planned(
  p: Partial<PlannedAssignment> & Pick<PlannedAssignment, "need" | "person">,
): PlannedAssignment {
  return {
    row: 0,
    needRow: 2,
    role: "primary",
    daysText: "weekdays",
    timeText: "morning",
    from: "2026-12-07",
    until: "2026-12-18",
    status: "planned",
    pinned: false,
    occurrences: [],
    description: "",
    ...p,
  };
}

describe("asText", () => {
  it("keeps text that Sheets would run as a formula as text", () => {
    expect(asText("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(asText("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(asText("- only mornings")).toBe("'- only mornings");
    expect(asText("@ana")).toBe("'@ana");
  });

  it("leaves other text alone", () => {
    expect(asText("Ana Ruiz")).toBe("Ana Ruiz");
    expect(asText("ana@example.com")).toBe("ana@example.com");
    expect(asText("")).toBe("");
    expect(asText(" =x")).toBe(" =x");
  });
});

describe("assignmentsToValues", () => {
  it("writes the standard headers to an empty sheet, with dates as ISO text and yes/no", () => {
    const values = assignmentsToValues(undefined, [
      planned({ need: "Walk", person: "Ana Ruiz", pinned: true }),
    ]);
    expect(values).toEqual([
      STANDARD,
      [
        "Walk",
        "Ana Ruiz",
        "primary",
        "weekdays",
        "morning",
        "2026-12-07",
        "2026-12-18",
        "planned",
        "yes",
        "",
      ],
    ]);
  });

  it("orders rows by need, primary before backup, then from date, then person", () => {
    const values = assignmentsToValues(
      [STANDARD],
      [
        planned({ need: "Call", needRow: 7, person: "Eli" }),
        planned({ need: "Walk", needRow: 2, person: "Priya", role: "backup" }),
        planned({ need: "Walk", needRow: 2, person: "Kim", from: "2026-12-12" }),
        planned({ need: "Walk", needRow: 2, person: "Ana" }),
        planned({ need: "Walk", needRow: 2, person: "Aaron", from: "2026-12-12" }),
      ],
    );
    expect(values.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Walk", "Ana", "primary"],
      ["Walk", "Aaron", "primary"],
      ["Walk", "Kim", "primary"],
      ["Walk", "Priya", "backup"],
      ["Call", "Eli", "primary"],
    ]);
  });

  it("keeps the header order, extra columns, Status and Briefed of rows that stay", () => {
    const briefedAt = new Date("2026-12-05T09:30:00Z");
    const existing: unknown[][] = [
      [
        "Person",
        "Need",
        "My notes",
        "Role",
        "status",
        "Days",
        "Time",
        "Briefed",
        "From",
        "Until",
        "Pinned",
      ],
      [
        "Ana Ruiz",
        "Walk",
        "prefers texts",
        "primary",
        "confirmed",
        "weekdays",
        "morning",
        briefedAt,
        "2026-12-07",
        "2026-12-18",
        "no",
      ],
      [
        "Old Helper",
        "Walk",
        "left",
        "backup",
        "declined",
        "daily",
        "morning",
        "",
        "2026-12-07",
        "2026-12-20",
        "no",
      ],
    ];
    const values = assignmentsToValues(existing, [
      planned({ need: "Walk", person: "Ana Ruiz", from: "2026-12-08", until: "2026-12-18" }),
      planned({ need: "Walk", person: "Priya", role: "backup", daysText: "daily" }),
    ]);
    const same = assignmentsToValues(existing, [
      planned({ need: "Walk", person: "Ana Ruiz", from: "2026-12-07", until: "2026-12-18" }),
    ]);
    expect(same[1][7]).toEqual(briefedAt);
    expect(values[0]).toEqual(existing[0]);
    expect(values).toEqual([
      existing[0],
      [
        "Ana Ruiz",
        "Walk",
        "prefers texts",
        "primary",
        "confirmed",
        "weekdays",
        "morning",
        // Its From moved, so the brief Ana had no longer describes the slot.
        "",
        "2026-12-08",
        "2026-12-18",
        "no",
      ],
      [
        "Priya",
        "Walk",
        "",
        "backup",
        "planned",
        "daily",
        "morning",
        "",
        "2026-12-07",
        "2026-12-18",
        "no",
      ],
    ]);
  });

  it("adds the standard headers a sheet is missing at the end", () => {
    const values = assignmentsToValues(
      [["Need", "Person", "Comment"]],
      [planned({ need: "Walk", person: "Ana" })],
    );
    expect(values[0]).toEqual(["Need", "Person", "Comment", ...STANDARD.slice(2)]);
    expect(values[1]).toEqual([
      "Walk",
      "Ana",
      "",
      "primary",
      "weekdays",
      "morning",
      "2026-12-07",
      "2026-12-18",
      "planned",
      "no",
      "",
    ]);
  });

  it("matches a row whose single date Sheets turned into a Date", () => {
    const existing: unknown[][] = [
      STANDARD,
      [
        "Report",
        "Dev",
        "primary",
        new Date("2026-12-09T00:00:00+13:00"),
        "any",
        "2026-12-09",
        "2026-12-09",
        "confirmed",
        "no",
        "2026-12-01T08:00:00Z",
      ],
    ];
    const values = assignmentsToValues(
      existing,
      [
        planned({
          need: "Report",
          person: "Dev",
          daysText: "2026-12-09",
          timeText: "any",
          from: "2026-12-09",
          until: "2026-12-09",
        }),
      ],
      { timeZone: "Pacific/Auckland" },
    );
    expect(values[1][7]).toBe("confirmed");
    expect(values[1][9]).toBe("2026-12-01T08:00:00Z");
  });

  it("writes a newer brief time over the kept one", () => {
    const existing: unknown[][] = [
      STANDARD,
      [
        "Walk",
        "Ana",
        "primary",
        "weekdays",
        "morning",
        "2026-12-07",
        "2026-12-18",
        "",
        "no",
        "2026-12-01T08:00:00Z",
      ],
    ];
    const values = assignmentsToValues(existing, [
      planned({ need: "Walk", person: "Ana", briefed: "2026-12-06T08:00:00Z", status: "planned" }),
    ]);
    expect(values[1][7]).toBe("planned");
    expect(values[1][9]).toBe("2026-12-06T08:00:00Z");
  });

  it("keeps names that look like formulas as text", () => {
    const values = assignmentsToValues(undefined, [planned({ need: "=Walk", person: "@ana" })]);
    expect(values[1].slice(0, 2)).toEqual(["'=Walk", "'@ana"]);
  });
});

describe("mapToSheets", () => {
  it.each([
    ["Maria", MARIA],
    ["Alex", ALEX],
  ])("writes the %s map so that it reads back the same", (_name, sheets) => {
    const first = readMap(sheets, { today: TODAY });
    const written = mapToSheets(first.map);
    const again = readMap(written, { today: TODAY });
    expect(again.errors).toEqual([]);
    expect(again.map).toEqual(first.map);
  });

  it("writes assignments, statuses and text that needs protecting", () => {
    const { map } = readMap(MARIA, { today: TODAY });
    map.people[0].status = { kind: "paused", from: "2026-12-19", until: "2026-12-31" };
    map.people[1].notes = "=not a formula";
    map.assignments = [
      {
        row: 2,
        need: "Morning dog walk",
        person: "Ana Ruiz",
        role: "primary",
        daysText: "weekdays",
        timeText: "morning",
        from: "2026-12-07",
        until: "2026-12-18",
        status: "confirmed",
        pinned: true,
        briefed: "2026-12-05T10:00:00.000Z",
      },
    ];
    const sheets = mapToSheets(map);
    expect(sheets.People[1][7]).toBe("paused from 2026-12-19 until 2026-12-31");
    expect(sheets.People[2][8]).toBe("'=not a formula");
    expect(sheets.Assignments).toEqual([
      STANDARD,
      [
        "Morning dog walk",
        "Ana Ruiz",
        "primary",
        "weekdays",
        "morning",
        "2026-12-07",
        "2026-12-18",
        "confirmed",
        "yes",
        "2026-12-05T10:00:00.000Z",
      ],
    ]);
    const back = readMap(sheets, { today: TODAY });
    expect(back.map.people[1].notes).toBe("=not a formula");
    expect(back.map.assignments).toEqual(map.assignments);
  });
});
