import { MARIA } from "../../src/examples/maria";
import type { AppsScriptEnv } from "../../src/fakes";
import {
  ASSIGNMENTS_DEF,
  headersOf,
  NEEDS_DEF,
  OFFERS_DEF,
  PEOPLE_DEF,
  SETTINGS_ROWS,
  SHEET_DEFS,
} from "../../src/sheets/columns";
import { HEADER_PROTECTION, setUpMap } from "../../src/server/setup/setup";
import { click, columnOf, installEnv, snapshot, uninstallEnv } from "./env";

afterEach(uninstallEnv);

const MAP_SHEETS = ["Settings", "Needs", "People", "Offers", "Assignments"];

function rule(env: AppsScriptEnv, sheet: string, row: number, column: number) {
  const r = env.book.sheets.find((s) => s.name === sheet)?.cell(row, column)?.validation?.rule;
  return r
    ? { criteria: String(r.criteria), values: r.values, allowInvalid: r.allowInvalid }
    : null;
}

function cell(env: AppsScriptEnv, sheet: string, row: number, column: number) {
  return env.book.sheets.find((s) => s.name === sheet)?.cell(row, column);
}

function sheetData(env: AppsScriptEnv, name: string) {
  const s = env.book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe("Set up support map, on an empty spreadsheet", () => {
  let env: AppsScriptEnv;
  beforeEach(() => {
    env = installEnv();
    click(env, "Set up support map");
  });

  test("creates the map's sheets in order, before the spreadsheet's own", () => {
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual([...MAP_SHEETS, "Sheet1"]);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe("Settings");
    expect(env.ui.toasts[0].message).toContain(
      "Created the Settings, Needs, People, Offers and Assignments sheets.",
    );
  });

  test("writes each sheet's headers, freezes them and protects them with a warning only", () => {
    for (const def of SHEET_DEFS) {
      expect(env.readSheet(def.name)[0]).toEqual(headersOf(def));
      const data = sheetData(env, def.name);
      expect(data.frozenRows).toBe(1);
      expect(data.protections).toEqual([
        expect.objectContaining({
          type: "RANGE",
          row: 1,
          numRows: 1,
          description: HEADER_PROTECTION,
          warningOnly: true,
        }),
      ]);
      expect(cell(env, def.name, 1, 1)?.fontWeight).toBe("bold");
    }
  });

  test("puts dropdowns on the controlled columns and date checks on date columns, all keeping what is typed", () => {
    const lists: Array<[string, string, string[]]> = [
      ["Needs", "Type", ["meals", "rides", "errands", "pet care"]],
      ["Needs", "Category", ["practical", "emotional", "medical", "professional"]],
      ["Needs", "Priority", ["high", "medium", "low"]],
      ["Needs", "Mode", ["in person", "remote", "either"]],
      ["Needs", "Backup", ["yes", "no"]],
      ["Needs", "Status", ["active", "paused", "done"]],
      ["People", "Status", ["active", "paused", "dropped", "do not involve"]],
      ["Offers", "Type", ["any", "meals"]],
      ["Offers", "Mode", ["in person", "remote", "either"]],
      ["Offers", "Backup only", ["yes", "no"]],
      ["Assignments", "Role", ["primary", "backup"]],
      ["Assignments", "Status", ["planned", "confirmed", "declined", "done"]],
      ["Assignments", "Pinned", ["yes", "no"]],
    ];
    for (const [sheet, header, values] of lists) {
      const col = columnOf(env, sheet, header);
      for (const row of [2, 1000]) {
        const r = rule(env, sheet, row, col);
        expect({ sheet, header, criteria: r?.criteria, allowInvalid: r?.allowInvalid }).toEqual({
          sheet,
          header,
          criteria: "VALUE_IN_LIST",
          allowInvalid: true,
        });
        expect((r?.values[0] as string[]).slice(0, values.length)).toEqual(values);
      }
      expect(rule(env, sheet, 1, col)).toBeNull();
    }
    const dates: Array<[string, string]> = [
      ["Needs", "From"],
      ["Needs", "Until"],
      ["Offers", "From"],
      ["Offers", "Until"],
      ["Assignments", "From"],
      ["Assignments", "Until"],
    ];
    for (const [sheet, header] of dates) {
      const col = columnOf(env, sheet, header);
      expect(rule(env, sheet, 2, col)).toMatchObject({
        criteria: "DATE_IS_VALID_DATE",
        allowInvalid: true,
      });
      expect(cell(env, sheet, 2, col)?.format).toBe("yyyy-mm-dd");
    }
    for (const [sheet, header] of [
      ["Needs", "Need"],
      ["Needs", "Days"],
      ["People", "Name"],
      ["People", "Phone"],
    ])
      expect(rule(env, sheet, 2, columnOf(env, sheet, header))).toBeNull();
  });

  test("a wrong word in a dropdown column is kept (the cell is only marked)", () => {
    const needs = env.spreadsheet.getSheetByName("Needs");
    needs?.getRange(2, columnOf(env, "Needs", "Category")).setValue("urgent");
    expect(env.readSheet("Needs")[1][2]).toBe("urgent");
  });

  test("free-text input columns are plain text, so typed =, +, - and @ stay text; Assignments are not", () => {
    for (const [sheet, header] of [
      ["Needs", "Need"],
      ["Needs", "Days"],
      ["Needs", "Time"],
      ["Needs", "Details"],
      ["People", "Name"],
      ["People", "Phone"],
      ["People", "Email"],
      ["Offers", "Person"],
    ])
      expect([sheet, header, cell(env, sheet, 500, columnOf(env, sheet, header))?.format]).toEqual([
        sheet,
        header,
        "@",
      ]);
    expect(cell(env, "Needs", 2, columnOf(env, "Needs", "Helpers"))?.format).toBeUndefined();
    expect(
      cell(env, "Assignments", 2, columnOf(env, "Assignments", "Person"))?.format,
    ).toBeUndefined();
    env.spreadsheet
      .getSheetByName("People")
      ?.getRange(2, 1, 1, 3)
      .setValues([["=SUM(A1)", "@home", "+44 20 7946 0000"]]);
    expect(env.readSheet("People")[1].slice(0, 3)).toEqual([
      "=SUM(A1)",
      "@home",
      "+44 20 7946 0000",
    ]);
  });

  test("header notes teach each column, and the first one says what the sheet is for", () => {
    for (const def of [NEEDS_DEF, PEOPLE_DEF, OFFERS_DEF, ASSIGNMENTS_DEF]) {
      const notes = env.spreadsheet
        .getSheetByName(def.name)
        ?.getRange(1, 1, 1, def.columns.length)
        .getNotes()[0];
      expect(notes?.slice(1)).toEqual(def.columns.slice(1).map((c) => c.note));
      expect(notes?.[0]).toBe(`${def.note}\n\n${def.columns[0].note}`);
    }
    expect(cell(env, "Needs", 1, columnOf(env, "Needs", "Days"))?.note).toContain("every 3 days");
  });

  test("columns get their widths", () => {
    for (const def of SHEET_DEFS)
      def.columns.forEach((c, i) =>
        expect(sheetData(env, def.name).columnWidths.get(i + 1)).toBe(c.width),
      );
  });

  test("Settings gets every setting with its default, its note and its check", () => {
    const rows = env.readSheet("Settings");
    expect(rows[0]).toEqual(["Setting", "Value"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(SETTINGS_ROWS.map((s) => s.label));
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value("Time zone")).toBe("Europe/London");
    expect(value("Max tasks per helper")).toBe(2);
    expect(value("Check-in day")).toBe("Friday");
    expect(value("Map paused")).toBe("no");
    expect(value("Start date")).toBe("");
    const row = (label: string) => rows.findIndex((r) => r[0] === label) + 1;
    expect(cell(env, "Settings", row("Quiet times"), 1)?.note).toBe(
      SETTINGS_ROWS.find((s) => s.key === "quietTimes")?.note,
    );
    expect(rule(env, "Settings", row("Start date"), 2)?.criteria).toBe("DATE_IS_VALID_DATE");
    expect(cell(env, "Settings", row("Start date"), 2)?.format).toBe("yyyy-mm-dd");
    expect(rule(env, "Settings", row("Check-in day"), 2)?.values[0]).toContain("Friday");
    expect(rule(env, "Settings", row("Daily summary"), 2)?.values[0]).toEqual(["yes", "no"]);
    expect(cell(env, "Settings", row("Public summary"), 2)?.format).toBe("@");
    expect(rule(env, "Settings", row("Person supported"), 2)).toBeNull();
    // Cells with no format of ours keep Sheets' "Automatic", so a typed date still shows as one.
    expect(cell(env, "Settings", row("Max tasks per helper"), 2)?.format).toBeUndefined();
    expect(cell(env, "Settings", row("Map paused"), 2)?.format).toBeUndefined();
  });

  test("a second Set up changes nothing and adds no protection or rule", () => {
    const before = snapshot(env);
    env.resetCalls();
    click(env, "Set up support map");
    expect(snapshot(env)).toEqual(before);
    expect(env.totalCalls(/\.(set|insert|protect|append|clear|delete)/)).toBe(0);
    expect(env.ui.toasts[1].message).toBe("Everything was already set up; nothing was changed.");
  });
});

describe("Set up support map, on a map already in use", () => {
  test("adds only what is missing, at the end, and keeps every row, value, note and extra column", () => {
    const env = installEnv();
    // Needs in the coordinator's own order, with their own column and no Priority or Mode.
    const needs = [
      ["Days", "Need", "Who asked", "Type", "Time", "Category"],
      ["daily", "Walk Rex", "Maria", "pet care", "morning", "practical"],
      ["Mon", "=odd", "", "errands", "any", ""],
    ];
    env.writeSheet("Needs", needs);
    env.writeSheet("People", [
      ["Name", "Email"],
      ["Ana", "ana@example.com"],
    ]);
    env.writeSheet("Settings", [
      ["Setting", "Value"],
      ["Person supported", "Maria"],
      ["Start date", "2026-12-07"],
      ["Max tasks per helper", 3],
      ["My own line", "keep me"],
    ]);
    env.spreadsheet.getSheetByName("Needs")?.getRange("B1").setNote("My own note");
    env.resetCalls();
    click(env, "Set up support map");

    const after = env.readSheet("Needs");
    expect(after.map((r) => r.slice(0, 6))).toEqual([
      needs[0],
      needs[1],
      ["Mon", "#ERROR!", "", "errands", "any", ""],
    ]);
    expect(after[0].slice(6)).toEqual([
      "Priority",
      "Mode",
      "From",
      "Until",
      "Helpers",
      "Backup",
      "Status",
      "Details",
      "Instructions",
      "Notes",
      "Read as",
    ]);
    expect(env.spreadsheet.getSheetByName("Needs")?.getRange("B3").getFormula()).toBe("=odd");
    expect(cell(env, "Needs", 1, 2)?.note).toBe("My own note");
    expect(cell(env, "Needs", 500, 3)?.format).toBeUndefined();
    expect(rule(env, "Needs", 500, 3)).toBeNull();
    expect(cell(env, "Needs", 1, 1)?.note).toContain("What the person supported needs");
    expect(cell(env, "Needs", 1, 7)?.note).toContain("High-priority needs get a backup");

    expect(env.readSheet("People")[0]).toEqual(headersOf(PEOPLE_DEF));
    expect(env.readSheet("People")[1].slice(0, 2)).toEqual(["Ana", "ana@example.com"]);

    const settings = env.readSheet("Settings");
    expect(settings.slice(0, 5)).toEqual([
      ["Setting", "Value"],
      ["Person supported", "Maria"],
      ["Start date", expect.any(Date)],
      ["Max tasks per helper", 3],
      ["My own line", "keep me"],
    ]);
    expect(settings.slice(5).map((r) => r[0])).toEqual(
      SETTINGS_ROWS.filter((s) => !["supportedName", "startDate", "maxTasks"].includes(s.key)).map(
        (s) => s.label,
      ),
    );

    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      "Needs",
      "People",
      "Offers",
      "Assignments",
      "Settings",
    ]);
    expect(env.ui.toasts[0].message).toBe(
      "Created the Offers and Assignments sheets. " +
        "Added the Priority, Mode, From, Until, Helpers, Backup, Status, Details, Instructions, Notes and Read as columns at the end of Needs. " +
        "Added the Phone, Relationship, Area, Max tasks, Max visits per week, Status and Notes columns at the end of People. " +
        "Added the Person supported's email, Coordinator name, Coordinator email, End date, Check-in day, Quiet times, Public summary, Time zone, Map paused, Daily summary, Map state, Person supported agreed, Agreed on, Crisis resources, Professional resources, Backup coordinator name, Backup coordinator email, Coordinator away, Max standby days per week, Backups step in, Day-before reminders, Standby notes to backups and Weekly note to coordinator rows to Settings. " +
        "Put back on Settings: text and date formats, dropdowns and date checks, the frozen header row, the header protection, notes. " +
        "Put back on Needs: the frozen header row, the header protection, header notes, dropdowns and date checks (Type, Category, Priority, Mode, From, Until, Backup, Status), text and date formats. " +
        "Put back on People: the frozen header row, the header protection, header notes, dropdowns and date checks (Status), text and date formats.",
    );
  });

  test("puts back a frozen row, a protection and a dropdown that went missing, and nothing else", () => {
    const env = installEnv();
    click(env, "Set up support map");
    const people = env.spreadsheet.getSheetByName("People");
    people?.setFrozenRows(0);
    people?.getProtections(env.globals.SpreadsheetApp.ProtectionType.RANGE)[0].remove();
    const status = columnOf(env, "People", "Status");
    people?.getRange(2, status, 999, 1).setDataValidation(null);
    // The coordinator's own rule on Offers' Type is theirs to keep.
    const own = env.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(["walks", "meals"], true)
      .build();
    env.spreadsheet.getSheetByName("Offers")?.getRange(2, 2, 999, 1).setDataValidation(own);
    click(env, "Set up support map");
    expect(sheetData(env, "People").frozenRows).toBe(1);
    expect(sheetData(env, "People").protections).toHaveLength(1);
    expect(rule(env, "People", 700, status)?.values[0]).toContain("do not involve");
    expect(rule(env, "Offers", 2, 2)?.values[0]).toEqual(["walks", "meals"]);
    expect(env.ui.toasts[1].message).toBe(
      "Put back on People: the frozen header row, the header protection, dropdowns and date checks (Status).",
    );
  });

  test("Set up's calls do not grow with the map", () => {
    const counts = [3, 300].map((n) => {
      const env = installEnv();
      const rows = Array.from({ length: n }, (_, i) => [`Person ${i}`, `p${i}@example.com`]);
      env.writeSheet("People", [["Name", "Email"], ...rows]);
      env.writeSheet("Needs", [
        ["Need", "Type", "Days", "Time"],
        ...rows.map((r) => [`Need ${r[0]}`, "meals", "daily", "any"]),
      ]);
      env.resetCalls();
      setUpMap();
      return env.totalCalls();
    });
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("Set up with the example", () => {
  test("fills Maria's two weeks into an empty map, under the sheet's own headers", () => {
    const env = installEnv();
    // An empty Needs sheet with the columns in another order and an extra one.
    const header = [
      "Notes",
      "Need",
      "My column",
      ...headersOf(NEEDS_DEF).filter((h) => !["Notes", "Need"].includes(h)),
    ];
    env.writeSheet("Needs", [header]);
    click(env, "Set up with the example");

    const needs = env.readSheet("Needs");
    expect(needs[0]).toEqual(header);
    const byHeader = (row: unknown[]) => Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(needs.slice(1).map((r) => byHeader(r).Need)).toEqual(
      MARIA.Needs.slice(1).map((r) => r[0]),
    );
    expect(byHeader(needs[5])).toMatchObject({
      Need: "Cover the client report",
      Days: "once 2026-12-09",
      Details: "Father in ICU at St. Mary's; Maria may be unreachable.",
      "My column": "",
    });
    expect(
      env
        .readSheet("People")
        .slice(1)
        .map((r) => r[0]),
    ).toContain("Tomas Vega");
    expect(env.readSheet("Offers")).toHaveLength(MARIA.Offers.length);

    const settings = Object.fromEntries(env.readSheet("Settings").map((r) => [r[0], r[1]]));
    expect(settings["Person supported"]).toBe("Maria");
    expect(settings["Start date"]).toEqual(new Date("2026-12-07T00:00:00Z"));
    expect(settings["End date"]).toEqual(new Date("2026-12-20T00:00:00Z"));
    expect(settings["Daily summary"]).toBe("yes");
    expect(settings["Time zone"]).toBe("Europe/London");
    expect(env.spreadsheet.getActiveSheet().getName()).toBe("Needs");
    expect(env.ui.toasts.at(-1)?.message).toContain("choose Support Map > Plan");
  });

  test("keeps a setting the coordinator already wrote", () => {
    const env = installEnv();
    click(env, "Set up support map");
    const settings = env.spreadsheet.getSheetByName("Settings");
    settings?.getRange("B2").setValue("Grandma Rose");
    settings?.getRange("B9").setValue(3);
    click(env, "Set up with the example");
    const values = Object.fromEntries(env.readSheet("Settings").map((r) => [r[0], r[1]]));
    expect(values["Person supported"]).toBe("Grandma Rose");
    expect(values["Max tasks per helper"]).toBe(3);
    expect(values["Coordinator name"]).toBe("Priya Shah");
  });

  test("never writes into a map that has needs, people or offers; it says so", () => {
    const env = installEnv();
    click(env, "Set up support map");
    env.writeSheet("People", [headersOf(PEOPLE_DEF), ["Zoe", "zoe@example.com"]]);
    const before = snapshot(env);
    click(env, "Set up with the example");
    expect(snapshot(env)).toEqual(before);
    expect(env.ui.asked).toEqual([
      expect.objectContaining({
        kind: "alert",
        title: "Set up with the example",
        prompt: expect.stringContaining("so the example was not added"),
      }),
    ]);
  });
});
